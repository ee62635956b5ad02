"""v1's ``mistralai.agents``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, List, Mapping, Optional, Union

from mistralai import models, utils
from mistralai._resources.agents import Agents
from mistralai_core._types import UNSET, OptionalNullable

__all__ = [
    "Agents",
    "Any",
    "List",
    "Mapping",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "models",
    "utils",
]
