"""v1's ``mistralai.chat``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, List, Mapping, Optional, Union

from mistralai import models, utils
from mistralai_core._completions import Chat
from mistralai_core._types import UNSET, Nullable, OptionalNullable

__all__ = [
    "Any",
    "Chat",
    "List",
    "Mapping",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "models",
    "utils",
]
