"""v1's ``mistralai.classifiers``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Mapping, Optional, Union

from mistralai import models, utils
from mistralai._resources.classifiers import Classifiers
from mistralai_core._types import UNSET, Nullable, OptionalNullable

__all__ = [
    "Any",
    "Classifiers",
    "Mapping",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "models",
    "utils",
]
