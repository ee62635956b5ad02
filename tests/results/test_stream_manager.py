"""The stream manager: text, typed events, until_done, and the final completion assembled
from the deltas (tool calls merged from fragments by ``index``), sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mistralai import EventStream, Mistral
from mistralai.models import (
    ChatCompletionResponse,
    Done,
    FIMCompletionResponse,
    TextDelta,
    ThinkingDelta,
    ToolCallArgumentsDelta,
)
from mistralai_core import _streaming
from mistralai_core._errors import ResponseValidationError
from mistralai_core._streaming import CompletionAdapter
from mistralai_core.models import CompletionEvent
from mistralai_emulator import Emulator
from tests.conftest import MODEL, ChunkedStream, FakeAPI, sse

HI = [{"role": "user", "content": "What is the weather in Paris?"}]
USAGE = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
ARGS_A = '{"city": "Paris", "unit": "celsius"}'
ARGS_B = '{"query": "caf\\u00e9 \\"best\\"", "limit": 3}'
WHOLE: dict[str, Any] = {
    "id": "cmpl-9",
    "object": "chat.completion",
    "model": MODEL,
    "created": 1700000000,
    "usage": USAGE,
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Let me check.",
                "tool_calls": [
                    {
                        "id": "call_a",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ARGS_A},
                        "index": 0,
                    },
                    {
                        "id": "call_b",
                        "type": "function",
                        "function": {"name": "search", "arguments": ARGS_B},
                        "index": 1,
                    },
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
}


def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "cmpl-9",
        "object": "chat.completion.chunk",
        "model": MODEL,
        "created": 1700000000,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def fragment(index: int, arguments: str, *, first: bool, name: str, call_id: str) -> dict[str, Any]:
    """A tool-call fragment; later fragments repeat the id, or send "" / "null" (all allowed)."""
    if first:
        return {
            "id": call_id,
            "type": "function",
            "index": index,
            "function": {"name": name, "arguments": arguments},
        }
    filler = ["", "null", call_id][len(arguments) % 3]
    return {
        "id": filler,
        "index": index,
        "function": {"name": filler if filler != call_id else name, "arguments": arguments},
    }


def split_events(cuts_a: list[int], cuts_b: list[int]) -> list[dict[str, Any]]:
    """The WHOLE answer as chunks: text in two pieces, each tool call's arguments cut at
    ``cuts`` (interleaved), finish and usage on the last chunk."""

    def pieces(text: str, cuts: list[int]) -> list[str]:
        points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
        return [text[a:b] for a, b in zip(points, points[1:], strict=False)] or [""]

    events = [event({"role": "assistant", "content": "Let me "}), event({"content": "check."})]
    a = pieces(ARGS_A, cuts_a)
    b = pieces(ARGS_B, cuts_b)
    for i in range(max(len(a), len(b))):
        calls = []
        if i < len(a):
            calls.append(fragment(0, a[i], first=i == 0, name="get_weather", call_id="call_a"))
        if i < len(b):
            calls.append(fragment(1, b[i], first=i == 0, name="search", call_id="call_b"))
        events.append(event({"tool_calls": calls}))
    events.append(event({"content": ""}, "tool_calls", usage=USAGE))
    return events


def reply(events: list[dict[str, Any]], **headers: str) -> httpx.Response:
    return httpx.Response(
        200, content=sse(*events), headers={"content-type": "text/event-stream", **headers}
    )


def test_final_completion_equals_the_whole_answer_with_split_tool_calls(
    api: FakeAPI, client: Mistral
) -> None:
    api.replies.append(
        reply(split_events([3, 9, 17, 30], [1, 2, 5, 8, 13, 21]), **{"x-request-id": "r9"})
    )
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        assert isinstance(stream, EventStream)
        final = stream.get_final_completion()
    assert final == ChatCompletionResponse.model_validate(WHOLE)
    assert final._request_id == "r9"


def test_async_final_completion_and_text(api: FakeAPI, client: Mistral) -> None:
    api.replies.append(reply(split_events([4], [7, 11])))

    async def main() -> tuple[list[str], Any]:
        stream = await client.chat.stream_async(model=MODEL, messages=HI)
        async with stream:
            text = [piece async for piece in stream.text_stream]
            return text, await stream.get_final_completion()

    text, final = asyncio.run(main())
    assert text == ["Let me ", "check."]
    assert final == ChatCompletionResponse.model_validate(WHOLE)


@settings(max_examples=60, deadline=None)
@given(
    cuts_a=st.lists(st.integers(0, len(ARGS_A)), max_size=12),
    cuts_b=st.lists(st.integers(0, len(ARGS_B)), max_size=12),
)
def test_any_split_of_the_arguments_merges_back(cuts_a: list[int], cuts_b: list[int]) -> None:
    adapter = CompletionAdapter(ChatCompletionResponse)
    deltas: dict[int, list[str]] = {0: [], 1: []}
    for raw in split_events(cuts_a, cuts_b):
        for typed in adapter.feed(CompletionEvent.model_validate({"data": raw})):
            if isinstance(typed, ToolCallArgumentsDelta):
                deltas[typed.tool_index].append(typed.delta)
                assert typed.snapshot == "".join(deltas[typed.tool_index])
    assert adapter.final(None) == ChatCompletionResponse.model_validate(WHOLE)
    assert "".join(deltas[0]) == ARGS_A and "".join(deltas[1]) == ARGS_B


def test_typed_events_in_order(api: FakeAPI, client: Mistral) -> None:
    thinking = {"type": "thinking", "thinking": [{"type": "text", "text": "Hmm, "}]}
    events = [
        event({"role": "assistant", "content": [thinking]}),
        event(
            {"content": [{"type": "thinking", "thinking": [{"type": "text", "text": "Paris."}]}]}
        ),
        event({"content": [{"type": "text", "text": "It is "}]}),
        event({"content": "sunny."}, "stop", usage=USAGE),
    ]
    api.replies.append(reply(events))
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        typed = list(stream.events())
    assert typed[:-1] == [
        ThinkingDelta(0, "Hmm, ", "Hmm, "),
        ThinkingDelta(0, "Paris.", "Hmm, Paris."),
        TextDelta(0, "It is ", "It is "),
        TextDelta(0, "sunny.", "It is sunny."),
    ]
    done = typed[-1]
    assert isinstance(done, Done)
    content = done.completion.model_dump(exclude_none=True)["choices"][0]["message"]["content"]
    assert content == [
        {"type": "thinking", "thinking": [{"type": "text", "text": "Hmm, Paris."}]},
        {"type": "text", "text": "It is sunny."},
    ]


def test_raw_iteration_then_final_and_until_done(api: FakeAPI, client: Mistral) -> None:
    api.replies += [reply(split_events([5], [5])), reply(split_events([], []))]
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        first = next(iter(stream))
        assert first.data.choices[0].delta.content == "Let me "
        assert stream.get_final_completion() == ChatCompletionResponse.model_validate(WHOLE)
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        assert stream.until_done() is stream
        assert stream.get_final_completion().choices[0].message.content == "Let me check."
        assert list(stream.text_stream) == []  # already read


def test_a_stream_that_ends_early_says_so(api: FakeAPI, client: Mistral) -> None:
    api.replies.append(reply([event({"role": "assistant", "content": "Hel"})]))
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        assert list(stream.text_stream) == ["Hel"]
        with pytest.raises(ResponseValidationError, match="do not add up"):
            stream.get_final_completion()


def _without_ids(value: Any) -> Any:
    """The emulator derives ids from the request body, whose ``stream`` flag differs, and
    ``created`` from its clock (two calls may straddle a second)."""
    body = value.model_dump()
    body["id"] = body["created"] = None
    for choice in body["choices"]:
        for call in choice["message"].get("tool_calls") or []:
            call["id"] = None
    return body


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather of a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


@pytest.mark.parametrize("kind", ["chat", "chat-tools", "fim", "agents"])
def test_final_equals_the_unstreamed_answer_on_the_emulator(
    mistral_emulator: Emulator, kind: str
) -> None:
    mistral_emulator.add_agent("ag-1")
    client = Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url)
    resource: Any = client.chat
    kwargs: dict[str, Any] = {"model": MODEL, "messages": HI, "random_seed": 7}
    if kind == "chat-tools":
        kwargs["tools"] = TOOLS
    elif kind == "fim":
        resource, kwargs = client.fim, {"model": "codestral-latest", "prompt": "def f(x):"}
    elif kind == "agents":
        resource, kwargs = client.agents, {"agent_id": "ag-1", "messages": HI}

    async def main() -> list[Any]:
        whole = await resource.complete_async(**kwargs)
        stream = await resource.stream_async(**kwargs)
        async with stream:
            final = await stream.get_final_completion()
        await client.aclose()
        return [whole, final]

    whole = resource.complete(**kwargs)
    with resource.stream(**kwargs) as stream:
        final = stream.get_final_completion()
    assert type(final) is type(whole)
    assert type(whole) is (FIMCompletionResponse if kind == "fim" else ChatCompletionResponse)
    assert _without_ids(final) == _without_ids(whole)
    if kind == "chat-tools":
        assert final.choices[0].message.tool_calls[0].function.name == "get_weather"
    async_whole, async_final = asyncio.run(main())
    assert _without_ids(async_final) == _without_ids(async_whole) == _without_ids(whole)


# -- plain iteration keeps what it read, and the manager assembles it when asked ------------

TEXT_EVENTS = [event({"role": "assistant", "content": ""})] + [
    event({"content": f"w{i} "}) for i in range(40)
]
TEXT_EVENTS.append(event({"content": ""}, "stop", usage=USAGE))
TEXT = "".join(f"w{i} " for i in range(40))


def text_of(event: CompletionEvent) -> str:
    content = event.data.choices[0].delta.content
    assert isinstance(content, str)
    return content


def chunked(events: list[dict[str, Any]], size: int) -> httpx.Response:
    body = ChunkedStream(sse(*events), size=size)
    return httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})


@pytest.mark.parametrize("size", [7, 200, 100_000])  # events split across chunks, or one chunk
@pytest.mark.parametrize("read", [0, 1, 2, 17, 42])  # 42: every event
def test_raw_events_read_then_text_and_final_see_each_event_once(
    api: FakeAPI, client: Mistral, size: int, read: int
) -> None:
    api.replies.append(chunked(TEXT_EVENTS, size))
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        raw = iter(stream)
        seen = [text_of(next(raw)) for _ in range(read)]
        rest = list(stream.text_stream)
        final = stream.get_final_completion()
    assert "".join(seen) + "".join(rest) == TEXT
    assert len([p for p in seen + rest if p]) == 40  # no piece twice, none lost
    assert final.choices[0].message.content == TEXT
    assert final.choices[0].finish_reason == "stop"
    assert final.usage.total_tokens == 12


@pytest.mark.parametrize("size", [7, 100_000])
def test_async_raw_events_then_final(api: FakeAPI, client: Mistral, size: int) -> None:
    api.replies.append(chunked(TEXT_EVENTS, size))

    async def main() -> tuple[list[str], Any]:
        stream = await client.chat.stream_async(model=MODEL, messages=HI)
        async with stream:
            seen = [text_of(e) async for e in stream]
            return seen, await stream.get_final_completion()

    seen, final = asyncio.run(main())
    assert "".join(seen) == TEXT
    assert final.choices[0].message.content == TEXT


def test_what_plain_iteration_keeps_is_bounded(
    api: FakeAPI, client: Mistral, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_streaming, "KEEP_LIMIT", 500)
    api.replies.append(chunked(TEXT_EVENTS, 64))
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        peak = 0
        for _ in stream:
            peak = max(peak, stream._kept.size)
        assert peak <= 500 + 64  # the limit, plus the chunk that crossed it
        adapter = stream._adapter
        assert isinstance(adapter, CompletionAdapter)
        assert adapter.choices[0].text.pieces  # what was kept past it was fed
        assert stream.get_final_completion().choices[0].message.content == TEXT


def test_plain_iteration_after_typed_reading_still_feeds_the_manager(
    api: FakeAPI, client: Mistral
) -> None:
    api.replies.append(chunked(TEXT_EVENTS, 50))
    with client.chat.stream(model=MODEL, messages=HI) as stream:
        pieces = stream.text_stream
        first = next(pieces)
        rest = [text_of(e) for e in stream]
        assert first + "".join(rest) == TEXT
        assert stream.get_final_completion().choices[0].message.content == TEXT
