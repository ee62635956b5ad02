"""Which HTTP clients the SDK makes, when, and who closes them."""

from __future__ import annotations

import asyncio
import gc
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mistralai import Mistral
from tests.conftest import API_KEY, CHAT_OK, MODEL, FakeAPI

HI = [{"role": "user", "content": "hi"}]


class Made:
    """The httpx clients the SDK constructed during a test."""

    def __init__(self) -> None:
        self.sync: list[httpx.Client] = []
        self.async_: list[httpx.AsyncClient] = []


def _record(monkeypatch: pytest.MonkeyPatch, transport: httpx.MockTransport | None) -> Made:
    made = Made()

    class Client(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(transport=transport, **kwargs)
            made.sync.append(self)

    class AsyncClient(httpx.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(transport=transport, **kwargs)
            made.async_.append(self)

    monkeypatch.setattr(httpx, "Client", Client)
    monkeypatch.setattr(httpx, "AsyncClient", AsyncClient)
    return made


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch, api: FakeAPI) -> Made:
    """SDK-made clients, on the fake API; every request gets ``CHAT_OK``."""
    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(4)]
    return _record(monkeypatch, api.transport)


def test_constructing_the_client_creates_no_http_client(made: Made) -> None:
    Mistral(api_key=API_KEY)
    assert made.sync == [] and made.async_ == []


def test_a_sync_call_creates_only_the_sync_client(made: Made) -> None:
    with Mistral(api_key=API_KEY) as client:
        client.chat.complete(model=MODEL, messages=HI)
        client.chat.complete(model=MODEL, messages=HI)
    assert len(made.sync) == 1 and made.async_ == []


def test_close_closes_the_sdk_made_sync_client(made: Made) -> None:
    client = Mistral(api_key=API_KEY)
    client.chat.complete(model=MODEL, messages=HI)
    assert not made.sync[0].is_closed
    client.close()
    assert made.sync[0].is_closed


def test_with_block_closes_the_sdk_made_sync_client(made: Made) -> None:
    with Mistral(api_key=API_KEY) as client:
        client.chat.complete(model=MODEL, messages=HI)
    assert made.sync[0].is_closed


def test_async_with_closes_the_sdk_made_async_client(made: Made) -> None:
    async def main() -> None:
        async with Mistral(api_key=API_KEY) as client:
            await client.chat.complete_async(model=MODEL, messages=HI)
            assert not made.async_[0].is_closed
        assert made.async_[0].is_closed

    asyncio.run(main())
    assert len(made.async_) == 1 and made.sync == []


def test_aclose_closes_both_sdk_made_clients(made: Made) -> None:
    client = Mistral(api_key=API_KEY)
    client.chat.complete(model=MODEL, messages=HI)

    async def main() -> None:
        await client.chat.complete_async(model=MODEL, messages=HI)
        await client.aclose()
        assert made.async_[0].is_closed

    asyncio.run(main())
    assert made.sync[0].is_closed


def test_user_clients_are_never_closed(
    http: httpx.Client, http_async: httpx.AsyncClient, api: FakeAPI
) -> None:
    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(2)]
    with Mistral(api_key=API_KEY, client=http, async_client=http_async) as client:
        client.chat.complete(model=MODEL, messages=HI)

    async def main() -> None:
        async with Mistral(api_key=API_KEY, client=http, async_client=http_async) as client:
            await client.chat.complete_async(model=MODEL, messages=HI)
        await client.aclose()

    asyncio.run(main())
    client.close()
    assert not http.is_closed and not http_async.is_closed


# -- a real socket: the SDK-made async client across event loops -------------------------


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Warnings and unraisable exceptions (``__del__`` ResourceWarnings) seen by the test."""
    seen: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield seen
        gc.collect()
        seen.extend(w for w in caught if issubclass(w.category, ResourceWarning))
    assert seen == [], "a socket or transport leaked"


def test_sdk_async_client_works_across_asyncio_runs_without_leaking(
    loopback_url: str, monkeypatch: pytest.MonkeyPatch, unraisable: list[Any]
) -> None:
    made = _record(monkeypatch, None)  # real transports, real sockets
    client = Mistral(api_key=API_KEY, server_url=loopback_url)

    async def call(client: Mistral) -> str | None:
        reply = await client.chat.complete_async(model=MODEL, messages=HI)
        assert reply.choices and isinstance(reply.choices[0].message.content, str)
        return reply.choices[0].message.content

    assert asyncio.run(call(client)) == "hello"
    assert asyncio.run(call(client)) == "hello"
    # One client per event loop, each closed when its loop shut down.
    assert len(made.async_) == 2
    assert all(c.is_closed for c in made.async_)
    del client  # nothing of the SDK's keeps a socket alive once the client is gone
    gc.collect()
    assert unraisable == []


def test_sdk_async_client_is_reused_within_one_loop(
    loopback_url: str, monkeypatch: pytest.MonkeyPatch, unraisable: list[Any]
) -> None:
    made = _record(monkeypatch, None)

    async def main() -> None:
        async with Mistral(api_key=API_KEY, server_url=loopback_url) as client:
            for _ in range(3):
                await client.chat.complete_async(model=MODEL, messages=HI)

    asyncio.run(main())
    assert len(made.async_) == 1 and made.async_[0].is_closed
    gc.collect()
    assert unraisable == []


def test_sync_client_over_a_real_socket_closes_cleanly(
    loopback_url: str, unraisable: list[Any]
) -> None:
    with Mistral(api_key=API_KEY, server_url=loopback_url) as client:
        assert client.chat.complete(model=MODEL, messages=HI).id == "cmpl-1"
    gc.collect()
    assert unraisable == []
