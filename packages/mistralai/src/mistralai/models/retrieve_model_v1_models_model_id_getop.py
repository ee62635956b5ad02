"""v1's ``mistralai.models.retrieve_model_v1_models_model_id_getop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType, TypedDict

from mistralai.models._models import (
    BaseModelCard,
    BaseModelCardTypedDict,
    FTModelCard,
    FTModelCardTypedDict,
    RetrieveModelV1ModelsModelIDGetRequest,
    RetrieveModelV1ModelsModelIDGetRequestTypedDict,
    RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet,
    RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGetTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "BaseModelCard",
    "BaseModelCardTypedDict",
    "Discriminator",
    "FTModelCard",
    "FTModelCardTypedDict",
    "RetrieveModelV1ModelsModelIDGetRequest",
    "RetrieveModelV1ModelsModelIDGetRequestTypedDict",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGetTypedDict",
    "Tag",
    "TypeAliasType",
    "TypedDict",
    "Union",
]
