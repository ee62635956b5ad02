"""Agents completions (``POST /v1/agents/completions``): only agents the emulator knows
(``Emulator(agents=...)``, ``emu.add_agent(...)`` or ``POST /_emulator/agents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, ApiError, Call
from ._common import operation, respond_completion
from .chat import check_conversation, reasons

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("agents_completion_v1_agents_completions_post")
async def agents(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    agent_id = str(body["agent_id"])
    agent = app.state.agent(agent_id)
    if agent is None:
        raise ApiError(404, f"Agent not found: {agent_id}", "invalid_request_error")
    check_conversation(body.get("messages") or [])
    messages = list(body.get("messages") or [])
    if agent.instructions:
        messages.insert(0, {"role": "system", "content": agent.instructions})
    completion = gen.chat_completion(
        {**body, "messages": messages},
        agent.model,
        kind="agents",
        reasoning=reasons(app, agent.model),
    )
    return respond_completion(app, call, completion)
