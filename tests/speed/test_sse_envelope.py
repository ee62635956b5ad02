"""The streaming hot path: an :class:`Enveloped` parser's events are cut out already wrapped
in its envelope and validated with one call each; everything else behaves as for any parser.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pydantic import RootModel

from mistralai_core._completions import event_parser
from mistralai_core._errors import ResponseValidationError, SDKError
from mistralai_core._sse import Enveloped, EventStream, EventStreamAsync, SSEDecoder
from tests.conftest import ChunkedStream, chunk, sse

MIXED = (
    b"data: 1\n\n"
    b": keep-alive\n\n"
    b"event: note\ndata: named\n\n"
    b"data: two\ndata: lines\n\n"
    b"data: [3]\r\n\r\n"
    b"data: [DONE]\n\n"
)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_feed_data_is_feed_with_each_unnamed_event_wrapped(size: int) -> None:
    plain, wrapped = SSEDecoder(), SSEDecoder(b"<", b">")
    pieces = [MIXED[i : i + size] for i in range(0, len(MIXED), size)]
    expected = [e for p in pieces for e in plain.feed(p)]
    found = [e for p in pieces for e in wrapped.feed_data(p)]
    assert found == [b"<" + d + b">" if n is None else (n, d) for n, d in expected]
    assert found == [b"<1>", ("note", b"named"), b"<two\nlines>", b"<[3]>", b"<[DONE]>"]


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
    assert [e.data.choices[0].delta.content for e in events] == ["Hel", "lo", ""]
    assert events[-1].data.choices[0].finish_reason == "stop"


def test_a_bad_event_reports_its_own_bytes_not_the_envelope(mode: str) -> None:
    bad = b'{"choices": [{"delta": {"con'
    payload = sse(chunk("a"), done=False) + b"data: " + bad + b"\n\n" + sse()
    with pytest.raises(ResponseValidationError) as info:
        _stream(payload, event_parser, mode)
    assert info.value.raw == bad


class Numbers(RootModel[list[int]]):
    pass


def test_named_events_and_done_keep_their_meaning(mode: str) -> None:
    parse = Enveloped(Numbers, b"[", b"]")
    events = _stream(b"data: 1\n\ndata: 2\n\ndata: [DONE]\n\ndata: 3\n\n", parse, mode)
    assert [e.root for e in events] == [[1], [2]]
    with pytest.raises(SDKError, match="the stream reported an error"):
        _stream(b"data: 1\n\nevent: error\ndata: boom\n\n", parse, mode)
