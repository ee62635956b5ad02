"""The admin routes under ``/_emulator/`` (no auth, not recorded, no faults): the request log,
queued faults, reset, health, agents and models to add (until the next reset), and the signed
file URLs ``GET /v1/files/{id}/url`` hands out."""

from __future__ import annotations

import hmac
import time
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._catalog import ModelSpec
from .._faults import FaultError, FaultRule, parse_faults
from .._state import Agent, NotFound
from .files import file_response, signature

if TYPE_CHECKING:
    from .._app import EmulatorApp


def routes(app: EmulatorApp) -> list[Route]:
    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            app.log.clear()
        return JSONResponse(app.stats())

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            app.faults.clear()
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
                app.faults.add(rule)
            except (ValueError, KeyError, TypeError) as exc:
                return JSONResponse({"message": f"Invalid fault: {exc}"}, 400)
        return JSONResponse({"queued": app.faults.snapshot()})

    async def reset(request: Request) -> Response:
        app.reset()
        return JSONResponse({"reset": True})

    async def agents(request: Request) -> Response:
        if request.method == "POST":
            try:
                spec = await request.json()
                agent = Agent(
                    spec["id"],
                    spec.get("model", "mistral-large-latest"),
                    spec.get("instructions"),
                )
            except (ValueError, KeyError, TypeError) as exc:
                return JSONResponse({"message": f"Invalid agent: {exc}"}, 400)
            app.state.add_agent(agent)
        with app.state.lock:
            known = [*app.state.configured_agents.values(), *app.state.agents.values()]
        return JSONResponse({"agents": [vars(a) for a in known]})

    async def models(request: Request) -> Response:
        try:
            spec = ModelSpec.from_json(await request.json(), "POST /_emulator/models")
        except ValueError as exc:
            return JSONResponse({"message": str(exc)}, 400)
        app.state.catalog.add([spec])
        return JSONResponse({"id": spec.id, "aliases": list(spec.aliases)})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def signed(request: Request) -> Response:
        file_id = request.path_params["file_id"]
        try:
            expires = int(request.query_params.get("expires", "0"))
        except ValueError:
            expires = 0
        given = request.query_params.get("signature", "")
        if not hmac.compare_digest(given, signature(app, file_id, expires)):
            return JSONResponse({"message": "Invalid signature"}, 403)
        if expires < time.time():
            return JSONResponse({"message": "Signed URL expired"}, 403)
        try:
            stored = app.state.file(file_id)
        except NotFound as exc:
            return JSONResponse({"message": str(exc)}, 404)
        return file_response(stored)

    return [
        Route("/_emulator/requests", requests, methods=["GET", "DELETE"]),
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/agents", agents, methods=["GET", "POST"]),
        Route("/_emulator/models", models, methods=["POST"]),
        Route("/_emulator/signed/{file_id}", signed, methods=["GET"]),
    ]
