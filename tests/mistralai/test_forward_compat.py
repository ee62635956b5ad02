"""Forward compatibility: ``extra_body`` / ``extra_query`` / ``extra_headers`` on every method,
and responses that keep what this SDK does not know yet.

The wire checks are what the emulator received (sync and async, through ``sdk_call``). A field
the contract lacks is refused by the emulator as the contract says (a 422 naming it), which is
itself the proof that the field went on the wire; a field the contract has, given through
``extra_body``, replaces the argument and is accepted.
"""

from __future__ import annotations

import asyncio
import math
import re
from typing import Any
from urllib.parse import parse_qs

import pytest

from mistralai import Mistral, models
from mistralai_core import HTTPValidationError
from mistralai_emulator import Emulator

from .conftest import SdkCall

MESSAGES = [{"role": "user", "content": "Say hi"}]
MODEL = "mistral-small-latest"


def last(emu: Emulator) -> dict[str, Any]:
    return emu.requests[-1]


def test_extra_body_overrides_an_argument_on_the_wire(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "chat.complete",
        model=MODEL,
        messages=MESSAGES,
        temperature=0.9,
        extra_body={"temperature": 0.1, "random_seed": 7},
    )
    assert isinstance(reply, models.ChatCompletionResponse)
    assert last(emu)["json"] == {
        "model": MODEL,
        "messages": MESSAGES,
        "temperature": 0.1,
        "random_seed": 7,
        "stream": False,
    }


def test_extra_body_sends_a_field_the_contract_does_not_have(
    mistral_emulator: Emulator, flavour: str
) -> None:
    # The SDK does not refuse it; the (contract-strict) emulator does, naming the field.
    # (Not the ``emu`` fixture: it fails a test whose requests broke the contract.)
    extra = {"added_later": [1, 2]}
    with Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url) as sdk:
        with pytest.raises(HTTPValidationError) as caught:
            if flavour == "sync":
                sdk.chat.complete(model=MODEL, messages=MESSAGES, extra_body=extra)
            else:
                asyncio.run(
                    sdk.chat.complete_async(model=MODEL, messages=MESSAGES, extra_body=extra)
                )
    entry = last(mistral_emulator)
    assert entry["json"]["added_later"] == [1, 2]
    assert entry["valid"] is False and entry["status"] == 422
    assert caught.value.data.detail is not None
    assert ["body", "added_later"] in [list(d.loc) for d in caught.value.data.detail]


def test_extra_body_on_a_stream(emu: Emulator, sdk: Mistral) -> None:
    with sdk.chat.stream(model=MODEL, messages=MESSAGES, extra_body={"max_tokens": 3}) as stream:
        events = list(stream)
    assert events
    assert last(emu)["json"]["max_tokens"] == 3
    assert last(emu)["json"]["stream"] is True


def test_extra_body_adds_form_fields_to_a_multipart_upload(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    uploaded = sdk_call(
        "files.upload",
        file={"file_name": "a.jsonl", "content": b'{"a": 1}\n'},
        extra_body={"purpose": "batch"},
    )
    assert isinstance(uploaded, models.UploadFileOut)
    assert uploaded.purpose == "batch"


def test_extra_query_is_added_to_the_url(emu: Emulator, sdk_call: SdkCall) -> None:
    listed = sdk_call("files.list", page_size=5, extra_query={"page_size": 2, "purpose": ["batch"]})
    assert isinstance(listed, models.ListFilesOut)
    query = parse_qs(last(emu)["query"])
    assert query["page_size"] == ["2"] and query["purpose"] == ["batch"]


def test_extra_headers_are_sent(emu: Emulator, sdk_call: SdkCall) -> None:
    sdk_call("models.list", extra_headers={"X-Trace": "t-1"}, http_headers={"X-Other": "o"})
    headers = last(emu)["headers"]
    assert headers["x-trace"] == "t-1" and headers["x-other"] == "o"


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"extra_body": {"when": object()}}, TypeError, "extra_body is not JSON-serialisable"),
        ({"extra_body": {"x": math.nan}}, ValueError, "extra_body is not JSON-serialisable"),
        ({"extra_body": ["a"]}, TypeError, "extra_body must be a mapping with str keys"),
        ({"extra_query": {1: "a"}}, TypeError, "extra_query must be a mapping with str keys"),
        ({"extra_headers": {"X-N": 1}}, TypeError, "extra_headers['X-N'] must be a str"),
    ],
)
def test_bad_extras_fail_before_sending_naming_the_method_and_option(
    emu: Emulator, sdk_call: SdkCall, options: dict[str, Any], error: type, message: str
) -> None:
    with pytest.raises(error) as caught:
        sdk_call("chat.complete", model=MODEL, messages=MESSAGES, **options)
    assert re.match(r"chat\.complete(_async)?\(\): " + re.escape(message), str(caught.value))
    assert emu.requests == []


def test_extra_body_on_an_operation_without_a_body_is_refused(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    with pytest.raises(TypeError, match=r"^models\.list(_async)?\(\): extra_body: GET /v1/models"):
        sdk_call("models.list", extra_body={"a": 1})
    assert emu.requests == []


def test_a_secret_in_a_bad_extra_never_shows_in_the_error(sdk_call: SdkCall) -> None:
    secret = "sk-secret-value-0123456789"
    with pytest.raises(TypeError) as caught:
        sdk_call("chat.complete", model=MODEL, messages=MESSAGES, extra_body={secret: {secret}})
    assert secret not in str(caught.value)


def test_unknown_response_fields_tags_and_enum_values_stay_readable() -> None:
    body = {
        "id": "c",
        "object": "chat.completion",
        "model": MODEL,
        "created": 1,
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "new": 1},
        "choices": [
            {
                "index": 0,
                "finish_reason": "a_new_reason",
                "message": {
                    "role": "assistant",
                    "content": [{"type": "hologram", "frames": 3}, {"type": "text", "text": "t"}],
                    "added_later": True,
                },
            }
        ],
    }
    parsed = models.ChatCompletionResponse.model_validate(body)
    choice = parsed.choices[0]
    assert choice.finish_reason == "a_new_reason"
    assert parsed.usage.model_extra == {"new": 1}
    assert choice.message.model_extra == {"added_later": True}
    content = choice.message.content
    assert isinstance(content, list)
    assert isinstance(content[0], models.UnknownVariant)
    assert content[0].model_dump() == {"type": "hologram", "frames": 3}
    assert isinstance(content[1], models.TextChunk)
