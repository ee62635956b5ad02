"""``client.batch.jobs``: run many requests, from uploaded files or inline, asynchronously.

A batch job moves ``QUEUED -> RUNNING -> SUCCESS | FAILED | TIMEOUT_EXCEEDED``, or to
``CANCELLATION_REQUESTED -> CANCELLED``; poll it with ``get`` or ``wait``. Its results are
files (``output_file``, ``error_file``) that ``results`` reads back in request order; a job
given inline ``requests`` also answers them in ``outputs`` (``get(job_id=..., inline=True)``).
``client.batch.run`` does it all: JSONL upload, job, wait, results.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from mistralai_core._operation import (
    AsyncEndpoint,
    Call,
    Operation,
    Resource,
    SubResource,
    SyncEndpoint,
    call,
)
from mistralai_core._pages import AsyncPageEndpoint, Page, SyncPageEndpoint
from mistralai_core._types import UNSET, OptionalNullable

from ..models._batch import (
    ApiEndpoint,
    BatchJobIn,
    BatchJobOut,
    BatchJobsOut,
    BatchJobStatus,
    DeleteBatchJobResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._flow import Flow
    from mistralai_core._operation import CallOptions

    from .._batching import BatchResult, BatchRun
    from ..models._batch import BatchRequest

__all__ = ["Batch", "BatchJobs", "BatchJobsPage"]


class BatchJobsPage(BatchJobsOut, Page[BatchJobOut]):
    """A page of ``batch.jobs.list``: the ``BatchJobsOut`` it is, iterating over every job."""


LIST = Operation(
    "GET",
    "/v1/batch/jobs",
    parse=BatchJobsPage.model_validate_json,
    query_params=(
        "page",
        "page_size",
        "model",
        "metadata",
        "created_after",
        "created_by_me",
        "status",
        "agent_id",
        "order_by",
    ),
    operation_id="jobs_api_routes_batch_get_batch_jobs",
)
CREATE = Operation(
    "POST",
    "/v1/batch/jobs",
    parse=BatchJobOut.model_validate_json,
    request=BatchJobIn,
    operation_id="jobs_api_routes_batch_create_batch_job",
)
GET = Operation(
    "GET",
    "/v1/batch/jobs/{job_id}",
    parse=BatchJobOut.model_validate_json,
    query_params=("inline",),
    operation_id="jobs_api_routes_batch_get_batch_job",
)
DELETE = Operation(
    "DELETE",
    "/v1/batch/jobs/{job_id}",
    parse=DeleteBatchJobResponse.model_validate_json,
    operation_id="jobs_api_routes_batch_delete_batch_job",
)
CANCEL = Operation(
    "POST",
    "/v1/batch/jobs/{job_id}/cancel",
    parse=BatchJobOut.model_validate_json,
    operation_id="jobs_api_routes_batch_cancel_batch_job",
)


def list_batch_jobs(
    *,
    page: int | None = 0,
    page_size: int | None = 100,
    model: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    created_after: datetime | str | None = None,
    created_by_me: bool | None = False,
    status: BatchJobStatus | None = None,
    agent_id: str | None = None,
    order_by: Literal["created", "-created"] | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Get Batch Jobs: the organization's batch jobs, a page at a time.

    The answer is the first page (``.data``, ``.total``); iterating over it yields every job.

    :param page: Zero-based page number.
    :param page_size: Jobs per page.
    :param model: Only jobs for this model.
    :param metadata: Only jobs whose metadata contains these keys and values (sent as JSON).
    :param created_after: Only jobs created after this time (a naive datetime is sent as is,
        so give it a timezone).
    :param created_by_me: Only jobs created with this API key's user.
    :param status: Only jobs in this status.
    :param agent_id: Only jobs run with this agent.
    :param order_by: ``"-created"`` (newest first, the server's default) or ``"created"``.
    """
    built = call(locals())
    if isinstance(created_after, datetime):
        built.arguments["created_after"] = created_after.isoformat()
    return built


def create_batch_job(
    *,
    endpoint: ApiEndpoint,
    model: str,
    input_files: Sequence[str] | None = None,
    requests: OptionalNullable[Sequence[BatchRequest | Mapping[str, Any]]] = UNSET,
    metadata: OptionalNullable[Mapping[str, str]] = UNSET,
    timeout_hours: int | None = 24,
    agent_id: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Create Batch Job: run every request of ``input_files`` and ``requests`` against
    ``endpoint``.

    Give the requests as uploaded files, inline, or both. The contract requires
    ``input_files``: when it is omitted, the empty list is sent.

    :param endpoint: The API path each request is sent to, e.g. ``"/v1/chat/completions"``.
    :param model: The model for every request.
    :param input_files: IDs of uploaded JSONL files (``purpose="batch"``), one request per line.
    :param requests: Inline requests, each ``{"custom_id": ..., "body": {...}}``; their answers
        come back in the job's ``outputs`` (and its output file).
    :param metadata: Your own string labels, returned with the job and usable in ``list``.
    :param timeout_hours: Hours before unfinished requests fail with ``TIMEOUT_EXCEEDED``.
    :param agent_id: Run every request with this agent (of the agents completion API).
    :raises TypeError: neither ``input_files`` nor ``requests`` given, before anything is sent.
    :raises NotFoundError: 404, an input file does not exist.
    """
    built = call(locals())
    if not input_files and not requests:
        raise TypeError(
            "batch.jobs.create(): give input_files (uploaded JSONL files) or requests "
            "(inline request bodies); both are empty"
        )
    built.arguments["input_files"] = list(input_files or ())
    return built


def get_batch_job(
    *, job_id: str, inline: bool | None = None, **options: Unpack[CallOptions]
) -> Call:
    """Get Batch Job: a batch job's status and counters.

    :param job_id: The job's ID (a UUID).
    :param inline: Include every request's result record in ``outputs`` (once the job ran).
    :raises NotFoundError: 404, no such job.
    """
    return call(locals())


def delete_batch_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Delete Batch Job: remove a job from the list (its result files stay).

    :param job_id: The job's ID (a UUID).
    :raises NotFoundError: 404, no such job.
    """
    return call(locals())


def cancel_batch_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Cancel Batch Job: ask for the job to stop; it turns ``CANCELLED`` shortly after.

    :param job_id: The job's ID (a UUID).
    :raises NotFoundError: 404, no such job.
    """
    return call(locals())


class BatchJobs(Resource):
    """Batch jobs: create, list, poll, cancel, delete."""

    list = SyncPageEndpoint(LIST, list_batch_jobs)
    list_async = AsyncPageEndpoint(LIST, list_batch_jobs)
    create = SyncEndpoint(CREATE, create_batch_job)
    create_async = AsyncEndpoint(CREATE, create_batch_job)
    get = SyncEndpoint(GET, get_batch_job)
    get_async = AsyncEndpoint(GET, get_batch_job)
    delete = SyncEndpoint(DELETE, delete_batch_job)
    delete_async = AsyncEndpoint(DELETE, delete_batch_job)
    cancel = SyncEndpoint(CANCEL, cancel_batch_job)
    cancel_async = AsyncEndpoint(CANCEL, cancel_batch_job)

    def wait(
        self,
        job_id: str,
        *,
        poll_interval: float = 2.0,
        timeout: float | None = None,
        on_progress: Callable[[BatchJobOut], Any] | None = None,
    ) -> BatchJobOut:
        """Poll a batch job until it is SUCCESS, FAILED, TIMEOUT_EXCEEDED or CANCELLED.

        A failed or cancelled job is returned, not raised. Polls start ``poll_interval``
        seconds apart and back off (x1.5 each, to 10x ``poll_interval``).

        :param job_id: The job's ID.
        :param poll_interval: Seconds before the second poll.
        :param timeout: Seconds to wait at most (``None``: no limit).
        :param on_progress: Called with the job after every poll.
        :raises JobTimeoutError: a ``TimeoutError``: still running after ``timeout``.
        """
        from mistralai_core._flow import run

        return run(self._wait(job_id, poll_interval, timeout, on_progress))

    async def wait_async(
        self,
        job_id: str,
        *,
        poll_interval: float = 2.0,
        timeout: float | None = None,
        on_progress: Callable[[BatchJobOut], Any] | None = None,
    ) -> BatchJobOut:
        """The async twin of :meth:`wait`."""
        from mistralai_core._flow import run_async

        return await run_async(self._wait(job_id, poll_interval, timeout, on_progress))

    def _wait(
        self,
        job_id: str,
        poll_interval: float,
        timeout: float | None,
        on_progress: Callable[[BatchJobOut], Any] | None,
    ) -> Flow[BatchJobOut]:
        from .._jobs import BATCH_TERMINAL, wait_flow

        return wait_flow(
            f"{self._path}.wait",
            lambda: self.get(job_id=job_id),
            lambda: self.get_async(job_id=job_id),
            BATCH_TERMINAL,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def results(self, job: BatchJobOut | str) -> Iterator[BatchResult[Any]]:
        """A finished job's results, one per request, in request order (matched by
        ``custom_id``): each has the endpoint's typed ``response``, or an ``error``.

        The output, error and input files are streamed as you iterate; nothing is kept.

        :param job: The job (as ``get`` or ``wait`` returned it), or its ID.
        """
        from mistralai_core._flow import iterate

        from .._batching import results_flow

        return iterate(results_flow(self._files(), self, job))

    def results_async(self, job: BatchJobOut | str) -> AsyncIterator[BatchResult[Any]]:
        """The async twin of :meth:`results` (``async for result in ...``)."""
        from mistralai_core._flow import iterate_async

        from .._batching import results_flow

        return iterate_async(results_flow(self._files(), self, job))

    def _files(self) -> Any:
        from .files import Files

        return Files(self._core, "files")


class Batch(Resource):
    """Batch processing: ``run`` for the whole round trip; the operations are on ``jobs``."""

    jobs: SubResource[BatchJobs] = SubResource("mistralai._resources.batch:BatchJobs")

    def run(
        self,
        requests: Iterable[Any] | None = None,
        *,
        model: str | None = None,
        endpoint: ApiEndpoint = "/v1/chat/completions",
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
        job_id: str | None = None,
        poll_interval: float = 2.0,
        timeout: float | None = None,
        on_progress: Callable[[BatchJobOut], Any] | None = None,
    ) -> BatchRun:
        """Run many requests as one batch job and get the results back in request order.

        Up to 100 requests go inline (``requests=``, no upload); more are written to a JSONL
        file as they are iterated (memory stays flat), uploaded (streamed), run as a job on
        ``endpoint``; the job is waited for (see
        ``jobs.wait``) and its results are read back lazily: iterate over the answer for one
        :class:`BatchResult` per request. Pass ``on_progress`` to see the job (its ``id``
        is there from the first call), and ``job_id=`` to resume waiting for a job an
        earlier run created (after a crash, say).

        :param requests: Request bodies (mappings or models, without ``model``), or
            ``(custom_id, body)`` pairs; custom_ids default to the position (``"0"``, ...).
        :param model: The model for every request.
        :param endpoint: The API path of every request.
        :param metadata: Labels for the job.
        :param timeout_hours: Hours the service gives the job (its default: 24).
        :param job_id: Resume: wait for this job and read its results (no new job).
        :param poll_interval: Seconds before the second poll (then backing off).
        :param timeout: Seconds to wait at most (``None``: no limit).
        :param on_progress: Called with the job after every poll.
        :raises TypeError: neither requests and model nor job_id, or a request that is not
            a body, before anything is sent.
        :raises JobTimeoutError: still running after ``timeout`` (the job goes on).
        """
        arguments = dict(locals())  # first: only the parameters
        from mistralai_core._flow import run

        from .._batching import BatchRun

        jobs = self.jobs
        job, order = run(self._run(arguments))
        return BatchRun(jobs._files(), jobs, job, order)

    async def run_async(
        self,
        requests: Iterable[Any] | None = None,
        *,
        model: str | None = None,
        endpoint: ApiEndpoint = "/v1/chat/completions",
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
        job_id: str | None = None,
        poll_interval: float = 2.0,
        timeout: float | None = None,
        on_progress: Callable[[BatchJobOut], Any] | None = None,
    ) -> BatchRun:
        """The async twin of :meth:`run` (iterate its answer with ``async for``)."""
        arguments = dict(locals())  # first: only the parameters
        from mistralai_core._flow import run_async

        from .._batching import BatchRun

        jobs = self.jobs
        job, order = await run_async(self._run(arguments))
        return BatchRun(jobs._files(), jobs, job, order)

    def submit(
        self,
        requests: Iterable[Any],
        *,
        model: str,
        endpoint: ApiEndpoint = "/v1/chat/completions",
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
    ) -> BatchJobOut:
        """Upload the requests as a JSONL file and create the job, without waiting.

        Come back later with ``run(job_id=job.id)`` (or ``jobs.wait`` and ``jobs.results``).
        """
        arguments = dict(locals())
        from mistralai_core._flow import run

        job, _ = run(self._run(_submitting(arguments)))
        return job  # type: ignore[no-any-return]

    async def submit_async(
        self,
        requests: Iterable[Any],
        *,
        model: str,
        endpoint: ApiEndpoint = "/v1/chat/completions",
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int | None = None,
    ) -> BatchJobOut:
        """The async twin of :meth:`submit`."""
        arguments = dict(locals())
        from mistralai_core._flow import run_async

        job, _ = await run_async(self._run(_submitting(arguments)))
        return job  # type: ignore[no-any-return]

    def _run(self, arguments: dict[str, Any]) -> Any:
        from .._batching import run_flow

        arguments.pop("self")
        return run_flow(self.jobs._files(), self.jobs, method=f"{self._path}.run", **arguments)


def _submitting(arguments: dict[str, Any]) -> dict[str, Any]:
    """``submit``'s arguments as ``run_flow`` takes them: no job yet, no waiting."""
    return {
        **arguments,
        "job_id": None,
        "poll_interval": 1.0,
        "timeout": None,
        "on_progress": None,
        "wait": False,
        # A submitted job is resumed by id later: a file keeps its request order then.
        "allow_inline": False,
    }
