"""Completions, embeddings and moderations: deterministic, honour the request's knobs."""

from __future__ import annotations

import json
import math

import httpx

from mistralai_emulator import Contract

from .conftest import CHAT, sse_events


def test_chat_reply_is_a_deterministic_function_of_the_last_user_message(
    client: httpx.Client,
) -> None:
    first = client.post("/v1/chat/completions", json=CHAT).json()
    second = client.post("/v1/chat/completions", json=CHAT).json()
    assert first["choices"][0]["message"]["content"] == "Echo: hello there"
    assert first["id"] == second["id"]
    assert first["choices"] == second["choices"]
    assert first["usage"] == {"prompt_tokens": 2, "completion_tokens": 3, "total_tokens": 5}


def test_max_tokens_truncates_and_reports_length(client: httpx.Client) -> None:
    body = client.post("/v1/chat/completions", json={**CHAT, "max_tokens": 2}).json()
    assert body["choices"][0]["message"]["content"] == "Echo: hello"
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 2


def test_stop_sequence_cuts_the_reply(client: httpx.Client) -> None:
    body = client.post("/v1/chat/completions", json={**CHAT, "stop": ["there"]}).json()
    assert body["choices"][0]["message"]["content"].strip() == "Echo: hello"
    assert body["choices"][0]["finish_reason"] == "stop"


def test_n_gives_that_many_choices(client: httpx.Client) -> None:
    body = client.post("/v1/chat/completions", json={**CHAT, "n": 3}).json()
    assert [c["index"] for c in body["choices"]] == [0, 1, 2]


def test_json_object_response_format_gives_valid_json_content(client: httpx.Client) -> None:
    body = client.post(
        "/v1/chat/completions", json={**CHAT, "response_format": {"type": "json_object"}}
    ).json()
    assert json.loads(body["choices"][0]["message"]["content"])["reply"] == "Echo: hello there"


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            },
        },
    }
]


def test_tool_choice_any_gives_a_tool_call_with_json_arguments(client: httpx.Client) -> None:
    body = client.post(
        "/v1/chat/completions", json={**CHAT, "tools": TOOLS, "tool_choice": "any"}
    ).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "city-value", "days": 1}


def test_tool_result_gets_a_text_answer(client: httpx.Client) -> None:
    messages = [
        *CHAT["messages"],
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {"id": "abc123def", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "abc123def", "name": "get_weather", "content": "sunny"},
    ]
    body = client.post(
        "/v1/chat/completions",
        json={"model": "mistral-small-latest", "messages": messages, "tools": TOOLS},
    ).json()
    assert body["choices"][0]["message"]["content"] == "get_weather returned: sunny"


def test_stream_sends_several_chunks_then_done(client: httpx.Client, contract: Contract) -> None:
    with client.stream("POST", "/v1/chat/completions", json={**CHAT, "stream": True}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode()
    events = sse_events(text)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert len(chunks) >= 3
    assert all(not contract.named_response_errors("CompletionChunk", c) for c in chunks)
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert content == "Echo: hello there"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["usage"]["total_tokens"] == 5
    assert text.endswith("data: [DONE]\n\n")


def test_unknown_model_is_a_4xx_with_a_message(client: httpx.Client) -> None:
    r = client.post("/v1/chat/completions", json={**CHAT, "model": "no-such-model"})
    assert r.status_code == 400
    assert "no-such-model" in r.json()["message"]


def test_fim_needs_a_fim_model(client: httpx.Client) -> None:
    ok = client.post("/v1/fim/completions", json={"model": "codestral-latest", "prompt": "x = "})
    assert ok.status_code == 200 and ok.json()["choices"][0]["message"]["content"]
    r = client.post("/v1/fim/completions", json={"model": "mistral-embed", "prompt": "x"})
    assert r.status_code == 400


def test_embeddings_are_1024_unit_floats_deterministic_per_input(client: httpx.Client) -> None:
    body = client.post(
        "/v1/embeddings", json={"model": "mistral-embed", "input": ["a", "b", "a"]}
    ).json()
    vectors = [d["embedding"] for d in body["data"]]
    assert [len(v) for v in vectors] == [1024] * 3
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1) < 1e-9 for v in vectors)
    assert vectors[0] == vectors[2] != vectors[1]
    assert [d["index"] for d in body["data"]] == [0, 1, 2]


def test_moderations_score_every_category(client: httpx.Client) -> None:
    body = client.post("/v1/moderations", json={"input": ["nice day", "I will kill it"]}).json()
    calm, violent = body["results"]
    assert (
        set(calm["category_scores"])
        == set(calm["categories"])
        >= {"sexual", "hate_and_discrimination", "violence_and_threats", "selfharm", "pii"}
    )
    assert not any(calm["categories"].values())
    assert violent["categories"]["violence_and_threats"] is True
    chat = client.post("/v1/chat/moderations", json={"model": None, "input": [CHAT["messages"]]})
    assert chat.status_code == 200 and len(chat.json()["results"]) == 1
