"""Embeddings (``POST /v1/embeddings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, ApiError, Call
from ._common import operation, require_model, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("embeddings_v1_embeddings_post")
async def embeddings(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body.get("model"), "embedding")
    if body.get("encoding_format") not in (None, "float"):
        raise ApiError(400, "Only encoding_format 'float' is supported")
    inputs = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
    return respond(app, call, gen.embeddings_response(inputs, model))
