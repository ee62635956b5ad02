"""v1's ``mistralai_azure.models.responseformat``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import ResponseFormat, ResponseFormats, ResponseFormatTypedDict

__all__ = [
    "BaseModel",
    "NotRequired",
    "Optional",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "TypedDict",
]
