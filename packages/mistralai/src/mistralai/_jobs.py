"""Waiting for a job (batch or fine-tuning): poll with backoff until a terminal status.

One flow (:mod:`mistralai_core._flow`) serves ``wait`` and ``wait_async`` of both job kinds.
A job that ends FAILED or CANCELLED is returned, not raised: the caller decides; only running
past ``timeout`` raises (:class:`JobTimeoutError`, a ``TimeoutError``).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from mistralai_core._flow import Flow, Step, sleep

__all__ = ["BATCH_TERMINAL", "FINE_TUNING_TERMINAL", "JobTimeoutError", "wait_flow"]

J = TypeVar("J")

#: Statuses a batch job never leaves.
BATCH_TERMINAL = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
#: Statuses a fine-tuning job never leaves.
FINE_TUNING_TERMINAL = frozenset({"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"})

#: Each poll waits this much longer than the one before, up to ``BACKOFF_CAP`` times the
#: first interval.
BACKOFF = 1.5
BACKOFF_CAP = 10.0


class JobTimeoutError(TimeoutError):
    """The job was not finished after ``timeout`` seconds; ``job`` is how it was last seen."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


def wait_flow(
    method: str,
    get: Callable[[], J],
    get_async: Callable[[], Awaitable[J]],
    terminal: frozenset[str],
    *,
    poll_interval: float,
    timeout: float | None,
    on_progress: Callable[[J], Any] | None,
) -> Flow[J]:
    """Poll ``get`` until the job's status is in ``terminal``; return the job."""
    if not poll_interval > 0:
        raise ValueError(f"{method}(): poll_interval must be > 0, not {poll_interval!r}")
    if timeout is not None and not timeout >= 0:
        raise ValueError(f"{method}(): timeout must be >= 0 or None, not {timeout!r}")
    return _wait(method, get, get_async, terminal, poll_interval, timeout, on_progress)


def _wait(
    method: str,
    get: Callable[[], J],
    get_async: Callable[[], Awaitable[J]],
    terminal: frozenset[str],
    poll_interval: float,
    timeout: float | None,
    on_progress: Callable[[J], Any] | None,
) -> Flow[J]:
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = poll_interval
    while True:
        job: J = yield Step(get, get_async)
        if on_progress is not None:
            on_progress(job)
        if getattr(job, "status", None) in terminal:
            return job
        pause = delay
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise JobTimeoutError(
                    f"{method}(): job {getattr(job, 'id', '?')} still "
                    f"{getattr(job, 'status', '?')} after {timeout} s",
                    job,
                )
            pause = min(pause, left)
        yield sleep(pause)
        delay = min(delay * BACKOFF, poll_interval * BACKOFF_CAP)
