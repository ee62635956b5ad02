"""Response metadata: ``_request_id`` on results, raw and streaming-raw responses, rate
limits, ``with_options`` (against the fake API, and the emulator for what it sent)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistralai import Mistral
from mistralai.models import APIResponse, AsyncAPIResponse, ChatCompletionResponse, RateLimit
from mistralai_azure import MistralAzure
from mistralai_core import NO_RETRY, RetryConfig
from mistralai_core._errors import NotFoundError
from mistralai_emulator import Emulator
from mistralai_gcp import MistralGoogleCloud
from tests.conftest import CHAT_OK, MODEL, FakeAPI, Invoke, chunk, sse

HI = [{"role": "user", "content": "Hi!"}]


def ok(body: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, json=body or CHAT_OK, headers=headers)


# -- _request_id --------------------------------------------------------------------------


def test_a_result_carries_the_request_id_without_changing_type_or_dump(
    api: FakeAPI, invoke: Invoke
) -> None:
    api.replies.append(ok(headers={"x-request-id": "req-123"}))
    result = invoke("chat.complete", model=MODEL, messages=HI)
    assert type(result) is ChatCompletionResponse
    assert result._request_id == "req-123"
    assert "_request_id" not in result.model_dump()
    assert "req-123" not in result.model_dump_json()
    assert "req-123" not in repr(result)
    assert result == ChatCompletionResponse.model_validate(CHAT_OK)


def test_request_id_header_fallback_and_absence(api: FakeAPI, invoke: Invoke) -> None:
    api.replies += [ok(headers={"request-id": "other-7"}), ok()]
    assert invoke("chat.complete", model=MODEL, messages=HI)._request_id == "other-7"
    assert invoke("chat.complete", model=MODEL, messages=HI)._request_id is None
    assert ChatCompletionResponse.model_validate(CHAT_OK)._request_id is None


def test_a_field_named_request_id_never_collides(api: FakeAPI, invoke: Invoke) -> None:
    body = {**CHAT_OK, "request_id": "from-body", "_request_id": "also-body"}
    api.replies.append(ok(body, {"x-request-id": "from-header"}))
    result = invoke("chat.complete", model=MODEL, messages=HI)
    assert result._request_id == "from-header"
    assert result.model_dump()["request_id"] == "from-body"


def _clients(emu: Emulator) -> dict[str, Any]:
    return {
        "mistral": Mistral(api_key=emu.api_key, server_url=emu.url),
        "azure": MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url),
        "vertex": MistralGoogleCloud(
            project_id="proj", access_token=emu.vertex_access_token, server_url=emu.url
        ),
    }


@pytest.mark.parametrize("name", ["mistral", "azure", "vertex"])
def test_request_id_is_what_the_emulator_sent(mistral_emulator: Emulator, name: str) -> None:
    client = _clients(mistral_emulator)[name]

    async def both() -> list[str | None]:
        first = client.chat.complete(model=MODEL, messages=HI)._request_id
        second = (await client.chat.complete_async(model=MODEL, messages=HI))._request_id
        with client.chat.stream(model=MODEL, messages=HI) as stream:
            third = stream.get_final_completion()._request_id
        await client.aclose()
        return [first, second, third]

    ids = asyncio.run(both())
    seen = [r["request_id"] for r in mistral_emulator.requests]
    assert ids == seen and len(set(ids)) == 3


# -- with_raw_response / with_streaming_response ------------------------------------------


def test_raw_response_sync(api: FakeAPI, client: Mistral) -> None:
    api.replies.append(
        ok(headers={"x-request-id": "raw-1", "x-ratelimit-remaining-req-minute": "9"})
    )
    raw = client.chat.with_raw_response.complete(model=MODEL, messages=HI)
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.request_id) == (200, "raw-1")
    assert raw.headers["x-ratelimit-remaining-req-minute"] == "9"
    assert raw.http_response.json() == CHAT_OK
    parsed = raw.parse()
    assert isinstance(parsed, ChatCompletionResponse) and parsed._request_id == "raw-1"
    assert raw.parse() is parsed
    assert api.json()["messages"] == HI


def test_raw_response_async(api: FakeAPI, client: Mistral) -> None:
    api.replies.append(ok(headers={"x-request-id": "raw-2"}))

    async def main() -> Any:
        raw = await client.chat.with_raw_response.complete_async(model=MODEL, messages=HI)
        assert isinstance(raw, AsyncAPIResponse)
        return raw.request_id, await raw.parse()

    request_id, parsed = asyncio.run(main())
    assert request_id == "raw-2" and parsed._request_id == "raw-2"


def test_streaming_response_hands_the_response_over_before_the_body(
    api: FakeAPI, client: Mistral
) -> None:
    from tests.conftest import streamed

    api.replies.append(streamed(200, json.dumps(CHAT_OK).encode(), 3, **{"x-request-id": "s-1"}))
    with client.chat.with_streaming_response.complete(model=MODEL, messages=HI) as raw:
        assert raw.request_id == "s-1"
        assert not raw.http_response.is_stream_consumed
        assert raw.parse().choices[0].message.content == "hello"
    assert raw.http_response.is_closed


def test_streaming_response_async(api: FakeAPI, client: Mistral) -> None:
    from tests.conftest import streamed

    api.replies.append(streamed(200, json.dumps(CHAT_OK).encode(), 3, **{"x-request-id": "s-2"}))

    async def main() -> tuple[bool, Any, bool]:
        context = client.chat.with_streaming_response.complete_async(model=MODEL, messages=HI)
        async with context as raw:
            unread = not raw.http_response.is_stream_consumed
            parsed = await raw.parse()
        return unread, parsed, raw.http_response.is_closed

    unread, parsed, closed = asyncio.run(main())
    assert unread and closed and parsed._request_id == "s-2"


def test_raw_response_of_a_stream_parses_into_the_managed_stream(
    api: FakeAPI, client: Mistral
) -> None:
    body = sse(chunk("Hel"), chunk("lo", finish="stop"))
    api.replies.append(
        httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    raw = client.chat.with_raw_response.stream(model=MODEL, messages=HI)
    with raw.parse() as stream:
        assert "".join(stream.text_stream) == "Hello"


def test_raw_responses_cover_sub_resources_and_other_resources(
    api: FakeAPI, client: Mistral
) -> None:
    api.replies += [
        ok({"data": [], "object": "list", "total": 0}, {"x-request-id": "jobs"}),
        ok({"object": "list", "data": []}, {"x-request-id": "models"}),
    ]
    jobs = client.fine_tuning.jobs.with_raw_response.list()
    assert jobs.request_id == "jobs" and api.seen[-1].url.path == "/v1/fine_tuning/jobs"
    also = client.models.with_raw_response.list()
    assert also.request_id == "models" and also.parse()._request_id == "models"


def test_raw_responses_check_arguments_and_names(api: FakeAPI, client: Mistral) -> None:
    with pytest.raises(TypeError, match=r"chat\.complete\(\) got an unexpected keyword.*'modle'"):
        client.chat.with_raw_response.complete(modle=MODEL, messages=HI)
    with pytest.raises(AttributeError, match="chat.with_raw_response has no API method 'nope'"):
        _ = client.chat.with_raw_response.nope
    assert api.seen == []


def test_an_error_status_still_raises(api: FakeAPI, client: Mistral) -> None:
    api.replies.append(httpx.Response(404, json={"message": "no such model"}))
    with pytest.raises(NotFoundError):
        client.chat.with_raw_response.complete(model=MODEL, messages=HI)


def test_rate_limit_headers_are_parsed() -> None:
    limits = RateLimit.from_headers(
        {
            "x-ratelimit-limit-tokens-minute": "500000",
            "x-ratelimit-remaining-tokens-minute": "499990",
            "x-ratelimit-limit-req-minute": "60",
            "x-ratelimit-reset": "1.5",
            "Retry-After": "2",
            "x-ratelimit-limit-odd": "not a number",
            "content-type": "application/json",
        }
    )
    assert limits == RateLimit(
        limit={"tokens-minute": 500000, "req-minute": 60},
        remaining={"tokens-minute": 499990},
        reset={"": 1.5},
        retry_after=2.0,
    )
    assert RateLimit.from_headers({"content-type": "application/json"}) is None


# -- with_options -------------------------------------------------------------------------


def test_with_options_changes_defaults_not_the_original(
    api: FakeAPI, make_client: Callable[..., Mistral], sleeps: list[float]
) -> None:
    client = make_client()
    other = client.with_options(
        timeout_ms=1500,
        retries=NO_RETRY,
        server_url="https://proxy.example/",
        http_headers={"X-Team": "blue"},
    )
    assert type(other) is Mistral
    api.replies += [httpx.Response(503), ok(), ok()]
    with pytest.raises(Exception, match="503"):
        other.chat.complete(model=MODEL, messages=HI)
    other.chat.complete(model=MODEL, messages=HI, http_headers={"X-Team": "red"})
    client.chat.complete(model=MODEL, messages=HI)
    first, second, third = api.seen
    assert str(first.url) == "https://proxy.example/v1/chat/completions"
    assert first.headers["x-team"] == "blue" and second.headers["x-team"] == "red"
    assert first.extensions["timeout"]["read"] == 1.5
    assert str(third.url) == "https://api.mistral.ai/v1/chat/completions"
    assert "x-team" not in third.headers and sleeps == []
    assert third.headers["authorization"] == first.headers["authorization"]


def test_with_options_keeps_retries_unless_told(
    api: FakeAPI, make_client: Callable[..., Mistral], sleeps: list[float]
) -> None:
    client = make_client(retry_config=RetryConfig("backoff", None, True))
    api.replies += [httpx.Response(503), ok()]
    client.with_options(timeout_ms=100).chat.complete(model=MODEL, messages=HI)
    assert len(api.seen) == 2 and len(sleeps) == 1


def test_with_options_shares_the_pool(mistral_emulator: Emulator) -> None:
    client = Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url)
    other = client.with_options(timeout_ms=5000, http_headers={"X-Other": "1"})

    async def main() -> None:
        await other.chat.complete_async(model=MODEL, messages=HI)
        await client.chat.complete_async(model=MODEL, messages=HI)
        await client.aclose()

    # sync: the copy asks first, the original's pool serves both; then async, likewise
    other.chat.complete(model=MODEL, messages=HI)
    client.chat.complete(model=MODEL, messages=HI)
    assert mistral_emulator.connections == 1
    other.close()  # the copy does not own the pool: the next call reuses the connection
    client.chat.complete(model=MODEL, messages=HI)
    assert mistral_emulator.connections == 1
    client.close()
    asyncio.run(main())
    assert mistral_emulator.connections == 2  # one more: the async pool, shared likewise
    sent = mistral_emulator.requests
    assert [r["headers"].get("x-other") for r in sent] == ["1", None, None, "1", None]


@pytest.mark.parametrize("name", ["mistral", "azure", "vertex"])
def test_raw_responses_and_tools_on_every_client(mistral_emulator: Emulator, name: str) -> None:
    client = _clients(mistral_emulator)[name]
    raw = client.chat.with_raw_response.complete(model=MODEL, messages=HI)
    assert raw.status_code == 200 and raw.request_id == mistral_emulator.requests[-1]["request_id"]
    with client.chat.with_streaming_response.stream(model=MODEL, messages=HI) as response:
        with response.parse() as stream:
            text = "".join(stream.text_stream)
    assert text == raw.parse().choices[0].message.content

    def get_weather(city: str) -> str:
        """The weather of a city."""
        return f"sunny in {city}"

    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    run = client.chat.run_tools(model=MODEL, messages=ask, tools=[get_weather])
    assert run.turns == 2 and "sunny in Paris" in str(run.completion.choices[0].message.content)
    client.close()
