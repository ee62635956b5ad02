"""Keep the ``api-key`` header on its origin when a user's httpx client follows redirects.

httpx drops ``Authorization`` when a redirect leaves the origin, but it copies every other
header, and Azure Foundry keys travel in ``api-key``. Redirects are followed inside
``client.send``, below any ``httpx.Auth``, so the only place to intervene without touching the
user's client is around ``send``: these wrappers send with ``follow_redirects=False``, then
follow the redirects themselves (as far as the client would: its ``follow_redirects`` and
``max_redirects``), using the next request httpx prepared (method, body and ``Authorization``
already handled) and removing ``api-key`` when the target is another origin.

Clients the SDK makes never follow redirects (httpx's default), so only clients passed with
``client=`` / ``async_client=`` are wrapped.
"""

from __future__ import annotations

from typing import Any

import httpx

from mistralai_core._http import AsyncHttpClient, HttpClient

__all__ = ["AsyncRedirectGuard", "RedirectGuard"]

#: Credential headers httpx does not strip itself on a cross-origin redirect.
_CREDENTIAL_HEADERS = ("api-key",)


def _next_request(
    response: httpx.Response, previous: httpx.Request, hops: int, limit: int
) -> httpx.Request | None:
    target = response.next_request
    if target is None:
        return None
    if hops >= limit:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=previous)
    if _origin(target.url) != _origin(previous.url):
        for name in _CREDENTIAL_HEADERS:
            target.headers.pop(name, None)
    return target


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def _follows(client: Any, follow_redirects: Any) -> bool:
    if isinstance(follow_redirects, bool):
        return follow_redirects
    return bool(getattr(client, "follow_redirects", False))


class RedirectGuard:
    """An :class:`HttpClient` around the user's sync client; see the module docstring."""

    def __init__(self, inner: HttpClient) -> None:
        self.inner = inner

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return self.inner.build_request(*args, **kwargs)

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        follow = _follows(self.inner, follow_redirects)
        limit = int(getattr(self.inner, "max_redirects", 20))
        response = self.inner.send(request, stream=stream, auth=auth, follow_redirects=False)
        hops = 0
        while follow:
            target = _next_request(response, request, hops, limit)
            if target is None:
                break
            response.close()
            # auth=None: the credentials already on the prepared request are all it may carry.
            response = self.inner.send(target, stream=stream, auth=None, follow_redirects=False)
            request, hops = target, hops + 1
        return response


class AsyncRedirectGuard:
    """The async twin of :class:`RedirectGuard`."""

    def __init__(self, inner: AsyncHttpClient) -> None:
        self.inner = inner

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return self.inner.build_request(*args, **kwargs)

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        follow = _follows(self.inner, follow_redirects)
        limit = int(getattr(self.inner, "max_redirects", 20))
        response = await self.inner.send(request, stream=stream, auth=auth, follow_redirects=False)
        hops = 0
        while follow:
            target = _next_request(response, request, hops, limit)
            if target is None:
                break
            await response.aclose()
            response = await self.inner.send(
                target, stream=stream, auth=None, follow_redirects=False
            )
            request, hops = target, hops + 1
        return response
