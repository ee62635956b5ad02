"""v1's ``mistralai_gcp.fim``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Mapping, Optional, Union

from mistralai_core._completions import Fim
from mistralai_core._types import UNSET, Nullable, OptionalNullable
from mistralai_gcp import models, utils

__all__ = [
    "Any",
    "Fim",
    "Mapping",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "models",
    "utils",
]
