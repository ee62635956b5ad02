"""v1's ``mistralai.models.uploadfileout``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated

from pydantic import PlainValidator, model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._files import (
    FilePurpose,
    SampleType,
    Source,
    UploadFileOut,
    UploadFileOutTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "Annotated",
    "BaseModel",
    "FilePurpose",
    "NotRequired",
    "Nullable",
    "OptionalNullable",
    "PlainValidator",
    "SampleType",
    "Source",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "UploadFileOut",
    "UploadFileOutTypedDict",
    "model_serializer",
]
