"""v1's ``mistralai.models.jobs_api_routes_fine_tuning_archive_fine_tuned_modelop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated

from typing_extensions import TypedDict

from mistralai.models._models import (
    JobsAPIRoutesFineTuningArchiveFineTunedModelRequest,
    JobsAPIRoutesFineTuningArchiveFineTunedModelRequestTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "JobsAPIRoutesFineTuningArchiveFineTunedModelRequest",
    "JobsAPIRoutesFineTuningArchiveFineTunedModelRequestTypedDict",
    "TypedDict",
]
