"""v1's ``mistralai.models.embeddingrequest``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, List, Optional, Union

import pydantic
from pydantic import model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai.models._embeddings import (
    EmbeddingRequest,
    EmbeddingRequestTypedDict,
    Inputs,
    InputsTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "Annotated",
    "BaseModel",
    "EmbeddingRequest",
    "EmbeddingRequestTypedDict",
    "Inputs",
    "InputsTypedDict",
    "List",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "TypeAliasType",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "Union",
    "model_serializer",
    "pydantic",
]
