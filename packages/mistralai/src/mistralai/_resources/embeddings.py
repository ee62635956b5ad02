"""``client.embeddings``: vector representations of texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._types import UNSET, OptionalNullable

from ..models._embeddings import EmbeddingRequest, EmbeddingResponse

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions

__all__ = ["EMBEDDINGS", "Embeddings"]

EMBEDDINGS = Operation(
    "POST",
    "/v1/embeddings",
    parse=EmbeddingResponse.model_validate_json,
    request=EmbeddingRequest,
    operation_id="embeddings_v1_embeddings_post",
)


def embed(
    *,
    inputs: str | Sequence[str],
    model: str = "mistral-embed",
    encoding_format: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Embeddings: one vector per input text.

    :param inputs: The text, or texts, to embed (sent as the contract's ``input``).
    :param model: ID of the embedding model.
    :param encoding_format: Format of the vectors; the server default is ``"float"``.
    :raises HTTPValidationError: 422, the API rejected a field.
    :raises SDKError: any other error status, after retries.
    """
    return call(locals())


class Embeddings(Resource):
    """Text embeddings."""

    create = SyncEndpoint(EMBEDDINGS, embed)
    create_async = AsyncEndpoint(EMBEDDINGS, embed)
