"""Agents completions (``POST /v1/agents/completions``): only agents the emulator knows
(made with ``POST /v1/agents``, or ``Emulator(agents=...)``, ``emu.add_agent(...)``,
``POST /_emulator/agents``), at their current version: its model, instructions, function
tools and completion arguments (see :meth:`~.._agent_store.AgentVersion.chat_body`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._agent_store import find_agent
from .._call import JSON, Call
from ._common import operation, respond_completion
from .chat import check_conversation, reasons

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("agents_completion_v1_agents_completions_post")
async def agents(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    agent = find_agent(app.state, str(body["agent_id"]))
    check_conversation(body.get("messages") or [])
    completion = gen.chat_completion(
        agent.chat_body(body), agent.model, kind="agents", reasoning=reasons(app, agent.model)
    )
    return respond_completion(app, call, completion)
