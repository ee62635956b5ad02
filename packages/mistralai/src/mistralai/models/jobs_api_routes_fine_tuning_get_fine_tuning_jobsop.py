"""v1's ``mistralai.models.jobs_api_routes_fine_tuning_get_fine_tuning_jobsop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Optional

from pydantic import model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._fine_tuning import (
    JobsAPIRoutesFineTuningGetFineTuningJobsRequest,
    JobsAPIRoutesFineTuningGetFineTuningJobsRequestTypedDict,
    QueryParamStatus,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "Annotated",
    "BaseModel",
    "JobsAPIRoutesFineTuningGetFineTuningJobsRequest",
    "JobsAPIRoutesFineTuningGetFineTuningJobsRequestTypedDict",
    "Literal",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "QueryParamStatus",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "datetime",
    "model_serializer",
]
