"""Stream managers of conversations and transcriptions, against the emulator, sync and async:
``text_stream`` gives the text of the unstreamed answer, ``get_final_completion()`` the
response assembled from the events, and plain iteration still yields the raw events."""

from __future__ import annotations

import asyncio
import json
import struct
from collections.abc import Iterator
from typing import Any

import pytest

from mistralai import Mistral, models
from mistralai.models import Done, TextDelta, ToolCallArgumentsDelta
from mistralai_emulator import Emulator

MODEL = "mistral-small-latest"
AUDIO_MODEL = "voxtral-mini-latest"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def wav(seconds: float, rate: int = 8000) -> bytes:
    """A silent 16-bit mono WAV of ``seconds``."""
    frames = int(seconds * rate)
    header = b"RIFF" + struct.pack("<I", 36 + 2 * frames) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, 2 * rate, 2, 16)
    header += b"data" + struct.pack("<I", 2 * frames)
    return header + b"\x00\x00" * frames


def attr(value: object, name: str) -> Any:
    """A field of one member of a union (the test checked which one it is)."""
    return getattr(value, name)


@pytest.fixture
def client(mistral_emulator: Emulator) -> Iterator[Mistral]:
    with Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url) as sdk:
        yield sdk


def managed(client: Mistral, resource: Any, method: str, **kwargs: Any) -> tuple[str, Any]:
    """(text_stream joined, get_final_completion()) of a stream, sync then async (equal)."""
    with getattr(resource, method)(**kwargs) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_completion()

    async def main() -> tuple[str, Any]:
        stream = await getattr(resource, f"{method}_async")(**kwargs)
        async with stream:
            pieces = [piece async for piece in stream.text_stream]
            done = await stream.get_final_completion()
        await client.aclose()
        return "".join(pieces), done

    async_text, async_final = asyncio.run(main())
    assert async_text == text
    assert type(async_final) is type(final)
    return text, final


def _plain(response: models.ConversationResponse) -> Any:
    """The response without what differs between two runs (ids, times)."""
    body = response.model_dump(mode="json")
    body.pop("conversation_id")
    for entry in body["outputs"]:
        for key in ("id", "created_at", "completed_at"):
            entry.pop(key, None)
    return body


@pytest.mark.parametrize("method", ["start_stream", "append_stream", "restart_stream"])
def test_conversation_stream_text_and_final_equal_the_unstreamed_answer(
    client: Mistral, method: str
) -> None:
    conversations = client.beta.conversations
    words = "Stream these words for the adapter"
    first = conversations.start(inputs="first words", model=MODEL)
    kwargs: dict[str, Any] = {"inputs": words}
    if method == "start_stream":
        kwargs["model"] = MODEL
        whole = conversations.start(**kwargs)
    elif method == "append_stream":
        kwargs["conversation_id"] = first.conversation_id
        whole = conversations.append(**kwargs)
    else:
        history = conversations.get_history(conversation_id=first.conversation_id)
        kwargs.update(conversation_id=first.conversation_id, from_entry_id=history.entries[0].id)
        whole = conversations.restart(**kwargs)
    text, final = managed(client, conversations, method, **kwargs)
    assert text == attr(whole.outputs[0], "content") == f"Echo: {words}"
    assert isinstance(final, models.ConversationResponse)
    assert final.conversation_id.startswith("conv_")
    if method == "append_stream":
        assert final.conversation_id == first.conversation_id
    else:
        assert final.conversation_id != first.conversation_id
    (output,) = final.outputs
    assert isinstance(output, models.MessageOutputEntry)
    assert (output.content, output.role, output.model) == (f"Echo: {words}", "assistant", MODEL)
    assert final.usage.total_tokens
    assert final.usage.completion_tokens == whole.usage.completion_tokens
    if method != "append_stream":  # each append makes the conversation (its prompt) longer
        assert final.usage == whole.usage
        assert _plain(final) == _plain(whole)
    assert final._request_id


def test_a_streamed_function_call_is_assembled(client: Mistral) -> None:
    kwargs: dict[str, Any] = {
        "inputs": "What is the weather in Lyon?",
        "model": MODEL,
        "tools": [WEATHER_TOOL],
    }
    whole = client.beta.conversations.start(**kwargs)
    text, final = managed(client, client.beta.conversations, "start_stream", **kwargs)
    assert text == ""
    (call,) = final.outputs
    assert isinstance(call, models.FunctionCallEntry)
    assert (call.name, json.loads(str(call.arguments))) == ("get_weather", {"city": "Lyon"})
    assert call.tool_call_id
    assert _plain(final) == _plain(whole)


def test_conversation_typed_events_raw_iteration_and_until_done(client: Mistral) -> None:
    conversations = client.beta.conversations
    with conversations.start_stream(inputs="one two three four five", model=MODEL) as stream:
        typed = list(stream.events())
    texts = [e for e in typed[:-1] if isinstance(e, TextDelta)]
    assert len(texts) == len(typed) - 1 > 1
    assert texts[-1].snapshot == "".join(e.delta for e in texts) == "Echo: one two three four five"
    assert isinstance(typed[-1], Done)
    assert attr(typed[-1].completion.outputs[0], "content") == texts[-1].snapshot

    with conversations.start_stream(inputs="raw events", model=MODEL) as stream:
        raw = list(stream)
        final = stream.get_final_completion()
    assert all(isinstance(e, models.ConversationEvents) for e in raw)
    assert [e.event for e in raw][0 :: len(raw) - 1] == [
        "conversation.response.started",
        "conversation.response.done",
    ]
    assert final.conversation_id == attr(raw[0].data, "conversation_id")
    pieces = "".join(str(attr(e.data, "content")) for e in raw[1:-1])
    assert attr(final.outputs[0], "content") == pieces
    assert final.usage == attr(raw[-1].data, "usage")

    with conversations.start_stream(
        inputs="weather in Nice?", model=MODEL, tools=[WEATHER_TOOL]
    ) as s:
        assert s.until_done() is s
        arguments = attr(s.get_final_completion().outputs[0], "arguments")
    assert json.loads(str(arguments)) == {"city": "Nice"}
    with conversations.start_stream(
        inputs="weather in Nice?", model=MODEL, tools=[WEATHER_TOOL]
    ) as s:
        (delta,) = [e for e in s.events() if isinstance(e, ToolCallArgumentsDelta)]
    assert (delta.name, delta.snapshot) == ("get_weather", arguments)


def test_async_conversation_raw_iteration_and_until_done(client: Mistral) -> None:
    async def main() -> tuple[list[Any], Any]:
        stream = await client.beta.conversations.start_stream_async(inputs="hi there", model=MODEL)
        async with stream:
            raw = [event async for event in stream]
            assert await stream.until_done() is stream
            final = await stream.get_final_completion()
        await client.aclose()
        return raw, final

    raw, final = asyncio.run(main())
    assert raw[0].event == "conversation.response.started"
    assert final.conversation_id == raw[0].data.conversation_id
    assert final.outputs[0].content == "Echo: hi there"


def test_transcription_stream_text_and_final(client: Mistral) -> None:
    kwargs: dict[str, Any] = {
        "model": AUDIO_MODEL,
        "file": {"file_name": "talk.wav", "content": wav(12), "content_type": "audio/wav"},
    }
    whole = client.audio.transcriptions.complete(**kwargs)
    text, final = managed(client, client.audio.transcriptions, "stream", **kwargs)
    # The emulator ends each text delta with a space; the whole text has none at its end.
    assert text.rstrip() == whole.text and len(whole.text) > 0
    assert isinstance(final, models.TranscriptionResponse)
    assert final.model_dump() == whole.model_dump()
    assert final._request_id

    with client.audio.transcriptions.stream(**kwargs) as stream:
        raw = list(stream)
        again = stream.get_final_completion()
    assert [e.event for e in raw][-1] == "transcription.done"
    assert again.text == attr(raw[-1].data, "text") == whole.text
    with client.audio.transcriptions.stream(**kwargs) as stream:
        typed = list(stream.events())
    assert isinstance(typed[-1], Done) and typed[-1].completion.segments == whole.segments
    assert "".join(e.delta for e in typed[:-1] if isinstance(e, TextDelta)) == text
