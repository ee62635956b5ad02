"""API operations as data, and the descriptors that turn them into methods.

An :class:`Operation` says what the wire needs (method, path, which arguments go in the path,
the query or the body, the request and response models). A *builder* function carries a
method's signature and docstring and only collects the arguments it was given. A descriptor
pairs the two into ``complete`` / ``complete_async`` / ``stream`` / ``stream_async``, so no
method body is written twice and each operation is declared once::

    CHAT = Operation("POST", "/v1/chat/completions", request=ChatCompletionRequest,
                     parse=ChatCompletionResponse.model_validate_json,
                     operation_id="chat_completion_v1_chat_completions_post")

    def _chat(*, model: str, messages: ..., **options: Unpack[CallOptions]) -> Call:
        \"\"\"Chat Completion.\"\"\"
        return call(locals())

    class Chat(Resource):
        complete = SyncEndpoint(CHAT, _chat)
        complete_async = AsyncEndpoint(CHAT, _chat)

The descriptors add the per-call options' documentation (:data:`OPTION_DOCS`) to each
method's docstring, and turn a call Python rejects into an error naming the public method
(``chat.complete()``). :func:`walk` lists a client's methods: the operation table that
``tests/test_operation_table.py`` checks against the contract and ``docs/api.md`` documents.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypedDict, TypeVar, overload

import httpx

from ._sse import EventStream, EventStreamAsync
from ._types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import ParamSpec, Self

    from ._client import ClientCore
    from ._response import RawResources
    from ._retry import RetryConfig

    P = ParamSpec("P")
else:
    from typing import ParamSpec

    P = ParamSpec("P")

__all__ = [
    "AsyncEndpoint",
    "AsyncRawEndpoint",
    "AsyncStreamEndpoint",
    "Call",
    "CallOptions",
    "OPTION_DOCS",
    "Operation",
    "Resource",
    "SubResource",
    "SyncEndpoint",
    "SyncRawEndpoint",
    "SyncStreamEndpoint",
    "call",
    "walk",
]

R = TypeVar("R")
E = TypeVar("E")
Out = TypeVar("Out")

#: What a response body becomes: JSON parsed into a model, server-sent events, or the
#: streamed ``httpx.Response`` itself (downloads).
Mode = Literal["json", "sse", "raw"]


#: v1's deliberate argument names that differ from the contract's field names, by operationId
#: (argument -> field): the one list of them. Builders take v1's name; the core sends the
#: contract's; the contract walk (tests/test_operation_table.py) allows exactly these.
V1_NAMES: dict[str, dict[str, str]] = {
    "embeddings_v1_embeddings_post": {"inputs": "input"},
    "moderations_v1_moderations_post": {"inputs": "input"},
    "moderations_chat_v1_chat_moderations_post": {"inputs": "input"},
    "classifications_v1_classifications_post": {"inputs": "input"},
    "chat_classifications_v1_chat_classifications_post": {"inputs": "input"},
}


class CallOptions(TypedDict, total=False):
    """Per-call settings every method accepts next to the operation's own arguments.

    Documented once, in :data:`OPTION_DOCS`, which every method's docstring ends with.
    """

    retries: RetryConfig | Unset | None
    server_url: str | None
    timeout_ms: int | None
    http_headers: Mapping[str, str] | None
    extra_body: Mapping[str, Any] | None
    extra_query: Mapping[str, Any] | None
    extra_headers: Mapping[str, str] | None


#: What each per-call option does: the one place they are documented. The descriptor adds
#: these ``:param`` lines to every method's docstring (before its ``:raises`` lines).
OPTION_DOCS: dict[str, str] = {
    "retries": "Replaces the client's retry policy for this call (``None``: no retries).",
    "server_url": "Sends this call to another base URL.",
    "timeout_ms": "Replaces the client's timeout for this call, in milliseconds.",
    "http_headers": "Extra headers for this call.",
    "extra_body": (
        "Fields added to the request body as they are, after the arguments are validated (a"
        " field this SDK does not know yet; a key given both ways takes this value). JSON"
        " values only; form fields of a multipart request."
    ),
    "extra_query": "Query parameters added to the URL (JSON values; a list repeats the name).",
    "extra_headers": "Headers added to the request, after the SDK's own (same as http_headers).",
}


def with_options(doc: str | None) -> str:
    """``doc`` with the per-call options' ``:param`` lines, before its first ``:raises``."""
    lines = (doc or "").rstrip().split("\n")
    indent = next((ln[: len(ln) - len(ln.lstrip())] for ln in lines[1:] if ln.strip()), "")
    options = [f"{indent}:param {name}: {text}" for name, text in OPTION_DOCS.items()]
    at = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith(":raises")), None)
    if at is None:
        return "\n".join([*lines, *options, indent])
    return "\n".join([*lines[:at], *options, *lines[at:], indent])


@dataclass(frozen=True, slots=True)
class Operation(Generic[R]):
    """One API operation, as the contract describes it."""

    method: str
    path: str
    #: Turns a response body into the result (``mode="json"``), or one SSE ``data`` into an
    #: event (``mode="sse"``). Unused for ``raw``.
    parse: Callable[[bytes], R] | None = None
    mode: Mode = "json"
    #: The request body's model (validated strictly), if the operation has a JSON body.
    request: type[Any] | None = None
    #: The ``{name}`` placeholders of ``path``, in order (found from it, never written).
    path_params: tuple[str, ...] = field(init=False)
    query_params: tuple[str, ...] = ()
    #: Operations whose body has a ``stream`` flag get it set to match ``mode``.
    stream_flag: bool = False
    multipart: bool = False
    #: A multipart operation's model of its form fields (``file`` aside), validated strictly
    #: before sending; with it, the ``file`` part is optional (the body stays multipart).
    form: type[Any] | None = None
    #: The contract's ``operationId`` (``chat_completion_v1_chat_completions_post``).
    operation_id: str = ""
    #: A stream's manager (``mode="sse"``): wraps the event stream the provider opened
    #: (:class:`~mistralai_core._streaming.Adapter`: text, typed events, final result).
    adapter: StreamManaging | None = None
    #: The ``Accept`` header of ``mode`` (found from it, never written).
    accept: str = field(init=False, repr=False, compare=False)
    #: ``parse`` as the request path calls it: the same call, without pydantic's Python
    #: wrapper when ``parse`` is a model's own ``model_validate_json`` (found, never written).
    decode: Callable[[bytes], R] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_params", tuple(re.findall(r"{(\w+)}", self.path)))
        accept = {"json": "application/json", "sse": "text/event-stream"}
        object.__setattr__(self, "accept", accept.get(self.mode, "application/octet-stream"))
        object.__setattr__(self, "decode", _direct(self.parse))

    def streaming(self, parse: Callable[[bytes], E]) -> Operation[E]:
        """The same operation answered with server-sent events, each parsed by ``parse``."""
        # dataclasses.replace can't change a type parameter; the new parser makes it an E.
        return replace(self, parse=parse, mode="sse")  # type: ignore[arg-type,return-value]


def _direct(parse: Callable[[bytes], R] | None) -> Callable[[bytes], R] | None:
    """``Model.model_validate_json`` as ``Model.__pydantic_validator__.validate_json``.

    pydantic's classmethod only checks its keyword arguments (none are passed here) before
    making this call. The validator is looked up per call: a model's is built on first use.
    A model that overrides the classmethod, or any other parser, is kept as it is.
    """
    model: Any = getattr(parse, "__self__", None)
    pydantic = sys.modules.get("pydantic")
    if pydantic is None or not isinstance(model, type) or not issubclass(model, pydantic.BaseModel):
        return parse
    cls: Any = model  # a pydantic model class (mypy knows it as a bare ``type`` here)
    own = pydantic.BaseModel.model_validate_json.__func__
    if getattr(parse, "__func__", None) is not own or cls.model_validate_json.__func__ is not own:
        return parse

    def validate_json(data: bytes) -> R:
        return cls.__pydantic_validator__.validate_json(data)  # type: ignore[no-any-return]

    return validate_json


@dataclass(slots=True)
class Call:
    """The arguments a method was given (``UNSET`` ones dropped) and its per-call options."""

    arguments: dict[str, Any]
    options: CallOptions = field(default_factory=lambda: CallOptions())
    #: The public method, as errors name it (``chat.complete``); set by the descriptor.
    method: str = ""
    #: ``"read"`` / ``"stream"``: answer with the response (``with_raw_response`` /
    #: ``with_streaming_response``) instead of the parsed result.
    raw: str = ""


class StreamManaging(Protocol):
    """What :attr:`Operation.adapter` holds: it wraps a provider's event stream."""

    def manage(self, stream: Any, is_async: bool) -> Any: ...


def call(arguments: dict[str, Any]) -> Call:
    """Build a :class:`Call` from a builder's ``locals()`` (``**options`` included)."""
    options: CallOptions | None = arguments.pop("options", None)
    if options:
        unknown = options.keys() - CallOptions.__optional_keys__
        if unknown:  # **options would otherwise swallow a misspelt argument silently
            raise TypeError(f"unexpected keyword arguments: {', '.join(sorted(unknown))}")
    else:
        options = {}
    return Call({k: v for k, v in arguments.items() if v is not UNSET}, options)


class Resource:
    """A group of methods (``client.chat``), bound to the client's core.

    ``path`` is where it hangs off the client (``"chat"``, ``"batch.jobs"``): errors name a
    method as the user wrote it (``chat.complete()``).
    """

    def __init__(self, core: ClientCore, path: str = "") -> None:
        self._core = core
        self._path = path

    @functools.cached_property
    def with_raw_response(self) -> RawResources:
        """Every method of this resource, answering with an ``APIResponse`` (status,
        headers, ``request_id``, ``parse()``) instead of the parsed result."""
        from ._response import RawResources

        return RawResources(self, "read")

    @functools.cached_property
    def with_streaming_response(self) -> RawResources:
        """Every method of this resource, answering with a context manager that gives the
        ``APIResponse`` before the body is read (``with ... as r: r.parse()``)."""
        from ._response import RawResources

        return RawResources(self, "stream")


class SubResource(Generic[R]):
    """A lazily created resource attribute: ``jobs: SubResource[Jobs] = SubResource("m:Jobs")``.

    Importing the resource's module (and its models) waits until first use; the instance is
    then cached on the owner.
    """

    def __init__(self, target: str) -> None:
        self._target = target
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def resource(self) -> type[Resource]:
        """The resource class (its module imported now)."""
        module_name, _, class_name = self._target.partition(":")
        cls: type[Resource] = getattr(importlib.import_module(module_name), class_name)
        return cls

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> R: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        cls = self.resource()
        parent = getattr(obj, "_path", "")  # a resource's path; a client has none
        value = cls(obj._core, f"{parent}.{self._name}" if parent else self._name)
        obj.__dict__[self._name] = value
        return value


class _Endpoint(Generic[P, Out]):
    """Binds an operation and a builder to a resource; the bound method is cached on it.

    The bound method calls the builder directly (the fast path). Only when Python rejects
    the arguments does it look closer, to say which public method was called wrongly and
    how (:meth:`_argument_error`).
    """

    def __init__(self, operation: Operation[Any], build: Callable[P, Call]) -> None:
        self.operation = operation
        self.build = build
        self._name = build.__name__
        self.__doc__ = with_options(build.__doc__)

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: Resource, owner: type | None = None) -> Callable[P, Out]: ...
    def __get__(self, obj: Resource | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        public = f"{obj._path}.{self._name}" if obj._path else self._name
        method = self._bind(obj._core, public)
        functools.update_wrapper(method, self.build)
        method.__name__ = method.__qualname__ = self._name
        method.__doc__ = self.__doc__
        obj.__dict__[self._name] = method
        return method

    def _bind(self, core: ClientCore, public: str) -> Callable[P, Out]:
        raise NotImplementedError

    def _call(self, public: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Call:
        try:
            built = self.build(*args, **kwargs)
        except TypeError as exc:
            built = self._argument_error(public, args, kwargs, exc)
        built.method = public
        return built

    def _argument_error(
        self, public: str, args: tuple[Any, ...], kwargs: dict[str, Any], exc: TypeError
    ) -> Call:
        """Raise a ``TypeError`` that names ``public`` and says what to pass instead.

        A builder may raise ``TypeError`` itself (a check across arguments): its message is
        prefixed with the public method. One mistake is forgiven, for v1 code: ``stream=``
        matching what the method does
        (``complete(stream=False)``, ``stream(stream=True)``) is dropped.
        """
        import difflib
        import inspect

        params = inspect.signature(self.build).parameters
        accepted = {n for n, p in params.items() if p.kind is not p.VAR_KEYWORD}
        accepted |= CallOptions.__optional_keys__
        streams = self.operation.mode == "sse"
        if "stream" in kwargs and "stream" not in accepted and self.operation.stream_flag:
            if kwargs["stream"] is streams:
                rest = {k: v for k, v in kwargs.items() if k != "stream"}
                return self._call(public, args, rest)
            resource, _, name = public.rpartition(".")
            twin = _stream_twin(name.removesuffix("_async"), streams) + (
                "_async" if name.endswith("_async") else ""
            )
            raise TypeError(
                f"{public}() does not take stream={kwargs['stream']!r}: "
                f"use {resource}.{twin}() to {'get one answer' if streams else 'stream'}"
            ) from None
        unknown = [k for k in kwargs if k not in accepted]
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(accepted), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(
                f"{public}() got an unexpected keyword argument {unknown[0]!r}{hint}"
            ) from None
        if args:
            raise TypeError(
                f"{public}() takes keyword arguments only ({len(args)} positional given)"
            ) from None
        missing = [
            n
            for n, p in params.items()
            if p.default is p.empty and p.kind is p.KEYWORD_ONLY and n not in kwargs
        ]
        if missing:
            names = ", ".join(repr(n) for n in missing)
            raise TypeError(f"{public}() missing required keyword argument: {names}") from None
        # What is left is the builder's own check (``audio.transcriptions``: one audio source):
        # its message, under the public method's name (replacing a name the builder gave it,
        # which cannot know whether the sync or the async method called it).
        text = str(exc)
        named, sep, after = text.partition("(): ")
        if sep and named.replace(".", "").replace("_", "").isalnum():
            text = after
        raise TypeError(f"{public}(): {text}") from None


def _stream_twin(name: str, streams: bool) -> str:
    """The method that does the other thing: ``complete`` <-> ``stream``,
    ``start`` <-> ``start_stream``."""
    if name in ("complete", "stream"):
        return "complete" if streams else "stream"
    return name.removesuffix("_stream") if streams else f"{name}_stream"


class _Sync(_Endpoint[P, Out]):
    def _bind(self, core: ClientCore, public: str) -> Callable[P, Out]:
        op, build, fix = self.operation, self.build, self._argument_error

        def method(*args: P.args, **kwargs: P.kwargs) -> Out:
            try:
                built = build(*args, **kwargs)
            except TypeError as exc:
                built = fix(public, args, kwargs, exc)
            built.method = public
            return core.request(op, built)  # type: ignore[no-any-return]

        return method


class _Async(_Endpoint[P, Coroutine[Any, Any, Out]], Generic[P, Out]):
    def _bind(self, core: ClientCore, public: str) -> Callable[P, Coroutine[Any, Any, Out]]:
        op, build, fix = self.operation, self.build, self._argument_error

        async def method(*args: P.args, **kwargs: P.kwargs) -> Out:
            try:
                built = build(*args, **kwargs)
            except TypeError as exc:
                built = fix(public, args, kwargs, exc)
            built.method = public
            return await core.request_async(op, built)  # type: ignore[no-any-return]

        return method


def walk(owner: type, prefix: str = "") -> Iterator[tuple[str, _Endpoint[Any, Any]]]:
    """The operation table of a client (or resource) class: every public method as
    ``("batch.jobs.create", endpoint)``, in declaration order, sync and async alike."""
    for name, value in vars(owner).items():
        if isinstance(value, SubResource):
            yield from walk(value.resource(), f"{prefix}{name}.")
        elif isinstance(value, _Endpoint):
            yield f"{prefix}{name}", value


# The subclasses below exist for their signatures: each ties the operation's result type to
# what the bound method returns.


class SyncEndpoint(_Sync[P, R]):
    """``client.x.method(...)`` -> the parsed response."""

    def __init__(self, operation: Operation[R], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)


class AsyncEndpoint(_Async[P, R]):
    """``await client.x.method_async(...)`` -> the parsed response."""

    def __init__(self, operation: Operation[R], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)


class SyncStreamEndpoint(_Sync[P, EventStream[E]]):
    """``client.x.stream(...)`` -> an :class:`EventStream` of parsed events."""

    def __init__(self, operation: Operation[E], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)


class AsyncStreamEndpoint(_Async[P, EventStreamAsync[E]]):
    """``await client.x.stream_async(...)`` -> an :class:`EventStreamAsync`."""

    def __init__(self, operation: Operation[E], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)


class SyncRawEndpoint(_Sync[P, httpx.Response]):
    """``client.x.download(...)`` -> the open, streamed ``httpx.Response`` (close it)."""

    def __init__(self, operation: Operation[Any], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)


class AsyncRawEndpoint(_Async[P, httpx.Response]):
    """``await client.x.download_async(...)`` -> the open, streamed response (``aclose`` it)."""

    def __init__(self, operation: Operation[Any], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)
