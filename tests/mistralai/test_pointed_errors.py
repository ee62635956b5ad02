"""Mistakes get pointed answers: each names the public method and the field, and says what to
do instead. Nothing is sent (the fake API sees no request), and the exception types are the
ones v1 code catches: ``TypeError`` for a wrong keyword or a missing argument (as Python
says it), pydantic's ``ValidationError`` (a ``ValueError``) for a bad value.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pydantic
import pytest

from mistralai import Mistral
from tests.conftest import API_KEY, CHAT_OK, MODEL, FakeAPI

HI = [{"role": "user", "content": "hi"}]


def run(client: Mistral, mode: str, path: str, **kwargs: Any) -> Any:
    """``client.<path>(**kwargs)``, or its ``_async`` twin awaited."""
    owner, name = path.rsplit(".", 1)
    target: Any = client
    for part in owner.split("."):
        target = getattr(target, part)
    if mode == "sync":
        return getattr(target, name)(**kwargs)
    return asyncio.run(getattr(target, f"{name}_async")(**kwargs))


def public(path: str, mode: str) -> str:
    return path if mode == "sync" else f"{path}_async"


def test_complete_with_stream_true_points_to_stream(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    with pytest.raises(TypeError) as caught:
        run(client, mode, "chat.complete", model=MODEL, messages=HI, stream=True)
    message = str(caught.value)
    assert message.startswith(f"{public('chat.complete', mode)}() does not take stream=True")
    assert f"use {public('chat.stream', mode)}()" in message
    assert api.seen == []


def test_stream_with_stream_false_points_to_complete(client: Mistral, api: FakeAPI) -> None:
    with pytest.raises(TypeError, match=r"^fim\.stream\(\) .*use fim\.complete\(\)"):
        client.fim.stream(model="codestral-latest", prompt="def", stream=False)  # type: ignore[call-arg]
    assert api.seen == []


def test_v1_code_passing_the_matching_stream_flag_still_works(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    result = run(client, mode, "chat.complete", model=MODEL, messages=HI, stream=False)
    assert result.choices[0].message.content == "hello"
    assert api.json()["stream"] is False


@pytest.mark.parametrize(
    ("path", "kwargs", "missing"),
    [
        ("chat.complete", {"model": MODEL}, "'messages'"),
        ("embeddings.create", {"model": "mistral-embed"}, "'inputs'"),
        ("batch.jobs.create", {"model": MODEL}, "'endpoint'"),
        ("files.retrieve", {}, "'file_id'"),
    ],
)
def test_missing_argument_names_the_public_method(
    client: Mistral, api: FakeAPI, mode: str, path: str, kwargs: dict[str, Any], missing: str
) -> None:
    with pytest.raises(TypeError) as caught:
        run(client, mode, path, **kwargs)
    expected = f"{public(path, mode)}() missing required keyword argument: {missing}"
    assert str(caught.value) == expected
    assert api.seen == []


@pytest.mark.parametrize(
    ("kwargs", "wrong", "right"),
    [
        ({"temprature": 0.2}, "temprature", "temperature"),
        ({"max_token": 5}, "max_token", "max_tokens"),
        ({"timeout": 1000}, "timeout", "timeout_ms"),  # a per-call option, misspelt
    ],
)
def test_misspelt_keyword_names_the_closest_real_one(
    client: Mistral, api: FakeAPI, mode: str, kwargs: dict[str, Any], wrong: str, right: str
) -> None:
    with pytest.raises(TypeError) as caught:
        run(client, mode, "chat.complete", model=MODEL, messages=HI, **kwargs)
    assert str(caught.value) == (
        f"{public('chat.complete', mode)}() got an unexpected keyword argument {wrong!r}; "
        f"did you mean {right!r}?"
    )
    assert api.seen == []


def test_unknown_keyword_with_nothing_close(client: Mistral) -> None:
    with pytest.raises(TypeError) as caught:
        client.models.list(zzz=1)  # type: ignore[call-arg]
    assert str(caught.value) == "models.list() got an unexpected keyword argument 'zzz'"


def test_positional_arguments_are_refused_by_name(client: Mistral) -> None:
    with pytest.raises(TypeError, match=r"^chat\.complete\(\) takes keyword arguments only"):
        client.chat.complete(MODEL, HI)  # type: ignore[call-arg]


def test_bad_value_is_a_validation_error_naming_method_and_field(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        run(client, mode, "chat.complete", model=MODEL, messages=HI, temperature="hot")
    error = caught.value
    assert isinstance(error, ValueError)  # what v1 code catching ValueError expects
    assert error.title == f"{public('chat.complete', mode)}()"
    assert [e["loc"] for e in error.errors()] == [("temperature",)]
    assert str(error).startswith(f"1 validation error for {public('chat.complete', mode)}()")
    assert "\ntemperature\n" in str(error)
    assert API_KEY not in str(error)
    assert api.seen == []


def test_out_of_range_value_names_the_field(client: Mistral, api: FakeAPI) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        client.chat.complete(model=MODEL, messages=HI, temperature=9.0)
    assert caught.value.title == "chat.complete()"
    assert caught.value.errors()[0]["loc"] == ("temperature",)
    assert caught.value.errors()[0]["type"] == "less_than_equal"
    assert api.seen == []


def test_missing_model_on_la_plateforme_names_method_and_field(
    client: Mistral, api: FakeAPI, mode: str
) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        run(client, mode, "chat.complete", messages=HI)
    assert caught.value.title == f"{public('chat.complete', mode)}()"
    assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [(("model",), "missing")]
    assert api.seen == []


def test_nested_resource_errors_use_the_full_path(client: Mistral) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        client.fine_tuning.jobs.create(
            model="open-mistral-7b",
            hyperparameters={"learning_rate": "fast"},
        )
    assert caught.value.title == "fine_tuning.jobs.create()"
    assert caught.value.errors()[0]["loc"][0] == "hyperparameters"


def test_a_bad_upload_names_the_method(client: Mistral) -> None:
    with pytest.raises(TypeError, match=r"^files\.upload\(\): file must be"):
        client.files.upload(file={"file_name": "", "content": b"x"})


def test_missing_model_on_vertex_names_the_method() -> None:
    from mistralai_core import ConfigurationError
    from mistralai_gcp import MistralGoogleCloud

    client = MistralGoogleCloud("europe-west4", "proj", "token")
    with pytest.raises(ConfigurationError) as caught:
        client.fim.complete(prompt="def")
    assert str(caught.value).startswith("fim.complete(): model is required on Vertex AI")
