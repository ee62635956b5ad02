"""v1's ``mistralai.models.batchjobin``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Dict, List, Optional

from pydantic import PlainValidator, model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._batch import APIEndpoint, BatchJobIn, BatchJobInTypedDict
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "APIEndpoint",
    "Annotated",
    "BaseModel",
    "BatchJobIn",
    "BatchJobInTypedDict",
    "Dict",
    "List",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "PlainValidator",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "model_serializer",
]
