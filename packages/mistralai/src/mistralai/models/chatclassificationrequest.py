"""v1's ``mistralai.models.chatclassificationrequest``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, List, Union

import pydantic
from pydantic import Discriminator, Tag, model_serializer
from typing_extensions import TypeAliasType, TypedDict

from mistralai.models._classifiers import (
    ChatClassificationRequest,
    ChatClassificationRequestInputs,
    ChatClassificationRequestInputsTypedDict,
    ChatClassificationRequestTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET_SENTINEL, Nullable
from mistralai_core.models._chat import (
    AssistantMessage,
    AssistantMessageTypedDict,
    One,
    OneTypedDict,
    SystemMessage,
    SystemMessageTypedDict,
    ToolMessage,
    ToolMessageTypedDict,
    Two,
    TwoTypedDict,
    UserMessage,
    UserMessageTypedDict,
)

__all__ = [
    "Annotated",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "BaseModel",
    "ChatClassificationRequest",
    "ChatClassificationRequestInputs",
    "ChatClassificationRequestInputsTypedDict",
    "ChatClassificationRequestTypedDict",
    "Discriminator",
    "List",
    "Nullable",
    "One",
    "OneTypedDict",
    "SystemMessage",
    "SystemMessageTypedDict",
    "Tag",
    "ToolMessage",
    "ToolMessageTypedDict",
    "Two",
    "TwoTypedDict",
    "TypeAliasType",
    "TypedDict",
    "UNSET_SENTINEL",
    "Union",
    "UserMessage",
    "UserMessageTypedDict",
    "model_serializer",
    "pydantic",
]
