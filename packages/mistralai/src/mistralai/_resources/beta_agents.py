"""``client.beta.agents``: agents kept by the service, with versions and aliases.

An agent is a model with instructions, tools and completion arguments. ``create`` makes
version 0; every ``update`` makes a new version (``version`` counts up, ``versions`` lists
them) and leaves the old ones readable (``get_version``, ``list_versions``). ``update_version``
makes an earlier version the current one again. An alias names a version
(``create_version_alias`` sets or moves it); ``get(agent_version=...)`` takes a version number
or an alias. An agent is used by ``client.agents.complete`` and by conversations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from mistralai_core._operation import (
    AsyncEndpoint,
    Call,
    Operation,
    Resource,
    SyncEndpoint,
    call,
)
from mistralai_core._pages import AsyncPageEndpoint, ListPage, SyncPageEndpoint
from mistralai_core._types import UNSET, OptionalNullable

from ..models._beta_agents import (
    Agent,
    AgentAliasResponse,
    CreateAgentRequest,
    UpdateAgentRequest,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import GuardrailConfig

    from ..models._beta_agents import RequestSource
    from ..models._conversations import AgentTool, CompletionArgs

__all__ = ["AgentsPage", "BetaAgents"]

_AGENTS: TypeAdapter[list[Agent]] = TypeAdapter(list[Agent])
_ALIASES: TypeAdapter[list[AgentAliasResponse]] = TypeAdapter(list[AgentAliasResponse])


def _no_content(body: bytes) -> None:
    """A 204's (empty) body: the method returns ``None``."""
    return None


class AgentsPage(ListPage[Agent]):
    """A page of ``beta.agents.list`` / ``list_versions``: the list it is, iterating on over
    every page."""


_agent_list = AgentsPage.parser(_AGENTS.validate_json)


def _alias_list(body: bytes) -> list[AgentAliasResponse]:
    return _ALIASES.validate_json(body)


_AGENT = "/v1/agents/{agent_id}"
CREATE = Operation(
    "POST",
    "/v1/agents",
    parse=Agent.model_validate_json,
    request=CreateAgentRequest,
    operation_id="agents_api_v1_agents_create",
)
LIST = Operation(
    "GET",
    "/v1/agents",
    parse=_agent_list,
    query_params=(
        "page",
        "page_size",
        "deployment_chat",
        "sources",
        "name",
        "search",
        "id",
        "metadata",
    ),
    operation_id="agents_api_v1_agents_list",
)
GET = Operation(
    "GET",
    _AGENT,
    parse=Agent.model_validate_json,
    query_params=("agent_version",),
    operation_id="agents_api_v1_agents_get",
)
UPDATE = Operation(
    "PATCH",
    _AGENT,
    parse=Agent.model_validate_json,
    request=UpdateAgentRequest,
    operation_id="agents_api_v1_agents_update",
)
DELETE = Operation("DELETE", _AGENT, parse=_no_content, operation_id="agents_api_v1_agents_delete")
UPDATE_VERSION = Operation(
    "PATCH",
    _AGENT + "/version",
    parse=Agent.model_validate_json,
    query_params=("version",),
    operation_id="agents_api_v1_agents_update_version",
)
LIST_VERSIONS = Operation(
    "GET",
    _AGENT + "/versions",
    parse=_agent_list,
    query_params=("page", "page_size"),
    operation_id="agents_api_v1_agents_list_versions",
)
GET_VERSION = Operation(
    "GET",
    _AGENT + "/versions/{version}",
    parse=Agent.model_validate_json,
    operation_id="agents_api_v1_agents_get_version",
)
CREATE_ALIAS = Operation(
    "PUT",
    _AGENT + "/aliases",
    parse=AgentAliasResponse.model_validate_json,
    query_params=("alias", "version"),
    operation_id="agents_api_v1_agents_create_or_update_alias",
)
LIST_ALIASES = Operation(
    "GET",
    _AGENT + "/aliases",
    parse=_alias_list,
    operation_id="agents_api_v1_agents_list_version_aliases",
)
DELETE_ALIAS = Operation(
    "DELETE",
    _AGENT + "/aliases",
    parse=_no_content,
    query_params=("alias",),
    operation_id="agents_api_v1_agents_delete_alias",
)


def create_agent(
    *,
    model: str,
    name: str,
    instructions: OptionalNullable[str] = UNSET,
    tools: Sequence[AgentTool | Mapping[str, Any]] | None = None,
    completion_args: CompletionArgs | Mapping[str, Any] | None = None,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    description: OptionalNullable[str] = UNSET,
    handoffs: OptionalNullable[Sequence[str]] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    version_message: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Create an agent: its version 0.

    :param model: The model the agent answers with.
    :param name: The agent's name.
    :param instructions: The instruction prompt the model follows in every conversation.
    :param tools: Tools the model may use (``{"type": "function", "function": {...}}``,
        ``{"type": "web_search"}``, ...).
    :param completion_args: Default completion arguments (``temperature``, ``max_tokens``, ...).
    :param guardrails: Moderation guardrails applied to the agent's requests.
    :param description: What the agent is for.
    :param handoffs: IDs of agents this one may hand a conversation to.
    :param metadata: Your own labels (a JSON object), usable in ``list``.
    :param version_message: A note on this version.
    :raises HTTPValidationError: 422, the API rejected a field (``e.data.detail`` says which).
    """
    return call(locals())


def list_agents(
    *,
    page: int | None = 0,
    page_size: int | None = 20,
    deployment_chat: bool | None = None,
    sources: Sequence[RequestSource] | None = None,
    name: str | None = None,
    search: str | None = None,
    id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """List agents: one page of them, each at its current version.

    :param page: Zero-based page number.
    :param page_size: Agents per page.
    :param deployment_chat: Only agents deployed (or not) to Le Chat.
    :param sources: Only agents made from these sources (``"api"``, ``"playground"``, ...).
    :param name: Only agents with this name.
    :param search: Only agents whose name or ID contains this text.
    :param id: Only the agent with this ID.
    :param metadata: Only agents whose metadata contains these keys and values (sent as JSON).
    """
    return call(locals())


def get_agent(
    *,
    agent_id: str,
    agent_version: int | str | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Get an agent: its current version, or the version given.

    :param agent_id: The agent's ID.
    :param agent_version: A version number or an alias (default: the current version).
    :raises NotFoundError: 404, no such agent, version or alias.
    """
    return call(locals())


def update_agent(
    *,
    agent_id: str,
    instructions: OptionalNullable[str] = UNSET,
    tools: Sequence[AgentTool | Mapping[str, Any]] | None = None,
    completion_args: CompletionArgs | Mapping[str, Any] | None = None,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    model: OptionalNullable[str] = UNSET,
    name: OptionalNullable[str] = UNSET,
    description: OptionalNullable[str] = UNSET,
    handoffs: OptionalNullable[Sequence[str]] = UNSET,
    deployment_chat: OptionalNullable[bool] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    version_message: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Update an agent: a new version with these fields changed, which becomes current.

    Fields not given keep their value from the current version.

    :param agent_id: The agent's ID.
    :param instructions: The instruction prompt.
    :param tools: Tools the model may use (replaces the list).
    :param completion_args: Default completion arguments (replaces them).
    :param guardrails: Moderation guardrails.
    :param model: The model the agent answers with.
    :param name: The agent's name.
    :param description: What the agent is for.
    :param handoffs: IDs of agents this one may hand a conversation to.
    :param deployment_chat: Whether the agent is deployed to Le Chat.
    :param metadata: Your own labels (a JSON object).
    :param version_message: A note on the new version.
    :raises NotFoundError: 404, no such agent.
    """
    return call(locals())


def delete_agent(*, agent_id: str, **options: Unpack[CallOptions]) -> Call:
    """Delete an agent, every version and alias with it (returns ``None``).

    :param agent_id: The agent's ID.
    :raises NotFoundError: 404, no such agent.
    """
    return call(locals())


def update_agent_version(*, agent_id: str, version: int, **options: Unpack[CallOptions]) -> Call:
    """Make an existing version the agent's current one.

    :param agent_id: The agent's ID.
    :param version: The version number to make current.
    :raises NotFoundError: 404, no such agent or version.
    """
    return call(locals())


def list_agent_versions(
    *,
    agent_id: str,
    page: int | None = 0,
    page_size: int | None = 20,
    **options: Unpack[CallOptions],
) -> Call:
    """List an agent's versions, newest first.

    :param agent_id: The agent's ID.
    :param page: Zero-based page number.
    :param page_size: Versions per page.
    :raises NotFoundError: 404, no such agent.
    """
    return call(locals())


def get_agent_version(*, agent_id: str, version: str | int, **options: Unpack[CallOptions]) -> Call:
    """Get one version of an agent.

    :param agent_id: The agent's ID.
    :param version: The version number (or an alias), as a string.
    :raises NotFoundError: 404, no such agent or version.
    """
    return call(locals())


def create_agent_alias(
    *, agent_id: str, alias: str, version: int, **options: Unpack[CallOptions]
) -> Call:
    """Point an alias at a version of an agent (created, or moved if it exists).

    :param agent_id: The agent's ID.
    :param alias: The alias (e.g. ``"production"``).
    :param version: The version number it names.
    :raises NotFoundError: 404, no such agent or version.
    """
    return call(locals())


def list_agent_aliases(*, agent_id: str, **options: Unpack[CallOptions]) -> Call:
    """List an agent's aliases and the versions they name.

    :param agent_id: The agent's ID.
    :raises NotFoundError: 404, no such agent.
    """
    return call(locals())


def delete_agent_alias(*, agent_id: str, alias: str, **options: Unpack[CallOptions]) -> Call:
    """Delete an alias of an agent (the version stays; returns ``None``).

    :param agent_id: The agent's ID.
    :param alias: The alias to delete.
    :raises NotFoundError: 404, no such agent or alias.
    """
    return call(locals())


class BetaAgents(Resource):
    """Agents and their versions and aliases (beta)."""

    create = SyncEndpoint(CREATE, create_agent)
    create_async = AsyncEndpoint(CREATE, create_agent)
    list = SyncPageEndpoint(LIST, list_agents)
    list_async = AsyncPageEndpoint(LIST, list_agents)
    get = SyncEndpoint(GET, get_agent)
    get_async = AsyncEndpoint(GET, get_agent)
    update = SyncEndpoint(UPDATE, update_agent)
    update_async = AsyncEndpoint(UPDATE, update_agent)
    delete = SyncEndpoint(DELETE, delete_agent)
    delete_async = AsyncEndpoint(DELETE, delete_agent)
    update_version = SyncEndpoint(UPDATE_VERSION, update_agent_version)
    update_version_async = AsyncEndpoint(UPDATE_VERSION, update_agent_version)
    list_versions = SyncPageEndpoint(LIST_VERSIONS, list_agent_versions)
    list_versions_async = AsyncPageEndpoint(LIST_VERSIONS, list_agent_versions)
    get_version = SyncEndpoint(GET_VERSION, get_agent_version)
    get_version_async = AsyncEndpoint(GET_VERSION, get_agent_version)
    create_version_alias = SyncEndpoint(CREATE_ALIAS, create_agent_alias)
    create_version_alias_async = AsyncEndpoint(CREATE_ALIAS, create_agent_alias)
    list_version_aliases = SyncEndpoint(LIST_ALIASES, list_agent_aliases)
    list_version_aliases_async = AsyncEndpoint(LIST_ALIASES, list_agent_aliases)
    delete_version_alias = SyncEndpoint(DELETE_ALIAS, delete_agent_alias)
    delete_version_alias_async = AsyncEndpoint(DELETE_ALIAS, delete_agent_alias)
