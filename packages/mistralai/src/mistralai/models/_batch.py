"""Models of the batch operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel

__all__ = [
    "APIEndpoint",
    "ApiEndpoint",
    "BatchError",
    "BatchErrorTypedDict",
    "BatchJobIn",
    "BatchJobInTypedDict",
    "BatchJobOut",
    "BatchJobOutObject",
    "BatchJobOutTypedDict",
    "BatchJobStatus",
    "BatchJobsOut",
    "BatchJobsOutObject",
    "BatchJobsOutTypedDict",
    "BatchRequest",
    "BatchRequestTypedDict",
    "DeleteBatchJobResponse",
    "DeleteBatchJobResponseTypedDict",
    "JobsAPIRoutesBatchCancelBatchJobRequest",
    "JobsAPIRoutesBatchCancelBatchJobRequestTypedDict",
    "JobsAPIRoutesBatchGetBatchJobRequest",
    "JobsAPIRoutesBatchGetBatchJobRequestTypedDict",
    "JobsAPIRoutesBatchGetBatchJobsRequest",
    "JobsAPIRoutesBatchGetBatchJobsRequestTypedDict",
]


BatchJobStatus = (
    Literal[
        "QUEUED",
        "RUNNING",
        "SUCCESS",
        "FAILED",
        "TIMEOUT_EXCEEDED",
        "CANCELLATION_REQUESTED",
        "CANCELLED",
    ]
    | str
)


class BatchError(BaseModel):
    """BatchError"""

    message: str
    count: int | None = 1


class BatchErrorTypedDict(TypedDict):
    """The dict form of :class:`BatchError`."""

    message: str
    count: NotRequired[int]


class BatchJobOut(BaseModel):
    """BatchJobOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "metadata",
            "output_file",
            "error_file",
            "started_at",
            "completed_at",
            "agent_id",
            "outputs",
        }
    )

    id: str
    object: Literal["batch"] | str | None = "batch"
    input_files: list[str]
    metadata: dict[str, Any] | None = None
    endpoint: str
    model: str
    output_file: str | None = None
    error_file: str | None = None
    errors: list[BatchError]
    status: BatchJobStatus
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    started_at: int | None = None
    completed_at: int | None = None
    agent_id: str | None = None
    outputs: list[dict[str, Any]] | None = None


class BatchJobOutTypedDict(TypedDict):
    """The dict form of :class:`BatchJobOut`."""

    id: str
    object: NotRequired[Literal["batch"] | str]
    input_files: list[str]
    metadata: NotRequired[dict[str, Any] | None]
    endpoint: str
    model: str
    output_file: NotRequired[str | None]
    error_file: NotRequired[str | None]
    errors: list[BatchErrorTypedDict]
    status: BatchJobStatus
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    started_at: NotRequired[int | None]
    completed_at: NotRequired[int | None]
    agent_id: NotRequired[str | None]
    outputs: NotRequired[list[dict[str, Any]] | None]


class BatchJobsOut(BaseModel):
    """BatchJobsOut"""

    data: list[BatchJobOut] | None = []
    object: Literal["list"] | str | None = "list"
    total: int


class BatchJobsOutTypedDict(TypedDict):
    """The dict form of :class:`BatchJobsOut`."""

    data: NotRequired[list[BatchJobOutTypedDict]]
    object: NotRequired[Literal["list"] | str]
    total: int


ApiEndpoint = Literal[
    "/v1/chat/completions",
    "/v1/embeddings",
    "/v1/fim/completions",
    "/v1/moderations",
    "/v1/chat/moderations",
    "/v1/ocr",
    "/v1/classifications",
    "/v1/chat/classifications",
    "/v1/conversations",
    "/v1/audio/transcriptions",
]


class BatchRequest(BaseModel):
    """BatchRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"custom_id"})

    custom_id: str | None = None
    body: dict[str, Any]


class BatchJobIn(BaseModel):
    """BatchJobIn"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"metadata", "requests", "agent_id"})

    input_files: list[str]
    endpoint: ApiEndpoint
    model: str
    metadata: dict[str, Annotated[str, Field(min_length=1, max_length=512)]] | None = None
    timeout_hours: int | None = 24
    requests: list[BatchRequest] | None = None
    agent_id: str | None = None
    """In case you want to use a specific agent from the **deprecated** agents api for batch
    inference, you can specify the agent ID here.
    """


class BatchRequestTypedDict(TypedDict):
    """The dict form of :class:`BatchRequest`."""

    custom_id: NotRequired[str | None]
    body: dict[str, Any]


class BatchJobInTypedDict(TypedDict):
    """The dict form of :class:`BatchJobIn`."""

    input_files: list[str]
    endpoint: ApiEndpoint
    model: str
    metadata: NotRequired[dict[str, str] | None]
    timeout_hours: NotRequired[int]
    requests: NotRequired[list[BatchRequestTypedDict] | None]
    agent_id: NotRequired[str | None]


class DeleteBatchJobResponse(BaseModel):
    """DeleteBatchJobResponse"""

    id: str
    object: Literal["batch"] | str | None = "batch"
    deleted: bool | None = True


class DeleteBatchJobResponseTypedDict(TypedDict):
    """The dict form of :class:`DeleteBatchJobResponse`."""

    id: str
    object: NotRequired[Literal["batch"] | str]
    deleted: NotRequired[bool]


class JobsAPIRoutesBatchGetBatchJobsRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_batch_get_batch_jobs``."""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"model", "metadata", "created_after", "status", "agent_id"}
    )

    page: int | None = 0
    page_size: int | None = 100
    model: str | None = None
    metadata: dict[str, Any] | None = None
    created_after: datetime | None = None
    created_by_me: bool | None = False
    status: BatchJobStatus | None = None
    agent_id: str | None = None
    order_by: Literal["created", "-created"] | None = "-created"


class JobsAPIRoutesBatchGetBatchJobsRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesBatchGetBatchJobsRequest`."""

    page: NotRequired[int]
    page_size: NotRequired[int]
    model: NotRequired[str | None]
    metadata: NotRequired[dict[str, Any] | None]
    created_after: NotRequired[datetime | None]
    created_by_me: NotRequired[bool]
    status: NotRequired[BatchJobStatus | None]
    agent_id: NotRequired[str | None]
    order_by: NotRequired[Literal["created", "-created"]]


class JobsAPIRoutesBatchGetBatchJobRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_batch_get_batch_job``."""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"inline"})

    job_id: str
    inline: bool | None = None


class JobsAPIRoutesBatchGetBatchJobRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesBatchGetBatchJobRequest`."""

    job_id: str
    inline: NotRequired[bool | None]


class JobsAPIRoutesBatchCancelBatchJobRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_batch_cancel_batch_job``."""

    job_id: str


class JobsAPIRoutesBatchCancelBatchJobRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesBatchCancelBatchJobRequest`."""

    job_id: str


APIEndpoint = ApiEndpoint


BatchJobOutObject = Literal["batch"] | str


BatchJobsOutObject = Literal["list"] | str
