"""v1's ``mistralai.models_``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Mapping, Optional

from mistralai import models, utils
from mistralai._resources.models import Models
from mistralai_core._types import UNSET, OptionalNullable

__all__ = ["Any", "Mapping", "Models", "Optional", "OptionalNullable", "UNSET", "models", "utils"]
