"""What ``chat`` and ``fim`` return: typed responses, and event streams read chunk by chunk."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from mistralai import Mistral, models
from mistralai_core import EventStream, EventStreamAsync
from tests.conftest import (
    CHAT_OK,
    FIM_OK,
    MODEL,
    ChunkedStream,
    FakeAPI,
    Invoke,
    chunk,
    sse,
    streamed,
)

HI = [{"role": "user", "content": "hi"}]


def test_complete_returns_a_typed_response(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    reply = invoke("chat.complete", model=MODEL, messages=HI)
    assert isinstance(reply, models.ChatCompletionResponse)
    assert reply.choices and reply.choices[0].message.content == "hello"
    assert reply.usage.total_tokens == 4


def test_fim_complete_returns_a_typed_response(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=FIM_OK))
    reply = invoke("fim.complete", model="codestral-latest", prompt="def f(")
    assert isinstance(reply, models.FIMCompletionResponse)
    assert reply.model == "codestral-latest"


def test_unknown_fields_and_enum_values_are_tolerated(api: FakeAPI, invoke: Invoke) -> None:
    body = json.loads(json.dumps(CHAT_OK))
    body["brand_new_field"] = {"x": 1}
    body["choices"][0]["finish_reason"] = "new_reason"
    body["choices"][0]["message"]["novel"] = True
    api.replies.append(httpx.Response(200, json=body))
    reply = invoke("chat.complete", model=MODEL, messages=HI)
    assert reply.choices[0].finish_reason == "new_reason"
    assert reply.brand_new_field == {"x": 1}


@pytest.mark.parametrize(
    "body",
    [b'{"id": "x"}', b"<html>bad gateway</html>", b'{"choices": "nope"}'],
    ids=["missing-fields", "not-json", "wrong-type"],
)
def test_a_200_that_does_not_match_raises_response_validation_error(
    api: FakeAPI, invoke: Invoke, body: bytes
) -> None:
    api.replies.append(httpx.Response(200, content=body, headers={"x-request-id": "req-9"}))
    with pytest.raises(models.ResponseValidationError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    assert isinstance(info.value, models.SDKError)
    assert info.value.status_code == 200
    assert info.value.request_id == "req-9"
    assert info.value.body == body.decode()


# -- streaming through the client ------------------------------------------------------

WORDS = ["Bon", "jour ", "é", "🙂", " ça va ?"]
STREAM_BODY = sse(*(chunk(w) for w in WORDS[:-1]), chunk(WORDS[-1], finish="stop"))


@pytest.mark.parametrize("size", [1, 2, 7, 64, len(STREAM_BODY)])
def test_stream_yields_completion_events_from_small_chunks(
    api: FakeAPI, invoke: Invoke, size: int
) -> None:
    api.replies.append(streamed(200, STREAM_BODY, size, **{"content-type": "text/event-stream"}))
    events = invoke("chat.stream", model=MODEL, messages=HI)
    assert all(isinstance(e, models.CompletionEvent) for e in events)
    assert [e.data.choices[0].delta.content for e in events] == WORDS
    assert events[-1].data.choices[0].finish_reason == "stop"


def test_fim_stream_yields_completion_events(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(streamed(200, sse(chunk("x = 1"))))
    events = invoke("fim.stream", model="codestral-latest", prompt="x =")
    assert [e.data.choices[0].delta.content for e in events] == ["x = 1"]


def test_stream_stops_at_done(api: FakeAPI, invoke: Invoke) -> None:
    # Anything after [DONE] is never read as an event (this garbage would fail to parse).
    body = sse(chunk("a")) + b"data: not json\n\n"
    api.replies.append(streamed(200, body))
    events = invoke("chat.stream", model=MODEL, messages=HI)
    assert [e.data.choices[0].delta.content for e in events] == ["a"]


def test_stream_returns_the_stream_type_for_its_mode(client: Mistral, api: FakeAPI) -> None:
    api.replies += [streamed(200, sse()), streamed(200, sse())]
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        assert isinstance(stream, EventStream)

    async def main() -> Any:
        async with await client.chat.stream_async(model=MODEL, messages=HI) as stream:
            return stream

    assert isinstance(asyncio.run(main()), EventStreamAsync)


def _stream_reply(api: FakeAPI, body: bytes = STREAM_BODY) -> ChunkedStream:
    body_stream = ChunkedStream(body, 5)
    api.replies.append(httpx.Response(200, stream=body_stream))
    return body_stream


def test_stream_response_is_closed_at_the_end(client: Mistral, api: FakeAPI, mode: str) -> None:
    body = _stream_reply(api)
    if mode == "sync":
        list(client.chat.stream(model=MODEL, messages=HI))
    else:

        async def main() -> None:
            stream = await client.chat.stream_async(model=MODEL, messages=HI)
            async for _ in stream:
                pass
            assert body.closed  # before the loop shuts down, not by its cleanup

        asyncio.run(main())
    assert body.closed


def test_stream_response_is_closed_on_break(client: Mistral, api: FakeAPI, mode: str) -> None:
    body = _stream_reply(api)
    if mode == "sync":
        for _ in client.chat.stream(model=MODEL, messages=HI):
            break
        assert body.closed
    else:

        async def main() -> None:
            async for _ in await client.chat.stream_async(model=MODEL, messages=HI):
                break

        # An abandoned async generator is finalized by the event loop (at the latest when
        # asyncio.run shuts it down); `async with` closes at once (test below).
        asyncio.run(main())
        assert body.closed
    assert body.sent < len(body.pieces)


def test_stream_response_is_closed_when_the_consumer_raises(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    body = _stream_reply(api)
    with pytest.raises(RuntimeError, match="consumer"):
        if mode == "sync":
            with client.chat.stream(model=MODEL, messages=HI) as stream:
                for _ in stream:
                    raise RuntimeError("consumer")
        else:

            async def main() -> None:
                async with await client.chat.stream_async(model=MODEL, messages=HI) as stream:
                    async for _ in stream:
                        raise RuntimeError("consumer")

            asyncio.run(main())
    assert body.closed


def test_stream_response_is_closed_on_context_exit_without_reading(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    body = _stream_reply(api)
    if mode == "sync":
        with client.chat.stream(model=MODEL, messages=HI):
            pass
        assert body.closed
    else:

        async def main() -> None:
            async with await client.chat.stream_async(model=MODEL, messages=HI):
                pass
            assert body.closed

        asyncio.run(main())
    assert body.sent == 0


def test_a_stream_is_read_once(client: Mistral, api: FakeAPI, mode: str) -> None:
    _stream_reply(api)
    if mode == "sync":
        stream = client.chat.stream(model=MODEL, messages=HI)
        assert len(list(stream)) == len(WORDS)
        with pytest.raises(RuntimeError, match="already iterated"):
            list(stream)
    else:

        async def main() -> None:
            stream = await client.chat.stream_async(model=MODEL, messages=HI)
            assert len([e async for e in stream]) == len(WORDS)
            with pytest.raises(RuntimeError, match="already iterated"):
                [e async for e in stream]

        asyncio.run(main())


def test_next_on_a_stream_reads_one_event_at_a_time(client: Mistral, api: FakeAPI) -> None:
    _stream_reply(api)
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        first, second = next(stream), next(stream)
    assert [first.data.choices[0].delta.content, second.data.choices[0].delta.content] == WORDS[:2]


def test_error_frame_in_a_stream_raises_and_is_not_yielded(api: FakeAPI, invoke: Invoke) -> None:
    body = sse(chunk("a"), done=False) + b'event: error\ndata: {"message": "overloaded"}\n\n'
    api.replies.append(streamed(200, body + sse(chunk("never"))))
    with pytest.raises(models.SDKError, match="overloaded"):
        invoke("chat.stream", model=MODEL, messages=HI)


def test_malformed_event_raises_response_validation_error(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(streamed(200, sse({"id": "x"})))
    with pytest.raises(models.ResponseValidationError):
        invoke("chat.stream", model=MODEL, messages=HI)
