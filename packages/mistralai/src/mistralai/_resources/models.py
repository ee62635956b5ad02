"""``client.models``: the models available to this API key, and fine-tuned model management.

``update``, ``archive`` and ``unarchive`` act on fine-tuned models only (their paths are
under ``/v1/fine_tuning/models``); ``delete`` too, in practice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._types import UNSET, OptionalNullable
from mistralai_core.models._unions import UnknownVariant

from ..models._models import (
    ArchiveFTModelOut,
    BaseModelCard,
    DeleteModelOut,
    FTModelCard,
    FTModelOut,
    ModelCard,
    ModelList,
    UnarchiveFTModelOut,
    UpdateFTModelIn,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions

__all__ = ["Models"]

#: ``retrieve`` answers with a base or a fine-tuned card, told apart by ``type``.
_CARD: TypeAdapter[BaseModelCard | FTModelCard | UnknownVariant] = TypeAdapter(ModelCard)

LIST = Operation(
    "GET",
    "/v1/models",
    parse=ModelList.model_validate_json,
    operation_id="list_models_v1_models_get",
)
RETRIEVE = Operation(
    "GET",
    "/v1/models/{model_id}",
    parse=_CARD.validate_json,
    operation_id="retrieve_model_v1_models__model_id__get",
)
DELETE = Operation(
    "DELETE",
    "/v1/models/{model_id}",
    parse=DeleteModelOut.model_validate_json,
    operation_id="delete_model_v1_models__model_id__delete",
)
UPDATE = Operation(
    "PATCH",
    "/v1/fine_tuning/models/{model_id}",
    parse=FTModelOut.model_validate_json,
    request=UpdateFTModelIn,
    operation_id="jobs_api_routes_fine_tuning_update_fine_tuned_model",
)
ARCHIVE = Operation(
    "POST",
    "/v1/fine_tuning/models/{model_id}/archive",
    parse=ArchiveFTModelOut.model_validate_json,
    operation_id="jobs_api_routes_fine_tuning_archive_fine_tuned_model",
)
UNARCHIVE = Operation(
    "DELETE",
    "/v1/fine_tuning/models/{model_id}/archive",
    parse=UnarchiveFTModelOut.model_validate_json,
    operation_id="jobs_api_routes_fine_tuning_unarchive_fine_tuned_model",
)


def list_models(**options: Unpack[CallOptions]) -> Call:
    """List Models: every model this API key may use, base and fine-tuned.

    :raises HTTPValidationError: 422.
    """
    return call(locals())


def retrieve_model(*, model_id: str, **options: Unpack[CallOptions]) -> Call:
    """Retrieve Model: one model's card (``BaseModelCard`` or ``FTModelCard``, by ``type``).

    :param model_id: The model's ID, e.g. ``"mistral-small-latest"`` or ``"ft:..."``.
    :raises NotFoundError: 404, no such model.
    """
    return call(locals())


def delete_model(*, model_id: str, **options: Unpack[CallOptions]) -> Call:
    """Delete Model: delete a fine-tuned model.

    :param model_id: The fine-tuned model's ID.
    :raises NotFoundError: 404, no such model.
    """
    return call(locals())


def update_model(
    *,
    model_id: str,
    name: OptionalNullable[str] = UNSET,
    description: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Update Fine Tuned Model: rename it or change its description.

    :param model_id: The fine-tuned model's ID.
    :param name: The new display name (``None`` clears it; left out, unchanged).
    :param description: The new description (``None`` clears it; left out, unchanged).
    :raises NotFoundError: 404, no such fine-tuned model.
    """
    return call(locals())


def archive_model(*, model_id: str, **options: Unpack[CallOptions]) -> Call:
    """Archive Fine Tuned Model: hide it from use without deleting it.

    :param model_id: The fine-tuned model's ID.
    :raises NotFoundError: 404, no such fine-tuned model.
    """
    return call(locals())


def unarchive_model(*, model_id: str, **options: Unpack[CallOptions]) -> Call:
    """Unarchive Fine Tuned Model: make an archived model usable again.

    :param model_id: The fine-tuned model's ID.
    :raises NotFoundError: 404, no such fine-tuned model.
    """
    return call(locals())


class Models(Resource):
    """Models: list and inspect them; manage fine-tuned ones."""

    list = SyncEndpoint(LIST, list_models)
    list_async = AsyncEndpoint(LIST, list_models)
    retrieve = SyncEndpoint(RETRIEVE, retrieve_model)
    retrieve_async = AsyncEndpoint(RETRIEVE, retrieve_model)
    delete = SyncEndpoint(DELETE, delete_model)
    delete_async = AsyncEndpoint(DELETE, delete_model)
    update = SyncEndpoint(UPDATE, update_model)
    update_async = AsyncEndpoint(UPDATE, update_model)
    archive = SyncEndpoint(ARCHIVE, archive_model)
    archive_async = AsyncEndpoint(ARCHIVE, archive_model)
    unarchive = SyncEndpoint(UNARCHIVE, unarchive_model)
    unarchive_async = AsyncEndpoint(UNARCHIVE, unarchive_model)
