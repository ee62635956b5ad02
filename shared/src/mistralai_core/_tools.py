"""Tools: Python functions as tool definitions, and the loop that runs them.

``function_tool(fn)`` reads a typed function (or a pydantic model) into a ``Tool``: the name,
the docstring's first paragraph as the description, a JSON schema of the parameters from the
annotations (``Annotated[int, Field(description=...)]`` describes one).

``client.chat.run_tools(model=..., messages=..., tools=[fn, ...], max_turns=...)`` runs the
loop: ask the model, run the functions it calls, append the ``tool`` messages, ask again,
until it answers without calling a tool or ``max_turns`` model calls were made. A function
that raises becomes a ``tool`` message with the exception's text (the model can react to
it); arguments that do not fit the function's parameters, or an unknown tool name, likewise.

The loop is written once, as a generator that yields what it needs done (a model call, a
tool call) and is sent the outcome; ``run_tools`` and ``run_tools_async`` only drive it.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_type_hints

import pydantic

from ._operation import Resource
from .models import AssistantMessage, ChatCompletionResponse, Function, Tool, ToolMessage

__all__ = ["CallableTool", "ToolRun", "ToolsChat", "function_tool"]


@dataclass(frozen=True)
class CallableTool:
    """A tool definition with what runs it: ``tool`` is sent, ``call`` runs the function."""

    tool: Tool
    #: The function (``None`` for a pydantic model: its call returns the validated model).
    function: Callable[..., Any] | None
    arguments: type[pydantic.BaseModel]

    @property
    def name(self) -> str:
        return self.tool.function.name

    @property
    def is_async(self) -> bool:
        return self.function is not None and inspect.iscoroutinefunction(self.function)

    def call(self, arguments: str | Mapping[str, Any]) -> Any:
        """Validate ``arguments`` (JSON text or a dict) and call the function with them.

        Returns the function's result (a coroutine for an ``async def``).
        """
        if isinstance(arguments, str):
            values = self.arguments.model_validate_json(arguments or "{}")
        else:
            values = self.arguments.model_validate(arguments)
        if self.function is None:
            return values
        return self.function(**{name: getattr(values, name) for name in type(values).model_fields})


def _description(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ").strip()


def function_tool(
    fn_or_model: Callable[..., Any] | type[pydantic.BaseModel] | CallableTool,
) -> CallableTool:
    """A tool definition from a typed function or a pydantic model.

    Every parameter needs an annotation; ``*args`` / ``**kwargs`` are not allowed (the model
    sends named JSON values).
    """
    if isinstance(fn_or_model, CallableTool):
        return fn_or_model
    if isinstance(fn_or_model, type) and issubclass(fn_or_model, pydantic.BaseModel):
        model: type[pydantic.BaseModel] = fn_or_model
        function = None
        name = fn_or_model.__name__
    elif callable(fn_or_model):
        function = fn_or_model
        name = getattr(fn_or_model, "__name__", "")
        model = _arguments_model(fn_or_model, name)
    else:
        raise TypeError(
            f"function_tool(): expected a function or a pydantic model, got {fn_or_model!r}"
        )
    schema = model.model_json_schema()
    schema.pop("title", None)
    definition = Tool(
        function=Function(name=name, description=_description(fn_or_model), parameters=schema)
    )
    return CallableTool(definition, function, model)


def _arguments_model(fn: Callable[..., Any], name: str) -> type[pydantic.BaseModel]:
    signature = inspect.signature(fn)
    try:
        hints = get_type_hints(fn, include_extras=True)
    except Exception:  # an annotation that does not resolve: report it per parameter below
        hints = {}
    fields: dict[str, Any] = {}
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise TypeError(f"function_tool({name}): *args and **kwargs cannot be tool parameters")
        annotation = hints.get(parameter.name, parameter.annotation)
        if annotation is inspect.Parameter.empty:
            raise TypeError(
                f"function_tool({name}): parameter {parameter.name!r} needs a type annotation"
            )
        default = ... if parameter.default is inspect.Parameter.empty else parameter.default
        fields[parameter.name] = (annotation, default)
    return pydantic.create_model(
        f"{name}_arguments", __config__=pydantic.ConfigDict(extra="forbid"), **fields
    )


@dataclass
class ToolRun:
    """What ``run_tools`` ends with.

    ``completion`` is the last model answer; ``messages`` the whole transcript (the messages
    given, then each assistant message and its ``tool`` messages); ``turns`` the model calls
    made. ``max_turns_reached``: the last answer still called tools (they were not run).
    """

    completion: ChatCompletionResponse
    messages: list[Any] = field(default_factory=list)
    turns: int = 0
    max_turns_reached: bool = False


@dataclass(frozen=True, slots=True)
class _AskModel:
    messages: list[Any]


@dataclass(frozen=True, slots=True)
class _RunTool:
    tool: CallableTool
    arguments: Any


def _error_text(exc: BaseException) -> str:
    return f"Error: {type(exc).__name__}: {exc}"


def _result_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump_json()
    try:
        return json.dumps(value, default=str)
    except (TypeError, ValueError):
        return str(value)


def tool_loop(
    messages: Sequence[Any], tools: Sequence[CallableTool], max_turns: int
) -> Generator[_AskModel | _RunTool, Any, ToolRun]:
    """The loop, without I/O: yields a model call or a tool call, is sent its outcome
    (a tool call's outcome is ``(ok, value)``)."""
    by_name = {t.name: t for t in tools}
    transcript = list(messages)
    run = None
    for turn in range(1, max_turns + 1):
        completion: ChatCompletionResponse = yield _AskModel(list(transcript))
        message: AssistantMessage = completion.choices[0].message
        transcript.append(message)
        run = ToolRun(completion, transcript, turn)
        calls = message.tool_calls or []
        if not calls:
            return run
        if turn == max_turns:
            run.max_turns_reached = True
            return run
        for call in calls:
            tool = by_name.get(call.function.name)
            if tool is None:
                content = f"Error: unknown tool {call.function.name!r}"
            else:
                ok, value = yield _RunTool(tool, call.function.arguments)
                content = _result_text(value) if ok else _error_text(value)
            transcript.append(
                ToolMessage(
                    content=content,
                    tool_call_id=None if call.id in (None, "", "null") else call.id,
                    name=call.function.name,
                )
            )
    assert run is not None
    return run


class ToolsChat(Resource):
    """``chat.run_tools`` / ``run_tools_async``, mixed into the ``Chat`` resource."""

    def _tool_setup(
        self,
        name: str,
        messages: Sequence[Any],
        tools: Sequence[Any],
        max_turns: int,
        kwargs: dict[str, Any],
        is_async: bool,
    ) -> tuple[list[CallableTool], Generator[_AskModel | _RunTool, Any, ToolRun], Any]:
        from ._completions import Chat

        public = f"{self._path}.{name}"
        if isinstance(max_turns, bool) or not isinstance(max_turns, int) or max_turns < 1:
            raise ValueError(f"{public}(): max_turns must be a positive int, got {max_turns!r}")
        if "tools" in kwargs or "stream" in kwargs:
            raise TypeError(f"{public}(): pass the functions as tools=[...]; stream= is not taken")
        try:
            defined = [function_tool(t) for t in tools]
        except TypeError as exc:
            raise TypeError(f"{public}(): tools: {exc}") from None
        if not is_async:
            for tool in defined:
                if tool.is_async:
                    raise TypeError(
                        f"{public}(): tool {tool.name!r} is async; use {public}_async()"
                    )
        endpoint = vars(Chat)["complete"]
        # Checked now, before anything is sent: a bad argument names this method.
        template = endpoint._call(public, (), {**kwargs, "messages": messages})
        template.arguments["tools"] = [t.tool for t in defined]
        return defined, tool_loop(messages, defined, max_turns), template

    def run_tools(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[Callable[..., Any] | type[pydantic.BaseModel] | CallableTool],
        max_turns: int = 10,
        **kwargs: Any,
    ) -> ToolRun:
        """Run the tool loop: call the model, run the functions it calls, repeat.

        :param tools: Typed functions (or pydantic models, or :func:`function_tool` results).
        :param max_turns: The most model calls to make.
        Other keyword arguments are ``chat.complete``'s (``model=``, ``temperature=``, ...).
        """
        from ._completions import CHAT

        _, loop, template = self._tool_setup("run_tools", messages, tools, max_turns, kwargs, False)
        step = next(loop)
        try:
            while True:
                if isinstance(step, _AskModel):
                    outcome: Any = self._core.request(CHAT, _with_messages(template, step))
                else:
                    try:
                        outcome = (True, step.tool.call(step.arguments))
                    except Exception as exc:
                        outcome = (False, exc)
                step = loop.send(outcome)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def run_tools_async(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[Callable[..., Any] | type[pydantic.BaseModel] | CallableTool],
        max_turns: int = 10,
        **kwargs: Any,
    ) -> ToolRun:
        """The async twin of :meth:`run_tools`; tools may be ``async def`` or plain."""
        from ._completions import CHAT

        _, loop, template = self._tool_setup(
            "run_tools_async", messages, tools, max_turns, kwargs, True
        )
        step = next(loop)
        try:
            while True:
                if isinstance(step, _AskModel):
                    outcome: Any = await self._core.request_async(
                        CHAT, _with_messages(template, step)
                    )
                else:
                    try:
                        value = step.tool.call(step.arguments)
                        if inspect.isawaitable(value):
                            value = await value
                        outcome = (True, value)
                    except Exception as exc:
                        outcome = (False, exc)
                step = loop.send(outcome)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def _with_messages(template: Any, step: _AskModel) -> Any:
    from dataclasses import replace

    return replace(template, arguments={**template.arguments, "messages": step.messages})
