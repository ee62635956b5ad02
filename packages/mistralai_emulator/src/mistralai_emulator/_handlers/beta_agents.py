"""Agents of the agents API (``/v1/agents``): versions and aliases.

The state machine is :mod:`.._agent_store`'s: ``create`` makes version 0, every ``update`` a
new current version, ``update_version`` makes an old one current, aliases name versions, a
deleted agent answers 404 everywhere. The agent's model must exist and chat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .._call import JSON, Call
from .._state import page_of
from ._common import operation, require_model, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp


def _no_content() -> Response:
    return Response(status_code=204)


@operation("agents_api_v1_agents_create")
async def create_agent(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    require_model(app, body["model"], "completion_chat")
    return respond(app, call, app.state.agent_store.create(body))


@operation("agents_api_v1_agents_list")
async def list_agents(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    found = app.state.agent_store.list_agents(
        deployment_chat=q.get("deployment_chat"),
        sources=q.get("sources"),
        name=q.get("name"),
        search=q.get("search"),
        agent_id=q.get("id"),
        metadata=q.get("metadata"),
    )
    return respond(app, call, page_of(found, q.get("page", 0), q.get("page_size", 20)))


@operation("agents_api_v1_agents_get")
async def get_agent(app: EmulatorApp, call: Call) -> Response:
    agent = app.state.agent_store.get(call.path["agent_id"], call.query.get("agent_version"))
    return respond(app, call, agent)


@operation("agents_api_v1_agents_update")
async def update_agent(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    if body.get("model") is not None:
        require_model(app, body["model"], "completion_chat")
    return respond(app, call, app.state.agent_store.update(call.path["agent_id"], body))


@operation("agents_api_v1_agents_delete")
async def delete_agent(app: EmulatorApp, call: Call) -> Response:
    app.state.agent_store.delete(call.path["agent_id"])
    return _no_content()


@operation("agents_api_v1_agents_update_version")
async def update_agent_version(app: EmulatorApp, call: Call) -> Response:
    agent = app.state.agent_store.make_current(call.path["agent_id"], call.query["version"])
    return respond(app, call, agent)


@operation("agents_api_v1_agents_list_versions")
async def list_agent_versions(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    versions = app.state.agent_store.versions(call.path["agent_id"])
    return respond(app, call, page_of(versions, q.get("page", 0), q.get("page_size", 20)))


@operation("agents_api_v1_agents_get_version")
async def get_agent_version(app: EmulatorApp, call: Call) -> Response:
    agent = app.state.agent_store.get(call.path["agent_id"], str(call.path["version"]))
    return respond(app, call, agent)


@operation("agents_api_v1_agents_create_or_update_alias")
async def create_version_alias(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    alias = app.state.agent_store.set_alias(call.path["agent_id"], q["alias"], q["version"])
    return respond(app, call, alias)


@operation("agents_api_v1_agents_list_version_aliases")
async def list_version_aliases(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.agent_store.aliases(call.path["agent_id"]))


@operation("agents_api_v1_agents_delete_alias")
async def delete_version_alias(app: EmulatorApp, call: Call) -> Response:
    app.state.agent_store.delete_alias(call.path["agent_id"], call.query["alias"])
    return _no_content()
