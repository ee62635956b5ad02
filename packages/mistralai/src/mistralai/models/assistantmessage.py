"""v1's ``mistralai.models.assistantmessage``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Literal, Optional, Union

from pydantic import model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable
from mistralai_core.models._chat import (
    AssistantMessage,
    AssistantMessageContent,
    AssistantMessageContentTypedDict,
    AssistantMessageRole,
    AssistantMessageTypedDict,
    ContentChunk,
    ContentChunkTypedDict,
    ToolCall,
    ToolCallTypedDict,
)

__all__ = [
    "AssistantMessage",
    "AssistantMessageContent",
    "AssistantMessageContentTypedDict",
    "AssistantMessageRole",
    "AssistantMessageTypedDict",
    "BaseModel",
    "ContentChunk",
    "ContentChunkTypedDict",
    "List",
    "Literal",
    "NotRequired",
    "Nullable",
    "Optional",
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
