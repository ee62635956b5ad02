"""Models of the classifiers operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import Messages, MessagesTypedDict
from mistralai_core.models._unions import EMPTY_IF_NULL

__all__ = [
    "ChatClassificationInstructRequest",
    "ChatClassificationInstructRequestTypedDict",
    "ChatClassificationRequest",
    "ChatClassificationRequestInputs",
    "ChatClassificationRequestInputsTypedDict",
    "ChatClassificationRequestTypedDict",
    "ClassificationObject",
    "ClassificationObjectTypedDict",
    "ClassificationRequest",
    "ClassificationRequestInputs",
    "ClassificationRequestInputsTypedDict",
    "ClassificationRequestTypedDict",
    "ClassificationResponse",
    "ClassificationResponseTypedDict",
    "ClassificationTargetResult",
    "ClassificationTargetResultTypedDict",
    "ClassificationTargetsResponse",
    "ClassificationTargetsResponseTypedDict",
    "InstructRequest",
    "InstructRequestTypedDict",
]


class ChatClassificationRequest(BaseModel):
    """ChatClassificationRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"model"})

    inputs: list[Messages] | list[list[Messages]] = Field(
        validation_alias="input", serialization_alias="input"
    )
    """Chat to classify"""
    model: str | None


class ChatClassificationRequestTypedDict(TypedDict):
    """The dict form of :class:`ChatClassificationRequest`."""

    inputs: list[MessagesTypedDict] | list[list[MessagesTypedDict]]
    model: str | None


class ClassificationRequest(BaseModel):
    """ClassificationRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"model", "metadata"})

    inputs: str | list[str] = Field(validation_alias="input", serialization_alias="input")
    """Text to classify."""
    model: str | None = None
    metadata: dict[str, Any] | None = None


class ClassificationRequestTypedDict(TypedDict):
    """The dict form of :class:`ClassificationRequest`."""

    inputs: str | list[str]
    model: NotRequired[str | None]
    metadata: NotRequired[dict[str, Any] | None]


class ClassificationObject(BaseModel):
    """ClassificationObject"""

    categories: dict[str, bool] | None = None
    """Classifier result thresholded"""
    category_scores: dict[str, float] | None = None
    """Classifier result"""


class ClassificationResponse(BaseModel):
    """ClassificationResponse"""

    id: str | None = None
    model: str | None = None
    results: Annotated[list[ClassificationObject], EMPTY_IF_NULL] = Field(default_factory=list)


class ClassificationObjectTypedDict(TypedDict):
    """The dict form of :class:`ClassificationObject`."""

    categories: NotRequired[dict[str, bool]]
    category_scores: NotRequired[dict[str, float]]


class ClassificationResponseTypedDict(TypedDict):
    """The dict form of :class:`ClassificationResponse`."""

    id: NotRequired[str]
    model: NotRequired[str]
    results: NotRequired[list[ClassificationObjectTypedDict]]


class InstructRequest(BaseModel):
    """InstructRequest"""

    messages: list[Messages]


class ChatClassificationInstructRequest(BaseModel):
    """Request body of `/v1/chat/classifications` (`ChatClassificationRequest` in the newer client
    docs; renamed here because `ChatClassificationRequest` is already the chat moderation request
    of this contract).
    """

    model: str
    inputs: InstructRequest | list[InstructRequest] = Field(
        validation_alias="input", serialization_alias="input"
    )
    """Chat to classify"""


class InstructRequestTypedDict(TypedDict):
    """The dict form of :class:`InstructRequest`."""

    messages: list[MessagesTypedDict]


class ChatClassificationInstructRequestTypedDict(TypedDict):
    """The dict form of :class:`ChatClassificationInstructRequest`."""

    model: str
    inputs: InstructRequestTypedDict | list[InstructRequestTypedDict]


class ClassificationTargetResult(BaseModel):
    """ClassificationTargetResult"""

    scores: dict[str, float]


class ClassificationTargetsResponse(BaseModel):
    """Response of `/v1/classifications` and `/v1/chat/classifications` (`ClassificationResponse` in
    the newer client docs; renamed here because `ClassificationResponse` is already the
    moderation response of this contract).
    """

    id: str
    model: str
    results: list[dict[str, ClassificationTargetResult]]


class ClassificationTargetResultTypedDict(TypedDict):
    """The dict form of :class:`ClassificationTargetResult`."""

    scores: dict[str, float]


class ClassificationTargetsResponseTypedDict(TypedDict):
    """The dict form of :class:`ClassificationTargetsResponse`."""

    id: str
    model: str
    results: list[dict[str, ClassificationTargetResultTypedDict]]


ChatClassificationRequestInputs = list[Messages] | list[list[Messages]]


ChatClassificationRequestInputsTypedDict = list[MessagesTypedDict] | list[list[MessagesTypedDict]]


ClassificationRequestInputs = str | list[str]


ClassificationRequestInputsTypedDict = str | list[str]
