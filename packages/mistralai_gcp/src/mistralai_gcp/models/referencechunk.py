"""v1's ``mistralai_gcp.models.referencechunk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Literal, Optional

from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import ReferenceChunk, ReferenceChunkType, ReferenceChunkTypedDict

__all__ = [
    "BaseModel",
    "List",
    "Literal",
    "NotRequired",
    "Optional",
    "ReferenceChunk",
    "ReferenceChunkType",
    "ReferenceChunkTypedDict",
    "TypedDict",
]
