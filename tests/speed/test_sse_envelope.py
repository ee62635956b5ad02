"""The streaming hot path.

The decoder cuts the events of a chunk out with one ``split`` when each is a single ``data:``
line, and says so (``plain``); an :class:`Enveloped` parser validates the payload once and
builds the envelope around it, which must then be the very model validating the envelope
would have made. Everything else behaves as for any parser.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mistralai_core._completions import event_parser
from mistralai_core._errors import ResponseValidationError, SDKError
from mistralai_core._models import BaseModel, EventEnvelope
from mistralai_core._sse import DONE, Enveloped, EventStream, EventStreamAsync, SSEDecoder
from mistralai_core.models import CompletionEvent
from tests.conftest import ChunkedStream, chunk, sse

MIXED = (
    b"data: 1\n\n"
    b": keep-alive\n\n"
    b"event: note\ndata: named\n\n"
    b"data: two\ndata: lines\n\n"
    b"data: [3]\r\n\r\n"
    b"data: [DONE]\n\n"
    b"data: after\n\n"
)


def feed_all(pieces: list[bytes]) -> tuple[list[Any], list[bool], bool]:
    decoder = SSEDecoder()
    found: list[Any] = []
    plains: list[bool] = []
    for piece in pieces:
        events, plain, done = decoder.feed_events(piece)
        found += events
        plains.append(plain)
        assert plain == all(e.__class__ is bytes for e in events)
        if done:
            return found, plains, True
    return found, plains, False


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, len(MIXED)])
def test_feed_events_is_feed_up_to_done(size: int) -> None:
    pieces = [MIXED[i : i + size] for i in range(0, len(MIXED), size)]
    found, _, done = feed_all(pieces)
    assert done
    assert found == [b"1", ("note", b"named"), b"two\nlines", b"[3]"]


def test_a_chunk_of_single_line_events_is_plain() -> None:
    events, plain, done = SSEDecoder().feed_events(b"data: a\n\ndata: b\n\n\ndata: c\n\ndata: d")
    assert (events, plain, done) == ([b"a", b"b", b"c"], True, False)


@pytest.mark.parametrize(
    "body",
    [
        b"data: a\n\n: ping\n\ndata: b\n\n",  # a comment between events
        b"data: a\nid: 1\n\ndata: b\n\n",  # another field in an event
        b"data: [1,\n2]\n\n",  # a line that is not a data line, inside an event
        b"data:a\n\n",  # no space after the colon
    ],
)
def test_anything_but_single_data_lines_takes_the_careful_path(body: bytes) -> None:
    plain_events = SSEDecoder().feed(body)
    events, _, _ = SSEDecoder().feed_events(body)
    assert [(None, e) if isinstance(e, bytes) else e for e in events] == plain_events
    if body.startswith(b"data: [1"):
        assert events == [b"[1,"]  # the line "2]" is a field named "2]", ignored


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=8).filter(lambda b: b"\n" not in b and b"\r" not in b),
            st.sampled_from([b": ping", b"event: x", b"id: 3", b"data:", b"data: [DONE]"]),
        ),
        max_size=12,
    ),
    st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=8),
)
def test_feed_events_matches_feed_for_any_events_and_any_split(
    lines: list[bytes], cuts: list[int]
) -> None:
    body = b"".join(
        (line if line[:1] in (b":", b"e", b"i", b"d") else b"data: " + line) + b"\n\n"
        for line in lines
    )
    pieces, at = [], 0
    for cut in cuts * (len(body) // max(sum(cuts), 1) + 1):
        if at >= len(body):
            break
        pieces.append(body[at : at + cut])
        at += cut
    pieces.append(body[at:])
    expected: list[Any] = []
    reference = SSEDecoder()
    for piece in pieces:
        expected += reference.feed(piece)
    if (None, DONE) in expected or any(e[1] == DONE for e in expected):
        expected = expected[: next(i for i, e in enumerate(expected) if e[1] == DONE)]
    found, _, _ = feed_all(pieces)
    assert [(None, e) if isinstance(e, bytes) else e for e in found] == expected


def _stream(payload: bytes, parse: Callable[[bytes], Any], mode: str) -> list[Any]:
    request = httpx.Request("POST", "https://x.test/")
    headers = {"content-type": "text/event-stream"}
    seen: list[Any] = []

    def response() -> httpx.Response:
        return httpx.Response(
            200, headers=headers, stream=ChunkedStream(payload, size=5), request=request
        )

    if mode == "sync":
        for item in EventStream(response(), parse):
            seen.append(item)
        return seen

    async def main() -> None:
        async for item in EventStreamAsync(response(), parse):
            seen.append(item)

    asyncio.run(main())
    return seen


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_typed_events_through_the_envelope(mode: str) -> None:
    events = _stream(sse(chunk("Hel"), chunk("lo"), chunk("", finish="stop")), event_parser, mode)
    assert [type(e) for e in events] == [CompletionEvent] * 3
    assert [e.data.choices[0].delta.content for e in events] == ["Hel", "lo", ""]
    assert events[-1].data.choices[0].finish_reason == "stop"


def test_a_bad_event_reports_its_own_bytes_not_the_envelope(mode: str) -> None:
    bad = b'{"choices": [{"delta": {"con'
    payload = sse(chunk("a"), done=False) + b"data: " + bad + b"\n\n" + sse()
    with pytest.raises(ResponseValidationError) as info:
        _stream(payload, event_parser, mode)
    assert info.value.raw == bad


def test_an_event_that_does_not_fit_the_chunk_model_fails_as_it_would_validated(
    mode: str,
) -> None:
    payload = sse(chunk("a"), {"id": "x", "model": "m"})  # no choices: required
    with pytest.raises(ResponseValidationError) as info:
        _stream(payload, event_parser, mode)
    assert "choices" in str(info.value.__cause__)


def _payload() -> bytes:
    body = chunk("w")
    body["new_field"] = {"added": "later"}  # a field the SDK does not know yet is kept
    return json.dumps(body).encode()


def test_a_built_envelope_is_the_validated_envelope() -> None:
    built = event_parser(_payload())
    validated = CompletionEvent.model_validate_json(b'{"data":' + _payload() + b"}")
    assert type(built) is CompletionEvent
    assert built == validated and validated == built
    assert repr(built) == repr(validated)
    assert built.model_dump() == validated.model_dump()
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump(exclude_unset=True) == validated.model_dump(exclude_unset=True)
    assert built.model_fields_set == validated.model_fields_set == {"data"}
    assert built.model_extra == validated.model_extra == {}
    assert dict(built) == dict(validated)
    assert built.data.model_extra == {"new_field": {"added": "later"}}
    for clone in (copy.copy(built), copy.deepcopy(built), pickle.loads(pickle.dumps(built))):
        assert clone == validated


def test_a_built_envelope_takes_assignments_and_extras_like_any_model() -> None:
    built = event_parser(_payload())
    validated = CompletionEvent.model_validate_json(b'{"data":' + _payload() + b"}")
    for model in (built, validated):  # extra="allow", as on every response model
        setattr(model, "note", "mine")  # noqa: B010
    assert built.model_extra == validated.model_extra == {"note": "mine"}
    assert built.model_dump()["note"] == "mine"
    assert built.model_fields_set == validated.model_fields_set  # (pydantic >= 2.13 adds "note")
    assert built == validated
    with pytest.raises(AttributeError, match="nothing"):
        getattr(built, "nothing")  # noqa: B009


class Numbers(BaseModel):
    n: list[int]


class Box(EventEnvelope):
    data: Numbers


def test_named_events_and_done_keep_their_meaning(mode: str) -> None:
    parse = Enveloped(Box, "data", Numbers)
    payload = b'data: {"n":[1]}\n\nevent: note\ndata: {"n":[2]}\n\ndata: [DONE]\n\ndata: 3\n\n'
    events = _stream(payload, parse, mode)
    assert [e.data.n for e in events] == [[1], [2]]
    assert [type(e) for e in events] == [Box, Box]
    with pytest.raises(SDKError, match="the stream reported an error"):
        _stream(b'data: {"n":[1]}\n\nevent: error\ndata: boom\n\n', parse, mode)
