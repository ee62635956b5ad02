"""The ASGI application: one Starlette router per surface, wrapped in a thin outer layer.

Request pipeline (outer layer, :meth:`EmulatorApp.__call__`)::

    x-request-id on every response
    -> /_emulator/*: admin router (no auth, not recorded, no faults)
    -> record the request (headers masked)          -> fault injection (header or queued)
    -> authentication by surface (401)              -> router: contract validation (422)
    -> handler (404 unknown id, 400 unknown model)  -> response checked against the contract

Surfaces, told apart by path and credential:

* La Plateforme: every operation of the contract under ``/v1``, ``Authorization: Bearer <key>``;
* Azure serverless: ``POST /v1/chat/completions`` with a Bearer Azure key (``model`` optional);
* Azure Foundry: ``POST /models/chat/completions?api-version=...``, ``api-key`` or Bearer Entra;
* Vertex: ``POST /v1/projects/{p}/locations/{r}/publishers/mistralai/models/{m}:rawPredict``
  (and ``:streamRawPredict``), Bearer access token;
* ``POST /token``: the OAuth2 JWT-bearer grant (see :mod:`mistralai_emulator._auth`).

The outer layer is plain ASGI rather than Starlette middleware because two faults need control
below the HTTP abstraction: dropping the connection before any byte, and cutting a stream after
k events. For that the app needs the socket; uvicorn does not expose it in the scope, so the
server registers each connection's transport under its client address
(:class:`ConnectionRegistry`) and the in-process transports pass an ``abort`` callable in the
scope's ``extensions``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from . import _generate as gen
from ._auth import TOKEN_PATH, Credentials, TokenError
from ._contract import Contract, Operation, load_contract
from ._faults import Fault, FaultError, FaultQueue, FaultRule, parse_faults
from ._state import (
    Conflict,
    FineTuningJob,
    NotFound,
    State,
    StoredFile,
    page_of,
)

__all__ = ["ConnectionRegistry", "EmulatorApp", "EmulatorConfig", "RequestLog"]

JSON = Any
logger = logging.getLogger("mistralai_emulator")

FOUNDRY_API_VERSIONS = frozenset({"2024-05-01-preview"})
"""``api-version`` values the Foundry surface accepts (PROVIDERS.md)."""

_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "proxy-authorization"})
_ABORT_EXTENSION = "mistralai_emulator.abort"
_UPLOAD_FIELD_LIMIT = 64 * 1024


@dataclass
class EmulatorConfig:
    """Knobs of one emulator instance."""

    data_dir: Path | None = None
    """Where uploaded and generated files live; a fresh temporary directory when None."""
    job_step: float = 0.05
    """Seconds per batch / fine-tuning state transition."""
    validate_responses: bool = True
    """Check every JSON body (and SSE chunk) the emulator sends against the contract."""
    api_key: str | None = None
    """Extra La Plateforme key to accept (besides ``emulator-api-key``)."""
    token_lifetime: float = 3600.0
    token_delay: float = 0.0


class ApiError(Exception):
    """A handler's refusal; becomes a JSON error response."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.status, self.message, self.kind = status, message, kind


class ConnectionRegistry:
    """Counts real TCP connections and maps client addresses to transports (for aborts)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.opened = 0
        self._transports: dict[tuple[Any, ...], asyncio.BaseTransport] = {}

    def open(self, client: tuple[str, int] | None, transport: asyncio.BaseTransport) -> None:
        with self._lock:
            self.opened += 1
            if client:
                self._transports[tuple(client)] = transport

    def close(self, client: tuple[str, int] | None) -> None:
        with self._lock:
            if client:
                self._transports.pop(tuple(client), None)

    def transport(self, client: Iterable[Any] | None) -> asyncio.BaseTransport | None:
        with self._lock:
            return self._transports.get(tuple(client)) if client else None

    @property
    def active(self) -> int:
        with self._lock:
            return len(self._transports)

    def reset(self) -> None:
        with self._lock:
            self.opened = len(self._transports)


@dataclass
class RequestLog:
    """What the emulator received, for assertions. Secrets are masked before storage."""

    entries: list[dict[str, JSON]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, entry: dict[str, JSON]) -> dict[str, JSON]:
        with self._lock:
            self.entries.append(entry)
        return entry

    def snapshot(self) -> list[dict[str, JSON]]:
        with self._lock:
            return [dict(e) for e in self.entries]

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()


def _mask(name: str, value: str) -> str:
    if name.lower() not in _SECRET_HEADERS:
        return value
    scheme, _, secret = value.partition(" ")
    if secret and scheme.lower() in {"bearer", "basic"}:
        return f"{scheme} ***"
    return "***"


def _error_body(message: str, kind: str, request_id: str) -> dict[str, JSON]:
    return {
        "object": "error",
        "message": message,
        "type": kind,
        "param": None,
        "code": None,
        "request_id": request_id,
    }


@dataclass
class Call:
    """One validated call as a handler sees it."""

    request: Request
    op: Operation | None
    path: dict[str, JSON]
    query: dict[str, JSON]
    body: JSON
    surface: str
    request_id: str


Handler = Callable[[Call], Awaitable[Response]]


def _bearer(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _surface_of(path: str) -> str:
    if path == TOKEN_PATH:
        return "token"
    if path.startswith("/v1/projects/"):
        return "vertex"
    if path.startswith("/models/"):
        return "foundry"
    if path.startswith("/v1/"):
        return "mistral"
    return "unknown"


def _types_of(schema: Mapping[str, JSON]) -> set[str]:
    found: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        found.add(kind)
    elif isinstance(kind, list):
        found.update(str(k) for k in kind)
    for sub in schema.get("anyOf", []) + schema.get("oneOf", []):
        found |= _types_of(sub)
    if "$ref" in schema or "enum" in schema:
        found.add("string")
    return found


def _coerce(raw: str, schema: Mapping[str, JSON]) -> JSON:
    """Turn a query/path string into the JSON value its schema wants (like FastAPI does)."""
    types = _types_of(schema)
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            pass
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            pass
    if "boolean" in types:
        lowered = raw.lower()
        if lowered in {"true", "1", "yes", "on"}:
            return True
        if lowered in {"false", "0", "no", "off"}:
            return False
    if "object" in types:
        try:
            return json.loads(raw)
        except ValueError:
            pass
    return raw


def _item_schema(schema: Mapping[str, JSON]) -> Mapping[str, JSON] | None:
    """The item schema when a parameter is an array (repeated query key)."""
    if schema.get("type") == "array":
        items: Mapping[str, JSON] = schema.get("items", {})
        return items
    for sub in schema.get("anyOf", []):
        if sub.get("type") == "array":
            sub_items: Mapping[str, JSON] = sub.get("items", {})
            return sub_items
    return None


def _wants_datetime(schema: Mapping[str, JSON]) -> bool:
    return schema.get("format") == "date-time" or any(
        _wants_datetime(sub) for sub in schema.get("anyOf", [])
    )


def _is_datetime(value: JSON) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


class _Upload:
    """Incremental multipart parser: the ``file`` part goes straight to disk, never to memory."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.fields: dict[str, bytes] = {}
        self.filename: str | None = None
        self.size = 0
        self.newlines = 0
        self.last_byte = b""
        self.too_large = False
        self._handle: Any = None
        self._header_name = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._name: str | None = None
        self._buffer = bytearray()

    def on_part_begin(self) -> None:
        self._headers, self._name, self._buffer = {}, None, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._header_name.lower()] = self._header_value
        self._header_name, self._header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        if self._name == "file" and self._handle is None and self.filename is None:
            raw_name = params.get(b"filename", b"upload").decode("utf-8", "replace")
            self.filename = raw_name.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
            self._handle = self.target.open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        piece = data[start:end]
        if self._name == "file" and self._handle is not None:
            self._handle.write(piece)
            self.size += len(piece)
            self.newlines += piece.count(b"\n")
            if piece:
                self.last_byte = piece[-1:]
        elif len(self._buffer) + len(piece) <= _UPLOAD_FIELD_LIMIT:
            self._buffer += piece
        else:
            self.too_large = True

    def on_part_end(self) -> None:
        if self._name == "file" and self._handle is not None:
            self._handle.close()
            self._handle = None
        elif self._name:
            self.fields.setdefault(self._name, bytes(self._buffer))

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def num_lines(self) -> int:
        return self.newlines + (1 if self.size and self.last_byte != b"\n" else 0)


class EmulatorApp:
    """The emulator as an ASGI callable, with its state and admin accessors."""

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.contract: Contract = load_contract()
        self.credentials = Credentials(
            token_lifetime=self.config.token_lifetime, token_delay=self.config.token_delay
        )
        if self.config.api_key:
            self.credentials.api_keys.add(self.config.api_key)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if self.config.data_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="mistralai-emulator-")
            data_dir = Path(self._tmp.name)
        else:
            data_dir = Path(self.config.data_dir)
            data_dir.mkdir(parents=True, exist_ok=True)
        self.state = State(data_dir, self.config.job_step)
        self.state.batch_runner = self._run_batch_request
        self.faults = FaultQueue()
        self.log = RequestLog()
        self.connections = ConnectionRegistry()
        self._signing_key = secrets.token_bytes(32)
        # FastAPI's shapes for unknown paths and methods, as the real service sends them.
        not_found = {404: _not_found, 405: _not_allowed}
        self.router = Starlette(routes=self._routes(), exception_handlers=not_found)
        self.admin = Starlette(routes=self._admin_routes())

    def close(self) -> None:
        """Remove the temporary data directory (if the emulator created it)."""
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def reset(self) -> None:
        """Clear files, jobs, fine-tuned models, recorded requests, faults and counters."""
        self.state.reset()
        self.faults.clear()
        self.log.clear()
        self.credentials.reset()
        self.connections.reset()

    # -- outer ASGI layer -----------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request_id = uuid.uuid4().hex
        entry: dict[str, JSON] | None = None

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
                if entry is not None:
                    entry["status"] = message["status"]
            await send(message)

        path: str = scope["path"]
        if path.startswith("/_emulator/"):
            await self.admin(scope, receive, send_with_id)
            return
        request = Request(scope)
        headers = request.headers
        entry = self.log.add(
            {
                "request_id": request_id,
                "time": time.time(),
                "method": scope["method"],
                "path": path,
                "query": scope.get("query_string", b"").decode("latin-1"),
                "headers": {k: _mask(k, v) for k, v in headers.items()},
                "json": None,
                "valid": None,
                "status": None,
                "surface": _surface_of(path),
                "faults": [],
            }
        )
        scope["emulator.entry"] = entry
        scope["emulator.request_id"] = request_id

        try:
            faults = parse_faults(headers.get("x-emulator-fault", ""))
        except FaultError as exc:
            await self._send_error(scope, send_with_id, 400, str(exc), "invalid_fault", request_id)
            return
        faults += self.faults.take(scope["method"], path)
        entry["faults"] = [f.describe() for f in faults]
        for fault in faults:
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
        for fault in faults:
            if fault.kind == "drop":
                await self._abort(scope, receive)
                return
            if fault.kind in {"rate-limit", "error", "malformed"}:
                await self._send_fault(scope, send_with_id, fault, request_id)
                return
        outgoing: Send = send_with_id
        cut = next((f for f in faults if f.kind == "cut"), None)
        if cut is not None:
            outgoing = self._cutting_send(scope, receive, send_with_id, cut.after)

        surface, problem = self._authenticate(scope, request)
        if problem is not None:
            status, message = problem
            body = {"message": message, "request_id": request_id}
            await JSONResponse(body, status)(scope, receive, outgoing)
            return
        entry["surface"] = surface
        scope["emulator.surface"] = surface
        await self.router(scope, receive, outgoing)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _abort(self, scope: Scope, receive: Receive) -> None:
        """Close the connection without (further) response bytes."""
        abort = scope.get("extensions", {}).get(_ABORT_EXTENSION)
        if abort is not None:
            abort()
            return
        transport = self.connections.transport(scope.get("client"))
        if transport is None:
            raise RuntimeError("cannot drop the connection: transport unknown")
        # close(), not abort(): bytes already queued (the first k events of a cut stream) must
        # still reach the client before the FIN.
        transport.close()

        # Wait until the server notices, so it does not answer the request with a 500.
        async def until_disconnect() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass

        try:
            await asyncio.wait_for(until_disconnect(), 2)
        except asyncio.TimeoutError:
            logger.warning("connection drop not noticed by the server")

    def _cutting_send(self, scope: Scope, receive: Receive, send: Send, after: int) -> Send:
        sent = 0
        cut = False

        async def cutting_send(message: Message) -> None:
            nonlocal sent, cut
            if cut:
                return
            if message["type"] == "http.response.body" and message.get("body"):
                if sent >= after:
                    cut = True
                    await self._abort(scope, receive)
                    return
                sent += 1
                # Force chunked framing, so a cut is visible as an incomplete body.
                message = {**message, "more_body": True}
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                cut = True
                await self._abort(scope, receive)
                return
            elif message["type"] == "http.response.start":
                message = {
                    **message,
                    "headers": [
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() != b"content-length"
                    ],
                }
            await send(message)

        return cutting_send

    async def _send_error(
        self,
        scope: Scope,
        send: Send,
        status: int,
        message: str,
        kind: str,
        request_id: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        response = JSONResponse(_error_body(message, kind, request_id), status, headers=headers)
        await response(scope, _never_receive, send)

    async def _send_fault(self, scope: Scope, send: Send, fault: Fault, request_id: str) -> None:
        if fault.kind == "rate-limit":
            headers = {"Retry-After": f"{fault.retry_after:g}"}
            if fault.retry_after_ms is not None:
                headers["retry-after-ms"] = str(fault.retry_after_ms)
            await self._send_error(
                scope,
                send,
                429,
                "Requests rate limit exceeded",
                "rate_limited",
                request_id,
                headers,
            )
        elif fault.kind == "error":
            await self._send_error(
                scope,
                send,
                fault.status,
                "Emulated server error",
                "internal_server_error",
                request_id,
            )
        else:  # malformed: a 200 whose JSON is cut short
            response = Response(
                b'{"id": "emulator", "object": "chat.compl', 200, media_type="application/json"
            )
            await response(scope, _never_receive, send)

    def _authenticate(self, scope: Scope, request: Request) -> tuple[str, tuple[int, str] | None]:
        path: str = scope["path"]
        surface = _surface_of(path)
        headers = request.headers
        bearer = _bearer(headers)
        creds = self.credentials
        if surface in {"token", "unknown"}:
            return surface, None
        if surface == "vertex":
            if bearer and (bearer in creds.vertex_tokens or creds.token_valid(bearer)):
                return surface, None
            return surface, (401, "Unauthorized")
        if surface == "foundry":
            if request.query_params.get("api-version") not in FOUNDRY_API_VERSIONS:
                return surface, (
                    400 if "api-version" in request.query_params else 404,
                    "Missing or unsupported api-version query parameter; "
                    f"supported: {', '.join(sorted(FOUNDRY_API_VERSIONS))}",
                )
            key = headers.get("api-key")
            if key is not None:
                return surface, None if key in creds.azure_keys else (401, "Unauthorized")
            if bearer and (bearer in creds.entra_tokens or creds.token_valid(bearer)):
                return surface, None
            return surface, (401, "Unauthorized")
        if bearer and bearer in creds.api_keys:
            return "mistral", None
        if bearer and (bearer in creds.azure_keys or creds.token_valid(bearer)):
            # Azure serverless serves chat only (PROVIDERS.md).
            if path == "/v1/chat/completions":
                return "azure", None
        return surface, (401, "Unauthorized")

    # -- routing and validation -----------------------------------------------------------------
    def _routes(self) -> list[Route]:
        handlers: dict[str, Handler] = {
            "list_models_v1_models_get": self.list_models,
            "retrieve_model_v1_models__model_id__get": self.retrieve_model,
            "delete_model_v1_models__model_id__delete": self.delete_model,
            "files_api_routes_upload_file": self.upload_file,
            "files_api_routes_list_files": self.list_files,
            "files_api_routes_retrieve_file": self.retrieve_file,
            "files_api_routes_delete_file": self.delete_file,
            "files_api_routes_download_file": self.download_file,
            "files_api_routes_get_signed_url": self.signed_url,
            "jobs_api_routes_fine_tuning_get_fine_tuning_jobs": self.list_ft_jobs,
            "jobs_api_routes_fine_tuning_create_fine_tuning_job": self.create_ft_job,
            "jobs_api_routes_fine_tuning_get_fine_tuning_job": self.get_ft_job,
            "jobs_api_routes_fine_tuning_cancel_fine_tuning_job": self.cancel_ft_job,
            "jobs_api_routes_fine_tuning_start_fine_tuning_job": self.start_ft_job,
            "jobs_api_routes_fine_tuning_update_fine_tuned_model": self.update_ft_model,
            "jobs_api_routes_fine_tuning_archive_fine_tuned_model": self.archive_ft_model,
            "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model": self.unarchive_ft_model,
            "jobs_api_routes_batch_get_batch_jobs": self.list_batch_jobs,
            "jobs_api_routes_batch_create_batch_job": self.create_batch_job,
            "jobs_api_routes_batch_get_batch_job": self.get_batch_job,
            "jobs_api_routes_batch_cancel_batch_job": self.cancel_batch_job,
            "chat_completion_v1_chat_completions_post": self.chat,
            "fim_completion_v1_fim_completions_post": self.fim,
            "agents_completion_v1_agents_completions_post": self.agents,
            "embeddings_v1_embeddings_post": self.embeddings,
            "moderations_v1_moderations_post": self.moderations,
            "moderations_chat_v1_chat_moderations_post": self.chat_moderations,
        }
        missing = {op.operation_id for op in self.contract.operations} - handlers.keys()
        if missing:  # a new contract operation must get a handler, never a silent 404
            raise RuntimeError(f"contract operations without a handler: {sorted(missing)}")
        routes = [
            Route(op.path, self._endpoint(op, handlers[op.operation_id]), methods=[op.method])
            for op in self.contract.operations
        ]
        chat_op = self.contract.operation("chat_completion_v1_chat_completions_post")
        routes.append(
            Route("/models/chat/completions", self._endpoint(chat_op, self.chat), methods=["POST"])
        )
        routes.append(
            Route(
                "/v1/projects/{project}/locations/{location}/publishers/mistralai/models/{target}",
                self._endpoint(None, self.vertex),
                methods=["POST"],
            )
        )
        routes.append(Route(TOKEN_PATH, self.token, methods=["POST"]))
        return routes

    def _endpoint(
        self, op: Operation | None, handler: Handler
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            scope = request.scope
            request_id: str = scope.get("emulator.request_id", "")
            entry: dict[str, JSON] = scope.get("emulator.entry", {})
            try:
                call = await self._validated_call(request, op)
                entry["json"] = call.body if not isinstance(call.body, _Upload) else None
                entry["valid"] = True
                return await handler(call)
            except ClientDisconnect:
                # The client gave up (e.g. its timeout fired during a `slow` fault); nobody is
                # listening, and uvicorn drops whatever is sent now.
                return Response(status_code=499)
            except _Invalid as invalid:
                entry["valid"] = False
                return JSONResponse({"detail": invalid.detail}, 422)
            except NotFound as exc:
                return JSONResponse(_error_body(str(exc), "not_found", request_id), 404)
            except Conflict as exc:
                return JSONResponse(_error_body(str(exc), "invalid_request_error", request_id), 400)
            except ApiError as exc:
                return JSONResponse(_error_body(exc.message, exc.kind, request_id), exc.status)

        return endpoint

    async def _validated_call(self, request: Request, op: Operation | None) -> Call:
        detail: list[JSON] = []
        path_values: dict[str, JSON] = dict(request.path_params)
        query: dict[str, JSON] = {}
        body: JSON = None
        entry: dict[str, JSON] = request.scope.get("emulator.entry", {})
        if op is not None:
            for param in op.parameters:
                if param.location == "path":
                    value = _coerce(str(path_values.get(param.name, "")), param.schema)
                    path_values[param.name] = value
                    detail += self.contract.request_errors(
                        param.schema, value, ["path", param.name]
                    )
                elif param.location == "query":
                    raw = request.query_params.getlist(param.name)
                    if not raw:
                        if param.required:
                            detail.append(
                                {
                                    "loc": ["query", param.name],
                                    "msg": "Field required",
                                    "type": "missing",
                                }
                            )
                        continue
                    items = _item_schema(param.schema)
                    qvalue: JSON = (
                        [_coerce(r, items) for r in raw]
                        if items is not None
                        else _coerce(raw[-1], param.schema)
                    )
                    query[param.name] = qvalue
                    detail += self.contract.request_errors(
                        param.schema, qvalue, ["query", param.name]
                    )
                    if _wants_datetime(param.schema) and not _is_datetime(qvalue):
                        # jsonschema checks date-time only with an optional extra installed.
                        detail.append(
                            {
                                "loc": ["query", param.name],
                                "type": "datetime_parsing",
                                "msg": "Input should be a valid datetime",
                            }
                        )
            if op.body_content_type == "application/json" and op.body_schema is not None:
                raw_body = await request.body()
                try:
                    body = json.loads(raw_body) if raw_body else None
                except ValueError as exc:
                    entry["json"] = None
                    raise _Invalid(
                        [
                            {
                                "loc": ["body", getattr(exc, "pos", 0)],
                                "msg": "JSON decode error",
                                "type": "json_invalid",
                            }
                        ]
                    ) from exc
                entry["json"] = body
                if body is None:
                    detail.append({"loc": ["body"], "msg": "Field required", "type": "missing"})
                else:
                    surface = request.scope.get("emulator.surface")
                    checked = body
                    if surface == "azure" and isinstance(body, dict) and "model" not in body:
                        # The serverless endpoint serves one model: `model` may be omitted.
                        checked = {**body, "model": None}
                    detail += self.contract.request_errors(op.body_schema, checked, ["body"])
        if detail:
            raise _Invalid(detail)
        return Call(
            request,
            op,
            path_values,
            query,
            body,
            request.scope.get("emulator.surface", "mistral"),
            request.scope.get("emulator.request_id", ""),
        )

    def _json(self, call: Call, payload: JSON, schema_name: str | None = None) -> Response:
        """A 200 JSON response, checked against the operation's response schema."""
        if self.config.validate_responses:
            if schema_name is not None:
                problems = self.contract.named_response_errors(schema_name, payload)
            else:
                assert call.op is not None
                schema = call.op.response_schema(200, "application/json")
                problems = self.contract.response_errors(schema, payload) if schema else []
            if problems:
                logger.error("emulator response violates the contract: %s", problems)
                return JSONResponse(
                    _error_body(
                        "Emulator response violates the contract: " + "; ".join(problems),
                        "emulator_bug",
                        call.request_id,
                    ),
                    500,
                )
        return JSONResponse(payload)

    def _sse(self, call: Call, chunks: Iterable[dict[str, JSON]]) -> Response:
        validate = self.config.validate_responses

        async def events() -> AsyncIterator[bytes]:
            for chunk in chunks:
                if validate:
                    problems = self.contract.named_response_errors("CompletionChunk", chunk)
                    if problems:
                        raise RuntimeError(f"emulator chunk violates the contract: {problems}")
                yield f"data: {json.dumps(chunk)}\n\n".encode()
                await asyncio.sleep(0)  # one event per write, so clients see them arrive apart
            yield b"data: [DONE]\n\n"

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
        )

    # -- models ---------------------------------------------------------------------------------
    def _require_model(self, model: JSON, capability: str) -> str:
        if not isinstance(model, str) or not model:
            raise ApiError(400, "A model is required", "invalid_model")
        caps = self.state.capabilities_of(model)
        if caps is None:
            raise ApiError(400, f"Invalid model: {model}", "invalid_model")
        if not caps.get(capability):
            raise ApiError(400, f"Model {model} does not support {capability}", "invalid_model")
        return model

    async def list_models(self, call: Call) -> Response:
        return self._json(call, {"object": "list", "data": self.state.model_cards()})

    async def retrieve_model(self, call: Call) -> Response:
        return self._json(call, self.state.model_card(call.path["model_id"]))

    async def delete_model(self, call: Call) -> Response:
        model_id = call.path["model_id"]
        self.state.delete_model(model_id)
        return self._json(call, {"id": model_id, "object": "model", "deleted": True})

    # -- completions ----------------------------------------------------------------------------
    async def chat(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        if call.surface == "azure":
            model = body.get("model") or "azureai"  # v1 sends "azureai"; one model per endpoint
        else:
            model = self._require_model(body.get("model"), "completion_chat")
        completion = gen.chat_completion(body, model)
        if body.get("stream"):
            return self._sse(call, completion.chunks())
        return self._json(call, completion.response(), "ChatCompletionResponse")

    async def fim(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        model = self._require_model(body.get("model"), "completion_fim")
        completion = gen.fim_completion(body, model)
        if body.get("stream"):
            return self._sse(call, completion.chunks())
        return self._json(call, completion.response(), "FIMCompletionResponse")

    async def agents(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        completion = gen.chat_completion(body, "mistral-large-latest", kind="agents")
        if body.get("stream"):
            return self._sse(call, completion.chunks())
        return self._json(call, completion.response())

    async def vertex(self, call: Call) -> Response:
        target: str = call.path["target"]
        name, sep, verb = target.rpartition(":")
        if not sep or verb not in {"rawPredict", "streamRawPredict"}:
            raise NotFound(f"Unknown Vertex method {verb!r}")
        base, _, version = name.partition("@")
        candidates = [f"{base}-{version}", base] if version else [base]
        url_model = next((c for c in candidates if self.state.capabilities_of(c)), None)
        if url_model is None:
            raise ApiError(404, f"Publisher model {name} not found", "not_found")
        raw = await call.request.body()
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise _Invalid(
                [{"loc": ["body"], "msg": "JSON decode error", "type": "json_invalid"}]
            ) from exc
        if not isinstance(body, dict):
            raise _Invalid([{"loc": ["body"], "msg": "Expected an object", "type": "dict_type"}])
        body.setdefault("model", url_model)
        kind = "fim" if "prompt" in body else "chat"
        op = self.contract.operation(
            "fim_completion_v1_fim_completions_post"
            if kind == "fim"
            else "chat_completion_v1_chat_completions_post"
        )
        entry: dict[str, JSON] = call.request.scope.get("emulator.entry", {})
        entry["json"] = body
        assert op.body_schema is not None
        detail = self.contract.request_errors(op.body_schema, body, ["body"])
        entry["valid"] = not detail
        if detail:
            raise _Invalid(detail)
        if verb == "streamRawPredict":
            body["stream"] = True
        inner = Call(call.request, op, {}, {}, body, "vertex", call.request_id)
        return await (self.fim(inner) if kind == "fim" else self.chat(inner))

    # -- embeddings and moderation ----------------------------------------------------------------
    async def embeddings(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        model = self._require_model(body.get("model"), "embedding")
        if body.get("encoding_format") not in (None, "float"):
            raise ApiError(400, "Only encoding_format 'float' is supported")
        inputs = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
        return self._json(call, gen.embeddings_response(inputs, model))

    async def moderations(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        model = self._require_model(body.get("model") or "mistral-moderation-latest", "moderation")
        texts = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
        return self._json(call, gen.moderation_response(texts, model))

    async def chat_moderations(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        model = self._require_model(body.get("model") or "mistral-moderation-latest", "moderation")
        raw: list[JSON] = body["input"]
        conversations = raw if raw and isinstance(raw[0], list) else [raw]
        texts = [" ".join(gen.text_of(m.get("content")) for m in conv) for conv in conversations]
        return self._json(call, gen.moderation_response(texts, model))

    # -- files ----------------------------------------------------------------------------------
    async def upload_file(self, call: Call) -> Response:
        request = call.request
        ctype, params = parse_options_header(request.headers.get("content-type", ""))
        boundary = params.get(b"boundary")
        if ctype != b"multipart/form-data" or not boundary:
            raise _Invalid([{"loc": ["body", "file"], "msg": "Field required", "type": "missing"}])
        file_id, target = self.state.new_file_id()
        upload = _Upload(target)
        parser = MultipartParser(
            boundary,
            {
                "on_part_begin": upload.on_part_begin,
                "on_header_field": upload.on_header_field,
                "on_header_value": upload.on_header_value,
                "on_header_end": upload.on_header_end,
                "on_headers_finished": upload.on_headers_finished,
                "on_part_data": upload.on_part_data,
                "on_part_end": upload.on_part_end,
            },
        )
        try:
            async for chunk in request.stream():
                parser.write(chunk)
            parser.finalize()
        except Exception as exc:
            upload.close()
            target.unlink(missing_ok=True)
            raise _Invalid(
                [{"loc": ["body"], "msg": f"Invalid multipart body: {exc}", "type": "value_error"}]
            ) from exc
        upload.close()
        detail: list[JSON] = []
        if upload.filename is None:
            detail.append({"loc": ["body", "file"], "msg": "Field required", "type": "missing"})
        purpose: JSON = None
        if "purpose" in upload.fields:
            purpose = upload.fields["purpose"].decode("utf-8", "replace")
            detail += self.contract.request_errors(
                {"$ref": "#/components/schemas/FilePurpose"}, purpose, ["body", "purpose"]
            )
        entry: dict[str, JSON] = request.scope.get("emulator.entry", {})
        entry["valid"] = not detail
        entry["json"] = {"purpose": purpose, "filename": upload.filename, "bytes": upload.size}
        if detail:
            target.unlink(missing_ok=True)
            raise _Invalid(detail)
        purpose = purpose or "fine-tune"
        stored = self.state.add_file(
            StoredFile(
                id=file_id,
                filename=upload.filename or "upload",
                bytes=upload.size,
                created_at=int(time.time()),
                purpose=purpose,
                sample_type="batch_request" if purpose == "batch" else "instruct",
                source="upload",
                num_lines=upload.num_lines,
                path=target,
            )
        )
        return self._json(call, stored.to_json())

    async def list_files(self, call: Call) -> Response:
        q = call.query
        data, total = self.state.list_files(
            page=q.get("page", 0),
            page_size=q.get("page_size", 100),
            sample_type=q.get("sample_type"),
            source=q.get("source"),
            search=q.get("search"),
            purpose=q.get("purpose"),
        )
        return self._json(call, {"data": data, "object": "list", "total": total})

    async def retrieve_file(self, call: Call) -> Response:
        stored = self.state.file(call.path["file_id"])
        return self._json(call, {**stored.to_json(), "deleted": False})

    async def delete_file(self, call: Call) -> Response:
        stored = self.state.delete_file(call.path["file_id"])
        return self._json(call, {"id": stored.id, "object": "file", "deleted": True})

    async def download_file(self, call: Call) -> Response:
        stored = self.state.file(call.path["file_id"])
        # FileResponse streams the file in chunks from disk: memory stays flat for big files.
        return FileResponse(
            stored.path, media_type="application/octet-stream", filename=stored.filename
        )

    def _signature(self, file_id: str, expires: int) -> str:
        message = f"{file_id}:{expires}".encode()
        return hmac.new(self._signing_key, message, hashlib.sha256).hexdigest()

    async def signed_url(self, call: Call) -> Response:
        stored = self.state.file(call.path["file_id"])
        expires = int(time.time() + 3600 * int(call.query.get("expiry", 24)))
        base = str(call.request.base_url).rstrip("/")
        url = (
            f"{base}/_emulator/signed/{stored.id}?expires={expires}"
            f"&signature={self._signature(stored.id, expires)}"
        )
        return self._json(call, {"url": url})

    # -- batch ----------------------------------------------------------------------------------
    async def create_batch_job(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        endpoint = body["endpoint"]
        capability = {
            "/v1/chat/completions": "completion_chat",
            "/v1/fim/completions": "completion_fim",
            "/v1/embeddings": "embedding",
            "/v1/moderations": "moderation",
            "/v1/chat/moderations": "moderation",
        }[endpoint]
        model = self._require_model(body["model"], capability)
        job = self.state.create_batch(
            list(body["input_files"]), endpoint, model, body.get("metadata")
        )
        return self._json(call, job.to_json())

    async def list_batch_jobs(self, call: Call) -> Response:
        q = call.query
        jobs = self.state.list_batch_jobs(
            model=q.get("model"),
            metadata=q.get("metadata"),
            created_after=q.get("created_after"),
            status=q.get("status"),
        )
        data = page_of(jobs, q.get("page", 0), q.get("page_size", 100))
        return self._json(call, {"data": data, "object": "list", "total": len(jobs)})

    async def get_batch_job(self, call: Call) -> Response:
        return self._json(call, self.state.batch_job(call.path["job_id"]).to_json())

    async def cancel_batch_job(self, call: Call) -> Response:
        return self._json(call, self.state.cancel_batch(call.path["job_id"]).to_json())

    def _run_batch_request(
        self, endpoint: str, model: str, body: dict[str, JSON]
    ) -> tuple[int, dict[str, JSON]]:
        """Answer one line of a batch input file, as the endpoint would."""
        body = {**body, "model": body.get("model") or model}
        body.pop("stream", None)
        op = next(o for o in self.contract.operations if o.path == endpoint)
        assert op.body_schema is not None
        detail = self.contract.request_errors(op.body_schema, body, ["body"])
        if detail:
            return 422, {"detail": detail}
        try:
            if endpoint == "/v1/chat/completions":
                self._require_model(body["model"], "completion_chat")
                return 200, gen.chat_completion(body, body["model"]).response()
            if endpoint == "/v1/fim/completions":
                self._require_model(body["model"], "completion_fim")
                return 200, gen.fim_completion(body, body["model"]).response()
            if endpoint == "/v1/embeddings":
                self._require_model(body["model"], "embedding")
                inputs = [body["input"]] if isinstance(body["input"], str) else body["input"]
                return 200, gen.embeddings_response(inputs, body["model"])
            self._require_model(body["model"], "moderation")
            raw = body["input"]
            if endpoint == "/v1/chat/moderations":
                conversations = raw if raw and isinstance(raw[0], list) else [raw]
                texts = [" ".join(gen.text_of(m.get("content")) for m in c) for c in conversations]
            else:
                texts = [raw] if isinstance(raw, str) else raw
            return 200, gen.moderation_response(texts, body["model"])
        except ApiError as exc:
            return exc.status, {"object": "error", "message": exc.message, "type": exc.kind}

    # -- fine-tuning ----------------------------------------------------------------------------
    async def create_ft_job(self, call: Call) -> Response:
        body: dict[str, JSON] = call.body
        files = [self.state.file(tf["file_id"]) for tf in body.get("training_files", [])]
        for file_id in body.get("validation_files") or []:
            self.state.file(file_id)
        if not files:
            raise ApiError(400, "At least one training file is required")
        data_tokens = sum(max(1, f.bytes // 4) for f in files)
        hp_in: dict[str, JSON] = body["hyperparameters"]
        hyper = {
            "training_steps": hp_in.get("training_steps"),
            "learning_rate": hp_in.get("learning_rate", 0.0001),
            "weight_decay": hp_in.get("weight_decay", 0.1),
            "warmup_fraction": hp_in.get("warmup_fraction", 0.05),
            "epochs": hp_in.get("epochs"),
            "fim_ratio": hp_in.get("fim_ratio", 0.9),
            "seq_len": hp_in.get("seq_len"),
        }
        job = FineTuningJob(
            id=str(uuid.uuid4()),
            model=body["model"],
            auto_start=bool(body.get("auto_start", True)),
            hyperparameters=hyper,
            training_files=[f.id for f in files],
            validation_files=body.get("validation_files") or [],
            suffix=body.get("suffix"),
            integrations=[
                {
                    "type": "wandb",
                    "project": i["project"],
                    "name": i.get("name"),
                    "run_name": i.get("run_name"),
                }
                for i in body.get("integrations") or []
            ]
            or None,
            repositories=[
                {
                    "type": "github",
                    "name": r["name"],
                    "owner": r["owner"],
                    "ref": r.get("ref"),
                    "weight": r.get("weight", 1.0),
                    "commit_id": hashlib.sha1(f"{r['owner']}/{r['name']}".encode()).hexdigest(),
                }
                for r in body.get("repositories") or []
            ],
            created_at=int(time.time()),
            data_tokens=data_tokens,
            valid_data=all(_valid_jsonl(f) for f in files),
        )
        if call.query.get("dry_run"):
            meta = job.metadata()
            return self._json(
                call,
                {
                    **meta,
                    "deprecated": True,
                    "details": "Dry run: cost and duration estimate; no job was created.",
                    "epochs": hyper["epochs"],
                    "training_steps": hyper["training_steps"],
                    "object": "job.metadata",
                },
            )
        self.state.add_ft_job(job)
        return self._json(call, job.to_json(detailed=False))

    async def list_ft_jobs(self, call: Call) -> Response:
        q = call.query
        jobs = self.state.list_ft_jobs(
            model=q.get("model"),
            created_after=q.get("created_after"),
            status=q.get("status"),
            wandb_project=q.get("wandb_project"),
            wandb_name=q.get("wandb_name"),
            suffix=q.get("suffix"),
        )
        data = page_of(jobs, q.get("page", 0), q.get("page_size", 100))
        return self._json(call, {"data": data, "object": "list", "total": len(jobs)})

    async def get_ft_job(self, call: Call) -> Response:
        return self._json(call, self.state.ft_job(call.path["job_id"]).to_json(detailed=True))

    async def cancel_ft_job(self, call: Call) -> Response:
        job = self.state.cancel_ft_job(call.path["job_id"])
        return self._json(call, job.to_json(detailed=True))

    async def start_ft_job(self, call: Call) -> Response:
        job = self.state.start_ft_job(call.path["job_id"])
        return self._json(call, job.to_json(detailed=True))

    async def update_ft_model(self, call: Call) -> Response:
        model = self.state.ft_model(call.path["model_id"])
        if "name" in call.body:
            model.name = call.body["name"]
        return self._json(call, model.out())

    async def archive_ft_model(self, call: Call) -> Response:
        model = self.state.ft_model(call.path["model_id"])
        model.archived = True
        return self._json(call, {"id": model.id, "object": "model", "archived": True})

    async def unarchive_ft_model(self, call: Call) -> Response:
        model = self.state.ft_model(call.path["model_id"])
        model.archived = False
        return self._json(call, {"id": model.id, "object": "model", "archived": False})

    # -- OAuth2 token endpoint ------------------------------------------------------------------
    async def token(self, request: Request) -> Response:
        if self.credentials.token_delay:
            await asyncio.sleep(self.credentials.token_delay)
        try:
            form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        except ClientDisconnect:
            return Response(status_code=499)
        token_uri = str(request.url.replace(query=None))
        entry: dict[str, JSON] = request.scope.get("emulator.entry", {})
        entry["json"] = {k: ("***" if k == "assertion" else v) for k, v in form.items()}
        try:
            grant = self.credentials.grant(form, token_uri)
        except TokenError as exc:
            entry["valid"] = False
            return JSONResponse({"error": exc.error, "error_description": exc.description}, 400)
        entry["valid"] = True
        return JSONResponse(grant, headers={"Cache-Control": "no-store"})

    # -- admin ------------------------------------------------------------------------------------
    def _admin_routes(self) -> list[Route]:
        return [
            Route("/_emulator/requests", self._admin_requests, methods=["GET", "DELETE"]),
            Route("/_emulator/faults", self._admin_faults, methods=["GET", "POST", "DELETE"]),
            Route("/_emulator/reset", self._admin_reset, methods=["POST"]),
            Route("/_emulator/health", self._admin_health, methods=["GET"]),
            Route("/_emulator/signed/{file_id}", self._admin_signed, methods=["GET"]),
        ]

    def stats(self) -> dict[str, JSON]:
        return {
            "requests": self.log.snapshot(),
            "connections": self.connections.opened,
            "active_connections": self.connections.active,
            "token_grants": self.credentials.grants,
        }

    async def _admin_requests(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.log.clear()
        return JSONResponse(self.stats())

    async def _admin_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
        elif request.method == "POST":
            try:
                spec = await request.json()
                rule = FaultRule(
                    parse_faults(str(spec["fault"])),
                    int(spec.get("times", 1)),
                    spec.get("path"),
                    spec.get("method"),
                )
                if not rule.faults:
                    raise FaultError("empty fault")
                self.faults.add(rule)
            except (ValueError, KeyError, TypeError) as exc:
                return JSONResponse({"message": f"Invalid fault: {exc}"}, 400)
        return JSONResponse({"queued": self.faults.snapshot()})

    async def _admin_reset(self, request: Request) -> Response:
        self.reset()
        return JSONResponse({"reset": True})

    async def _admin_health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def _admin_signed(self, request: Request) -> Response:
        file_id = request.path_params["file_id"]
        try:
            expires = int(request.query_params.get("expires", "0"))
        except ValueError:
            expires = 0
        signature = request.query_params.get("signature", "")
        if not hmac.compare_digest(signature, self._signature(file_id, expires)):
            return JSONResponse({"message": "Invalid signature"}, 403)
        if expires < time.time():
            return JSONResponse({"message": "Signed URL expired"}, 403)
        try:
            stored = self.state.file(file_id)
        except NotFound as exc:
            return JSONResponse({"message": str(exc)}, 404)
        return FileResponse(
            stored.path, media_type="application/octet-stream", filename=stored.filename
        )


class _Invalid(Exception):
    """Request validation failed; ``detail`` is the HTTPValidationError list."""

    def __init__(self, detail: list[JSON]) -> None:
        super().__init__("validation failed")
        self.detail = detail


def _valid_jsonl(stored: StoredFile) -> bool:
    count = 0
    for line in stored.lines():
        try:
            json.loads(line)
        except ValueError:
            return False
        count += 1
    return count > 0


async def _not_found(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": "Not Found"}, 404)


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": "Method Not Allowed"}, 405)


async def _never_receive() -> Message:
    # Error responses are sent before the body is read; nothing ever asks for it.
    await asyncio.Event().wait()
    return {"type": "http.disconnect"}
