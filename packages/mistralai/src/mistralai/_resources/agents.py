"""``client.agents``: completions by an agent built on La Plateforme.

With ``stream: true`` the API answers with server-sent completion chunks (the contract's
``text/event-stream`` response, ``CompletionEvent``) exactly as chat does, so ``stream``
reuses chat's event parser.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mistralai_core._completions import event_parser
from mistralai_core._operation import AsyncEndpoint, Call, Operation, Resource, SyncEndpoint, call
from mistralai_core._streaming import (
    AsyncManagedStreamEndpoint,
    CompletionAdapter,
    SyncManagedStreamEndpoint,
)
from mistralai_core._types import UNSET, OptionalNullable
from mistralai_core.models._chat import ChatCompletionResponse

from ..models._agents import AgentsCompletionRequest

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions
    from mistralai_core.models._chat import (
        GuardrailConfig,
        Messages,
        MistralPromptMode,
        Prediction,
        ReasoningEffort,
        ResponseFormat,
        Tool,
        ToolChoice,
        ToolChoiceEnum,
    )

__all__ = ["AGENTS", "AGENTS_STREAM", "Agents"]

AGENTS = Operation(
    "POST",
    "/v1/agents/completions",
    parse=ChatCompletionResponse.model_validate_json,
    request=AgentsCompletionRequest,
    stream_flag=True,
    operation_id="agents_completion_v1_agents_completions_post",
)
AGENTS_STREAM = AGENTS.streaming(event_parser)


def agents(
    *,
    messages: Sequence[Messages | Mapping[str, Any]],
    agent_id: str,
    max_tokens: OptionalNullable[int] = UNSET,
    stop: str | Sequence[str] | None = None,
    random_seed: OptionalNullable[int] = UNSET,
    response_format: ResponseFormat | Mapping[str, Any] | None = None,
    tools: OptionalNullable[Sequence[Tool | Mapping[str, Any]]] = UNSET,
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | None = None,
    presence_penalty: float | None = None,
    frequency_penalty: float | None = None,
    n: OptionalNullable[int] = UNSET,
    prediction: Prediction | Mapping[str, Any] | None = None,
    metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
    parallel_tool_calls: bool | None = None,
    reasoning_effort: OptionalNullable[ReasoningEffort] = UNSET,
    prompt_mode: OptionalNullable[MistralPromptMode] = UNSET,
    guardrails: OptionalNullable[Sequence[GuardrailConfig | Mapping[str, Any]]] = UNSET,
    prompt_cache_key: OptionalNullable[str] = UNSET,
    **options: Unpack[CallOptions],
) -> Call:
    """Agents Completion: the agent's next message for ``messages``.

    The agent's model, instructions and default tools are set on La Plateforme; the
    arguments here override them for this call.

    :param messages: The conversation so far, as message models or dicts with ``role`` and
        ``content``.
    :param agent_id: The ID of the agent.
    :param max_tokens: The most tokens to generate; prompt plus this must fit the context.
    :param stop: Stop when this string (or any of these strings) is generated.
    :param random_seed: Seed for sampling, for reproducible results.
    :param response_format: ``{"type": "json_object"}`` makes the agent answer in JSON;
        ``{"type": "json_schema", "json_schema": {...}}`` in JSON valid against a schema.
    :param tools: Tools (functions) the agent may call.
    :param tool_choice: ``"auto"`` (server default), ``"none"``, ``"any"``, ``"required"`` or
        a specific tool.
    :param presence_penalty: -2 to 2 (server default 0); higher favours new words.
    :param frequency_penalty: -2 to 2 (server default 0); higher penalises repeated words.
    :param n: How many completions to return (the prompt is billed once).
    :param prediction: Expected output, to speed up edits of known content.
    :param metadata: Your own labels for this request (a JSON object).
    :param parallel_tool_calls: Whether the agent may call several tools in one answer.
    :param reasoning_effort: How much a reasoning model thinks: ``"none"`` to ``"xhigh"``.
    :param prompt_mode: ``"reasoning"`` uses the reasoning system prompt of reasoning models.
    :param guardrails: Moderation guardrails applied to this request.
    :param prompt_cache_key: A key grouping requests that share a prompt prefix, for caching.
    :raises HTTPValidationError: 422, the API rejected a field (``e.data.detail`` says which).
    :raises SDKError: any other error status, after retries.
    """
    return call(locals())


class Agents(Resource):
    """Agent completions: ``complete`` answers at once, ``stream`` sends the answer in pieces."""

    complete = SyncEndpoint(AGENTS, agents)
    complete_async = AsyncEndpoint(AGENTS, agents)
    stream = SyncManagedStreamEndpoint(
        AGENTS_STREAM, agents, CompletionAdapter.of(ChatCompletionResponse)
    )
    stream_async = AsyncManagedStreamEndpoint(
        AGENTS_STREAM, agents, CompletionAdapter.of(ChatCompletionResponse)
    )
