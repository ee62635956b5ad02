"""What ``chat`` and ``fim`` put on the wire: method, URL, headers and the exact JSON body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pydantic
import pytest

from mistralai import Mistral, models
from mistralai_core import ConfigurationError
from mistralai_core._version import __version__
from tests.conftest import API_KEY, CHAT_OK, FIM_OK, MODEL, FakeAPI, Invoke, sse

HI = [{"role": "user", "content": "hi"}]


def reply_for(path: str) -> httpx.Response:
    if path.endswith("stream"):
        return httpx.Response(200, content=sse(), headers={"content-type": "text/event-stream"})
    return httpx.Response(200, json=FIM_OK if path.startswith("fim") else CHAT_OK)


CASES = [
    ("chat.complete", "/v1/chat/completions", {"messages": HI}, False),
    ("chat.stream", "/v1/chat/completions", {"messages": HI}, True),
    ("fim.complete", "/v1/fim/completions", {"prompt": "def f(", "suffix": "):"}, False),
    ("fim.stream", "/v1/fim/completions", {"prompt": "def f(", "suffix": "):"}, True),
]


@pytest.mark.parametrize(("path", "url_path", "args", "stream"), CASES)
def test_request_line_headers_and_body(
    api: FakeAPI, invoke: Invoke, path: str, url_path: str, args: dict[str, Any], stream: bool
) -> None:
    api.replies.append(reply_for(path))
    invoke(path, model=MODEL, **args)
    (request,) = api.seen
    assert request.method == "POST"
    assert str(request.url) == "https://api.mistral.ai" + url_path
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["user-agent"] == f"mistral-client-python/{__version__}"
    assert request.headers["accept"] == ("text/event-stream" if stream else "application/json")
    assert request.headers["content-type"] == "application/json"
    assert api.json() == {"model": MODEL, **args, "stream": stream}


def test_explicit_none_for_a_nullable_field_is_sent_as_null(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", model=MODEL, messages=HI, temperature=None)
    assert "temperature" in api.json() and api.json()["temperature"] is None


def test_none_for_a_non_nullable_field_is_not_sent(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", model=MODEL, messages=HI, top_p=None, safe_prompt=None)
    assert "top_p" not in api.json() and "safe_prompt" not in api.json()


def test_given_values_are_sent_under_their_contract_names(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke(
        "chat.complete",
        model=MODEL,
        messages=HI,
        temperature=0.2,
        top_p=0.9,
        max_tokens=5,
        stop=["\n"],
        random_seed=7,
        response_format={"type": "json_object"},
        n=2,
    )
    body = api.json()
    assert body == {
        "model": MODEL,
        "messages": HI,
        "temperature": 0.2,
        "top_p": 0.9,
        "max_tokens": 5,
        "stop": ["\n"],
        "random_seed": 7,
        "response_format": {"type": "json_object"},
        "n": 2,
        "stream": False,
    }


def test_message_models_are_sent_with_their_role_tag(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    messages = [
        models.SystemMessage(content="be brief"),
        models.UserMessage(content="hi"),
        models.AssistantMessage(content="hello"),
    ]
    invoke("chat.complete", model=MODEL, messages=messages)
    assert api.json()["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hello"},
    ]


def test_per_call_http_headers_reach_the_wire(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", model=MODEL, messages=HI, http_headers={"X-Trace": "abc"})
    assert api.seen[0].headers["x-trace"] == "abc"


def test_per_call_timeout_ms_reaches_the_request(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", model=MODEL, messages=HI, timeout_ms=1500)
    assert api.seen[0].extensions["timeout"] == {
        "connect": 1.5,
        "read": 1.5,
        "write": 1.5,
        "pool": 1.5,
    }


def test_client_timeout_ms_reaches_the_request(
    api: FakeAPI, invoke: Invoke, make_client: Callable[..., Mistral]
) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", on=make_client(timeout_ms=250), model=MODEL, messages=HI)
    assert api.seen[0].extensions["timeout"]["read"] == 0.25


# -- where the request goes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "url"),
    [
        ({"server": "eu"}, "https://api.mistral.ai/v1/chat/completions"),
        ({"server_url": "http://proxy.test/base/"}, "http://proxy.test/base/v1/chat/completions"),
        (
            {
                "server_url": "https://{host}:{port}",
                "url_params": {"host": "h.test", "port": "8443"},
            },
            "https://h.test:8443/v1/chat/completions",
        ),
    ],
)
def test_server_selection(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    kwargs: dict[str, Any],
    url: str,
) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", on=make_client(**kwargs), model=MODEL, messages=HI)
    assert str(api.seen[0].url) == url


def test_per_call_server_url_overrides_the_client(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", model=MODEL, messages=HI, server_url="http://other.test")
    assert str(api.seen[0].url) == "http://other.test/v1/chat/completions"


def test_unknown_server_name_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="'us'"):
        Mistral(api_key=API_KEY, server="us")


# -- credentials -----------------------------------------------------------------------


def test_api_key_falls_back_to_the_environment(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-from-env")
    api.replies.append(reply_for("chat.complete"))
    invoke("chat.complete", on=make_client(api_key=None), model=MODEL, messages=HI)
    assert api.seen[0].headers["authorization"] == "Bearer sk-from-env"


def test_callable_api_key_is_called_per_request(
    api: FakeAPI, invoke: Invoke, make_client: Callable[..., Mistral]
) -> None:
    keys = iter(["sk-one", "sk-two"])
    client = make_client(api_key=lambda: next(keys))
    api.replies += [reply_for("chat.complete"), reply_for("chat.complete")]
    invoke("chat.complete", on=client, model=MODEL, messages=HI)
    invoke("chat.complete", on=client, model=MODEL, messages=HI)
    assert [r.headers["authorization"] for r in api.seen] == ["Bearer sk-one", "Bearer sk-two"]


@pytest.mark.parametrize("path", ["chat.complete", "chat.stream"])
def test_missing_api_key_fails_before_sending(
    api: FakeAPI, invoke: Invoke, make_client: Callable[..., Mistral], path: str
) -> None:
    with pytest.raises(ConfigurationError, match="MISTRAL_API_KEY"):
        invoke(path, on=make_client(api_key=None), model=MODEL, messages=HI)
    assert api.seen == []


# -- bad arguments fail before anything is sent ----------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"messages": [{"role": "user", "content": "hi", "contnet": "typo"}]},
        {"messages": [{"role": "user", "content": "hi"}], "temperature": "hot"},
        {"messages": "hi"},
        {"messages": [{"role": "wizard", "content": "hi"}]},
    ],
    ids=["unknown-key-in-message", "wrong-type", "messages-not-a-list", "unknown-role"],
)
def test_bad_arguments_fail_before_sending(
    api: FakeAPI, invoke: Invoke, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(pydantic.ValidationError):
        invoke("chat.complete", model=MODEL, **kwargs)
    assert api.seen == []


def test_unknown_keyword_argument_fails_before_sending(api: FakeAPI, invoke: Invoke) -> None:
    with pytest.raises(TypeError):
        invoke("chat.complete", model=MODEL, messages=HI, temprature=0.1)
    assert api.seen == []
