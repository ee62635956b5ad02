"""``client.beta.agents``: every operation, sync and async, against the emulator.

Each test checks what the emulator received (method, path, query, JSON body: the ``emu``
fixture also fails the test if a request broke the contract) and what the method returned
(the typed model). The last tests walk the versions and aliases state machine end to end and
use an agent in ``agents.complete``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import pytest

from mistralai import Mistral, models
from mistralai.models._beta_agents import Agent, AgentAliasResponse
from mistralai.models._conversations import FunctionTool
from mistralai_emulator import Emulator
from tests.conftest import ROOT

from .conftest import SdkCall
from .test_resources import last, query

MODEL = "mistral-small-latest"
TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


def make(sdk: Mistral, **fields: Any) -> Agent:
    return sdk.beta.agents.create(**{"model": MODEL, "name": "helper", **fields})


def test_create_sends_the_body_and_parses_the_agent(emu: Emulator, sdk_call: SdkCall) -> None:
    agent = sdk_call(
        "beta.agents.create",
        model=MODEL,
        name="helper",
        instructions="Answer in one word.",
        tools=[TOOL],
        completion_args={"temperature": 0.2, "max_tokens": 50},
        description="A helper.",
        handoffs=["ag_other"],
        metadata={"team": "sdk"},
        version_message="first",
    )
    assert isinstance(agent, Agent)
    assert (agent.model, agent.name, agent.version, agent.versions) == (MODEL, "helper", 0, [0])
    assert agent.instructions == "Answer in one word."
    assert isinstance(agent.tools[0], FunctionTool)
    assert agent.tools[0].function.name == "get_weather"
    assert agent.completion_args is not None and agent.completion_args.temperature == 0.2
    assert (agent.metadata, agent.handoffs, agent.version_message) == (
        {"team": "sdk"},
        ["ag_other"],
        "first",
    )
    assert agent.created_at <= agent.updated_at
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/agents")
    assert entry["json"] == {
        "model": MODEL,
        "name": "helper",
        "instructions": "Answer in one word.",
        "tools": [TOOL],
        "completion_args": {"temperature": 0.2, "max_tokens": 50},
        "description": "A helper.",
        "handoffs": ["ag_other"],
        "metadata": {"team": "sdk"},
        "version_message": "first",
    }


def test_create_sends_only_what_was_given(emu: Emulator, sdk_call: SdkCall) -> None:
    sdk_call("beta.agents.create", model=MODEL, name="bare")
    assert last(emu)["json"] == {"model": MODEL, "name": "bare"}


def test_create_refuses_bad_input_before_sending(emu: Emulator, sdk: Mistral) -> None:
    with pytest.raises(TypeError, match=r"beta\.agents\.create\(\).*'name'"):
        sdk.beta.agents.create(model=MODEL)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match=r"(?s)beta\.agents\.create.*tools"):
        sdk.beta.agents.create(model=MODEL, name="x", tools=[{"type": "no-such-tool"}])
    assert emu.requests == []


def test_create_with_an_unknown_model_is_refused_by_the_emulator(sdk: Mistral) -> None:
    with pytest.raises(models.SDKError) as refused:
        sdk.beta.agents.create(model="no-such-model", name="x")
    assert refused.value.status_code == 400


def test_list_sends_every_filter(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    wanted = make(sdk, name="finder", metadata={"team": "sdk"})
    make(sdk, name="other")
    found = sdk_call(
        "beta.agents.list",
        page=0,
        page_size=5,
        deployment_chat=False,
        sources=["api", "playground"],
        name="finder",
        search="find",
        id=wanted.id,
        metadata={"team": "sdk"},
    )
    assert isinstance(found, list) and all(isinstance(a, Agent) for a in found)
    assert [a.id for a in found] == [wanted.id]
    assert query(last(emu)) == {
        "page": ["0"],
        "page_size": ["5"],
        "deployment_chat": ["false"],
        "sources": ["api", "playground"],
        "name": ["finder"],
        "search": ["find"],
        "id": [wanted.id],
        "metadata": ['{"team":"sdk"}'],
    }


def test_list_pages_newest_first(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    made = [make(sdk, name=f"a{i}").id for i in range(3)]
    first = sdk_call("beta.agents.list", page_size=2)
    second = sdk_call("beta.agents.list", page=1, page_size=2)
    assert [a.id for a in first + second] == made[::-1]
    assert query(last(emu)) == {"page": ["1"], "page_size": ["2"]}


def test_get_current_version_or_one_by_number_or_alias(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk, instructions="v0")
    sdk.beta.agents.update(agent_id=agent.id, instructions="v1")
    current = sdk_call("beta.agents.get", agent_id=agent.id)
    assert isinstance(current, Agent)
    assert (current.version, current.instructions) == (1, "v1")
    assert (last(emu)["path"], last(emu)["query"]) == (f"/v1/agents/{agent.id}", "")
    old = sdk_call("beta.agents.get", agent_id=agent.id, agent_version=0)
    assert (old.version, old.instructions, old.versions) == (0, "v0", [0, 1])
    assert query(last(emu)) == {"agent_version": ["0"]}
    sdk.beta.agents.create_version_alias(agent_id=agent.id, alias="stable", version=0)
    aliased = sdk_call("beta.agents.get", agent_id=agent.id, agent_version="stable")
    assert aliased.instructions == "v0"
    assert query(last(emu)) == {"agent_version": ["stable"]}


def test_update_makes_a_new_version_keeping_what_was_not_given(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk, instructions="Be brief.", description="first")
    updated = sdk_call(
        "beta.agents.update",
        agent_id=agent.id,
        name="renamed",
        deployment_chat=True,
        version_message="rename",
        description=None,
    )
    assert isinstance(updated, Agent)
    assert (updated.id, updated.version, updated.versions) == (agent.id, 1, [0, 1])
    assert (updated.name, updated.instructions, updated.model) == ("renamed", "Be brief.", MODEL)
    assert (updated.description, updated.deployment_chat) == (None, True)
    assert updated.version_message == "rename"
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("PATCH", f"/v1/agents/{agent.id}")
    assert entry["json"] == {
        "name": "renamed",
        "deployment_chat": True,
        "version_message": "rename",
        "description": None,  # nullable: an explicit None is sent, and clears the field
    }


def test_delete_returns_none_and_the_agent_is_gone(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk)
    assert sdk_call("beta.agents.delete", agent_id=agent.id) is None
    assert (last(emu)["method"], last(emu)["path"]) == ("DELETE", f"/v1/agents/{agent.id}")
    with pytest.raises(models.SDKError) as gone:
        sdk.beta.agents.get(agent_id=agent.id)
    assert gone.value.status_code == 404
    with pytest.raises(models.SDKError) as again:
        sdk.beta.agents.delete(agent_id=agent.id)
    assert again.value.status_code == 404
    assert agent.id not in [a.id for a in sdk.beta.agents.list()]


def test_update_version_makes_an_old_version_current(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk, instructions="v0")
    sdk.beta.agents.update(agent_id=agent.id, instructions="v1")
    back = sdk_call("beta.agents.update_version", agent_id=agent.id, version=0)
    assert isinstance(back, Agent)
    assert (back.version, back.instructions, back.versions) == (0, "v0", [0, 1])
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("PATCH", f"/v1/agents/{agent.id}/version")
    assert query(entry) == {"version": ["0"]}
    assert sdk.beta.agents.get(agent_id=agent.id).instructions == "v0"
    with pytest.raises(models.SDKError) as missing:
        sdk.beta.agents.update_version(agent_id=agent.id, version=7)
    assert missing.value.status_code == 404


def test_list_versions_newest_first_in_pages(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk)
    for i in range(2):
        sdk.beta.agents.update(agent_id=agent.id, description=f"d{i}")
    versions = sdk_call("beta.agents.list_versions", agent_id=agent.id)
    assert all(isinstance(v, Agent) for v in versions)
    assert [v.version for v in versions] == [2, 1, 0]
    assert [v.description for v in versions] == ["d1", "d0", None]
    assert last(emu)["path"] == f"/v1/agents/{agent.id}/versions"
    page = sdk_call("beta.agents.list_versions", agent_id=agent.id, page=1, page_size=2)
    assert [v.version for v in page] == [0]
    assert query(last(emu)) == {"page": ["1"], "page_size": ["2"]}


def test_get_version_by_number(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    agent = make(sdk, instructions="v0")
    sdk.beta.agents.update(agent_id=agent.id, instructions="v1")
    found = sdk_call("beta.agents.get_version", agent_id=agent.id, version="0")
    assert isinstance(found, Agent)
    assert (found.version, found.instructions) == (0, "v0")
    assert (last(emu)["method"], last(emu)["path"]) == ("GET", f"/v1/agents/{agent.id}/versions/0")
    with pytest.raises(models.SDKError) as missing:
        sdk.beta.agents.get_version(agent_id=agent.id, version="9")
    assert missing.value.status_code == 404


def test_create_version_alias_creates_then_moves(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    agent = make(sdk)
    sdk.beta.agents.update(agent_id=agent.id, description="new")
    made = sdk_call("beta.agents.create_version_alias", agent_id=agent.id, alias="prod", version=0)
    assert isinstance(made, AgentAliasResponse)
    assert (made.alias, made.version) == ("prod", 0)
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("PUT", f"/v1/agents/{agent.id}/aliases")
    assert query(entry) == {"alias": ["prod"], "version": ["0"]}
    moved = sdk_call("beta.agents.create_version_alias", agent_id=agent.id, alias="prod", version=1)
    assert (moved.version, moved.created_at) == (1, made.created_at)
    assert moved.updated_at >= made.updated_at
    with pytest.raises(models.SDKError) as missing:
        sdk.beta.agents.create_version_alias(agent_id=agent.id, alias="x", version=5)
    assert missing.value.status_code == 404


def test_list_version_aliases(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    agent = make(sdk)
    assert sdk_call("beta.agents.list_version_aliases", agent_id=agent.id) == []
    sdk.beta.agents.create_version_alias(agent_id=agent.id, alias="b", version=0)
    sdk.beta.agents.create_version_alias(agent_id=agent.id, alias="a", version=0)
    found = sdk_call("beta.agents.list_version_aliases", agent_id=agent.id)
    assert all(isinstance(a, AgentAliasResponse) for a in found)
    assert [(a.alias, a.version) for a in found] == [("a", 0), ("b", 0)]
    assert (last(emu)["method"], last(emu)["path"]) == ("GET", f"/v1/agents/{agent.id}/aliases")


def test_delete_version_alias(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    agent = make(sdk)
    sdk.beta.agents.create_version_alias(agent_id=agent.id, alias="prod", version=0)
    assert sdk_call("beta.agents.delete_version_alias", agent_id=agent.id, alias="prod") is None
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("DELETE", f"/v1/agents/{agent.id}/aliases")
    assert query(entry) == {"alias": ["prod"]}
    assert sdk.beta.agents.list_version_aliases(agent_id=agent.id) == []
    with pytest.raises(models.SDKError) as gone:
        sdk.beta.agents.get(agent_id=agent.id, agent_version="prod")
    assert gone.value.status_code == 404


# -- end to end -----------------------------------------------------------------------------------


def test_versions_and_aliases_state_machine_end_to_end(emu: Emulator, sdk: Mistral) -> None:
    """create (v0) -> update (v1) -> update (v2) -> alias stable=v1 -> roll back to v1 ->
    update (v3, from v1's fields) -> move the alias -> delete the alias -> delete the agent."""
    beta = sdk.beta.agents
    agent = beta.create(model=MODEL, name="bot", instructions="zero")
    assert (agent.version, agent.versions) == (0, [0])
    one = beta.update(agent_id=agent.id, instructions="one")
    two = beta.update(agent_id=agent.id, instructions="two", model="mistral-large-latest")
    assert (one.version, two.version, two.versions) == (1, 2, [0, 1, 2])
    beta.create_version_alias(agent_id=agent.id, alias="stable", version=1)
    assert beta.get(agent_id=agent.id, agent_version="stable").instructions == "one"
    rolled = beta.update_version(agent_id=agent.id, version=1)
    assert (rolled.version, rolled.model, rolled.instructions) == (1, MODEL, "one")
    three = beta.update(agent_id=agent.id, description="from one")
    assert (three.version, three.instructions, three.model) == (3, "one", MODEL)
    assert [v.version for v in beta.list_versions(agent_id=agent.id)] == [3, 2, 1, 0]
    beta.create_version_alias(agent_id=agent.id, alias="stable", version=3)
    assert beta.get(agent_id=agent.id, agent_version="stable").description == "from one"
    beta.delete_version_alias(agent_id=agent.id, alias="stable")
    assert beta.list_version_aliases(agent_id=agent.id) == []
    beta.delete(agent_id=agent.id)
    for gone in (
        lambda: beta.get(agent_id=agent.id),
        lambda: beta.list_versions(agent_id=agent.id),
        lambda: beta.list_version_aliases(agent_id=agent.id),
        lambda: sdk.agents.complete(agent_id=agent.id, messages=[{"role": "user", "content": "x"}]),
    ):
        with pytest.raises(models.SDKError) as refused:
            gone()
        assert refused.value.status_code == 404


def test_an_agent_made_through_the_api_answers_agents_complete(
    emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    agent = make(sdk, model="mistral-large-latest", completion_args={"max_tokens": 2})
    messages = [{"role": "user", "content": "one two three four"}]
    if flavour == "sync":
        reply = sdk.agents.complete(agent_id=agent.id, messages=messages)
    else:
        reply = asyncio.run(sdk.agents.complete_async(agent_id=agent.id, messages=messages))
    assert reply.model == "mistral-large-latest"  # the agent's model
    assert reply.choices[0].finish_reason == "length"  # the agent's max_tokens
    sdk.beta.agents.update(agent_id=agent.id, model=MODEL, completion_args={})
    again = sdk.agents.complete(agent_id=agent.id, messages=messages)
    assert again.model == MODEL and again.choices[0].finish_reason == "stop"


def test_an_agents_function_tools_are_offered_to_its_model(emu: Emulator, sdk: Mistral) -> None:
    agent = make(sdk, tools=[TOOL])
    reply = sdk.agents.complete(
        agent_id=agent.id, messages=[{"role": "user", "content": "What is the weather in Paris?"}]
    )
    calls = reply.choices[0].message.tool_calls
    assert calls and calls[0].function.name == "get_weather"


def test_agents_registered_in_the_emulator_are_listed_and_versioned(
    emu: Emulator, sdk: Mistral
) -> None:
    emu.add_agent("ag:known", model=MODEL, instructions="hi")
    known = sdk.beta.agents.get(agent_id="ag:known")
    assert (known.id, known.model, known.instructions, known.version) == (
        "ag:known",
        MODEL,
        "hi",
        0,
    )
    sdk.beta.agents.update(agent_id="ag:known", model="mistral-large-latest")
    reply = sdk.agents.complete(agent_id="ag:known", messages=[{"role": "user", "content": "x"}])
    assert reply.model == "mistral-large-latest"


def test_beta_agents_load_only_when_used() -> None:
    """``import mistralai`` and ``client.beta`` import neither the resource nor its models."""
    code = (
        "import sys\n"
        "from mistralai import Mistral\n"
        "client = Mistral(api_key='k')\n"
        "watched = ('mistralai._resources.beta_agents', 'mistralai.models._beta_agents',\n"
        "           'mistralai.models._conversations')\n"
        "beta = client.beta\n"
        "print(sorted(m for m in watched if m in sys.modules))\n"
        "beta.agents\n"
        "print(sorted(m for m in watched if m in sys.modules))\n"
    )
    path = os.pathsep.join([str(ROOT / "shared/src"), str(ROOT / "packages/mistralai/src")])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    before, after = result.stdout.strip().splitlines()
    assert before == "[]"
    assert after == (
        "['mistralai._resources.beta_agents', 'mistralai.models._beta_agents', "
        "'mistralai.models._conversations']"
    )
