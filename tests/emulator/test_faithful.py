"""The emulator behaves like the service where tests care (issue 9): the model catalogue and
its capabilities, conversation rules, tool loops, generation options and agents. Each behaviour
is checked raw through httpx and through the SDK (``via``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mistralai import Mistral
from mistralai.models import SDKError
from mistralai_emulator import Emulator

Call = Callable[..., dict[str, Any]]


class Refused(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status, body)
        self.status, self.body = status, body


@pytest.fixture(params=["httpx", "sdk"])
def via(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sdk(emu: Emulator) -> Iterator[Mistral]:
    with Mistral(api_key=emu.api_key, server_url=emu.url) as client:
        yield client


def caller(via: str, emu: Emulator, sdk: Mistral, path: str, method: str) -> Call:
    """POST ``path`` raw, or call the SDK's ``method``; both give the JSON body or Refused."""

    def raw(**body: Any) -> dict[str, Any]:
        r = httpx.post(
            emu.url + path,
            json=body,
            headers={"Authorization": f"Bearer {emu.api_key}"},
            timeout=10,
        )
        if r.status_code != 200:
            raise Refused(r.status_code, r.json())
        data: dict[str, Any] = r.json()
        return data

    def through_sdk(**body: Any) -> dict[str, Any]:
        resource, name = method.split(".")
        try:
            reply = getattr(getattr(sdk, resource), name)(**body)
        except SDKError as exc:
            raise Refused(exc.status_code, json.loads(exc.body)) from exc
        data: dict[str, Any] = reply.model_dump(mode="json", by_alias=True)
        return data

    return raw if via == "httpx" else through_sdk


@pytest.fixture
def chat(via: str, emu: Emulator, sdk: Mistral) -> Call:
    return caller(via, emu, sdk, "/v1/chat/completions", "chat.complete")


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


# -- the catalogue --------------------------------------------------------------------------------

LEGACY_AND_VISION = [
    "mistral-tiny",
    "mistral-small",
    "mistral-medium",
    "open-mistral-7b",
    "open-mixtral-8x7b",
    "open-mixtral-8x22b",
    "pixtral-12b",
    "pixtral-large-latest",
    "codestral-latest",
    "mistral-large-2411",
]


@pytest.mark.parametrize("model", LEGACY_AND_VISION)
def test_models_served_since_v1_answer_chat(chat: Call, model: str) -> None:
    reply = chat(model=model, messages=[user("hello")])
    assert reply["model"] == model and reply["choices"][0]["message"]["content"]


def test_cards_show_aliases_and_a_legacy_name_resolves_to_its_model(client: httpx.Client) -> None:
    cards = {c["id"]: c for c in client.get("/v1/models").json()["data"]}
    assert "mistral-tiny" in cards["open-mistral-7b"]["aliases"]
    assert "pixtral-12b" in cards["pixtral-12b-latest"]["aliases"]
    assert cards["pixtral-12b-latest"]["capabilities"]["vision"] is True
    assert cards["mistral-embed"]["capabilities"]["completion_chat"] is False
    assert client.get("/v1/models/mistral-tiny").json()["id"] == "open-mistral-7b"


IMAGE = {"type": "image_url", "image_url": "https://example.com/cat.png"}
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "required": ["city"],
            "properties": {"city": {"type": "string"}},
        },
    },
}


@pytest.mark.parametrize(
    ("body", "capability"),
    [
        (
            {
                "model": "open-mistral-7b",
                "messages": [{"role": "user", "content": [{"type": "text", "text": "x"}, IMAGE]}],
            },
            "vision",
        ),
        (
            {"model": "open-mixtral-8x7b", "messages": [user("x")], "tools": [TOOL]},
            "function_calling",
        ),
        ({"model": "mistral-embed", "messages": [user("x")]}, "completion_chat"),
    ],
)
def test_chat_needs_the_capabilities_the_request_uses(
    chat: Call, body: dict[str, Any], capability: str
) -> None:
    with pytest.raises(Refused) as refused:
        chat(**body)
    assert refused.value.status == 400
    assert refused.value.body["message"] == f"Model {body['model']} does not support {capability}"


def test_other_endpoints_need_their_capability(emu: Emulator, client: httpx.Client) -> None:
    assert (
        client.post(
            "/v1/fim/completions", json={"model": "mistral-large-latest", "prompt": "x"}
        ).status_code
        == 400
    )
    assert (
        client.post("/v1/embeddings", json={"model": "mistral-tiny", "input": ["x"]}).status_code
        == 400
    )
    assert (
        client.post("/v1/moderations", json={"model": "mistral-embed", "input": ["x"]}).status_code
        == 400
    )
    vision = {"model": "pixtral-12b", "messages": [{"role": "user", "content": [IMAGE]}]}
    assert client.post("/v1/chat/completions", json=vision).status_code == 200
    file_id = client.post("/v1/files", files={"file": ("t.jsonl", b'{"messages": []}\n')}).json()[
        "id"
    ]
    # The contract's enum lists only fine-tunable models; a catalogue entry can still say no
    # (an entry with a known id replaces the shipped one).
    emu.add_model("ministral-3b-latest", ["completion_chat"])
    job = {
        "model": "ministral-3b-latest",
        "training_files": [{"file_id": file_id}],
        "hyperparameters": {},
    }
    refused = client.post("/v1/fine_tuning/jobs", json=job)
    assert refused.status_code == 400 and "fine_tuning" in refused.json()["message"]


def test_models_added_through_the_emulator_api_and_the_admin_api(
    emu: Emulator, client: httpx.Client
) -> None:
    assert (
        client.post(
            "/v1/chat/completions", json={"model": "my-model", "messages": [user("x")]}
        ).status_code
        == 400
    )
    emu.add_model("my-model", ["completion_chat"], aliases=["mine"])
    assert (
        client.post(
            "/v1/chat/completions", json={"model": "mine", "messages": [user("x")]}
        ).status_code
        == 200
    )
    with_tools = {"model": "my-model", "messages": [user("x")], "tools": [TOOL]}
    assert client.post("/v1/chat/completions", json=with_tools).status_code == 400
    admin = httpx.post(
        emu.url + "/_emulator/models", json={"id": "other", "capabilities": ["embedding"]}
    )
    assert admin.status_code == 200
    assert client.post("/v1/embeddings", json={"model": "other", "input": ["x"]}).status_code == 200
    bad = httpx.post(emu.url + "/_emulator/models", json={"id": "x", "capabilities": ["flying"]})
    assert bad.status_code == 400 and "flying" in bad.json()["message"]
    emu.reset()  # models added at run time go with a reset
    assert client.get("/v1/models/my-model").status_code == 404


def test_models_given_to_the_constructor_survive_a_reset() -> None:
    emu = Emulator(models=[{"id": "house-model", "capabilities": ["completion_chat"]}])
    try:
        emu.reset()
        with httpx.Client(transport=emu.transport(), base_url=emu.url) as c:
            r = c.get("/v1/models/house-model", headers={"Authorization": f"Bearer {emu.api_key}"})
        assert r.status_code == 200 and r.json()["capabilities"]["completion_chat"] is True
    finally:
        emu.close()


def test_a_bad_models_entry_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"'max_context_length' must be a positive integer"):
        Emulator(models=[{"id": "m", "max_context_length": "big"}])


# -- conversation rules ---------------------------------------------------------------------------

CALL = {
    "id": "call00001",
    "type": "function",
    "function": {"name": "get_weather", "arguments": "{}"},
}
RULES = {
    "empty": ([], "Expected at least one message in the conversation (messages is empty)"),
    "ends with the assistant": (
        [user("hi"), {"role": "assistant", "content": "Hello"}],
        "Expected last role User or Tool (or Assistant with prefix True) for serving"
        " but got assistant",
    ),
    "tool answers no call": (
        [user("hi"), {"role": "tool", "content": "sunny", "tool_call_id": "call00001"}],
        "Unexpected role 'tool' after role 'user'",
    ),
    "user right after a tool": (
        [
            user("weather?"),
            {"role": "assistant", "content": "", "tool_calls": [CALL]},
            {"role": "tool", "content": "sunny", "tool_call_id": "call00001"},
            user("and tomorrow?"),
        ],
        "Unexpected role 'user' after role 'tool'",
    ),
}


@pytest.mark.parametrize("rule", list(RULES))
def test_conversation_rules_get_the_services_400(chat: Call, rule: str) -> None:
    messages, wording = RULES[rule]
    with pytest.raises(Refused) as refused:
        chat(model="mistral-small-latest", messages=messages)
    assert refused.value.status == 400
    assert refused.value.body["message"] == wording
    assert refused.value.body["type"] == "invalid_request_message_order"
    assert refused.value.body["code"] == "3230"


def test_an_assistant_prefix_is_continued(chat: Call) -> None:
    messages = [user("hi"), {"role": "assistant", "content": "Sure: ", "prefix": True}]
    reply = chat(model="mistral-small-latest", messages=messages)
    assert reply["choices"][0]["message"]["content"] == "Sure: Echo: hi"


# -- tool loops -----------------------------------------------------------------------------------


def city_tool(name: str, description: str) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "required": ["city"],
                "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            },
        },
    }


TOOLS = [
    city_tool("get_weather", "Weather forecast for a city"),
    city_tool("get_events", "Events planned in a city"),
    city_tool("get_flights", "Flights to an airport"),
]
RESULTS = {"get_weather": '{"sky": "sunny"}', "get_events": '{"events": ["opera"]}'}


def run_tool_loop(chat: Call) -> tuple[list[Any], str]:
    """Drive a real tool loop; return the calls made (name, arguments) and the final answer."""
    messages: list[dict[str, Any]] = [
        user("What weather and which events can I expect in Paris over 3 days?")
    ]
    calls: list[Any] = []
    for _turn in range(3):
        reply = chat(
            model="mistral-large-latest",
            messages=messages,
            tools=TOOLS,
            tool_choice="auto",
        )
        message = reply["choices"][0]["message"]
        if not message.get("tool_calls"):
            return calls, str(message["content"])
        messages.append({"role": "assistant", "content": "", "tool_calls": message["tool_calls"]})
        for call in message["tool_calls"]:
            name = call["function"]["name"]
            calls.append((name, json.loads(call["function"]["arguments"])))
            messages.append(
                {"role": "tool", "name": name, "content": RESULTS[name], "tool_call_id": call["id"]}
            )
    raise AssertionError(f"no final answer in three turns; calls: {calls}")


def test_a_two_tool_conversation_reaches_a_final_answer_in_three_turns(chat: Call) -> None:
    calls, answer = run_tool_loop(chat)
    assert calls == [
        ("get_weather", {"city": "Paris", "days": 3}),
        ("get_events", {"city": "Paris", "days": 3}),
    ]
    assert answer == (
        'get_weather returned: {"sky": "sunny"}; get_events returned: {"events": ["opera"]}'
    )
    assert run_tool_loop(chat) == (calls, answer)  # deterministic


def test_without_parallel_tool_calls_the_tools_come_one_per_turn() -> None:
    # The contract served today has no `parallel_tool_calls` (a request with it gets 422, as
    # v1 of the service did); the generator honours it for the newer contract.
    from mistralai_emulator import _generate as gen

    messages: list[dict[str, Any]] = [
        user("What weather and which events can I expect in Paris over 3 days?")
    ]
    names = []
    for _turn in range(3):
        body = {"messages": messages, "tools": TOOLS, "parallel_tool_calls": False}
        choice = gen.chat_completion(body, "mistral-large-latest").response()["choices"][0]
        calls = choice["message"]["tool_calls"]
        if not calls:
            break
        assert len(calls) == 1
        names.append(calls[0]["function"]["name"])
        messages += [
            {"role": "assistant", "content": "", "tool_calls": calls},
            {"role": "tool", "content": RESULTS[names[-1]], "tool_call_id": calls[0]["id"]},
        ]
    assert names == ["get_weather", "get_events"]
    assert choice["message"]["content"] == (
        'get_weather returned: {"sky": "sunny"}; get_events returned: {"events": ["opera"]}'
    )


def test_a_missing_required_argument_is_asked_for_then_used(chat: Call) -> None:
    tool = city_tool("get_weather", "Weather forecast for a city")
    first = chat(
        model="mistral-small-latest", messages=[user("What's the weather forecast?")], tools=[tool]
    )
    message = first["choices"][0]["message"]
    assert not message.get("tool_calls")
    assert message["content"] == "To use get_weather I need the city. Please provide it."
    conversation = [
        user("What's the weather forecast?"),
        {"role": "assistant", "content": message["content"]},
        user("In Lyon, please."),
    ]
    second = chat(model="mistral-small-latest", messages=conversation, tools=[tool])
    call = second["choices"][0]["message"]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == {"city": "Lyon"}
    assert second["choices"][0]["finish_reason"] == "tool_calls"


def test_unrelated_questions_get_no_tool_call_and_n_choices_each_call(chat: Call) -> None:
    tool = city_tool("get_weather", "Weather forecast for a city")
    plain = chat(model="mistral-small-latest", messages=[user("Tell me a joke")], tools=[tool])
    assert plain["choices"][0]["message"].get("tool_calls") in (None, [])
    many = chat(
        model="mistral-small-latest",
        messages=[user("Weather forecast in Rome?")],
        tools=[tool],
        n=2,
    )
    ids = [c["message"]["tool_calls"][0]["id"] for c in many["choices"]]
    assert len(many["choices"]) == 2 and len(set(ids)) == 2
    none = chat(
        model="mistral-small-latest",
        messages=[user("Weather forecast in Rome?")],
        tools=[tool],
        tool_choice="none",
    )
    assert none["choices"][0]["message"].get("tool_calls") in (None, [])


# -- generation options ---------------------------------------------------------------------------


def test_max_tokens_truncates_json_mode_too(chat: Call) -> None:
    reply = chat(
        model="mistral-small-latest",
        messages=[user("a b c d e f")],
        response_format={"type": "json_object"},
        max_tokens=3,
    )
    choice = reply["choices"][0]
    assert choice["finish_reason"] == "length"
    assert choice["message"]["content"] == '{"reply": "Echo: a'
    assert reply["usage"]["completion_tokens"] == 3


def test_random_seed_makes_the_output_reproducible(chat: Call) -> None:
    def content(seed: int | None) -> str:
        extra = {} if seed is None else {"random_seed": seed}
        reply = chat(model="mistral-small-latest", messages=[user("hi")], **extra)
        return str(reply["choices"][0]["message"]["content"])

    assert content(7) == content(7)
    assert len({content(seed) for seed in range(8)}) > 1  # the seed does pick
    assert content(None) == "Echo: hi"


def test_safe_prompt_adds_the_safety_prompts_tokens(chat: Call) -> None:
    plain = chat(model="mistral-small-latest", messages=[user("hi")])
    safe = chat(model="mistral-small-latest", messages=[user("hi")], safe_prompt=True)
    assert safe["usage"]["prompt_tokens"] - plain["usage"]["prompt_tokens"] == 26


# -- agents ---------------------------------------------------------------------------------------


@pytest.fixture
def agents(via: str, emu: Emulator, sdk: Mistral) -> Call:
    return caller(via, emu, sdk, "/v1/agents/completions", "agents.complete")


def test_an_unknown_agent_gets_the_services_error(agents: Call) -> None:
    with pytest.raises(Refused) as refused:
        agents(agent_id="ag:nobody", messages=[user("hi")])
    assert refused.value.status == 404
    assert refused.value.body["message"] == "Agent not found: ag:nobody"


def test_agents_registered_through_the_emulator_or_the_admin_api_answer(
    emu: Emulator, agents: Call
) -> None:
    emu.add_agent("ag:one", model="mistral-small-latest")
    added = httpx.post(emu.url + "/_emulator/agents", json={"id": "ag:two"})
    assert added.status_code == 200
    assert [a["id"] for a in added.json()["agents"]] == ["ag:one", "ag:two"]
    one = agents(agent_id="ag:one", messages=[user("hi")])
    assert one["model"] == "mistral-small-latest"
    two = agents(agent_id="ag:two", messages=[user("hi")])
    assert two["model"] == "mistral-large-latest"
    with pytest.raises(Refused):
        agents(agent_id="ag:one", messages=[])  # the conversation rules apply to agents too


# -- fine-tuning jobs -----------------------------------------------------------------------------

TRAINING = b"".join(
    json.dumps({"messages": [user(f"q{i}"), {"role": "assistant", "content": "a"}]}).encode()
    + b"\n"
    for i in range(200)
)


def test_jobs_move_on_time_not_per_get(emu: Emulator, client: httpx.Client) -> None:
    import time

    emu.job_step = 0.1
    file_id = client.post("/v1/files", files={"file": ("t.jsonl", TRAINING)}).json()["id"]
    job = client.post(
        "/v1/fine_tuning/jobs",
        json={
            "model": "open-mistral-7b",
            "training_files": [{"file_id": file_id}],
            "hyperparameters": {"training_steps": 4},
        },
    ).json()
    assert job["status"] == "QUEUED"
    time.sleep(0.45)  # QUEUED -> RUNNING -> (checkpoint) -> SUCCESS: three steps, nobody looking
    done = client.get(f"/v1/fine_tuning/jobs/{job['id']}").json()  # the first look
    assert done["status"] == "SUCCESS"
    assert [c["step_number"] for c in done["checkpoints"]] == [2, 4]
    names = [(e["name"], (e.get("data") or {})) for e in done["events"]]
    assert names == [
        ("status-updated", {"status": "QUEUED"}),
        ("status-updated", {"status": "RUNNING"}),
        ("checkpoint", {"step_number": 2}),
        ("checkpoint", {"step_number": 4}),
        ("status-updated", {"status": "SUCCESS"}),
    ]


def test_a_succeeded_job_registers_its_model_through_the_sdk(emu: Emulator, sdk: Mistral) -> None:
    from mistralai.models import File

    emu.job_step = 0.02
    uploaded = sdk.files.upload(file=File(file_name="t.jsonl", content=TRAINING))
    job: Any = sdk.fine_tuning.jobs.create(
        model="open-mistral-7b",
        training_files=[{"file_id": uploaded.id}],
        hyperparameters={"training_steps": 1},
    )
    seen = [job.status]
    deadline = 200
    while job.status in ["QUEUED", "RUNNING"] and deadline:
        job = sdk.fine_tuning.jobs.get(job_id=job.id)
        seen.append(job.status)
        deadline -= 1
        import time

        time.sleep(0.01)
    assert job.status == "SUCCESS" and set(seen) <= {"QUEUED", "RUNNING", "SUCCESS"}
    reply = sdk.chat.complete(model=job.fine_tuned_model, messages=[user("hi")])
    assert reply.model == job.fine_tuned_model


def test_dry_run_figures_are_consistent(client: httpx.Client) -> None:
    file_id = client.post("/v1/files", files={"file": ("t.jsonl", TRAINING)}).json()["id"]

    def estimate(hyper: dict[str, Any]) -> dict[str, Any]:
        body = {
            "model": "open-mistral-7b",
            "training_files": [{"file_id": file_id}],
            "hyperparameters": hyper,
        }
        reply: dict[str, Any] = client.post(
            "/v1/fine_tuning/jobs", params={"dry_run": "true"}, json=body
        ).json()
        return reply

    by_steps = estimate({"training_steps": 10})
    assert by_steps["training_steps"] == 10
    assert by_steps["train_tokens"] == 10 * by_steps["train_tokens_per_step"]
    assert by_steps["epochs"] == round(by_steps["train_tokens"] / by_steps["data_tokens"], 4)
    assert by_steps["data_tokens"] == len(TRAINING) // 4
    by_epochs = estimate({"epochs": 3.0, "seq_len": 1024})
    assert by_epochs["epochs"] == 3.0 and by_epochs["train_tokens_per_step"] == 4 * 1024
    assert (
        by_epochs["training_steps"] * by_epochs["train_tokens_per_step"]
        >= 3 * by_epochs["data_tokens"]
    )
    assert by_epochs["cost"] > 0 and by_epochs["expected_duration_seconds"] > 0
    job = client.post(
        "/v1/fine_tuning/jobs",
        json={
            "model": "open-mistral-7b",
            "training_files": [{"file_id": file_id}],
            "hyperparameters": {"epochs": 2.0},
        },
    ).json()
    assert job["hyperparameters"]["seq_len"] == 32768 and job["hyperparameters"]["training_steps"]


def test_dry_run_through_the_sdk_has_epochs(sdk: Mistral) -> None:
    from mistralai.models import File

    uploaded = sdk.files.upload(file=File(file_name="t.jsonl", content=TRAINING))
    estimate: Any = sdk.fine_tuning.jobs.create(
        model="open-mistral-7b",
        training_files=[{"file_id": uploaded.id}],
        hyperparameters={"training_steps": 2},
        dry_run=True,
    )
    assert estimate.epochs is not None and estimate.training_steps == 2
    assert estimate.train_tokens == 2 * estimate.train_tokens_per_step


def test_without_auto_start_a_job_waits_validated_then_runs_after_start(
    via: str, emu: Emulator, client: httpx.Client, sdk: Mistral
) -> None:
    import time

    emu.job_step = 0.02
    file_id = client.post("/v1/files", files={"file": ("t.jsonl", TRAINING)}).json()["id"]
    body: dict[str, Any] = {
        "model": "open-mistral-7b",
        "training_files": [{"file_id": file_id}],
        "hyperparameters": {"training_steps": 2},
        "auto_start": False,
    }

    def create() -> dict[str, Any]:
        if via == "sdk":
            job: Any = sdk.fine_tuning.jobs.create(**body)
            return dict(job.model_dump(mode="json"))
        created: dict[str, Any] = client.post("/v1/fine_tuning/jobs", json=body).json()
        return created

    def get(job_id: str) -> dict[str, Any]:
        if via == "sdk":
            return dict(sdk.fine_tuning.jobs.get(job_id=job_id).model_dump(mode="json"))
        got: dict[str, Any] = client.get(f"/v1/fine_tuning/jobs/{job_id}").json()
        return got

    def start(job_id: str) -> dict[str, Any]:
        if via == "sdk":
            return dict(sdk.fine_tuning.jobs.start(job_id=job_id).model_dump(mode="json"))
        started: dict[str, Any] = client.post(f"/v1/fine_tuning/jobs/{job_id}/start").json()
        return started

    job = create()
    assert job["status"] == "VALIDATING"
    time.sleep(0.1)  # five steps: it validates, then waits
    assert get(job["id"])["status"] == "VALIDATED"
    assert start(job["id"])["status"] == "QUEUED"
    time.sleep(0.1)
    done = get(job["id"])
    assert done["status"] == "SUCCESS" and done["fine_tuned_model"]
    statuses = [e["data"]["status"] for e in done["events"] if e["name"] == "status-updated"]
    assert statuses == ["VALIDATING", "VALIDATED", "QUEUED", "RUNNING", "SUCCESS"]


def test_a_bad_agent_is_refused_naming_the_field(emu: Emulator) -> None:
    with pytest.raises(ValueError, match=r"Agent: 'model' must be a non-empty string"):
        emu.add_agent("ag:x", model="")
    refused = httpx.post(emu.url + "/_emulator/agents", json={"id": "ag:y", "model": 3})
    assert refused.status_code == 400 and "'model'" in refused.json()["message"]
