"""Models of the classifiers operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import ClassVar

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import Messages

__all__ = [
    "ChatClassificationRequest",
    "ClassificationObject",
    "ClassificationRequest",
    "ClassificationResponse",
]


class ChatClassificationRequest(BaseModel):
    """ChatClassificationRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"model"})

    input: list[Messages] | list[list[Messages]]
    """Chat to classify"""
    model: str | None


class ClassificationRequest(BaseModel):
    """ClassificationRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"model"})

    input: str | list[str]
    """Text to classify."""
    model: str | None = None


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
    results: list[ClassificationObject] | None = None
