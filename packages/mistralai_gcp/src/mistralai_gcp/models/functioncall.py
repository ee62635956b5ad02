"""v1's ``mistralai_gcp.models.functioncall``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Any, Dict, Union

from typing_extensions import TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import (
    Arguments,
    ArgumentsTypedDict,
    FunctionCall,
    FunctionCallTypedDict,
)

__all__ = [
    "Any",
    "Arguments",
    "ArgumentsTypedDict",
    "BaseModel",
    "Dict",
    "FunctionCall",
    "FunctionCallTypedDict",
    "TypeAliasType",
    "TypedDict",
    "Union",
]
