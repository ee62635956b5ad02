"""Chat completions (``POST /v1/chat/completions``; also Azure's and Vertex's chat), and the
conversation rules every chat-like endpoint (agents included) enforces as the service does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, ApiError, Call
from ._common import operation, require_model, respond_completion

if TYPE_CHECKING:
    from .._app import EmulatorApp

MESSAGE_ORDER = ("invalid_request_message_order", "3230")
"""The service's error ``type`` and ``code`` for a conversation in an order it refuses."""


def _order_error(message: str) -> ApiError:
    return ApiError(400, message, *MESSAGE_ORDER)


def check_conversation(messages: Sequence[Mapping[str, JSON]]) -> None:
    """Refuse what the service refuses, with its wording (400):

    * no messages at all;
    * a ``tool`` message that answers no tool call (it must follow an assistant message with
      ``tool_calls``, or another tool message; its ``tool_call_id``, when given, must be one of
      those calls);
    * a ``user`` message right after a ``tool`` message (an assistant turn must come between);
    * a conversation that ends with anything but a user or tool message, or an assistant
      message with ``prefix: true``.
    """
    if not messages:
        raise _order_error("Expected at least one message in the conversation (messages is empty)")
    previous: Mapping[str, JSON] | None = None
    calls: set[str] = set()
    for message in messages:
        role = message.get("role")
        before = previous.get("role") if previous is not None else None
        if role == "assistant":
            calls = {str(c.get("id")) for c in message.get("tool_calls") or [] if c.get("id")}
        if role == "tool":
            answers_a_call = before == "tool" or (
                before == "assistant" and bool(previous and previous.get("tool_calls"))
            )
            if not answers_a_call:
                raise _order_error(f"Unexpected role 'tool' after role '{before or 'none'}'")
            call_id = message.get("tool_call_id")
            if call_id and calls and str(call_id) not in calls:
                raise _order_error(f"Tool call id '{call_id}' does not match any tool call")
        if role == "user" and before == "tool":
            raise _order_error("Unexpected role 'user' after role 'tool'")
        previous = message
    last = messages[-1]
    role = last.get("role")
    if role in ("user", "tool") or (role == "assistant" and last.get("prefix")):
        return
    raise _order_error(
        "Expected last role User or Tool (or Assistant with prefix True) for serving"
        f" but got {role}"
    )


def _has_image(messages: Sequence[Mapping[str, JSON]]) -> bool:
    return any(
        isinstance(chunk, Mapping) and chunk.get("type") == "image_url"
        for message in messages
        if isinstance(message.get("content"), list)
        for chunk in message["content"]
    )


def require_chat_model(app: EmulatorApp, model: JSON, body: Mapping[str, JSON]) -> str:
    """``model`` if it can chat, and can do what the request asks (images, tools)."""
    model = require_model(app, model, "completion_chat")
    if _has_image(body.get("messages") or []):
        require_model(app, model, "vision")
    if body.get("tools"):
        require_model(app, model, "function_calling")
    return str(model)


@operation("chat_completion_v1_chat_completions_post")
async def chat(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    check_conversation(body.get("messages") or [])
    if call.surface == "azure":
        model = body.get("model") or "azureai"  # v1 sends "azureai"; one model per endpoint
    else:
        model = require_chat_model(app, body.get("model"), body)
    completion = gen.chat_completion(body, model, reasoning=reasons(app, model))
    return respond_completion(app, call, completion, "ChatCompletionResponse")


def reasons(app: EmulatorApp, model: str) -> bool:
    """Whether ``model`` is a reasoning model (it thinks before answering)."""
    return bool((app.state.capabilities_of(model) or {}).get("reasoning"))
