"""The outer ASGI layer: request ids, the request log, fault injection and authentication.

Request pipeline (:func:`serve`)::

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

This layer is plain ASGI rather than Starlette middleware because two faults need control
below the HTTP abstraction: dropping the connection before any byte, and cutting a stream after
k events. For that the app needs the socket; uvicorn does not expose it in the scope, so the
server registers each connection's transport under its client address
(:class:`ConnectionRegistry`) and the in-process transports pass an ``abort`` callable in the
scope's ``extensions``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from ._auth import AZURE_OCR_PATH, TOKEN_PATH, Credentials
from ._call import JSON, error_body
from ._faults import Fault, FaultError, parse_faults

if TYPE_CHECKING:
    from ._app import EmulatorApp

__all__ = ["FOUNDRY_API_VERSIONS", "ConnectionRegistry", "RequestLog", "serve"]

logger = logging.getLogger("mistralai_emulator")

FOUNDRY_API_VERSIONS = frozenset({"2024-05-01-preview"})
"""``api-version`` values the Foundry surface accepts (PROVIDERS.md)."""

_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "proxy-authorization"})
ABORT_EXTENSION = "mistralai_emulator.abort"


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


def _bearer(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def surface_of(path: str) -> str:
    if path == TOKEN_PATH:
        return "token"
    if path.startswith("/v1/projects/"):
        return "vertex"
    if path.startswith("/models/"):
        return "foundry"
    if path == AZURE_OCR_PATH:
        return "azure"
    if path.startswith("/v1/"):
        return "mistral"
    return "unknown"


def authenticate(
    credentials: Credentials, scope: Scope, request: Request
) -> tuple[str, tuple[int, str] | None]:
    """The surface of the request, and (status, message) when its credential is refused."""
    path: str = scope["path"]
    surface = surface_of(path)
    headers = request.headers
    bearer = _bearer(headers)
    creds = credentials
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
    if surface == "azure":  # a serverless endpoint's OCR (PROVIDERS.md: "OCR on Azure")
        ok = bearer and (bearer in creds.azure_keys or creds.token_valid(bearer))
        return surface, None if ok else (401, "Unauthorized")
    if bearer and bearer in creds.api_keys:
        return "mistral", None
    if bearer and (bearer in creds.azure_keys or creds.token_valid(bearer)):
        # Azure serverless serves chat only (PROVIDERS.md).
        if path == "/v1/chat/completions":
            return "azure", None
    return surface, (401, "Unauthorized")


async def serve(app: EmulatorApp, scope: Scope, receive: Receive, send: Send) -> None:
    """The whole pipeline above, for one ASGI call."""
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
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
        await app.admin(scope, receive, send_with_id)
        return
    request = Request(scope)
    headers = request.headers
    entry = app.log.add(
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
            "surface": surface_of(path),
            "faults": [],
        }
    )
    scope["emulator.entry"] = entry
    scope["emulator.request_id"] = request_id

    try:
        faults = parse_faults(headers.get("x-emulator-fault", ""))
    except FaultError as exc:
        await _send_error(scope, send_with_id, 400, str(exc), "invalid_fault", request_id)
        return
    faults += app.faults.take(scope["method"], path)
    entry["faults"] = [f.describe() for f in faults]
    for fault in faults:
        if fault.kind == "slow":
            await asyncio.sleep(fault.delay)
    for fault in faults:
        if fault.kind == "drop":
            await _abort(app, scope, receive)
            return
        if fault.kind in {"rate-limit", "error", "malformed"}:
            await _send_fault(scope, send_with_id, fault, request_id)
            return
    outgoing: Send = send_with_id
    cut = next((f for f in faults if f.kind == "cut"), None)
    if cut is not None:
        outgoing = _cutting_send(app, scope, receive, send_with_id, cut.after)

    surface, problem = authenticate(app.credentials, scope, request)
    if problem is not None:
        status, message = problem
        body = {"message": message, "request_id": request_id}
        await JSONResponse(body, status)(scope, receive, outgoing)
        return
    entry["surface"] = surface
    scope["emulator.surface"] = surface
    await app.router(scope, receive, outgoing)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _abort(app: EmulatorApp, scope: Scope, receive: Receive) -> None:
    """Close the connection without (further) response bytes."""
    abort = scope.get("extensions", {}).get(ABORT_EXTENSION)
    if abort is not None:
        abort()
        return
    transport = app.connections.transport(scope.get("client"))
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


def _cutting_send(app: EmulatorApp, scope: Scope, receive: Receive, send: Send, after: int) -> Send:
    sent = 0
    cut = False

    async def cutting_send(message: Message) -> None:
        nonlocal sent, cut
        if cut:
            return
        if message["type"] == "http.response.body" and message.get("body"):
            if sent >= after:
                cut = True
                await _abort(app, scope, receive)
                return
            sent += 1
            # Force chunked framing, so a cut is visible as an incomplete body.
            message = {**message, "more_body": True}
        elif message["type"] == "http.response.body" and not message.get("more_body"):
            cut = True
            await _abort(app, scope, receive)
            return
        elif message["type"] == "http.response.start":
            message = {
                **message,
                "headers": [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"
                ],
            }
        await send(message)

    return cutting_send


async def _send_error(
    scope: Scope,
    send: Send,
    status: int,
    message: str,
    kind: str,
    request_id: str,
    headers: Mapping[str, str] | None = None,
) -> None:
    response = JSONResponse(error_body(message, kind, request_id), status, headers=headers)
    await response(scope, _never_receive, send)


async def _send_fault(scope: Scope, send: Send, fault: Fault, request_id: str) -> None:
    if fault.kind == "rate-limit":
        headers = {"Retry-After": f"{fault.retry_after:g}"}
        if fault.retry_after_ms is not None:
            headers["retry-after-ms"] = str(fault.retry_after_ms)
        await _send_error(
            scope, send, 429, "Requests rate limit exceeded", "rate_limited", request_id, headers
        )
    elif fault.kind == "error":
        await _send_error(
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


async def _never_receive() -> Message:
    # Error responses are sent before the body is read; nothing ever asks for it.
    await asyncio.Event().wait()
    return {"type": "http.disconnect"}
