"""Fill-in-the-middle completions (``POST /v1/fim/completions``; also Vertex's FIM)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, Call
from ._common import operation, require_model, respond_completion

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("fim_completion_v1_fim_completions_post")
async def fim(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body.get("model"), "completion_fim")
    completion = gen.fim_completion(body, model)
    return respond_completion(app, call, completion, "FIMCompletionResponse")
