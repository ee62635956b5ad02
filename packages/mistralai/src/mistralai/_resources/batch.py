"""``client.batch.jobs``: run many requests from an uploaded file, asynchronously.

A batch job moves ``QUEUED -> RUNNING -> SUCCESS | FAILED | TIMEOUT_EXCEEDED``, or to
``CANCELLATION_REQUESTED -> CANCELLED``; poll it with ``get``. Its results are files
(``output_file``, ``error_file``) to fetch with ``client.files.download``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

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

from ..models._batch import ApiEndpoint, BatchJobIn, BatchJobOut, BatchJobsOut, BatchJobStatus

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions

__all__ = ["Batch", "BatchJobs", "BatchJobsPage"]


class BatchJobsPage(BatchJobsOut, Page[BatchJobOut]):  # type: ignore[misc]
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
    operation_id="jobs_api_routes_batch_get_batch_job",
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
    """
    built = call(locals())
    if isinstance(created_after, datetime):
        built.arguments["created_after"] = created_after.isoformat()
    return built


def create_batch_job(
    *,
    input_files: Sequence[str],
    endpoint: ApiEndpoint,
    model: str,
    metadata: OptionalNullable[Mapping[str, str]] = UNSET,
    timeout_hours: int | None = 24,
    **options: Unpack[CallOptions],
) -> Call:
    """Create Batch Job: run every request line of ``input_files`` against ``endpoint``.

    :param input_files: IDs of uploaded JSONL files (``purpose="batch"``), one request per line.
    :param endpoint: The API path each line is sent to, e.g. ``"/v1/chat/completions"``.
    :param model: The model for every request.
    :param metadata: Your own string labels, returned with the job and usable in ``list``.
    :param timeout_hours: Hours before unfinished requests fail with ``TIMEOUT_EXCEEDED``.
    :raises NotFoundError: 404, an input file does not exist.
    """
    return call(locals())


def get_batch_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Get Batch Job: a batch job's status and counters.

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
    """Batch jobs: create, list, poll, cancel."""

    list = SyncPageEndpoint(LIST, list_batch_jobs)
    list_async = AsyncPageEndpoint(LIST, list_batch_jobs)
    create = SyncEndpoint(CREATE, create_batch_job)
    create_async = AsyncEndpoint(CREATE, create_batch_job)
    get = SyncEndpoint(GET, get_batch_job)
    get_async = AsyncEndpoint(GET, get_batch_job)
    cancel = SyncEndpoint(CANCEL, cancel_batch_job)
    cancel_async = AsyncEndpoint(CANCEL, cancel_batch_job)


class Batch(Resource):
    """Batch processing; the operations are on ``jobs``."""

    jobs: SubResource[BatchJobs] = SubResource("mistralai._resources.batch:BatchJobs")
