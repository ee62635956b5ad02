"""v1's ``mistralai.models.embeddingresponsedata``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Optional

from typing_extensions import NotRequired, TypedDict

from mistralai.models._embeddings import EmbeddingResponseData, EmbeddingResponseDataTypedDict
from mistralai_core._models import BaseModel

__all__ = [
    "BaseModel",
    "EmbeddingResponseData",
    "EmbeddingResponseDataTypedDict",
    "List",
    "NotRequired",
    "Optional",
    "TypedDict",
]
