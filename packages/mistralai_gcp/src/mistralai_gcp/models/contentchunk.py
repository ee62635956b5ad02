"""v1's ``mistralai_gcp.models.contentchunk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from mistralai_core.models._chat import (
    ContentChunk,
    ContentChunkTypedDict,
    ReferenceChunk,
    ReferenceChunkTypedDict,
    TextChunk,
    TextChunkTypedDict,
)

__all__ = [
    "Annotated",
    "ContentChunk",
    "ContentChunkTypedDict",
    "Discriminator",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "Tag",
    "TextChunk",
    "TextChunkTypedDict",
    "TypeAliasType",
    "Union",
]
