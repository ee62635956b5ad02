"""The request pipeline every client shares: build -> resolve -> send/retry -> parse.

Everything that can be decided without I/O is plain code here (the request spec, encoding,
the retry decision, status -> exception, parsing); only the send-and-sleep loop exists twice,
once sync and once async. Clients made by the SDK are created on first use (only the kind in
use) and closed by ``close``/``aclose``; clients passed in by the user are never closed.

An SDK-made async client belongs to the event loop it was made on. When a later
``asyncio.run`` brings a new loop, a new client is made, and each one is closed on its own
loop as that loop shuts down (through an async generator, which ``asyncio.run`` finalizes).
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Mapping
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import quote

import httpx

from . import _http
from ._auth import KeySource
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseValidationError,
    error_for_response,
)
from ._http import AsyncHttpClient, HttpClient, Library, as_httpx_error, library_of
from ._ids import set_request_id
from ._logging import default_logger, mask_headers
from ._operation import V1_NAMES, Call, CallOptions, Operation
from ._provider import Provider, RequestSpec
from ._retry import DEFAULT_RETRY, NO_RETRY, RetryConfig, next_delay
from ._types import UNSET, Unset
from ._version import USER_AGENT

if TYPE_CHECKING:
    import asyncio

    from typing_extensions import Self

__all__ = ["DEFAULT_TIMEOUT", "ClientCore", "KeySource", "SDKClient"]

#: Finite by default: 10 s to connect, 10 min between bytes (a long completion sends
#: nothing until it is done).
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
_LOG_BODY = 4096


class ClientCore:
    """The state one SDK client holds: provider, base URL, HTTP clients, retry, logging."""

    def __init__(
        self,
        *,
        provider: Provider,
        server_url: str,
        client: HttpClient | None = None,
        async_client: AsyncHttpClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
    ) -> None:
        self.provider = provider
        self.server_url = server_url.rstrip("/")
        self.retry = _retry_policy(retry_config, DEFAULT_RETRY)
        self.timeout = None if timeout_ms is None else _timeout(timeout_ms)
        self.logger = debug_logger if debug_logger is not None else default_logger()
        self._client = client
        self._owns_client = client is None
        self._async_client = async_client
        self._owns_async_client = async_client is None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._async_closer: AsyncGenerator[None, None] | None = None
        self._lock = threading.Lock()
        self._urls: dict[str, httpx.URL] = {}

    # -- the pure part -------------------------------------------------------------------

    def spec(self, op: Operation[Any], call: Call) -> RequestSpec:
        """The request for ``call``, resolved by the provider and validated; nothing sent yet.

        Raises ``pydantic.ValidationError`` (a ``ValueError``) for arguments the contract
        rejects, before anything goes on the wire.
        """
        args = dict(call.arguments)
        renamed = V1_NAMES.get(op.operation_id)
        if renamed:
            args = {renamed.get(k, k): v for k, v in args.items()}
        options = call.options
        path = op.path
        if op.path_params:
            path = path.format_map({k: quote(str(args.pop(k)), safe="") for k in op.path_params})
        query = {}
        if op.query_params:
            for k in op.query_params:
                if k in args:
                    value = _query_value(args.pop(k))
                    if value is not None:
                        query[k] = value
        server_url = options.get("server_url") if options else None
        base_url = server_url.rstrip("/") if server_url else self.server_url
        caller = call.method or op.operation_id
        headers = {"User-Agent": USER_AGENT, "Accept": op.accept}
        spec = RequestSpec(op, op.method, base_url, path, query, headers, caller=caller)
        if op.stream_flag:
            args["stream"] = op.mode == "sse"
        if op.request is not None:
            spec.body = args
            headers["Content-Type"] = "application/json"
        elif op.multipart:
            spec.files, spec.data = _multipart(args, caller, op.form)
        elif args:
            raise TypeError(f"{caller}(): unexpected arguments {sorted(args)}")
        if options:
            extra = options.get("http_headers")
            if extra:
                headers.update(extra)
            timeout_ms = options.get("timeout_ms")
            spec.timeout = self.timeout if timeout_ms is None else _timeout(timeout_ms)
        else:
            spec.timeout = self.timeout
        self.provider.resolve(spec)
        if op.request is not None:
            to_wire_model = _codec()[0]  # pydantic loads with the first call, not import
            try:
                spec.body = to_wire_model(op.request, _drop_null(op.request, spec.body))
            except ValueError as exc:  # pydantic's ValidationError
                raise _named(exc, caller) from None
        if options and (
            "extra_body" in options or "extra_query" in options or "extra_headers" in options
        ):
            _add_extras(spec, options)
        return spec

    def _retry_for(self, call: Call) -> RetryConfig:
        return _retry_policy(call.options.get("retries", UNSET), self.retry)

    def _build(
        self, client: HttpClient | AsyncHttpClient, spec: RequestSpec, library: Library
    ) -> httpx.Request:
        content = None if spec.body is None else _codec()[1](spec.body)
        if spec.extra_body:
            content = _merged_json(content, spec.extra_body)
        return client.build_request(
            spec.method,
            # httpx: a cached httpx.URL; another library (httpx2) parses the string itself
            self._url(spec.url) if library.native else spec.url,
            content=content,
            files=spec.files,
            data=spec.data,
            params=spec.query or None,
            headers=spec.headers,
            timeout=library.timeout(spec.timeout),
        )

    def _url(self, url: str) -> httpx.URL:
        """The parsed URL, cached: httpx parses a string URL anew each time, which costs
        about a quarter of building a request. Bounded, since paths carry ids."""
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) >= 512:
                self._urls.clear()
            parsed = self._urls[url] = httpx.URL(url)
        return parsed

    def _result(
        self, op: Operation[Any], response: httpx.Response, *, is_async: bool, raw: str = ""
    ) -> Any:
        if raw:  # with_raw_response / with_streaming_response: parsed later, on request
            from ._response import api_response

            return api_response(self, op, response, is_async)
        if op.mode == "sse":
            assert op.parse is not None
            if is_async:
                stream: Any = self.provider.open_stream_async(response, op.parse)
            else:
                stream = self.provider.open_stream(response, op.parse)
            return stream if op.adapter is None else op.adapter.manage(stream, is_async)
        if op.mode == "raw":
            return response
        assert op.decode is not None
        try:
            result = op.decode(response.content)
            set_request_id(result, response.headers)
            return result
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ResponseValidationError(
                "the response body does not match the expected model",
                response,
                exc,
                response.content,
            ) from exc

    def _outcome(
        self, request: httpx.Request, response: httpx.Response | None, error: Exception | None
    ) -> NoReturn:
        """Raise what a failed call ends with: our connection error, or the status's error."""
        if error is not None:
            cls = (
                APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            )
            raise cls(f"{type(error).__name__}: {error}", request) from error
        assert response is not None
        raise error_for_response(response)

    # -- logging -------------------------------------------------------------------------

    def _log_request(self, request: httpx.Request) -> None:
        if self.logger is None:
            return
        body = (
            request.content[:_LOG_BODY]
            if not request.headers.get("content-type", "").startswith("multipart/")
            else b"<multipart>"
        )
        self.logger.debug(
            "Request: %s %s headers=%s body=%s",
            request.method,
            request.url,
            mask_headers(request.headers.items()),
            body.decode("utf-8", "replace"),
        )

    def _log_response(self, response: httpx.Response, streamed: bool) -> None:
        if self.logger is None:
            return
        if not self.logger.isEnabledFor(logging.DEBUG):  # MISTRAL_LOG=info: one line
            request = response.request
            self.logger.info("%s %s -> %s", request.method, request.url, response.status_code)
            return
        body = "<stream>" if streamed and not response.is_error else response.text[:_LOG_BODY]
        self.logger.debug(
            "Response: %s %s headers=%s body=%s",
            response.status_code,
            response.request.url,
            mask_headers(response.headers.items()),
            body,
        )

    def _log_retry(
        self, attempt: int, delay: float, response: httpx.Response | None, error: Exception | None
    ) -> None:
        if self.logger is None:
            return
        why = f"status {response.status_code}" if response is not None else type(error).__name__
        self.logger.debug("Retrying in %.2f s (attempt %d failed: %s)", delay, attempt + 1, why)

    # -- sync ----------------------------------------------------------------------------

    def request(self, op: Operation[Any], call: Call) -> Any:
        """Send ``call`` and return its result (model, event stream or raw response)."""
        spec = self.spec(op, call)
        client = self._client if self._client is not None else self._make_client()
        library = library_of(client)
        auth = library.auth(self.provider.auth)
        retry = self._retry_for(call)
        streamed = op.mode != "json" or call.raw == "stream"
        start = time.monotonic()
        attempt = 0
        while True:
            request = self._build(client, spec, library)
            self._log_request(request)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = client.send(request, stream=streamed, auth=auth)
                if streamed and response.is_error:
                    response.read()  # may fail too: a connection error
            except _http.ERRORS as exc:
                if response is not None:
                    response.close()
                response, error = None, as_httpx_error(exc)
            if response is not None:
                if not response.is_error:
                    self._log_response(response, streamed)
                    return self._result(op, response, is_async=False, raw=call.raw)
                self._log_response(response, streamed)
            delay = next_delay(retry, attempt, time.monotonic() - start, response, error)
            if delay is None or not _replayable(spec):
                return self._outcome(request, response, error)
            self._log_retry(attempt, delay, response, error)
            if response is not None:
                response.close()
            _sleep(delay)
            attempt += 1

    def _make_client(self) -> HttpClient:
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=DEFAULT_TIMEOUT)
            return self._client

    def close(self) -> None:
        """Close the sync HTTP client if the SDK made it."""
        if self._owns_client and isinstance(self._client, httpx.Client):
            self._client.close()
            self._client = None

    # -- async ---------------------------------------------------------------------------

    async def request_async(self, op: Operation[Any], call: Call) -> Any:
        """The async twin of :meth:`request`; only the sends and the sleep await."""
        await self.provider.prepare_async()
        spec = self.spec(op, call)
        client = await self._get_async_client()
        library = library_of(client)
        auth = library.auth(self.provider.auth)
        retry = self._retry_for(call)
        streamed = op.mode != "json" or call.raw == "stream"
        start = time.monotonic()
        attempt = 0
        while True:
            request = self._build(client, spec, library)
            self._log_request(request)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = await client.send(request, stream=streamed, auth=auth)
                if streamed and response.is_error:
                    await response.aread()  # may fail too: a connection error
            except _http.ERRORS as exc:
                if response is not None:
                    await response.aclose()
                response, error = None, as_httpx_error(exc)
            if response is not None:
                if not response.is_error:
                    self._log_response(response, streamed)
                    return self._result(op, response, is_async=True, raw=call.raw)
                self._log_response(response, streamed)
            delay = next_delay(retry, attempt, time.monotonic() - start, response, error)
            if delay is None or not _replayable(spec):
                return self._outcome(request, response, error)
            self._log_retry(attempt, delay, response, error)
            if response is not None:
                await response.aclose()
            await _async_sleep(delay)
            attempt += 1

    async def _get_async_client(self) -> AsyncHttpClient:
        import asyncio

        client = self._async_client
        if not self._owns_async_client:
            assert client is not None
            return client
        loop = asyncio.get_running_loop()
        if client is not None and self._async_loop is not None and self._async_loop() is loop:
            return client
        client = httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
        closer = _close_with_loop(client)
        await closer.__anext__()  # registered with this loop: closed by its shutdown_asyncgens
        self._async_client, self._async_loop, self._async_closer = (
            client,
            weakref.ref(loop),
            closer,
        )
        return client

    async def aclose(self) -> None:
        """Close the HTTP clients the SDK made (the async one, and the sync one if any)."""
        import asyncio

        closer, self._async_closer = self._async_closer, None
        if closer is not None and self._async_loop is not None:
            if self._async_loop() is asyncio.get_running_loop():
                await closer.aclose()
            self._async_client = None
            self._async_loop = None
        self.close()


async def _close_with_loop(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
        yield  # never resumed: only aclose() (ours, or the loop's at shutdown) ends it
    finally:
        await client.aclose()


def _sleep(seconds: float) -> None:
    """The retry loop's wait (a seam for tests, which record delays instead of sleeping)."""
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync-only programs never pay for it

    await asyncio.sleep(seconds)


_CODEC: list[Any] = []


def _codec() -> list[Any]:
    """``[to_wire_model, to_json]``: imported with the first request (it loads pydantic),
    then a list read, not an import statement per call."""
    if not _CODEC:
        from ._models import to_json, to_wire_model

        _CODEC[:] = [to_wire_model, to_json]
    return _CODEC


def _drop_null(model: type[Any], args: dict[str, Any]) -> dict[str, Any]:
    """v1 semantics: ``None`` for a field the contract does not let be null means "not given"."""
    nullable: frozenset[str] = getattr(model, "__nullable__", frozenset())
    return {k: v for k, v in args.items() if v is not None or k in nullable}


def _add_extras(spec: RequestSpec, options: CallOptions) -> None:
    """Check ``extra_body`` / ``extra_query`` / ``extra_headers`` and add them to ``spec``.

    Each must be a mapping of JSON values (headers: of strings); a bad one fails here,
    naming the method and the option, before anything is sent. Given after the provider's
    ``resolve``, they win over what the SDK set (the caller asked for them by name).
    """
    method = spec.caller
    body = _json_mapping(options.get("extra_body"), method, "extra_body")
    if body:
        if spec.data is not None or spec.files is not None:  # multipart: more form fields
            fields = dict(spec.data or {})
            for key, value in body.items():
                fields[key] = value if isinstance(value, str) else _dumps(value)
            spec.data = fields
        elif spec.operation.request is None:
            raise TypeError(
                f"{method}(): extra_body: {spec.method} {spec.operation.path} sends no body"
            )
        else:
            spec.extra_body = body
    query = _json_mapping(options.get("extra_query"), method, "extra_query")
    for key, value in query.items():
        if value is not None:
            spec.query[key] = _query_value(value)
    headers = _json_mapping(options.get("extra_headers"), method, "extra_headers")
    for key, value in headers.items():
        if not isinstance(value, str):
            raise TypeError(
                f"{method}(): extra_headers[{key!r}] must be a str, not {type(value).__name__}"
            )
        spec.headers[key] = value


def _json_mapping(value: Any, method: str, option: str) -> dict[str, Any]:
    """``value`` (a per-call option) as a dict of JSON values, or a clear error."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise TypeError(f"{method}(): {option} must be a mapping with str keys")
    try:
        _dumps(value)
    except (TypeError, ValueError) as exc:  # the message names the type, never the value
        raise type(exc)(f"{method}(): {option} is not JSON-serialisable: {exc}") from None
    return dict(value)


def _dumps(value: Any) -> str:
    import json

    return json.dumps(value, allow_nan=False, separators=(",", ":"))


def _merged_json(content: bytes | None, extra: Mapping[str, Any]) -> bytes:
    """The JSON object ``content`` with ``extra``'s keys added (or replaced)."""
    import json

    body = json.loads(content) if content else {}
    body.update(extra)
    return _dumps(body).encode()


def _retry_policy(value: RetryConfig | Unset | None, default: RetryConfig) -> RetryConfig:
    if value is UNSET:
        return default
    return value if isinstance(value, RetryConfig) else NO_RETRY


def _timeout(timeout_ms: int) -> httpx.Timeout:
    return httpx.Timeout(timeout_ms / 1000.0)


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        import json

        return json.dumps(dict(value), separators=(",", ":"))
    if isinstance(value, list | tuple):
        return [_query_value(v) for v in value]
    return value


def _multipart(
    args: dict[str, Any], method: str, form: type[Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``file`` becomes a file part (name, content[, type]); other arguments form fields.

    A file object is streamed by httpx in chunks (also by async calls), never read whole.
    With a ``form`` model the fields are validated by it first and ``file`` may be absent;
    the body is multipart all the same (one field goes as a part: httpx would otherwise send
    fields alone url-encoded).
    """
    file = args.pop("file", None)
    files: dict[str, Any] = {}
    if file is not None or form is None:
        files["file"] = _file_part(file, method)
    if form is not None:
        from ._models import to_wire_model  # loaded by the first call already: a dict lookup

        try:
            checked = to_wire_model(form, _drop_null(form, args))
        except ValueError as exc:  # pydantic's ValidationError
            raise _named(exc, method) from None
        args = checked.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data = {k: _form_value(v) for k, v in args.items() if v is not None}
    if not files:
        name = next((k for k, v in data.items() if isinstance(v, str)), None)
        if name is None:
            raise TypeError(f"{method}(): nothing to send")
        files[name] = (None, data.pop(name))
    return files, data


def _file_part(file: Any, method: str) -> tuple[Any, ...]:
    if not isinstance(file, Mapping):
        file = {k: getattr(file, k, None) for k in ("file_name", "content", "content_type")}
    if not file.get("file_name") or file.get("content") is None:
        raise TypeError(
            f"{method}(): file must be {{'file_name': str, 'content': bytes | file object}}"
        )
    content = file["content"]
    if inspect.iscoroutinefunction(getattr(content, "read", None)):
        raise TypeError(
            f"{method}(): file content must be bytes or a binary file object; async file "
            "objects are not supported (a regular file object is streamed by async calls too)"
        )
    part: tuple[Any, ...] = (file["file_name"], content)
    if file.get("content_type"):
        part = (*part, file["content_type"])
    return part


def _form_value(value: Any) -> Any:
    """A form field's text; a list is repeated fields (``context_bias=a&context_bias=b``)."""
    if isinstance(value, list | tuple):
        return [str(_query_value(v)) for v in value]
    return str(_query_value(value))


def _named(exc: ValueError, method: str) -> ValueError:
    """A request model's ``ValidationError`` retitled with the public method (``chat.complete()``)
    instead of the model's class, so the message names the method and each field; same type."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError) or not method:
        return exc
    try:
        return ValidationError.from_exception_data(f"{method}()", exc.errors())  # type: ignore[arg-type]
    except Exception:  # an error type pydantic can't rebuild: the original says enough
        return exc


def _replayable(spec: RequestSpec) -> bool:
    """A request can be sent again unless it streams a file that cannot seek back.

    (httpx seeks a seekable file back to its start each time it sends it.)
    """
    part = spec.files.get("file") if spec.files else None
    if part is None:
        return True
    content = part[1]
    if isinstance(content, bytes | bytearray | str):
        return True
    try:
        return bool(content.seekable())
    except (AttributeError, OSError):
        return False


class SDKClient:
    """Base of the public clients (``Mistral``, ``MistralAzure``, ``MistralGoogleCloud``).

    Holds the :class:`ClientCore`; resources hang off it as lazy attributes. Usable as a
    sync or async context manager, which closes the HTTP clients the SDK made.
    """

    _core: ClientCore

    def close(self) -> None:
        """Close the sync HTTP client the SDK made (a client you passed stays open)."""
        self._core.close()

    async def aclose(self) -> None:
        """Close the HTTP clients the SDK made (clients you passed stay open)."""
        await self._core.aclose()

    def with_options(
        self,
        *,
        timeout_ms: int | None | Unset = UNSET,
        retries: RetryConfig | Unset | None = UNSET,
        server_url: str | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with other defaults, sharing its connection pool (and credentials).

        :param timeout_ms: The timeout of every call, in milliseconds (``None``: no timeout).
        :param retries: The retry policy of every call (``None``: no retries).
        :param server_url: Another base URL.
        :param http_headers: Headers sent with every call (a call's own ``http_headers`` win).
        """
        from ._options import derive_client

        return derive_client(
            self,
            timeout_ms=timeout_ms,
            retries=retries,
            server_url=server_url,
            http_headers=http_headers,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(server_url={self._core.server_url!r})"
