"""v1's ``mistralai.models.tool``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Optional

from pydantic import PlainValidator
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import Function, FunctionTypedDict, Tool, ToolTypedDict, ToolTypes

__all__ = [
    "Annotated",
    "BaseModel",
    "Function",
    "FunctionTypedDict",
    "NotRequired",
    "Optional",
    "PlainValidator",
    "Tool",
    "ToolTypedDict",
    "ToolTypes",
    "TypedDict",
]
