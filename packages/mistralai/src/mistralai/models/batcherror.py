"""v1's ``mistralai.models.batcherror``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypedDict

from mistralai.models._batch import BatchError, BatchErrorTypedDict
from mistralai_core._models import BaseModel

__all__ = ["BaseModel", "BatchError", "BatchErrorTypedDict", "NotRequired", "Optional", "TypedDict"]
