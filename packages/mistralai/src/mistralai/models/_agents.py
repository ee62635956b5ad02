"""Models of the agents operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import (
    GuardrailConfig,
    GuardrailConfigTypedDict,
    Messages,
    MessagesTypedDict,
    MistralPromptMode,
    Prediction,
    PredictionTypedDict,
    ReasoningEffort,
    ResponseFormat,
    ResponseFormatTypedDict,
    Tool,
    ToolChoice,
    ToolChoiceEnum,
    ToolChoiceTypedDict,
    ToolTypedDict,
)

__all__ = [
    "AgentsCompletionRequest",
    "AgentsCompletionRequestMessages",
    "AgentsCompletionRequestMessagesTypedDict",
    "AgentsCompletionRequestStop",
    "AgentsCompletionRequestStopTypedDict",
    "AgentsCompletionRequestToolChoice",
    "AgentsCompletionRequestToolChoiceTypedDict",
    "AgentsCompletionRequestTypedDict",
    "AgentsCompletionStreamRequest",
    "AgentsCompletionStreamRequestMessages",
    "AgentsCompletionStreamRequestMessagesTypedDict",
    "AgentsCompletionStreamRequestStop",
    "AgentsCompletionStreamRequestStopTypedDict",
    "AgentsCompletionStreamRequestToolChoice",
    "AgentsCompletionStreamRequestToolChoiceTypedDict",
    "AgentsCompletionStreamRequestTypedDict",
]


class AgentsCompletionRequest(BaseModel):
    """AgentsCompletionRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
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
    agent_id: str
    """The ID of the agent to use for this completion."""
    metadata: dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the
    system prompt for reasoning models will be used.
    """
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None


class AgentsCompletionRequestTypedDict(TypedDict):
    """The dict form of :class:`AgentsCompletionRequest`."""

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
    agent_id: str
    metadata: NotRequired[dict[str, Any] | None]
    parallel_tool_calls: NotRequired[bool]
    reasoning_effort: NotRequired[ReasoningEffort | None]
    prompt_mode: NotRequired[MistralPromptMode | None]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    prompt_cache_key: NotRequired[str | None]


AgentsCompletionStreamRequest = AgentsCompletionRequest


AgentsCompletionStreamRequestTypedDict = AgentsCompletionRequestTypedDict


AgentsCompletionRequestMessages = Messages


AgentsCompletionRequestMessagesTypedDict = MessagesTypedDict


AgentsCompletionRequestStop = str | list[str]


AgentsCompletionRequestStopTypedDict = str | list[str]


AgentsCompletionRequestToolChoice = ToolChoice | ToolChoiceEnum


AgentsCompletionRequestToolChoiceTypedDict = ToolChoiceTypedDict | ToolChoiceEnum


AgentsCompletionStreamRequestMessages = Messages


AgentsCompletionStreamRequestMessagesTypedDict = MessagesTypedDict


AgentsCompletionStreamRequestStop = str | list[str]


AgentsCompletionStreamRequestStopTypedDict = str | list[str]


AgentsCompletionStreamRequestToolChoice = ToolChoice | ToolChoiceEnum


AgentsCompletionStreamRequestToolChoiceTypedDict = ToolChoiceTypedDict | ToolChoiceEnum
