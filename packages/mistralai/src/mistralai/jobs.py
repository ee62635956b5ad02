"""v1's ``mistralai.jobs``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from datetime import datetime
from typing import List, Mapping, Optional, Union

from mistralai import models, utils
from mistralai._resources.fine_tuning import FineTuningJobs as Jobs
from mistralai_core._types import UNSET, OptionalNullable

__all__ = [
    "Jobs",
    "List",
    "Mapping",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "datetime",
    "models",
    "utils",
]
