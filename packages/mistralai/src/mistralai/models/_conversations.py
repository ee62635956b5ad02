"""Models of the conversations operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._chat import (
    BuiltInConnectors,
    DocumentURLChunk,
    DocumentURLChunkTypedDict,
    Function,
    FunctionTypedDict,
    GuardrailConfig,
    GuardrailConfigTypedDict,
    ImageURLChunk,
    ImageURLChunkTypedDict,
    Prediction,
    PredictionTypedDict,
    ReasoningEffort,
    ResponseFormat,
    ResponseFormatTypedDict,
    TextChunk,
    TextChunkTypedDict,
    ThinkChunk,
    ThinkChunkTypedDict,
    ToolChoiceEnum,
    ToolReferenceChunk,
    ToolReferenceChunkTypedDict,
)
from mistralai_core.models._unions import (
    EMPTY_IF_NULL,
    UNKNOWN_TAG,
    UnknownVariant,
    closed_on_request,
    open_discriminator,
)

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "AgentConversation",
    "AgentConversationTypedDict",
    "AgentHandoffDoneEvent",
    "AgentHandoffDoneEventTypedDict",
    "AgentHandoffEntry",
    "AgentHandoffEntryTypedDict",
    "AgentHandoffStartedEvent",
    "AgentHandoffStartedEventTypedDict",
    "AgentTool",
    "AgentToolTypedDict",
    "CodeInterpreterTool",
    "CodeInterpreterToolTypedDict",
    "CompletionArgs",
    "CompletionArgsStop",
    "CompletionArgsStopTypedDict",
    "CompletionArgsTypedDict",
    "ConversationAppendRequest",
    "ConversationAppendRequestTypedDict",
    "ConversationEvents",
    "ConversationEventsData",
    "ConversationEventsDataTypedDict",
    "ConversationEventsTypedDict",
    "ConversationHistory",
    "ConversationHistoryTypedDict",
    "ConversationInputs",
    "ConversationInputsTypedDict",
    "ConversationMessages",
    "ConversationMessagesTypedDict",
    "ConversationRequest",
    "ConversationRequestTypedDict",
    "ConversationResponse",
    "ConversationResponseTypedDict",
    "ConversationRestartRequest",
    "ConversationRestartRequestTypedDict",
    "ConversationUsageInfo",
    "ConversationUsageInfoTypedDict",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "FunctionCallEntry",
    "FunctionCallEntryArguments",
    "FunctionCallEntryArgumentsTypedDict",
    "FunctionCallEntryTypedDict",
    "FunctionCallEvent",
    "FunctionCallEventTypedDict",
    "FunctionResultEntry",
    "FunctionResultEntryTypedDict",
    "FunctionTool",
    "FunctionToolTypedDict",
    "ImageGenerationTool",
    "ImageGenerationToolTypedDict",
    "InputEntries",
    "InputEntriesTypedDict",
    "MessageEntries",
    "MessageEntriesTypedDict",
    "MessageInputContentChunks",
    "MessageInputContentChunksTypedDict",
    "MessageInputEntry",
    "MessageInputEntryTypedDict",
    "MessageOutputContentChunks",
    "MessageOutputContentChunksTypedDict",
    "MessageOutputEntry",
    "MessageOutputEntryTypedDict",
    "MessageOutputEvent",
    "MessageOutputEventTypedDict",
    "ModelConversation",
    "ModelConversationTypedDict",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "OutputContentChunks",
    "OutputContentChunksTypedDict",
    "ResponseDoneEvent",
    "ResponseDoneEventTypedDict",
    "ResponseErrorEvent",
    "ResponseErrorEventTypedDict",
    "ResponseStartedEvent",
    "ResponseStartedEventTypedDict",
    "SSETypes",
    "ToolCallConfirmation",
    "ToolCallConfirmationTypedDict",
    "ToolConfiguration",
    "ToolConfigurationTypedDict",
    "ToolExecutionDeltaEvent",
    "ToolExecutionDeltaEventTypedDict",
    "ToolExecutionDoneEvent",
    "ToolExecutionDoneEventTypedDict",
    "ToolExecutionEntry",
    "ToolExecutionEntryTypedDict",
    "ToolExecutionStartedEvent",
    "ToolExecutionStartedEventTypedDict",
    "ToolFileChunk",
    "ToolFileChunkTypedDict",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolTypedDict",
    "WebSearchTool",
    "WebSearchToolTypedDict",
]


class ToolConfiguration(BaseModel):
    """ToolConfiguration"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"exclude", "include", "requires_confirmation"}
    )

    exclude: list[str] | None = None
    include: list[str] | None = None
    requires_confirmation: list[str] | None = None


class ToolConfigurationTypedDict(TypedDict):
    """The dict form of :class:`ToolConfiguration`."""

    exclude: NotRequired[list[str] | None]
    include: NotRequired[list[str] | None]
    requires_confirmation: NotRequired[list[str] | None]


class CodeInterpreterTool(TaggedModel):
    """CodeInterpreterTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_configuration"})

    tool_configuration: ToolConfiguration | None = None
    type: Literal["code_interpreter"] = "code_interpreter"


class CodeInterpreterToolTypedDict(TypedDict):
    """The dict form of :class:`CodeInterpreterTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["code_interpreter"]]


class ImageGenerationTool(TaggedModel):
    """ImageGenerationTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_configuration"})

    tool_configuration: ToolConfiguration | None = None
    type: Literal["image_generation"] = "image_generation"


class ImageGenerationToolTypedDict(TypedDict):
    """The dict form of :class:`ImageGenerationTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["image_generation"]]


class WebSearchTool(TaggedModel):
    """WebSearchTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_configuration"})

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"


class WebSearchToolTypedDict(TypedDict):
    """The dict form of :class:`WebSearchTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["web_search"]]


class WebSearchPremiumTool(TaggedModel):
    """WebSearchPremiumTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_configuration"})

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search_premium"] = "web_search_premium"


class WebSearchPremiumToolTypedDict(TypedDict):
    """The dict form of :class:`WebSearchPremiumTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["web_search_premium"]]


class DocumentLibraryTool(TaggedModel):
    """DocumentLibraryTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_configuration"})

    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    library_ids: list[str]
    """Ids of the library in which to search."""


class DocumentLibraryToolTypedDict(TypedDict):
    """The dict form of :class:`DocumentLibraryTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["document_library"]]
    library_ids: list[str]


class FunctionTool(TaggedModel):
    """FunctionTool"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["function"] = "function"
    function: Function


class FunctionToolTypedDict(TypedDict):
    """The dict form of :class:`FunctionTool`."""

    type: NotRequired[Literal["function"]]
    function: FunctionTypedDict


class APIKeyAuth(TaggedModel):
    """APIKeyAuth"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["api-key"] = "api-key"
    value: str


class OAuth2TokenAuth(TaggedModel):
    """OAuth2TokenAuth"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["oauth2-token"] = "oauth2-token"
    value: str


CustomConnectorAuthorization = Annotated[
    Annotated[APIKeyAuth, Tag("api-key")]
    | Annotated[OAuth2TokenAuth, Tag("oauth2-token")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["api-key", "oauth2-token"]),
]


class APIKeyAuthTypedDict(TypedDict):
    """The dict form of :class:`APIKeyAuth`."""

    type: NotRequired[Literal["api-key"]]
    value: str


class OAuth2TokenAuthTypedDict(TypedDict):
    """The dict form of :class:`OAuth2TokenAuth`."""

    type: NotRequired[Literal["oauth2-token"]]
    value: str


CustomConnectorAuthorizationTypedDict = APIKeyAuthTypedDict | OAuth2TokenAuthTypedDict


class CustomConnector(TaggedModel):
    """CustomConnector"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"authorization", "tool_configuration"})

    type: Literal["connector"] = "connector"
    connector_id: str
    authorization: CustomConnectorAuthorization | None = None
    tool_configuration: ToolConfiguration | None = None


class CustomConnectorTypedDict(TypedDict):
    """The dict form of :class:`CustomConnector`."""

    type: NotRequired[Literal["connector"]]
    connector_id: str
    authorization: NotRequired[CustomConnectorAuthorizationTypedDict | None]
    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]


CompletionArgsStop = str | list[str]


CompletionArgsStopTypedDict = str | list[str]


class CompletionArgs(BaseModel):
    """White-listed arguments from the completion API"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "stop",
            "presence_penalty",
            "frequency_penalty",
            "temperature",
            "top_p",
            "max_tokens",
            "random_seed",
            "prediction",
            "response_format",
            "reasoning_effort",
        }
    )

    stop: CompletionArgsStop | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    prediction: Prediction | None = None
    response_format: ResponseFormat | None = None
    tool_choice: (
        Annotated[ToolChoiceEnum, closed_on_request("auto", "none", "any", "required")] | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort, closed_on_request("none", "minimal", "low", "medium", "high", "xhigh")
        ]
        | None
    ) = None


class CompletionArgsTypedDict(TypedDict):
    """The dict form of :class:`CompletionArgs`."""

    stop: NotRequired[CompletionArgsStopTypedDict | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    max_tokens: NotRequired[int | None]
    random_seed: NotRequired[int | None]
    prediction: NotRequired[PredictionTypedDict | None]
    response_format: NotRequired[ResponseFormatTypedDict | None]
    tool_choice: NotRequired[ToolChoiceEnum]
    reasoning_effort: NotRequired[ReasoningEffort | None]


class ToolFileChunk(TaggedModel):
    """ToolFileChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"file_name", "file_type"})

    type: Literal["tool_file"] = "tool_file"
    tool: BuiltInConnectors | str
    file_id: str
    file_name: str | None = None
    file_type: str | None = None


class ToolFileChunkTypedDict(TypedDict):
    """The dict form of :class:`ToolFileChunk`."""

    type: NotRequired[Literal["tool_file"]]
    tool: BuiltInConnectors | str
    file_id: str
    file_name: NotRequired[str | None]
    file_type: NotRequired[str | None]


MessageInputContentChunks = (
    TextChunk | ImageURLChunk | DocumentURLChunk | ThinkChunk | ToolFileChunk
)


MessageInputContentChunksTypedDict = (
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
    | ToolFileChunkTypedDict
)


MessageOutputContentChunks = (
    TextChunk | ImageURLChunk | DocumentURLChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk
)


MessageOutputContentChunksTypedDict = (
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
    | ToolFileChunkTypedDict
    | ToolReferenceChunkTypedDict
)


OutputContentChunks = (
    TextChunk | ImageURLChunk | DocumentURLChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk
)


OutputContentChunksTypedDict = (
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
    | ToolFileChunkTypedDict
    | ToolReferenceChunkTypedDict
)


class MessageInputEntry(TaggedModel):
    """Representation of an input message inside the conversation."""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"completed_at"})

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["message.input"] = "message.input"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    role: Annotated[Literal["assistant", "user"] | str, closed_on_request("assistant", "user")]
    content: str | list[MessageInputContentChunks]
    prefix: bool | None = False


class MessageInputEntryTypedDict(TypedDict):
    """The dict form of :class:`MessageInputEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["message.input"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    role: Literal["assistant", "user"] | str
    content: str | list[MessageInputContentChunksTypedDict]
    prefix: NotRequired[bool]


class MessageOutputEntry(TaggedModel):
    """MessageOutputEntry"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type", "role"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"completed_at", "agent_id", "model"})

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["message.output"] = "message.output"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | list[MessageOutputContentChunks]


class MessageOutputEntryTypedDict(TypedDict):
    """The dict form of :class:`MessageOutputEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["message.output"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    role: NotRequired[Literal["assistant"]]
    content: str | list[MessageOutputContentChunksTypedDict]


FunctionCallEntryArguments = dict[str, Any] | str


FunctionCallEntryArgumentsTypedDict = dict[str, Any] | str


class FunctionCallEntry(TaggedModel):
    """FunctionCallEntry"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"completed_at", "agent_id", "model", "confirmation_status"}
    )

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["function.call"] = "function.call"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    tool_call_id: str
    name: str
    arguments: FunctionCallEntryArguments
    confirmation_status: (
        Annotated[
            Literal["pending", "allowed", "denied"] | str,
            closed_on_request("pending", "allowed", "denied"),
        ]
        | None
    ) = None


class FunctionCallEntryTypedDict(TypedDict):
    """The dict form of :class:`FunctionCallEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["function.call"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    tool_call_id: str
    name: str
    arguments: FunctionCallEntryArgumentsTypedDict
    confirmation_status: NotRequired[Literal["pending", "allowed", "denied"] | str | None]


class FunctionResultEntry(TaggedModel):
    """FunctionResultEntry"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"completed_at"})

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["function.result"] = "function.result"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    tool_call_id: str
    result: str


class FunctionResultEntryTypedDict(TypedDict):
    """The dict form of :class:`FunctionResultEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["function.result"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    tool_call_id: str
    result: str


class ToolExecutionEntry(TaggedModel):
    """ToolExecutionEntry"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"completed_at", "agent_id", "model"})

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["tool.execution"] = "tool.execution"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    name: BuiltInConnectors | str
    arguments: str
    info: dict[str, Any] | None = None


class ToolExecutionEntryTypedDict(TypedDict):
    """The dict form of :class:`ToolExecutionEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["tool.execution"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    name: BuiltInConnectors | str
    arguments: str
    info: NotRequired[dict[str, Any]]


class AgentHandoffEntry(TaggedModel):
    """AgentHandoffEntry"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"completed_at"})

    object: Annotated[Literal["entry"] | str, closed_on_request("entry")] | None = "entry"
    type: Literal["agent.handoff"] = "agent.handoff"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffEntryTypedDict(TypedDict):
    """The dict form of :class:`AgentHandoffEntry`."""

    object: NotRequired[Literal["entry"] | str]
    type: NotRequired[Literal["agent.handoff"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str


InputEntries = (
    FunctionResultEntry
    | MessageInputEntry
    | MessageOutputEntry
    | AgentHandoffEntry
    | ToolExecutionEntry
    | FunctionCallEntry
)


InputEntriesTypedDict = (
    FunctionResultEntryTypedDict
    | MessageInputEntryTypedDict
    | MessageOutputEntryTypedDict
    | AgentHandoffEntryTypedDict
    | ToolExecutionEntryTypedDict
    | FunctionCallEntryTypedDict
)


ConversationInputs = str | list[InputEntries]


ConversationInputsTypedDict = str | list[InputEntriesTypedDict]


MessageEntries = MessageInputEntry | MessageOutputEntry


MessageEntriesTypedDict = MessageInputEntryTypedDict | MessageOutputEntryTypedDict


class ToolCallConfirmation(BaseModel):
    """ToolCallConfirmation"""

    tool_call_id: str
    confirmation: Literal["allow", "deny"]


class ToolCallConfirmationTypedDict(TypedDict):
    """The dict form of :class:`ToolCallConfirmation`."""

    tool_call_id: str
    confirmation: Literal["allow", "deny"]


AgentTool = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        [
            "code_interpreter",
            "connector",
            "document_library",
            "function",
            "image_generation",
            "web_search",
            "web_search_premium",
        ],
    ),
]


AgentToolTypedDict = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)


class ConversationRequest(BaseModel):
    """Body of `POST /v1/conversations`. Merges the newer client's `ConversationRequest` (`stream`
    const `false`) and `ConversationStreamRequest` (`stream` const `true`), which have identical
    fields.
    """

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "store",
            "handoff_execution",
            "instructions",
            "tools",
            "completion_args",
            "guardrails",
            "name",
            "description",
            "metadata",
            "agent_id",
            "agent_version",
            "model",
        }
    )

    inputs: ConversationInputs
    stream: bool | None = False
    """`false` (default): JSON `ConversationResponse`. `true`: `text/event-stream` of
    `ConversationEvents`.
    """
    store: bool | None = None
    handoff_execution: Literal["client", "server"] | None = None
    instructions: str | None = None
    tools: list[AgentTool] | None = None
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: dict[str, Any] | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class ConversationRequestTypedDict(TypedDict):
    """The dict form of :class:`ConversationRequest`."""

    inputs: ConversationInputsTypedDict
    stream: NotRequired[bool]
    store: NotRequired[bool | None]
    handoff_execution: NotRequired[Literal["client", "server"] | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[list[AgentToolTypedDict] | None]
    completion_args: NotRequired[CompletionArgsTypedDict | None]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    metadata: NotRequired[dict[str, Any] | None]
    agent_id: NotRequired[str | None]
    agent_version: NotRequired[str | int | None]
    model: NotRequired[str | None]


class ConversationAppendRequest(BaseModel):
    """Body of `POST /v1/conversations/{conversation_id}`. Merges `ConversationAppendRequest`
    (`stream` const `false`) and `ConversationAppendStreamRequest` (`stream` const `true`), which
    have identical fields.
    """

    __nullable__: ClassVar[frozenset[str]] = frozenset({"tool_confirmations"})

    inputs: ConversationInputs | None = None
    stream: bool | None = False
    """`false` (default): JSON `ConversationResponse`. `true`: `text/event-stream` of
    `ConversationEvents`.
    """
    store: bool | None = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | None = "server"
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    tool_confirmations: list[ToolCallConfirmation] | None = None


class ConversationAppendRequestTypedDict(TypedDict):
    """The dict form of :class:`ConversationAppendRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[bool]
    store: NotRequired[bool]
    handoff_execution: NotRequired[Literal["client", "server"]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    tool_confirmations: NotRequired[list[ToolCallConfirmationTypedDict] | None]


class ConversationRestartRequest(BaseModel):
    """Request to restart a new conversation from a given entry in the conversation. Merges
    `ConversationRestartRequest` (`stream` const `false`) and `ConversationRestartStreamRequest`
    (`stream` const `true`), which have identical fields.
    """

    __nullable__: ClassVar[frozenset[str]] = frozenset({"guardrails", "metadata", "agent_version"})

    inputs: ConversationInputs | None = None
    stream: bool | None = False
    """`false` (default): JSON `ConversationResponse`. `true`: `text/event-stream` of
    `ConversationEvents`.
    """
    store: bool | None = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | None = "server"
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    guardrails: list[GuardrailConfig] | None = None
    metadata: dict[str, Any] | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current
    version.
    """


class ConversationRestartRequestTypedDict(TypedDict):
    """The dict form of :class:`ConversationRestartRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[bool]
    store: NotRequired[bool]
    handoff_execution: NotRequired[Literal["client", "server"]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    metadata: NotRequired[dict[str, Any] | None]
    from_entry_id: str
    agent_version: NotRequired[str | int | None]


class ConversationUsageInfo(BaseModel):
    """ConversationUsageInfo"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"connector_tokens", "connectors"})

    prompt_tokens: int | None = 0
    completion_tokens: int | None = 0
    total_tokens: int | None = 0
    connector_tokens: int | None = None
    connectors: dict[str, int] | None = None


class ConversationUsageInfoTypedDict(TypedDict):
    """The dict form of :class:`ConversationUsageInfo`."""

    prompt_tokens: NotRequired[int]
    completion_tokens: NotRequired[int]
    total_tokens: NotRequired[int]
    connector_tokens: NotRequired[int | None]
    connectors: NotRequired[dict[str, int] | None]


class ConversationResponse(BaseModel):
    """The response after appending new entries to the conversation."""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"guardrails"})

    object: Literal["conversation.response"] | str | None = "conversation.response"
    conversation_id: str
    outputs: list[MessageOutputEntry | AgentHandoffEntry | ToolExecutionEntry | FunctionCallEntry]
    usage: ConversationUsageInfo
    guardrails: list[dict[str, Any]] | None = None


class ConversationResponseTypedDict(TypedDict):
    """The dict form of :class:`ConversationResponse`."""

    object: NotRequired[Literal["conversation.response"] | str]
    conversation_id: str
    outputs: list[
        MessageOutputEntryTypedDict
        | AgentHandoffEntryTypedDict
        | ToolExecutionEntryTypedDict
        | FunctionCallEntryTypedDict
    ]
    usage: ConversationUsageInfoTypedDict
    guardrails: NotRequired[list[dict[str, Any]] | None]


class ConversationHistory(BaseModel):
    """Retrieve all entries in a conversation."""

    object: Literal["conversation.history"] | str | None = "conversation.history"
    conversation_id: str
    entries: list[
        FunctionResultEntry
        | MessageInputEntry
        | MessageOutputEntry
        | AgentHandoffEntry
        | ToolExecutionEntry
        | FunctionCallEntry
    ]


class ConversationHistoryTypedDict(TypedDict):
    """The dict form of :class:`ConversationHistory`."""

    object: NotRequired[Literal["conversation.history"] | str]
    conversation_id: str
    entries: list[
        FunctionResultEntryTypedDict
        | MessageInputEntryTypedDict
        | MessageOutputEntryTypedDict
        | AgentHandoffEntryTypedDict
        | ToolExecutionEntryTypedDict
        | FunctionCallEntryTypedDict
    ]


class ConversationMessages(BaseModel):
    """Similar to the conversation history but only keep the messages"""

    object: Literal["conversation.messages"] | str | None = "conversation.messages"
    conversation_id: str
    messages: list[MessageEntries]


class ConversationMessagesTypedDict(TypedDict):
    """The dict form of :class:`ConversationMessages`."""

    object: NotRequired[Literal["conversation.messages"] | str]
    conversation_id: str
    messages: list[MessageEntriesTypedDict]


class AgentConversation(BaseModel):
    """AgentConversation"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "metadata", "agent_version"}
    )

    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: dict[str, Any] | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] | str | None = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    agent_id: str
    agent_version: str | int | None = None


class AgentConversationTypedDict(TypedDict):
    """The dict form of :class:`AgentConversation`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]
    metadata: NotRequired[dict[str, Any] | None]
    object: NotRequired[Literal["conversation"] | str]
    id: str
    created_at: datetime
    updated_at: datetime
    agent_id: str
    agent_version: NotRequired[str | int | None]


class ModelConversation(BaseModel):
    """ModelConversation"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"instructions", "guardrails", "name", "description", "metadata"}
    )

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: Annotated[list[AgentTool], EMPTY_IF_NULL] = Field(default_factory=list)
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: dict[str, Any] | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] | str | None = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    model: str


class ModelConversationTypedDict(TypedDict):
    """The dict form of :class:`ModelConversation`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[list[AgentToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    metadata: NotRequired[dict[str, Any] | None]
    object: NotRequired[Literal["conversation"] | str]
    id: str
    created_at: datetime
    updated_at: datetime
    model: str


SSETypes = (
    Literal[
        "conversation.response.started",
        "conversation.response.done",
        "conversation.response.error",
        "message.output.delta",
        "tool.execution.started",
        "tool.execution.delta",
        "tool.execution.done",
        "agent.handoff.started",
        "agent.handoff.done",
        "function.call.delta",
    ]
    | str
)
"""Server side events sent when streaming a conversation response."""


class AgentHandoffDoneEvent(TaggedModel):
    """AgentHandoffDoneEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["agent.handoff.done"] = "agent.handoff.done"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffStartedEvent(TaggedModel):
    """AgentHandoffStartedEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["agent.handoff.started"] = "agent.handoff.started"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    previous_agent_id: str
    previous_agent_name: str


class FunctionCallEvent(TaggedModel):
    """FunctionCallEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"model", "agent_id", "confirmation_status"})

    type: Literal["function.call.delta"] = "function.call.delta"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: str
    tool_call_id: str
    arguments: str
    confirmation_status: Literal["pending", "allowed", "denied"] | str | None = None


class MessageOutputEvent(TaggedModel):
    """MessageOutputEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type", "role"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"model", "agent_id"})

    type: Literal["message.output.delta"] = "message.output.delta"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    content_index: int | None = 0
    model: str | None = None
    agent_id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | OutputContentChunks


class ResponseDoneEvent(TaggedModel):
    """ResponseDoneEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["conversation.response.done"] = "conversation.response.done"
    created_at: datetime | None = None
    usage: ConversationUsageInfo


class ResponseErrorEvent(TaggedModel):
    """ResponseErrorEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["conversation.response.error"] = "conversation.response.error"
    created_at: datetime | None = None
    message: str
    code: int


class ResponseStartedEvent(TaggedModel):
    """ResponseStartedEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["conversation.response.started"] = "conversation.response.started"
    created_at: datetime | None = None
    conversation_id: str


class ToolExecutionDeltaEvent(TaggedModel):
    """ToolExecutionDeltaEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["tool.execution.delta"] = "tool.execution.delta"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    name: BuiltInConnectors | str
    arguments: str


class ToolExecutionDoneEvent(TaggedModel):
    """ToolExecutionDoneEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["tool.execution.done"] = "tool.execution.done"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    name: BuiltInConnectors | str
    info: dict[str, Any] | None = None


class ToolExecutionStartedEvent(TaggedModel):
    """ToolExecutionStartedEvent"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"model", "agent_id"})

    type: Literal["tool.execution.started"] = "tool.execution.started"
    created_at: datetime | None = None
    output_index: int | None = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: BuiltInConnectors | str
    arguments: str


ConversationEventsData = Annotated[
    Annotated[AgentHandoffDoneEvent, Tag("agent.handoff.done")]
    | Annotated[AgentHandoffStartedEvent, Tag("agent.handoff.started")]
    | Annotated[ResponseDoneEvent, Tag("conversation.response.done")]
    | Annotated[ResponseErrorEvent, Tag("conversation.response.error")]
    | Annotated[ResponseStartedEvent, Tag("conversation.response.started")]
    | Annotated[FunctionCallEvent, Tag("function.call.delta")]
    | Annotated[MessageOutputEvent, Tag("message.output.delta")]
    | Annotated[ToolExecutionDeltaEvent, Tag("tool.execution.delta")]
    | Annotated[ToolExecutionDoneEvent, Tag("tool.execution.done")]
    | Annotated[ToolExecutionStartedEvent, Tag("tool.execution.started")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        [
            "agent.handoff.done",
            "agent.handoff.started",
            "conversation.response.done",
            "conversation.response.error",
            "conversation.response.started",
            "function.call.delta",
            "message.output.delta",
            "tool.execution.delta",
            "tool.execution.done",
            "tool.execution.started",
        ],
    ),
]


class AgentHandoffDoneEventTypedDict(TypedDict):
    """The dict form of :class:`AgentHandoffDoneEvent`."""

    type: NotRequired[Literal["agent.handoff.done"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffStartedEventTypedDict(TypedDict):
    """The dict form of :class:`AgentHandoffStartedEvent`."""

    type: NotRequired[Literal["agent.handoff.started"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    previous_agent_id: str
    previous_agent_name: str


class FunctionCallEventTypedDict(TypedDict):
    """The dict form of :class:`FunctionCallEvent`."""

    type: NotRequired[Literal["function.call.delta"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    model: NotRequired[str | None]
    agent_id: NotRequired[str | None]
    name: str
    tool_call_id: str
    arguments: str
    confirmation_status: NotRequired[Literal["pending", "allowed", "denied"] | str | None]


class MessageOutputEventTypedDict(TypedDict):
    """The dict form of :class:`MessageOutputEvent`."""

    type: NotRequired[Literal["message.output.delta"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    content_index: NotRequired[int]
    model: NotRequired[str | None]
    agent_id: NotRequired[str | None]
    role: NotRequired[Literal["assistant"]]
    content: str | OutputContentChunksTypedDict


class ResponseDoneEventTypedDict(TypedDict):
    """The dict form of :class:`ResponseDoneEvent`."""

    type: NotRequired[Literal["conversation.response.done"]]
    created_at: NotRequired[datetime]
    usage: ConversationUsageInfoTypedDict


class ResponseErrorEventTypedDict(TypedDict):
    """The dict form of :class:`ResponseErrorEvent`."""

    type: NotRequired[Literal["conversation.response.error"]]
    created_at: NotRequired[datetime]
    message: str
    code: int


class ResponseStartedEventTypedDict(TypedDict):
    """The dict form of :class:`ResponseStartedEvent`."""

    type: NotRequired[Literal["conversation.response.started"]]
    created_at: NotRequired[datetime]
    conversation_id: str


class ToolExecutionDeltaEventTypedDict(TypedDict):
    """The dict form of :class:`ToolExecutionDeltaEvent`."""

    type: NotRequired[Literal["tool.execution.delta"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    name: BuiltInConnectors | str
    arguments: str


class ToolExecutionDoneEventTypedDict(TypedDict):
    """The dict form of :class:`ToolExecutionDoneEvent`."""

    type: NotRequired[Literal["tool.execution.done"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    name: BuiltInConnectors | str
    info: NotRequired[dict[str, Any]]


class ToolExecutionStartedEventTypedDict(TypedDict):
    """The dict form of :class:`ToolExecutionStartedEvent`."""

    type: NotRequired[Literal["tool.execution.started"]]
    created_at: NotRequired[datetime]
    output_index: NotRequired[int]
    id: str
    model: NotRequired[str | None]
    agent_id: NotRequired[str | None]
    name: BuiltInConnectors | str
    arguments: str


ConversationEventsDataTypedDict = (
    AgentHandoffDoneEventTypedDict
    | AgentHandoffStartedEventTypedDict
    | ResponseDoneEventTypedDict
    | ResponseErrorEventTypedDict
    | ResponseStartedEventTypedDict
    | FunctionCallEventTypedDict
    | MessageOutputEventTypedDict
    | ToolExecutionDeltaEventTypedDict
    | ToolExecutionDoneEventTypedDict
    | ToolExecutionStartedEventTypedDict
)


class ConversationEvents(BaseModel):
    """ConversationEvents"""

    event: SSETypes
    """Server side events sent when streaming a conversation response."""
    data: ConversationEventsData


class ConversationEventsTypedDict(TypedDict):
    """The dict form of :class:`ConversationEvents`."""

    event: SSETypes
    data: ConversationEventsDataTypedDict
