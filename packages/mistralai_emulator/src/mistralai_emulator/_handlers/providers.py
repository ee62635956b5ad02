"""The cloud providers' surfaces: Azure Foundry's chat, Azure's OCR (serverless and Foundry),
Vertex's ``rawPredict``, and the
OAuth2 token endpoint their credentials use. They are routes outside the contract's table, so
:func:`routes` returns them for the app to mount after the contract's operations."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._auth import AZURE_OCR_PATH, TOKEN_PATH, TokenError
from .._call import JSON, ApiError, Call, Handler, Invalid
from .._state import NotFound
from .chat import chat
from .fim import fim
from .ocr import ocr

if TYPE_CHECKING:
    from .._app import EmulatorApp

VERTEX_PATH = "/v1/projects/{project}/locations/{location}/publishers/mistralai/models/{target}"
FOUNDRY_CHAT_PATH = "/models/chat/completions"

Endpoint = Callable[[Request], Awaitable[Response]]


def routes(app: EmulatorApp, endpoint: Callable[[str | None, Handler], Endpoint]) -> list[Route]:
    """The provider routes; ``endpoint(operation_id, handler)`` wraps a handler as the app does
    for the contract's operations (validation, error mapping)."""

    async def token_endpoint(request: Request) -> Response:
        return await token(app, request)

    return [
        Route(
            FOUNDRY_CHAT_PATH,
            endpoint("chat_completion_v1_chat_completions_post", chat),
            methods=["POST"],
        ),
        *(
            Route(base + AZURE_OCR_PATH, endpoint("ocr_v1_ocr_post", ocr), methods=["POST"])
            for base in ("", "/models")
        ),
        Route(VERTEX_PATH, endpoint(None, vertex), methods=["POST"]),
        Route(TOKEN_PATH, token_endpoint, methods=["POST"]),
    ]


async def vertex(app: EmulatorApp, call: Call) -> Response:
    target: str = call.path["target"]
    name, sep, verb = target.rpartition(":")
    if not sep or verb not in {"rawPredict", "streamRawPredict"}:
        raise NotFound(f"Unknown Vertex method {verb!r}")
    base, _, version = name.partition("@")
    candidates = [f"{base}-{version}", base] if version else [base]
    url_model = next((c for c in candidates if app.state.capabilities_of(c)), None)
    if url_model is None:
        raise ApiError(404, f"Publisher model {name} not found", "not_found")
    raw = await call.request.body()
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise Invalid(
            [{"loc": ["body"], "msg": "JSON decode error", "type": "json_invalid"}]
        ) from exc
    if not isinstance(body, dict):
        raise Invalid([{"loc": ["body"], "msg": "Expected an object", "type": "dict_type"}])
    body.setdefault("model", url_model)
    kind = "fim" if "prompt" in body else "chat"
    op = app.contract.operation(
        "fim_completion_v1_fim_completions_post"
        if kind == "fim"
        else "chat_completion_v1_chat_completions_post"
    )
    entry = call.entry
    entry["json"] = body
    assert op.body_schema is not None
    detail = app.contract.request_errors(op.body_schema, body, ["body"])
    entry["valid"] = not detail
    if detail:
        raise Invalid(detail)
    if verb == "streamRawPredict":
        body["stream"] = True
    inner = Call(call.request, op, {}, {}, body, "vertex", call.request_id)
    return await (fim(app, inner) if kind == "fim" else chat(app, inner))


async def token(app: EmulatorApp, request: Request) -> Response:
    """``POST /token``: the JWT-bearer grant of Google service-account keys."""
    credentials = app.credentials
    if credentials.token_delay:
        await asyncio.sleep(credentials.token_delay)
    try:
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
    except ClientDisconnect:
        return Response(status_code=499)
    token_uri = str(request.url.replace(query=None))
    entry: dict[str, JSON] = request.scope.get("emulator.entry", {})
    entry["json"] = {k: ("***" if k == "assertion" else v) for k, v in form.items()}
    try:
        grant = credentials.grant(form, token_uri)
    except TokenError as exc:
        entry["valid"] = False
        return JSONResponse({"error": exc.error, "error_description": exc.description}, 400)
    entry["valid"] = True
    return JSONResponse(grant, headers={"Cache-Control": "no-store"})
