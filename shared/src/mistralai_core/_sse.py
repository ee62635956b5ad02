"""Server-sent events: a sans-I/O decoder and two thin iterators over an httpx response.

The decoder works on bytes, so an event may be split anywhere across network chunks (inside
a multi-byte UTF-8 character too) and lines are found with ``bytes.split`` rather than byte by
byte. It follows the SSE rules the API relies on: ``\\n`` or ``\\r\\n`` line ends, comment
lines (``:``), multi-line ``data:`` joined with ``\\n``, an event dispatched at a blank line.
The iterators stop at ``data: [DONE]`` and close the response when they end, on ``break``,
on error, and when used as context managers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError, ResponseValidationError, SDKError

__all__ = ["DONE", "EventStream", "EventStreamAsync", "SSEDecoder", "ServerEvent"]

T = TypeVar("T")
DONE = b"[DONE]"

#: (event name or None, data) of one dispatched event.
ServerEvent = tuple[str | None, bytes]


class SSEDecoder:
    """Feed it byte chunks; it returns the events each chunk completes."""

    __slots__ = ("_pending", "_data", "_event")

    def __init__(self) -> None:
        self._pending: list[bytes] = []
        self._data: bytes | None = None
        self._event: str | None = None

    def feed(self, chunk: bytes) -> list[ServerEvent]:
        """Consume a chunk; return the events completed by it, in order."""
        if b"\n" not in chunk:
            if chunk:
                self._pending.append(chunk)
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending.clear()
        lines = chunk.split(b"\n")
        rest = lines.pop()
        if rest:
            self._pending.append(rest)
        events: list[ServerEvent] = []
        for line in lines:
            self._line(line, events)
        return events

    def flush(self) -> list[ServerEvent]:
        """End of stream: an unterminated last line or event still counts."""
        events: list[ServerEvent] = []
        if self._pending:
            line = b"".join(self._pending)
            self._pending.clear()
            self._line(line, events)
        self._line(b"", events)
        return events

    def _line(self, line: bytes, events: list[ServerEvent]) -> None:
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            if self._data is not None:
                events.append((self._event, self._data))
            self._data = None
            self._event = None
            return
        name, sep, value = line.partition(b":")
        if not name:
            return  # a comment line, used by servers as a keep-alive
        if sep and value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            self._data = value if self._data is None else self._data + b"\n" + value
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
        # "id" and "retry" serve reconnection, which a completion stream never does.


class _StreamBase(Generic[T]):
    def __init__(self, response: httpx.Response, decode: Callable[[bytes], T]) -> None:
        self.response = response
        self._decode = decode

    def _event(self, event: ServerEvent) -> T:
        name, data = event
        if name == "error":
            raise SDKError("the stream reported an error", self.response, body=_text(data))
        try:
            return self._decode(data)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ResponseValidationError(
                "a streamed event does not match the expected model", self.response, exc
            ) from exc


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
        decoder = SSEDecoder()
        try:
            for chunk in _reraise(self.response.iter_bytes()):
                for event in decoder.feed(chunk):
                    if event[1] == DONE:
                        return
                    yield self._event(event)
            for event in decoder.flush():
                if event[1] == DONE:
                    return
                yield self._event(event)
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
        decoder = SSEDecoder()
        try:
            async for chunk in _areraise(self.response.aiter_bytes()):
                for event in decoder.feed(chunk):
                    if event[1] == DONE:
                        return
                    yield self._event(event)
            for event in decoder.flush():
                if event[1] == DONE:
                    return
                yield self._event(event)
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


def _connection_error(exc: httpx.HTTPError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"the stream was interrupted: {type(exc).__name__}: {exc}")


def _reraise(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The chunks; a connection lost mid-stream raises ours, never a bare httpx error."""
    try:
        yield from chunks
    except httpx.HTTPError as exc:
        raise _connection_error(exc) from exc


async def _areraise(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    try:
        async for chunk in chunks:
            yield chunk
    except httpx.HTTPError as exc:
        raise _connection_error(exc) from exc


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")
