"""Models of the embeddings operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, ClassVar

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import UsageInfo, UsageInfoTypedDict
from mistralai_core.models._unions import EMPTY_IF_NULL

__all__ = [
    "EmbeddingRequest",
    "EmbeddingRequestTypedDict",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "EmbeddingResponseDataTypedDict",
    "EmbeddingResponseTypedDict",
    "Inputs",
    "InputsTypedDict",
]


class EmbeddingRequest(BaseModel):
    """EmbeddingRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"encoding_format"})

    inputs: str | list[str] = Field(validation_alias="input", serialization_alias="input")
    """Text to embed."""
    model: str
    """ID of the model to use."""
    encoding_format: str | None = "float"
    """The format to return the embeddings in."""


class EmbeddingRequestTypedDict(TypedDict):
    """The dict form of :class:`EmbeddingRequest`."""

    inputs: str | list[str]
    model: str
    encoding_format: NotRequired[str | None]


class EmbeddingResponseData(BaseModel):
    """EmbeddingResponseData"""

    object: str | None = None
    embedding: Annotated[list[float], EMPTY_IF_NULL] = Field(default_factory=list)
    index: int | None = None


class EmbeddingResponseDataTypedDict(TypedDict):
    """The dict form of :class:`EmbeddingResponseData`."""

    object: NotRequired[str]
    embedding: NotRequired[list[float]]
    index: NotRequired[int]


class EmbeddingResponse(BaseModel):
    """EmbeddingResponse

    The contract composes it of ResponseBase (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]


class EmbeddingResponseTypedDict(TypedDict):
    """The dict form of :class:`EmbeddingResponse`."""

    id: str
    object: str
    model: str
    usage: UsageInfoTypedDict
    data: list[EmbeddingResponseDataTypedDict]


Inputs = str | list[str]


InputsTypedDict = str | list[str]
