"""Stream managers: a stream that also gives its text, typed events and the final result.

``with client.chat.stream(...) as stream`` still yields the raw events; the stream also has

* ``text_stream``: the content of choice 0 as ``str`` pieces;
* ``events()``: typed events (:class:`TextDelta`, :class:`ThinkingDelta`,
  :class:`ToolCallArgumentsDelta`, then one :class:`Done` carrying the final result);
* ``until_done()``, and ``get_final_completion()``: the result assembled from the deltas.

All the knowledge of a stream's events lives in an :class:`Adapter` (one per stream, fed
each raw event, asked for the final result at the end); the two stream classes only read.
An operation gets a manager by declaring its adapter on its stream endpoint::

    adapter = CompletionAdapter.of(ChatCompletionResponse)
    stream = SyncManagedStreamEndpoint(CHAT_STREAM, chat, adapter)

A conversation or transcription stream gets the same API by writing an ``Adapter`` subclass
for its events (``feed`` returning :class:`TextDelta` for text, ``final`` the response) and
declaring it the same way. Plain iteration stays as cheap as a raw stream's: the events it
reads are kept as bytes and fed to the adapter only when something is asked of it (``absorb``:
no typed event objects, text pieces joined only when asked for).

The completion adapter merges tool calls by ``index``: ``id``, ``type`` and
``function.name`` come from the first fragment that has them non-empty (later fragments may
repeat them, or send ``""`` or ``"null"``); ``function.arguments`` are concatenated in order.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import length_hint
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._errors import ResponseValidationError
from ._ids import set_request_id
from ._managed import AsyncManagedStreamEndpoint as AsyncManagedStreamEndpoint
from ._managed import StreamManager as StreamManager
from ._managed import SyncManagedStreamEndpoint as SyncManagedStreamEndpoint
from ._managed import managed as managed
from ._sse import NEXT_DATA, EventStream, EventStreamAsync

if TYPE_CHECKING:
    from typing_extensions import ParamSpec, Self

    P = ParamSpec("P")
else:
    from typing import ParamSpec

    P = ParamSpec("P")

__all__ = [
    "Adapter",
    "AsyncManagedStreamEndpoint",
    "CompletionAdapter",
    "ConversationAdapter",
    "Done",
    "ManagedStream",
    "ManagedStreamAsync",
    "StreamManager",
    "SyncManagedStreamEndpoint",
    "TextDelta",
    "ThinkingDelta",
    "ToolCallArgumentsDelta",
    "TranscriptionAdapter",
]

E = TypeVar("E")
Ev = TypeVar("Ev")
F = TypeVar("F")
R = TypeVar("R")  # a result type chosen where an adapter factory is declared
_UNSET: Any = object()

# -- typed events -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of a choice's text; ``snapshot`` is the text so far."""

    type: ClassVar[str] = "text.delta"
    index: int
    delta: str
    snapshot: str


@dataclass(frozen=True, slots=True)
class ThinkingDelta:
    """A piece of a choice's reasoning (``thinking`` content chunks)."""

    type: ClassVar[str] = "thinking.delta"
    index: int
    delta: str
    snapshot: str


@dataclass(frozen=True, slots=True)
class ToolCallArgumentsDelta:
    """A fragment of a tool call's ``function.arguments``; ``snapshot`` is the JSON so far."""

    type: ClassVar[str] = "tool_call.arguments.delta"
    index: int
    tool_index: int
    id: str | None
    name: str | None
    delta: str
    snapshot: str


@dataclass(frozen=True, slots=True)
class Done(Generic[F]):
    """The last typed event: the stream's final result (``get_final_completion()``)."""

    type: ClassVar[str] = "done"
    completion: F


#: The typed events of a completion stream.
CompletionStreamEvent = TextDelta | ThinkingDelta | ToolCallArgumentsDelta


# -- adapters -----------------------------------------------------------------------------


class Adapter(Generic[E, Ev, F]):
    """One stream's state: fed each raw event, asked for the final result at the end."""

    #: The ``TextDelta.index`` whose pieces ``text_stream`` yields (``None``: every index).
    text_index: ClassVar[int | None] = 0

    def feed(self, event: E) -> Sequence[Ev]:
        """Take in one raw event; return its typed events (often none)."""
        raise NotImplementedError

    def absorb(self, event: E) -> None:
        """Take in one raw event read by plain iteration (no typed events wanted): an
        adapter may do less here (the completion adapter builds no event objects)."""
        self.feed(event)

    def final(self, stream: Any) -> F:
        """The result assembled from every event fed (``stream``: for errors to carry)."""
        raise NotImplementedError


@dataclass(slots=True)
class _ToolCallState:
    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: list[str] = field(default_factory=list)
    whole: Any = None  # arguments sent as an object rather than JSON text


@dataclass(slots=True)
class _Text:
    """Pieces of text, joined only when a snapshot is asked for (each piece joined once)."""

    pieces: list[str] = field(default_factory=list)
    joined: str = ""
    count: int = 0

    def snapshot(self) -> str:
        if self.count != len(self.pieces):
            self.joined += "".join(self.pieces[self.count :])
            self.count = len(self.pieces)
        return self.joined


@dataclass(slots=True)
class _ChoiceState:
    role: str | None = None
    #: Once content came as a list of chunks (``chunked``): the pieces in order, (kind, text)
    #: for text and thinking, (None, chunk) otherwise. Plain string content needs only
    #: ``text``.
    parts: list[tuple[str | None, Any]] = field(default_factory=list)
    chunked: bool = False
    text: _Text = field(default_factory=_Text)
    thinking: _Text = field(default_factory=_Text)
    tool_calls: dict[int, _ToolCallState] = field(default_factory=dict)
    finish_reason: str | None = None


def _get(value: Any, key: str) -> Any:
    """A field of a dict or a model (``UnknownVariant`` keeps unknown chunks' fields)."""
    if isinstance(value, dict):
        return value.get(key)
    return getattr(value, key, None)


def _given(value: Any) -> str | None:
    """A tool call's ``id`` / ``type`` / ``name`` if it carries one (not ``""``/``"null"``)."""
    return value if isinstance(value, str) and value not in ("", "null") else None


def _thinking_text(chunk: Any) -> str:
    inner = _get(chunk, "thinking")
    if isinstance(inner, str):
        return inner
    return "".join(str(_get(part, "text") or "") for part in inner or ())


def _plain(chunk: Any) -> Any:
    dump = getattr(chunk, "model_dump", None)
    return dump(mode="json", by_alias=True, exclude_unset=True) if dump else chunk


class CompletionAdapter(Adapter[Any, CompletionStreamEvent, F]):
    """Completion chunks (chat, FIM, agents) -> the completion response ``model``."""

    def __init__(self, model: type[F]) -> None:
        self.model = model
        self.head: dict[str, Any] = {}
        self.usage: Any = None
        self.choices: dict[int, _ChoiceState] = {}

    @staticmethod
    def of(model: type[R]) -> Callable[[], CompletionAdapter[R]]:
        """The adapter factory an endpoint declares: one adapter per stream."""
        return lambda: CompletionAdapter(model)

    def feed(self, event: Any) -> list[CompletionStreamEvent]:
        out: list[CompletionStreamEvent] = []
        self._step(event, out)
        return out

    def absorb(self, event: Any) -> None:
        # The common event, fast: one choice already seen, a text piece, nothing else.
        try:
            chunk = event.data
        except AttributeError:  # a bare chunk
            chunk = event
        choices = chunk.choices
        if len(choices) == 1 and chunk.usage is None:
            choice = choices[0]
            delta = choice.delta
            content = delta.content
            state = self.choices.get(choice.index)
            if (
                type(content) is str
                and state is not None
                and not state.chunked
                and choice.finish_reason is None
                and not delta.tool_calls
                and (delta.role is None or delta.role == state.role)
            ):
                if content:
                    state.text.pieces.append(content)
                return
        self._step(event, None)

    def _step(self, event: Any, out: list[CompletionStreamEvent] | None) -> None:
        """Update the state with ``event``; append its typed events to ``out`` if given."""
        chunk = getattr(event, "data", event)  # a CompletionEvent, or a bare chunk
        if not self.head:
            self.head = {
                "id": chunk.id,
                "object": (chunk.object or "chat.completion").removesuffix(".chunk"),
                "model": chunk.model,
                "created": chunk.created,
            }
        if chunk.usage is not None:
            self.usage = chunk.usage
        for choice in chunk.choices:
            state = self.choices.get(choice.index)
            if state is None:
                state = self.choices[choice.index] = _ChoiceState()
            delta = choice.delta
            if delta.role:
                state.role = delta.role
            content = delta.content
            if isinstance(content, str):
                if content:
                    self._text(state, choice.index, "text", content, out)
            elif content:
                if not state.chunked:  # from now on the order of kinds matters
                    state.chunked = True
                    so_far = state.text.snapshot()
                    if so_far:
                        state.parts.append(("text", so_far))
                for part in content:
                    kind = _get(part, "type")
                    if kind == "text":
                        text = str(_get(part, "text") or "")
                        if text:
                            self._text(state, choice.index, "text", text, out)
                    elif kind == "thinking":
                        text = _thinking_text(part)
                        if text:
                            self._text(state, choice.index, "thinking", text, out)
                    else:
                        state.parts.append((None, _plain(part)))
            if delta.tool_calls:
                for call in delta.tool_calls:
                    self._tool_call(state, choice.index, call, out)
            if choice.finish_reason is not None:
                state.finish_reason = choice.finish_reason

    @staticmethod
    def _text(
        state: _ChoiceState,
        index: int,
        kind: str,
        text: str,
        out: list[CompletionStreamEvent] | None,
    ) -> None:
        if state.chunked:
            state.parts.append((kind, text))
        pieces = state.text if kind == "text" else state.thinking
        pieces.pieces.append(text)
        if out is not None:
            cls = TextDelta if kind == "text" else ThinkingDelta
            out.append(cls(index, text, pieces.snapshot()))

    @staticmethod
    def _tool_call(
        state: _ChoiceState, index: int, call: Any, out: list[CompletionStreamEvent] | None
    ) -> None:
        position = call.index if call.index is not None else 0
        merged = state.tool_calls.get(position)
        if merged is None:
            merged = state.tool_calls[position] = _ToolCallState()
        merged.id = merged.id or _given(call.id)
        merged.type = merged.type or _given(call.type)
        function = call.function
        merged.name = merged.name or _given(function.name)
        arguments = function.arguments
        if not isinstance(arguments, str):
            merged.whole = arguments
        elif arguments:
            merged.arguments.append(arguments)
            if out is not None:
                snapshot = "".join(merged.arguments)
                out.append(
                    ToolCallArgumentsDelta(
                        index, position, merged.id, merged.name, arguments, snapshot
                    )
                )

    def body(self) -> dict[str, Any]:
        """The assembled response, as the JSON a whole (unstreamed) answer would be."""
        choices = []
        for index in sorted(self.choices):
            state = self.choices[index]
            message: dict[str, Any] = {"role": state.role or "assistant"}
            message["content"] = _content(state) if state.chunked else state.text.snapshot()
            if state.tool_calls:
                message["tool_calls"] = [
                    _tool_call_body(position, state.tool_calls[position])
                    for position in sorted(state.tool_calls)
                ]
            choices.append(
                {"index": index, "message": message, "finish_reason": state.finish_reason}
            )
        body = {k: v for k, v in self.head.items() if v is not None}
        if self.usage is not None:
            body["usage"] = _plain(self.usage)
        body["choices"] = choices
        return body

    def final(self, stream: Any) -> F:
        return _validated(self.model, self.body(), stream)


def _content(state: _ChoiceState) -> list[Any]:
    """Content chunks with neighbouring text (and thinking) pieces joined."""
    return _content_parts(state.parts)


def _content_parts(parts: Sequence[tuple[str | None, Any]]) -> list[Any]:
    """``(kind, value)`` pieces as content chunks, neighbouring text (and thinking) joined."""
    chunks: list[Any] = []
    for kind, value in parts:
        last = chunks[-1] if chunks else None
        if kind == "text":
            if isinstance(last, dict) and last.get("type") == "text" and "_open" in last:
                last["text"] += value
            else:
                chunks.append({"type": "text", "text": value, "_open": True})
        elif kind == "thinking":
            if isinstance(last, dict) and last.get("type") == "thinking" and "_open" in last:
                last["thinking"][0]["text"] += value
            else:
                chunks.append(
                    {"type": "thinking", "thinking": [{"type": "text", "text": value}], "_open": 1}
                )
        else:
            chunks.append(value)
    for chunk in chunks:
        if isinstance(chunk, dict):
            chunk.pop("_open", None)
    return chunks


def _tool_call_body(position: int, state: _ToolCallState) -> dict[str, Any]:
    arguments: Any = "".join(state.arguments)
    if state.whole is not None:
        arguments = state.whole if not arguments else arguments + json.dumps(state.whole)
    return {
        "id": state.id or "null",
        "type": state.type or "function",
        "function": {"name": state.name or "", "arguments": arguments},
        "index": position,
    }


def _validated(model: type[F], body: dict[str, Any], stream: Any) -> F:
    """``body`` as ``model``; a body that does not validate is a ResponseValidationError."""
    try:
        return model.model_validate(body)  # type: ignore[attr-defined,no-any-return]
    except ValueError as exc:
        raise ResponseValidationError(
            "the streamed events do not add up to a complete response (did it end early?)",
            stream.response,
            exc,
            json.dumps(body, default=str).encode(),
        ) from exc


@dataclass(slots=True)
class _OutputState:
    """One output entry of a conversation stream, assembled from its deltas."""

    kind: str
    head: dict[str, Any]
    text: _Text = field(default_factory=_Text)
    parts: list[tuple[str | None, Any]] = field(default_factory=list)
    chunked: bool = False
    arguments: list[str] = field(default_factory=list)


#: The typed events of a conversation stream.
ConversationStreamEvent = TextDelta | ToolCallArgumentsDelta


class ConversationAdapter(Adapter[Any, ConversationStreamEvent, F]):
    """Conversation events -> the ``ConversationResponse`` ``model``.

    ``conversation.response.started`` gives the conversation id, ``message.output.delta``
    the text of a message output (joined per ``output_index``), ``function.call.delta`` a
    function call (its ``arguments`` concatenated), ``conversation.response.done`` the usage.
    ``TextDelta.index`` and ``ToolCallArgumentsDelta.index`` are the ``output_index``;
    ``text_stream`` yields the text of every message output.
    """

    text_index: ClassVar[int | None] = None

    def __init__(self, model: type[F]) -> None:
        self.model = model
        self.conversation_id: str | None = None
        self.usage: Any = None
        self.outputs: dict[int, _OutputState] = {}

    @staticmethod
    def of(model: type[R]) -> Callable[[], ConversationAdapter[R]]:
        """The adapter factory an endpoint declares: one adapter per stream."""
        return lambda: ConversationAdapter(model)

    def feed(self, event: Any) -> list[ConversationStreamEvent]:
        out: list[ConversationStreamEvent] = []
        self._step(event, out)
        return out

    def absorb(self, event: Any) -> None:
        self._step(event, None)  # no typed events, no snapshots

    def _step(self, event: Any, out: list[ConversationStreamEvent] | None) -> None:
        """Update the state with ``event``; append its typed events to ``out`` if given."""
        data = getattr(event, "data", event)
        kind = _get(data, "type")
        if kind == "message.output.delta":
            self._message(data, out)
        elif kind == "function.call.delta":
            self._function_call(data, out)
        elif kind == "conversation.response.started":
            self.conversation_id = _get(data, "conversation_id")
        elif kind == "conversation.response.done":
            self.usage = _get(data, "usage")

    def _output(self, data: Any, kind: str, *fields: str) -> tuple[int, _OutputState]:
        index = _get(data, "output_index") or 0
        state = self.outputs.get(index)
        if state is None:
            keys = ("id", "created_at", "model", "agent_id", *fields)
            head = {k: v for k in keys if (v := _get(data, k)) is not None}
            state = self.outputs[index] = _OutputState(kind, head)
        return index, state

    def _message(self, data: Any, out: list[ConversationStreamEvent] | None) -> None:
        index, state = self._output(data, "message.output", "role")
        content = _get(data, "content")
        if isinstance(content, str):
            text = content
        elif _get(content, "type") == "text":
            text = str(_get(content, "text") or "")
        else:  # another chunk (a tool reference, ...): kept in its place
            if not state.chunked:
                state.chunked = True
                so_far = state.text.snapshot()
                if so_far:
                    state.parts.append(("text", so_far))
            state.parts.append((None, _plain(content)))
            return
        if not text:
            return
        if state.chunked:
            state.parts.append(("text", text))
        state.text.pieces.append(text)
        if out is not None:
            out.append(TextDelta(index, text, state.text.snapshot()))

    def _function_call(self, data: Any, out: list[ConversationStreamEvent] | None) -> None:
        index, state = self._output(data, "function.call", "name", "tool_call_id")
        for key in ("name", "tool_call_id"):  # the first fragment that carries them
            if not _given(state.head.get(key)) and _given(_get(data, key)):
                state.head[key] = _get(data, key)
        arguments = _get(data, "arguments")
        if isinstance(arguments, str) and arguments:
            state.arguments.append(arguments)
            if out is None:
                return
            snapshot = "".join(state.arguments)
            out.append(
                ToolCallArgumentsDelta(
                    index,
                    index,
                    state.head.get("tool_call_id"),
                    state.head.get("name"),
                    arguments,
                    snapshot,
                )
            )

    def body(self) -> dict[str, Any]:
        """The assembled response, as the JSON a whole (unstreamed) answer would be."""
        outputs: list[dict[str, Any]] = []
        for index in sorted(self.outputs):
            state = self.outputs[index]
            entry: dict[str, Any] = {"type": state.kind, **state.head}
            if state.kind == "message.output":
                entry.setdefault("role", "assistant")
                entry["content"] = (
                    _content_parts(state.parts) if state.chunked else state.text.snapshot()
                )
            else:
                entry["arguments"] = "".join(state.arguments)
            outputs.append(entry)
        body: dict[str, Any] = {"outputs": outputs}
        if self.conversation_id is not None:
            body["conversation_id"] = self.conversation_id
        if self.usage is not None:
            body["usage"] = _plain(self.usage)
        return body

    def final(self, stream: Any) -> F:
        return _validated(self.model, self.body(), stream)


class TranscriptionAdapter(Adapter[Any, TextDelta, F]):
    """Transcription events -> the ``TranscriptionResponse`` ``model``.

    ``text_stream`` yields the ``transcription.text.delta`` pieces; the final result is the
    ``transcription.done`` event's fields (else assembled from the deltas and segments, which
    validates only if the service sent what the response requires).
    """

    def __init__(self, model: type[F]) -> None:
        self.model = model
        self.text = _Text()
        self.segments: list[Any] = []
        self.language: Any = None
        self.done: dict[str, Any] | None = None

    @staticmethod
    def of(model: type[R]) -> Callable[[], TranscriptionAdapter[R]]:
        """The adapter factory an endpoint declares: one adapter per stream."""
        return lambda: TranscriptionAdapter(model)

    def feed(self, event: Any) -> list[TextDelta]:
        data = getattr(event, "data", event)
        kind = _get(data, "type")
        if kind == "transcription.text.delta":
            text = str(_get(data, "text") or "")
            if text:
                self.text.pieces.append(text)
                return [TextDelta(0, text, self.text.snapshot())]
        elif kind == "transcription.segment":
            segment = _plain(data)
            if isinstance(segment, dict):
                segment = {k: v for k, v in segment.items() if k != "type"}
            self.segments.append(segment)
        elif kind == "transcription.language":
            self.language = _get(data, "audio_language")
        elif kind == "transcription.done":
            done = _plain(data)
            if isinstance(done, dict):
                self.done = {k: v for k, v in done.items() if k != "type"}
        return []

    def body(self) -> dict[str, Any]:
        """The ``transcription.done`` fields, or what the other events add up to."""
        if self.done is not None:
            return dict(self.done)
        return {
            "text": self.text.snapshot().strip(),
            "segments": self.segments,
            "language": self.language,
        }

    def final(self, stream: Any) -> F:
        return _validated(self.model, self.body(), stream)


# -- the streams --------------------------------------------------------------------------

#: Past this many bytes of events kept for the final result, a stream read by plain iteration
#: feeds what it kept to its adapter, so its memory stays bounded however long it runs.
KEEP_LIMIT = 64 * 1024 * 1024


class _Kept:
    """The events plain iteration has read, kept as the bytes they came in until the adapter
    is asked for something (a typed event, text, the final result).

    Plain iteration is the stream's own hot path (one validation call per event); the raw
    stream hands each batch of events to :meth:`tap` before yielding any, with the iterator it
    yields them from, so what was read of a batch is what that iterator has given. A batch of
    unnamed events is kept as one bytes object (its events joined as they came), so the
    events themselves are freed as usual. Catching up decodes the events read so far again
    and feeds them to the adapter, in order; from then on (``live``) the adapter is fed event
    by event.
    """

    __slots__ = ("adapter", "batches", "live", "size", "stream")

    def __init__(self, stream: Any, adapter: Adapter[Any, Any, Any]) -> None:
        self.stream = stream
        self.adapter = adapter
        #: (the events, or a plain batch's events joined; how many; the stream's iterator)
        self.batches: list[tuple[list[Any] | bytes, int, Iterator[Any]]] = []
        self.size = 0
        self.live = False

    def tap(self, events: list[Any], batch: Iterator[Any], plain: bool, size: int) -> None:
        if self.live:
            return
        if self.size > KEEP_LIMIT:
            self.catch_up()  # every kept batch was read to its end: a new one has come
        self.batches.append((NEXT_DATA.join(events) if plain else events, len(events), batch))
        self.size += size

    def catch_up(self) -> None:
        """Feed the adapter every kept event that was read."""
        absorb, item = self.adapter.absorb, self.stream._item
        for kept, count, batch in self.batches:
            events = kept.split(NEXT_DATA) if isinstance(kept, bytes) else kept
            for event in events[: count - length_hint(batch)]:
                absorb(item(event))
        self.batches.clear()
        self.size = 0

    def go_live(self) -> None:
        """Catch up, then stop keeping: the adapter is fed event by event from now on."""
        if not self.live:
            self.catch_up()
            self.live = True


class ManagedStream(EventStream[E], Generic[E, Ev, F]):
    """An :class:`EventStream` (iterate it for the raw events) with a manager's extras.

    Iterating it is as cheap as iterating the raw stream: the events read are kept as bytes
    (bounded: :data:`KEEP_LIMIT`) and assembled only if ``get_final_completion()``,
    ``until_done()``, ``events()`` or ``text_stream`` is used afterwards.
    """

    def __init__(self, inner: EventStream[E], adapter: Adapter[E, Ev, F]) -> None:
        super().__init__(inner.response, inner._decode)
        self._inner = inner
        self._adapter = adapter
        self._kept = _Kept(inner, adapter)
        inner._tap = self._kept.tap
        self._source: Iterator[E] | None = None
        self._final: Any = _UNSET

    def _raw(self) -> Iterator[E]:
        if self._source is None:
            self._source = iter(self._inner)
        return self._source

    def _events(self) -> Iterator[E]:  # an iterator, not a generator
        self._start()  # plain iteration, like an EventStream's, happens once
        if self._kept.live:  # typed reading came first: keep the adapter fed
            return self._absorbing()
        return self._raw()  # the raw stream's own generator: no extra step per event

    def _absorbing(self) -> Iterator[E]:
        absorb = self._adapter.absorb
        for event in self._raw():
            absorb(event)
            yield event

    def _typed(self) -> Iterator[Ev]:
        self._kept.go_live()
        feed = self._adapter.feed
        for event in self._raw():
            yield from feed(event)

    def events(self) -> Iterator[Ev | Done[F]]:
        """Typed events as they arrive, then :class:`Done` with the final result."""
        yield from self._typed()
        yield Done(self.get_final_completion())

    @property
    def text_stream(self) -> Iterator[str]:
        """The text of choice 0, piece by piece."""
        which = self._adapter.text_index
        return (
            e.delta
            for e in self._typed()
            if isinstance(e, TextDelta) and (which is None or e.index == which)
        )

    def until_done(self) -> Self:
        """Read the stream to its end (what was not read yet is fed to the manager)."""
        self._kept.go_live()
        absorb = self._adapter.absorb
        for event in self._raw():
            absorb(event)
        return self

    def get_final_completion(self) -> F:
        """The result assembled from the whole stream (read to its end first)."""
        if self._final is _UNSET:
            self.until_done()
            self._final = self._adapter.final(self)
            set_request_id(self._final, self.response.headers)
        return self._final  # type: ignore[no-any-return]

    def close(self) -> None:
        self._inner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ManagedStreamAsync(EventStreamAsync[E], Generic[E, Ev, F]):
    """The async twin of :class:`ManagedStream` (``await stream.get_final_completion()``)."""

    def __init__(self, inner: EventStreamAsync[E], adapter: Adapter[E, Ev, F]) -> None:
        super().__init__(inner.response, inner._decode)
        self._inner = inner
        self._adapter = adapter
        self._kept = _Kept(inner, adapter)
        inner._tap = self._kept.tap
        self._source: AsyncIterator[E] | None = None
        self._final: Any = _UNSET

    def _raw(self) -> AsyncIterator[E]:
        if self._source is None:
            self._source = aiter(self._inner)
        return self._source

    def _events(self) -> AsyncIterator[E]:
        self._start()
        if self._kept.live:
            return self._absorbing()
        return self._raw()

    async def _absorbing(self) -> AsyncIterator[E]:
        absorb = self._adapter.absorb
        async for event in self._raw():
            absorb(event)
            yield event

    async def _typed(self) -> AsyncIterator[Ev]:
        self._kept.go_live()
        feed = self._adapter.feed
        async for event in self._raw():
            for typed in feed(event):
                yield typed

    async def events(self) -> AsyncIterator[Ev | Done[F]]:
        """Typed events as they arrive, then :class:`Done` with the final result."""
        async for typed in self._typed():
            yield typed
        yield Done(await self.get_final_completion())

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text of choice 0, piece by piece (``async for``)."""

        which = self._adapter.text_index

        async def pieces() -> AsyncIterator[str]:
            async for e in self._typed():
                if isinstance(e, TextDelta) and (which is None or e.index == which):
                    yield e.delta

        return pieces()

    async def until_done(self) -> Self:
        self._kept.go_live()
        absorb = self._adapter.absorb
        async for event in self._raw():
            absorb(event)
        return self

    async def get_final_completion(self) -> F:
        if self._final is _UNSET:
            await self.until_done()
            self._final = self._adapter.final(self)
            set_request_id(self._final, self.response.headers)
        return self._final  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
