"""``client.batch.jobs``: run many requests, from uploaded files or inline, asynchronously.

A batch job moves ``QUEUED -> RUNNING -> SUCCESS | FAILED | TIMEOUT_EXCEEDED``, or to
``CANCELLATION_REQUESTED -> CANCELLED``; poll it with ``get``. Its results are files
(``output_file``, ``error_file``) to fetch with ``client.files.download``; a job given inline
``requests`` also answers them in ``outputs`` (``get(job_id=..., inline=True)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

    from mistralai_core._operation import CallOptions

    from ..models._batch import BatchRequest

__all__ = ["Batch", "BatchJobs"]

LIST = Operation(
    "GET",
    "/v1/batch/jobs",
    parse=BatchJobsOut.model_validate_json,
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
    """Get Batch Jobs: one page of the organization's batch jobs.

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

    list = SyncEndpoint(LIST, list_batch_jobs)
    list_async = AsyncEndpoint(LIST, list_batch_jobs)
    create = SyncEndpoint(CREATE, create_batch_job)
    create_async = AsyncEndpoint(CREATE, create_batch_job)
    get = SyncEndpoint(GET, get_batch_job)
    get_async = AsyncEndpoint(GET, get_batch_job)
    delete = SyncEndpoint(DELETE, delete_batch_job)
    delete_async = AsyncEndpoint(DELETE, delete_batch_job)
    cancel = SyncEndpoint(CANCEL, cancel_batch_job)
    cancel_async = AsyncEndpoint(CANCEL, cancel_batch_job)


class Batch(Resource):
    """Batch processing; the operations are on ``jobs``."""

    jobs: SubResource[BatchJobs] = SubResource("mistralai._resources.batch:BatchJobs")
