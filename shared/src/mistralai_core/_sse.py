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

The hot path, per network chunk: when every event it completes is a single ``data:`` line
(what the API sends), one ``split`` cuts them all out; then each event costs one pydantic
validation of its payload, and, for an :class:`Enveloped` parser, a new envelope instance
with that payload as its one attribute. Nothing else runs per event.
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

__all__ = [
    "DONE",
    "Enveloped",
    "EventStream",
    "EventStreamAsync",
    "SSEDecoder",
    "ServerEvent",
    "Tap",
]

T = TypeVar("T")
DONE = b"[DONE]"
#: After ``[DONE]``, read at most this many more bytes to give the connection back to the
#: pool; a server that sends more has the connection closed instead.
DRAIN_LIMIT = 64 * 1024
#: ... for at most this many seconds.
DRAIN_SECONDS = 1.0

#: (event name or None, data) of one dispatched event.
ServerEvent = tuple[str | None, bytes]


#: ``(validate, envelope model or None, its field)``: what the hot path inlines.
_Hot = tuple[Callable[[bytes], Any], Any, str]


class Enveloped(Generic[T]):
    """An event parser for an envelope model: one field holding each event's payload.

    ``Enveloped(CompletionEvent, "data", CompletionChunk)`` turns one SSE ``data`` payload (a
    completion chunk) into the contract's ``CompletionEvent``: the chunk is validated with one
    pydantic call and the envelope is built around it without a second validation pass (what
    validating the envelope would add is a model whose only field is the chunk just made).
    ``model`` should derive from :class:`~mistralai_core._models.EventEnvelope`, which fills
    pydantic's bookkeeping on first use. The chunk's validator is asked for on the first event
    (so a model built on first use is not built by a program that never streams). The
    iterators recognise an ``Enveloped`` and inline it on their hot path.
    """

    __slots__ = ("_validate", "field", "inner", "model")

    def __init__(self, model: type[T], field: str, inner: type[Any]) -> None:
        self.model = model
        self.field = field
        self.inner = inner
        self._validate: Callable[[bytes], Any] | None = None

    def parts(self) -> _Hot:
        """``(validate, model, field)``: what the iterators' hot path inlines; ``validate``
        turns one event's data (JSON bytes) into the payload model ``inner``."""
        if self._validate is None:
            validator: Any = getattr(self.inner, "__pydantic_validator__")  # noqa: B009
            self._validate = validator.validate_json
        return self._validate, self.model, self.field

    def wrap(self, payload: Any) -> T:
        """The envelope around an already validated ``payload``."""
        event: T = _new(self.model)
        _setattr(event, self.field, payload)  # its __dict__ is that one field
        return event

    def __call__(self, data: bytes) -> T:
        return self.wrap(self.parts()[0](data))


_new: Any = object.__new__
_setattr = object.__setattr__

#: What separates two single-line ``data:`` events inside a chunk of the hot path.
NEXT_DATA = b"\n\ndata: "


class SSEDecoder:
    """Feed it byte chunks; it returns the events each chunk completes.

    Events are found with bytes methods over the whole chunk, never byte by byte. When every
    event a chunk completes is a single ``data:`` line (what the API sends), they are cut out
    with one ``split`` (:meth:`feed_events` says so, and the iterators validate them without
    looking at each one's kind); other chunks are parsed block by block, line by line.
    ``\r\n`` and lone ``\r`` line ends are turned into ``\n`` first, holding back a final
    ``\r`` whose ``\n`` may start the next chunk.
    """

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending: list[bytes] = []

    def feed(self, chunk: bytes) -> list[ServerEvent]:
        """Consume a chunk; return the events completed by it, in order (``[DONE]`` too)."""
        events, _ = self._cut(chunk)
        return [(None, e) if e.__class__ is bytes else e for e in events]  # type: ignore[misc]

    def feed_events(self, chunk: bytes) -> tuple[list[bytes | ServerEvent], bool, bool]:
        """Consume a chunk: ``(events, plain, done)``.

        ``events`` are the events it completes up to ``data: [DONE]``, an unnamed event as its
        ``data`` (bytes) and a named one as ``(name, data)``; ``plain`` says all are unnamed;
        ``done`` that ``[DONE]`` came (what follows it is dropped).
        """
        events, plain = self._cut(chunk)
        if DONE in events:  # one C-level scan; only [DONE] itself compares equal
            return events[: events.index(DONE)], plain, True
        if not plain:
            for i, event in enumerate(events):
                if event.__class__ is tuple and event[1] == DONE:
                    return events[:i], False, True
        return events, plain, False

    def _cut(self, chunk: bytes) -> tuple[list[bytes | ServerEvent], bool]:
        pending = self._pending
        if pending:
            pending.append(chunk)
            if b"\n" not in chunk and b"\r" not in chunk:
                return [], True
            chunk = b"".join(pending)
            pending.clear()
        tail = b""
        if b"\r" in chunk:
            if chunk.endswith(b"\r"):
                chunk, tail = chunk[:-1], b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        end = chunk.rfind(b"\n\n")
        if end < 0:
            pending.append(chunk + tail)
            return [], True
        rest = chunk[end + 2 :] + tail
        if rest:
            pending.append(rest)
        # The hot path: cut at each blank line followed by "data: "; if no piece has a newline
        # left, every event was one "data: " line and the pieces are their data.
        if chunk[:6] == b"data: ":
            parts = chunk[6:end].split(NEXT_DATA)
            if b"\n" not in b"".join(parts):  # a copy and a memchr: cheaper than counting
                return parts, True  # type: ignore[return-value]
        return self._blocks(chunk[:end])

    @staticmethod
    def _blocks(body: bytes) -> tuple[list[bytes | ServerEvent], bool]:
        events: list[bytes | ServerEvent] = []
        plain = True
        for block in body.split(b"\n\n"):
            if block[:6] == b"data: " and b"\n" not in block:
                events.append(block[6:])
                continue
            event = _parse_block(block) if block else None
            if event is None:
                continue
            if event[0] is None:
                events.append(event[1])
            else:
                events.append(event)
                plain = False
        return events, plain

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


#: What a stream manager taps a stream with: called with each batch of events a network chunk
#: completes, before the first of them is yielded, as ``(events, iterator, plain, size)``: the
#: events and whether all are unnamed (see :meth:`SSEDecoder.feed_events`), the iterator the
#: stream yields them from (what it has not yielded yet is what is left in it) and the chunk's
#: size in bytes.
Tap = Callable[[list[bytes | ServerEvent], Iterator[bytes | ServerEvent], bool, int], None]


class _StreamBase(Generic[T]):
    #: Set by a stream manager to see each batch of events (see :data:`Tap`).
    _tap: Tap | None = None

    def __init__(self, response: httpx.Response, decode: Callable[[bytes], T]) -> None:
        self.response = response
        self._decode = decode
        self._started = False

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

    def _hot(self) -> _Hot:
        """``(validate, envelope model or None, field)`` for the hot path."""
        decode = self._decode
        if isinstance(decode, Enveloped):
            return decode.parts()
        return decode, None, ""

    def _batch(self, batch: Iterator[Any], plain: bool) -> Iterator[T]:
        """The items of a batch off the envelope's hot path (which the iterators inline):
        named events among them, or a parser of another kind."""
        if not plain:
            for event in batch:
                yield self._item(event)
            return
        decode = self._decode
        for data in batch:
            try:
                item = decode(data)
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                raise self._invalid(exc, data) from exc
            yield item

    def _item(self, event: bytes | ServerEvent) -> T:
        """Decode one event off the hot path: a named one, or one the decoder flushed."""
        name, data = (None, event) if isinstance(event, bytes) else event
        if name == "error":
            raise SDKError("the stream reported an error", self.response, body=_text(data))
        try:
            return self._decode(data)
        except ValueError as exc:
            raise self._invalid(exc, data) from exc

    def _invalid(self, exc: ValueError, data: bytes) -> ResponseValidationError:
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
        validate, model, field = self._hot()
        decoder = SSEDecoder()
        chunks = _reraise(self.response.iter_bytes())
        try:
            if self._not_a_stream():
                raise self._wrong_kind(_head(chunks))
            for chunk in chunks:
                events, plain, done = decoder.feed_events(chunk)
                if events:
                    batch: Iterator[Any] = iter(events)
                    if self._tap is not None:
                        self._tap(events, batch, plain, len(chunk))
                    if plain and model is not None:  # the hot path: one validation an event
                        for data in batch:
                            try:
                                payload = validate(data)
                            except ValueError as exc:
                                raise self._invalid(exc, data) from exc
                            item = _new(model)
                            _setattr(item, field, payload)
                            yield item
                    else:
                        yield from self._batch(batch, plain)
                if done:
                    _drain(self.response, chunks)
                    return
            for event in decoder.flush():
                if event[1] == DONE:
                    return
                yield self._item(event)
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
        validate, model, field = self._hot()
        decoder = SSEDecoder()
        chunks = _areraise(self.response.aiter_bytes())
        try:
            if self._not_a_stream():
                raise self._wrong_kind(await _ahead(chunks))
            async for chunk in chunks:
                events, plain, done = decoder.feed_events(chunk)
                if events:
                    batch: Iterator[Any] = iter(events)
                    if self._tap is not None:
                        self._tap(events, batch, plain, len(chunk))
                    if plain and model is not None:  # EventStream's loop: a shared generator
                        # would cost an async generator one more step per event
                        for data in batch:
                            try:
                                payload = validate(data)
                            except ValueError as exc:
                                raise self._invalid(exc, data) from exc
                            item = _new(model)
                            _setattr(item, field, payload)
                            yield item
                    else:
                        for item in self._batch(batch, plain):
                            yield item
                if done:
                    await _adrain(self.response, chunks)
                    return
            for event in decoder.flush():
                if event[1] == DONE:
                    return
                yield self._item(event)
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
