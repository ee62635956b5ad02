"""Credentials: how a provider puts them on a request.

Each credential is an ``httpx.Auth``, so it applies to every attempt (retries included) and
also works through a user's own httpx client. A key may be a string or a callable returning
one (called per request, as in v1, so a rotating secret is picked up). Reprs never show
the secret.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

import httpx

from ._errors import ConfigurationError

__all__ = ["HeaderAuth", "KeySource", "bearer"]

#: A static key, or a callable that returns the current one.
KeySource = str | Callable[[], str]


class HeaderAuth(httpx.Auth):
    """Sets ``header: prefix + key`` on each request."""

    def __init__(self, key: KeySource | None, *, header: str, prefix: str, hint: str) -> None:
        self._key = key
        self._header = header
        self._prefix = prefix
        self._hint = hint

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        key = self._key() if callable(self._key) else self._key
        if not key:
            raise ConfigurationError(f"no credentials: {self._hint}")
        request.headers[self._header] = self._prefix + key
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self._header!r}, key=***)"


def bearer(key: KeySource | None, *, hint: str) -> HeaderAuth:
    """``Authorization: Bearer <key>``; ``hint`` tells the user how to provide a key."""
    return HeaderAuth(key, header="Authorization", prefix="Bearer ", hint=hint)
