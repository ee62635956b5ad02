"""``client.fine_tuning.jobs``: fine-tune a model on uploaded training files.

A job moves ``QUEUED -> VALIDATING -> VALIDATED`` and, once started (``auto_start`` or
``start``), ``-> RUNNING -> SUCCESS | FAILED``; ``cancel`` leads to ``CANCELLED``. A finished
job names its ``fine_tuned_model``, which ``client.models`` then manages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

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

from ..models._fine_tuning import (
    DetailedJobOut,
    JobIn,
    JobOut,
    JobsOut,
    LegacyJobMetadataOut,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._flow import Flow
    from mistralai_core._operation import CallOptions

    from ..models._fine_tuning import (
        FineTuneableModel,
        JobInIntegrations,
        JobInRepositories,
        JobStatus,
        TrainingFile,
        TrainingParametersIn,
    )

__all__ = ["FineTuning", "FineTuningJobs", "FineTuningJobsPage"]


class FineTuningJobsPage(JobsOut, Page[JobOut]):
    """A page of ``fine_tuning.jobs.list``: the ``JobsOut`` it is, iterating over every job."""


#: ``create`` answers with the job, or with a cost estimate when ``dry_run`` is set.
_CREATED: TypeAdapter[JobOut | LegacyJobMetadataOut] = TypeAdapter(JobOut | LegacyJobMetadataOut)


LIST = Operation(
    "GET",
    "/v1/fine_tuning/jobs",
    parse=FineTuningJobsPage.model_validate_json,
    query_params=(
        "page",
        "page_size",
        "model",
        "created_after",
        "created_by_me",
        "status",
        "wandb_project",
        "wandb_name",
        "suffix",
    ),
    operation_id="jobs_api_routes_fine_tuning_get_fine_tuning_jobs",
)
CREATE = Operation(
    "POST",
    "/v1/fine_tuning/jobs",
    parse=_CREATED.validate_json,
    request=JobIn,
    query_params=("dry_run",),
    operation_id="jobs_api_routes_fine_tuning_create_fine_tuning_job",
)
GET = Operation(
    "GET",
    "/v1/fine_tuning/jobs/{job_id}",
    parse=DetailedJobOut.model_validate_json,
    operation_id="jobs_api_routes_fine_tuning_get_fine_tuning_job",
)
CANCEL = Operation(
    "POST",
    "/v1/fine_tuning/jobs/{job_id}/cancel",
    parse=DetailedJobOut.model_validate_json,
    operation_id="jobs_api_routes_fine_tuning_cancel_fine_tuning_job",
)
START = Operation(
    "POST",
    "/v1/fine_tuning/jobs/{job_id}/start",
    parse=DetailedJobOut.model_validate_json,
    operation_id="jobs_api_routes_fine_tuning_start_fine_tuning_job",
)


def list_ft_jobs(
    *,
    page: int | None = 0,
    page_size: int | None = 100,
    model: str | None = None,
    created_after: datetime | str | None = None,
    created_by_me: bool | None = False,
    status: JobStatus | None = None,
    wandb_project: str | None = None,
    wandb_name: str | None = None,
    suffix: str | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Get Fine Tuning Jobs: the organization's fine-tuning jobs, a page at a time.

    The answer is the first page (``.data``, ``.total``); iterating over it yields every job.

    :param page: Zero-based page number.
    :param page_size: Jobs per page.
    :param model: Only jobs fine-tuning this model.
    :param created_after: Only jobs created after this time (give a datetime a timezone).
    :param created_by_me: Only jobs created with this API key's user.
    :param status: Only jobs in this status.
    :param wandb_project: Only jobs reporting to this Weights & Biases project.
    :param wandb_name: Only jobs with this Weights & Biases run name.
    :param suffix: Only jobs whose model name has this suffix.
    """
    built = call(locals())
    if isinstance(created_after, datetime):
        built.arguments["created_after"] = created_after.isoformat()
    return built


def create_ft_job(
    *,
    model: FineTuneableModel,
    hyperparameters: TrainingParametersIn | Mapping[str, Any],
    training_files: Sequence[TrainingFile | Mapping[str, Any]] | None = None,
    validation_files: OptionalNullable[Sequence[str]] = UNSET,
    suffix: OptionalNullable[str] = UNSET,
    integrations: OptionalNullable[Sequence[JobInIntegrations | Mapping[str, Any]]] = UNSET,
    repositories: Sequence[JobInRepositories | Mapping[str, Any]] | None = None,
    auto_start: bool | None = None,
    dry_run: bool | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Create Fine Tuning Job: queue a fine-tuning of ``model`` on ``training_files``.

    :param model: The model to fine-tune, e.g. ``"open-mistral-7b"``.
    :param hyperparameters: ``training_steps`` or ``epochs``, ``learning_rate`` (server
        default 1e-4), ``weight_decay``, ``warmup_fraction``, ``fim_ratio``, ``seq_len``.
    :param training_files: ``{"file_id": ..., "weight": 1.0}`` per uploaded JSONL file.
    :param validation_files: IDs of uploaded files for periodic validation metrics.
    :param suffix: Added to the fine-tuned model's name (``ft:<model>:<suffix>:...``).
    :param integrations: Weights & Biases reporting (``{"project": ..., "api_key": ...}``).
    :param repositories: GitHub repositories to train on.
    :param auto_start: Start training as soon as validation succeeds; otherwise call ``start``.
    :param dry_run: Only estimate cost and duration: the answer is a
        ``LegacyJobMetadataOut`` and no job is created.
    :raises NotFoundError: 404, a training or validation file does not exist.
    """
    return call(locals())


def get_ft_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Get Fine Tuning Job: a job's status, events and checkpoints.

    :param job_id: The job's ID (a UUID).
    :raises NotFoundError: 404, no such job.
    """
    return call(locals())


def cancel_ft_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Cancel Fine Tuning Job: stop a queued or running job.

    :param job_id: The job's ID (a UUID).
    :raises NotFoundError: 404, no such job.
    """
    return call(locals())


def start_ft_job(*, job_id: str, **options: Unpack[CallOptions]) -> Call:
    """Start Fine Tuning Job: start training a validated job created with ``auto_start=False``.

    :param job_id: The job's ID (a UUID).
    :raises NotFoundError: 404, no such job.
    :raises SDKError: 400 and others, e.g. the job is not validated yet.
    """
    return call(locals())


class FineTuningJobs(Resource):
    """Fine-tuning jobs: create, list, inspect, start, cancel."""

    list = SyncPageEndpoint(LIST, list_ft_jobs)
    list_async = AsyncPageEndpoint(LIST, list_ft_jobs)
    create = SyncEndpoint(CREATE, create_ft_job)
    create_async = AsyncEndpoint(CREATE, create_ft_job)
    get = SyncEndpoint(GET, get_ft_job)
    get_async = AsyncEndpoint(GET, get_ft_job)
    cancel = SyncEndpoint(CANCEL, cancel_ft_job)
    cancel_async = AsyncEndpoint(CANCEL, cancel_ft_job)
    start = SyncEndpoint(START, start_ft_job)
    start_async = AsyncEndpoint(START, start_ft_job)

    def wait(
        self,
        job_id: str,
        *,
        poll_interval: float = 10.0,
        timeout: float | None = None,
        on_progress: Callable[[DetailedJobOut], Any] | None = None,
    ) -> DetailedJobOut:
        """Poll a fine-tuning job until SUCCESS, FAILED, FAILED_VALIDATION or CANCELLED.

        A failed or cancelled job is returned, not raised. Polls start ``poll_interval``
        seconds apart and back off (x1.5 each, to 10x ``poll_interval``). A job created with
        ``auto_start=False`` stops at VALIDATED until ``start``: wait after starting it.

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
        poll_interval: float = 10.0,
        timeout: float | None = None,
        on_progress: Callable[[DetailedJobOut], Any] | None = None,
    ) -> DetailedJobOut:
        """The async twin of :meth:`wait`."""
        from mistralai_core._flow import run_async

        return await run_async(self._wait(job_id, poll_interval, timeout, on_progress))

    def _wait(
        self,
        job_id: str,
        poll_interval: float,
        timeout: float | None,
        on_progress: Callable[[DetailedJobOut], Any] | None,
    ) -> Flow[DetailedJobOut]:
        from .._jobs import FINE_TUNING_TERMINAL, wait_flow

        return wait_flow(
            f"{self._path}.wait",
            lambda: self.get(job_id=job_id),
            lambda: self.get_async(job_id=job_id),
            FINE_TUNING_TERMINAL,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )


class FineTuning(Resource):
    """Fine-tuning; the operations are on ``jobs``."""

    jobs: SubResource[FineTuningJobs] = SubResource(
        "mistralai._resources.fine_tuning:FineTuningJobs"
    )
