"""v1's ``mistralai_gcp.models.fimcompletionrequest``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Optional, Union

from pydantic import model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable
from mistralai_core.models._chat import (
    FIMCompletionRequest,
    FIMCompletionRequestStop,
    FIMCompletionRequestStopTypedDict,
    FIMCompletionRequestTypedDict,
)

__all__ = [
    "BaseModel",
    "FIMCompletionRequest",
    "FIMCompletionRequestStop",
    "FIMCompletionRequestStopTypedDict",
    "FIMCompletionRequestTypedDict",
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
]
