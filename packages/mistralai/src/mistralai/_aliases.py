"""v2's import paths of the clients: thin, lazy aliases of this SDK's classes.

mistralai 2.x moved the clients (``from mistralai.client import Mistral``,
``from mistralai.azure.client import MistralAzure``, ``from mistralai.gcp.client import
MistralGCP``). Those modules serve the same classes under those names, loaded on first
access; a provider's module says which extra to install when its distribution is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["aliases"]


def aliases(
    module: str, targets: Mapping[str, str], *, requires: str | None = None, extra: str = ""
) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving ``targets`` (name -> ``"module:attribute"``) lazily.

    With ``requires``, that distribution's top-level package is imported first (it is cheap:
    a lazy namespace), and an ImportError naming ``extra`` is raised when it is missing.
    """
    if requires is not None:
        try:
            importlib.import_module(requires)
        except ModuleNotFoundError as error:
            if error.name != requires:
                raise
            raise ImportError(
                f"{module} needs the {requires} distribution: "
                f'pip install "mistralai[{extra}]" (from this repository, see the README)',
                name=requires,
            ) from error

    def __getattr__(name: str) -> Any:
        try:
            source, _, attribute = targets[name].partition(":")
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        return getattr(importlib.import_module(source), attribute or name)

    return __getattr__
