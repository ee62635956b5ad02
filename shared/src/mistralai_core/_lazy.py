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
    package: str,
    exports: Mapping[str, str],
    namespace: dict[str, Any],
    fallback: str | None = None,
) -> tuple[Callable[[str], Any], Callable[[], Iterable[str]]]:
    """Build ``__getattr__`` and ``__dir__`` for a package.

    ``exports`` maps a public name to the module that defines it (absolute, or relative to
    ``package`` when it starts with a dot). A resolved name is stored in ``namespace`` (the
    package's ``globals()``), so each name costs one lookup at most. A name not in
    ``exports`` is looked up in the ``fallback`` namespace (``mistralai`` serves every name of
    ``mistralai.models`` so, without listing them), whose ``__all__`` joins this one's.
    """

    def __getattr__(name: str) -> Any:
        module_name = exports.get(name)
        if module_name is None:
            if fallback is None or (name.startswith("__") and name != "__all__"):
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            other = importlib.import_module(fallback, package)
            if name == "__all__":
                return [n for n in namespace if n == "__version__"] + [*exports, *other.__all__]
            if name not in other.__all__:
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            value = getattr(other, name)
        else:
            value = getattr(importlib.import_module(module_name, package), name)
        namespace[name] = value
        return value

    def __dir__() -> Iterable[str]:
        more = importlib.import_module(fallback, package).__all__ if fallback else ()
        return sorted({*namespace, *exports, *more})

    return __getattr__, __dir__
