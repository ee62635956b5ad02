"""Conversations (``/v1/conversations``): entries kept, appended to and restarted.

A conversation talks to a ``model`` (with its ``instructions`` and ``tools``) or to an agent
(``agent_id``, found by :func:`find_agent`). Each turn (``start``, ``append``, ``restart``)
stamps the input entries with ids and times, runs the conversation so far through the same
deterministic chat "model" as ``/v1/chat/completions`` (function tools included: a tool call
becomes a ``function.call`` entry, a ``function.result`` input answers it) and adds the
outputs. The service's rules, as the emulator applies them:

* ``start`` needs exactly one of ``model`` and ``agent_id`` (400 otherwise); an unknown agent
  is a 404, a model that cannot chat a 400;
* ``store: false`` answers without keeping anything: a later ``get`` is a 404;
* ``restart`` keeps the entries up to ``from_entry_id`` (included), adds ``inputs`` and runs;
  the result is a new conversation, the original is unchanged; an unknown entry is a 404;
* ``list`` is newest first, ``page``/``page_size`` pages, ``metadata`` filters (every key and
  value given must match);
* with ``stream: true`` the answer is ``conversation.response.started``, the outputs as
  ``message.output.delta`` (a few words each) and ``function.call.delta`` events, then
  ``conversation.response.done`` with the usage; each event is named after its ``type``
  (``event:`` line) and the stream ends there, without ``[DONE]``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from starlette.responses import Response, StreamingResponse

from .. import _agent_store
from .. import _generate as gen
from .._call import JSON, ApiError, Call
from .._conversations import Conversation, new_id, now_iso
from .._state import NotFound, page_of
from ._common import operation, require_model, respond
from .chat import check_conversation

if TYPE_CHECKING:
    from .._app import EmulatorApp


# -- agents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationAgent:
    """What a conversation needs of an agent, at one version."""

    id: str
    model: str
    version: str | int
    instructions: str | None = None
    tools: tuple[JSON, ...] = ()
    completion_args: Mapping[str, JSON] = field(default_factory=dict)


def find_agent(app: EmulatorApp, agent_id: str, version: JSON = None) -> ConversationAgent | None:
    """The agent ``agent_id`` at ``version`` (None: its current one), or None if unknown.

    The one place conversations look agents up: the emulator's store of versioned agents
    (``beta.agents``, ``Emulator.add_agent``), by number or alias.
    """
    if version is not None and not isinstance(version, (int, str)):
        return None
    try:
        agent = _agent_store.find_agent(app.state, agent_id, version)
    except NotFound:
        return None
    return ConversationAgent(
        agent.id,
        agent.model,
        agent.version,
        agent.instructions,
        tuple(agent.tools),
        dict(agent.completion_args),
    )


# -- entries --------------------------------------------------------------------------------

_PREFIX = {
    "message.input": "msg",
    "message.output": "msg",
    "function.call": "fc",
    "function.result": "fr",
    "tool.execution": "tool",
    "agent.handoff": "handoff",
}


def _kind(entry: Mapping[str, JSON]) -> str:
    """An input entry's ``type``: given, or told by its fields (the contract's anyOf)."""
    given = entry.get("type")
    if isinstance(given, str):
        return given
    if "result" in entry:
        return "function.result"
    if "previous_agent_id" in entry:
        return "agent.handoff"
    if "tool_call_id" in entry:
        return "function.call"
    if "arguments" in entry:
        return "tool.execution"
    return "message.input"


def _stamp(entry: Mapping[str, JSON], kind: str | None = None) -> dict[str, JSON]:
    kind = kind or _kind(entry)
    now = now_iso()
    return {
        **entry,
        "object": "entry",
        "type": kind,
        "id": new_id(_PREFIX.get(kind, "entry")),
        "created_at": now,
        "completed_at": now,
    }


def input_entries(inputs: JSON) -> list[dict[str, JSON]]:
    """``inputs`` (a user message or entries) as stored entries."""
    if inputs is None:
        return []
    if isinstance(inputs, str):
        return [_stamp({"role": "user", "content": inputs, "prefix": False}, "message.input")]
    return [_stamp(entry) for entry in inputs]


def chat_messages(conversation: Conversation, entries: Sequence[Mapping[str, JSON]]) -> list[JSON]:
    """The chat messages a conversation's entries amount to (instructions first)."""
    messages: list[dict[str, JSON]] = []
    if conversation.instructions:
        messages.append({"role": "system", "content": conversation.instructions})
    for entry in entries:
        kind = entry.get("type")
        if kind in ("message.input", "message.output"):
            message = {"role": entry.get("role", "assistant"), "content": entry.get("content")}
            if entry.get("prefix"):
                message["prefix"] = True
            messages.append(message)
        elif kind == "function.call":
            arguments = entry.get("arguments")
            call = {
                "id": entry.get("tool_call_id"),
                "type": "function",
                "function": {
                    "name": entry.get("name"),
                    "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments),
                },
            }
            last = messages[-1] if messages else None
            if last is not None and last.get("role") == "assistant" and last.get("tool_calls"):
                last["tool_calls"].append(call)
            else:
                messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
        elif kind == "function.result":
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": entry.get("tool_call_id"),
                    "content": str(entry.get("result", "")),
                }
            )
    return messages


@dataclass
class Turn:
    """One run of a conversation: its new entries and what they cost."""

    inputs: list[dict[str, JSON]]
    outputs: list[dict[str, JSON]]
    usage: dict[str, JSON]


def run_turn(
    conversation: Conversation,
    before: Sequence[Mapping[str, JSON]],
    inputs: list[dict[str, JSON]],
    completion_args: Mapping[str, JSON] | None,
) -> Turn:
    """Answer ``inputs`` after the entries ``before``, with the conversation's model."""
    messages = chat_messages(conversation, [*before, *inputs])
    check_conversation([m for m in messages if m.get("role") != "system"])
    tools = [t for t in conversation.tools if t.get("type") == "function"]
    args = {**conversation.completion_args, **(completion_args or {})}
    body = {k: v for k, v in args.items() if v is not None}
    body.update(messages=messages, tools=tools or None)
    completion = gen.chat_completion(body, conversation.model, kind="conversations")
    choice = completion.choices[0]
    who = {"agent_id": conversation.agent_id, "model": conversation.model}
    outputs: list[dict[str, JSON]] = []
    for tool_call in choice.tool_calls or []:
        function = tool_call["function"]
        outputs.append(
            _stamp(
                {
                    **who,
                    "tool_call_id": tool_call["id"],
                    "name": function["name"],
                    "arguments": function["arguments"],
                    "confirmation_status": None,
                },
                "function.call",
            )
        )
    if not outputs:
        outputs.append(
            _stamp({**who, "role": "assistant", "content": choice.content}, "message.output")
        )
    usage = {**completion.usage(), "connector_tokens": None, "connectors": None}
    return Turn(inputs, outputs, usage)


# -- responses ------------------------------------------------------------------------------

_EVENT_SCHEMA = {
    "conversation.response.started": "ResponseStartedEvent",
    "conversation.response.done": "ResponseDoneEvent",
    "message.output.delta": "MessageOutputEvent",
    "function.call.delta": "FunctionCallEvent",
}


def events(conversation_id: str, turn: Turn) -> list[dict[str, JSON]]:
    """The ``ConversationEvents`` data of a streamed turn, in order."""
    now = now_iso()
    out: list[dict[str, JSON]] = [
        {
            "type": "conversation.response.started",
            "created_at": now,
            "conversation_id": conversation_id,
        }
    ]
    for index, entry in enumerate(turn.outputs):
        common = {
            "created_at": now,
            "output_index": index,
            "id": entry["id"],
            "model": entry.get("model"),
            "agent_id": entry.get("agent_id"),
        }
        if entry["type"] == "function.call":
            out.append(
                {
                    "type": "function.call.delta",
                    **common,
                    "name": entry["name"],
                    "tool_call_id": entry["tool_call_id"],
                    "arguments": entry["arguments"],
                    "confirmation_status": None,
                }
            )
            continue
        words = str(entry["content"]).split(" ")
        pieces = [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
        for position, piece in enumerate(pieces):
            text = piece + (" " if position + 1 < len(pieces) else "")
            out.append(
                {
                    "type": "message.output.delta",
                    **common,
                    "content_index": 0,
                    "role": "assistant",
                    "content": text,
                }
            )
    out.append({"type": "conversation.response.done", "created_at": now, "usage": turn.usage})
    return out


def respond_turn(app: EmulatorApp, call: Call, conversation_id: str, turn: Turn) -> Response:
    """A ``ConversationResponse``, or its events when the body says ``stream: true``."""
    if not call.body.get("stream"):
        payload = {
            "object": "conversation.response",
            "conversation_id": conversation_id,
            "outputs": turn.outputs,
            "usage": turn.usage,
            "guardrails": None,
        }
        return respond(app, call, payload, "ConversationResponse")
    validate = app.config.validate_responses
    data = events(conversation_id, turn)
    if validate:
        for event in data:
            problems = app.contract.named_response_errors(_EVENT_SCHEMA[event["type"]], event)
            if problems:
                raise RuntimeError(f"emulator event violates the contract: {problems}")

    async def stream() -> AsyncIterator[bytes]:
        for event in data:
            yield f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()
            await asyncio.sleep(0)  # one event per write, so clients see them arrive apart

    return StreamingResponse(
        stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


def _keep(app: EmulatorApp, conversation: Conversation, turn: Turn, store: JSON) -> None:
    if store is False:
        return
    conversation.entries.extend([*turn.inputs, *turn.outputs])
    conversation.updated_at = now_iso()
    app.state.conversations.keep(conversation)


# -- handlers -------------------------------------------------------------------------------


@operation("agents_api_v1_conversations_start")
async def start(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model, agent_id = body.get("model"), body.get("agent_id")
    if (model is None) == (agent_id is None):
        raise ApiError(400, "Exactly one of model or agent_id must be given")
    common: dict[str, JSON] = {
        "name": body.get("name"),
        "description": body.get("description"),
        "metadata": body.get("metadata"),
        "guardrails": body.get("guardrails"),
    }
    if agent_id is not None:
        agent = find_agent(app, str(agent_id), body.get("agent_version"))
        if agent is None:
            raise ApiError(404, f"Agent not found: {agent_id}", "not_found")
        conversation = Conversation(
            new_id("conv"),
            agent.model,
            agent_id=agent.id,
            agent_version=agent.version,
            instructions=agent.instructions,
            tools=list(agent.tools),
            completion_args=dict(agent.completion_args),
            **common,
        )
    else:
        conversation = Conversation(
            new_id("conv"),
            require_model(app, model, "completion_chat"),
            instructions=body.get("instructions"),
            tools=list(body.get("tools") or []),
            completion_args=dict(body.get("completion_args") or {}),
            **common,
        )
    turn = run_turn(conversation, [], input_entries(body["inputs"]), None)
    _keep(app, conversation, turn, body.get("store"))
    return respond_turn(app, call, conversation.id, turn)


@operation("agents_api_v1_conversations_list")
async def list_conversations(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    metadata = q.get("metadata")  # JSON in the query string (the contract's content)
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            raise ApiError(422, "metadata must be a JSON object") from None
    if metadata is not None and not isinstance(metadata, dict):
        raise ApiError(422, "metadata must be a JSON object")
    kept = app.state.conversations.newest_first(metadata)
    page = page_of(kept, q.get("page", 0), q.get("page_size", 100))
    return respond(app, call, [c.to_json() for c in page])


@operation("agents_api_v1_conversations_get")
async def get(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.conversations.get(call.path["conversation_id"]).to_json())


@operation("agents_api_v1_conversations_delete")
async def delete(app: EmulatorApp, call: Call) -> Response:
    app.state.conversations.delete(call.path["conversation_id"])
    return Response(status_code=204)


@operation("agents_api_v1_conversations_append")
async def append(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    conversation = app.state.conversations.get(call.path["conversation_id"])
    inputs = input_entries(body.get("inputs"))
    if not inputs:
        raise ApiError(400, "inputs must have at least one entry")
    turn = run_turn(conversation, conversation.entries, inputs, body.get("completion_args"))
    _keep(app, conversation, turn, body.get("store"))
    return respond_turn(app, call, conversation.id, turn)


@operation("agents_api_v1_conversations_history")
async def history(app: EmulatorApp, call: Call) -> Response:
    conversation = app.state.conversations.get(call.path["conversation_id"])
    return respond(app, call, conversation.history())


@operation("agents_api_v1_conversations_messages")
async def messages(app: EmulatorApp, call: Call) -> Response:
    conversation = app.state.conversations.get(call.path["conversation_id"])
    return respond(app, call, conversation.messages())


@operation("agents_api_v1_conversations_restart")
async def restart(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    original = app.state.conversations.get(call.path["conversation_id"])
    kept = original.entries_until(str(body["from_entry_id"]))
    agent_version = original.agent_version
    model = original.model
    if original.agent_id is not None and body.get("agent_version") is not None:
        agent = find_agent(app, original.agent_id, body["agent_version"])
        if agent is None:
            raise ApiError(404, f"Agent version not found: {body['agent_version']}", "not_found")
        agent_version, model = agent.version, agent.model
    conversation = Conversation(
        new_id("conv"),
        model,
        agent_id=original.agent_id,
        agent_version=agent_version,
        instructions=original.instructions,
        tools=list(original.tools),
        completion_args=dict(original.completion_args),
        guardrails=body.get("guardrails", original.guardrails),
        name=original.name,
        description=original.description,
        metadata=body.get("metadata", original.metadata),
        entries=kept,
    )
    turn = run_turn(
        conversation, kept, input_entries(body.get("inputs")), body.get("completion_args")
    )
    _keep(app, conversation, turn, body.get("store"))
    return respond_turn(app, call, conversation.id, turn)
