"""v1's ``mistralai_gcp.models.usermessage``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Literal, Optional, Union

from pydantic import model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET_SENTINEL, Nullable
from mistralai_core.models._chat import (
    ContentChunk,
    ContentChunkTypedDict,
    UserMessage,
    UserMessageContent,
    UserMessageContentTypedDict,
    UserMessageRole,
    UserMessageTypedDict,
)

__all__ = [
    "BaseModel",
    "ContentChunk",
    "ContentChunkTypedDict",
    "List",
    "Literal",
    "NotRequired",
    "Nullable",
    "Optional",
    "TypeAliasType",
    "TypedDict",
    "UNSET_SENTINEL",
    "Union",
    "UserMessage",
    "UserMessageContent",
    "UserMessageContentTypedDict",
    "UserMessageRole",
    "UserMessageTypedDict",
    "model_serializer",
]
