"""In-process httpx transports: the emulator without a socket, for fast unit tests.

``httpx.ASGITransport`` is async-only and buffers the whole response, so it can show neither
incremental streaming nor a connection dropped mid-stream. These transports drive the ASGI app
themselves:

* :class:`AsyncEmulatorTransport` runs the app as a task on the caller's event loop and hands
  each body message to the client as it is sent;
* :class:`EmulatorTransport` (sync) owns a private event loop in a daemon thread; requests and
  each body chunk cross over with ``run_coroutine_threadsafe``. ``close()`` stops the loop and
  joins the thread, so nothing leaks (no ResourceWarning under ``-W error``).

Connection faults are passed as an ``abort`` callable in the scope's ``extensions``: the
transport then raises :class:`httpx.RemoteProtocolError`, as httpx does for a real socket closed
before (or in the middle of) a response. Request bodies are read whole: for flat-memory uploads
use the served emulator.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
from starlette.types import ASGIApp, Message

__all__ = ["AsyncEmulatorTransport", "EmulatorTransport"]

_END = object()
_ABORTED = object()


class _Exchange:
    """One request/response running through the app on the current event loop."""

    def __init__(self, app: ASGIApp, request: httpx.Request, body: bytes) -> None:
        self.app, self.request, self.body = app, request, body
        self.chunks: asyncio.Queue[Any] = asyncio.Queue()
        self.disconnected = asyncio.Event()
        self.started: asyncio.Future[tuple[int, list[tuple[bytes, bytes]]]] = (
            asyncio.get_running_loop().create_future()
        )
        self.task: asyncio.Task[None] | None = None
        self._body_sent = False

    async def open(self) -> tuple[int, list[tuple[bytes, bytes]]]:
        url = self.request.url
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.4"},
            "http_version": "1.1",
            "method": self.request.method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?")[0],
            "query_string": url.query,
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in self.request.headers.raw],
            "client": ("127.0.0.1", 0),
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
            "extensions": {"mistralai_emulator.abort": self._abort},
            "state": {},
        }

        async def run() -> None:
            await self.app(scope, self._receive, self._send)

        self.task = asyncio.get_running_loop().create_task(run())
        self.task.add_done_callback(self._finished)
        return await self.started

    async def _receive(self) -> Message:
        if not self._body_sent:
            self._body_sent = True
            return {"type": "http.request", "body": self.body, "more_body": False}
        await self.disconnected.wait()
        return {"type": "http.disconnect"}

    async def _send(self, message: Message) -> None:
        if self.disconnected.is_set():
            return
        if message["type"] == "http.response.start":
            if not self.started.done():
                self.started.set_result((message["status"], list(message.get("headers", []))))
        elif message["type"] == "http.response.body":
            if message.get("body"):
                self.chunks.put_nowait(bytes(message["body"]))
            if not message.get("more_body"):
                self.chunks.put_nowait(_END)

    def _abort(self) -> None:
        self.disconnected.set()
        if not self.started.done():
            self.started.set_exception(
                httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=self.request
                )
            )
        self.chunks.put_nowait(_ABORTED)

    def _finished(self, task: asyncio.Task[None]) -> None:
        error = None if task.cancelled() else task.exception()
        if not self.started.done():
            self.started.set_exception(error or RuntimeError("app returned without a response"))
        self.chunks.put_nowait(error if error is not None else _END)

    async def next_chunk(self) -> bytes | None:
        item = await self.chunks.get()
        if item is _END:
            self.chunks.put_nowait(_END)  # later reads see the end too
            return None
        if item is _ABORTED:
            self.chunks.put_nowait(_ABORTED)
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body",
                request=self.request,
            )
        if isinstance(item, BaseException):
            raise item
        chunk: bytes = item
        return chunk

    async def aclose(self) -> None:
        self.disconnected.set()
        if self.task is not None and not self.task.done():
            self.task.cancel()
            try:
                await self.task
            except asyncio.CancelledError:
                pass


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, exchange: _Exchange) -> None:
        self._exchange = exchange

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while (chunk := await self._exchange.next_chunk()) is not None:
            yield chunk

    async def aclose(self) -> None:
        await self._exchange.aclose()


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Serve an ``httpx.AsyncClient`` from the emulator app on the running loop."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        exchange = _Exchange(self.app, request, body)
        status, headers = await exchange.open()
        return httpx.Response(
            status, headers=headers, stream=_AsyncStream(exchange), request=request
        )


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, exchange: _Exchange, loop: asyncio.AbstractEventLoop) -> None:
        self._exchange, self._loop = exchange, loop

    def __iter__(self) -> Iterator[bytes]:
        while True:
            future = asyncio.run_coroutine_threadsafe(self._exchange.next_chunk(), self._loop)
            chunk = future.result()
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        if not self._loop.is_closed():
            asyncio.run_coroutine_threadsafe(self._exchange.aclose(), self._loop).result()


class EmulatorTransport(httpx.BaseTransport):
    """Serve a sync ``httpx.Client`` from the emulator app on a private event-loop thread."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="mistralai-emulator-transport", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def start() -> tuple[_Exchange, int, list[tuple[bytes, bytes]]]:
            exchange = _Exchange(self.app, request, body)
            status, headers = await exchange.open()
            return exchange, status, headers

        exchange, status, headers = asyncio.run_coroutine_threadsafe(start(), self._loop).result()
        return httpx.Response(
            status, headers=headers, stream=_SyncStream(exchange, self._loop), request=request
        )

    def close(self) -> None:
        if self._loop.is_closed():
            return

        async def shutdown() -> None:
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self._loop.shutdown_asyncgens()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
