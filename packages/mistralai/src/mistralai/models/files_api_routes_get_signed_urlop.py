"""v1's ``mistralai.models.files_api_routes_get_signed_urlop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Optional

from typing_extensions import NotRequired, TypedDict

from mistralai.models._files import (
    FilesAPIRoutesGetSignedURLRequest,
    FilesAPIRoutesGetSignedURLRequestTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "FilesAPIRoutesGetSignedURLRequest",
    "FilesAPIRoutesGetSignedURLRequestTypedDict",
    "NotRequired",
    "Optional",
    "TypedDict",
]
