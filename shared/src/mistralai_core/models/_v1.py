"""Small names of v1's public surface that are not models: kept so v1 imports keep working.

v1 exported these from its packages and its ``types`` / ``utils`` modules. They are served
from here by the generated v1 modules and namespaces (``mistralai.utils.Logger``); none of
them is used by the SDK itself.
"""

from __future__ import annotations

from typing import Any, NewType, Protocol

from .._version import __version__

__all__ = [
    "SERVER_EU",
    "VERSION",
    "Logger",
    "NoOpLogger",
    "UnrecognizedInt",
    "UnrecognizedStr",
    "get_default_logger",
    "remove_suffix",
]

#: v1's name of the default server (``Mistral(server="eu")``).
SERVER_EU = "eu"
#: The SDK's version (v1's ``mistralai.VERSION``).
VERSION: str = __version__

#: An enum value this SDK does not know yet (v1's marker; open enums here are ``| str``).
UnrecognizedStr = NewType("UnrecognizedStr", str)
UnrecognizedInt = NewType("UnrecognizedInt", int)


class Logger(Protocol):
    """What v1's ``debug_logger=`` accepted: anything with ``debug`` (``logging.Logger``)."""

    def debug(self, msg: str, *args: Any, **kwargs: Any) -> None: ...


class NoOpLogger:
    """A :class:`Logger` that discards everything (v1's default)."""

    def debug(self, msg: str, *args: Any, **kwargs: Any) -> None:
        return None


def get_default_logger() -> Logger:
    """v1's default debug logger: one that logs nothing (pass ``debug_logger=`` to log)."""
    return NoOpLogger()


def remove_suffix(text: str, suffix: str) -> str:
    """``text`` without ``suffix`` at its end (v1's helper for server URLs)."""
    return text[: -len(suffix)] if suffix and text.endswith(suffix) else text
