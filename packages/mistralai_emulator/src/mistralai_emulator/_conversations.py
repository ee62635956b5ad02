"""The conversations the emulator keeps (``/v1/conversations``): their attributes and entries.

A conversation is created by ``start`` (or ``restart``, from another one's entries), grows by
``append`` and goes by ``delete``. ``store: false`` conversations are answered but never kept.
Entries are stored as the contract's JSON (``MessageInputEntry``, ``MessageOutputEntry``,
``FunctionCallEntry``, ``FunctionResultEntry``, ...), each with its ``id`` and times, so the
history and messages views are slices of one list::

    start ──> [inputs..., outputs...] ──append──> [..., inputs..., outputs...]
                     │
                     └──restart(from_entry_id=e)──> new conversation: [entries up to e,
                                                     inputs..., outputs...]
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ._call import ApiError

JSON = Any

__all__ = ["Conversation", "ConversationStore", "now_iso"]


def now_iso() -> str:
    """The current time as the service writes it (ISO 8601, UTC)."""
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def _not_found(message: str) -> ApiError:
    return ApiError(404, message, "not_found")


MESSAGE_TYPES = frozenset({"message.input", "message.output"})


@dataclass
class Conversation:
    """One conversation: with a ``model`` (and its instructions and tools) or an agent."""

    id: str
    model: str
    agent_id: str | None = None
    agent_version: str | int | None = None
    instructions: str | None = None
    tools: list[JSON] = field(default_factory=list)
    completion_args: dict[str, JSON] = field(default_factory=dict)
    guardrails: list[JSON] | None = None
    name: str | None = None
    description: str | None = None
    metadata: dict[str, JSON] | None = None
    entries: list[dict[str, JSON]] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or self.created_at

    def to_json(self) -> dict[str, JSON]:
        """An ``AgentConversation`` or a ``ModelConversation``."""
        out: dict[str, JSON] = {
            "object": "conversation",
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "name": self.name,
            "description": self.description,
            "metadata": self.metadata,
        }
        if self.agent_id is not None:
            return {**out, "agent_id": self.agent_id, "agent_version": self.agent_version}
        return {
            **out,
            "model": self.model,
            "instructions": self.instructions,
            "tools": list(self.tools),
            "completion_args": dict(self.completion_args),
            "guardrails": self.guardrails,
        }

    def history(self) -> dict[str, JSON]:
        """A ``ConversationHistory``: every entry, in the order it was added."""
        return {
            "object": "conversation.history",
            "conversation_id": self.id,
            "entries": list(self.entries),
        }

    def messages(self) -> dict[str, JSON]:
        """A ``ConversationMessages``: the message entries only."""
        return {
            "object": "conversation.messages",
            "conversation_id": self.id,
            "messages": [e for e in self.entries if e.get("type") in MESSAGE_TYPES],
        }

    def entries_until(self, entry_id: str) -> list[dict[str, JSON]]:
        """The entries up to ``entry_id``, that one included (what ``restart`` keeps)."""
        for index, entry in enumerate(self.entries):
            if entry.get("id") == entry_id:
                return [dict(e) for e in self.entries[: index + 1]]
        raise _not_found(f"Entry {entry_id!r} not found in conversation {self.id!r}")

    def matches(self, metadata: dict[str, JSON] | None) -> bool:
        """Whether this conversation's metadata has every key and value of ``metadata``."""
        if not metadata:
            return True
        mine = self.metadata or {}
        return all(key in mine and mine[key] == value for key, value in metadata.items())


class ConversationStore:
    """The kept conversations by id, oldest first; safe to read from a test thread."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._items: dict[str, Conversation] = {}

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def keep(self, conversation: Conversation) -> Conversation:
        with self._lock:
            self._items[conversation.id] = conversation
        return conversation

    def get(self, conversation_id: str) -> Conversation:
        with self._lock:
            found = self._items.get(conversation_id)
        if found is None:
            raise _not_found(f"Conversation {conversation_id!r} not found")
        return found

    def delete(self, conversation_id: str) -> None:
        with self._lock:
            if self._items.pop(conversation_id, None) is None:
                raise _not_found(f"Conversation {conversation_id!r} not found")

    def newest_first(self, metadata: dict[str, JSON] | None = None) -> list[Conversation]:
        """Every kept conversation whose metadata matches, most recently created first."""
        with self._lock:
            kept = list(self._items.values())
        return [c for c in reversed(kept) if c.matches(metadata)]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
