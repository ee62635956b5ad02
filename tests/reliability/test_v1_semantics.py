"""Issue 8's v1 semantics on the wire: the v1 README's retry config, and pooled streams.

* ``RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)`` against a 503 or 429
  carrying ``Retry-After: 1`` once: v1's budget decides whether an attempt may *start*, so
  the second attempt is made (after the server's 1 s) and succeeds. The emulator counts.
* A stream read to ``[DONE]`` gives its connection back: with a pool of one connection the
  next call reuses it, and the emulator sees one TCP connection.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from mistralai import Mistral, models
from mistralai.utils import BackoffStrategy, RetryConfig
from mistralai_emulator import Emulator

from .conftest import CHAT_PATH, HI, MODEL, HintShim, attempts

V1_README = RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
FAULTS = {"429": "rate-limit; retry-after=1", "503": "error; status=503"}


def run(mode: str, emu: Emulator, config: RetryConfig = V1_README) -> object:
    """One chat completion with a v1 config (the README's); the HTTP clients closed after."""
    shim = HintShim("1")  # the emulator's 503 has no Retry-After: add "1", as a server would
    if mode == "sync":
        with httpx.Client(transport=shim) as http:
            client = Mistral(
                api_key=emu.api_key, server_url=emu.url, retry_config=config, client=http
            )
            return client.chat.complete(model=MODEL, messages=HI).choices

    async def main() -> object:
        async with httpx.AsyncClient(transport=shim) as http:
            client = Mistral(
                api_key=emu.api_key, server_url=emu.url, retry_config=config, async_client=http
            )
            reply = await client.chat.complete_async(model=MODEL, messages=HI)
            return reply.choices

    return asyncio.run(main())


@pytest.mark.parametrize("status", ["429", "503"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_v1_readme_config_retries_after_retry_after_1(
    emu: Emulator, mode: str, status: str, sleeps: list[float]
) -> None:
    emu.inject(FAULTS[status], times=1, path=CHAT_PATH)
    assert run(mode, emu)
    assert attempts(emu) == 2
    assert sleeps == [1.0]  # the server's hint, though it ends past the 100 ms budget
    assert [r["status"] for r in emu.requests] == [int(status), 200]


def test_v1_readme_config_really_waits_the_hint(emu: Emulator) -> None:
    # Once with the real clock: the wait (1 s) ends past the budget, and the attempt is made.
    emu.inject(FAULTS["503"], times=1, path=CHAT_PATH)
    start = time.monotonic()
    assert run("sync", emu)
    assert attempts(emu) == 2 and time.monotonic() - start >= 1.0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_v1_readme_config_stops_at_its_attempt_cap_against_a_zero_hint_storm(
    emu: Emulator, mode: str, sleeps: list[float]
) -> None:
    from mistralai_core._retry import V1_MAX_RETRIES

    # The sleeps are patched, so the README's 100 ms budget would be spent by the requests
    # themselves (how many fit depends on the machine): a v1 config with a long budget shows
    # that the cap, not the clock, is what stops the storm.
    long_budget = RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 3_600_000), False)
    emu.inject("rate-limit; retry-after=0", times=50, path=CHAT_PATH)
    with pytest.raises(models.RateLimitError):
        run(mode, emu, long_budget)
    assert attempts(emu) == V1_MAX_RETRIES + 1
    assert len(sleeps) == V1_MAX_RETRIES
    assert all(s >= 0.001 for s in sleeps)  # never closer than the initial interval (1 ms)


# -- pooled streams -----------------------------------------------------------------------


def one_connection_client(emu: Emulator) -> Mistral:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    return Mistral(
        api_key=emu.api_key,
        server_url=emu.url,
        client=httpx.Client(limits=limits, timeout=10),
        async_client=httpx.AsyncClient(limits=limits, timeout=10),
    )


@pytest.mark.parametrize("use_with", [True, False], ids=["with", "no-with"])
def test_sync_stream_read_to_done_gives_its_connection_back(emu: Emulator, use_with: bool) -> None:
    client = one_connection_client(emu)
    before = emu.connections
    for _ in range(3):
        stream = client.chat.stream(model=MODEL, messages=HI)
        if use_with:
            with stream:
                words = [e.data.choices[0].delta.content for e in stream]
        else:
            words = [e.data.choices[0].delta.content for e in stream]
        assert words
        assert client.chat.complete(model=MODEL, messages=HI).choices
    assert emu.connections - before == 1
    client._core._client.close()  # type: ignore[union-attr]


@pytest.mark.parametrize("use_with", [True, False], ids=["with", "no-with"])
def test_async_stream_read_to_done_gives_its_connection_back(emu: Emulator, use_with: bool) -> None:
    client = one_connection_client(emu)
    before = emu.connections

    async def main() -> None:
        for _ in range(3):
            stream = await client.chat.stream_async(model=MODEL, messages=HI)
            if use_with:
                async with stream:
                    words = [e.data.choices[0].delta.content async for e in stream]
            else:
                words = [e.data.choices[0].delta.content async for e in stream]
            assert words
            assert (await client.chat.complete_async(model=MODEL, messages=HI)).choices
        await client._core._async_client.aclose()  # type: ignore[union-attr]

    asyncio.run(main())
    assert emu.connections - before == 1


def test_a_stream_abandoned_early_is_closed_and_the_pool_recovers(emu: Emulator) -> None:
    client = one_connection_client(emu)
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        first = next(stream)
    assert first.data.choices
    assert stream.response.is_closed
    # The one pooled connection was closed with the stream; the next call opens another.
    assert client.chat.complete(model=MODEL, messages=HI).choices
    client._core._client.close()  # type: ignore[union-attr]
