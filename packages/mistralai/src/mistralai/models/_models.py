"""Models of the models operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import Tag

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._unions import UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "ArchiveFTModelOut",
    "BaseModelCard",
    "DeleteModelOut",
    "FTModelCapabilitiesOut",
    "FTModelCard",
    "FTModelOut",
    "ModelCapabilities",
    "ModelCard",
    "ModelList",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet",
    "UnarchiveFTModelOut",
    "UpdateFTModelIn",
]


class ModelCapabilities(BaseModel):
    """ModelCapabilities"""

    completion_chat: bool | None = True
    completion_fim: bool | None = False
    function_calling: bool | None = True
    fine_tuning: bool | None = False
    vision: bool | None = False


class BaseModelCard(TaggedModel):
    """BaseModelCard"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "deprecation", "default_model_temperature"}
    )

    id: str
    object: str | None = "model"
    created: int | None = None
    owned_by: str | None = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int | None = 32768
    aliases: list[str] | None = []
    deprecation: datetime | None = None
    default_model_temperature: float | None = None
    type: Literal["base"] = "base"


class DeleteModelOut(BaseModel):
    """DeleteModelOut"""

    id: str
    """The ID of the deleted model."""
    object: str | None = "model"
    """The object type that was deleted"""
    deleted: bool | None = True
    """The deletion status"""


class FTModelCard(TaggedModel):
    """Extra fields for fine-tuned models."""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "deprecation", "default_model_temperature"}
    )

    id: str
    object: str | None = "model"
    created: int | None = None
    owned_by: str | None = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int | None = 32768
    aliases: list[str] | None = []
    deprecation: datetime | None = None
    default_model_temperature: float | None = None
    type: Literal["fine-tuned"] = "fine-tuned"
    job: str
    root: str
    archived: bool | None = False


ModelCard = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["base", "fine-tuned"]),
]


class ModelList(BaseModel):
    """ModelList"""

    object: str | None = "list"
    data: list[ModelCard] | None = None


class FTModelCapabilitiesOut(BaseModel):
    """FTModelCapabilitiesOut"""

    completion_chat: bool | None = True
    completion_fim: bool | None = False
    function_calling: bool | None = False
    fine_tuning: bool | None = False


class FTModelOut(BaseModel):
    """FTModelOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "description"})

    id: str
    object: Literal["model"] | str | None = "model"
    created: int
    owned_by: str
    root: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FTModelCapabilitiesOut
    max_context_length: int | None = 32768
    aliases: list[str] | None = []
    job: str


class UpdateFTModelIn(BaseModel):
    """UpdateFTModelIn"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "description"})

    name: str | None = None
    description: str | None = None


class ArchiveFTModelOut(BaseModel):
    """ArchiveFTModelOut"""

    id: str
    object: Literal["model"] | str | None = "model"
    archived: bool | None = True


class UnarchiveFTModelOut(BaseModel):
    """UnarchiveFTModelOut"""

    id: str
    object: Literal["model"] | str | None = "model"
    archived: bool | None = False


RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet = ModelCard
