"""One representative set (complete, stream, upload, errors, retries, timeouts) run on every
HTTP client the SDK accepts: httpx (the default), an httpx2 client, and the aiohttp transport
(``DefaultAioHttpClient``, async only), each against the served emulator on loopback.

A transport is a ``(name, mode)`` pair; ``mode`` says whether the test calls the sync method
or its ``_async`` twin (each async test in its own ``asyncio.run``, with its own client).
"""

from __future__ import annotations

import asyncio
import operator
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from mistralai import DefaultAioHttpClient, Mistral
from mistralai_core import _client
from mistralai_core._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
)
from mistralai_emulator import Emulator

MODEL = "mistral-small-latest"
MESSAGES = [{"role": "user", "content": "Say something"}]
CHAT_PATH = "/v1/chat/completions"
httpx2: ModuleType | None
try:
    import httpx2  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    httpx2 = None
TRANSPORTS = [
    ("httpx", "sync"),
    ("httpx", "async"),
    *([("httpx2", "sync"), ("httpx2", "async")] if httpx2 is not None else []),
    ("aiohttp", "async"),
]
Run = Callable[..., Any]


def _http_client(name: str, mode: str) -> Any:
    """A fresh client of that library (``None``: the SDK makes its own httpx client)."""
    if name == "httpx":
        return None
    if name == "httpx2":
        assert httpx2 is not None
        return httpx2.Client() if mode == "sync" else httpx2.AsyncClient()
    assert mode == "async"
    return DefaultAioHttpClient()


@pytest.fixture
def emu(mistral_emulator: Emulator) -> Iterator[Emulator]:
    yield mistral_emulator
    invalid = [r for r in mistral_emulator.requests if r["valid"] is False]
    assert not invalid, f"the emulator received contract-invalid requests: {invalid}"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry loop's sleeps, recorded instead of slept (only the SDK's seam is patched)."""
    delays: list[float] = []

    async def record_async(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_client, "_sleep", delays.append)
    monkeypatch.setattr(_client, "_async_sleep", record_async)
    return delays


class Harness:
    """A Mistral client over one transport, and ``call`` / ``events`` for test bodies.

    A body is one ``async def`` for both modes: ``await h.call("chat.complete", ...)`` runs
    the sync method (already done when awaited) or awaits the ``_async`` twin.
    """

    def __init__(self, sdk: Mistral, mode: str) -> None:
        self.sdk = sdk
        self.mode = mode

    async def call(self, path: str, /, **kwargs: Any) -> Any:
        if self.mode == "sync":
            return operator.attrgetter(path)(self.sdk)(**kwargs)
        return await operator.attrgetter(f"{path}_async")(self.sdk)(**kwargs)

    async def events(self, **kwargs: Any) -> list[Any]:
        """A whole ``chat.stream``'s events."""
        stream = await self.call("chat.stream", **kwargs)
        if self.mode == "sync":
            with stream:
                return list(stream)
        async with stream:
            return [event async for event in stream]


Body = Callable[[Harness], Any]


@pytest.fixture(params=TRANSPORTS, ids=[f"{n}-{m}" for n, m in TRANSPORTS])
def run(request: pytest.FixtureRequest, emu: Emulator) -> Callable[..., Any]:
    """``run(body, **client_kwargs)``: ``await body(harness)`` on a fresh client."""
    name, mode = request.param

    async def main(body: Body, client_kwargs: dict[str, Any]) -> Any:
        http = _http_client(name, mode)
        client_kwargs.setdefault("api_key", emu.api_key)
        if http is not None:
            client_kwargs["client" if mode == "sync" else "async_client"] = http
        try:
            async with Mistral(server_url=emu.url, **client_kwargs) as sdk:
                return await body(Harness(sdk, mode))
        finally:
            if http is not None:
                if mode == "sync":
                    http.close()
                else:
                    await http.aclose()

    def go(body: Body, **client_kwargs: Any) -> Any:
        return asyncio.run(main(body, client_kwargs))

    return go


def chat_requests(emu: Emulator) -> list[dict[str, Any]]:
    return [r for r in emu.requests if r["path"] == CHAT_PATH]


def test_complete(run: Callable[..., Any], emu: Emulator) -> None:
    async def body(h: Harness) -> Any:
        return await h.call("chat.complete", model=MODEL, messages=MESSAGES, temperature=0.5)

    response = run(body)
    assert response.choices[0].message.content
    assert response.model == MODEL
    (seen,) = chat_requests(emu)
    assert seen["json"]["temperature"] == 0.5 and seen["json"]["stream"] is False
    assert seen["headers"]["authorization"] != f"Bearer {emu.api_key}"  # masked in the log...
    assert seen["status"] == 200  # ...but accepted: the key went on the wire


def test_stream(run: Callable[..., Any], emu: Emulator) -> None:
    async def body(h: Harness) -> Any:
        return await h.events(model=MODEL, messages=MESSAGES)

    events = run(body)
    assert len(events) >= 2
    text = "".join(e.data.choices[0].delta.content or "" for e in events)
    assert text
    assert events[-1].data.choices[0].finish_reason == "stop"
    (seen,) = chat_requests(emu)
    assert seen["json"]["stream"] is True


def test_upload(run: Callable[..., Any], emu: Emulator) -> None:
    content = b'{"custom_id": "1", "body": {"messages": []}}\n' * 50

    async def body(h: Harness) -> Any:
        uploaded = await h.call(
            "files.upload", file={"file_name": "batch.jsonl", "content": content}, purpose="batch"
        )
        retrieved = await h.call("files.retrieve", file_id=uploaded.id)
        return uploaded, retrieved

    uploaded, retrieved = run(body)
    assert uploaded.filename == "batch.jsonl"
    assert uploaded.bytes == retrieved.bytes == len(content)
    (seen,) = [r for r in emu.requests if r["path"] == "/v1/files"]
    assert seen["status"] == 200


def test_an_error_status_raises_its_error(run: Callable[..., Any], emu: Emulator) -> None:
    async def body(h: Harness) -> Any:
        with pytest.raises(AuthenticationError) as caught:
            await h.call("chat.complete", model=MODEL, messages=MESSAGES)
        return caught.value

    error = run(body, api_key="not-the-key")
    assert error.status_code == 401
    assert "not-the-key" not in f"{error}{error!r}"


def test_bad_input_fails_before_sending(run: Callable[..., Any], emu: Emulator) -> None:
    async def body(h: Harness) -> Any:
        with pytest.raises(ValueError, match=r"chat\.complete") as caught:
            await h.call("chat.complete", model=MODEL, messages=[{"role": "user", "contnt": "x"}])
        return caught.value

    assert "contnt" in str(run(body))
    assert chat_requests(emu) == []


def test_5xx_is_retried_until_it_succeeds(
    run: Callable[..., Any], emu: Emulator, sleeps: list[float]
) -> None:
    emu.inject("503", times=2, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        return await h.call("chat.complete", model=MODEL, messages=MESSAGES)

    assert run(body).choices
    assert [r["status"] for r in chat_requests(emu)] == [503, 503, 200]
    assert len(sleeps) == 2


def test_retries_give_up_with_the_status_error(
    run: Callable[..., Any], emu: Emulator, sleeps: list[float]
) -> None:
    emu.inject("500", times=10, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        with pytest.raises(InternalServerError):
            await h.call("chat.complete", model=MODEL, messages=MESSAGES)

    run(body)
    assert len(chat_requests(emu)) == len(sleeps) + 1 >= 2


def test_a_dropped_connection_is_retried(
    run: Callable[..., Any], emu: Emulator, sleeps: list[float]
) -> None:
    """The transport's own exception (httpx2's, aiohttp's) is recognised as a connection
    failure: retried, then the call succeeds."""
    emu.inject("drop", times=1, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        return await h.call("chat.complete", model=MODEL, messages=MESSAGES)

    assert run(body).choices
    assert len(chat_requests(emu)) == 2 and len(sleeps) == 1


def test_a_dropped_connection_without_retries_is_our_error(
    run: Callable[..., Any], emu: Emulator
) -> None:
    emu.inject("drop", times=1, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        with pytest.raises(APIConnectionError) as caught:
            await h.call("chat.complete", model=MODEL, messages=MESSAGES, retries=None)
        return caught.value

    error = run(body)
    assert not isinstance(error.__cause__, APIConnectionError)
    assert isinstance(error.__cause__, httpx.HTTPError)  # the transport's, as httpx's


def test_a_stream_cut_mid_way_is_our_connection_error(
    run: Callable[..., Any], emu: Emulator
) -> None:
    emu.inject("cut; after=2", times=1, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        with pytest.raises(APIConnectionError):
            await h.events(model=MODEL, messages=MESSAGES)

    run(body)


def test_the_per_call_timeout_is_the_transports(run: Callable[..., Any], emu: Emulator) -> None:
    """``timeout_ms`` reaches the transport in its own library's terms."""
    emu.inject("slow; delay=2", times=1, path=CHAT_PATH)

    async def body(h: Harness) -> Any:
        with pytest.raises(APITimeoutError):
            await h.call(
                "chat.complete", model=MODEL, messages=MESSAGES, timeout_ms=200, retries=None
            )

    run(body)
