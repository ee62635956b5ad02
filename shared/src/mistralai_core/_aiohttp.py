"""``DefaultAioHttpClient``: an ``httpx.AsyncClient`` that sends through aiohttp.

For async programs that want more throughput than httpx's own connection pool gives:
``Mistral(async_client=DefaultAioHttpClient())``. It is the httpx-aiohttp package's client
(httpx's API, aiohttp's sockets) with the SDK's default timeout; it comes with the
``mistralai[aiohttp]`` extra. This module loads only when the name is asked for, and aiohttp
itself only when a client is made. Without the extra, making one raises an error that says
what to install.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._client import DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]

_MISSING = (
    "DefaultAioHttpClient needs the aiohttp extra: pip install 'mistralai[aiohttp]' "
    "(it brings the httpx-aiohttp package)"
)

if TYPE_CHECKING:
    from httpx_aiohttp import HttpxAiohttpClient as _Base
else:
    try:
        from httpx_aiohttp import HttpxAiohttpClient as _Base
    except ImportError:  # the extra is not installed: fail when one is made, not at import

        class _Base(httpx.AsyncClient):
            def __init__(self, **kwargs: Any) -> None:
                raise ImportError(_MISSING)


class DefaultAioHttpClient(_Base):
    """An async HTTP client on aiohttp, with the SDK's defaults (pass it as ``async_client``).

    Takes ``httpx.AsyncClient``'s keyword arguments (``limits``, ``headers``, ``timeout``,
    ...); the default timeout is the SDK's (10 s to connect, 600 s to read). Like any client
    you pass, the SDK does not close it: use ``async with`` or ``await client.aclose()``.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(**kwargs)
