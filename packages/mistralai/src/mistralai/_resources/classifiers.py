"""``client.classifiers``: moderation of texts and of conversations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._types import UNSET, OptionalNullable

from ..models._classifiers import (
    ChatClassificationRequest,
    ClassificationRequest,
    ClassificationResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import Messages

    _Message = Messages | Mapping[str, Any]

__all__ = ["MODERATE", "MODERATE_CHAT", "Classifiers"]

MODERATE = Operation(
    "POST",
    "/v1/moderations",
    parse=ClassificationResponse.model_validate_json,
    request=ClassificationRequest,
    operation_id="moderations_v1_moderations_post",
)
MODERATE_CHAT = Operation(
    "POST",
    "/v1/chat/moderations",
    parse=ClassificationResponse.model_validate_json,
    request=ChatClassificationRequest,
    operation_id="moderations_chat_v1_chat_moderations_post",
)


def moderation(
    *,
    inputs: str | Sequence[str],
    model: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Moderations: category flags and scores for each text.

    :param inputs: The text, or texts, to classify (sent as the contract's ``input``).
    :param model: The moderation model, e.g. ``"mistral-moderation-latest"``.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    return call(locals())


def chat_moderation(
    *,
    inputs: Sequence[Messages | Mapping[str, Any]]
    | Sequence[Sequence[Messages | Mapping[str, Any]]],
    model: str | None,
    **options: Unpack[CallOptions],
) -> Call:
    """Moderations Chat: category flags and scores for a conversation (or several).

    :param inputs: One conversation (a list of messages) or a list of conversations (sent as
        the contract's ``input``).
    :param model: The moderation model, e.g. ``"mistral-moderation-latest"``; the contract
        requires the field, ``None`` sends null.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    return call(locals())


class Classifiers(Resource):
    """Content moderation."""

    moderate = SyncEndpoint(MODERATE, moderation)
    moderate_async = AsyncEndpoint(MODERATE, moderation)
    moderate_chat = SyncEndpoint(MODERATE_CHAT, chat_moderation)
    moderate_chat_async = AsyncEndpoint(MODERATE_CHAT, chat_moderation)
