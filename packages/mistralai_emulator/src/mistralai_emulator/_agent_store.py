"""The agents the emulator knows, with their versions and aliases: one store for everything.

An agent made through the API (``POST /v1/agents``) or registered by the emulator's user
(``Emulator(agents=...)``, ``emu.add_agent``, ``POST /_emulator/agents``) lives here, and the
agents completion, conversations and ``/v1/agents`` all read it through :func:`find_agent`.

State machine of one agent::

    create -> version 0 (current)
    update -> a new version (max + 1) with the changed fields; it becomes current
    update_version(v) -> v becomes current again (it must exist)
    alias(a, v) -> a names v (created, or moved); delete_alias(a)
    delete -> gone: every read answers 404, and so do agents completions and conversations

Registered agents (the emulator's ``Agent``) are version 0 of an agent with their id; those
given to the constructor come back as they were after every reset.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._state import Agent, State

JSON = Any

__all__ = ["AgentStore", "AgentVersion", "find_agent"]

#: The fields a version carries (``CreateAgentRequest`` / ``UpdateAgentRequest``).
FIELDS = (
    "model",
    "name",
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "description",
    "handoffs",
    "metadata",
    "version_message",
    "deployment_chat",
)


def _stamp() -> str:
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def _missing(message: str) -> Exception:
    """The state's ``NotFound`` (a 404), imported late: the state imports this module."""
    from ._state import NotFound

    return NotFound(message)


@dataclass(frozen=True)
class AgentVersion:
    """One version of an agent, as agents completions and conversations use it."""

    id: str
    version: int
    model: str
    name: str
    instructions: str | None = None
    tools: tuple[JSON, ...] = ()
    completion_args: Mapping[str, JSON] = field(default_factory=dict)
    guardrails: list[JSON] | None = None
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: dict[str, JSON] | None = None
    version_message: str | None = None
    deployment_chat: bool = False
    created_at: str = field(default_factory=_stamp)
    """When this version was made (the agent's ``updated_at`` while it is current)."""

    def chat_body(self, body: Mapping[str, JSON]) -> dict[str, JSON]:
        """The chat request this agent makes of ``body`` (agents completions, batch lines):
        its instructions as a first system message, its function tools (when the request
        has none) and its completion arguments (where the request has none); the request's
        own values win."""
        merged = {k: v for k, v in self.completion_args.items() if v is not None}
        merged.update({k: v for k, v in body.items() if v is not None})
        functions = [t for t in self.tools if t.get("type") == "function"]
        if functions and not body.get("tools"):
            merged["tools"] = [{"type": "function", "function": t["function"]} for t in functions]
        if self.instructions:
            system = {"role": "system", "content": self.instructions}
            merged["messages"] = [system, *(body.get("messages") or [])]
        return merged


@dataclass
class _Alias:
    version: int
    created_at: str = field(default_factory=_stamp)
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or self.created_at


@dataclass
class _Record:
    """Everything about one agent: its versions, which one is current, its aliases."""

    versions: dict[int, AgentVersion]
    current: int
    source: str
    created_at: str = field(default_factory=_stamp)
    aliases: dict[str, _Alias] = field(default_factory=dict)

    def version(self, number: int) -> AgentVersion:
        found = self.versions.get(number)
        if found is None:
            raise _missing(f"Agent {self.latest.id} has no version {number}")
        return found

    @property
    def latest(self) -> AgentVersion:
        return self.versions[self.current]

    def to_json(self, version: AgentVersion) -> dict[str, JSON]:
        """An ``Agent``."""
        return {
            "id": version.id,
            "object": "agent",
            "model": version.model,
            "name": version.name,
            "instructions": version.instructions,
            "tools": list(version.tools),
            "completion_args": dict(version.completion_args),
            "guardrails": version.guardrails,
            "description": version.description,
            "handoffs": version.handoffs,
            "metadata": version.metadata,
            "version_message": version.version_message,
            "deployment_chat": version.deployment_chat,
            "version": version.version,
            "versions": sorted(self.versions),
            "created_at": self.created_at,
            "updated_at": version.created_at,
            "source": self.source,
        }


class AgentStore:
    """The agents, by id. Methods raise the state's ``NotFound`` for an unknown agent."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._records: dict[str, _Record] = {}
        self._configured: dict[str, Agent] = {}

    # -- registration (the emulator's own API) -----------------------------------------------
    def register(self, agent: Agent, *, configured: bool = False) -> Agent:
        """Make ``agent`` (id, model, instructions) version 0 of an agent with its id."""
        with self.lock:
            if configured:
                self._configured[agent.id] = agent
            first = AgentVersion(agent.id, 0, agent.model, agent.id, agent.instructions)
            self._records[agent.id] = _Record({0: first}, 0, "api", first.created_at)
        return agent

    def registered(self, *, configured: bool) -> dict[str, Agent]:
        """The known agents as the emulator's ``Agent`` (their current model and
        instructions): those given to the constructor, or the others."""
        from ._state import Agent

        with self.lock:
            return {
                agent_id: Agent(agent_id, record.latest.model, record.latest.instructions)
                for agent_id, record in self._records.items()
                if (agent_id in self._configured) is configured
            }

    def reset(self) -> None:
        """Forget every agent but the configured ones, which come back as they were given."""
        with self.lock:
            self._records.clear()
            for agent in list(self._configured.values()):
                self.register(agent, configured=True)

    # -- the API -------------------------------------------------------------------------------
    def create(self, fields: Mapping[str, JSON]) -> dict[str, JSON]:
        agent_id = f"ag_{uuid.uuid4().hex}"
        first = _version(agent_id, 0, fields)
        record = _Record({0: first}, 0, "api", first.created_at)
        with self.lock:
            self._records[agent_id] = record
        return record.to_json(first)

    def record(self, agent_id: str) -> _Record:
        with self.lock:
            found = self._records.get(agent_id)
        if found is None:
            raise _missing(f"Agent not found: {agent_id}")
        return found

    def get(self, agent_id: str, version: int | str | None = None) -> dict[str, JSON]:
        record = self.record(agent_id)
        return record.to_json(self.resolve(agent_id, version))

    def resolve(self, agent_id: str, version: int | str | None = None) -> AgentVersion:
        """The version ``version`` names: a number, a number as text, an alias, or the
        current version (None)."""
        record = self.record(agent_id)
        with self.lock:
            if version is None:
                return record.latest
            if isinstance(version, str) and not version.lstrip("-").isdigit():
                alias = record.aliases.get(version)
                if alias is None:
                    raise _missing(f"Agent {agent_id} has no alias {version!r}")
                return record.version(alias.version)
            return record.version(int(version))

    def list_agents(
        self,
        *,
        deployment_chat: bool | None = None,
        sources: Iterable[str] | None = None,
        name: str | None = None,
        search: str | None = None,
        agent_id: str | None = None,
        metadata: Mapping[str, JSON] | None = None,
    ) -> list[dict[str, JSON]]:
        """Every agent at its current version, newest first, filtered."""
        with self.lock:
            records = sorted(self._records.items(), key=lambda kv: kv[1].created_at, reverse=True)
        wanted_sources = set(sources) if sources else None
        found = []
        for key, record in records:
            agent = record.latest
            if deployment_chat is not None and agent.deployment_chat is not deployment_chat:
                continue
            if wanted_sources is not None and record.source not in wanted_sources:
                continue
            if name is not None and agent.name != name:
                continue
            if search and search.lower() not in f"{agent.name} {key}".lower():
                continue
            if agent_id is not None and key != agent_id:
                continue
            if metadata and any((agent.metadata or {}).get(k) != v for k, v in metadata.items()):
                continue
            found.append(record.to_json(agent))
        return found

    def update(self, agent_id: str, changes: Mapping[str, JSON]) -> dict[str, JSON]:
        record = self.record(agent_id)
        with self.lock:
            base = record.latest
            given = {k: v for k, v in changes.items() if k in FIELDS}
            # A new version: the current one with the given fields changed; null keeps a
            # required field (model, name) and clears an optional one.
            for required in ("model", "name", "deployment_chat"):
                if given.get(required, "") is None:
                    given.pop(required)
            number = max(record.versions) + 1
            new = replace(base, version=number, created_at=_stamp(), version_message=None)
            new = _with_fields(new, given)
            record.versions[number] = new
            record.current = number
            return record.to_json(new)

    def delete(self, agent_id: str) -> None:
        with self.lock:
            if self._records.pop(agent_id, None) is None:
                raise _missing(f"Agent not found: {agent_id}")

    def make_current(self, agent_id: str, version: int) -> dict[str, JSON]:
        record = self.record(agent_id)
        with self.lock:
            chosen = record.version(version)
            record.current = version
            return record.to_json(chosen)

    def versions(self, agent_id: str) -> list[dict[str, JSON]]:
        """Every version of an agent, newest first."""
        record = self.record(agent_id)
        with self.lock:
            return [record.to_json(record.versions[n]) for n in sorted(record.versions)[::-1]]

    def set_alias(self, agent_id: str, alias: str, version: int) -> dict[str, JSON]:
        record = self.record(agent_id)
        with self.lock:
            record.version(version)  # must exist
            found = record.aliases.get(alias)
            if found is None:
                found = record.aliases[alias] = _Alias(version)
            else:
                found.version, found.updated_at = version, _stamp()
            return _alias_json(alias, found)

    def aliases(self, agent_id: str) -> list[dict[str, JSON]]:
        record = self.record(agent_id)
        with self.lock:
            return [_alias_json(name, a) for name, a in sorted(record.aliases.items())]

    def delete_alias(self, agent_id: str, alias: str) -> None:
        record = self.record(agent_id)
        with self.lock:
            if record.aliases.pop(alias, None) is None:
                raise _missing(f"Agent {agent_id} has no alias {alias!r}")


def _alias_json(name: str, alias: _Alias) -> dict[str, JSON]:
    """An ``AgentAliasResponse``."""
    return {
        "alias": name,
        "version": alias.version,
        "created_at": alias.created_at,
        "updated_at": alias.updated_at,
    }


def _with_fields(version: AgentVersion, fields: Mapping[str, JSON]) -> AgentVersion:
    values = dict(fields)
    if "tools" in values:
        values["tools"] = tuple(values["tools"] or ())
    if "completion_args" in values:
        values["completion_args"] = dict(values["completion_args"] or {})
    return replace(version, **values)


def _version(agent_id: str, number: int, fields: Mapping[str, JSON]) -> AgentVersion:
    given = {k: v for k, v in fields.items() if k in FIELDS and v is not None}
    base = AgentVersion(agent_id, number, str(given.pop("model")), str(given.pop("name")))
    return _with_fields(base, given)


def find_agent(state: State, agent_id: str, version: int | str | None = None) -> AgentVersion:
    """The agent ``agent_id`` at ``version`` (a number, an alias, or None: the current one),
    for agents completions and conversations; raises the state's ``NotFound`` (a 404,
    ``Agent not found: <id>``) for an unknown or deleted agent, version or alias."""
    return state.agent_store.resolve(agent_id, version)
