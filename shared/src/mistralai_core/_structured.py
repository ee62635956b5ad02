"""Structured output: a pydantic model in, a validated instance of it out.

``client.chat.parse(response_format=MyModel, ...)`` sends a strict ``json_schema`` response
format derived from the model and returns the completion with ``choices[i].message.parsed``.
``chat.parse_stream(...)`` streams: its typed events include :class:`PartialParsed` (the JSON
so far, closed and parsed leniently) and its final completion carries the parsed object.

Strict means what the service's strict mode expects of the schema: every object of it (the
model, nested models under ``$defs``, list items) has ``additionalProperties: false`` and
lists every property in ``required``; an optional field stays a union with ``null``.

Answers that cannot become the model raise a :class:`StructuredOutputError` carrying the raw
text: a refusal, content that is not JSON, or JSON that does not validate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

import pydantic
from pydantic import Field

from ._errors import MistralError
from ._ids import copy_request_id
from ._operation import Resource
from ._streaming import CompletionAdapter, CompletionStreamEvent, ManagedStream, ManagedStreamAsync
from .models import (
    AssistantMessage,
    ChatCompletionChoice,
    ChatCompletionResponse,
    CompletionEvent,
    ResponseFormat,
)

__all__ = [
    "ParsedAssistantMessage",
    "ParsedChatCompletion",
    "ParsedChatCompletionChoice",
    "PartialParsed",
    "StructuredChat",
    "StructuredOutputError",
    "StructuredOutputJSONError",
    "StructuredOutputRefusalError",
    "StructuredOutputValidationError",
    "partial_json",
    "response_format_from_pydantic_model",
    "strict_schema",
]

T = TypeVar("T", bound=pydantic.BaseModel)


# -- errors -------------------------------------------------------------------------------


class StructuredOutputError(MistralError):
    """The answer could not become the requested model; ``raw`` is the text the model gave."""

    def __init__(self, message: str, raw: str, completion: Any = None) -> None:
        self.raw = raw
        self.completion = completion
        super().__init__(message)

    def __str__(self) -> str:
        excerpt = " ".join(self.raw.split())[:200]
        return f"{self.args[0]}: {excerpt!r}" if excerpt else str(self.args[0])


class StructuredOutputRefusalError(StructuredOutputError):
    """The model refused to answer in the schema (``raw`` is its refusal)."""


class StructuredOutputJSONError(StructuredOutputError):
    """The content is not JSON (cut short by ``max_tokens``, or plain text)."""


class StructuredOutputValidationError(StructuredOutputError):
    """The content is JSON that does not validate into the model (``errors``: pydantic's)."""

    def __init__(
        self, message: str, raw: str, completion: Any = None, errors: list[Any] | None = None
    ) -> None:
        self.errors = errors or []
        super().__init__(message, raw, completion)


# -- the schema ---------------------------------------------------------------------------


def strict_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a JSON schema made strict: every object closed and all its keys required.

    Defaults are dropped (strict mode fills nothing in: an optional field is sent as
    ``null``); ``$defs``, ``items``, ``anyOf`` / ``allOf`` / ``oneOf`` are followed.
    """
    node: dict[str, Any] = {k: v for k, v in schema.items() if k != "default"}
    properties = node.get("properties")
    if node.get("type") == "object" or isinstance(properties, Mapping):
        props = {k: strict_schema(v) for k, v in (properties or {}).items()}
        node["properties"] = props
        node["required"] = list(props)
        node["additionalProperties"] = False
    for key in ("$defs", "definitions"):
        if isinstance(node.get(key), Mapping):
            node[key] = {k: strict_schema(v) for k, v in node[key].items()}
    for key in ("anyOf", "allOf", "oneOf", "prefixItems"):
        if isinstance(node.get(key), list):
            node[key] = [strict_schema(v) for v in node[key]]
    if isinstance(node.get("items"), Mapping):
        node["items"] = strict_schema(node["items"])
    return node


def response_format_from_pydantic_model(
    model: type[pydantic.BaseModel],
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = True,
) -> ResponseFormat:
    """The ``response_format`` asking for JSON that validates into ``model``.

    ``{"type": "json_schema", "json_schema": {"name", "schema", "strict"}}``, the schema
    made strict (:func:`strict_schema`) unless ``strict=False``.
    """
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise TypeError(
            f"response_format_from_pydantic_model(): expected a pydantic model class, got {model!r}"
        )
    schema = model.model_json_schema()
    body: dict[str, Any] = {
        "name": name or model.__name__,
        "schema": strict_schema(schema) if strict else schema,
        "strict": strict,
    }
    if description:
        body["description"] = description
    if "json_schema" in ResponseFormat.model_fields:
        return ResponseFormat.model_validate({"type": "json_schema", "json_schema": body})
    # The contract this SDK was built from has no json_schema yet: the instance is built as
    # is (an instance is sent as given), and serializes to the same bytes.
    return ResponseFormat.model_construct(type="json_schema", json_schema=body)


# -- parsed completions -------------------------------------------------------------------


class ParsedAssistantMessage(AssistantMessage, Generic[T]):
    """An assistant message with ``parsed``: its content validated into the model."""

    parsed: T | None = Field(default=None, exclude=True)


class ParsedChatCompletionChoice(ChatCompletionChoice, Generic[T]):
    message: ParsedAssistantMessage[T]


class ParsedChatCompletion(ChatCompletionResponse, Generic[T]):
    """A completion whose messages carry ``parsed`` (``choices[0].message.parsed``)."""

    choices: list[ParsedChatCompletionChoice[T]] = Field(default_factory=list)  # type: ignore[assignment]


def _content_text(message: AssistantMessage) -> str:
    content = message.content
    if isinstance(content, str) or content is None:
        return content or ""
    return "".join(str(getattr(c, "text", "") or "") for c in content if c.type == "text")


def parse_message(model: type[T], message: AssistantMessage, completion: Any = None) -> T | None:
    """``message``'s content as ``model``; a refusal or bad content raises."""
    refusal = getattr(message, "refusal", None)
    if refusal:
        raise StructuredOutputRefusalError("the model refused", str(refusal), completion)
    if message.tool_calls and not message.content:
        return None  # the model called a tool instead of answering
    text = _content_text(message)
    try:
        data = json.loads(text)
    except ValueError:
        raise StructuredOutputJSONError(
            f"the answer is not JSON for {model.__name__}", text, completion
        ) from None
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        raise StructuredOutputValidationError(
            f"the answer does not validate as {model.__name__}: {exc.error_count()} error(s)",
            text,
            completion,
            exc.errors(include_url=False),
        ) from None


def _values(model: pydantic.BaseModel, **replaced: Any) -> dict[str, Any]:
    """A model's field values and extras (not its other instance attributes)."""
    fields = type(model).model_fields
    values = {k: v for k, v in model.__dict__.items() if k in fields}
    return {**values, **(model.__pydantic_extra__ or {}), **replaced}


def parse_completion(model: type[T], completion: ChatCompletionResponse) -> ParsedChatCompletion[T]:
    """``completion`` with each message's content validated into ``model``."""
    choices = []
    for choice in completion.choices:
        message = choice.message
        parsed = parse_message(model, message, completion)
        new_message = ParsedAssistantMessage[T].model_construct(
            message.model_fields_set, **_values(message, parsed=parsed)
        )
        choices.append(
            ParsedChatCompletionChoice[T].model_construct(
                choice.model_fields_set, **_values(choice, message=new_message)
            )
        )
    result = ParsedChatCompletion[T].model_construct(
        completion.model_fields_set, **_values(completion, choices=choices)
    )
    copy_request_id(completion, result)
    return result


# -- partial JSON -------------------------------------------------------------------------


def _closer(text: str) -> str:
    """What closes ``text``'s open strings, arrays and objects."""
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}" and stack:
            stack.pop()
    return ('"' if in_string else "") + "".join(reversed(stack))


def partial_json(text: str) -> Any:
    """The value a JSON prefix has so far: open strings, arrays and objects closed, an
    unfinished key or literal left out. ``None`` when nothing is complete yet."""
    end = len(text)
    while end > 0:
        head = text[:end].rstrip()
        if head.endswith("\\"):
            head = head[:-1]
        candidate = head.rstrip(",:") if not _closer(head).startswith('"') else head
        try:
            return json.loads(candidate + _closer(candidate))
        except ValueError:
            end = len(head) - 1
    return None


@dataclass(frozen=True, slots=True)
class PartialParsed:
    """The structured answer of a choice so far, as plain JSON values (not validated)."""

    type: ClassVar[str] = "parsed.delta"
    index: int
    snapshot: Any


class StructuredAdapter(CompletionAdapter[ParsedChatCompletion[T]]):
    """Completion chunks -> partial objects as JSON arrives, the parsed completion at the end."""

    def __init__(self, model: type[T]) -> None:
        super().__init__(ChatCompletionResponse)  # type: ignore[arg-type]
        self.output = model

    def feed(self, event: Any) -> list[Any]:
        out: list[Any] = super().feed(event)
        for typed in list(out):
            if typed.type == "text.delta":
                out.append(PartialParsed(typed.index, partial_json(typed.snapshot)))
        return out

    def final(self, stream: Any) -> ParsedChatCompletion[T]:
        completion: Any = super().final(stream)
        return parse_completion(self.output, completion)


# -- the methods --------------------------------------------------------------------------

#: ``chat.parse_stream``'s stream: raw events, typed events (partials too), parsed result.
ParsedStream = ManagedStream[
    CompletionEvent, CompletionStreamEvent | PartialParsed, ParsedChatCompletion[T]
]
ParsedStreamAsync = ManagedStreamAsync[
    CompletionEvent, CompletionStreamEvent | PartialParsed, ParsedChatCompletion[T]
]


class StructuredChat(Resource):
    """``chat.parse`` / ``parse_stream`` (and ``_async``), mixed into the ``Chat`` resource.

    Every other keyword argument is ``chat.complete``'s, checked the same way (errors name
    ``chat.parse()``); sync and async share everything but the send.
    """

    def _structured_call(self, name: str, model: type[Any], kwargs: dict[str, Any]) -> Any:
        from ._completions import Chat

        if "stream" in kwargs:
            raise TypeError(f"{self._path}.{name}() does not take stream=")
        try:
            response_format = response_format_from_pydantic_model(model)
        except TypeError:
            raise TypeError(
                f"{self._path}.{name}(): response_format must be a pydantic model class, "
                f"got {model!r}"
            ) from None
        endpoint = vars(Chat)["complete"]
        built = endpoint._call(f"{self._path}.{name}", (), kwargs)
        built.arguments["response_format"] = response_format
        return built

    def parse(self, *, response_format: type[T], **kwargs: Any) -> ParsedChatCompletion[T]:
        """``complete`` answering in ``response_format`` (a pydantic model): the completion
        with ``choices[i].message.parsed``.

        :raises StructuredOutputError: a refusal, or content that is not the model's JSON.
        """
        from ._completions import CHAT

        built = self._structured_call("parse", response_format, kwargs)
        return parse_completion(response_format, self._core.request(CHAT, built))

    async def parse_async(
        self, *, response_format: type[T], **kwargs: Any
    ) -> ParsedChatCompletion[T]:
        """The async twin of :meth:`parse`."""
        from ._completions import CHAT

        built = self._structured_call("parse_async", response_format, kwargs)
        return parse_completion(response_format, await self._core.request_async(CHAT, built))

    def parse_stream(self, *, response_format: type[T], **kwargs: Any) -> ParsedStream[T]:
        """``stream`` answering in ``response_format``: :class:`PartialParsed` events as the
        JSON arrives; ``get_final_completion()`` has ``.message.parsed``."""
        built = self._structured_call("parse_stream", response_format, kwargs)
        return self._core.request(_parsed_stream_operation(response_format), built)  # type: ignore[no-any-return]

    async def parse_stream_async(
        self, *, response_format: type[T], **kwargs: Any
    ) -> ParsedStreamAsync[T]:
        """The async twin of :meth:`parse_stream` (``await``, then ``async with``)."""
        built = self._structured_call("parse_stream_async", response_format, kwargs)
        operation = _parsed_stream_operation(response_format)
        return await self._core.request_async(operation, built)  # type: ignore[no-any-return]


def _parsed_stream_operation(model: type[T]) -> Any:
    from ._completions import CHAT_STREAM
    from ._streaming import managed

    return managed(CHAT_STREAM, lambda: StructuredAdapter(model))
