"""Models of the chat and FIM operations (shared by every provider).

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from .._models import BaseModel, TaggedModel
from ._unions import EMPTY_IF_NULL, UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "Arguments",
    "ArgumentsTypedDict",
    "AssistantMessage",
    "AssistantMessageContent",
    "AssistantMessageContentTypedDict",
    "AssistantMessageRole",
    "AssistantMessageTypedDict",
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
    "FinishReason",
    "Function",
    "FunctionCall",
    "FunctionCallTypedDict",
    "FunctionName",
    "FunctionNameTypedDict",
    "FunctionTypedDict",
    "HTTPValidationErrorData",
    "HTTPValidationErrorDataTypedDict",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLChunkImageURL",
    "ImageURLChunkImageURLTypedDict",
    "ImageURLChunkType",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "Loc",
    "LocTypedDict",
    "Messages",
    "MessagesTypedDict",
    "One",
    "OneTypedDict",
    "Prediction",
    "PredictionTypedDict",
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


ContentChunk = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ImageURLChunk, Tag("image_url")]
    | Annotated[ReferenceChunk, Tag("reference")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["text", "image_url", "reference"]),
]


class FunctionCall(BaseModel):
    """FunctionCall"""

    name: str
    arguments: dict[str, Any] | str


ToolTypes = Literal["function"] | str


class ToolCall(BaseModel):
    """ToolCall"""

    id: str | None = "null"
    type: ToolTypes | None = "function"
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


ContentChunkTypedDict = TextChunkTypedDict | ImageURLChunkTypedDict | ReferenceChunkTypedDict


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


class Prediction(TaggedModel):
    """Prediction"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["content"] = "content"
    content: str | None = ""


ResponseFormats = Literal["text", "json_object"]
"""An object specifying the format that the model must output. Setting to `{ "type": "json_object"
}` enables JSON mode, which guarantees the message the model generates is in JSON. When using
JSON mode you MUST also instruct the model to produce JSON yourself with a system or a user
message.
"""


class ResponseFormat(BaseModel):
    """ResponseFormat"""

    type: ResponseFormats | None = "text"


class Function(BaseModel):
    """Function"""

    name: str
    description: str | None = ""
    strict: bool | None = False
    parameters: dict[str, Any]


class Tool(BaseModel):
    """Tool"""

    type: ToolTypes | None = "function"
    function: Function


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    name: str


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    type: ToolTypes | None = "function"
    function: FunctionName


ToolChoiceEnum = Literal["auto", "none", "any", "required"]


class ChatCompletionRequest(BaseModel):
    """ChatCompletionRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"model", "temperature", "max_tokens", "random_seed", "tools", "n"}
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
    tool_choice: ToolChoice | ToolChoiceEnum | None = "auto"
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
    safe_prompt: bool | None = False
    """Whether to inject a safety prompt before all conversations."""


class PredictionTypedDict(TypedDict):
    """The dict form of :class:`Prediction`."""

    type: NotRequired[Literal["content"]]
    content: NotRequired[str]


class ResponseFormatTypedDict(TypedDict):
    """The dict form of :class:`ResponseFormat`."""

    type: NotRequired[ResponseFormats]


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
    safe_prompt: NotRequired[bool]


class FIMCompletionRequest(BaseModel):
    """FIMCompletionRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"model", "temperature", "max_tokens", "random_seed", "suffix", "min_tokens"}
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


class UsageInfo(BaseModel):
    """UsageInfo"""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class UsageInfoTypedDict(TypedDict):
    """The dict form of :class:`UsageInfo`."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


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


class ChatCompletionChoice(BaseModel):
    """ChatCompletionChoice"""

    index: int
    message: AssistantMessage
    finish_reason: FinishReason


class ChatCompletionChoiceTypedDict(TypedDict):
    """The dict form of :class:`ChatCompletionChoice`."""

    index: int
    message: AssistantMessageTypedDict
    finish_reason: FinishReason


class DeltaMessage(BaseModel):
    """DeltaMessage"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"role", "content", "tool_calls"})

    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None


class DeltaMessageTypedDict(TypedDict):
    """The dict form of :class:`DeltaMessage`."""

    role: NotRequired[str | None]
    content: NotRequired[str | list[ContentChunkTypedDict] | None]
    tool_calls: NotRequired[list[ToolCallTypedDict] | None]


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


class CompletionEvent(BaseModel):
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
