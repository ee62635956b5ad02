"""v1's ``mistralai.models.modellist``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, List, Optional, Union

from pydantic import Discriminator, Tag
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai.models._models import (
    BaseModelCard,
    BaseModelCardTypedDict,
    Data,
    DataTypedDict,
    FTModelCard,
    FTModelCardTypedDict,
    ModelList,
    ModelListTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "BaseModelCard",
    "BaseModelCardTypedDict",
    "Data",
    "DataTypedDict",
    "Discriminator",
    "FTModelCard",
    "FTModelCardTypedDict",
    "List",
    "ModelList",
    "ModelListTypedDict",
    "NotRequired",
    "Optional",
    "Tag",
    "TypeAliasType",
    "TypedDict",
    "Union",
]
