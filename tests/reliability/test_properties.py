"""Property-based tests (hypothesis): the SSE decoder, the stream iterator, ``next_delay``.

* any split of the same bytes gives the same events;
* random bytes through a real stream end in events or a typed SDK error, never a hang or
  another exception type;
* ``next_delay`` is ``None`` or finite, non-negative and within its bounds, for any header
  value and any policy.
"""

from __future__ import annotations

import json
import math

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistralai_core import MistralError
from mistralai_core._retry import (
    RETRY_AFTER_CAP,
    V1_MAX_RETRIES,
    BackoffStrategy,
    RetryConfig,
    next_delay,
)
from mistralai_core._sse import EventStream, ServerEvent, SSEDecoder
from tests.conftest import ChunkedStream

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

line_text = st.text(
    alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]),
    max_size=20,
)
event = st.tuples(st.none() | st.sampled_from(["note", "error-ish", "é"]), line_text)


def render(events: list[tuple[str | None, str]], crlf: bool) -> bytes:
    end = "\r\n" if crlf else "\n"
    out = []
    for name, data in events:
        head = f"event: {name}{end}" if name else ""
        out.append(f"{head}data: {data}{end}{end}")
    return "".join(out).encode()


def decode(pieces: list[bytes]) -> list[ServerEvent]:
    decoder = SSEDecoder()
    found = [e for piece in pieces for e in decoder.feed(piece)]
    return found + decoder.flush()


def split(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(body) + 1) for c in cuts})
    edges = [0, *points, len(body)]
    return [body[a:b] for a, b in zip(edges, edges[1:], strict=False)]


@EXAMPLES
@given(st.lists(event, max_size=8), st.booleans(), st.lists(st.integers(0, 10_000), max_size=12))
def test_any_split_of_the_same_bytes_gives_the_same_events(
    events: list[tuple[str | None, str]], crlf: bool, cuts: list[int]
) -> None:
    body = render(events, crlf)
    whole = decode([body])
    assert decode(split(body, cuts)) == whole
    assert decode([body[i : i + 1] for i in range(len(body))]) == whole
    assert whole == [(name, data.encode()) for name, data in events]


def parse(data: bytes) -> object:
    value = json.loads(data)
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


@EXAMPLES
@given(st.binary(max_size=300), st.integers(1, 50))
def test_random_bytes_give_events_or_a_typed_error(garbage: bytes, size: int) -> None:
    request = httpx.Request("POST", "https://x.example/v1/chat/completions")
    response = httpx.Response(200, stream=ChunkedStream(garbage, size), request=request)
    stream = EventStream(response, parse)
    try:
        for _ in stream:
            pass
    except MistralError:
        pass  # typed: ResponseValidationError, SDKError (an error event)
    assert response.is_closed


header_value = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["nan", "NaN", "inf", "-inf", "1e999", "-1", "0", "0.0001", "1e-300"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**12), 10**12).map(str),
    st.just("Wed, 21 Oct 2015 07:28:00 GMT"),
    st.just("Fri, 31 Dec 9999 23:59:59 GMT"),
)
policy = st.builds(
    RetryConfig,
    st.just("backoff"),
    st.builds(
        BackoffStrategy,
        st.integers(0, 100_000),
        st.integers(0, 100_000),
        st.floats(0, 10, allow_nan=False),
        st.integers(0, 10**7),
    ),
    st.booleans(),
    st.none() | st.integers(0, 20),
)


@EXAMPLES
@given(
    policy,
    st.integers(0, 40),
    st.floats(0, 10**6, allow_nan=False),
    st.sampled_from([408, 429, 500, 502, 503, 504]),
    st.none() | header_value,
    st.none() | header_value,
    st.floats(0, 1, exclude_max=True),
)
def test_next_delay_is_finite_non_negative_and_bounded_for_any_header(
    config: RetryConfig,
    attempt: int,
    elapsed: float,
    status: int,
    after: str | None,
    after_ms: str | None,
    rand: float,
) -> None:
    headers = {}
    if after is not None:
        headers["retry-after"] = after.encode("utf-8", "replace").decode("latin-1")
    if after_ms is not None:
        headers["retry-after-ms"] = after_ms.encode("utf-8", "replace").decode("latin-1")
    try:
        response = httpx.Response(status, headers=headers)
    except (ValueError, httpx.LocalProtocolError):  # not a header httpx accepts at all
        return
    delay = next_delay(config, attempt, elapsed, response, None, rand=rand)
    if delay is None:
        return
    backoff = config.backoff
    assert backoff is not None
    assert math.isfinite(delay) and delay >= 0
    assert delay >= backoff.initial_interval / 1000.0  # never closer than the first interval
    assert delay <= max(
        backoff.max_interval / 1000.0, backoff.initial_interval / 1000.0, RETRY_AFTER_CAP
    )
    cap = V1_MAX_RETRIES if config.max_retries is None else config.max_retries
    assert attempt < cap
