"""Enums are open when read and closed when sent.

An enum that a response can carry is ``Literal[...] | str`` (a value the API adds later still
parses); the same enum in a request model is checked against its values before anything is
sent (``closed_on_request``, applied under ``to_wire_model``'s request context): a typo fails
with pydantic's ``ValidationError`` naming the method and the field, and no request leaves.
"""

from __future__ import annotations

import asyncio
import operator
from typing import Any

import httpx
import pydantic
import pytest

from mistralai import Mistral, models
from mistralai_core.models._unions import REQUEST, closed_on_request
from tests.conftest import API_KEY, MODEL, FakeAPI

HI = [{"role": "user", "content": "hi"}]

#: (method, arguments with one misspelt enum value, the location pydantic reports)
BAD_CALLS: list[tuple[str, dict[str, Any], tuple[str | int, ...]]] = [
    ("chat.complete", {"model": MODEL, "messages": HI, "tool_choice": "autp"}, ("tool_choice",)),
    (
        "chat.complete",
        {"model": MODEL, "messages": HI, "response_format": {"type": "jsn"}},
        ("response_format", "type"),
    ),
    (
        "chat.complete",
        {"model": MODEL, "messages": HI, "reasoning_effort": "hgh"},
        ("reasoning_effort",),
    ),
    ("chat.stream", {"model": MODEL, "messages": HI, "tool_choice": "autp"}, ("tool_choice",)),
    (
        "agents.complete",
        {"agent_id": "ag_1", "messages": HI, "response_format": {"type": "jsn"}},
        ("response_format", "type"),
    ),
    (
        "beta.conversations.start",
        {"inputs": "hi", "model": MODEL, "completion_args": {"tool_choice": "autp"}},
        ("completion_args", "tool_choice"),
    ),
    (
        "beta.conversations.start",
        {"inputs": "hi", "model": MODEL, "completion_args": {"reasoning_effort": "hgh"}},
        ("completion_args", "reasoning_effort"),
    ),
    (
        "beta.agents.create",
        {"model": MODEL, "name": "a", "completion_args": {"response_format": {"type": "jsn"}}},
        ("completion_args", "response_format", "type"),
    ),
    (
        "chat.complete",
        {
            "model": MODEL,
            "messages": HI,
            "tools": [{"type": "fnction", "function": {"name": "f", "parameters": {}}}],
        },
        ("tools", 0, "type"),
    ),
]


def call(client: Mistral, mode: str, path: str, kwargs: dict[str, Any]) -> Any:
    owner, name = path.rsplit(".", 1)
    target = operator.attrgetter(owner)(client)
    if mode == "sync":
        return getattr(target, name)(**kwargs)
    return asyncio.run(getattr(target, f"{name}_async")(**kwargs))


@pytest.mark.parametrize(("path", "kwargs", "loc"), BAD_CALLS)
def test_a_value_outside_the_enum_fails_before_sending(
    client: Mistral,
    api: FakeAPI,
    mode: str,
    path: str,
    kwargs: dict[str, Any],
    loc: tuple[str | int, ...],
) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        call(client, mode, path, kwargs)
    error = caught.value
    method = path if mode == "sync" else f"{path}_async"
    assert error.title == f"{method}()"
    assert f" for {method}()\n" in str(error)
    # The misspelt value is reported at its field (a union also reports its other members).
    failed = [e for e in error.errors() if e["type"] == "literal_error"]
    assert [e["loc"][: len(loc)] for e in failed] == [loc]
    assert failed[0]["msg"].startswith("Input should be '")
    assert "\n" + ".".join(map(str, loc)) in str(error)
    assert API_KEY not in str(error)
    assert api.seen == []  # nothing reached the transport


def test_every_known_value_is_still_sent(client: Mistral, api: FakeAPI) -> None:
    from tests.conftest import CHAT_OK

    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(3)]
    client.chat.complete(model=MODEL, messages=HI, tool_choice="required")
    client.chat.complete(model=MODEL, messages=HI, response_format={"type": "json_object"})
    client.chat.complete(model=MODEL, messages=HI, reasoning_effort="xhigh")
    sent = [api.json(i) for i in range(3)]
    assert sent[0]["tool_choice"] == "required"
    assert sent[1]["response_format"] == {"type": "json_object"}
    assert sent[2]["reasoning_effort"] == "xhigh"


COMPLETION_ARGS_FROM_A_NEWER_API = {
    "tool_choice": "sometimes",
    "response_format": {"type": "yaml"},
    "reasoning_effort": "ultra",
}


def test_a_response_with_new_enum_values_parses(client: Mistral, api: FakeAPI) -> None:
    agent = {
        "id": "ag_1",
        "object": "agent",
        "model": MODEL,
        "name": "helper",
        "version": 0,
        "versions": [0],
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "deployment_chat": False,
        "source": "api",
        "completion_args": COMPLETION_ARGS_FROM_A_NEWER_API,
    }
    api.replies.append(httpx.Response(200, json=agent))
    got = client.beta.agents.get(agent_id="ag_1")
    args = got.completion_args
    assert args is not None
    assert args.tool_choice == "sometimes"
    assert args.response_format is not None and args.response_format.type == "yaml"
    assert args.reasoning_effort == "ultra"


def test_models_read_without_the_request_context_keep_new_values() -> None:
    args = models.CompletionArgs.model_validate(COMPLETION_ARGS_FROM_A_NEWER_API)
    assert (args.tool_choice, args.reasoning_effort) == ("sometimes", "ultra")
    assert models.ResponseFormat(type="yaml").type == "yaml"
    with pytest.raises(pydantic.ValidationError) as caught:
        models.CompletionArgs.model_validate(COMPLETION_ARGS_FROM_A_NEWER_API, context=REQUEST)
    assert sorted(e["loc"] for e in caught.value.errors()) == [
        ("reasoning_effort",),
        ("response_format", "type"),
        ("tool_choice",),
    ]


def test_closed_on_request_names_the_expected_values() -> None:
    adapter = pydantic.TypeAdapter(Any)  # the validator alone, on any value
    checked = pydantic.TypeAdapter(
        __import__("typing").Annotated[str, closed_on_request("a", "b", "c")]
    )
    assert adapter.validate_python("z") == "z"
    assert checked.validate_python("z") == "z"
    assert checked.validate_python("b", context=REQUEST) == "b"
    with pytest.raises(pydantic.ValidationError) as caught:
        checked.validate_python("z", context=REQUEST)
    (error,) = caught.value.errors()
    assert (error["type"], error["msg"]) == ("literal_error", "Input should be 'a', 'b' or 'c'")
