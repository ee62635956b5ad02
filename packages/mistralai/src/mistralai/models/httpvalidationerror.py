"""v1's ``mistralai.models.httpvalidationerror``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Optional

from mistralai import utils
from mistralai_core._errors import HTTPValidationError
from mistralai_core._models import BaseModel
from mistralai_core.models._chat import HTTPValidationErrorData, ValidationError

__all__ = [
    "BaseModel",
    "HTTPValidationError",
    "HTTPValidationErrorData",
    "List",
    "Optional",
    "ValidationError",
    "utils",
]
