"""v1's ``mistralai_azure.models.chatcompletionstreamrequest``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Annotated, List, Optional, Union

from pydantic import Discriminator, Tag, model_serializer
from typing_extensions import NotRequired, TypeAliasType, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable
from mistralai_core.models._chat import (
    AssistantMessage,
    AssistantMessageTypedDict,
    ChatCompletionStreamRequest,
    ChatCompletionStreamRequestToolChoice,
    ChatCompletionStreamRequestToolChoiceTypedDict,
    ChatCompletionStreamRequestTypedDict,
    Messages,
    MessagesTypedDict,
    ResponseFormat,
    ResponseFormatTypedDict,
    Stop,
    StopTypedDict,
    SystemMessage,
    SystemMessageTypedDict,
    Tool,
    ToolChoice,
    ToolChoiceEnum,
    ToolChoiceTypedDict,
    ToolMessage,
    ToolMessageTypedDict,
    ToolTypedDict,
    UserMessage,
    UserMessageTypedDict,
)

__all__ = [
    "Annotated",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "BaseModel",
    "ChatCompletionStreamRequest",
    "ChatCompletionStreamRequestToolChoice",
    "ChatCompletionStreamRequestToolChoiceTypedDict",
    "ChatCompletionStreamRequestTypedDict",
    "Discriminator",
    "List",
    "Messages",
    "MessagesTypedDict",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "Stop",
    "StopTypedDict",
    "SystemMessage",
    "SystemMessageTypedDict",
    "Tag",
    "Tool",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceTypedDict",
    "ToolMessage",
    "ToolMessageTypedDict",
    "ToolTypedDict",
    "TypeAliasType",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "Union",
    "UserMessage",
    "UserMessageTypedDict",
    "model_serializer",
]
