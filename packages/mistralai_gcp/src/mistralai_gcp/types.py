"""v1's ``mistralai_gcp.types``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable, Unset
from mistralai_core.models._v1 import UnrecognizedInt, UnrecognizedStr

__all__ = [
    "BaseModel",
    "Nullable",
    "OptionalNullable",
    "UNSET",
    "UNSET_SENTINEL",
    "UnrecognizedInt",
    "UnrecognizedStr",
    "Unset",
]
