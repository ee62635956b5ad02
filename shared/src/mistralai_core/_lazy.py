"""Lazy package namespaces: names resolve to their module on first access.

``import mistralai`` must stay about as cheap as ``import httpx``, so packages that export
many names (models, resources, errors) import the module behind a name only when someone
asks for it. Type checkers see ordinary imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["lazy_namespace"]


def lazy_namespace(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], Iterable[str]]]:
    """Build ``__getattr__`` and ``__dir__`` for a package.

    ``exports`` maps a public name to the module that defines it (absolute, or relative to
    ``package`` when it starts with a dot). A resolved name is stored in ``namespace`` (the
    package's ``globals()``), so each name costs one lookup at most.
    """

    def __getattr__(name: str) -> Any:
        try:
            module_name = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module = importlib.import_module(module_name, package)
        value = getattr(module, name)
        namespace[name] = value
        return value

    def __dir__() -> Iterable[str]:
        return sorted({*namespace, *exports})

    return __getattr__, __dir__
