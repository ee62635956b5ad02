"""v1's ``mistralai.models.batchjobstatus``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Literal

from mistralai.models._batch import BatchJobStatus

__all__ = ["BatchJobStatus", "Literal"]
