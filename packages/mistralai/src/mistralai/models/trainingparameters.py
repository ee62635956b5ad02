"""v1's ``mistralai.models.trainingparameters``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Optional

from pydantic import model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._fine_tuning import TrainingParameters, TrainingParametersTypedDict
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "BaseModel",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "TrainingParameters",
    "TrainingParametersTypedDict",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "model_serializer",
]
