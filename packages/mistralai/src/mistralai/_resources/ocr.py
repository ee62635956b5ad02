"""``client.ocr``: a document's pages as markdown (``mistral-ocr-latest``).

The document is a PDF or an image: an uploaded file (``{"type": "file", "file_id": ...}``),
a link (``{"type": "document_url", "document_url": ...}``, ``{"type": "image_url",
"image_url": ...}``) or a ``data:`` URL in either link.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._types import UNSET, OptionalNullable

from ..models._ocr import OCRRequest, OCRResponse

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import (
        DocumentURLChunk,
        FileChunk,
        ImageURLChunk,
        ResponseFormat,
    )

__all__ = ["PROCESS", "Ocr"]

PROCESS = Operation(
    "POST",
    "/v1/ocr",
    parse=OCRResponse.model_validate_json,
    request=OCRRequest,
    operation_id="ocr_v1_ocr_post",
)


def ocr_document(
    *,
    model: str | None,
    document: FileChunk | ImageURLChunk | DocumentURLChunk | Mapping[str, Any],
    pages: OptionalNullable[str | Sequence[int]] = UNSET,
    include_image_base64: OptionalNullable[bool] = UNSET,
    image_limit: OptionalNullable[int] = UNSET,
    image_min_size: OptionalNullable[int] = UNSET,
    bbox_annotation_format: OptionalNullable[ResponseFormat | Mapping[str, Any]] = UNSET,
    document_annotation_format: OptionalNullable[ResponseFormat | Mapping[str, Any]] = UNSET,
    document_annotation_prompt: OptionalNullable[str] = UNSET,
    table_format: OptionalNullable[Literal["markdown", "html"]] = UNSET,
    extract_header: bool | None = None,
    extract_footer: bool | None = None,
    include_blocks: bool | None = None,
    confidence_scores_granularity: OptionalNullable[Literal["word", "page"]] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """OCR: the document's pages, each as markdown with its images and dimensions.

    :param model: The OCR model, e.g. ``"mistral-ocr-latest"``; the contract requires the
        field, ``None`` sends null.
    :param document: The PDF or image: ``{"type": "file", "file_id": ...}`` (an uploaded
        file), ``{"type": "document_url", "document_url": ...}`` or ``{"type": "image_url",
        "image_url": ...}`` (a link or a ``data:`` URL).
    :param pages: Only these pages (from 0): a list, or a string such as ``"0,2-4"``.
    :param include_image_base64: Return each extracted image's bytes (base64).
    :param image_limit: At most this many images.
    :param image_min_size: Skip images smaller than this (height and width, pixels).
    :param bbox_annotation_format: A ``json_schema`` response format for each image.
    :param document_annotation_format: A ``json_schema`` response format for the document.
    :param document_annotation_prompt: Guides the document annotation (needs
        ``document_annotation_format``).
    :param table_format: Tables apart from the markdown, as ``"markdown"`` or ``"html"``.
    :param extract_header: Return each page's header apart from its markdown.
    :param extract_footer: Return each page's footer apart from its markdown.
    :param include_blocks: Return each page's content blocks with their bounding boxes.
    :param confidence_scores_granularity: ``"word"`` or ``"page"`` confidence scores.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    return call(locals())


class Ocr(Resource):
    """Optical character recognition: documents to markdown."""

    process = SyncEndpoint(PROCESS, ocr_document)
    process_async = AsyncEndpoint(PROCESS, ocr_document)
