"""Models of the chat and FIM operations (shared by every provider).

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from .._models import BaseModel, EventEnvelope, TaggedModel
from ._unions import (
    EMPTY_IF_NULL,
    UNKNOWN_TAG,
    UnknownVariant,
    closed_on_request,
    open_discriminator,
)

__all__ = [
    "Arguments",
    "ArgumentsTypedDict",
    "AssistantMessage",
    "AssistantMessageContent",
    "AssistantMessageContentTypedDict",
    "AssistantMessageRole",
    "AssistantMessageTypedDict",
    "AudioChunk",
    "AudioChunkTypedDict",
    "BuiltInConnectors",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionChoiceTypedDict",
    "ChatCompletionRequest",
    "ChatCompletionRequestMessages",
    "ChatCompletionRequestMessagesTypedDict",
    "ChatCompletionRequestStop",
    "ChatCompletionRequestStopTypedDict",
    "ChatCompletionRequestToolChoice",
    "ChatCompletionRequestToolChoiceTypedDict",
    "ChatCompletionRequestTypedDict",
    "ChatCompletionResponse",
    "ChatCompletionResponseBase",
    "ChatCompletionResponseBaseTypedDict",
    "ChatCompletionResponseTypedDict",
    "ChatCompletionStreamRequest",
    "ChatCompletionStreamRequestMessages",
    "ChatCompletionStreamRequestMessagesTypedDict",
    "ChatCompletionStreamRequestStop",
    "ChatCompletionStreamRequestStopTypedDict",
    "ChatCompletionStreamRequestToolChoice",
    "ChatCompletionStreamRequestToolChoiceTypedDict",
    "ChatCompletionStreamRequestTypedDict",
    "CompletionChunk",
    "CompletionChunkTypedDict",
    "CompletionEvent",
    "CompletionEventTypedDict",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "CompletionResponseStreamChoiceTypedDict",
    "Content",
    "ContentChunk",
    "ContentChunkTypedDict",
    "ContentTypedDict",
    "DeltaMessage",
    "DeltaMessageTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "FIMCompletionRequest",
    "FIMCompletionRequestStop",
    "FIMCompletionRequestStopTypedDict",
    "FIMCompletionRequestTypedDict",
    "FIMCompletionResponse",
    "FIMCompletionResponseTypedDict",
    "FIMCompletionStreamRequest",
    "FIMCompletionStreamRequestStop",
    "FIMCompletionStreamRequestStopTypedDict",
    "FIMCompletionStreamRequestTypedDict",
    "FileChunk",
    "FileChunkTypedDict",
    "FinishReason",
    "Function",
    "FunctionCall",
    "FunctionCallTypedDict",
    "FunctionName",
    "FunctionNameTypedDict",
    "FunctionTypedDict",
    "GuardrailConfig",
    "GuardrailConfigTypedDict",
    "HTTPValidationErrorData",
    "HTTPValidationErrorDataTypedDict",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLChunkImageURL",
    "ImageURLChunkImageURLTypedDict",
    "ImageURLChunkType",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "Loc",
    "LocTypedDict",
    "Messages",
    "MessagesTypedDict",
    "MistralPromptMode",
    "ModerationLLMAction",
    "ModerationLlmv1CategoryThresholds",
    "ModerationLlmv1CategoryThresholdsTypedDict",
    "ModerationLlmv1Config",
    "ModerationLlmv1ConfigTypedDict",
    "ModerationLlmv2CategoryThresholds",
    "ModerationLlmv2CategoryThresholdsTypedDict",
    "ModerationLlmv2Config",
    "ModerationLlmv2ConfigTypedDict",
    "One",
    "OneTypedDict",
    "Prediction",
    "PredictionTypedDict",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkType",
    "ReferenceChunkTypedDict",
    "ResponseBase",
    "ResponseBaseTypedDict",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "Role",
    "Security",
    "SecurityTypedDict",
    "Stop",
    "StopTypedDict",
    "SystemMessage",
    "SystemMessageContent",
    "SystemMessageContentTypedDict",
    "SystemMessageTypedDict",
    "TextChunk",
    "TextChunkType",
    "TextChunkTypedDict",
    "ThinkChunk",
    "ThinkChunkTypedDict",
    "Tool",
    "ToolCall",
    "ToolCallTypedDict",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceTypedDict",
    "ToolMessage",
    "ToolMessageContent",
    "ToolMessageContentTypedDict",
    "ToolMessageRole",
    "ToolMessageTypedDict",
    "ToolReferenceChunk",
    "ToolReferenceChunkTypedDict",
    "ToolTypedDict",
    "ToolTypes",
    "Two",
    "TwoTypedDict",
    "UsageInfo",
    "UsageInfoTypedDict",
    "UserMessage",
    "UserMessageContent",
    "UserMessageContentTypedDict",
    "UserMessageRole",
    "UserMessageTypedDict",
    "ValidationError",
    "ValidationErrorTypedDict",
]


class Security(BaseModel):
    """v1's model of the API's security scheme (clients take the key as ``api_key=``)."""

    api_key: str | None = Field(default=None, repr=False)


class SecurityTypedDict(TypedDict):
    """The dict form of :class:`Security`."""

    api_key: NotRequired[str | None]


class ValidationError(BaseModel):
    """ValidationError"""

    loc: list[str | int]
    msg: str
    type: str


class HTTPValidationErrorData(BaseModel):
    """HTTPValidationError"""

    detail: Annotated[list[ValidationError], EMPTY_IF_NULL] = Field(default_factory=list)


class ValidationErrorTypedDict(TypedDict):
    """The dict form of :class:`ValidationError`."""

    loc: list[str | int]
    msg: str
    type: str


class HTTPValidationErrorDataTypedDict(TypedDict):
    """The dict form of :class:`HTTPValidationErrorData`."""

    detail: NotRequired[list[ValidationErrorTypedDict]]


class AudioChunk(TaggedModel):
    """AudioChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["input_audio"] = "input_audio"
    input_audio: str


class DocumentURLChunk(TaggedModel):
    """DocumentURLChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"document_name"})

    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None
    """The filename of the document"""


class FileChunk(TaggedModel):
    """FileChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["file"] = "file"
    file_id: str


class ImageURL(BaseModel):
    """ImageURL"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"detail"})

    url: str
    detail: str | None = None


class ImageURLChunk(TaggedModel):
    """{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    image_url: ImageURL | str
    type: Literal["image_url"] = "image_url"


class ReferenceChunk(TaggedModel):
    """ReferenceChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    reference_ids: list[int]
    type: Literal["reference"] = "reference"


class TextChunk(TaggedModel):
    """TextChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    text: str
    type: Literal["text"] = "text"


BuiltInConnectors = (
    Literal[
        "web_search",
        "web_search_premium",
        "code_interpreter",
        "image_generation",
        "document_library",
    ]
    | str
)


class ToolReferenceChunk(TaggedModel):
    """ToolReferenceChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"url", "favicon", "description"})

    type: Literal["tool_reference"] = "tool_reference"
    tool: BuiltInConnectors | str
    title: str
    url: str | None = None
    favicon: str | None = None
    description: str | None = None


class ThinkChunk(TaggedModel):
    """ThinkChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"signature"})

    type: Literal["thinking"] = "thinking"
    thinking: list[TextChunk | ReferenceChunk | ToolReferenceChunk]
    signature: str | None = None
    """Signature to replay some reasoning blocks across turns."""
    closed: bool | None = None
    """Whether the thinking chunk is closed or not. Currently only used for prefixing."""


ContentChunk = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ImageURLChunk, Tag("image_url")]
    | Annotated[ReferenceChunk, Tag("reference")]
    | Annotated[DocumentURLChunk, Tag("document_url")]
    | Annotated[FileChunk, Tag("file")]
    | Annotated[ThinkChunk, Tag("thinking")]
    | Annotated[AudioChunk, Tag("input_audio")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        ["text", "image_url", "reference", "document_url", "file", "thinking", "input_audio"],
    ),
]


class FunctionCall(BaseModel):
    """FunctionCall"""

    name: str
    arguments: dict[str, Any] | str


ToolTypes = Literal["function"] | str


class ToolCall(BaseModel):
    """ToolCall"""

    id: str | None = "null"
    type: Annotated[ToolTypes, closed_on_request("function")] | None = "function"
    function: FunctionCall
    index: int | None = 0


class AssistantMessage(TaggedModel):
    """AssistantMessage"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"role"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"content", "tool_calls"})

    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool | None = False
    role: Literal["assistant"] = "assistant"


class AudioChunkTypedDict(TypedDict):
    """The dict form of :class:`AudioChunk`."""

    type: NotRequired[Literal["input_audio"]]
    input_audio: str


class DocumentURLChunkTypedDict(TypedDict):
    """The dict form of :class:`DocumentURLChunk`."""

    type: NotRequired[Literal["document_url"]]
    document_url: str
    document_name: NotRequired[str | None]


class FileChunkTypedDict(TypedDict):
    """The dict form of :class:`FileChunk`."""

    type: NotRequired[Literal["file"]]
    file_id: str


class ImageURLTypedDict(TypedDict):
    """The dict form of :class:`ImageURL`."""

    url: str
    detail: NotRequired[str | None]


class ImageURLChunkTypedDict(TypedDict):
    """The dict form of :class:`ImageURLChunk`."""

    image_url: ImageURLTypedDict | str
    type: NotRequired[Literal["image_url"]]


class ReferenceChunkTypedDict(TypedDict):
    """The dict form of :class:`ReferenceChunk`."""

    reference_ids: list[int]
    type: NotRequired[Literal["reference"]]


class TextChunkTypedDict(TypedDict):
    """The dict form of :class:`TextChunk`."""

    text: str
    type: NotRequired[Literal["text"]]


class ToolReferenceChunkTypedDict(TypedDict):
    """The dict form of :class:`ToolReferenceChunk`."""

    type: NotRequired[Literal["tool_reference"]]
    tool: BuiltInConnectors | str
    title: str
    url: NotRequired[str | None]
    favicon: NotRequired[str | None]
    description: NotRequired[str | None]


class ThinkChunkTypedDict(TypedDict):
    """The dict form of :class:`ThinkChunk`."""

    type: NotRequired[Literal["thinking"]]
    thinking: list[TextChunkTypedDict | ReferenceChunkTypedDict | ToolReferenceChunkTypedDict]
    signature: NotRequired[str | None]
    closed: NotRequired[bool]


ContentChunkTypedDict = (
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | ReferenceChunkTypedDict
    | DocumentURLChunkTypedDict
    | FileChunkTypedDict
    | ThinkChunkTypedDict
    | AudioChunkTypedDict
)


class FunctionCallTypedDict(TypedDict):
    """The dict form of :class:`FunctionCall`."""

    name: str
    arguments: dict[str, Any] | str


class ToolCallTypedDict(TypedDict):
    """The dict form of :class:`ToolCall`."""

    id: NotRequired[str]
    type: NotRequired[ToolTypes]
    function: FunctionCallTypedDict
    index: NotRequired[int]


class AssistantMessageTypedDict(TypedDict):
    """The dict form of :class:`AssistantMessage`."""

    content: NotRequired[str | list[ContentChunkTypedDict] | None]
    tool_calls: NotRequired[list[ToolCallTypedDict] | None]
    prefix: NotRequired[bool]
    role: NotRequired[Literal["assistant"]]


class SystemMessage(TaggedModel):
    """SystemMessage"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"role"})

    content: str | list[TextChunk]
    role: Literal["system"] = "system"


class ToolMessage(TaggedModel):
    """ToolMessage"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"role"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"content", "tool_call_id", "name"})

    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None
    role: Literal["tool"] = "tool"


class UserMessage(TaggedModel):
    """UserMessage"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"role"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"content"})

    content: str | list[ContentChunk] | None
    role: Literal["user"] = "user"


Messages = Annotated[
    SystemMessage | UserMessage | AssistantMessage | ToolMessage, Field(discriminator="role")
]


class SystemMessageTypedDict(TypedDict):
    """The dict form of :class:`SystemMessage`."""

    content: str | list[TextChunkTypedDict]
    role: NotRequired[Literal["system"]]


class ToolMessageTypedDict(TypedDict):
    """The dict form of :class:`ToolMessage`."""

    content: str | list[ContentChunkTypedDict] | None
    tool_call_id: NotRequired[str | None]
    name: NotRequired[str | None]
    role: NotRequired[Literal["tool"]]


class UserMessageTypedDict(TypedDict):
    """The dict form of :class:`UserMessage`."""

    content: str | list[ContentChunkTypedDict] | None
    role: NotRequired[Literal["user"]]


MessagesTypedDict = (
    SystemMessageTypedDict | UserMessageTypedDict | AssistantMessageTypedDict | ToolMessageTypedDict
)


ModerationLLMAction = Literal["none", "block"] | str


class ModerationLlmv1CategoryThresholds(BaseModel):
    """ModerationLlmv1CategoryThresholds"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "sexual",
            "hate_and_discrimination",
            "violence_and_threats",
            "dangerous_and_criminal_content",
            "selfharm",
            "health",
            "financial",
            "law",
            "pii",
        }
    )

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous_and_criminal_content: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None


class ModerationLlmv1Config(BaseModel):
    """ModerationLlmv1Config"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"custom_category_thresholds"})

    model_name: str | None = "mistral-moderation-2411"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLlmv1CategoryThresholds | None = None
    ignore_other_categories: bool | None = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: Annotated[ModerationLLMAction, closed_on_request("none", "block")] | None = None


class ModerationLlmv2CategoryThresholds(BaseModel):
    """ModerationLlmv2CategoryThresholds"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "sexual",
            "hate_and_discrimination",
            "violence_and_threats",
            "dangerous",
            "criminal",
            "selfharm",
            "health",
            "financial",
            "law",
            "pii",
            "jailbreaking",
        }
    )

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous: float | None = None
    criminal: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None
    jailbreaking: float | None = None


class ModerationLlmv2Config(BaseModel):
    """ModerationLlmv2Config"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"custom_category_thresholds"})

    model_name: str | None = "mistral-moderation-2603"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLlmv2CategoryThresholds | None = None
    ignore_other_categories: bool | None = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: Annotated[ModerationLLMAction, closed_on_request("none", "block")] | None = None


class GuardrailConfig(BaseModel):
    """GuardrailConfig"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"moderation_llm_v1", "moderation_llm_v2"})

    block_on_error: bool | None = False
    """If true, return HTTP 403 and block request in the event of a server-side error"""
    moderation_llm_v1: ModerationLlmv1Config | None = None
    moderation_llm_v2: ModerationLlmv2Config | None = None


MistralPromptMode = Literal["reasoning"]
"""Available options to the prompt_mode argument on the chat completion endpoint.
Values represent high-level intent. Assignment to actual SPs is handled internally.
System prompt may include knowledge cutoff date, model capabilities, tone to use, safety
guidelines, etc.
"""


class Prediction(TaggedModel):
    """Prediction"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["content"] = "content"
    content: str | None = ""


class JsonSchema(BaseModel):
    """JsonSchema"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"description"})

    name: str
    description: str | None = None
    schema_definition: dict[str, Any] = Field(
        validation_alias="schema", serialization_alias="schema"
    )
    strict: bool | None = None


ResponseFormats = Literal["text", "json_object", "json_schema"] | str
"""An object specifying the format that the model must output. Setting to `{ "type": "json_object"
}` enables JSON mode, which guarantees the message the model generates is in JSON. When using
JSON mode you MUST also instruct the model to produce JSON yourself with a system or a user
message.
"""


class ResponseFormat(BaseModel):
    """ResponseFormat"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"json_schema"})

    type: (
        Annotated[ResponseFormats, closed_on_request("text", "json_object", "json_schema")] | None
    ) = "text"
    json_schema: JsonSchema | None = None


class Function(BaseModel):
    """Function"""

    name: str
    description: str | None = ""
    strict: bool | None = False
    parameters: dict[str, Any]


class Tool(BaseModel):
    """Tool"""

    type: Literal["function"] | None = "function"
    function: Function


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    name: str


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    type: Literal["function"] | None = "function"
    function: FunctionName


class ChatCompletionRequest(BaseModel):
    """ChatCompletionRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "temperature",
            "max_tokens",
            "random_seed",
            "tools",
            "n",
            "metadata",
            "reasoning_effort",
            "prompt_mode",
            "guardrails",
            "prompt_cache_key",
        }
    )

    model: str | None
    """ID of the model to use. You can use the [List Available
    Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of your
    available models, or see our [Model overview](/models) for model descriptions.
    """
    temperature: Annotated[float, Field(ge=0, le=1.5)] | None = None
    """What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7
    will make the output more random, while lower values like 0.2 will make it more focused and
    deterministic. We generally recommend altering this or `top_p` but not both. The default
    value varies depending on the model you are targeting. Call the `/models` endpoint to
    retrieve the appropriate value.
    """
    top_p: Annotated[float, Field(ge=0, le=1)] | None = 1.0
    """Nucleus sampling, where the model considers the results of the tokens with `top_p`
    probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are
    considered. We generally recommend altering this or `temperature` but not both.
    """
    max_tokens: Annotated[int, Field(ge=0)] | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt
    plus `max_tokens` cannot exceed the model's context length.
    """
    stream: bool | None = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side
    events as they become available, with the stream terminated by a data: [DONE] message.
    Otherwise, the server will hold the request open until the timeout or until completion, with
    the response containing the full result as JSON.
    """
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when
    providing an array
    """
    random_seed: Annotated[int, Field(ge=0)] | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic
    results.
    """
    messages: list[Messages]
    """The prompt(s) to generate completions for, encoded as a list of dict with role and
    content.
    """
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: ToolChoice | Literal["auto", "none", "any", "required"] | None = "auto"
    presence_penalty: Annotated[float, Field(ge=-2, le=2)] | None = 0.0
    """presence_penalty determines how much the model penalizes the repetition of words or phrases.
    A higher presence penalty encourages the model to use a wider variety of words and phrases,
    making the output more diverse and creative.
    """
    frequency_penalty: Annotated[float, Field(ge=-2, le=2)] | None = 0.0
    """frequency_penalty penalizes the repetition of words based on their frequency in the generated
    text. A higher frequency penalty discourages the model from repeating words that have already
    appeared frequently in the output, promoting diversity and reducing repetition.
    """
    n: Annotated[int, Field(ge=1)] | None = None
    """Number of completions to return for each request, input tokens are only billed once."""
    prediction: Prediction | None = Field(
        default_factory=lambda: Prediction.model_validate({"type": "content", "content": ""})
    )
    """Enable users to specify expected results, optimizing response times by leveraging known or
    predictable content. This approach is especially effective for updating text documents or
    code files with minimal changes, reducing latency while maintaining high-quality results.
    """
    metadata: dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    """Whether to enable parallel function calling during tool use, when enabled the model can call
    multiple tools in parallel.
    """
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the
    system prompt for reasoning models will be used.
    """
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None
    safe_prompt: bool | None = False
    """Whether to inject a safety prompt before all conversations."""


class ModerationLlmv1CategoryThresholdsTypedDict(TypedDict):
    """The dict form of :class:`ModerationLlmv1CategoryThresholds`."""

    sexual: NotRequired[float | None]
    hate_and_discrimination: NotRequired[float | None]
    violence_and_threats: NotRequired[float | None]
    dangerous_and_criminal_content: NotRequired[float | None]
    selfharm: NotRequired[float | None]
    health: NotRequired[float | None]
    financial: NotRequired[float | None]
    law: NotRequired[float | None]
    pii: NotRequired[float | None]


class ModerationLlmv1ConfigTypedDict(TypedDict):
    """The dict form of :class:`ModerationLlmv1Config`."""

    model_name: NotRequired[str]
    custom_category_thresholds: NotRequired[ModerationLlmv1CategoryThresholdsTypedDict | None]
    ignore_other_categories: NotRequired[bool]
    action: NotRequired[ModerationLLMAction]


class ModerationLlmv2CategoryThresholdsTypedDict(TypedDict):
    """The dict form of :class:`ModerationLlmv2CategoryThresholds`."""

    sexual: NotRequired[float | None]
    hate_and_discrimination: NotRequired[float | None]
    violence_and_threats: NotRequired[float | None]
    dangerous: NotRequired[float | None]
    criminal: NotRequired[float | None]
    selfharm: NotRequired[float | None]
    health: NotRequired[float | None]
    financial: NotRequired[float | None]
    law: NotRequired[float | None]
    pii: NotRequired[float | None]
    jailbreaking: NotRequired[float | None]


class ModerationLlmv2ConfigTypedDict(TypedDict):
    """The dict form of :class:`ModerationLlmv2Config`."""

    model_name: NotRequired[str]
    custom_category_thresholds: NotRequired[ModerationLlmv2CategoryThresholdsTypedDict | None]
    ignore_other_categories: NotRequired[bool]
    action: NotRequired[ModerationLLMAction]


class GuardrailConfigTypedDict(TypedDict):
    """The dict form of :class:`GuardrailConfig`."""

    block_on_error: NotRequired[bool]
    moderation_llm_v1: NotRequired[ModerationLlmv1ConfigTypedDict | None]
    moderation_llm_v2: NotRequired[ModerationLlmv2ConfigTypedDict | None]


class PredictionTypedDict(TypedDict):
    """The dict form of :class:`Prediction`."""

    type: NotRequired[Literal["content"]]
    content: NotRequired[str]


ReasoningEffort = Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str


class JsonSchemaTypedDict(TypedDict):
    """The dict form of :class:`JsonSchema`."""

    name: str
    description: NotRequired[str | None]
    schema_definition: dict[str, Any]
    strict: NotRequired[bool]


class ResponseFormatTypedDict(TypedDict):
    """The dict form of :class:`ResponseFormat`."""

    type: NotRequired[ResponseFormats]
    json_schema: NotRequired[JsonSchemaTypedDict | None]


ToolChoiceEnum = Literal["auto", "none", "any", "required"] | str


class FunctionNameTypedDict(TypedDict):
    """The dict form of :class:`FunctionName`."""

    name: str


class ToolChoiceTypedDict(TypedDict):
    """The dict form of :class:`ToolChoice`."""

    type: NotRequired[ToolTypes]
    function: FunctionNameTypedDict


class FunctionTypedDict(TypedDict):
    """The dict form of :class:`Function`."""

    name: str
    description: NotRequired[str]
    strict: NotRequired[bool]
    parameters: dict[str, Any]


class ToolTypedDict(TypedDict):
    """The dict form of :class:`Tool`."""

    type: NotRequired[ToolTypes]
    function: FunctionTypedDict


class ChatCompletionRequestTypedDict(TypedDict):
    """The dict form of :class:`ChatCompletionRequest`."""

    model: str | None
    temperature: NotRequired[float | None]
    top_p: NotRequired[float]
    max_tokens: NotRequired[int | None]
    stream: NotRequired[bool]
    stop: NotRequired[str | list[str]]
    random_seed: NotRequired[int | None]
    messages: list[MessagesTypedDict]
    response_format: NotRequired[ResponseFormatTypedDict]
    tools: NotRequired[list[ToolTypedDict] | None]
    tool_choice: NotRequired[ToolChoiceTypedDict | ToolChoiceEnum]
    presence_penalty: NotRequired[float]
    frequency_penalty: NotRequired[float]
    n: NotRequired[int | None]
    prediction: NotRequired[PredictionTypedDict]
    metadata: NotRequired[dict[str, Any] | None]
    parallel_tool_calls: NotRequired[bool]
    reasoning_effort: NotRequired[ReasoningEffort | None]
    prompt_mode: NotRequired[MistralPromptMode | None]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    prompt_cache_key: NotRequired[str | None]
    safe_prompt: NotRequired[bool]


class FIMCompletionRequest(BaseModel):
    """FIMCompletionRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "temperature",
            "max_tokens",
            "random_seed",
            "suffix",
            "min_tokens",
            "metadata",
            "prompt_cache_key",
        }
    )

    model: str | None
    """ID of the model to use. Only compatible for now with:
      - `codestral-2405`
      - `codestral-latest`
    """
    temperature: Annotated[float, Field(ge=0, le=1.5)] | None = None
    """What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7
    will make the output more random, while lower values like 0.2 will make it more focused and
    deterministic. We generally recommend altering this or `top_p` but not both. The default
    value varies depending on the model you are targeting. Call the `/models` endpoint to
    retrieve the appropriate value.
    """
    top_p: Annotated[float, Field(ge=0, le=1)] | None = 1.0
    """Nucleus sampling, where the model considers the results of the tokens with `top_p`
    probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are
    considered. We generally recommend altering this or `temperature` but not both.
    """
    max_tokens: Annotated[int, Field(ge=0)] | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt
    plus `max_tokens` cannot exceed the model's context length.
    """
    stream: bool | None = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side
    events as they become available, with the stream terminated by a data: [DONE] message.
    Otherwise, the server will hold the request open until the timeout or until completion, with
    the response containing the full result as JSON.
    """
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when
    providing an array
    """
    random_seed: Annotated[int, Field(ge=0)] | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic
    results.
    """
    prompt: str
    """The text/code to complete."""
    suffix: str | None = ""
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix`
    the model will fill what is between them. When `suffix` is not provided, the model will
    simply execute completion starting with `prompt`.
    """
    min_tokens: Annotated[int, Field(ge=0)] | None = None
    """The minimum number of tokens to generate in the completion."""
    metadata: dict[str, Any] | None = None
    prompt_cache_key: str | None = None


class FIMCompletionRequestTypedDict(TypedDict):
    """The dict form of :class:`FIMCompletionRequest`."""

    model: str | None
    temperature: NotRequired[float | None]
    top_p: NotRequired[float]
    max_tokens: NotRequired[int | None]
    stream: NotRequired[bool]
    stop: NotRequired[str | list[str]]
    random_seed: NotRequired[int | None]
    prompt: str
    suffix: NotRequired[str | None]
    min_tokens: NotRequired[int | None]
    metadata: NotRequired[dict[str, Any] | None]
    prompt_cache_key: NotRequired[str | None]


class UsageInfo(BaseModel):
    """UsageInfo"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"prompt_audio_seconds"})

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_audio_seconds: int | None = None


class UsageInfoTypedDict(TypedDict):
    """The dict form of :class:`UsageInfo`."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_audio_seconds: NotRequired[int | None]


class ResponseBase(BaseModel):
    """ResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None


class ResponseBaseTypedDict(TypedDict):
    """The dict form of :class:`ResponseBase`."""

    id: NotRequired[str]
    object: NotRequired[str]
    model: NotRequired[str]
    usage: NotRequired[UsageInfoTypedDict]


FinishReason = Literal["stop", "length", "model_length", "error", "tool_calls"] | str


class DeltaMessage(BaseModel):
    """DeltaMessage"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"role", "content", "tool_calls", "tool_call_id", "index", "metadata"}
    )

    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is
    for.
    """
    metadata: dict[str, Any] | None = None


class ChatCompletionChoice(BaseModel):
    """ChatCompletionChoice"""

    index: int
    message: AssistantMessage
    messages: Annotated[list[DeltaMessage], EMPTY_IF_NULL] = Field(default_factory=list)
    finish_reason: FinishReason


class DeltaMessageTypedDict(TypedDict):
    """The dict form of :class:`DeltaMessage`."""

    role: NotRequired[str | None]
    content: NotRequired[str | list[ContentChunkTypedDict] | None]
    tool_calls: NotRequired[list[ToolCallTypedDict] | None]
    tool_call_id: NotRequired[str | None]
    index: NotRequired[int | None]
    metadata: NotRequired[dict[str, Any] | None]


class ChatCompletionChoiceTypedDict(TypedDict):
    """The dict form of :class:`ChatCompletionChoice`."""

    index: int
    message: AssistantMessageTypedDict
    messages: NotRequired[list[DeltaMessageTypedDict]]
    finish_reason: FinishReason


class ChatCompletionResponseBase(BaseModel):
    """ChatCompletionResponseBase

    The contract composes it of ResponseBase (allOf), flattened here.
    """

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None
    created: int | None = None


class ChatCompletionResponseBaseTypedDict(TypedDict):
    """The dict form of :class:`ChatCompletionResponseBase`."""

    id: NotRequired[str]
    object: NotRequired[str]
    model: NotRequired[str]
    usage: NotRequired[UsageInfoTypedDict]
    created: NotRequired[int]


class ChatCompletionResponse(BaseModel):
    """ChatCompletionResponse

    The contract composes it of ChatCompletionResponseBase (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int | None = None
    choices: Annotated[list[ChatCompletionChoice], EMPTY_IF_NULL] = Field(default_factory=list)


class ChatCompletionResponseTypedDict(TypedDict):
    """The dict form of :class:`ChatCompletionResponse`."""

    id: str
    object: str
    model: str
    usage: UsageInfoTypedDict
    created: NotRequired[int]
    choices: NotRequired[list[ChatCompletionChoiceTypedDict]]


class FIMCompletionResponse(BaseModel):
    """FIMCompletionResponse

    The contract composes it of ChatCompletionResponse (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int | None = None
    choices: Annotated[list[ChatCompletionChoice], EMPTY_IF_NULL] = Field(default_factory=list)


class FIMCompletionResponseTypedDict(TypedDict):
    """The dict form of :class:`FIMCompletionResponse`."""

    id: str
    object: str
    model: str
    usage: UsageInfoTypedDict
    created: NotRequired[int]
    choices: NotRequired[list[ChatCompletionChoiceTypedDict]]


CompletionResponseStreamChoiceFinishReason = Literal["stop", "length", "error", "tool_calls"] | str


class CompletionResponseStreamChoice(BaseModel):
    """CompletionResponseStreamChoice"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"finish_reason"})

    index: int
    delta: DeltaMessage
    finish_reason: CompletionResponseStreamChoiceFinishReason | None


class CompletionChunk(BaseModel):
    """CompletionChunk"""

    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[CompletionResponseStreamChoice]


class CompletionEvent(EventEnvelope):
    """CompletionEvent"""

    data: CompletionChunk


class CompletionResponseStreamChoiceTypedDict(TypedDict):
    """The dict form of :class:`CompletionResponseStreamChoice`."""

    index: int
    delta: DeltaMessageTypedDict
    finish_reason: CompletionResponseStreamChoiceFinishReason | None


class CompletionChunkTypedDict(TypedDict):
    """The dict form of :class:`CompletionChunk`."""

    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    model: str
    usage: NotRequired[UsageInfoTypedDict]
    choices: list[CompletionResponseStreamChoiceTypedDict]


class CompletionEventTypedDict(TypedDict):
    """The dict form of :class:`CompletionEvent`."""

    data: CompletionChunkTypedDict


ChatCompletionStreamRequest = ChatCompletionRequest


ChatCompletionStreamRequestTypedDict = ChatCompletionRequestTypedDict


FIMCompletionStreamRequest = FIMCompletionRequest


FIMCompletionStreamRequestTypedDict = FIMCompletionRequestTypedDict


Arguments = dict[str, Any] | str


ArgumentsTypedDict = dict[str, Any] | str


AssistantMessageContent = str | list[ContentChunk]


AssistantMessageContentTypedDict = str | list[ContentChunkTypedDict]


AssistantMessageRole = Literal["assistant"]


ChatCompletionRequestToolChoice = ToolChoice | ToolChoiceEnum


ChatCompletionRequestToolChoiceTypedDict = ToolChoiceTypedDict | ToolChoiceEnum


ChatCompletionStreamRequestMessages = Messages


ChatCompletionStreamRequestMessagesTypedDict = MessagesTypedDict


ChatCompletionStreamRequestStop = str | list[str]


ChatCompletionStreamRequestStopTypedDict = str | list[str]


ChatCompletionStreamRequestToolChoice = ToolChoice | ToolChoiceEnum


ChatCompletionStreamRequestToolChoiceTypedDict = ToolChoiceTypedDict | ToolChoiceEnum


Content = str | list[ContentChunk]


ContentTypedDict = str | list[ContentChunkTypedDict]


FIMCompletionRequestStop = str | list[str]


FIMCompletionRequestStopTypedDict = str | list[str]


FIMCompletionStreamRequestStop = str | list[str]


FIMCompletionStreamRequestStopTypedDict = str | list[str]


ImageURLChunkImageURL = ImageURL | str


ImageURLChunkImageURLTypedDict = ImageURLTypedDict | str


ImageURLChunkType = Literal["image_url"]


Loc = str | int


LocTypedDict = str | int


One = Messages


OneTypedDict = MessagesTypedDict


ReferenceChunkType = Literal["reference"]


Role = Literal["system"]


Stop = str | list[str]


StopTypedDict = str | list[str]


SystemMessageContent = str | list[TextChunk]


SystemMessageContentTypedDict = str | list[TextChunkTypedDict]


TextChunkType = Literal["text"]


ToolMessageContent = str | list[ContentChunk]


ToolMessageContentTypedDict = str | list[ContentChunkTypedDict]


ToolMessageRole = Literal["tool"]


Two = Messages


TwoTypedDict = MessagesTypedDict


UserMessageContent = str | list[ContentChunk]


UserMessageContentTypedDict = str | list[ContentChunkTypedDict]


UserMessageRole = Literal["user"]


ChatCompletionChoiceFinishReason = FinishReason


ChatCompletionRequestMessages = Messages


ChatCompletionRequestMessagesTypedDict = MessagesTypedDict


ChatCompletionRequestStop = str | list[str]


ChatCompletionRequestStopTypedDict = str | list[str]
