"""v1's ``mistralai.mistral_jobs``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional

from mistralai import models, utils
from mistralai._resources.batch import BatchJobs as MistralJobs
from mistralai_core._types import UNSET, OptionalNullable

__all__ = [
    "Any",
    "Dict",
    "List",
    "Mapping",
    "MistralJobs",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "datetime",
    "models",
    "utils",
]
