"""The emulator's agents (``/v1/agents``) over raw HTTP: one store for the API, the admin
registration and agents completions; ``find_agent`` as conversations use it; resets."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mistralai_emulator import Emulator
from mistralai_emulator._agent_store import find_agent
from mistralai_emulator._state import NotFound

USER = [{"role": "user", "content": "hi"}]


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post(
        "/v1/agents", json={"model": "mistral-small-latest", "name": "a", **fields}
    )
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def test_find_agent_by_current_version_number_text_or_alias(
    emu: Emulator, client: httpx.Client
) -> None:
    agent = create(client, instructions="v0")
    client.patch(f"/v1/agents/{agent['id']}", json={"instructions": "v1"})
    client.put(f"/v1/agents/{agent['id']}/aliases", params={"alias": "old", "version": 0})
    state = emu.app.state
    assert find_agent(state, agent["id"]).instructions == "v1"
    assert find_agent(state, agent["id"], 0).instructions == "v0"
    assert find_agent(state, agent["id"], "1").instructions == "v1"
    assert find_agent(state, agent["id"], "old").version == 0
    for missing in (("ag_nope", None), (agent["id"], 5), (agent["id"], "nope")):
        with pytest.raises(NotFound):
            find_agent(state, *missing)


def test_a_deleted_agent_answers_404_everywhere(emu: Emulator, client: httpx.Client) -> None:
    agent = create(client)
    assert client.delete(f"/v1/agents/{agent['id']}").status_code == 204
    ask = {"agent_id": agent["id"], "messages": USER}
    refused = client.post("/v1/agents/completions", json=ask)
    assert refused.status_code == 404
    assert refused.json()["message"] == f"Agent not found: {agent['id']}"
    for path in ("", "/versions", "/aliases", "/versions/0"):
        assert client.get(f"/v1/agents/{agent['id']}{path}").status_code == 404
    with pytest.raises(NotFound):
        find_agent(emu.app.state, agent["id"])


def test_registered_agents_are_version_0_of_the_same_store(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.add_agent("ag:reg", model="mistral-small-latest", instructions="Be kind.")
    got = client.get("/v1/agents/ag:reg").json()
    assert (got["id"], got["version"], got["instructions"]) == ("ag:reg", 0, "Be kind.")
    made = create(client, name="via-api")
    listed = httpx.get(emu.url + "/_emulator/agents").json()["agents"]
    assert [a["id"] for a in listed] == ["ag:reg", made["id"]]
    client.patch("/v1/agents/ag:reg", json={"model": "mistral-large-latest"})
    answer = client.post("/v1/agents/completions", json={"agent_id": "ag:reg", "messages": USER})
    assert answer.json()["model"] == "mistral-large-latest"


def test_configured_agents_come_back_as_given_after_a_reset() -> None:
    with Emulator(agents=["ag:conf"]) as emu:
        headers = {"Authorization": f"Bearer {emu.api_key}"}
        with httpx.Client(base_url=emu.url, headers=headers) as client:
            client.patch("/v1/agents/ag:conf", json={"model": "mistral-small-latest"})
            assert client.get("/v1/agents/ag:conf").json()["version"] == 1
            made = create(client)
            emu.reset()
            back = client.get("/v1/agents/ag:conf").json()
            assert (back["version"], back["model"]) == (0, "mistral-large-latest")
            assert client.get(f"/v1/agents/{made['id']}").status_code == 404


def test_update_with_null_keeps_the_required_fields_and_clears_the_others(
    client: httpx.Client,
) -> None:
    agent = create(client, description="d", instructions="i")
    updated = client.patch(
        f"/v1/agents/{agent['id']}", json={"model": None, "name": None, "description": None}
    ).json()
    assert (updated["model"], updated["name"]) == ("mistral-small-latest", "a")
    assert (updated["description"], updated["instructions"]) == (None, "i")


def test_an_agent_needs_a_chat_model(client: httpx.Client) -> None:
    refused = client.post("/v1/agents", json={"model": "mistral-embed", "name": "x"})
    assert refused.status_code == 400
    agent = create(client)
    refused = client.patch(f"/v1/agents/{agent['id']}", json={"model": "no-such-model"})
    assert refused.status_code == 400
    assert client.get(f"/v1/agents/{agent['id']}").json()["versions"] == [0]


def test_agent_instructions_reach_the_model_as_a_system_message(
    client: httpx.Client,
) -> None:
    plain = client.post(
        "/v1/agents/completions",
        json={"agent_id": create(client)["id"], "messages": USER},
    ).json()
    instructed = client.post(
        "/v1/agents/completions",
        json={"agent_id": create(client, instructions="Be brief " * 10)["id"], "messages": USER},
    ).json()
    assert instructed["usage"]["prompt_tokens"] > plain["usage"]["prompt_tokens"]


def test_batch_delete_and_unknown_endpoints(client: httpx.Client) -> None:
    assert client.delete("/v1/batch/jobs/00000000-0000-0000-0000-000000000000").status_code == 404
    refused = client.post(
        "/v1/batch/jobs",
        json={"input_files": [], "endpoint": "/v1/ocr", "model": "mistral-ocr-latest"},
    )
    assert refused.status_code == 400 and "/v1/ocr" in refused.json()["message"]
    empty = client.post(
        "/v1/batch/jobs",
        json={"input_files": [], "endpoint": "/v1/embeddings", "model": "mistral-embed"},
    )
    assert empty.status_code == 400
