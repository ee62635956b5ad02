"""The ASGI application: the emulator's parts put together.

Where things live (a new operation is a handler in its resource's module)::

    _asgi.py        outer layer: request ids, request log, faults, authentication by surface
    _validation.py  path, query and JSON body checked against the contract (422)
    _multipart.py   streamed multipart uploads
    _call.py        what a handler gets (Call) and how it refuses (ApiError, Invalid)
    _handlers/      one module per resource (chat, fim, agents, embeddings, classifiers, files,
                    batch, fine_tuning, models), the providers' routes (providers.py) and the
                    admin routes (admin.py)
    _state.py       files, jobs, models; _generate.py: the deterministic "models"

:class:`EmulatorApp` owns the state and wires routes to handlers: every operation of the
contract gets the handler registered for its operationId, wrapped in :meth:`_endpoint`
(validation, then the mapping of refusals to error responses).
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ._asgi import ConnectionRegistry, RequestLog, serve
from ._auth import Credentials
from ._call import JSON, ApiError, Handler, Invalid, error_body
from ._catalog import Catalog, ModelSpec
from ._contract import Contract, load_contract
from ._faults import FaultQueue
from ._handlers import HANDLERS, admin, providers
from ._handlers.batch import run_batch_request
from ._state import Agent, Conflict, NotFound, State
from ._validation import validated_call

__all__ = ["ConnectionRegistry", "EmulatorApp", "EmulatorConfig", "RequestLog"]


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
    models: list[ModelSpec] = field(default_factory=list)
    """Models served besides (or replacing, same id) the shipped catalogue; survive resets."""
    agents: list[Agent] = field(default_factory=list)
    """Agents ``/v1/agents/completions`` accepts; survive resets."""


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
        catalog = Catalog()
        catalog.add(self.config.models, configured=True)
        self.state = State(data_dir, self.config.job_step, catalog)
        for agent in self.config.agents:
            self.state.add_agent(agent, configured=True)
        self.state.batch_runner = lambda *request: run_batch_request(self, *request)
        self.faults = FaultQueue()
        self.log = RequestLog()
        self.connections = ConnectionRegistry()
        self.signing_key = secrets.token_bytes(32)
        # FastAPI's shapes for unknown paths and methods, as the real service sends them.
        not_found = {404: _not_found, 405: _not_allowed}
        self.router = Starlette(routes=self._routes(), exception_handlers=not_found)
        self.admin = Starlette(routes=admin.routes(self))

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

    def stats(self) -> dict[str, JSON]:
        return {
            "requests": self.log.snapshot(),
            "connections": self.connections.opened,
            "active_connections": self.connections.active,
            "token_grants": self.credentials.grants,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve(self, scope, receive, send)

    # -- routing --------------------------------------------------------------------------------
    def _routes(self) -> list[Route]:
        missing = {op.operation_id for op in self.contract.operations} - HANDLERS.keys()
        if missing:  # a new contract operation must get a handler, never a silent 404
            raise RuntimeError(f"contract operations without a handler: {sorted(missing)}")
        routes = [
            Route(
                op.path,
                self._endpoint(op.operation_id, HANDLERS[op.operation_id]),
                methods=[op.method],
            )
            for op in self.contract.operations
        ]
        return routes + providers.routes(self, self._endpoint)

    def _endpoint(
        self, operation_id: str | None, handler: Handler
    ) -> Callable[[Request], Awaitable[Response]]:
        op = self.contract.operation(operation_id) if operation_id is not None else None

        async def endpoint(request: Request) -> Response:
            scope = request.scope
            request_id: str = scope.get("emulator.request_id", "")
            entry: dict[str, JSON] = scope.get("emulator.entry", {})
            try:
                call = await validated_call(self.contract, request, op)
                entry["json"] = call.body
                entry["valid"] = True
                return await handler(self, call)
            except ClientDisconnect:
                # The client gave up (e.g. its timeout fired during a `slow` fault); nobody is
                # listening, and uvicorn drops whatever is sent now.
                return Response(status_code=499)
            except Invalid as invalid:
                entry["valid"] = False
                return JSONResponse({"detail": invalid.detail}, 422)
            except NotFound as exc:
                return JSONResponse(error_body(str(exc), "not_found", request_id), 404)
            except Conflict as exc:
                return JSONResponse(error_body(str(exc), "invalid_request_error", request_id), 400)
            except ApiError as exc:
                return JSONResponse(
                    error_body(exc.message, exc.kind, request_id, exc.code), exc.status
                )

        return endpoint


async def _not_found(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": "Not Found"}, 404)


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": "Method Not Allowed"}, 405)
