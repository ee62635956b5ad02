"""Chat and FIM completions: the operations every provider serves.

La Plateforme, Azure and Vertex all expose ``client.chat`` (and La Plateforme and Vertex
``client.fim``) through these classes; a provider only changes where the request goes.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._managed import AsyncManagedStreamEndpoint, SyncManagedStreamEndpoint, completion_adapter
from ._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from ._sse import Enveloped
from ._types import UNSET, OptionalNullable
from .models import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionChunk,
    CompletionEvent,
    FIMCompletionRequest,
    FIMCompletionResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._operation import CallOptions
    from ._structured import StructuredChat
    from ._tools import ToolsChat
    from .models import (
        GuardrailConfig,
        Messages,
        MistralPromptMode,
        Prediction,
        ReasoningEffort,
        ResponseFormat,
        Tool,
        ToolChoice,
        ToolChoiceEnum,
    )

__all__ = ["CHAT", "CHAT_STREAM", "FIM", "FIM_STREAM", "Chat", "Fim", "event_parser"]


#: One SSE ``data`` payload (a completion chunk) as the contract's ``CompletionEvent``: the
#: chunk validated in one pass over its bytes, the envelope built around it without a second
#: pass. The validator is built with the first streamed event.
event_parser: Enveloped[CompletionEvent] = Enveloped(CompletionEvent, "data", CompletionChunk)


CHAT = Operation(
    "POST",
    "/v1/chat/completions",
    parse=ChatCompletionResponse.model_validate_json,
    request=ChatCompletionRequest,
    stream_flag=True,
    operation_id="chat_completion_v1_chat_completions_post",
)
CHAT_STREAM = CHAT.streaming(event_parser)
FIM = Operation(
    "POST",
    "/v1/fim/completions",
    parse=FIMCompletionResponse.model_validate_json,
    request=FIMCompletionRequest,
    stream_flag=True,
    operation_id="fim_completion_v1_fim_completions_post",
)
FIM_STREAM = FIM.streaming(event_parser)


def chat(
    *,
    model: OptionalNullable[str] = UNSET,
    messages: Sequence[Messages | Mapping[str, Any]],
    temperature: OptionalNullable[float] = UNSET,
    top_p: float | None = None,
    max_tokens: OptionalNullable[int] = UNSET,
    stop: str | Sequence[str] | None = None,
    random_seed: OptionalNullable[int] = UNSET,
    response_format: ResponseFormat | Mapping[str, Any] | None = None,
    tools: OptionalNullable[Sequence[Tool | Mapping[str, Any]]] = UNSET,
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | None = None,
    presence_penalty: float | None = None,
    frequency_penalty: float | None = None,
    n: OptionalNullable[int] = UNSET,
    prediction: Prediction | Mapping[str, Any] | None = None,
    safe_prompt: bool | None = None,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    parallel_tool_calls: bool | None = None,
    reasoning_effort: OptionalNullable[ReasoningEffort] = UNSET,
    prompt_mode: OptionalNullable[MistralPromptMode] = UNSET,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    prompt_cache_key: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Chat Completion: the assistant's next message for ``messages``.

    :param model: ID of the model to use (``client.models.list()`` shows them). Required by
        La Plateforme and Vertex; an Azure serverless endpoint serves one model and may omit it.
    :param messages: The conversation so far, as message models or dicts with ``role`` and
        ``content``.
    :param temperature: Sampling temperature, 0.0 to 1.5 (0.0 to 0.7 recommended); ``None``
        sends null, which asks for the model's default.
    :param top_p: Nucleus sampling probability mass, 0 to 1.
    :param max_tokens: The most tokens to generate; prompt plus this must fit the context.
    :param stop: Stop when this string (or any of these strings) is generated.
    :param random_seed: Seed for sampling, for reproducible results.
    :param response_format: ``{"type": "json_object"}`` makes the model answer in JSON;
        ``{"type": "json_schema", "json_schema": {"name": ..., "schema": {...}}}`` in JSON
        valid against that schema.
    :param tools: Tools (functions) the model may call.
    :param tool_choice: ``"auto"``, ``"none"``, ``"any"``, ``"required"`` or a specific tool.
    :param presence_penalty: -2 to 2; higher favours new words and phrases.
    :param frequency_penalty: -2 to 2; higher penalises words by how often they appeared.
    :param n: How many completions to return (the prompt is billed once).
    :param prediction: Expected output, to speed up edits of known content.
    :param safe_prompt: Inject the safety prompt before the conversation.
    :param metadata: Your own labels for this request (a JSON object).
    :param parallel_tool_calls: Whether the model may call several tools in one answer.
    :param reasoning_effort: How much a reasoning model thinks: ``"none"`` to ``"xhigh"``.
    :param prompt_mode: ``"reasoning"`` uses the reasoning system prompt of reasoning models.
    :param guardrails: Moderation guardrails applied to this request.
    :param prompt_cache_key: A key grouping requests that share a prompt prefix, for caching.
    :raises HTTPValidationError: 422, the API rejected a field (``e.data.detail`` says which).
    :raises SDKError: any other error status, after retries.
    """
    return call(locals())


def fim(
    *,
    model: OptionalNullable[str] = UNSET,
    prompt: str,
    suffix: OptionalNullable[str] = UNSET,
    temperature: OptionalNullable[float] = UNSET,
    top_p: float | None = None,
    max_tokens: OptionalNullable[int] = UNSET,
    min_tokens: OptionalNullable[int] = UNSET,
    stop: str | Sequence[str] | None = None,
    random_seed: OptionalNullable[int] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    prompt_cache_key: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Fill-in-the-middle completion: the code between ``prompt`` and ``suffix``.

    :param model: ``codestral-latest`` or ``codestral-2405``.
    :param prompt: The text or code to complete.
    :param suffix: Text or code after the gap; without it the model continues ``prompt``.
    :param temperature: Sampling temperature, 0.0 to 1.5.
    :param top_p: Nucleus sampling probability mass, 0 to 1.
    :param max_tokens: The most tokens to generate.
    :param min_tokens: The fewest tokens to generate.
    :param stop: Stop when this string (or any of these strings) is generated.
    :param random_seed: Seed for sampling, for reproducible results.
    :param metadata: Your own labels for this request (a JSON object).
    :param prompt_cache_key: A key grouping requests that share a prompt prefix, for caching.
    """
    return call(locals())


class _Borrowed:
    """A method of a class in a module loaded on first use (``chat.parse`` needs the
    structured-output module; ``chat.complete`` should not load it). On first access it
    puts the method itself in its place."""

    def __init__(self, module: str, owner: str) -> None:
        self._module, self._owner, self._name = module, owner, ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        cls = getattr(importlib.import_module(self._module, __package__), self._owner)
        function = vars(cls)[self._name]
        for klass in (objtype or type(obj)).__mro__:  # where this descriptor sits
            if vars(klass).get(self._name) is self:
                setattr(klass, self._name, function)
        return function.__get__(obj, objtype)


if TYPE_CHECKING:

    class _ChatExtras(StructuredChat, ToolsChat):
        pass

else:

    class _ChatExtras(Resource):
        """``parse`` and ``run_tools`` (and their twins), from their own modules."""

        _structured_call = _Borrowed("._structured", "StructuredChat")
        parse = _Borrowed("._structured", "StructuredChat")
        parse_async = _Borrowed("._structured", "StructuredChat")
        parse_stream = _Borrowed("._structured", "StructuredChat")
        parse_stream_async = _Borrowed("._structured", "StructuredChat")
        _tool_setup = _Borrowed("._tools", "ToolsChat")
        run_tools = _Borrowed("._tools", "ToolsChat")
        run_tools_async = _Borrowed("._tools", "ToolsChat")


class Chat(_ChatExtras, Resource):
    """Chat completions: ``complete`` answers at once, ``stream`` sends the answer in pieces
    (and assembles it: ``get_final_completion()``); ``parse`` answers in a pydantic model,
    ``run_tools`` runs a tool loop."""

    complete = SyncEndpoint(CHAT, chat)
    complete_async = AsyncEndpoint(CHAT, chat)
    stream = SyncManagedStreamEndpoint(
        CHAT_STREAM, chat, completion_adapter(ChatCompletionResponse)
    )
    stream_async = AsyncManagedStreamEndpoint(
        CHAT_STREAM, chat, completion_adapter(ChatCompletionResponse)
    )


class Fim(Resource):
    """Fill-in-the-middle code completions."""

    complete = SyncEndpoint(FIM, fim)
    complete_async = AsyncEndpoint(FIM, fim)
    stream = SyncManagedStreamEndpoint(FIM_STREAM, fim, completion_adapter(FIMCompletionResponse))
    stream_async = AsyncManagedStreamEndpoint(
        FIM_STREAM, fim, completion_adapter(FIMCompletionResponse)
    )
