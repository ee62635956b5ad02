"""``next_delay`` as a pure function: a table of cases, no HTTP."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from mistralai_core._retry import (
    DEFAULT_RETRY,
    NO_RETRY,
    RETRY_AFTER_CAP,
    V1_MAX_RETRIES,
    BackoffStrategy,
    RetryConfig,
    next_delay,
    retry_after,
)

FAST = RetryConfig("backoff", BackoffStrategy(100, 1_000, 2.0, 60_000), True, 5)
#: The config v1's README shows: no max_retries, a 100 ms budget.
V1 = RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers)


def hint(after: str, code: int = 429, ms: str | None = None) -> httpx.Response:
    headers = {"retry-after": after} if ms is None else {"retry-after": after, "retry-after-ms": ms}
    return httpx.Response(code, headers=headers)


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


# (config, attempt, elapsed s, response, error) -> expected delay (rand=0: no jitter)
Case = tuple[str, RetryConfig, int, float, httpx.Response | None, Exception | None, float | None]
CASES: list[Case] = [
    ("429 first attempt", FAST, 0, 0.0, status(429), None, 0.1),
    ("503 second attempt doubles", FAST, 1, 0.0, status(503), None, 0.2),
    ("500 third attempt", FAST, 2, 0.0, status(500), None, 0.4),
    ("502", FAST, 0, 0.0, status(502), None, 0.1),
    ("504", FAST, 0, 0.0, status(504), None, 0.1),
    ("408", FAST, 0, 0.0, status(408), None, 0.1),
    ("max_interval caps the backoff", FAST, 4, 0.0, status(503), None, 1.0),
    ("400 is not retried", FAST, 0, 0.0, status(400), None, None),
    ("401 is not retried", FAST, 0, 0.0, status(401), None, None),
    ("404 is not retried", FAST, 0, 0.0, status(404), None, None),
    ("422 is not retried", FAST, 0, 0.0, status(422), None, None),
    ("501 is not retried", FAST, 0, 0.0, status(501), None, None),
    ("200 is not retried", FAST, 0, 0.0, status(200), None, None),
    ("retry-after seconds", FAST, 0, 0.0, hint("3"), None, 3.0),
    ("retry-after zero falls back to the backoff", FAST, 0, 0.0, hint("0"), None, 0.1),
    ("negative retry-after falls back", FAST, 1, 0.0, hint("-5"), None, 0.2),
    ("tiny retry-after falls back", FAST, 1, 0.0, hint("0.001"), None, 0.2),
    ("NaN retry-after is ignored", FAST, 0, 0.0, hint("nan"), None, 0.1),
    ("NaN retry-after-ms is ignored", FAST, 0, 0.0, hint("2", ms="nan"), None, 2.0),
    ("infinite retry-after is ignored", FAST, 0, 0.0, hint("inf"), None, 0.1),
    ("-inf retry-after is ignored", FAST, 0, 0.0, hint("-inf"), None, 0.1),
    ("overflowing retry-after is ignored", FAST, 0, 0.0, hint("1e999"), None, 0.1),
    ("retry-after-ms wins", FAST, 0, 0.0, hint("9", ms="250"), None, 0.25),
    ("retry-after above the cap stops", FAST, 0, 0.0, hint("3600"), None, None),
    ("unparsable retry-after falls back to backoff", FAST, 0, 0.0, hint("soon", 503), None, 0.1),
    ("max_retries reached", FAST, 5, 0.0, status(503), None, None),
    ("default: two retries", DEFAULT_RETRY, 1, 0.0, status(503), None, 1.0),
    ("default: no third retry", DEFAULT_RETRY, 2, 0.0, status(503), None, None),
    ("max_elapsed_time exceeded", FAST, 0, 59.95, status(503), None, None),
    ("max_elapsed_time not yet", FAST, 0, 59.85, status(503), None, 0.1),
    ("hinted delay past max_elapsed_time", FAST, 0, 58.0, hint("5"), None, None),
    ("strategy none", NO_RETRY, 0, 0.0, status(503), None, None),
    ("connection error retried", FAST, 0, 0.0, None, httpx.ConnectError("refused"), 0.1),
    ("connect timeout retried", FAST, 0, 0.0, None, httpx.ConnectTimeout("slow"), 0.1),
    ("server hung up retried", FAST, 0, 0.0, None, httpx.RemoteProtocolError("eof"), 0.1),
    ("read timeout not retried", FAST, 0, 0.0, None, httpx.ReadTimeout("slow"), None),
    ("write timeout not retried", FAST, 0, 0.0, None, httpx.WriteTimeout("slow"), None),
    (
        "connection errors off",
        RetryConfig("backoff", BackoffStrategy(100, 1_000, 2.0, 60_000), False),
        0, 0.0, None, httpx.ConnectError("refused"), None,
    ),
    ("not an httpx error", FAST, 0, 0.0, None, ValueError("bug"), None),
    ("URL without http(s) scheme", FAST, 0, 0.0, None, httpx.UnsupportedProtocol("x"), None),
    ("invalid request on our side", FAST, 0, 0.0, None, httpx.LocalProtocolError("x"), None),
    ("v1 form: backoff grows", V1, 9, 0.0, status(503), None, 1.1**9 / 1000),
    ("v1 form: an attempt cap too", V1, V1_MAX_RETRIES, 0.0, status(503), None, None),
    ("v1 form: may start until the budget is spent", V1, 3, 0.099, status(503), None, 0.00133),
    ("v1 form: stops once elapsed time is spent", V1, 3, 0.101, status(503), None, None),
    ("v1 form: retry-after 1 s is waited past the budget", V1, 0, 0.005, hint("1"), None, 1.0),
    ("v1 form: 503 retry-after 1 s too", V1, 0, 0.005, hint("1", 503), None, 1.0),
    ("v1 form: retry-after 0 uses the backoff", V1, 0, 0.005, hint("0"), None, 0.001),
    ("v1 form: retry-after above the cap stops", V1, 0, 0.0, hint("61"), None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("config", "attempt", "elapsed", "response", "error", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_next_delay(
    config: RetryConfig,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None,
    error: Exception | None,
    expected: float | None,
) -> None:
    delay = next_delay(config, attempt, elapsed, response, error, rand=0.0)
    if expected is None:
        assert delay is None
    else:
        assert delay == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize("rand", [0.0, 0.5, 0.999])
def test_jitter_adds_up_to_a_quarter_of_the_interval(rand: float) -> None:
    delay = next_delay(FAST, 1, 0.0, status(503), None, rand=rand)
    assert delay is not None
    assert 0.2 <= delay < 0.25
    assert delay == pytest.approx(0.2 * (1 + 0.25 * rand))


def test_jitter_never_goes_past_max_interval() -> None:
    assert next_delay(FAST, 4, 0.0, status(503), None, rand=0.999) == pytest.approx(1.0)


def test_random_jitter_is_bounded() -> None:
    delays = {next_delay(FAST, 2, 0.0, status(503), None) for _ in range(200)}
    assert all(d is not None and 0.4 <= d <= 0.5 for d in delays)
    assert len(delays) > 1


def test_a_server_hint_is_not_jittered() -> None:
    response = status(429, **{"retry-after": "2"})
    assert {next_delay(FAST, 0, 0.0, response, None) for _ in range(20)} == {2.0}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "NaN"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "1e999"}, None),
        ({"retry-after-ms": "nan", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "-inf"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after": "Mon, 99 Foo 2015 07:28:00 GMT"}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "junk", "retry-after": "2"}, 2.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
        ({"retry-after": "not a date"}, None),
    ],
)
def test_retry_after_header_parsing(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after(httpx.Headers(headers)) == expected


def test_retry_after_http_date_in_the_future() -> None:
    delay = retry_after(httpx.Headers({"retry-after": http_date(30)}))
    assert delay is not None and 28 <= delay <= 30


def test_retry_after_http_date_beyond_the_cap_stops() -> None:
    response = status(503, **{"retry-after": http_date(RETRY_AFTER_CAP + 120)})
    assert next_delay(FAST, 0, 0.0, response, None) is None


def test_retry_after_http_date_is_honoured() -> None:
    delay = next_delay(FAST, 0, 0.0, status(503, **{"retry-after": http_date(20)}), None)
    assert delay is not None and 18 <= delay <= 20


def test_v1_positional_form_keeps_its_fields() -> None:
    config = RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    assert config.backoff == BackoffStrategy(
        initial_interval=1, max_interval=50, exponent=1.1, max_elapsed_time=100
    )
    assert config.retry_connection_errors is False
    assert config.max_retries is None
