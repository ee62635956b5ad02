"""v1's ``mistralai.models.listfilesout``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List

from typing_extensions import TypedDict

from mistralai.models._files import (
    FileSchema,
    FileSchemaTypedDict,
    ListFilesOut,
    ListFilesOutTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "BaseModel",
    "FileSchema",
    "FileSchemaTypedDict",
    "List",
    "ListFilesOut",
    "ListFilesOutTypedDict",
    "TypedDict",
]
