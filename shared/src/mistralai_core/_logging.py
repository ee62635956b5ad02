"""Debug logging of requests and responses, with credentials masked.

The SDK logs only to the logger it is given (``debug_logger=``) or, when ``MISTRAL_DEBUG`` is
true or ``MISTRAL_LOG`` is ``debug`` / ``info``, to the ``mistralai`` logger, to which it adds
one stderr handler (read when a client is made). At ``info`` each response is one line
(method, URL, status); at ``debug`` requests and responses are logged with headers and
bodies. It never touches the root logger, and never writes a key or a token: credential
headers are masked.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

__all__ = ["SECRET_HEADERS", "default_logger", "mask_headers"]

#: Headers whose values are credentials (lower case).
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie"}
)


def mask_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The headers as a dict, with credential values replaced (the scheme word is kept)."""
    shown: dict[str, str] = {}
    for name, value in headers:
        if name.lower() in SECRET_HEADERS:
            scheme, _, rest = value.partition(" ")
            value = f"{scheme} ***" if rest else "***"
        shown[name] = value
    return shown


def default_logger() -> logging.Logger | None:
    """The ``mistralai`` logger at DEBUG when ``MISTRAL_DEBUG`` is true or ``MISTRAL_LOG`` is
    ``debug``, at INFO when ``MISTRAL_LOG`` is ``info``; else None."""
    level = _LEVELS.get(os.environ.get("MISTRAL_LOG", "").strip().lower())
    if os.environ.get("MISTRAL_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}:
        level = logging.DEBUG
    if level is None:
        return None
    logger = logging.getLogger("mistralai")
    if not any(getattr(h, "_mistralai", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._mistralai = True  # type: ignore[attr-defined]  # marks the handler we own
        logger.addHandler(handler)
    logger.setLevel(level)
    return logger


_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
