"""v1's ``mistralai.models.jobs_api_routes_fine_tuning_get_fine_tuning_jobop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated

from typing_extensions import TypedDict

from mistralai.models._fine_tuning import (
    JobsAPIRoutesFineTuningGetFineTuningJobRequest,
    JobsAPIRoutesFineTuningGetFineTuningJobRequestTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "JobsAPIRoutesFineTuningGetFineTuningJobRequest",
    "JobsAPIRoutesFineTuningGetFineTuningJobRequestTypedDict",
    "TypedDict",
]
