"""v1's ``mistralai.models.legacyjobmetadataout``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Literal, Optional

import pydantic
from pydantic import AfterValidator, model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._fine_tuning import (
    LegacyJobMetadataOut,
    LegacyJobMetadataOutObject,
    LegacyJobMetadataOutTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "AfterValidator",
    "Annotated",
    "BaseModel",
    "LegacyJobMetadataOut",
    "LegacyJobMetadataOutObject",
    "LegacyJobMetadataOutTypedDict",
    "Literal",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "model_serializer",
    "pydantic",
]
