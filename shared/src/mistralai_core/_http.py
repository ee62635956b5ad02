"""The HTTP client protocols: what the SDK needs from ``client=`` and ``async_client=``.

Any object with httpx-style ``send`` and ``build_request`` will do, so users can pass an
``httpx.Client`` / ``httpx.AsyncClient`` they configured, or wrap one (v1's README shows how).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import httpx

__all__ = ["AsyncHttpClient", "HttpClient"]


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
