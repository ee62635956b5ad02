"""One body for a sync and an async helper: a generator that yields the I/O it needs.

A helper that makes several calls (wait for a job, download and merge result files) is
written once, as a generator. It yields a :class:`Step` wherever it needs I/O, and receives
that step's result back; it yields :class:`Emit` for each value it produces (an iterator
helper), and *returns* its result (a one-shot helper). :func:`run` / :func:`run_async`
drive a one-shot flow, :func:`iterate` / :func:`iterate_async` an iterator flow; only these
four drivers know about ``await``::

    def _wait(jobs, job_id):
        while True:
            job = yield Step(lambda: jobs.get(job_id=job_id),
                             lambda: jobs.get_async(job_id=job_id))
            if job.status in TERMINAL:
                return job
            yield sleep(1.0)

    wait = lambda jobs, job_id: run(_wait(jobs, job_id))
    wait_async = lambda jobs, job_id: run_async(_wait(jobs, job_id))

A step that opens something to close later (a streamed download) says how to close it
(``close`` / ``aclose``): the driver closes everything it opened when the flow ends, also when
it fails or the caller stops iterating early.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["Emit", "Flow", "Step", "iterate", "iterate_async", "run", "run_async", "sleep"]

T = TypeVar("T")
R = TypeVar("R")

#: A flow: yields steps (and ``Emit`` values), receives each step's result, returns ``R``.
Flow = Generator["Step[Any] | Emit[Any]", Any, R]


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One piece of I/O, as a sync and an async callable giving the same result."""

    sync: Callable[[], T]
    async_: Callable[[], Awaitable[T]]
    #: For a result to close when the flow ends: how, sync and async.
    close: Callable[[T], None] | None = None
    aclose: Callable[[T], Awaitable[None]] | None = None


@dataclass(frozen=True, slots=True)
class Emit(Generic[T]):
    """A value the flow produces (iterator flows)."""

    value: T


def sleep(seconds: float) -> Step[None]:
    """A pause, as a step."""

    async def pause() -> None:
        import asyncio

        await asyncio.sleep(seconds)

    return Step(lambda: _sleep(seconds), pause)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def iterate(flow: Flow[Any]) -> Iterator[Any]:
    """Drive ``flow`` synchronously, yielding what it emits."""
    opened: list[tuple[Callable[[Any], None], Any]] = []
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                item = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(item, Emit):
                yield item.value
                continue
            try:
                value = item.sync()
            except Exception as exc:  # handed to the flow, which may handle it
                error = exc
                continue
            if item.close is not None:
                opened.append((item.close, value))
    finally:
        flow.close()
        for close, resource in reversed(opened):
            close(resource)


async def iterate_async(flow: Flow[Any]) -> AsyncIterator[Any]:
    """Drive ``flow`` asynchronously, yielding what it emits."""
    opened: list[tuple[Callable[[Any], Awaitable[None]], Any]] = []
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                item = flow.send(value) if error is None else flow.throw(error)
            except StopIteration:
                return
            value, error = None, None
            if isinstance(item, Emit):
                yield item.value
                continue
            try:
                value = await item.async_()
            except Exception as exc:
                error = exc
                continue
            if item.aclose is not None:
                opened.append((item.aclose, value))
    finally:
        flow.close()
        for aclose, resource in reversed(opened):
            await aclose(resource)


def run(flow: Flow[R]) -> R:
    """Drive a one-shot ``flow`` synchronously and return its result."""
    steps = iterate(flow)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


async def run_async(flow: Flow[R]) -> R:
    """Drive a one-shot ``flow`` asynchronously and return its result."""
    box: list[R] = []

    def keep() -> Flow[None]:
        result = yield from flow
        box.append(result)

    async for _ in iterate_async(keep()):
        pass
    return box[0]
