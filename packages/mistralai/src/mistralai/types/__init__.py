"""v1's ``mistralai.types``: the "not given" sentinel and the model base."""

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable, Unset

__all__ = ["UNSET", "UNSET_SENTINEL", "BaseModel", "Nullable", "OptionalNullable", "Unset"]
