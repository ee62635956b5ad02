"""The emulator's conversations over plain HTTP: state, the service's refusals, stream framing.

The SDK's side (every method, sync and async) is in ``tests/mistralai/test_conversations.py``;
here the emulator alone is checked, as any client would see it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from mistralai_emulator import Contract, Emulator

MODEL = "mistral-small-latest"


def post(client: httpx.Client, path: str, body: dict[str, Any], status: int = 200) -> Any:
    r = client.post(path, json=body)
    assert r.status_code == status, r.text
    return r.json()


def sse_events(body: str) -> list[tuple[str, dict[str, Any]]]:
    """(event name, data) of each event of an SSE body; every block has both lines."""
    events = []
    for block in body.split("\n\n"):
        if not block:
            continue
        name, data = block.split("\n")
        assert name.startswith("event: ") and data.startswith("data: "), block
        events.append((name[len("event: ") :], json.loads(data[len("data: ") :])))
    return events


def test_a_stream_is_named_events_from_started_to_done_without_done_marker(
    client: httpx.Client, contract: Contract
) -> None:
    r = client.post(
        "/v1/conversations", json={"inputs": "a b c d e", "model": MODEL, "stream": True}
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    assert "[DONE]" not in r.text
    events = sse_events(r.text)
    assert [name for name, _ in events] == [data["type"] for _, data in events]
    names = [name for name, _ in events]
    assert names[0] == "conversation.response.started"
    assert names[-1] == "conversation.response.done"
    assert set(names[1:-1]) == {"message.output.delta"}
    text = "".join(data["content"] for name, data in events if name == "message.output.delta")
    assert text == "Echo: a b c d e"
    for _, data in events:
        assert (
            contract.named_response_errors(
                "ConversationEvents", {"event": data["type"], "data": data}
            )
            == []
        )
    conversation_id = events[0][1]["conversation_id"]
    history = client.get(f"/v1/conversations/{conversation_id}/history").json()
    assert history["entries"][-1]["content"] == text


def test_start_refuses_both_or_neither_of_model_and_agent(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.add_agent("ag:x")
    both = post(
        client, "/v1/conversations", {"inputs": "x", "model": MODEL, "agent_id": "ag:x"}, 400
    )
    assert "model or agent_id" in both["message"]
    post(client, "/v1/conversations", {"inputs": "x"}, 400)
    post(client, "/v1/conversations", {"inputs": "x", "model": "no-such-model"}, 400)
    post(client, "/v1/conversations", {"inputs": "x", "agent_id": "ag:none"}, 404)
    post(client, "/v1/conversations", {"inputs": "x", "agent_id": "ag:x", "agent_version": 3}, 404)
    agent = post(
        client, "/v1/conversations", {"inputs": "x", "agent_id": "ag:x", "agent_version": 0}
    )
    got = client.get(f"/v1/conversations/{agent['conversation_id']}").json()
    assert (got["agent_id"], got["agent_version"]) == ("ag:x", 0)
    assert "model" not in got


def test_agent_instructions_come_first_in_what_the_model_sees(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.add_agent("ag:inst", instructions="Always greet.")
    reply = post(client, "/v1/conversations", {"inputs": "hello", "agent_id": "ag:inst"})
    # The deterministic model echoes the last user message; a system message first costs tokens.
    plain = post(client, "/v1/conversations", {"inputs": "hello", "model": "mistral-large-latest"})
    assert reply["outputs"][0]["content"] == plain["outputs"][0]["content"] == "Echo: hello"
    assert reply["outputs"][0]["agent_id"] == "ag:inst"
    assert reply["usage"]["prompt_tokens"] == plain["usage"]["prompt_tokens"] + 2


def test_store_false_and_reset_keep_nothing(emu: Emulator, client: httpx.Client) -> None:
    unkept = post(client, "/v1/conversations", {"inputs": "x", "model": MODEL, "store": False})
    assert client.get(f"/v1/conversations/{unkept['conversation_id']}").status_code == 404
    kept = post(client, "/v1/conversations", {"inputs": "x", "model": MODEL})
    assert [c["id"] for c in client.get("/v1/conversations").json()] == [kept["conversation_id"]]
    emu.reset()
    assert client.get("/v1/conversations").json() == []


def test_append_needs_inputs_and_the_order_rules_of_chat(client: httpx.Client) -> None:
    started = post(client, "/v1/conversations", {"inputs": "x", "model": MODEL})
    path = f"/v1/conversations/{started['conversation_id']}"
    post(client, path, {}, 400)
    answer = started["outputs"][0]
    restart = f"{path}/restart"
    # From the answer with nothing new, the conversation would end with the assistant: refused.
    refused = post(client, restart, {"from_entry_id": answer["id"]}, 400)
    assert "Expected last role" in refused["message"]
    post(client, restart, {"from_entry_id": "missing"}, 404)


def test_entries_get_ids_types_and_times(client: httpx.Client) -> None:
    started = post(
        client,
        "/v1/conversations",
        {"inputs": [{"role": "user", "content": "hi", "id": "mine"}], "model": MODEL},
    )
    entries = client.get(f"/v1/conversations/{started['conversation_id']}/history").json()[
        "entries"
    ]
    assert [e["type"] for e in entries] == ["message.input", "message.output"]
    assert all(e["object"] == "entry" and e["created_at"] for e in entries)
    ids = [e["id"] for e in entries]
    assert "mine" not in ids and len(set(ids)) == 2  # the service assigns entry ids
