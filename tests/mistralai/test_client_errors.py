"""Error statuses and transport failures become the SDK's exceptions, never bare httpx ones."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from mistralai import Mistral, models
from mistralai_core import NO_RETRY
from tests.conftest import API_KEY, MODEL, ChunkedStream, FakeAPI, Invoke

HI = [{"role": "user", "content": "hi"}]


@pytest.fixture
def client(make_client: Callable[..., Mistral]) -> Mistral:
    return make_client(retry_config=NO_RETRY)


def error_reply(code: int, message: str = "nope", **headers: str) -> httpx.Response:
    body = {"object": "error", "message": message, "type": "invalid_request_error", "code": None}
    return httpx.Response(code, json=body, headers=headers)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, models.BadRequestError),
        (401, models.AuthenticationError),
        (403, models.PermissionDeniedError),
        (404, models.NotFoundError),
        (409, models.ConflictError),
        (422, models.HTTPValidationError),
        (429, models.RateLimitError),
        (500, models.InternalServerError),
        (502, models.InternalServerError),
        (503, models.InternalServerError),
        (418, models.SDKError),
    ],
)
@pytest.mark.parametrize("path", ["chat.complete", "chat.stream"])
def test_status_maps_to_its_error_class(
    api: FakeAPI, invoke: Invoke, code: int, cls: type[models.SDKError], path: str
) -> None:
    api.replies.append(error_reply(code, "the service says no", **{"x-request-id": "req-42"}))
    with pytest.raises(cls) as info:
        invoke(path, model=MODEL, messages=HI)
    error = info.value
    assert type(error) is cls
    assert isinstance(error, models.SDKError)
    assert error.status_code == code
    assert error.message == "the service says no"
    assert json.loads(error.body)["message"] == "the service says no"
    assert error.raw_response.status_code == code
    assert error.request_id == "req-42"


def test_422_parses_the_validation_detail(api: FakeAPI, invoke: Invoke) -> None:
    detail = [{"loc": ["body", "messages", 0, "role"], "msg": "bad role", "type": "value_error"}]
    api.replies.append(httpx.Response(422, json={"detail": detail}))
    with pytest.raises(models.HTTPValidationError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    first = info.value.data.detail[0]
    assert (first.loc, first.msg, first.type) == (
        ["body", "messages", 0, "role"],
        "bad role",
        "value_error",
    )
    assert models.UnprocessableEntityError is models.HTTPValidationError


def test_a_422_without_the_contract_shape_has_no_detail(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(422, text="<html>Unprocessable</html>"))
    with pytest.raises(models.HTTPValidationError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    assert info.value.data.detail == []
    assert info.value.body == "<html>Unprocessable</html>"


def test_a_non_json_error_body_gets_a_generic_message(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(502, text="<html>Bad Gateway</html>"))
    with pytest.raises(models.InternalServerError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    assert info.value.message == "API error occurred: Bad Gateway"
    assert info.value.body == "<html>Bad Gateway</html>"


def test_str_shows_status_body_excerpt_and_request_id(api: FakeAPI, invoke: Invoke) -> None:
    body = {"message": "too long", "padding": "x" * 1000}
    api.replies.append(httpx.Response(400, json=body, headers={"x-request-id": "req-7"}))
    with pytest.raises(models.SDKError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    text = str(info.value)
    assert text.startswith("too long (status 400)")
    assert 'body: {"message"' in text and text.count("x") < 300  # an excerpt, not the body
    assert "…" in text
    assert "request id: req-7" in text


@pytest.mark.parametrize("code", [400, 401, 422, 500])
def test_no_error_text_shows_the_api_key(api: FakeAPI, invoke: Invoke, code: int) -> None:
    api.replies.append(error_reply(code, **{"x-request-id": "r"}))
    with pytest.raises(models.SDKError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    assert info.value.raw_response.request.headers["authorization"] == f"Bearer {API_KEY}"
    for text in (str(info.value), repr(info.value), info.value.message, info.value.body):
        assert API_KEY not in text


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx.ConnectError("connection refused"), models.APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), models.APIConnectionError),
        (httpx.ConnectTimeout("connect timed out"), models.APITimeoutError),
        (httpx.ReadTimeout("read timed out"), models.APITimeoutError),
    ],
)
@pytest.mark.parametrize("path", ["chat.complete", "chat.stream"])
def test_transport_failure_maps_to_a_connection_error(
    api: FakeAPI, invoke: Invoke, failure: Exception, cls: type[Exception], path: str
) -> None:
    api.replies.append(failure)
    with pytest.raises(cls) as info:
        invoke(path, model=MODEL, messages=HI)
    assert isinstance(info.value, models.MistralError)
    assert info.value.__cause__ is failure
    assert API_KEY not in str(info.value)


def test_connection_lost_while_reading_a_streamed_error_body(api: FakeAPI, invoke: Invoke) -> None:
    body = ChunkedStream(b'{"message": "overloaded, please try again later"}', 4, fail_after=2)
    reply = httpx.Response(503, stream=body)
    api.replies.append(reply)
    with pytest.raises(models.APIConnectionError) as info:
        invoke("chat.stream", model=MODEL, messages=HI)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    assert body.closed
