"""v1's ``mistralai_azure.models.chatcompletionrequest``.

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
    ChatCompletionRequest,
    ChatCompletionRequestMessages,
    ChatCompletionRequestMessagesTypedDict,
    ChatCompletionRequestStop,
    ChatCompletionRequestStopTypedDict,
    ChatCompletionRequestToolChoice,
    ChatCompletionRequestToolChoiceTypedDict,
    ChatCompletionRequestTypedDict,
    ResponseFormat,
    ResponseFormatTypedDict,
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
    "ChatCompletionRequest",
    "ChatCompletionRequestMessages",
    "ChatCompletionRequestMessagesTypedDict",
    "ChatCompletionRequestStop",
    "ChatCompletionRequestStopTypedDict",
    "ChatCompletionRequestToolChoice",
    "ChatCompletionRequestToolChoiceTypedDict",
    "ChatCompletionRequestTypedDict",
    "Discriminator",
    "List",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "ResponseFormat",
    "ResponseFormatTypedDict",
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
