"""``client.classifiers``: moderation and classification of texts and of conversations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._types import UNSET, OptionalNullable, Unset

from ..models._classifiers import (
    ChatClassificationInstructRequest,
    ChatClassificationRequest,
    ClassificationRequest,
    ClassificationResponse,
    ClassificationTargetsResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import Messages

    from ..models._classifiers import InstructRequest

    _Message = Messages | Mapping[str, Any]

__all__ = ["CLASSIFY", "CLASSIFY_CHAT", "MODERATE", "MODERATE_CHAT", "Classifiers"]

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
CLASSIFY = Operation(
    "POST",
    "/v1/classifications",
    parse=ClassificationTargetsResponse.model_validate_json,
    request=ClassificationRequest,
    operation_id="classifications_v1_classifications_post",
)
CLASSIFY_CHAT = Operation(
    "POST",
    "/v1/chat/classifications",
    parse=ClassificationTargetsResponse.model_validate_json,
    request=ChatClassificationInstructRequest,
    operation_id="chat_classifications_v1_chat_classifications_post",
)


def _one_input(arguments: dict[str, Any]) -> Call:
    """``inputs=`` (v1's name) or ``input=`` (2.x's), never both; sent as ``input``."""
    given = arguments.pop("input", UNSET)
    if given is not UNSET:
        if arguments.get("inputs", UNSET) is not UNSET:
            raise TypeError(
                "inputs= and input= are the same argument (input= is the 2.x spelling): "
                "pass one of them"
            )
        arguments["inputs"] = given
    return call(arguments)


def moderation(
    *,
    inputs: str | Sequence[str],
    model: OptionalNullable[str] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Moderations: category flags and scores for each text.

    :param inputs: The text, or texts, to classify (sent as the contract's ``input``).
    :param model: The moderation model, e.g. ``"mistral-moderation-latest"``.
    :param metadata: Your own key/value pairs, kept with the request.
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


def classification(
    *,
    model: str,
    inputs: str | Sequence[str] | Unset = UNSET,
    input: str | Sequence[str] | Unset = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Classifications: scores per target of a classifier model for each text.

    :param model: The classifier model: a fine-tuned classifier's ID, or
        ``"mistral-moderation-latest"``.
    :param inputs: The text, or texts, to classify (sent as the contract's ``input``).
    :param input: The same, under the 2.x client's name; pass one of the two.
    :param metadata: Your own key/value pairs, kept with the request.
    :raises TypeError: both ``inputs`` and ``input`` given.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    return _one_input(locals())


def chat_classification(
    *,
    model: str,
    inputs: InstructRequest
    | Mapping[str, Any]
    | Sequence[InstructRequest | Mapping[str, Any]]
    | Unset = UNSET,
    input: InstructRequest
    | Mapping[str, Any]
    | Sequence[InstructRequest | Mapping[str, Any]]
    | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Chat Classifications: scores per target for a conversation (or several).

    :param model: The classifier model: a fine-tuned classifier's ID, or
        ``"mistral-moderation-latest"``.
    :param inputs: One conversation, ``{"messages": [...]}``, or a list of them (sent as the
        contract's ``input``).
    :param input: The same, under the 2.x client's name; pass one of the two.
    :raises TypeError: both ``inputs`` and ``input`` given.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    return _one_input(locals())


class Classifiers(Resource):
    """Content moderation and classification."""

    moderate = SyncEndpoint(MODERATE, moderation)
    moderate_async = AsyncEndpoint(MODERATE, moderation)
    moderate_chat = SyncEndpoint(MODERATE_CHAT, chat_moderation)
    moderate_chat_async = AsyncEndpoint(MODERATE_CHAT, chat_moderation)
    classify = SyncEndpoint(CLASSIFY, classification)
    classify_async = AsyncEndpoint(CLASSIFY, classification)
    classify_chat = SyncEndpoint(CLASSIFY_CHAT, chat_classification)
    classify_chat_async = AsyncEndpoint(CLASSIFY_CHAT, chat_classification)
