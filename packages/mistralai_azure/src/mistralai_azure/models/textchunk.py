"""v1's ``mistralai_azure.models.textchunk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Literal, Optional

from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import TextChunk, TextChunkTypedDict
from mistralai_core.models._chat import TextChunkType as Type

__all__ = [
    "BaseModel",
    "Literal",
    "NotRequired",
    "Optional",
    "TextChunk",
    "TextChunkTypedDict",
    "Type",
    "TypedDict",
]
