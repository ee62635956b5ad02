"""v1's ``mistralai.files``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import List, Mapping, Optional, Union

import httpx

from mistralai import models, utils
from mistralai._resources.files import Files
from mistralai_core._types import UNSET, OptionalNullable

__all__ = [
    "Files",
    "List",
    "Mapping",
    "Optional",
    "OptionalNullable",
    "UNSET",
    "Union",
    "httpx",
    "models",
    "utils",
]
