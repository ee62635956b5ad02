"""v1's ``mistralai_azure.models.completionresponsestreamchoice``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import PlainValidator, model_serializer
from typing_extensions import TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET_SENTINEL, Nullable
from mistralai_core.models._chat import (
    CompletionResponseStreamChoice,
    CompletionResponseStreamChoiceTypedDict,
    DeltaMessage,
    DeltaMessageTypedDict,
)
from mistralai_core.models._chat import CompletionResponseStreamChoiceFinishReason as FinishReason
from mistralai_core.models._v1 import UnrecognizedStr

__all__ = [
    "Annotated",
    "BaseModel",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceTypedDict",
    "DeltaMessage",
    "DeltaMessageTypedDict",
    "FinishReason",
    "Literal",
    "Nullable",
    "PlainValidator",
    "TypedDict",
    "UNSET_SENTINEL",
    "Union",
    "UnrecognizedStr",
    "model_serializer",
]
