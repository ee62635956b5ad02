"""Chat completions (``POST /v1/chat/completions``; also Azure's and Vertex's chat)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, Call
from ._common import operation, require_model, respond, respond_sse

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("chat_completion_v1_chat_completions_post")
async def chat(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    if call.surface == "azure":
        model = body.get("model") or "azureai"  # v1 sends "azureai"; one model per endpoint
    else:
        model = require_model(app, body.get("model"), "completion_chat")
    completion = gen.chat_completion(body, model)
    if body.get("stream"):
        return respond_sse(app, call, completion.chunks())
    return respond(app, call, completion.response(), "ChatCompletionResponse")
