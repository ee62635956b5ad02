"""Retry policy: one immutable value and one pure function.

``RetryConfig`` and ``BackoffStrategy`` keep v1's shape and units (milliseconds), so
``RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)`` works as before.
:func:`next_delay` decides, without any I/O, whether and how long to wait before the next
attempt; the sync and async send loops only sleep.

Two budgets, one per kind of config:

* **A config with ``max_retries``** (the SDK's default is one): a retry is made only if its
  wait still ends inside ``max_elapsed_time``.
* **A v1-style config** (``max_retries=None``): as in v1, ``max_elapsed_time`` decides whether
  another attempt may *start*; the wait before it is the backoff or the server's
  ``Retry-After`` (up to :data:`RETRY_AFTER_CAP`), even if it ends past the budget. Such a
  config also gets an attempt cap, :data:`V1_MAX_RETRIES` retries, which v1 did not have.

Whatever the server says, waits stay sane: a hint is used only if it is a finite number of
at least the policy's ``initial_interval``; a zero, negative, tiny, NaN, infinite or junk
hint falls back to the policy's own backoff (with jitter), so consecutive attempts are never
closer than ``initial_interval``. A hint above the cap is not waited for: the error goes
back to the caller.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass
from typing import Literal

import httpx

__all__ = [
    "DEFAULT_RETRY",
    "RETRY_AFTER_CAP",
    "V1_MAX_RETRIES",
    "BackoffStrategy",
    "RetryConfig",
    "next_delay",
]

#: Statuses worth another attempt: timeouts, rate limits and transient server failures.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: The longest ``Retry-After`` the SDK waits for, in seconds; a longer one is returned to the
#: caller as the error rather than blocking it.
RETRY_AFTER_CAP = 60.0
#: The retries a v1-style config (``max_retries=None``) may make, on top of its time budget:
#: a server answering ``Retry-After: 0`` as fast as it can cannot make one call re-send
#: without end.
V1_MAX_RETRIES = 10
#: Jitter: each backoff wait is its interval plus up to this fraction more, so clients that
#: failed together spread out (never below ``initial_interval``, never above ``max_interval``).
JITTER = 0.25


@dataclass(frozen=True, slots=True)
class BackoffStrategy:
    """Exponential backoff; every interval is in milliseconds."""

    initial_interval: int = 500
    max_interval: int = 8_000
    exponent: float = 2.0
    max_elapsed_time: int = 60_000


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """How a failed request is retried: ``strategy`` is ``"backoff"`` or ``"none"``.

    ``max_retries`` (not in v1) bounds the number of retries, and a retry is then made only
    if its wait ends within ``backoff.max_elapsed_time``. ``None`` is v1's form: the time
    budget decides whether another attempt may start, and :data:`V1_MAX_RETRIES` bounds the
    retries.
    """

    strategy: Literal["backoff", "none"] | str = "backoff"
    backoff: BackoffStrategy | None = None
    retry_connection_errors: bool = True
    max_retries: int | None = None


#: On unless turned off: at most 2 retries, 0.5 s then 1 s (plus jitter), within a minute.
DEFAULT_RETRY = RetryConfig("backoff", BackoffStrategy(500, 8_000, 2.0, 60_000), True, 2)
#: ``retries=NO_RETRY`` or ``retry_config=NO_RETRY`` turns retries off.
NO_RETRY = RetryConfig("none")


def next_delay(
    config: RetryConfig,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None,
    error: Exception | None,
    *,
    rand: float | None = None,
) -> float | None:
    """Seconds to wait before attempt ``attempt + 1``, or ``None`` to stop here.

    ``attempt`` counts the attempts made so far from 0; ``elapsed`` is seconds since the
    first; exactly one of ``response`` and ``error`` is set. ``rand`` in [0, 1) fixes the
    jitter for tests. The result, when not ``None``, is finite, at least the policy's
    ``initial_interval`` and at most ``max(max_interval, RETRY_AFTER_CAP)``.
    """
    if config.strategy != "backoff":
        return None
    v1_budget = config.max_retries is None
    cap = V1_MAX_RETRIES if config.max_retries is None else config.max_retries
    if attempt >= cap:
        return None
    if error is not None:
        if not (config.retry_connection_errors and _retryable_error(error)):
            return None
        hinted = None
    elif response is not None and response.status_code in RETRYABLE_STATUSES:
        hinted = retry_after(response.headers)
        if hinted is not None and hinted > RETRY_AFTER_CAP:
            return None
    else:
        return None
    backoff = config.backoff or BackoffStrategy()
    budget = _finite(backoff.max_elapsed_time, 0.0) / 1000.0
    if v1_budget and elapsed > budget:
        return None
    floor = max(_finite(backoff.initial_interval, 0.0), 0.0) / 1000.0
    if hinted is not None and hinted >= floor:
        delay = hinted
    else:
        delay = _backoff(backoff, attempt, floor, random.random() if rand is None else rand)
    if not v1_budget and elapsed + delay > budget:
        return None
    return delay


def _backoff(backoff: BackoffStrategy, attempt: int, floor: float, rand: float) -> float:
    """The policy's own wait before retry ``attempt + 1``: its interval plus jitter, bounded."""
    ceiling = max(_finite(backoff.max_interval, 0.0) / 1000.0, floor)
    exponent = _finite(backoff.exponent, 1.0)
    try:
        interval = floor * max(exponent, 1.0) ** attempt
    except OverflowError:
        interval = ceiling
    rand = min(max(_finite(rand, 0.0), 0.0), 1.0)
    return min(max(min(interval, ceiling) * (1.0 + JITTER * rand), floor), ceiling)


def _finite(value: float, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return number if math.isfinite(number) else default


def retry_after(headers: httpx.Headers) -> float | None:
    """The server's hint in seconds: ``retry-after-ms``, else ``retry-after`` (seconds or date).

    Only a finite number counts: NaN, infinity and junk are ignored (``None``), never raised.
    A negative hint or a date in the past reads as 0.
    """
    try:
        value = headers.get("retry-after-ms")
    except UnicodeDecodeError:  # a header that is not text at all
        value = None
    if value is not None:
        seconds = _number(value)
        if seconds is not None:
            return max(seconds / 1000.0, 0.0)
    try:
        value = headers.get("retry-after")
    except UnicodeDecodeError:
        return None
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
        remaining = when.timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return max(remaining, 0.0) if math.isfinite(remaining) else None


def _number(text: str) -> float | None:
    try:
        number = float(text)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _retryable_error(error: Exception) -> bool:
    # A read timeout means the caller's own deadline passed: don't multiply it. Connection
    # failures and a server that hung up before answering are worth another try.
    if isinstance(error, httpx.ReadTimeout | httpx.WriteTimeout):
        return False
    # A URL without http(s) or a request httpx cannot write fails the same way every time.
    if isinstance(error, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return False
    return isinstance(error, httpx.TransportError)
