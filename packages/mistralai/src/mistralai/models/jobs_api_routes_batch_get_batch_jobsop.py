"""v1's ``mistralai.models.jobs_api_routes_batch_get_batch_jobsop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Dict, Optional

from pydantic import model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._batch import (
    BatchJobStatus,
    JobsAPIRoutesBatchGetBatchJobsRequest,
    JobsAPIRoutesBatchGetBatchJobsRequestTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "Annotated",
    "Any",
    "BaseModel",
    "BatchJobStatus",
    "Dict",
    "JobsAPIRoutesBatchGetBatchJobsRequest",
    "JobsAPIRoutesBatchGetBatchJobsRequestTypedDict",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "datetime",
    "model_serializer",
]
