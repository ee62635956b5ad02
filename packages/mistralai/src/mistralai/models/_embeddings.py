"""Models of the embeddings operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import ClassVar

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import UsageInfo

__all__ = ["EmbeddingRequest", "EmbeddingResponse", "EmbeddingResponseData"]


class EmbeddingRequest(BaseModel):
    """EmbeddingRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"encoding_format"})

    input: str | list[str]
    """Text to embed."""
    model: str
    """ID of the model to use."""
    encoding_format: str | None = "float"
    """The format to return the embeddings in."""


class EmbeddingResponseData(BaseModel):
    """EmbeddingResponseData"""

    object: str | None = None
    embedding: list[float] | None = None
    index: int | None = None


class EmbeddingResponse(BaseModel):
    """EmbeddingResponse

    The contract composes it of ResponseBase (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]
