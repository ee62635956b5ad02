"""``client.with_options(...)``: the same client with other defaults, sharing the pool.

The copy's :class:`SharedPoolCore` sends through the original's HTTP clients (made on first
use by the original, on whichever core asks first), so two clients mean one pool and one
connection. Closing a copy leaves the pool open: the original owns it.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from ._client import ClientCore, SDKClient, _retry_policy, _timeout
from ._http import AsyncHttpClient, HttpClient
from ._operation import Call, Operation, Resource
from ._provider import RequestSpec
from ._types import UNSET, Unset

if TYPE_CHECKING:
    from ._retry import RetryConfig

__all__ = ["SharedPoolCore", "derive_client"]

C = TypeVar("C", bound=SDKClient)


class SharedPoolCore(ClientCore):
    """A :class:`ClientCore` with its own defaults (timeout, retries, base URL, headers) that
    sends through another core's HTTP clients."""

    _root: ClientCore
    _default_headers: dict[str, str]

    def _make_client(self) -> HttpClient:
        root = self._root
        return root._client if root._client is not None else root._make_client()

    async def _get_async_client(self) -> AsyncHttpClient:
        return await self._root._get_async_client()

    def spec(self, op: Operation[Any], call: Call) -> RequestSpec:
        if self._default_headers:
            options = dict(call.options)
            given: Mapping[str, str] = options.get("http_headers") or {}  # type: ignore[assignment]
            options["http_headers"] = {**self._default_headers, **given}
            call = replace(call, options=options)  # type: ignore[arg-type]
        return super().spec(op, call)


def derive_client(
    client: C,
    *,
    timeout_ms: int | None | Unset = UNSET,
    retries: RetryConfig | Unset | None = UNSET,
    server_url: str | None = None,
    http_headers: Mapping[str, str] | None = None,
) -> C:
    """A copy of ``client`` with other defaults, sending through the same HTTP clients."""
    parent = client._core
    core = copy.copy(parent)
    core.__class__ = SharedPoolCore
    assert isinstance(core, SharedPoolCore)
    core._root = getattr(parent, "_root", parent)
    core._lock = threading.Lock()
    core._urls = {}
    if parent._owns_client:
        core._client = None
    if parent._owns_async_client:
        core._async_client = None
    core._owns_client = core._owns_async_client = False  # the pool stays the original's
    core._async_loop = None
    core._async_closer = None
    core.retry = _retry_policy(retries, parent.retry)
    if not isinstance(timeout_ms, Unset):
        core.timeout = None if timeout_ms is None else _timeout(timeout_ms)
    if server_url:
        core.server_url = server_url.rstrip("/")
    inherited: dict[str, str] = getattr(parent, "_default_headers", {})
    core._default_headers = {**inherited, **(http_headers or {})}
    derived = object.__new__(type(client))
    derived.__dict__.update(
        {k: v for k, v in client.__dict__.items() if not isinstance(v, Resource)}
    )
    derived._core = core
    return derived
