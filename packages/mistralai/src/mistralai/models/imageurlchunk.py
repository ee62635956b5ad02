"""v1's ``mistralai.models.imageurlchunk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Literal, Optional, Union

from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import (
    ImageURL,
    ImageURLChunk,
    ImageURLChunkImageURL,
    ImageURLChunkImageURLTypedDict,
    ImageURLChunkType,
    ImageURLChunkTypedDict,
    ImageURLTypedDict,
)

__all__ = [
    "BaseModel",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLChunkImageURL",
    "ImageURLChunkImageURLTypedDict",
    "ImageURLChunkType",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "Literal",
    "NotRequired",
    "Optional",
    "TypeAliasType",
    "TypedDict",
    "Union",
]
