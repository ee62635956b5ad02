"""The HTTP client protocols: what the SDK needs from ``client=`` and ``async_client=``.

Any object with httpx-style ``send`` and ``build_request`` will do, so users can pass an
``httpx.Client`` / ``httpx.AsyncClient`` they configured, or wrap one (v1's README shows how),
or a client of an httpx-compatible library (httpx2): see :func:`library_of`.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

import httpx

__all__ = ["AsyncHttpClient", "HttpClient", "Library", "as_httpx_error", "library_of"]


class _BuildsRequests(Protocol):
    """What both client kinds share: building an ``httpx.Request`` (never I/O)."""

    def build_request(
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = ...,
        extensions: Any = None,
    ) -> httpx.Request: ...


@runtime_checkable
class HttpClient(_BuildsRequests, Protocol):
    """A synchronous client shaped like ``httpx.Client``."""

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = ...,
        follow_redirects: Any = ...,
    ) -> httpx.Response: ...


@runtime_checkable
class AsyncHttpClient(_BuildsRequests, Protocol):
    """An asynchronous client shaped like ``httpx.AsyncClient``."""

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = ...,
        follow_redirects: Any = ...,
    ) -> httpx.Response: ...


# -- httpx-compatible libraries -------------------------------------------------------------
#
# httpx2 (what the official 2.x client and openai moved to) has httpx's API under another
# module, with its own classes: its clients refuse an ``httpx.URL``, an ``httpx.Timeout`` and
# an ``httpx.Auth``, and raise their own exceptions. The core builds every request with the
# client's library (plain string URLs, that library's timeout, sentinel and auth classes)
# and turns that library's errors into httpx's at the boundary, so everything past the send
# (retry decisions, our errors) knows only httpx.

#: The exception classes a send may raise for a transport failure: httpx's, and those of each
#: other library a client of which has been used (read at ``except`` time, so it grows).
ERRORS: tuple[type[Exception], ...] = (httpx.HTTPError,)


class Library:
    """The httpx-compatible library a client belongs to (``httpx`` itself, ``httpx2``, ...)."""

    __slots__ = ("_auth", "module", "native")

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.native = module is httpx
        self._auth: dict[int, tuple[Any, Any]] = {}

    def timeout(self, timeout: httpx.Timeout | None) -> Any:
        """``timeout`` as this library's, or its "use the client's default" sentinel."""
        if self.native:
            return httpx.USE_CLIENT_DEFAULT if timeout is None else timeout
        if timeout is None:
            return self.module.USE_CLIENT_DEFAULT
        return self.module.Timeout(
            connect=timeout.connect, read=timeout.read, write=timeout.write, pool=timeout.pool
        )

    def auth(self, auth: httpx.Auth | None) -> Any:
        """``auth`` as this library's ``Auth``: the same flows, driven by its client."""
        if self.native or auth is None:
            return auth
        found = self._auth.get(id(auth))
        if found is None or found[0] is not auth:
            found = self._auth[id(auth)] = (auth, _foreign_auth(self.module, auth))
        return found[1]


def _foreign_auth(module: ModuleType, auth: httpx.Auth) -> Any:
    class Auth(module.Auth):  # type: ignore[name-defined,misc]
        """An ``httpx.Auth``'s flows under another library's ``Auth`` class."""

        requires_request_body = auth.requires_request_body
        requires_response_body = auth.requires_response_body

        def sync_auth_flow(self, request: Any) -> Any:
            return auth.sync_auth_flow(request)

        def async_auth_flow(self, request: Any) -> Any:
            return auth.async_auth_flow(request)

        def __repr__(self) -> str:
            return repr(auth)

    return Auth()


_LIBRARIES: dict[type, Library] = {}
_HTTPX = Library(httpx)


def library_of(client: object) -> Library:
    """The library ``client`` comes from, by its class's top-level module (cached)."""
    cls = type(client)
    found = _LIBRARIES.get(cls)
    if found is None:
        global ERRORS
        found = _HTTPX
        for klass in cls.__mro__:  # a subclass defined elsewhere (a wrapper) counts as its base
            root = sys.modules.get(klass.__module__.partition(".")[0])
            if root is not None and root is not httpx and _is_httpx_like(root):
                found = Library(root)
                if root.HTTPError not in ERRORS:
                    ERRORS = (*ERRORS, root.HTTPError)
                break
            if root is httpx:
                break
        _LIBRARIES[cls] = found
    return found


def _is_httpx_like(module: ModuleType) -> bool:
    return all(
        isinstance(getattr(module, name, None), type)
        for name in ("Client", "AsyncClient", "Timeout", "Auth", "HTTPError", "Request")
    )


def as_httpx_error(exc: Exception) -> httpx.HTTPError:
    """``exc`` (an :data:`ERRORS` instance) as the httpx exception of the same name.

    Retry decisions and our connection errors look at httpx's classes only.
    """
    if isinstance(exc, httpx.HTTPError):
        return exc
    for klass in type(exc).__mro__:
        ours = getattr(httpx, klass.__name__, None)
        if isinstance(ours, type) and issubclass(ours, httpx.RequestError):
            converted: httpx.HTTPError = ours(str(exc))
            converted.__cause__ = exc
            return converted
    converted = httpx.TransportError(str(exc))
    converted.__cause__ = exc
    return converted
