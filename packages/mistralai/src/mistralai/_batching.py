"""Batch results matched to their requests, and ``client.batch.run``.

Each piece is one flow (:mod:`mistralai_core._flow`) driven sync or async:

* :func:`results_flow` streams a finished job's output and error files line by line and
  yields one :class:`BatchResult` per request, **in request order**: the order comes from
  the job's input files (streamed too), and results are matched by ``custom_id`` (the service
  does not promise any order). A result read ahead of its turn waits in a small buffer; when
  the files come in request order (as they do), the buffer holds about one line.
* :func:`run_flow` writes the requests to a JSONL file on disk as it iterates over them
  (never holding them), uploads it streamed, creates the job and waits for it; resuming from a
  ``job_id`` skips straight to the wait.

Memory stays flat in the number of requests: nothing here keeps a list of requests or
results.
"""

from __future__ import annotations

import importlib
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from mistralai_core._flow import Emit, Flow, Step, iterate, iterate_async

from ._jobs import BATCH_TERMINAL, wait_flow

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from ._resources.batch import BatchJobs
    from ._resources.files import Files
    from .models._batch import BatchJobOut

__all__ = [
    "INLINE_MAX",
    "BatchResult",
    "BatchResultError",
    "BatchRun",
    "inline_requests_supported",
    "results_flow",
    "run_flow",
]

R = TypeVar("R")

#: The typed response of each endpoint a batch can target (module:class), loaded on use.
RESPONSES = {
    "/v1/chat/completions": "mistralai_core.models._chat:ChatCompletionResponse",
    "/v1/fim/completions": "mistralai_core.models._chat:FIMCompletionResponse",
    "/v1/embeddings": "mistralai.models._embeddings:EmbeddingResponse",
    "/v1/moderations": "mistralai.models._classifiers:ClassificationResponse",
    "/v1/chat/moderations": "mistralai.models._classifiers:ClassificationResponse",
}

#: The most requests a batch sends inline (``requests=`` on creation) rather than as a file.
INLINE_MAX = 100


def inline_requests_supported(jobs: BatchJobs) -> bool:
    """Whether small batches go inline: the one switch for ``batch.jobs.create(requests=)``.

    On: ``batch.jobs.create`` takes ``requests``, so :func:`run_flow` sends batches of up to
    :data:`INLINE_MAX` requests inline (no file upload) and larger ones as a JSONL file.
    """
    return True


@dataclass(frozen=True, slots=True)
class BatchResultError:
    """Why a request of a batch failed."""

    message: str
    #: The HTTP status the request got, if it got one.
    status_code: int | None = None
    #: The error body, as the service gave it (a dict, usually).
    body: Any = None


@dataclass(frozen=True, slots=True)
class BatchResult(Generic[R]):
    """One request's outcome: ``response`` (the endpoint's typed model) or ``error``."""

    custom_id: str
    response: R | None
    error: BatchResultError | None
    status_code: int | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _parser(endpoint: str) -> Callable[[Any], Any]:
    target = RESPONSES.get(endpoint)
    if target is None:  # an endpoint without a typed model: the JSON as it came
        return lambda body: body
    module, _, name = target.partition(":")
    model = getattr(importlib.import_module(module), name)
    return model.model_validate  # type: ignore[no-any-return]


def _result(custom_id: str, record: Mapping[str, Any] | None, parse: Callable[[Any], Any]) -> Any:
    if record is None:
        missing = BatchResultError("no result for this request in the job's output files")
        return BatchResult(custom_id, None, missing)
    reply = record.get("response") or {}
    status = reply.get("status_code") if isinstance(reply, Mapping) else None
    body = reply.get("body") if isinstance(reply, Mapping) else None
    error = record.get("error")
    if status == 200 and not error and body is not None:
        return BatchResult(custom_id, parse(body), None, 200)
    if isinstance(error, Mapping):
        message = str(error.get("message") or error)
    else:
        message = str(error) if error else f"status {status}"
    return BatchResult(custom_id, None, BatchResultError(message, status, body), status)


# -- streams of lines --------------------------------------------------------------------


@dataclass(slots=True)
class _Lines:
    """A streamed download, cut into lines as its chunks arrive."""

    response: httpx.Response
    chunks: Any  # Iterator[bytes] (sync) or AsyncIterator[bytes] (async)
    lines: deque[bytes] = field(default_factory=deque)
    pending: bytes = b""
    done: bool = False

    def feed(self, chunk: bytes | None) -> None:
        if chunk is None:
            self.done = True
            if self.pending.strip():
                self.lines.append(self.pending)
            self.pending = b""
            return
        *complete, self.pending = (self.pending + chunk).split(b"\n")
        self.lines.extend(line for line in complete if line.strip())


def _open(files: Files, file_id: str) -> Step[_Lines]:
    def sync() -> _Lines:
        response = files.download(file_id=file_id)
        return _Lines(response, response.iter_raw(CHUNK))

    async def async_() -> _Lines:
        response = await files.download_async(file_id=file_id)
        return _Lines(response, response.aiter_raw(CHUNK))

    async def aclose(stream: _Lines) -> None:
        await stream.response.aclose()

    return Step(sync, async_, close=lambda stream: stream.response.close(), aclose=aclose)


def _read(chunks: Any) -> Step[bytes | None]:
    return Step(lambda: next(chunks, None), lambda: anext(chunks, None))


#: Bytes read from a result file at a time.
CHUNK = 256 * 1024


def _next_line(stream: _Lines) -> Flow[bytes | None]:
    """The stream's next non-blank line (``None`` at its end), reading a chunk when needed."""
    while not stream.lines:
        if stream.done:
            return None
        stream.feed((yield _read(stream.chunks)))
    return stream.lines.popleft()


def _input_ids(files: Files, input_files: Iterable[str]) -> Flow[None]:
    """Emits the custom_id of every request line of the input files, in order (a line
    without one gets its line number, as the service numbers it)."""
    for file_id in input_files:
        stream = yield _open(files, file_id)
        number = 0
        while True:
            line = yield from _next_line(stream)
            if line is None:
                break
            try:
                custom_id = json.loads(line).get("custom_id")
            except (ValueError, AttributeError):
                custom_id = None
            yield Emit(str(number) if custom_id is None else str(custom_id))
            number += 1


def results_flow(
    files: Files,
    jobs: BatchJobs,
    job: BatchJobOut | str,
    order: Iterable[str] | None = None,
) -> Flow[None]:
    """Emits a :class:`BatchResult` per request of ``job``, in request order.

    ``order``: the custom_ids in request order when known (inline batches); otherwise they
    are read from the job's input files (an inline batch resumed by id has none: its results
    come in the order of the output and error files).
    """
    if isinstance(job, str):
        job_id = job
        job = yield Step(lambda: jobs.get(job_id=job_id), lambda: jobs.get_async(job_id=job_id))
    assert not isinstance(job, str)
    parse = _parser(str(job.endpoint))
    live: list[_Lines] = []
    for file_id in (job.output_file, job.error_file):
        if file_id:
            live.append((yield _open(files, file_id)))
    if order is None and not job.input_files:
        # An inline batch looked up by id: the service does not give its requests back, so
        # there is no request order to restore: the results come in the files' order.
        for stream in live:
            while (line := (yield from _next_line(stream))) is not None:
                found = json.loads(line)
                yield Emit(_result(str(found.get("custom_id")), found, parse))
        return
    waiting: dict[str, dict[str, Any]] = {}

    def ids() -> Flow[None]:
        if order is not None:
            for custom_id in order:
                yield Emit(custom_id)
        else:
            yield from _input_ids(files, job.input_files)

    wanted = ids()
    sent: Any = None
    while True:
        # Pull the next custom_id from the ids sub-flow, passing its steps through.
        try:
            item = wanted.send(sent)
        except StopIteration:
            return
        if not isinstance(item, Emit):
            sent = yield item
            continue
        sent = None
        custom_id: str = item.value
        record = waiting.pop(custom_id, None)
        while record is None and live:
            for stream in list(live):
                line = yield from _next_line(stream)
                if line is None:
                    live.remove(stream)
                    continue
                found = json.loads(line)
                key = str(found.get("custom_id"))
                if key == custom_id:
                    record = found
                    break
                waiting[key] = found
        yield Emit(_result(custom_id, record, parse))


# -- run -----------------------------------------------------------------------------------


def _line(index: int, item: Any, method: str) -> tuple[str, str]:
    """(custom_id, JSONL line) of one request: a body, or a ``(custom_id, body)`` pair."""
    if isinstance(item, tuple) and len(item) == 2:
        custom_id, body = item
        custom_id = str(custom_id)
    else:
        custom_id, body = str(index), item
    if hasattr(body, "model_dump"):
        body = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not isinstance(body, Mapping):
        raise TypeError(
            f"{method}(): requests[{index}]: expected a request body (a mapping or a model) "
            f"or a (custom_id, body) pair, not {type(item).__name__}"
        )
    return custom_id, json.dumps(
        {"custom_id": custom_id, "body": dict(body)}, separators=(",", ":"), ensure_ascii=False
    )


def write_jsonl(requests: Iterable[Any], method: str) -> tuple[Path, int]:
    """The requests as a JSONL file on disk (written as they come), and how many."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below; removed by the caller)
        "w", encoding="utf-8", prefix="mistralai-batch-", suffix=".jsonl", delete=False
    )
    count = 0
    try:
        with handle:
            for index, item in enumerate(requests):
                handle.write(_line(index, item, method)[1])
                handle.write("\n")
                count += 1
    except BaseException:
        os.unlink(handle.name)
        raise
    return Path(handle.name), count


def run_flow(
    files: Files,
    jobs: BatchJobs,
    *,
    method: str,
    requests: Iterable[Any] | None,
    model: str | None,
    endpoint: str,
    metadata: Mapping[str, str] | None,
    timeout_hours: int | None,
    job_id: str | None,
    poll_interval: float,
    timeout: float | None,
    on_progress: Callable[[BatchJobOut], Any] | None,
    wait: bool = True,
    allow_inline: bool = True,
) -> Flow[tuple[BatchJobOut, list[str] | None]]:
    """Create (or find, with ``job_id``) the job and wait for it (unless not ``wait``);
    return it, with the custom_ids of an inline batch (``None`` for a file batch: the input
    file has them)."""
    order: list[str] | None = None
    if job_id is None:
        if requests is None or model is None:
            raise TypeError(f"{method}(): give requests= and model=, or job_id= to resume a run")
        options: dict[str, Any] = {"endpoint": endpoint, "model": model}
        if metadata is not None:
            options["metadata"] = dict(metadata)
        if timeout_hours is not None:
            options["timeout_hours"] = timeout_hours
        requests = iter(requests)
        small: list[tuple[str, str]] | None = None
        if allow_inline and inline_requests_supported(jobs):
            small = []
            for index, item in enumerate(requests):
                small.append(_line(index, item, method))
                if len(small) > INLINE_MAX:
                    break
            if len(small) > INLINE_MAX:  # too many: all of them go to a file
                requests = _chain([(c, json.loads(line)["body"]) for c, line in small], requests)
                small = None
        if small == []:
            raise ValueError(f"{method}(): requests is empty")
        if small is not None:
            order = [custom_id for custom_id, _ in small]
            inline = {"requests": [json.loads(line) for _, line in small], **options}
            created = yield Step(lambda: jobs.create(**inline), lambda: jobs.create_async(**inline))
        else:
            path, count = write_jsonl(requests, method)
            if count == 0:
                path.unlink()
                raise ValueError(f"{method}(): requests is empty")
            try:
                uploaded = yield Step(
                    lambda: files.upload(file=path, purpose="batch"),
                    lambda: files.upload_async(file=path, purpose="batch"),
                )
            finally:
                path.unlink(missing_ok=True)
            given = {"input_files": [uploaded.id], **options}
            created = yield Step(lambda: jobs.create(**given), lambda: jobs.create_async(**given))
        if not wait:
            return created, order
        job_id = created.id
    found = job_id
    job = yield from wait_flow(
        method,
        lambda: jobs.get(job_id=found),
        lambda: jobs.get_async(job_id=found),
        BATCH_TERMINAL,
        poll_interval=poll_interval,
        timeout=timeout,
        on_progress=on_progress,
    )
    return job, order


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


class BatchRun:
    """A finished batch run: ``job`` (its final state) and its results, in request order.

    Iterate (``for``, or ``async for`` after ``run_async``) for one :class:`BatchResult`
    per request; the result files are streamed from the service as you go.
    """

    def __init__(
        self, files: Files, jobs: BatchJobs, job: BatchJobOut, order: list[str] | None
    ) -> None:
        self.job = job
        self._files, self._jobs, self._order = files, jobs, order

    def __iter__(self) -> Iterator[BatchResult[Any]]:
        return iterate(results_flow(self._files, self._jobs, self.job, self._order))

    def __aiter__(self) -> AsyncIterator[BatchResult[Any]]:
        return iterate_async(results_flow(self._files, self._jobs, self.job, self._order))

    def __repr__(self) -> str:
        return f"BatchRun(job={self.job.id!r}, status={self.job.status!r})"
