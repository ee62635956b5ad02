"""v1's ``mistralai.models.jobsout``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, List, Literal, Optional

import pydantic
from pydantic import AfterValidator
from typing_extensions import NotRequired, TypedDict

from mistralai.models._fine_tuning import (
    JobOut,
    JobOutTypedDict,
    JobsOut,
    JobsOutObject,
    JobsOutTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "AfterValidator",
    "Annotated",
    "BaseModel",
    "JobOut",
    "JobOutTypedDict",
    "JobsOut",
    "JobsOutObject",
    "JobsOutTypedDict",
    "List",
    "Literal",
    "NotRequired",
    "Optional",
    "TypedDict",
    "pydantic",
]
