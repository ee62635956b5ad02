"""v1's ``mistralai.models.classificationresponse``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Optional

from typing_extensions import NotRequired, TypedDict

from mistralai.models._classifiers import (
    ClassificationObject,
    ClassificationObjectTypedDict,
    ClassificationResponse,
    ClassificationResponseTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "BaseModel",
    "ClassificationObject",
    "ClassificationObjectTypedDict",
    "ClassificationResponse",
    "ClassificationResponseTypedDict",
    "List",
    "NotRequired",
    "Optional",
    "TypedDict",
]
