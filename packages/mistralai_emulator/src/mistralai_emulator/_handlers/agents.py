"""Agents completions (``POST /v1/agents/completions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, Call
from ._common import operation, respond, respond_sse

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("agents_completion_v1_agents_completions_post")
async def agents(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    completion = gen.chat_completion(body, "mistral-large-latest", kind="agents")
    if body.get("stream"):
        return respond_sse(app, call, completion.chunks())
    return respond(app, call, completion.response())
