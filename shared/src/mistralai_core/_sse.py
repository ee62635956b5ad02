"""Server-sent events: a sans-I/O decoder and two thin iterators over an httpx response.

The decoder works on bytes, so an event may be split anywhere across network chunks (inside
a multi-byte UTF-8 character too) and lines are found with ``bytes.split`` rather than byte by
byte. It follows the SSE rules the API relies on: ``\\n`` or ``\\r\\n`` line ends, comment
lines (``:``), multi-line ``data:`` joined with ``\\n``, an event dispatched at a blank line.
The iterators stop at ``data: [DONE]`` and close the response when they end, on ``break``,
on error, and when used as context managers. At ``[DONE]`` they first read what is left of the
body (the chunked terminator, normally already on its way; at most :data:`DRAIN_LIMIT` bytes
within :data:`DRAIN_SECONDS`, after which a sync stream's socket is hung up by a watchdog
timer), so the connection goes back to the pool for the next call instead of being closed.
An event that does not fit its model raises ``ResponseValidationError`` carrying its bytes.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from . import _http
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    MistralError,
    ResponseValidationError,
    SDKError,
)
from ._http import as_httpx_error

__all__ = ["DONE", "Enveloped", "EventStream", "EventStreamAsync", "SSEDecoder", "ServerEvent"]

T = TypeVar("T")
DONE = b"[DONE]"
#: After ``[DONE]``, read at most this many more bytes to give the connection back to the
#: pool; a server that sends more has the connection closed instead.
DRAIN_LIMIT = 64 * 1024
#: ... for at most this many seconds.
DRAIN_SECONDS = 1.0

#: (event name or None, data) of one dispatched event.
ServerEvent = tuple[str | None, bytes]


class Enveloped(Generic[T]):
    """An event parser that validates ``prefix + data + suffix`` in one call.

    ``Enveloped(CompletionEvent, b'{"data":', b"}")`` turns one ``data`` payload into the
    contract's event model (the chunk inside its envelope) with a single validation pass of
    the pydantic ``model``. Its validator is asked for on the first event (so a model built
    on first use is not built by a program that never streams). The iterators recognise an
    ``Enveloped``: the decoder wraps each event's data as it cuts it out, and the iterator
    calls :attr:`validate` directly (no tuple per event, no parser call in between).
    """

    __slots__ = ("_validate", "model", "prefix", "suffix")

    def __init__(self, model: type[T], prefix: bytes, suffix: bytes) -> None:
        self.model = model
        self._validate: Callable[[bytes], T] | None = None
        self.prefix = prefix
        self.suffix = suffix

    @property
    def validate(self) -> Callable[[bytes], T]:
        """Validates one wrapped event (JSON bytes) into ``model``."""
        if self._validate is None:
            validator: Any = getattr(self.model, "__pydantic_validator__")  # noqa: B009
            self._validate = validator.validate_json
        return self._validate

    def __call__(self, data: bytes) -> T:
        return self.validate(self.prefix + data + self.suffix)


class SSEDecoder:
    """Feed it byte chunks; it returns the events each chunk completes.

    Events are found by splitting on blank lines (``\n\n``) with bytes methods; a
    single-line ``data:`` event (what the API sends) costs one slice, and the envelope
    (``prefix``/``suffix``) its parser validates it in, if any. Other blocks are parsed line
    by line. ``\r\n`` and lone ``\r`` line ends are turned into ``\n`` first, holding
    back a final ``\r`` whose ``\n`` may start the next chunk.
    """

    __slots__ = ("_pending", "_prefix", "_suffix")

    def __init__(self, prefix: bytes = b"", suffix: bytes = b"") -> None:
        self._pending: list[bytes] = []
        self._prefix = prefix
        self._suffix = suffix

    def feed(self, chunk: bytes) -> list[ServerEvent]:
        """Consume a chunk; return the events completed by it, in order."""
        return [
            (None, e[len(self._prefix) : len(e) - len(self._suffix)]) if e.__class__ is bytes else e  # type: ignore[misc]
            for e in self.feed_data(chunk)
        ]

    def feed_data(self, chunk: bytes) -> list[bytes | ServerEvent]:
        """Like :meth:`feed`, but an unnamed event is its ``prefix + data + suffix`` alone."""
        pending = self._pending
        if pending:
            pending.append(chunk)
            if b"\n" not in chunk and b"\r" not in chunk:
                return []
            chunk = b"".join(pending)
            pending.clear()
        tail = b""
        if b"\r" in chunk:
            if chunk.endswith(b"\r"):
                chunk, tail = chunk[:-1], b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        blocks = chunk.split(b"\n\n")
        rest = blocks.pop() + tail
        if rest:
            pending.append(rest)
        prefix, suffix = self._prefix, self._suffix
        # The hot path: a single-line ``data:`` event is one slice and its envelope, in a
        # comprehension (no tuple, no call); other blocks are parsed line by line.
        events: list[bytes | ServerEvent | None] = [
            prefix + block[6:] + suffix
            if block[:6] == b"data: " and b"\n" not in block
            else self._other(block)
            for block in blocks
            if block
        ]
        if None in events:
            return [event for event in events if event is not None]
        return events  # type: ignore[return-value]  # no None left

    def _other(self, block: bytes) -> bytes | ServerEvent | None:
        event = _parse_block(block)
        if event is None or event[0] is not None:
            return event
        return self._prefix + event[1] + self._suffix

    def flush(self) -> list[ServerEvent]:
        """End of stream: an unterminated last event still counts."""
        block = b"".join(self._pending).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        self._pending.clear()
        events: list[ServerEvent] = []
        for part in block.split(b"\n\n"):
            event = _parse_block(part) if part else None
            if event is not None:
                events.append(event)
        return events


def _parse_block(block: bytes) -> ServerEvent | None:
    """One event's lines (no blank line inside): its name and joined ``data``, if any."""
    data: list[bytes] = []
    name: str | None = None
    for line in block.split(b"\n"):
        field, sep, value = line.partition(b":")
        if not field:
            continue  # a comment line (servers send them as keep-alives), or an empty line
        if sep and value.startswith(b" "):
            value = value[1:]
        if field == b"data":
            data.append(value)
        elif field == b"event":
            name = value.decode("utf-8", "replace")
        # "id" and "retry" serve reconnection, which a completion stream never does.
    if not data:
        return None
    return name, b"\n".join(data)


class _StreamBase(Generic[T]):
    def __init__(self, response: httpx.Response, decode: Callable[[bytes], T]) -> None:
        self.response = response
        self._decode = decode
        self._started = False
        self._envelope = (0, 0)

    def _start(self) -> None:
        # A stream is read once: a second reader would find the response consumed or closed
        # and report a misleading connection error.
        if self._started:
            raise RuntimeError("this event stream was already iterated; a stream is read once")
        self._started = True

    def _not_a_stream(self) -> bool:
        """The server answered with a body that says it is something else (a JSON page)."""
        kind = self.response.headers.get("content-type", "")
        return bool(kind) and not kind.lower().startswith("text/event-stream")

    def _wrong_kind(self, body: bytes) -> ResponseValidationError:
        kind = self.response.headers.get("content-type", "")
        cause = ValueError(f"expected text/event-stream, got {kind}")
        return ResponseValidationError(
            "the response is not an event stream", self.response, cause, body[:DRAIN_LIMIT]
        )

    def _decoder(self) -> tuple[SSEDecoder, Callable[[bytes], T], bytes]:
        """The decoder for this stream, what validates one of its unnamed events, and how
        ``[DONE]`` looks among them (wrapped in the parser's envelope, if it has one)."""
        decode = self._decode
        if isinstance(decode, Enveloped):
            self._envelope = (len(decode.prefix), len(decode.suffix))
            decoder = SSEDecoder(decode.prefix, decode.suffix)
            return decoder, decode.validate, decode.prefix + DONE + decode.suffix
        return SSEDecoder(), decode, DONE

    def _item(self, name: str | None, data: bytes) -> T:
        """Decode one event (the iterators inline the common case: unnamed, valid)."""
        if name == "error":
            raise SDKError("the stream reported an error", self.response, body=_text(data))
        try:
            return self._decode(data)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ResponseValidationError(
                "a streamed event does not match the expected model", self.response, exc, data
            ) from exc

    def _invalid(self, exc: ValueError, event: bytes) -> ResponseValidationError:
        """The error for an unnamed event (as the decoder gave it: in its envelope)."""
        head, tail = self._envelope
        data = event[head : len(event) - tail]
        return ResponseValidationError(
            "a streamed event does not match the expected model", self.response, exc, data
        )


class EventStream(_StreamBase[T]):
    """The events of a streamed completion; iterate it, ideally inside ``with``."""

    _iterator: Iterator[T] | None = None

    def __iter__(self) -> Iterator[T]:
        return self._events()

    def __next__(self) -> T:
        if self._iterator is None:
            self._iterator = self._events()
        return next(self._iterator)

    def _events(self) -> Iterator[T]:
        self._start()
        decoder, validate, done = self._decoder()
        chunks = _reraise(self.response.iter_bytes())
        try:
            if self._not_a_stream():
                raise self._wrong_kind(_head(chunks))
            for chunk in chunks:
                for event in decoder.feed_data(chunk):
                    if event.__class__ is bytes and event != done:
                        try:  # the hot path, inlined: an unnamed event, one validation
                            item = validate(event)
                        except ValueError as exc:
                            raise self._invalid(exc, event) from exc
                        yield item
                    elif event == done or event[1] == DONE:
                        _drain(self.response, chunks)
                        return
                    else:
                        yield self._item(*event)
            for name, data in decoder.flush():
                if data == DONE:
                    return
                yield self._item(name, data)
        finally:
            self.response.close()

    def close(self) -> None:
        """Close the response; iteration stops."""
        self.response.close()

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class EventStreamAsync(_StreamBase[T]):
    """The events of a streamed completion, for ``async for``, ideally inside ``async with``."""

    _iterator: AsyncIterator[T] | None = None

    def __aiter__(self) -> AsyncIterator[T]:
        return self._events()

    async def __anext__(self) -> T:
        if self._iterator is None:
            self._iterator = self._events()
        return await self._iterator.__anext__()

    async def _events(self) -> AsyncIterator[T]:
        self._start()
        decoder, validate, done = self._decoder()
        chunks = _areraise(self.response.aiter_bytes())
        try:
            if self._not_a_stream():
                raise self._wrong_kind(await _ahead(chunks))
            async for chunk in chunks:
                for event in decoder.feed_data(chunk):
                    if event.__class__ is bytes and event != done:
                        try:  # the hot path, inlined: an unnamed event, one validation
                            item = validate(event)
                        except ValueError as exc:
                            raise self._invalid(exc, event) from exc
                        yield item
                    elif event == done or event[1] == DONE:
                        await _adrain(self.response, chunks)
                        return
                    else:
                        yield self._item(*event)
            for name, data in decoder.flush():
                if data == DONE:
                    return
                yield self._item(name, data)
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Close the response; iteration stops."""
        await self.response.aclose()

    async def __aenter__(self) -> EventStreamAsync[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _connection_error(exc: Exception) -> APIConnectionError:
    exc = as_httpx_error(exc)  # another library's (httpx2's) as httpx's
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"the stream was interrupted: {type(exc).__name__}: {exc}")


def _reraise(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The chunks; a connection lost mid-stream raises ours, never a bare httpx error."""
    try:
        yield from chunks
    except _http.ERRORS as exc:
        raise _connection_error(exc) from exc


async def _areraise(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    try:
        async for chunk in chunks:
            yield chunk
    except _http.ERRORS as exc:
        raise _connection_error(exc) from exc


def _head(chunks: Iterator[bytes]) -> bytes:
    """The first :data:`DRAIN_LIMIT` bytes of a body (for an error to carry)."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        parts.append(chunk)
        size += len(chunk)
        if size >= DRAIN_LIMIT:
            break
    return b"".join(parts)


async def _ahead(chunks: AsyncIterator[bytes]) -> bytes:
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        parts.append(chunk)
        size += len(chunk)
        if size >= DRAIN_LIMIT:
            break
    return b"".join(parts)


def _drain(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    """Read the rest of a finished HTTP/1.1 stream (bounded) so its connection can be reused.

    A blocking read cannot be given a new timeout mid-body, so a watchdog hangs up the socket
    if the rest has not come within :data:`DRAIN_SECONDS` (a server that sends ``[DONE]`` and
    then holds the response open): the read then ends at once and the connection is closed.
    """
    if response.http_version != "HTTP/1.1":
        return  # HTTP/2 closes just the stream; nothing to drain for the connection's sake
    watchdog = _watchdog(response)
    left = DRAIN_LIMIT
    try:
        for chunk in chunks:
            left -= len(chunk)
            if left < 0:
                return
    except MistralError:  # the server (or the watchdog) hung up: the connection is closed
        return
    finally:
        if watchdog is not None:
            watchdog.cancel()


def _watchdog(response: httpx.Response) -> threading.Timer | None:
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if not isinstance(sock, socket.socket):
        return None  # not a socket httpx reads with (a mock or custom transport): no wait

    def hang_up() -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(DRAIN_SECONDS, hang_up)
    timer.daemon = True
    timer.start()
    return timer


async def _adrain(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    import asyncio  # here, not at the top: sync-only programs never pay for it

    if response.http_version != "HTTP/1.1":
        return

    async def drain() -> None:
        left = DRAIN_LIMIT
        async for chunk in chunks:
            left -= len(chunk)
            if left < 0:
                return

    try:
        await asyncio.wait_for(drain(), DRAIN_SECONDS)
    except (MistralError, asyncio.TimeoutError):
        return


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")
