"""The SSE decoder (sans I/O) and the two iterators over an httpx response."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from mistralai_core import APIConnectionError, APITimeoutError, EventStream, EventStreamAsync
from mistralai_core._errors import ResponseValidationError
from mistralai_core._sse import ServerEvent, SSEDecoder
from tests.conftest import ChunkedStream, chunk, sse

# A realistic stream: multi-byte characters (2- and 4-byte UTF-8), a keep-alive comment,
# a named event, a multi-line data field, CRLF line ends, then [DONE].
REALISTIC = (
    sse(chunk("café"), chunk("🙂 ok"), done=False)
    + b": keep-alive\n\n"
    + b"event: note\r\ndata: line one\r\ndata: line two\r\n\r\n"
    + 'data: {"k": "ü"}\n\n'.encode()
    + b"data: [DONE]\n\n"
)
EXPECTED: list[ServerEvent] = [
    (None, json.dumps(chunk("café"), ensure_ascii=False).encode()),
    (None, json.dumps(chunk("🙂 ok"), ensure_ascii=False).encode()),
    ("note", b"line one\nline two"),
    (None, '{"k": "ü"}'.encode()),
    (None, b"[DONE]"),
]


def decode(*pieces: bytes) -> list[ServerEvent]:
    decoder = SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)]
    return events + decoder.flush()


def test_whole_stream_decodes_to_the_expected_events() -> None:
    assert decode(REALISTIC) == EXPECTED


@pytest.mark.parametrize("offset", range(1, len(REALISTIC)))
def test_stream_split_at_any_byte_decodes_the_same(offset: int) -> None:
    assert decode(REALISTIC[:offset], REALISTIC[offset:]) == EXPECTED


def test_stream_fed_one_byte_at_a_time_decodes_the_same() -> None:
    assert decode(*(REALISTIC[i : i + 1] for i in range(len(REALISTIC)))) == EXPECTED


def test_a_split_multibyte_character_is_rejoined_intact() -> None:
    encoded = "data: é🙂\n\n".encode()
    cut = encoded.index("🙂".encode()) + 2  # inside the 4-byte emoji
    assert decode(encoded[:cut], encoded[cut:]) == [(None, "é🙂".encode())]


def test_crlf_line_ends() -> None:
    assert decode(b"data: a\r\n\r\ndata: b\r\n\r\n") == [(None, b"a"), (None, b"b")]


def test_comment_lines_are_ignored() -> None:
    assert decode(b": ping\n\n:\ndata: x\n: inside\n\n") == [(None, b"x")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert decode(b'data: {\ndata: "a": 1\ndata: }\n\n') == [(None, b'{\n"a": 1\n}')]


def test_only_one_leading_space_is_stripped_from_a_value() -> None:
    assert decode(b"data:x\n\ndata:  y\n\n") == [(None, b"x"), (None, b" y")]


def test_event_name_applies_to_one_event_only() -> None:
    assert decode(b"event: error\ndata: a\n\ndata: b\n\n") == [("error", b"a"), (None, b"b")]


def test_unterminated_last_event_is_dispatched_by_flush() -> None:
    assert decode(b"data: tail") == [(None, b"tail")]


def test_blank_lines_without_data_dispatch_nothing() -> None:
    assert decode(b"\n\n\nid: 1\nretry: 10\n\n") == []


# -- the iterators ---------------------------------------------------------------------


def parse(data: bytes) -> str:
    return str(json.loads(data)["choices"][0]["delta"]["content"])


def response(body: ChunkedStream) -> httpx.Response:
    return httpx.Response(200, stream=body, request=httpx.Request("POST", "https://x.test/"))


def collect(mode: str, body: ChunkedStream) -> list[str]:
    if mode == "sync":
        return list(EventStream(response(body), parse))

    async def main() -> list[str]:
        return [e async for e in EventStreamAsync(response(body), parse)]

    return asyncio.run(main())


def test_iterator_yields_parsed_events_until_done(mode: str) -> None:
    body = ChunkedStream(sse(chunk("a"), chunk("é")) + sse(chunk("after done")), size=1)
    assert collect(mode, body) == ["a", "é"]
    assert body.closed


def test_error_frame_raises_and_closes(mode: str) -> None:
    body = ChunkedStream(sse(chunk("a"), done=False) + b"event: error\ndata: boom\n\n")
    with pytest.raises(Exception, match="boom") as info:
        collect(mode, body)
    assert type(info.value).__name__ == "SDKError"
    assert body.closed


@pytest.mark.parametrize(
    ("error", "expected"),
    [(httpx.ReadError("reset"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
)
def test_connection_lost_mid_stream_raises_an_sdk_error(
    mode: str, error: Exception, expected: type[Exception]
) -> None:
    body = ChunkedStream(sse(chunk("a"), chunk("b")), size=4, fail_after=10, error=error)
    with pytest.raises(expected) as info:
        collect(mode, body)
    assert info.value.__cause__ is error
    assert body.closed


# -- what an error keeps, and what [DONE] leaves behind --------------------------------


def test_a_bad_event_keeps_its_bytes_and_the_events_before_it(mode: str) -> None:
    bad = b'{"choices": [{"delta": {"con'  # cut short: not JSON
    payload = sse(chunk("a"), chunk("b"), done=False) + b"data: " + bad + b"\n\n" + sse()
    headers = {"x-request-id": "req-42", "content-type": "text/event-stream"}
    request = httpx.Request("POST", "https://x.test/")
    seen: list[str] = []

    def consume() -> None:
        body = ChunkedStream(payload, size=7)
        stream = EventStream(
            httpx.Response(200, headers=headers, stream=body, request=request), parse
        )
        for item in stream:
            seen.append(item)

    async def consume_async() -> None:
        body = ChunkedStream(payload, size=7)
        response = httpx.Response(200, headers=headers, stream=body, request=request)
        async for item in EventStreamAsync(response, parse):
            seen.append(item)

    with pytest.raises(ResponseValidationError) as info:
        consume() if mode == "sync" else asyncio.run(consume_async())
    error = info.value
    assert seen == ["a", "b"]  # delivered before the bad one, and kept
    assert error.raw == bad and error.body == bad.decode()
    assert error.status_code == 200 and error.request_id == "req-42"
    assert error.validation_message and isinstance(error.cause, ValueError)
    assert "req-42" in str(error)


def test_a_stream_that_is_not_an_event_stream_says_so_with_its_body(mode: str) -> None:
    page = b'{"message": "maintenance"}'
    request = httpx.Request("POST", "https://x.test/")
    response = httpx.Response(
        200, headers={"content-type": "application/json"}, content=page, request=request
    )

    async def consume_async() -> list[str]:
        return [e async for e in EventStreamAsync(response, parse)]

    with pytest.raises(ResponseValidationError, match="not an event stream") as info:
        list(EventStream(response, parse)) if mode == "sync" else asyncio.run(consume_async())
    assert info.value.raw == page and "text/event-stream" in info.value.validation_message


def test_done_reads_the_rest_of_the_body_before_closing(mode: str) -> None:
    body = ChunkedStream(sse(chunk("a")) + b": trailing keep-alive\n\n", size=5)
    assert collect(mode, body) == ["a"]
    assert body.sent == len(body.pieces) and body.closed  # drained, so the pool can reuse it


def test_done_drains_at_most_the_limit(mode: str) -> None:
    from mistralai_core._sse import DRAIN_LIMIT

    body = ChunkedStream(sse(chunk("a")) + b": x\n\n" * DRAIN_LIMIT, size=4096)
    assert collect(mode, body) == ["a"]
    assert body.closed and body.sent < len(body.pieces)  # gave up and closed instead
