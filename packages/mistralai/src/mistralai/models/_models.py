"""Models of the models operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._unions import (
    EMPTY_IF_NULL,
    UNKNOWN_TAG,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ArchiveFTModelOut",
    "ArchiveFTModelOutObject",
    "ArchiveFTModelOutTypedDict",
    "BaseModelCard",
    "BaseModelCardTypedDict",
    "Data",
    "DataTypedDict",
    "DeleteModelOut",
    "DeleteModelOutTypedDict",
    "DeleteModelV1ModelsModelIDDeleteRequest",
    "DeleteModelV1ModelsModelIDDeleteRequestTypedDict",
    "FTModelCapabilitiesOut",
    "FTModelCapabilitiesOutTypedDict",
    "FTModelCard",
    "FTModelCardType",
    "FTModelCardTypedDict",
    "FTModelOut",
    "FTModelOutObject",
    "FTModelOutTypedDict",
    "JobsAPIRoutesFineTuningArchiveFineTunedModelRequest",
    "JobsAPIRoutesFineTuningArchiveFineTunedModelRequestTypedDict",
    "JobsAPIRoutesFineTuningUnarchiveFineTunedModelRequest",
    "JobsAPIRoutesFineTuningUnarchiveFineTunedModelRequestTypedDict",
    "JobsAPIRoutesFineTuningUpdateFineTunedModelRequest",
    "JobsAPIRoutesFineTuningUpdateFineTunedModelRequestTypedDict",
    "ModelCapabilities",
    "ModelCapabilitiesTypedDict",
    "ModelCard",
    "ModelCardTypedDict",
    "ModelList",
    "ModelListTypedDict",
    "RetrieveModelV1ModelsModelIDGetRequest",
    "RetrieveModelV1ModelsModelIDGetRequestTypedDict",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGetTypedDict",
    "Type",
    "UnarchiveFTModelOut",
    "UnarchiveFTModelOutObject",
    "UnarchiveFTModelOutTypedDict",
    "UpdateFTModelIn",
    "UpdateFTModelInTypedDict",
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


class ModelCapabilitiesTypedDict(TypedDict):
    """The dict form of :class:`ModelCapabilities`."""

    completion_chat: NotRequired[bool]
    completion_fim: NotRequired[bool]
    function_calling: NotRequired[bool]
    fine_tuning: NotRequired[bool]
    vision: NotRequired[bool]


class BaseModelCardTypedDict(TypedDict):
    """The dict form of :class:`BaseModelCard`."""

    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    owned_by: NotRequired[str]
    capabilities: ModelCapabilitiesTypedDict
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    max_context_length: NotRequired[int]
    aliases: NotRequired[list[str]]
    deprecation: NotRequired[datetime | None]
    default_model_temperature: NotRequired[float | None]
    type: NotRequired[Literal["base"]]


class DeleteModelOut(BaseModel):
    """DeleteModelOut"""

    id: str
    """The ID of the deleted model."""
    object: str | None = "model"
    """The object type that was deleted"""
    deleted: bool | None = True
    """The deletion status"""


class DeleteModelOutTypedDict(TypedDict):
    """The dict form of :class:`DeleteModelOut`."""

    id: str
    object: NotRequired[str]
    deleted: NotRequired[bool]


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


class FTModelCardTypedDict(TypedDict):
    """The dict form of :class:`FTModelCard`."""

    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    owned_by: NotRequired[str]
    capabilities: ModelCapabilitiesTypedDict
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    max_context_length: NotRequired[int]
    aliases: NotRequired[list[str]]
    deprecation: NotRequired[datetime | None]
    default_model_temperature: NotRequired[float | None]
    type: NotRequired[Literal["fine-tuned"]]
    job: str
    root: str
    archived: NotRequired[bool]


ModelCard = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["base", "fine-tuned"]),
]


ModelCardTypedDict = BaseModelCardTypedDict | FTModelCardTypedDict


class ModelList(BaseModel):
    """ModelList"""

    object: str | None = "list"
    data: Annotated[list[ModelCard], EMPTY_IF_NULL] = Field(default_factory=list)


class ModelListTypedDict(TypedDict):
    """The dict form of :class:`ModelList`."""

    object: NotRequired[str]
    data: NotRequired[list[ModelCardTypedDict]]


class FTModelCapabilitiesOut(BaseModel):
    """FTModelCapabilitiesOut"""

    completion_chat: bool | None = True
    completion_fim: bool | None = False
    function_calling: bool | None = False
    fine_tuning: bool | None = False


class FTModelCapabilitiesOutTypedDict(TypedDict):
    """The dict form of :class:`FTModelCapabilitiesOut`."""

    completion_chat: NotRequired[bool]
    completion_fim: NotRequired[bool]
    function_calling: NotRequired[bool]
    fine_tuning: NotRequired[bool]


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


class FTModelOutTypedDict(TypedDict):
    """The dict form of :class:`FTModelOut`."""

    id: str
    object: NotRequired[Literal["model"] | str]
    created: int
    owned_by: str
    root: str
    archived: bool
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    capabilities: FTModelCapabilitiesOutTypedDict
    max_context_length: NotRequired[int]
    aliases: NotRequired[list[str]]
    job: str


class UpdateFTModelIn(BaseModel):
    """UpdateFTModelIn"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "description"})

    name: str | None = None
    description: str | None = None


class UpdateFTModelInTypedDict(TypedDict):
    """The dict form of :class:`UpdateFTModelIn`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]


class ArchiveFTModelOut(BaseModel):
    """ArchiveFTModelOut"""

    id: str
    object: Literal["model"] | str | None = "model"
    archived: bool | None = True


class ArchiveFTModelOutTypedDict(TypedDict):
    """The dict form of :class:`ArchiveFTModelOut`."""

    id: str
    object: NotRequired[Literal["model"] | str]
    archived: NotRequired[bool]


class UnarchiveFTModelOut(BaseModel):
    """UnarchiveFTModelOut"""

    id: str
    object: Literal["model"] | str | None = "model"
    archived: bool | None = False


class UnarchiveFTModelOutTypedDict(TypedDict):
    """The dict form of :class:`UnarchiveFTModelOut`."""

    id: str
    object: NotRequired[Literal["model"] | str]
    archived: NotRequired[bool]


class RetrieveModelV1ModelsModelIDGetRequest(BaseModel):
    """v1's model of the parameters of ``retrieve_model_v1_models__model_id__get``."""

    model_id: str
    """The ID of the model to retrieve."""


class RetrieveModelV1ModelsModelIDGetRequestTypedDict(TypedDict):
    """The dict form of :class:`RetrieveModelV1ModelsModelIDGetRequest`."""

    model_id: str


class DeleteModelV1ModelsModelIDDeleteRequest(BaseModel):
    """v1's model of the parameters of ``delete_model_v1_models__model_id__delete``."""

    model_id: str
    """The ID of the model to delete."""


class DeleteModelV1ModelsModelIDDeleteRequestTypedDict(TypedDict):
    """The dict form of :class:`DeleteModelV1ModelsModelIDDeleteRequest`."""

    model_id: str


class JobsAPIRoutesFineTuningUpdateFineTunedModelRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_update_fine_tuned_model``."""

    model_id: str
    """The ID of the model to update."""
    update_ft_model_in: UpdateFTModelIn


class JobsAPIRoutesFineTuningUpdateFineTunedModelRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningUpdateFineTunedModelRequest`."""

    model_id: str
    update_ft_model_in: UpdateFTModelInTypedDict


class JobsAPIRoutesFineTuningArchiveFineTunedModelRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_archive_fine_tuned_model``."""

    model_id: str
    """The ID of the model to archive."""


class JobsAPIRoutesFineTuningArchiveFineTunedModelRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningArchiveFineTunedModelRequest`."""

    model_id: str


class JobsAPIRoutesFineTuningUnarchiveFineTunedModelRequest(BaseModel):
    """v1's model of the parameters of
    ``jobs_api_routes_fine_tuning_unarchive_fine_tuned_model``.
    """

    model_id: str
    """The ID of the model to unarchive."""


class JobsAPIRoutesFineTuningUnarchiveFineTunedModelRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningUnarchiveFineTunedModelRequest`."""

    model_id: str


RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet = ModelCard


RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGetTypedDict = ModelCardTypedDict


ArchiveFTModelOutObject = Literal["model"] | str


Data = ModelCard


DataTypedDict = ModelCardTypedDict


FTModelCardType = Literal["fine-tuned"]


FTModelOutObject = Literal["model"] | str


Type = Literal["base"]


UnarchiveFTModelOutObject = Literal["model"] | str
