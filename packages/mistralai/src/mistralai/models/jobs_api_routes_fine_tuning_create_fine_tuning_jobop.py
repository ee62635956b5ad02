"""v1's ``mistralai.models.jobs_api_routes_fine_tuning_create_fine_tuning_jobop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Union

from typing_extensions import TypeAliasType

from mistralai.models._fine_tuning import (
    JobOut,
    JobOutTypedDict,
    JobsAPIRoutesFineTuningCreateFineTuningJobResponse,
    JobsAPIRoutesFineTuningCreateFineTuningJobResponseTypedDict,
    LegacyJobMetadataOut,
    LegacyJobMetadataOutTypedDict,
)

__all__ = [
    "JobOut",
    "JobOutTypedDict",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponseTypedDict",
    "LegacyJobMetadataOut",
    "LegacyJobMetadataOutTypedDict",
    "TypeAliasType",
    "Union",
]
