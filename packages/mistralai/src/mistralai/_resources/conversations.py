"""``client.beta.conversations``: conversations the service keeps, with a model or an agent.

A conversation is a list of entries (messages, function calls and results, tool executions,
hand-offs). ``start`` creates one and runs the model (or agent) on its inputs; ``append`` adds
entries and runs it again; ``restart`` makes a new conversation from one of its entries.
``get_history`` lists every entry, ``get_messages`` only the messages.

With ``stream: true`` the service answers ``start``, ``append`` and ``restart`` with
server-sent events instead (``start_stream``, ``append_stream``, ``restart_stream``): each
event is a :class:`~mistralai.models.ConversationEvents` whose ``data`` is the event's model,
chosen by its ``type`` (``conversation.response.started``, ``message.output.delta``, ...,
``conversation.response.done``). The stream ends when the service closes it, after
``conversation.response.done`` (there is no ``[DONE]`` line, unlike chat).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import TypeAdapter

from mistralai_core._operation import (
    AsyncEndpoint,
    Call,
    Operation,
    Resource,
    SyncEndpoint,
    call,
)
from mistralai_core._pages import AsyncPageEndpoint, ListPage, SyncPageEndpoint
from mistralai_core._streaming import (
    AsyncManagedStreamEndpoint,
    ConversationAdapter,
    SyncManagedStreamEndpoint,
)
from mistralai_core._types import UNSET, OptionalNullable

from ..models._conversations import (
    AgentConversation,
    AgentTool,
    CompletionArgs,
    ConversationAppendRequest,
    ConversationEvents,
    ConversationHistory,
    ConversationMessages,
    ConversationRequest,
    ConversationResponse,
    ConversationRestartRequest,
    InputEntries,
    ModelConversation,
    ToolCallConfirmation,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import GuardrailConfig

__all__ = ["Conversations", "ConversationsPage", "event_parser"]

#: A conversation as ``get`` and ``list`` return it: with an agent or with a model (the
#: contract's ``anyOf``; the required ``agent_id`` / ``model`` tells them apart).
Conversation = AgentConversation | ModelConversation
_CONVERSATION: TypeAdapter[Conversation] = TypeAdapter(Conversation)
_CONVERSATIONS: TypeAdapter[list[Conversation]] = TypeAdapter(list[Conversation])


class ConversationsPage(ListPage[Conversation]):
    """A page of ``beta.conversations.list``: the list it is, iterating on over every page."""


_validate_event = ConversationEvents.model_validate


def event_parser(data: bytes) -> ConversationEvents:
    """One SSE ``data`` payload as the contract's ``ConversationEvents``.

    The service names each event after its ``type`` (``event: message.output.delta``), so the
    ``event`` field is read from the payload; ``data`` is the typed event, discriminated by
    ``type`` (an unknown type is kept as an ``UnknownVariant``, never refused).
    """
    payload = json.loads(data)
    kind = payload.get("type", "") if isinstance(payload, dict) else ""
    return _validate_event({"event": kind, "data": payload})


def _no_content(body: bytes) -> None:
    """A 204's (empty) body: the method returns ``None``."""
    return None


START = Operation(
    "POST",
    "/v1/conversations",
    parse=ConversationResponse.model_validate_json,
    request=ConversationRequest,
    stream_flag=True,
    operation_id="agents_api_v1_conversations_start",
)
START_STREAM = START.streaming(event_parser)
#: The stream manager of the three streams: text, typed events, the assembled response.
_MANAGER = ConversationAdapter.of(ConversationResponse)
LIST = Operation(
    "GET",
    "/v1/conversations",
    parse=ConversationsPage.parser(_CONVERSATIONS.validate_json),
    query_params=("page", "page_size", "metadata"),
    operation_id="agents_api_v1_conversations_list",
)
GET = Operation(
    "GET",
    "/v1/conversations/{conversation_id}",
    parse=_CONVERSATION.validate_json,
    operation_id="agents_api_v1_conversations_get",
)
DELETE = Operation(
    "DELETE",
    "/v1/conversations/{conversation_id}",
    parse=_no_content,
    operation_id="agents_api_v1_conversations_delete",
)
APPEND = Operation(
    "POST",
    "/v1/conversations/{conversation_id}",
    parse=ConversationResponse.model_validate_json,
    request=ConversationAppendRequest,
    stream_flag=True,
    operation_id="agents_api_v1_conversations_append",
)
APPEND_STREAM = APPEND.streaming(event_parser)
HISTORY = Operation(
    "GET",
    "/v1/conversations/{conversation_id}/history",
    parse=ConversationHistory.model_validate_json,
    operation_id="agents_api_v1_conversations_history",
)
MESSAGES = Operation(
    "GET",
    "/v1/conversations/{conversation_id}/messages",
    parse=ConversationMessages.model_validate_json,
    operation_id="agents_api_v1_conversations_messages",
)
RESTART = Operation(
    "POST",
    "/v1/conversations/{conversation_id}/restart",
    parse=ConversationResponse.model_validate_json,
    request=ConversationRestartRequest,
    stream_flag=True,
    operation_id="agents_api_v1_conversations_restart",
)
RESTART_STREAM = RESTART.streaming(event_parser)


def start_conversation(
    *,
    inputs: str | Sequence[InputEntries | Mapping[str, Any]],
    store: OptionalNullable[bool] = UNSET,
    handoff_execution: OptionalNullable[Literal["client", "server"]] = UNSET,
    instructions: OptionalNullable[str] = UNSET,
    tools: OptionalNullable[Sequence[AgentTool | Mapping[str, Any]]] = UNSET,
    completion_args: OptionalNullable[CompletionArgs | Mapping[str, Any]] = UNSET,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    name: OptionalNullable[str] = UNSET,
    description: OptionalNullable[str] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    agent_id: OptionalNullable[str] = UNSET,
    agent_version: OptionalNullable[str | int] = UNSET,
    model: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Start Conversation: a new conversation with a model or an agent, run on ``inputs``.

    Give ``model`` (a base model, with ``instructions`` and ``tools`` for this conversation)
    or ``agent_id`` (an agent, optionally at ``agent_version``). The answer's
    ``conversation_id`` continues it (``append``).

    :param inputs: The first user message (a string), or entries (messages, function results).
    :param store: ``False``: the service does not keep the conversation (no later ``append``).
    :param handoff_execution: ``"server"`` runs agent hand-offs on the service, ``"client"``
        returns them to you.
    :param instructions: The system instructions of a model conversation.
    :param tools: Tools the model may use (functions, web search, code interpreter, ...).
    :param completion_args: Sampling arguments (``temperature``, ``max_tokens``, ...).
    :param guardrails: Moderation guardrails applied to the conversation.
    :param name: A name for the conversation.
    :param description: What the conversation is about.
    :param metadata: Your own labels (a JSON object), usable to filter ``list``.
    :param agent_id: The agent to talk to (instead of ``model``).
    :param agent_version: The agent's version (default: its current one).
    :param model: The model to talk to (instead of ``agent_id``).
    :raises HTTPValidationError: 422, the API rejected a field (``e.data.detail`` says which).
    :raises SDKError: any other error status, after retries.
    """
    return call(locals())


def list_conversations(
    *,
    page: int | None = 0,
    page_size: int | None = 100,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """List Conversations: the conversations kept, newest first, a page at a time.

    The answer is the first page (a list); iterating over it goes on over every page.

    :param page: Zero-based page number.
    :param page_size: Conversations per page.
    :param metadata: Only conversations whose metadata has these keys and values (sent as JSON).
    """
    return call(locals())


def get_conversation(*, conversation_id: str, **options: Unpack[CallOptions]) -> Call:
    """Get Conversation: a conversation's attributes (an ``AgentConversation`` or a
    ``ModelConversation``).

    :param conversation_id: The conversation's ID.
    :raises NotFoundError: 404, no such conversation.
    """
    return call(locals())


def delete_conversation(*, conversation_id: str, **options: Unpack[CallOptions]) -> Call:
    """Delete Conversation: the conversation and its entries are gone (returns ``None``).

    :param conversation_id: The conversation's ID.
    :raises NotFoundError: 404, no such conversation.
    """
    return call(locals())


def append_conversation(
    *,
    conversation_id: str,
    inputs: str | Sequence[InputEntries | Mapping[str, Any]] | None = None,
    store: bool | None = None,
    handoff_execution: Literal["client", "server"] | None = None,
    completion_args: CompletionArgs | Mapping[str, Any] | None = None,
    tool_confirmations: OptionalNullable[Sequence[ToolCallConfirmation | Mapping[str, Any]]] = (
        UNSET
    ),
    **options: Unpack[CallOptions],
) -> Call:
    """Append to Conversation: add ``inputs`` to the conversation and run it again.

    The answer's ``outputs`` are the entries the model (or agent) added.

    :param conversation_id: The conversation's ID.
    :param inputs: The next user message (a string), or entries (function results, messages).
    :param store: ``False``: neither the inputs nor the outputs are kept (server default: kept).
    :param handoff_execution: ``"server"`` (server default) or ``"client"``.
    :param completion_args: Sampling arguments for this turn.
    :param tool_confirmations: Allow or deny tool calls waiting for confirmation.
    :raises NotFoundError: 404, no such conversation.
    """
    return call(locals())


def conversation_history(*, conversation_id: str, **options: Unpack[CallOptions]) -> Call:
    """Get History: every entry of the conversation, in the order they were added.

    :param conversation_id: The conversation's ID.
    :raises NotFoundError: 404, no such conversation.
    """
    return call(locals())


def conversation_messages(*, conversation_id: str, **options: Unpack[CallOptions]) -> Call:
    """Get Messages: the conversation's messages only (inputs and outputs, in order).

    :param conversation_id: The conversation's ID.
    :raises NotFoundError: 404, no such conversation.
    """
    return call(locals())


def restart_conversation(
    *,
    conversation_id: str,
    from_entry_id: str,
    inputs: str | Sequence[InputEntries | Mapping[str, Any]] | None = None,
    store: bool | None = None,
    handoff_execution: Literal["client", "server"] | None = None,
    completion_args: CompletionArgs | Mapping[str, Any] | None = None,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    agent_version: OptionalNullable[str | int] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Restart Conversation: a new conversation from the entries up to ``from_entry_id``.

    The original conversation is left as it was; the answer's ``conversation_id`` is the new
    one's, and its ``outputs`` are what the model (or agent) answered there.

    :param conversation_id: The original conversation's ID.
    :param from_entry_id: The ID of the entry to restart from (it is kept, later ones are not).
    :param inputs: Entries to add after it before running (a string: a user message).
    :param store: ``False``: the new conversation is not kept (server default: kept).
    :param handoff_execution: ``"server"`` (server default) or ``"client"``.
    :param completion_args: Sampling arguments for this turn.
    :param guardrails: Moderation guardrails for the new conversation.
    :param metadata: Your own labels for the new conversation.
    :param agent_version: The agent's version to use (default: its current one).
    :raises NotFoundError: 404, no such conversation (or entry).
    """
    return call(locals())


class Conversations(Resource):
    """Conversations: start, append, restart (each also streamed), list, get, history,
    messages, delete."""

    start = SyncEndpoint(START, start_conversation)
    start_async = AsyncEndpoint(START, start_conversation)
    list = SyncPageEndpoint(LIST, list_conversations)
    list_async = AsyncPageEndpoint(LIST, list_conversations)
    get = SyncEndpoint(GET, get_conversation)
    get_async = AsyncEndpoint(GET, get_conversation)
    delete = SyncEndpoint(DELETE, delete_conversation)
    delete_async = AsyncEndpoint(DELETE, delete_conversation)
    append = SyncEndpoint(APPEND, append_conversation)
    append_async = AsyncEndpoint(APPEND, append_conversation)
    get_history = SyncEndpoint(HISTORY, conversation_history)
    get_history_async = AsyncEndpoint(HISTORY, conversation_history)
    get_messages = SyncEndpoint(MESSAGES, conversation_messages)
    get_messages_async = AsyncEndpoint(MESSAGES, conversation_messages)
    restart = SyncEndpoint(RESTART, restart_conversation)
    restart_async = AsyncEndpoint(RESTART, restart_conversation)
    start_stream = SyncManagedStreamEndpoint(START_STREAM, start_conversation, _MANAGER)
    start_stream_async = AsyncManagedStreamEndpoint(START_STREAM, start_conversation, _MANAGER)
    append_stream = SyncManagedStreamEndpoint(APPEND_STREAM, append_conversation, _MANAGER)
    append_stream_async = AsyncManagedStreamEndpoint(APPEND_STREAM, append_conversation, _MANAGER)
    restart_stream = SyncManagedStreamEndpoint(RESTART_STREAM, restart_conversation, _MANAGER)
    restart_stream_async = AsyncManagedStreamEndpoint(
        RESTART_STREAM, restart_conversation, _MANAGER
    )
