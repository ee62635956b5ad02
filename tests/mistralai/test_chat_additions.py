"""The newer chat, FIM and agents fields and chunks, sync and async, against the emulator.

Both ends each time: the JSON the emulator received, and the typed response (structured output
valid against the schema given, a reasoning model's ``ThinkChunk`` before its text).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import jsonschema
import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

from .conftest import SdkCall

MODEL = "mistral-small-latest"
REASONING = "magistral-small-latest"
MESSAGES = [{"role": "user", "content": "Name a French painter"}]

PAINTER = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 3, "maxLength": 40},
        "born": {"type": "integer", "minimum": 1400, "maximum": 2000},
        "movement": {"enum": ["impressionism", "cubism"]},
        "works": {
            "type": "array",
            "items": {"$ref": "#/$defs/work"},
            "minItems": 2,
        },
        "alive": {"type": "boolean"},
        "score": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
        "died": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
    },
    "required": ["name", "born", "movement", "works"],
    "additionalProperties": False,
    "$defs": {
        "work": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "year": {"type": "integer"}},
            "required": ["title"],
        }
    },
}
JSON_SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "painter", "schema": PAINTER, "strict": True},
}


def last(emu: Emulator) -> dict[str, Any]:
    return emu.requests[-1]


# -- the new request fields, on the wire ----------------------------------------------------------


NEW_FIELDS: dict[str, Any] = {
    "parallel_tool_calls": False,
    "reasoning_effort": "high",
    "prompt_mode": "reasoning",
    "guardrails": [{"block_on_error": True, "moderation_llm_v1": {"action": "block"}}],
    "metadata": {"team": "docs", "run": 3},
    "prompt_cache_key": "painters-v1",
}


def test_chat_sends_the_new_fields_as_given(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "chat.complete",
        model=MODEL,
        messages=MESSAGES,
        response_format=JSON_SCHEMA_FORMAT,
        **NEW_FIELDS,
    )
    assert isinstance(reply, models.ChatCompletionResponse)
    assert last(emu)["json"] == {
        "model": MODEL,
        "messages": MESSAGES,
        "response_format": JSON_SCHEMA_FORMAT,
        **NEW_FIELDS,
        "stream": False,
    }


def test_nullable_new_fields_send_null_when_given_none(emu: Emulator, sdk_call: SdkCall) -> None:
    sdk_call(
        "chat.complete",
        model=MODEL,
        messages=MESSAGES,
        reasoning_effort=None,
        prompt_mode=None,
        metadata=None,
        parallel_tool_calls=None,  # not nullable: None means "not given"
    )
    sent = last(emu)["json"]
    assert sent["reasoning_effort"] is None and sent["prompt_mode"] is None
    assert sent["metadata"] is None and "parallel_tool_calls" not in sent


def test_a_bad_new_field_fails_before_sending_naming_method_and_field(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    with pytest.raises(ValueError, match=r"chat\.complete(_async)?\(\)") as caught:
        sdk_call("chat.complete", model=MODEL, messages=MESSAGES, prompt_mode="verbose")
    assert "prompt_mode" in str(caught.value)
    with pytest.raises(ValueError, match="json_schema.name"):
        sdk_call(
            "chat.complete",
            model=MODEL,
            messages=MESSAGES,
            response_format={"type": "json_schema", "json_schema": {"schema": {}}},
        )
    assert emu.requests == []


def test_the_schema_model_takes_the_2x_python_name_and_sends_schema(
    emu: Emulator, sdk: Mistral
) -> None:
    schema = models.JsonSchema(name="painter", schema_definition=PAINTER, strict=True)
    assert schema.schema_definition == PAINTER
    fmt = models.ResponseFormat(type="json_schema", json_schema=schema)
    sdk.chat.complete(model=MODEL, messages=MESSAGES, response_format=fmt)
    assert last(emu)["json"]["response_format"] == JSON_SCHEMA_FORMAT


def test_fim_sends_metadata_and_prompt_cache_key(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "fim.complete",
        model="codestral-latest",
        prompt="def f(",
        metadata={"k": "v"},
        prompt_cache_key="fim-1",
    )
    assert isinstance(reply, models.FIMCompletionResponse)
    sent = last(emu)["json"]
    assert sent["metadata"] == {"k": "v"} and sent["prompt_cache_key"] == "fim-1"


def test_agents_send_the_new_fields(emu: Emulator, sdk_call: SdkCall) -> None:
    emu.add_agent("ag-new", model=REASONING)
    reply = sdk_call("agents.complete", agent_id="ag-new", messages=MESSAGES, **NEW_FIELDS)
    assert isinstance(reply, models.ChatCompletionResponse)
    assert last(emu)["json"] == {
        "agent_id": "ag-new",
        "messages": MESSAGES,
        **NEW_FIELDS,
        "stream": False,
    }
    content = reply.choices[0].message.content
    assert isinstance(content, list) and isinstance(content[0], models.ThinkChunk)


# -- the new chunks, in requests ------------------------------------------------------------------


def test_the_new_chunks_are_sent_typed_or_as_dicts(emu: Emulator, sdk_call: SdkCall) -> None:
    content: list[Any] = [
        {"type": "text", "text": "Summarise these"},
        models.DocumentURLChunk(document_url="https://example.com/a.pdf", document_name="a.pdf"),
        {"type": "file", "file_id": "f-1"},
        models.AudioChunk(input_audio="UklGRg=="),
    ]
    assistant = {
        "role": "assistant",
        "content": [
            models.ThinkChunk(thinking=[models.TextChunk(text="hmm")], signature="s"),
            {"type": "text", "text": "ok"},
        ],
    }
    messages = [
        {"role": "user", "content": "first"},
        assistant,
        {"role": "user", "content": content},
    ]
    sdk_call("chat.complete", model=MODEL, messages=messages)
    sent = last(emu)["json"]["messages"]
    assert sent[2]["content"] == [
        {"type": "text", "text": "Summarise these"},
        {
            "type": "document_url",
            "document_url": "https://example.com/a.pdf",
            "document_name": "a.pdf",
        },
        {"type": "file", "file_id": "f-1"},
        {"type": "input_audio", "input_audio": "UklGRg=="},
    ]
    assert sent[1]["content"][0] == {
        "type": "thinking",
        "thinking": [{"type": "text", "text": "hmm"}],
        "signature": "s",
    }


def test_an_unknown_chunk_type_fails_before_sending(emu: Emulator, sdk_call: SdkCall) -> None:
    bad = [{"role": "user", "content": [{"type": "hologram", "frames": 3}]}]
    with pytest.raises(ValueError, match=r"chat\.complete(_async)?\(\)"):
        sdk_call("chat.complete", model=MODEL, messages=bad)
    assert emu.requests == []


# -- structured output ----------------------------------------------------------------------------


def test_json_schema_answers_are_valid_against_the_schema(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "chat.complete", model=MODEL, messages=MESSAGES, response_format=JSON_SCHEMA_FORMAT
    )
    choice = reply.choices[0]
    assert choice.finish_reason == "stop"
    value = json.loads(str(choice.message.content))
    jsonschema.validate(value, PAINTER)
    assert len(value["works"]) >= 2 and value["movement"] == "impressionism"


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"type": "integer", "multipleOf": 5, "minimum": 7}},
        {"type": "string", "enum": ["a", "b"]},
        {"type": "object", "properties": {"k": {"const": 3}}, "required": ["k"]},
        {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "string", "maxLength": 2}}},
                {"type": "object", "properties": {"b": {"type": ["null", "number"]}}},
            ]
        },
        {  # recursive: a tree of nodes ends
            "$ref": "#/$defs/node",
            "$defs": {
                "node": {
                    "type": "object",
                    "properties": {
                        "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}
                    },
                }
            },
        },
    ],
)
def test_json_schema_answers_follow_many_schema_shapes(
    emu: Emulator, sdk: Mistral, schema: dict[str, Any]
) -> None:
    fmt = {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}
    reply = sdk.chat.complete(model=MODEL, messages=MESSAGES, response_format=fmt)
    jsonschema.validate(json.loads(str(reply.choices[0].message.content)), schema)


def test_json_schema_answers_honour_max_tokens(emu: Emulator, sdk: Mistral) -> None:
    reply = sdk.chat.complete(
        model=MODEL, messages=MESSAGES, response_format=JSON_SCHEMA_FORMAT, max_tokens=3
    )
    choice = reply.choices[0]
    assert choice.finish_reason == "length"
    assert len(str(choice.message.content).split(" ")) == 3
    with pytest.raises(json.JSONDecodeError):
        json.loads(str(choice.message.content))


def test_a_streamed_json_schema_answer_joins_into_valid_json(emu: Emulator, sdk: Mistral) -> None:
    with sdk.chat.stream(model=MODEL, messages=MESSAGES, response_format=JSON_SCHEMA_FORMAT) as s:
        text = "".join(str(e.data.choices[0].delta.content or "") for e in s)
    jsonschema.validate(json.loads(text), PAINTER)


# -- reasoning ------------------------------------------------------------------------------------


def test_a_reasoning_model_thinks_first_in_a_typed_think_chunk(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    reply = sdk_call("chat.complete", model=REASONING, messages=MESSAGES)
    content = reply.choices[0].message.content
    assert isinstance(content, list) and len(content) == 2
    think, answer = content
    assert isinstance(think, models.ThinkChunk)
    assert isinstance(think.thinking[0], models.TextChunk)
    assert think.thinking[0].text.startswith("The user asks: Name a French painter.")
    assert isinstance(answer, models.TextChunk) and answer.text == "Echo: Name a French painter"
    words = len(think.thinking[0].text.split()) + len(answer.text.split())
    assert reply.usage.completion_tokens == words


def test_reasoning_effort_sets_how_much_it_thinks(emu: Emulator, sdk: Mistral) -> None:
    def thought(effort: str) -> str:
        reply = sdk.chat.complete(model=REASONING, messages=MESSAGES, reasoning_effort=effort)
        content = reply.choices[0].message.content
        if isinstance(content, str):
            return ""
        assert isinstance(content, list) and isinstance(content[0], models.ThinkChunk)
        first = content[0].thinking[0]
        assert isinstance(first, models.TextChunk)
        return first.text

    assert thought("none") == ""
    assert len(thought("low")) < len(thought("medium")) < len(thought("high"))


def test_a_non_reasoning_model_answers_plain_text(emu: Emulator, sdk: Mistral) -> None:
    reply = sdk.chat.complete(model=MODEL, messages=MESSAGES, reasoning_effort="high")
    assert reply.choices[0].message.content == "Echo: Name a French painter"


def test_thinking_counts_toward_max_tokens(emu: Emulator, sdk: Mistral) -> None:
    reply = sdk.chat.complete(model=REASONING, messages=MESSAGES, max_tokens=4)
    choice = reply.choices[0]
    assert choice.finish_reason == "length"
    content = choice.message.content
    assert isinstance(content, list) and isinstance(content[0], models.ThinkChunk)
    first = content[0].thinking[0]
    assert isinstance(first, models.TextChunk) and len(first.text.split()) == 4
    assert isinstance(content[1], models.TextChunk) and content[1].text == ""


def test_a_streamed_reasoning_answer_sends_the_thinking_chunk_first(
    emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    if flavour == "sync":
        with sdk.chat.stream(model=REASONING, messages=MESSAGES) as stream:
            events = list(stream)
    else:

        async def collect() -> list[models.CompletionEvent]:
            stream = await sdk.chat.stream_async(model=REASONING, messages=MESSAGES)
            async with stream:
                return [e async for e in stream]

        events = asyncio.run(collect())
    deltas = [e.data.choices[0].delta.content for e in events]
    chunked = [d for d in deltas if isinstance(d, list)]
    assert len(chunked) == 1 and isinstance(chunked[0][0], models.ThinkChunk)
    first_text = next(i for i, d in enumerate(deltas) if isinstance(d, str) and d)
    assert deltas.index(chunked[0]) < first_text
    assert "".join(d for d in deltas if isinstance(d, str)) == "Echo: Name a French painter"


# -- tools ----------------------------------------------------------------------------------------

WEATHER_TOOLS = [
    {
        "type": "function",
        "function": {
            "name": name,
            "description": f"The weather {what} in a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    for name, what in (("weather_now", "now"), ("weather_tomorrow", "tomorrow"))
]


@pytest.mark.parametrize(("parallel", "calls"), [(True, 2), (False, 1), (None, 2)])
def test_parallel_tool_calls_is_honoured(
    emu: Emulator, sdk: Mistral, parallel: bool | None, calls: int
) -> None:
    messages = [{"role": "user", "content": "What is the weather in Paris?"}]
    reply = sdk.chat.complete(
        model=MODEL, messages=messages, tools=WEATHER_TOOLS, parallel_tool_calls=parallel
    )
    tool_calls = reply.choices[0].message.tool_calls
    assert tool_calls is not None and len(tool_calls) == calls
    assert reply.choices[0].finish_reason == "tool_calls"


def test_a_reasoning_answer_goes_back_into_the_conversation(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    first = sdk_call("chat.complete", model=REASONING, messages=MESSAGES)
    message = first.choices[0].message
    follow_up = [*MESSAGES, message, {"role": "user", "content": "Another one"}]
    second = sdk_call("chat.complete", model=REASONING, messages=follow_up)
    assert isinstance(second.choices[0].message.content, list)
    sent = last(emu)["json"]["messages"][1]
    assert sent["role"] == "assistant"
    assert [c["type"] for c in sent["content"]] == ["thinking", "text"]
    assert sent["content"][0]["thinking"][0]["text"].startswith("The user asks: ")
