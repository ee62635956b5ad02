"""What a call gives back besides its parsed result: request id, headers, the raw response.

* Every parsed model result carries ``_request_id`` (from ``x-request-id`` or ``request-id``).
  It is an instance attribute outside the model's fields, so the result keeps its type, and
  ``model_dump()`` / ``model_dump_json()`` / ``==`` / ``repr`` ignore it; the leading
  underscore means no API field can ever take the name.
* ``client.x.with_raw_response.method(...)`` returns an :class:`APIResponse` (status, headers,
  request id, rate limits, the ``httpx.Response``, ``.parse()``); ``with_streaming_response``
  returns it as a context manager before the body is read. Both work for every method of
  every resource, found from the operation table (no per-operation code).

The request loop itself only imports :mod:`._ids` (``set_request_id``); this module loads
on the first raw response.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._ids import request_id_of, set_request_id

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._client import ClientCore
    from ._operation import Operation, Resource

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "RateLimit",
    "RawResources",
    "request_id_of",
    "set_request_id",
]

R = TypeVar("R")
# -- rate limits --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate-limit headers of a response, parsed.

    ``limit`` and ``remaining`` map a window to a number: ``x-ratelimit-limit-tokens-minute:
    500000`` gives ``limit["tokens-minute"] == 500000`` (a bare ``x-ratelimit-limit`` is the
    window ``""``). ``reset`` holds ``x-ratelimit-reset*`` values in seconds, and
    ``retry_after`` the ``Retry-After`` seconds, when given.
    """

    limit: dict[str, int] = field(default_factory=dict)
    remaining: dict[str, int] = field(default_factory=dict)
    reset: dict[str, float] = field(default_factory=dict)
    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        """The rate limits in ``headers``, or ``None`` when there are none."""
        found: dict[str, dict[str, Any]] = {"limit": {}, "remaining": {}, "reset": {}}
        retry_after: float | None = None
        for raw_name, value in headers.items():
            name = raw_name.lower()
            if name == "retry-after":
                retry_after = _number(value, float)
                continue
            for prefix in ("x-ratelimit-", "ratelimit-"):
                if name.startswith(prefix):
                    kind, _, window = name[len(prefix) :].partition("-")
                    if kind in found:
                        number = _number(value, float if kind == "reset" else int)
                        if number is not None:
                            found[kind][window] = number
        if not any(found.values()) and retry_after is None:
            return None
        return cls(found["limit"], found["remaining"], found["reset"], retry_after)


def _number(value: str, kind: Callable[[str], Any]) -> Any:
    try:
        return kind(value.strip())
    except ValueError:
        return None


# -- raw responses ------------------------------------------------------------------------


class _ResponseBase:
    """What the sync and async raw responses share (everything but reading the body)."""

    def __init__(
        self, core: ClientCore, operation: Operation[Any], response: httpx.Response
    ) -> None:
        self._core = core
        self._operation = operation
        self.http_response = response
        self._parsed: Any = _NOT_PARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response.headers)

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``x-ratelimit-*`` headers, parsed (``None`` when the response has none)."""
        return RateLimit.from_headers(self.http_response.headers)

    def _parse(self, is_async: bool) -> Any:
        if self._parsed is _NOT_PARSED:
            self._parsed = self._core._result(
                self._operation, self.http_response, is_async=is_async
            )
        return self._parsed

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.method} "
            f"{self.http_response.request.url.path} request_id={self.request_id!r}>"
        )


_NOT_PARSED = object()


class APIResponse(_ResponseBase, Generic[R]):
    """A successful response before (or besides) parsing; ``parse()`` gives the result."""

    def parse(self) -> R:
        """The typed result, as the plain method returns it (parsed once, then cached)."""
        if self._operation.mode == "json":
            self.http_response.read()
        return self._parse(is_async=False)  # type: ignore[no-any-return]

    def read(self) -> bytes:
        return self.http_response.read()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIResponse(_ResponseBase, Generic[R]):
    """The async twin of :class:`APIResponse`: ``await r.parse()``."""

    async def parse(self) -> R:
        if self._operation.mode == "json":
            await self.http_response.aread()
        return self._parse(is_async=True)  # type: ignore[no-any-return]

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def api_response(
    core: ClientCore, operation: Operation[Any], response: httpx.Response, is_async: bool
) -> APIResponse[Any] | AsyncAPIResponse[Any]:
    """The core's hook: a successful response handed back unparsed."""
    cls = AsyncAPIResponse if is_async else APIResponse
    return cls(core, operation, response)


class _StreamingContext:
    """``with resource.with_streaming_response.method(...) as r``: sends on enter."""

    def __init__(self, send: Callable[[], Any]) -> None:
        self._send = send
        self._response: APIResponse[Any] | None = None

    def __enter__(self) -> APIResponse[Any]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class _AsyncStreamingContext:
    """``async with resource.with_streaming_response.method_async(...) as r``."""

    def __init__(self, send: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[Any] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[Any]:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


class RawResources:
    """``resource.with_raw_response`` / ``with_streaming_response``: every method of the
    resource (and of its sub-resources), answering with the response instead of the result.

    ``mode`` is ``"read"`` (the body is read, as by the plain method) or ``"stream"`` (the
    response is handed over before its body is read, as a context manager).
    """

    __slots__ = ("_resource", "_mode", "_methods")

    def __init__(self, resource: Resource, mode: str) -> None:
        self._resource = resource
        self._mode = mode
        self._methods: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        try:
            return self._methods[name]
        except KeyError:
            pass
        from ._operation import SubResource, _Async, _Endpoint

        resource = self._resource
        value = next((vars(c)[name] for c in type(resource).__mro__ if name in vars(c)), None)
        if isinstance(value, SubResource):
            method: Any = RawResources(getattr(resource, name), self._mode)
        elif isinstance(value, _Endpoint):
            method = self._method(value, name, isinstance(value, _Async))
        else:
            where = f"{resource._path}." if resource._path else ""
            attribute = "with_raw_response" if self._mode == "read" else "with_streaming_response"
            raise AttributeError(f"{where}{attribute} has no API method {name!r}")
        self._methods[name] = method
        return method

    def _method(self, endpoint: Any, name: str, is_async: bool) -> Callable[..., Any]:
        core = self._resource._core
        public = f"{self._resource._path}.{name}" if self._resource._path else name
        op, mode = endpoint.operation, self._mode

        def build(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
            built = endpoint._call(public, args, kwargs)  # argument errors name the method
            built.raw = mode
            return built

        if is_async:
            if mode == "stream":

                def streaming_async(*args: Any, **kwargs: Any) -> _AsyncStreamingContext:
                    built = build(args, kwargs)
                    return _AsyncStreamingContext(lambda: core.request_async(op, built))

                return streaming_async

            async def raw_async(*args: Any, **kwargs: Any) -> Any:
                return await core.request_async(op, build(args, kwargs))

            return raw_async
        if mode == "stream":

            def streaming(*args: Any, **kwargs: Any) -> _StreamingContext:
                built = build(args, kwargs)
                return _StreamingContext(lambda: core.request(op, built))

            return streaming

        def raw(*args: Any, **kwargs: Any) -> Any:
            return core.request(op, build(args, kwargs))

        return raw

    def __repr__(self) -> str:
        return f"<{self._mode} responses of {self._resource._path or 'client'}>"
