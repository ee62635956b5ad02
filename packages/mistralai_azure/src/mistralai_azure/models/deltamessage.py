"""v1's ``mistralai_azure.models.deltamessage``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Union

from pydantic import model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable
from mistralai_core.models._chat import (
    Content,
    ContentChunk,
    ContentChunkTypedDict,
    ContentTypedDict,
    DeltaMessage,
    DeltaMessageTypedDict,
    ToolCall,
    ToolCallTypedDict,
)

__all__ = [
    "BaseModel",
    "Content",
    "ContentChunk",
    "ContentChunkTypedDict",
    "ContentTypedDict",
    "DeltaMessage",
    "DeltaMessageTypedDict",
    "List",
    "NotRequired",
    "Nullable",
    "OptionalNullable",
    "ToolCall",
    "ToolCallTypedDict",
    "TypeAliasType",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "Union",
    "model_serializer",
]
