"""v1's ``mistralai_gcp.models.chatcompletionchoice``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import PlainValidator
from typing_extensions import TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import (
    AssistantMessage,
    AssistantMessageTypedDict,
    ChatCompletionChoice,
    ChatCompletionChoiceFinishReason,
    ChatCompletionChoiceTypedDict,
)
from mistralai_core.models._v1 import UnrecognizedStr

__all__ = [
    "Annotated",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "BaseModel",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionChoiceTypedDict",
    "Literal",
    "PlainValidator",
    "TypedDict",
    "Union",
    "UnrecognizedStr",
]
