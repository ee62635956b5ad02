"""Shared fixtures: a fake API behind ``httpx.MockTransport``, clients on it, and ``invoke``.

``invoke("chat.complete", ...)`` runs a method once sync and once async (the fixture is
parametrized), so each behaviour is written once. No test here opens a socket except the
loopback ones, which ask for ``loopback_url`` or the emulator plugin's ``mistral_emulator``
(one served emulator per session, reset before each test: the only emulator fixture).

The distributions are installed (``nox -s tests`` installs all five, editable): tests import
them as users do and never edit ``sys.path``.
"""

from __future__ import annotations

import asyncio
import json
import operator
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai import Mistral

#: The repository (test data and scripts are found from it; the SDK is imported installed).
ROOT = Path(__file__).resolve().parents[1]

API_KEY = "sk-test-0123456789abcdef"
MODEL = "mistral-small-latest"
CHAT_OK: dict[str, Any] = {
    "id": "cmpl-1",
    "object": "chat.completion",
    "model": MODEL,
    "created": 1700000000,
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}
    ],
}
FIM_OK: dict[str, Any] = {**CHAT_OK, "model": "codestral-latest"}

Invoke = Callable[..., Any]


def chunk(content: str, *, finish: str | None = None) -> dict[str, Any]:
    """One streamed completion chunk carrying ``content``."""
    return {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "model": MODEL,
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
    }


def sse(*events: dict[str, Any] | str, done: bool = True) -> bytes:
    """A data-only SSE body, one ``data:`` line per event, ended by ``data: [DONE]``."""
    lines = [
        f"data: {e if isinstance(e, str) else json.dumps(e, ensure_ascii=False)}\n\n"
        for e in events
    ]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


class ChunkedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in ``size``-byte pieces, that records ``close()``.

    ``fail_after``: raise ``error`` after that many chunks (a connection dropped mid-body).
    """

    def __init__(
        self,
        body: bytes,
        size: int = 3,
        *,
        fail_after: int | None = None,
        error: Exception | None = None,
    ) -> None:
        self.pieces = [body[i : i + size] for i in range(0, len(body), size)]
        self.fail_after = fail_after
        self.error = error or httpx.ReadError("connection reset")
        self.sent = 0
        self.closed = False

    def _next_pieces(self) -> Iterator[bytes]:
        for piece in self.pieces:
            if self.fail_after is not None and self.sent >= self.fail_after:
                raise self.error
            self.sent += 1
            yield piece

    def __iter__(self) -> Iterator[bytes]:
        yield from self._next_pieces()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._next_pieces():
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streamed(status: int, body: bytes, size: int = 3, **headers: str) -> httpx.Response:
    """A response whose body arrives in small chunks through a :class:`ChunkedStream`."""
    return httpx.Response(status, headers=headers, stream=ChunkedStream(body, size))


@dataclass
class FakeAPI:
    """The transport handler: records every request and answers from ``replies`` in order.

    A reply may be an exception, which the transport raises (a connection failure).
    """

    replies: list[httpx.Response | Exception] = field(default_factory=list)
    seen: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def json(self, index: int = -1) -> Any:
        """The JSON body of a request seen."""
        return json.loads(self.seen[index].content)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def http(api: FakeAPI) -> Iterator[httpx.Client]:
    with httpx.Client(transport=api.transport) as client:
        yield client


@pytest.fixture
def http_async(api: FakeAPI) -> httpx.AsyncClient:
    # MockTransport holds nothing that needs closing; an unclosed AsyncClient warns nothing.
    return httpx.AsyncClient(transport=api.transport)


@pytest.fixture
def make_client(http: httpx.Client, http_async: httpx.AsyncClient) -> Callable[..., Mistral]:
    """``Mistral`` on the fake API; keyword arguments override the defaults."""

    def make(**kwargs: Any) -> Mistral:
        kwargs.setdefault("api_key", API_KEY)
        return Mistral(client=http, async_client=http_async, **kwargs)

    return make


@pytest.fixture
def client(make_client: Callable[..., Mistral]) -> Mistral:
    return make_client()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def invoke(mode: str, client: Mistral) -> Invoke:
    """``invoke("chat.complete", **kwargs)``: the call, sync or async per the parameter.

    ``invoke(..., on=other_client)`` calls another client. Stream results are drained into
    a list inside the same event loop, so the async variant sees the whole stream too.
    """

    def run(path: str, /, *, on: Mistral | None = None, **kwargs: Any) -> Any:
        owner, name = path.rsplit(".", 1)
        target = operator.attrgetter(owner)(on or client)
        if mode == "sync":
            result = getattr(target, name)(**kwargs)
            return list(result) if name == "stream" else result

        async def main() -> Any:
            result = await getattr(target, f"{name}_async")(**kwargs)
            if name == "stream":
                return [event async for event in result]
            return result

        return asyncio.run(main())

    return run


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Records the retry loop's sleeps instead of sleeping.

    Only the SDK's own seam is patched (not ``time.sleep`` / ``asyncio.sleep``), so servers
    running in other threads keep their real timing.
    """
    from mistralai_core import _client

    delays: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(_client, "_sleep", delays.append)
    monkeypatch.setattr(_client, "_async_sleep", fake_async_sleep)
    return delays


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    monkeypatch.delenv("MISTRAL_DEBUG", raising=False)


# -- loopback ----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: connections stay pooled between requests

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = json.dumps(CHAT_OK).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def loopback_url() -> Iterator[str]:
    """A tiny HTTP/1.1 server on 127.0.0.1 that answers every POST with ``CHAT_OK``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
