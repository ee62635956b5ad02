"""v1's ``mistralai_azure.models.systemmessage``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Literal, Optional, Union

from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import (
    Role,
    SystemMessage,
    SystemMessageContent,
    SystemMessageContentTypedDict,
    SystemMessageTypedDict,
    TextChunk,
    TextChunkTypedDict,
)

__all__ = [
    "BaseModel",
    "List",
    "Literal",
    "NotRequired",
    "Optional",
    "Role",
    "SystemMessage",
    "SystemMessageContent",
    "SystemMessageContentTypedDict",
    "SystemMessageTypedDict",
    "TextChunk",
    "TextChunkTypedDict",
    "TypeAliasType",
    "TypedDict",
    "Union",
]
