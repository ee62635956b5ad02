"""v1's ``mistralai.models.usageinfo``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing_extensions import TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import UsageInfo, UsageInfoTypedDict

__all__ = ["BaseModel", "TypedDict", "UsageInfo", "UsageInfoTypedDict"]
