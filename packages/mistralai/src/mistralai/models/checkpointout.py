"""v1's ``mistralai.models.checkpointout``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing_extensions import TypedDict

from mistralai.models._fine_tuning import (
    CheckpointOut,
    CheckpointOutTypedDict,
    MetricOut,
    MetricOutTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "BaseModel",
    "CheckpointOut",
    "CheckpointOutTypedDict",
    "MetricOut",
    "MetricOutTypedDict",
    "TypedDict",
]
