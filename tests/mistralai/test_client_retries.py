"""Retries through the client: the loop sleeps what ``next_delay`` says (sleep is recorded)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from mistralai import Mistral, models
from mistralai.utils import BackoffStrategy, RetryConfig
from tests.conftest import CHAT_OK, MODEL, ChunkedStream, FakeAPI, Invoke, chunk, sse

HI = [{"role": "user", "content": "hi"}]


def ok() -> httpx.Response:
    return httpx.Response(200, json=CHAT_OK)


def test_429_with_retry_after_then_success(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(429, headers={"retry-after": "2"}), ok()]
    reply = invoke("chat.complete", model=MODEL, messages=HI)
    assert reply.choices[0].message.content == "hello"
    assert len(api.seen) == 2
    assert sleeps == [2.0]
    assert api.seen[0].content == api.seen[1].content


def test_retry_after_ms_is_honoured(api: FakeAPI, invoke: Invoke, sleeps: list[float]) -> None:
    api.replies += [httpx.Response(503, headers={"retry-after-ms": "750"}), ok()]
    invoke("chat.complete", model=MODEL, messages=HI)
    assert sleeps == [0.75]


@pytest.mark.parametrize("hint", ["0", "-3", "nan", "inf", "0.01", "soon"])
def test_a_useless_hint_falls_back_to_the_backoff(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], hint: str
) -> None:
    api.replies += [httpx.Response(429, headers={"retry-after": hint}), ok()]
    invoke("chat.complete", model=MODEL, messages=HI)
    assert len(sleeps) == 1 and 0.5 <= sleeps[0] <= 0.625  # the default's first backoff


def test_503_three_times_gives_up_after_three_attempts(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(503, json={"message": "busy"}) for _ in range(3)]
    with pytest.raises(models.InternalServerError) as info:
        invoke("chat.complete", model=MODEL, messages=HI)
    assert info.value.status_code == 503
    assert len(api.seen) == 3
    assert len(sleeps) == 2
    assert 0.5 <= sleeps[0] <= 0.625 and 1.0 <= sleeps[1] <= 1.25  # default backoff, jittered


def test_every_retry_sends_the_credentials_again(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(502), ok()]
    invoke("chat.complete", model=MODEL, messages=HI)
    assert [r.headers["authorization"] for r in api.seen] == [
        api.seen[0].headers["authorization"]
    ] * 2


def test_connection_error_is_retried(api: FakeAPI, invoke: Invoke, sleeps: list[float]) -> None:
    api.replies += [httpx.ConnectError("refused"), ok()]
    assert invoke("chat.complete", model=MODEL, messages=HI).id == "cmpl-1"
    assert len(sleeps) == 1


def test_read_timeout_is_not_retried(api: FakeAPI, invoke: Invoke, sleeps: list[float]) -> None:
    api.replies += [httpx.ReadTimeout("slow"), ok()]
    with pytest.raises(models.APITimeoutError):
        invoke("chat.complete", model=MODEL, messages=HI)
    assert len(api.seen) == 1 and sleeps == []


def test_400_is_not_retried(api: FakeAPI, invoke: Invoke, sleeps: list[float]) -> None:
    api.replies += [httpx.Response(400, json={"message": "bad"}), ok()]
    with pytest.raises(models.BadRequestError):
        invoke("chat.complete", model=MODEL, messages=HI)
    assert len(api.seen) == 1 and sleeps == []


def test_per_call_retries_none_turns_retries_off(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(503), ok()]
    with pytest.raises(models.InternalServerError):
        invoke("chat.complete", model=MODEL, messages=HI, retries=RetryConfig("none"))
    assert len(api.seen) == 1 and sleeps == []


def test_client_retry_config_none_turns_retries_off(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    api.replies += [httpx.Response(503), ok()]
    with pytest.raises(models.InternalServerError):
        invoke("chat.complete", on=make_client(retry_config=None), model=MODEL, messages=HI)
    assert len(api.seen) == 1


def test_per_call_retries_override_the_client(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    client = make_client(retry_config=RetryConfig("none"))
    api.replies += [httpx.Response(503), ok()]
    config = RetryConfig("backoff", BackoffStrategy(10, 10, 1.0, 1_000), False)
    invoke("chat.complete", on=client, model=MODEL, messages=HI, retries=config)
    assert len(api.seen) == 2 and sleeps == [pytest.approx(0.01)]


def test_v1_retry_config_form_works(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    client = make_client(
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    )
    api.replies += [httpx.Response(503), httpx.Response(503), ok()]
    invoke("chat.complete", on=client, model=MODEL, messages=HI)
    assert len(api.seen) == 3
    assert 0.001 <= sleeps[0] <= 0.00125 and 0.0011 <= sleeps[1] <= 0.0011 * 1.25
    assert len(sleeps) == 2


def test_v1_retry_config_honours_retry_after_past_its_budget(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    # v1's budget decides whether an attempt may start; the wait before it is the server's.
    client = make_client(
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    )
    api.replies += [httpx.Response(503, headers={"retry-after": "1"}), ok()]
    assert invoke("chat.complete", on=client, model=MODEL, messages=HI).id == "cmpl-1"
    assert sleeps == [1.0] and len(api.seen) == 2


def test_v1_retry_config_has_an_attempt_cap(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    from mistralai_core._retry import V1_MAX_RETRIES

    client = make_client(
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    )
    api.replies += [httpx.Response(429, headers={"retry-after": "0"}) for _ in range(20)]
    with pytest.raises(models.RateLimitError):
        invoke("chat.complete", on=client, model=MODEL, messages=HI)
    assert len(api.seen) == V1_MAX_RETRIES + 1
    assert all(s >= 0.001 for s in sleeps)  # never closer than the initial interval


def test_v1_retry_config_without_connection_retries(
    api: FakeAPI, invoke: Invoke, sleeps: list[float], make_client: Callable[..., Mistral]
) -> None:
    client = make_client(
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    )
    api.replies += [httpx.ConnectError("refused"), ok()]
    with pytest.raises(models.APIConnectionError):
        invoke("chat.complete", on=client, model=MODEL, messages=HI)
    assert sleeps == []


def test_every_discarded_response_is_closed(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    bodies = [ChunkedStream(b'{"message": "busy"}') for _ in range(2)]
    api.replies += [httpx.Response(503, stream=b) for b in bodies]
    api.replies.append(ok())
    invoke("chat.complete", model=MODEL, messages=HI)
    assert all(b.closed for b in bodies)


def test_stream_is_retried_on_503_before_any_event(
    api: FakeAPI, invoke: Invoke, sleeps: list[float]
) -> None:
    failed = ChunkedStream(b'{"message": "busy"}')
    api.replies += [
        httpx.Response(503, stream=failed),
        httpx.Response(200, stream=ChunkedStream(sse(chunk("ok")))),
    ]
    events = invoke("chat.stream", model=MODEL, messages=HI)
    assert [e.data.choices[0].delta.content for e in events] == ["ok"]
    assert len(api.seen) == 2 and failed.closed


def test_stream_is_never_retried_after_the_first_byte(
    api: FakeAPI, client: Mistral, mode: str, sleeps: list[float]
) -> None:
    broken = ChunkedStream(sse(chunk("a"), chunk("b")), 8, fail_after=3)
    api.replies += [httpx.Response(200, stream=broken), httpx.Response(200, content=sse())]
    seen: list[str] = []

    async def consume_async() -> None:
        async for event in await client.chat.stream_async(model=MODEL, messages=HI):
            seen.append(event.data.choices[0].delta.content)  # type: ignore[arg-type]

    with pytest.raises(models.APIConnectionError):
        if mode == "sync":
            for event in client.chat.stream(model=MODEL, messages=HI):
                seen.append(event.data.choices[0].delta.content)  # type: ignore[arg-type]
        else:
            asyncio.run(consume_async())
    assert len(api.seen) == 1 and sleeps == []
    assert broken.closed
