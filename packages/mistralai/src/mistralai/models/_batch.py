"""Models of the batch operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from mistralai_core._models import BaseModel

__all__ = [
    "ApiEndpoint",
    "BatchError",
    "BatchJobIn",
    "BatchJobOut",
    "BatchJobStatus",
    "BatchJobsOut",
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


class BatchJobOut(BaseModel):
    """BatchJobOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"metadata", "output_file", "error_file", "started_at", "completed_at"}
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


class BatchJobsOut(BaseModel):
    """BatchJobsOut"""

    data: list[BatchJobOut] | None = []
    object: Literal["list"] | str | None = "list"
    total: int


ApiEndpoint = Literal[
    "/v1/chat/completions",
    "/v1/embeddings",
    "/v1/fim/completions",
    "/v1/moderations",
    "/v1/chat/moderations",
]


class BatchJobIn(BaseModel):
    """BatchJobIn"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"metadata"})

    input_files: list[str]
    endpoint: ApiEndpoint
    model: str
    metadata: dict[str, Annotated[str, Field(min_length=1, max_length=512)]] | None = None
    timeout_hours: int | None = 24
