"""Retry policy: one immutable value and one pure function.

``RetryConfig`` and ``BackoffStrategy`` keep v1's shape and units (milliseconds), so
``RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)`` works as before.
:func:`next_delay` decides, without any I/O, whether and how long to wait before the next
attempt; the sync and async send loops only sleep.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from typing import Literal

import httpx

__all__ = ["DEFAULT_RETRY", "RETRY_AFTER_CAP", "BackoffStrategy", "RetryConfig", "next_delay"]

#: Statuses worth another attempt: timeouts, rate limits and transient server failures.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: The longest ``Retry-After`` the SDK waits for, in seconds; a longer one is returned to the
#: caller as the error rather than blocking it.
RETRY_AFTER_CAP = 60.0


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

    ``max_retries`` (not in v1) bounds the number of retries; ``None`` leaves only
    ``backoff.max_elapsed_time`` as the bound, as in v1.
    """

    strategy: Literal["backoff", "none"] | str = "backoff"
    backoff: BackoffStrategy | None = None
    retry_connection_errors: bool = True
    max_retries: int | None = None


#: On unless turned off: at most 2 retries, 0.5 s then 1 s (with jitter), within a minute.
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
    jitter for tests.
    """
    if config.strategy != "backoff":
        return None
    if config.max_retries is not None and attempt >= config.max_retries:
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
    if hinted is not None:
        delay = hinted
    else:
        base = backoff.initial_interval * backoff.exponent**attempt
        # Jitter spreads clients that failed together over the last quarter of the interval.
        jitter = 1.0 - 0.25 * (random.random() if rand is None else rand)
        delay = min(base, backoff.max_interval) * jitter / 1000.0
    if (elapsed + delay) * 1000.0 > backoff.max_elapsed_time:
        return None
    return delay


def retry_after(headers: httpx.Headers) -> float | None:
    """The server's hint in seconds: ``retry-after-ms``, else ``retry-after`` (seconds or date)."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _retryable_error(error: Exception) -> bool:
    # A read timeout means the caller's own deadline passed: don't multiply it. Connection
    # failures and a server that hung up before answering are worth another try.
    if isinstance(error, httpx.ReadTimeout | httpx.WriteTimeout):
        return False
    # A URL without http(s) or a request httpx cannot write fails the same way every time.
    if isinstance(error, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return False
    return isinstance(error, httpx.TransportError)
