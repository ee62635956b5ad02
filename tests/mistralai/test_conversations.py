"""``client.beta.conversations`` against the emulator: every method, sync and async.

Each test checks both ends: what the emulator received (method, path, query, JSON body; the
``emu`` fixture also fails a test if any request broke the contract) and what the method
returned (the typed model). The last tests walk the emulator's conversation state machine.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qs

import pytest
from pydantic import ValidationError

from mistralai import Mistral, models
from mistralai._resources.conversations import event_parser
from mistralai_core import EventStream, EventStreamAsync
from mistralai_core.models._unions import UnknownVariant
from mistralai_emulator import Emulator

from .conftest import SdkCall

MODEL = "mistral-small-latest"
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


def last(emu: Emulator) -> dict[str, Any]:
    return emu.requests[-1]


def content(entry: object) -> Any:
    """An entry's ``content`` (messages have one; function calls and results do not)."""
    return getattr(entry, "content", None)


def query(entry: dict[str, Any]) -> dict[str, list[str]]:
    return parse_qs(entry["query"], keep_blank_values=True)


def start(sdk: Mistral, text: str = "Hello there", **kwargs: Any) -> models.ConversationResponse:
    kwargs.setdefault("model", MODEL)
    return sdk.beta.conversations.start(inputs=text, **kwargs)


def stream_events(sdk: Mistral, flavour: str, method: str, **kwargs: Any) -> list[Any]:
    """The events of ``beta.conversations.<method>`` (a stream), read sync or async."""
    resource = sdk.beta.conversations
    if flavour == "sync":
        with getattr(resource, method)(**kwargs) as stream:
            assert isinstance(stream, EventStream)
            return list(stream)

    async def collect() -> list[Any]:
        stream = await getattr(resource, f"{method}_async")(**kwargs)
        assert isinstance(stream, EventStreamAsync)
        async with stream:
            return [event async for event in stream]

    return asyncio.run(collect())


# -- start ----------------------------------------------------------------------------------


def test_start_with_a_model_posts_the_request_and_parses_the_answer(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    reply = sdk_call(
        "beta.conversations.start",
        inputs="Who is the best French painter?",
        model=MODEL,
        instructions="Answer in one sentence.",
        completion_args={"max_tokens": 50, "temperature": 0.2},
        name="painters",
        description="about painters",
        metadata={"team": "art"},
    )
    assert isinstance(reply, models.ConversationResponse)
    assert reply.conversation_id.startswith("conv_")
    (output,) = reply.outputs
    assert isinstance(output, models.MessageOutputEntry)
    assert output.content == "Echo: Who is the best French painter?"
    assert (output.role, output.model, output.agent_id) == ("assistant", MODEL, None)
    assert isinstance(reply.usage, models.ConversationUsageInfo)
    usage = reply.usage
    assert usage.total_tokens == (usage.prompt_tokens or 0) + (usage.completion_tokens or 0)
    assert usage.total_tokens
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/conversations")
    assert entry["headers"]["accept"] == "application/json"
    assert entry["json"] == {
        "inputs": "Who is the best French painter?",
        "model": MODEL,
        "instructions": "Answer in one sentence.",
        "completion_args": {"max_tokens": 50, "temperature": 0.2},
        "name": "painters",
        "description": "about painters",
        "metadata": {"team": "art"},
        "stream": False,
    }


def test_start_with_an_agent_uses_the_agents_model(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    emu.add_agent("ag:conv", model="mistral-large-latest", instructions="Be kind.")
    reply = sdk_call("beta.conversations.start", inputs="Hi agent", agent_id="ag:conv")
    (output,) = reply.outputs
    assert (output.agent_id, output.model) == ("ag:conv", "mistral-large-latest")
    assert last(emu)["json"] == {"inputs": "Hi agent", "agent_id": "ag:conv", "stream": False}
    conversation = sdk.beta.conversations.get(conversation_id=reply.conversation_id)
    assert isinstance(conversation, models.AgentConversation)
    assert (conversation.agent_id, conversation.agent_version) == ("ag:conv", 0)


def test_start_sends_input_entries_with_their_type(emu: Emulator, sdk_call: SdkCall) -> None:
    entries = [
        models.MessageInputEntry(role="user", content="first"),
        {"role": "user", "content": [{"type": "text", "text": "second"}]},
    ]
    reply = sdk_call("beta.conversations.start", inputs=entries, model=MODEL)
    assert reply.outputs[0].content == "Echo: second"
    assert last(emu)["json"]["inputs"] == [
        {"type": "message.input", "role": "user", "content": "first"},
        {"type": "message.input", "role": "user", "content": [{"type": "text", "text": "second"}]},
    ]


def test_start_with_an_unknown_agent_is_a_404(sdk_call: SdkCall) -> None:
    with pytest.raises(models.NotFoundError) as caught:
        sdk_call("beta.conversations.start", inputs="hi", agent_id="ag:nobody")
    assert "ag:nobody" in str(caught.value.body)


def test_start_needs_a_model_or_an_agent(sdk_call: SdkCall) -> None:
    with pytest.raises(models.SDKError) as caught:
        sdk_call("beta.conversations.start", inputs="hi")
    assert caught.value.status_code == 400


def test_bad_input_fails_before_sending_naming_method_and_field(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    with pytest.raises(ValidationError) as caught:
        sdk_call("beta.conversations.start", inputs="hi", model=MODEL, store="sometimes")
    assert "beta.conversations.start" in str(caught.value)
    assert "store" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        sdk_call("beta.conversations.append", conversation_id="c", inputs=[{"rol": "user"}])
    assert "beta.conversations.append" in str(caught.value)
    assert emu.requests == []


def test_stream_flag_is_told_to_use_the_stream_twin(sdk: Mistral) -> None:
    start(sdk, stream=False)  # the 2.x spelling of the non-streamed call is forgiven
    with pytest.raises(TypeError, match=r"use beta\.conversations\.start_stream\(\)"):
        start(sdk, stream=True)
    with pytest.raises(TypeError, match=r"use beta\.conversations\.append\(\)"):
        sdk.beta.conversations.append_stream(conversation_id="c", inputs="x", stream=False)  # type: ignore[call-arg]


# -- list, get, delete ----------------------------------------------------------------------


def test_list_pages_newest_first(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    ids = [start(sdk, f"number {n}").conversation_id for n in range(3)]
    first = sdk_call("beta.conversations.list", page=0, page_size=2)
    assert query(last(emu)) == {"page": ["0"], "page_size": ["2"]}
    second = sdk_call("beta.conversations.list", page=1, page_size=2)
    assert all(isinstance(c, models.ModelConversation) for c in [*first[:], *second[:]])
    assert [c.id for c in first[:]] + [c.id for c in second[:]] == ids[::-1]  # the pages
    assert first.has_next_page() and not second.has_next_page()


def test_list_iterates_over_every_page(emu: Emulator, sdk: Mistral) -> None:
    ids = [start(sdk, f"number {n}").conversation_id for n in range(5)]
    page = sdk.beta.conversations.list(page_size=2)
    assert len(page) == 2  # the first page, as the service sent it
    assert [c.id for c in page] == ids[::-1]  # iterating goes on over every page
    lists = [r for r in emu.requests if r["method"] == "GET" and r["path"] == "/v1/conversations"]
    asked = [query(r)["page"] for r in lists]
    assert asked[-3:] == [["0"], ["1"], ["2"]]


def test_list_defaults_and_metadata_filter(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    tagged = start(sdk, metadata={"team": "art", "n": 1}).conversation_id
    start(sdk, metadata={"team": "math"})
    assert len(sdk_call("beta.conversations.list")) == 2
    assert query(last(emu)) == {"page": ["0"], "page_size": ["100"]}
    found = sdk_call("beta.conversations.list", metadata={"team": "art"})
    assert [c.id for c in found] == [tagged]
    assert json.loads(query(last(emu))["metadata"][0]) == {"team": "art"}


def test_get_a_model_conversation(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    started = start(sdk, instructions="Be brief.", tools=[WEATHER_TOOL], name="n")
    got = sdk_call("beta.conversations.get", conversation_id=started.conversation_id)
    assert isinstance(got, models.ModelConversation)
    assert (got.id, got.model, got.instructions, got.name) == (
        started.conversation_id,
        MODEL,
        "Be brief.",
        "n",
    )
    assert isinstance(got.tools[0], models.FunctionTool)
    assert got.tools[0].function.name == "get_weather"
    assert got.created_at <= got.updated_at
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("GET", f"/v1/conversations/{got.id}")


def test_delete_returns_none_and_the_conversation_is_gone(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    conversation_id = start(sdk).conversation_id
    assert sdk_call("beta.conversations.delete", conversation_id=conversation_id) is None
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("DELETE", f"/v1/conversations/{conversation_id}")
    with pytest.raises(models.NotFoundError):
        sdk.beta.conversations.get(conversation_id=conversation_id)
    with pytest.raises(models.NotFoundError):
        sdk_call("beta.conversations.delete", conversation_id=conversation_id)


# -- append, history, messages, restart -----------------------------------------------------


def test_append_adds_entries_and_answers(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    conversation_id = start(sdk).conversation_id
    reply = sdk_call(
        "beta.conversations.append",
        conversation_id=conversation_id,
        inputs="And now?",
        completion_args={"max_tokens": 2},
    )
    assert isinstance(reply, models.ConversationResponse)
    assert reply.conversation_id == conversation_id
    assert content(reply.outputs[0]) == "Echo: And"  # max_tokens=2 applied to this turn
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", f"/v1/conversations/{conversation_id}")
    assert entry["json"] == {
        "inputs": "And now?",
        "completion_args": {"max_tokens": 2},
        "stream": False,
    }
    history = sdk.beta.conversations.get_history(conversation_id=conversation_id)
    assert [content(e) for e in history.entries] == [
        "Hello there",
        "Echo: Hello there",
        "And now?",
        "Echo: And",
    ]


def test_append_to_a_missing_conversation_is_a_404(sdk_call: SdkCall) -> None:
    with pytest.raises(models.NotFoundError):
        sdk_call("beta.conversations.append", conversation_id="conv_missing", inputs="hi")


def test_get_history_and_get_messages(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    started = start(sdk, "What is the weather in Paris?", tools=[WEATHER_TOOL])
    (call,) = started.outputs
    assert isinstance(call, models.FunctionCallEntry)
    assert (call.name, json.loads(str(call.arguments))) == ("get_weather", {"city": "Paris"})
    result = {"type": "function.result", "tool_call_id": call.tool_call_id, "result": "sunny"}
    answer = sdk.beta.conversations.append(conversation_id=started.conversation_id, inputs=[result])
    assert content(answer.outputs[0]) == "get_weather returned: sunny"

    history = sdk_call("beta.conversations.get_history", conversation_id=started.conversation_id)
    assert isinstance(history, models.ConversationHistory)
    assert [type(e) for e in history.entries] == [
        models.MessageInputEntry,
        models.FunctionCallEntry,
        models.FunctionResultEntry,
        models.MessageOutputEntry,
    ]
    assert last(emu)["path"] == f"/v1/conversations/{started.conversation_id}/history"

    messages = sdk_call("beta.conversations.get_messages", conversation_id=started.conversation_id)
    assert isinstance(messages, models.ConversationMessages)
    assert [(type(m), m.content) for m in messages.messages] == [
        (models.MessageInputEntry, "What is the weather in Paris?"),
        (models.MessageOutputEntry, "get_weather returned: sunny"),
    ]
    assert last(emu)["path"] == f"/v1/conversations/{started.conversation_id}/messages"


def test_restart_from_an_entry_makes_a_new_conversation(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    original = start(sdk, "one").conversation_id
    sdk.beta.conversations.append(conversation_id=original, inputs="two")
    first_input = sdk.beta.conversations.get_history(conversation_id=original).entries[0]
    assert first_input.id is not None
    reply = sdk_call(
        "beta.conversations.restart",
        conversation_id=original,
        from_entry_id=first_input.id,
        metadata={"branch": "b"},
    )
    assert isinstance(reply, models.ConversationResponse)
    assert reply.conversation_id != original
    assert content(reply.outputs[0]) == "Echo: one"  # the kept input answered again
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", f"/v1/conversations/{original}/restart")
    assert entry["json"] == {
        "from_entry_id": first_input.id,
        "metadata": {"branch": "b"},
        "stream": False,
    }
    restarted = sdk.beta.conversations.get_history(conversation_id=reply.conversation_id)
    assert [content(e) for e in restarted.entries] == ["one", "Echo: one"]
    assert len(sdk.beta.conversations.get_history(conversation_id=original).entries) == 4
    branch = sdk.beta.conversations.get(conversation_id=reply.conversation_id)
    assert branch.metadata == {"branch": "b"}


def test_restart_from_an_unknown_entry_is_a_404(sdk: Mistral, sdk_call: SdkCall) -> None:
    conversation_id = start(sdk).conversation_id
    with pytest.raises(models.NotFoundError):
        sdk_call(
            "beta.conversations.restart", conversation_id=conversation_id, from_entry_id="nope"
        )


def test_store_false_conversations_are_not_kept(sdk: Mistral, sdk_call: SdkCall) -> None:
    reply = sdk_call("beta.conversations.start", inputs="hi", model=MODEL, store=False)
    assert reply.outputs[0].content == "Echo: hi"
    with pytest.raises(models.NotFoundError):
        sdk.beta.conversations.get(conversation_id=reply.conversation_id)
    assert sdk.beta.conversations.list() == []
    kept = start(sdk).conversation_id
    sdk_call("beta.conversations.append", conversation_id=kept, inputs="unseen", store=False)
    history = sdk.beta.conversations.get_history(conversation_id=kept)
    assert [content(e) for e in history.entries] == ["Hello there", "Echo: Hello there"]


# -- streams --------------------------------------------------------------------------------


def check_events(events: list[Any], conversation_id: str | None = None) -> str:
    """The stream's shape (started, deltas, done); returns the streamed text."""
    assert all(isinstance(e, models.ConversationEvents) for e in events)
    assert all(e.event == e.data.type for e in events)
    assert isinstance(events[0].data, models.ResponseStartedEvent)
    if conversation_id is not None:
        assert events[0].data.conversation_id == conversation_id
    assert isinstance(events[-1].data, models.ResponseDoneEvent)
    assert events[-1].data.usage.total_tokens
    deltas = events[1:-1]
    assert deltas and all(isinstance(e.data, models.MessageOutputEvent) for e in deltas)
    return "".join(str(e.data.content) for e in deltas)


def test_start_stream(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    events = stream_events(
        sdk, flavour, "start_stream", inputs="Stream these four words", model=MODEL
    )
    assert check_events(events) == "Echo: Stream these four words"
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/conversations")
    assert entry["headers"]["accept"] == "text/event-stream"
    assert entry["json"] == {"inputs": "Stream these four words", "model": MODEL, "stream": True}
    conversation_id = events[0].data.conversation_id
    history = sdk.beta.conversations.get_history(conversation_id=conversation_id)
    assert content(history.entries[-1]) == "Echo: Stream these four words"
    assert history.entries[-1].id == events[1].data.id


def test_append_stream(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    conversation_id = start(sdk).conversation_id
    events = stream_events(
        sdk, flavour, "append_stream", conversation_id=conversation_id, inputs="more please"
    )
    assert check_events(events, conversation_id) == "Echo: more please"
    entry = last(emu)
    assert entry["path"] == f"/v1/conversations/{conversation_id}"
    assert entry["json"] == {"inputs": "more please", "stream": True}
    history = sdk.beta.conversations.get_history(conversation_id=conversation_id)
    assert len(history.entries) == 4


def test_restart_stream(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    original = start(sdk, "first words").conversation_id
    entry_id = sdk.beta.conversations.get_history(conversation_id=original).entries[0].id
    assert entry_id is not None
    events = stream_events(
        sdk,
        flavour,
        "restart_stream",
        conversation_id=original,
        from_entry_id=entry_id,
        inputs="other words",
    )
    assert check_events(events) == "Echo: other words"
    assert events[0].data.conversation_id != original
    assert last(emu)["json"] == {
        "from_entry_id": entry_id,
        "inputs": "other words",
        "stream": True,
    }


def test_a_streamed_function_call_is_a_function_call_event(sdk: Mistral, flavour: str) -> None:
    events = stream_events(
        sdk,
        flavour,
        "start_stream",
        inputs="What is the weather in Lyon?",
        model=MODEL,
        tools=[WEATHER_TOOL],
    )
    (call,) = [e.data for e in events if e.event == "function.call.delta"]
    assert isinstance(call, models.FunctionCallEvent)
    assert (call.name, json.loads(call.arguments)) == ("get_weather", {"city": "Lyon"})


def test_an_unknown_event_type_is_kept_not_refused() -> None:
    event = event_parser(b'{"type": "conversation.future", "created_at": null, "x": 1}')
    assert event.event == "conversation.future"
    assert isinstance(event.data, UnknownVariant)
    assert event.data.x == 1


# -- the state machine, end to end ----------------------------------------------------------


def test_state_machine_start_append_history_restart_messages_delete(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    started = sdk_call("beta.conversations.start", inputs="alpha", model=MODEL)
    conversation_id = started.conversation_id
    appended = sdk_call("beta.conversations.append", conversation_id=conversation_id, inputs="beta")
    assert appended.conversation_id == conversation_id

    history = sdk_call("beta.conversations.get_history", conversation_id=conversation_id)
    assert [(e.type, e.content) for e in history.entries] == [
        ("message.input", "alpha"),
        ("message.output", "Echo: alpha"),
        ("message.input", "beta"),
        ("message.output", "Echo: beta"),
    ]
    assert len({e.id for e in history.entries}) == 4

    branch_point = history.entries[1]  # the first answer
    restarted = sdk_call(
        "beta.conversations.restart",
        conversation_id=conversation_id,
        from_entry_id=branch_point.id,
        inputs="gamma",
    )
    branch = restarted.conversation_id
    assert branch != conversation_id

    messages = sdk_call("beta.conversations.get_messages", conversation_id=branch)
    assert [m.content for m in messages.messages] == [
        "alpha",
        "Echo: alpha",
        "gamma",
        "Echo: gamma",
    ]
    assert [m.id for m in messages.messages[:2]] == [e.id for e in history.entries[:2]]

    listed = sdk_call("beta.conversations.list")
    assert [c.id for c in listed] == [branch, conversation_id]

    assert sdk_call("beta.conversations.delete", conversation_id=conversation_id) is None
    with pytest.raises(models.NotFoundError):
        sdk_call("beta.conversations.get", conversation_id=conversation_id)
    with pytest.raises(models.NotFoundError):
        sdk_call("beta.conversations.get_history", conversation_id=conversation_id)
    assert [c.id for c in sdk_call("beta.conversations.list")] == [branch]
    methods = [(r["method"], r["path"].replace(conversation_id, "{id}")) for r in emu.requests]
    assert methods[:3] == [
        ("POST", "/v1/conversations"),
        ("POST", "/v1/conversations/{id}"),
        ("GET", "/v1/conversations/{id}/history"),
    ]


def test_the_beta_namespace_loads_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from mistralai import Mistral; c = Mistral(api_key='k'); "
        "assert 'mistralai._resources.beta' not in sys.modules; c.beta; "
        "assert 'mistralai._resources.conversations' not in sys.modules; "
        "c.beta.conversations; assert 'mistralai._resources.conversations' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
