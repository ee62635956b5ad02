"""v1's ``mistralai_azure.models.toolchoiceenum``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Literal

from mistralai_core.models._chat import ToolChoiceEnum

__all__ = ["Literal", "ToolChoiceEnum"]
