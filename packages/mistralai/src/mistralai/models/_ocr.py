"""Models of the ocr operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._chat import (
    DocumentURLChunk,
    DocumentURLChunkTypedDict,
    FileChunk,
    FileChunkTypedDict,
    ImageURLChunk,
    ImageURLChunkTypedDict,
    ResponseFormat,
    ResponseFormatTypedDict,
)
from mistralai_core.models._unions import (
    EMPTY_IF_NULL,
    UNKNOWN_TAG,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "OCRAsideTextBlock",
    "OCRAsideTextBlockTypedDict",
    "OCRBlock",
    "OCRBlockTypedDict",
    "OCRCaptionBlock",
    "OCRCaptionBlockTypedDict",
    "OCRCodeBlock",
    "OCRCodeBlockTypedDict",
    "OCRConfidenceScore",
    "OCRConfidenceScoreTypedDict",
    "OCREquationBlock",
    "OCREquationBlockTypedDict",
    "OCRFooterBlock",
    "OCRFooterBlockTypedDict",
    "OCRHeaderBlock",
    "OCRHeaderBlockTypedDict",
    "OCRImageBlock",
    "OCRImageBlockTypedDict",
    "OCRImageObject",
    "OCRImageObjectTypedDict",
    "OCRListBlock",
    "OCRListBlockTypedDict",
    "OCRPageConfidenceScores",
    "OCRPageConfidenceScoresTypedDict",
    "OCRPageDimensions",
    "OCRPageDimensionsTypedDict",
    "OCRPageObject",
    "OCRPageObjectTypedDict",
    "OCRReferencesBlock",
    "OCRReferencesBlockTypedDict",
    "OCRRequest",
    "OCRRequestTypedDict",
    "OCRResponse",
    "OCRResponseTypedDict",
    "OCRSignatureBlock",
    "OCRSignatureBlockTypedDict",
    "OCRTableBlock",
    "OCRTableBlockTypedDict",
    "OCRTableObject",
    "OCRTableObjectTypedDict",
    "OCRTextBlock",
    "OCRTextBlockTypedDict",
    "OCRTitleBlock",
    "OCRTitleBlockTypedDict",
    "OCRUsageInfo",
    "OCRUsageInfoTypedDict",
]


class OCRRequest(BaseModel):
    """OCRRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "pages",
            "include_image_base64",
            "image_limit",
            "image_min_size",
            "bbox_annotation_format",
            "document_annotation_format",
            "document_annotation_prompt",
            "table_format",
            "confidence_scores_granularity",
        }
    )

    model: str | None
    document: FileChunk | ImageURLChunk | DocumentURLChunk
    """Document to run OCR on"""
    pages: str | list[int] | None = None
    """Specific pages to process. Accepts a list of integers or a string of comma-separated numbers
    and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0.
    """
    include_image_base64: bool | None = None
    """Include image URLs in response"""
    image_limit: int | None = None
    """Max images to extract"""
    image_min_size: int | None = None
    """Minimum height and width of image to extract"""
    bbox_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from each extracted bounding box /
    image from document. Only json_schema is valid for this field
    """
    document_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from the entire document. Only
    json_schema is valid for this field
    """
    document_annotation_prompt: str | None = None
    """Optional prompt to guide the model in extracting structured output from the entire document.
    A document_annotation_format must be provided.
    """
    table_format: Literal["markdown", "html"] | None = None
    extract_header: bool | None = None
    extract_footer: bool | None = None
    include_blocks: bool | None = False
    """Return paragraph-level bounding boxes for all content blocks in the response"""
    confidence_scores_granularity: Literal["word", "page"] | None = None
    """Granularity for confidence scores: 'word' (per-word scores) or 'page' (aggregate only).
    Defaults to None (no confidence scores) to keep response payload small.
    """


class OCRRequestTypedDict(TypedDict):
    """The dict form of :class:`OCRRequest`."""

    model: str | None
    document: FileChunkTypedDict | ImageURLChunkTypedDict | DocumentURLChunkTypedDict
    pages: NotRequired[str | list[int] | None]
    include_image_base64: NotRequired[bool | None]
    image_limit: NotRequired[int | None]
    image_min_size: NotRequired[int | None]
    bbox_annotation_format: NotRequired[ResponseFormatTypedDict | None]
    document_annotation_format: NotRequired[ResponseFormatTypedDict | None]
    document_annotation_prompt: NotRequired[str | None]
    table_format: NotRequired[Literal["markdown", "html"] | None]
    extract_header: NotRequired[bool]
    extract_footer: NotRequired[bool]
    include_blocks: NotRequired[bool]
    confidence_scores_granularity: NotRequired[Literal["word", "page"] | None]


class OCRAsideTextBlock(TaggedModel):
    """OCRAsideTextBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["aside_text"] = "aside_text"


class OCRCaptionBlock(TaggedModel):
    """OCRCaptionBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["caption"] = "caption"


class OCRCodeBlock(TaggedModel):
    """OCRCodeBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["code"] = "code"


class OCREquationBlock(TaggedModel):
    """OCREquationBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["equation"] = "equation"


class OCRFooterBlock(TaggedModel):
    """OCRFooterBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["footer"] = "footer"


class OCRHeaderBlock(TaggedModel):
    """OCRHeaderBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["header"] = "header"


class OCRImageBlock(TaggedModel):
    """OCRImageBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["image"] = "image"
    image_id: str
    """References the corresponding entry in OCRPageObject.images"""


class OCRListBlock(TaggedModel):
    """OCRListBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["list"] = "list"


class OCRReferencesBlock(TaggedModel):
    """OCRReferencesBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["references"] = "references"


class OCRSignatureBlock(TaggedModel):
    """OCRSignatureBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["signature"] = "signature"


class OCRTableBlock(TaggedModel):
    """OCRTableBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"table_id"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["table"] = "table"
    table_id: str | None = None
    """References the corresponding entry in OCRPageObject.tables, when tables are extracted"""


class OCRTextBlock(TaggedModel):
    """OCRTextBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["text"] = "text"


class OCRTitleBlock(TaggedModel):
    """OCRTitleBlock"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    type: Literal["title"] = "title"


OCRBlock = Annotated[
    Annotated[OCRAsideTextBlock, Tag("aside_text")]
    | Annotated[OCRCaptionBlock, Tag("caption")]
    | Annotated[OCRCodeBlock, Tag("code")]
    | Annotated[OCREquationBlock, Tag("equation")]
    | Annotated[OCRFooterBlock, Tag("footer")]
    | Annotated[OCRHeaderBlock, Tag("header")]
    | Annotated[OCRImageBlock, Tag("image")]
    | Annotated[OCRListBlock, Tag("list")]
    | Annotated[OCRReferencesBlock, Tag("references")]
    | Annotated[OCRSignatureBlock, Tag("signature")]
    | Annotated[OCRTableBlock, Tag("table")]
    | Annotated[OCRTextBlock, Tag("text")]
    | Annotated[OCRTitleBlock, Tag("title")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        [
            "aside_text",
            "caption",
            "code",
            "equation",
            "footer",
            "header",
            "image",
            "list",
            "references",
            "signature",
            "table",
            "text",
            "title",
        ],
    ),
]


class OCRImageObject(BaseModel):
    """OCRImageObject"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "top_left_x",
            "top_left_y",
            "bottom_right_x",
            "bottom_right_y",
            "image_base64",
            "image_annotation",
        }
    )

    id: str
    """Image ID for extracted image in a page"""
    top_left_x: int | None
    """X coordinate of top-left corner of the extracted image"""
    top_left_y: int | None
    """Y coordinate of top-left corner of the extracted image"""
    bottom_right_x: int | None
    """X coordinate of bottom-right corner of the extracted image"""
    bottom_right_y: int | None
    """Y coordinate of bottom-right corner of the extracted image"""
    image_base64: str | None = None
    """Base64 string of the extracted image"""
    image_annotation: str | None = None
    """Annotation of the extracted image in json str"""


class OCRConfidenceScore(BaseModel):
    """Confidence score for a token or word in OCR output."""

    text: str
    """The word or text segment"""
    confidence: float
    """Confidence score (0-1)"""
    start_index: int
    """Start index of the text in the page markdown string"""


class OCRPageConfidenceScores(BaseModel):
    """Confidence scores for an OCR page at various granularities.

    Note on page-level stats:
    - For 'page' granularity: average/minimum are computed from per-token exp(logprob).
    - For 'word' granularity: average/minimum are computed from per-word confidence, where each
    word's confidence is exp(mean(token_logprobs)) — a geometric mean over the word's subword
    tokens.
    """

    word_confidence_scores: Annotated[list[OCRConfidenceScore], EMPTY_IF_NULL] = Field(
        default_factory=list
    )
    """Word-level confidence scores (populated only for 'word' granularity)"""
    average_page_confidence_score: float
    """Average confidence score for the page"""
    minimum_page_confidence_score: float
    """Minimum confidence score for the page"""


class OCRPageDimensions(BaseModel):
    """OCRPageDimensions"""

    dpi: int
    """Dots per inch of the page-image"""
    height: int
    """Height of the image in pixels"""
    width: int
    """Width of the image in pixels"""


class OCRTableObject(BaseModel):
    """OCRTableObject"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"word_confidence_scores"})

    id: str
    """Table ID for extracted table in a page"""
    content: str
    """Content of the table in the given format"""
    format_: Literal["markdown", "html"] | str = Field(
        validation_alias="format", serialization_alias="format"
    )
    """Format of the table"""
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Per-word confidence scores for the table content. Returned when confidence_scores_granularity
    is set to 'word'.
    """


class OCRPageObject(BaseModel):
    """OCRPageObject"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"header", "footer", "dimensions", "confidence_scores", "blocks"}
    )

    index: int
    """The page index in a pdf document starting from 0"""
    markdown: str
    """The markdown string response of the page"""
    images: list[OCRImageObject]
    """List of all extracted images in the page"""
    tables: Annotated[list[OCRTableObject], EMPTY_IF_NULL] = Field(default_factory=list)
    """List of all extracted tables in the page"""
    hyperlinks: Annotated[list[str], EMPTY_IF_NULL] = Field(default_factory=list)
    """List of all hyperlinks in the page"""
    header: str | None = None
    """Header of the page"""
    footer: str | None = None
    """Footer of the page"""
    dimensions: OCRPageDimensions | None
    """The dimensions of the PDF Page's screenshot image"""
    confidence_scores: OCRPageConfidenceScores | None = None
    """Confidence scores for the OCR page (populated when confidence_scores_granularity is set)"""
    blocks: list[OCRBlock] | None = None
    """Paragraph-level bounding boxes for all content blocks in reading order (populated when
    include_blocks is True)
    """


class OCRUsageInfo(BaseModel):
    """OCRUsageInfo"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"doc_size_bytes"})

    pages_processed: int
    """Number of pages processed"""
    doc_size_bytes: int | None = None
    """Document size in bytes"""


class OCRResponse(BaseModel):
    """OCRResponse"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"document_annotation"})

    pages: list[OCRPageObject]
    """List of OCR info for pages."""
    model: str
    """The model used to generate the OCR."""
    document_annotation: str | None = None
    """Formatted response in the request_format if provided in json str"""
    usage_info: OCRUsageInfo


class OCRAsideTextBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRAsideTextBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["aside_text"]]


class OCRCaptionBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRCaptionBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["caption"]]


class OCRCodeBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRCodeBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["code"]]


class OCREquationBlockTypedDict(TypedDict):
    """The dict form of :class:`OCREquationBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["equation"]]


class OCRFooterBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRFooterBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["footer"]]


class OCRHeaderBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRHeaderBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["header"]]


class OCRImageBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRImageBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["image"]]
    image_id: str


class OCRListBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRListBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["list"]]


class OCRReferencesBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRReferencesBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["references"]]


class OCRSignatureBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRSignatureBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["signature"]]


class OCRTableBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRTableBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["table"]]
    table_id: NotRequired[str | None]


class OCRTextBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRTextBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["text"]]


class OCRTitleBlockTypedDict(TypedDict):
    """The dict form of :class:`OCRTitleBlock`."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    type: NotRequired[Literal["title"]]


OCRBlockTypedDict = (
    OCRAsideTextBlockTypedDict
    | OCRCaptionBlockTypedDict
    | OCRCodeBlockTypedDict
    | OCREquationBlockTypedDict
    | OCRFooterBlockTypedDict
    | OCRHeaderBlockTypedDict
    | OCRImageBlockTypedDict
    | OCRListBlockTypedDict
    | OCRReferencesBlockTypedDict
    | OCRSignatureBlockTypedDict
    | OCRTableBlockTypedDict
    | OCRTextBlockTypedDict
    | OCRTitleBlockTypedDict
)


class OCRImageObjectTypedDict(TypedDict):
    """The dict form of :class:`OCRImageObject`."""

    id: str
    top_left_x: int | None
    top_left_y: int | None
    bottom_right_x: int | None
    bottom_right_y: int | None
    image_base64: NotRequired[str | None]
    image_annotation: NotRequired[str | None]


class OCRConfidenceScoreTypedDict(TypedDict):
    """The dict form of :class:`OCRConfidenceScore`."""

    text: str
    confidence: float
    start_index: int


class OCRPageConfidenceScoresTypedDict(TypedDict):
    """The dict form of :class:`OCRPageConfidenceScores`."""

    word_confidence_scores: NotRequired[list[OCRConfidenceScoreTypedDict]]
    average_page_confidence_score: float
    minimum_page_confidence_score: float


class OCRPageDimensionsTypedDict(TypedDict):
    """The dict form of :class:`OCRPageDimensions`."""

    dpi: int
    height: int
    width: int


class OCRTableObjectTypedDict(TypedDict):
    """The dict form of :class:`OCRTableObject`."""

    id: str
    content: str
    format_: Literal["markdown", "html"] | str
    word_confidence_scores: NotRequired[list[OCRConfidenceScoreTypedDict] | None]


class OCRPageObjectTypedDict(TypedDict):
    """The dict form of :class:`OCRPageObject`."""

    index: int
    markdown: str
    images: list[OCRImageObjectTypedDict]
    tables: NotRequired[list[OCRTableObjectTypedDict]]
    hyperlinks: NotRequired[list[str]]
    header: NotRequired[str | None]
    footer: NotRequired[str | None]
    dimensions: OCRPageDimensionsTypedDict | None
    confidence_scores: NotRequired[OCRPageConfidenceScoresTypedDict | None]
    blocks: NotRequired[list[OCRBlockTypedDict] | None]


class OCRUsageInfoTypedDict(TypedDict):
    """The dict form of :class:`OCRUsageInfo`."""

    pages_processed: int
    doc_size_bytes: NotRequired[int | None]


class OCRResponseTypedDict(TypedDict):
    """The dict form of :class:`OCRResponse`."""

    pages: list[OCRPageObjectTypedDict]
    model: str
    document_annotation: NotRequired[str | None]
    usage_info: OCRUsageInfoTypedDict
