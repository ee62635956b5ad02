"""v1's ``mistralai.embeddings``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Mapping, Optional, Union

from mistralai import models, utils
from mistralai._resources.embeddings import Embeddings
from mistralai_core._types import UNSET, OptionalNullable

__all__ = [
    "Any",
    "Embeddings",
    "Mapping",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "models",
    "utils",
]
