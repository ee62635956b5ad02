"""Models of the chat and FIM operations (shared by every provider).

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, Tag

from .._models import BaseModel, TaggedModel
from ._unions import UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "AssistantMessage",
    "ChatCompletionChoice",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatCompletionResponseBase",
    "ChatCompletionStreamRequest",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ContentChunk",
    "DeltaMessage",
    "FIMCompletionRequest",
    "FIMCompletionResponse",
    "FIMCompletionStreamRequest",
    "FinishReason",
    "Function",
    "FunctionCall",
    "FunctionName",
    "HTTPValidationErrorData",
    "ImageURL",
    "ImageURLChunk",
    "Messages",
    "Prediction",
    "ReferenceChunk",
    "ResponseBase",
    "ResponseFormat",
    "ResponseFormats",
    "SystemMessage",
    "TextChunk",
    "Tool",
    "ToolCall",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolMessage",
    "ToolTypes",
    "UsageInfo",
    "UserMessage",
    "ValidationError",
]


class ValidationError(BaseModel):
    """ValidationError"""

    loc: list[str | int]
    msg: str
    type: str


class HTTPValidationErrorData(BaseModel):
    """HTTPValidationError"""

    detail: list[ValidationError] | None = None


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
    """The prompt(s) to generate completions for, encoded as a list of dict with role and content.
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


class UsageInfo(BaseModel):
    """UsageInfo"""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ResponseBase(BaseModel):
    """ResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None


FinishReason = Literal["stop", "length", "model_length", "error", "tool_calls"] | str


class ChatCompletionChoice(BaseModel):
    """ChatCompletionChoice"""

    index: int
    message: AssistantMessage
    finish_reason: FinishReason


class DeltaMessage(BaseModel):
    """DeltaMessage"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"role", "content", "tool_calls"})

    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None


class ChatCompletionResponseBase(BaseModel):
    """ChatCompletionResponseBase

    The contract composes it of ResponseBase (allOf), flattened here.
    """

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None
    created: int | None = None


class ChatCompletionResponse(BaseModel):
    """ChatCompletionResponse

    The contract composes it of ChatCompletionResponseBase (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int | None = None
    choices: list[ChatCompletionChoice] | None = None


class FIMCompletionResponse(BaseModel):
    """FIMCompletionResponse

    The contract composes it of ChatCompletionResponse (allOf), flattened here.
    """

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int | None = None
    choices: list[ChatCompletionChoice] | None = None


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


ChatCompletionStreamRequest = ChatCompletionRequest


FIMCompletionStreamRequest = FIMCompletionRequest
