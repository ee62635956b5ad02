"""The model catalogue: ``models.json`` (shipped in this package, its sources named inside) plus
the models a user adds (``--models FILE``, ``Emulator(models=...)``, ``emu.add_model(...)``).

Every name a model answers to (its id and its aliases: ``-latest`` names, dated versions, legacy
names such as ``mistral-tiny``) resolves to one :class:`ModelSpec`; the handlers refuse a request
that needs a capability the model lacks (images need ``vision``, tools need ``function_calling``,
FIM needs ``completion_fim``, ...).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "CAPABILITIES",
    "DEFAULT_CAPABILITIES",
    "Catalog",
    "ModelSpec",
    "builtin_models",
    "load_models",
    "spec_of",
]

CAPABILITIES = (
    "completion_chat",
    "completion_fim",
    "function_calling",
    "vision",
    "fine_tuning",
    "embedding",
    "moderation",
    "reasoning",
)
"""What a model can be asked for; the first five are the card's ``capabilities``
(``reasoning``: the model thinks first, a ``thinking`` chunk before its text)."""

CARD_CAPABILITIES = CAPABILITIES[:5]

DEFAULT_CAPABILITIES = ("completion_chat", "function_calling")
"""What a model entry without ``capabilities`` can do."""


@dataclass(frozen=True)
class ModelSpec:
    """One model of the catalogue."""

    id: str
    capabilities: frozenset[str] = frozenset(DEFAULT_CAPABILITIES)
    aliases: tuple[str, ...] = ()
    max_context_length: int = 32768

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    def capability_map(self) -> dict[str, bool]:
        return {name: name in self.capabilities for name in CAPABILITIES}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str = "models") -> ModelSpec:
        """A spec from one entry of a models file; ``ValueError`` naming the bad field."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: each model must be an object, got {type(data).__name__}")
        model_id = data.get("id")
        if not isinstance(model_id, str) or not model_id:
            raise ValueError(f"{where}: 'id' must be a non-empty string")
        where = f"{where} {model_id!r}"
        caps = data.get("capabilities", list(DEFAULT_CAPABILITIES))
        if not isinstance(caps, list) or not all(isinstance(c, str) for c in caps):
            raise ValueError(f"{where}: 'capabilities' must be a list of strings")
        unknown = sorted(set(caps) - set(CAPABILITIES))
        if unknown:
            raise ValueError(
                f"{where}: unknown capabilities {unknown}; known: {', '.join(CAPABILITIES)}"
            )
        aliases = data.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            raise ValueError(f"{where}: 'aliases' must be a list of non-empty strings")
        context = data.get("max_context_length", 32768)
        if not isinstance(context, int) or isinstance(context, bool) or context <= 0:
            raise ValueError(f"{where}: 'max_context_length' must be a positive integer")
        return cls(model_id, frozenset(caps), tuple(aliases), context)


def _parse(document: Any, where: str) -> list[ModelSpec]:
    entries = document.get("models") if isinstance(document, Mapping) else document
    if not isinstance(entries, list):
        raise ValueError(f"{where}: expected a list of models or an object with 'models'")
    return [ModelSpec.from_json(entry, where) for entry in entries]


def builtin_models() -> list[ModelSpec]:
    """The shipped catalogue (``models.json``)."""
    text = resources.files(__package__).joinpath("models.json").read_text("utf-8")
    return _parse(json.loads(text), "models.json")


def load_models(path: str | Path) -> list[ModelSpec]:
    """The models of a user's JSON file (``--models FILE``): a list, or ``{"models": [...]}``."""
    try:
        document = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise ValueError(f"--models {path}: cannot read the file ({exc.strerror})") from exc
    except ValueError as exc:
        raise ValueError(f"--models {path}: not JSON ({exc})") from exc
    return _parse(document, f"--models {path}")


@dataclass
class Catalog:
    """Name -> model. ``configured`` survive a reset; models added at run time do not."""

    configured: list[ModelSpec] = field(default_factory=builtin_models)
    _added: list[ModelSpec] = field(default_factory=list)
    _by_name: dict[str, ModelSpec] = field(default_factory=dict)
    _order: list[ModelSpec] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        by_name: dict[str, ModelSpec] = {}
        order: dict[str, ModelSpec] = {}
        for spec in [*self.configured, *self._added]:
            previous = order.pop(spec.id, None)
            if previous is not None:  # same id again: the later entry replaces it
                for name in previous.names:
                    by_name.pop(name, None)
            order[spec.id] = spec
            for name in spec.names:
                by_name[name] = spec
        self._by_name = by_name
        self._order = list(order.values())

    def find(self, name: str) -> ModelSpec | None:
        with self._lock:
            return self._by_name.get(name)

    def specs(self) -> list[ModelSpec]:
        with self._lock:
            return list(self._order)

    def add(self, specs: Iterable[ModelSpec], *, configured: bool = False) -> None:
        with self._lock:
            (self.configured if configured else self._added).extend(specs)
            self._index()

    def reset(self) -> None:
        with self._lock:
            self._added.clear()
            self._index()


def spec_of(
    model_id: str,
    capabilities: Sequence[str] = DEFAULT_CAPABILITIES,
    *,
    aliases: Sequence[str] = (),
    max_context_length: int = 32768,
) -> ModelSpec:
    """A checked :class:`ModelSpec` (what ``emu.add_model`` builds)."""
    return ModelSpec.from_json(
        {
            "id": model_id,
            "capabilities": list(capabilities),
            "aliases": list(aliases),
            "max_context_length": max_context_length,
        },
        "add_model",
    )
