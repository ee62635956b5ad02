"""What every resource's handlers share: the registry, contract-checked responses, models."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING

from starlette.responses import JSONResponse, Response, StreamingResponse

from .._call import JSON, ApiError, Call, Handler, error_body
from .._generate import Completion

if TYPE_CHECKING:
    from .._app import EmulatorApp

__all__ = [
    "HANDLERS",
    "PLACEHOLDERS",
    "operation",
    "placeholder",
    "require_model",
    "respond",
    "respond_completion",
    "respond_sse",
]

logger = logging.getLogger("mistralai_emulator")

HANDLERS: dict[str, Handler] = {}
"""operationId -> handler, filled by :func:`operation` as the resource modules are imported."""


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated handler as the one serving ``operation_id``."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = handler
        return handler

    return register


PLACEHOLDERS: set[str] = set()
"""operationIds served by :func:`placeholder` (a 501) until their real handler is written."""


def placeholder(operation_id: str) -> None:
    """Serve ``operation_id`` with a 501 ``not implemented in the emulator yet`` for now.

    The app starts only when every contract operation has a handler; this is the stand-in a
    real handler replaces (delete the ``placeholder(...)`` line, add the ``@operation``).
    """

    async def not_implemented(app: EmulatorApp, call: Call) -> Response:
        raise ApiError(
            501, f"{operation_id}: not implemented in the emulator yet", "not_implemented"
        )

    operation(operation_id)(not_implemented)
    PLACEHOLDERS.add(operation_id)


def respond(
    app: EmulatorApp, call: Call, payload: JSON, schema_name: str | None = None
) -> Response:
    """A 200 JSON response, checked against the operation's response schema."""
    if app.config.validate_responses:
        if schema_name is not None:
            problems = app.contract.named_response_errors(schema_name, payload)
        else:
            assert call.op is not None
            schema = call.op.response_schema(200, "application/json")
            problems = app.contract.response_errors(schema, payload) if schema else []
        if problems:
            logger.error("emulator response violates the contract: %s", problems)
            return JSONResponse(
                error_body(
                    "Emulator response violates the contract: " + "; ".join(problems),
                    "emulator_bug",
                    call.request_id,
                ),
                500,
            )
    return JSONResponse(payload)


def respond_sse(app: EmulatorApp, call: Call, chunks: Iterable[dict[str, JSON]]) -> Response:
    """A server-sent event stream of ``CompletionChunk`` events, then ``[DONE]``."""
    validate = app.config.validate_responses
    contract = app.contract

    async def events() -> AsyncIterator[bytes]:
        for chunk in chunks:
            if validate:
                problems = contract.named_response_errors("CompletionChunk", chunk)
                if problems:
                    raise RuntimeError(f"emulator chunk violates the contract: {problems}")
            yield f"data: {json.dumps(chunk)}\n\n".encode()
            await asyncio.sleep(0)  # one event per write, so clients see them arrive apart
        yield b"data: [DONE]\n\n"

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


def respond_completion(
    app: EmulatorApp, call: Call, completion: Completion, schema_name: str | None = None
) -> Response:
    """A completion as the request wants it: streamed (``stream: true``) or whole."""
    if call.body.get("stream"):
        return respond_sse(app, call, completion.chunks())
    return respond(app, call, completion.response(), schema_name)


def require_model(app: EmulatorApp, model: JSON, capability: str) -> str:
    """``model`` if the catalogue knows it and it has ``capability``; else the service's 400."""
    if not isinstance(model, str) or not model:
        raise ApiError(400, "A model is required", "invalid_model")
    caps = app.state.capabilities_of(model)
    if caps is None:
        raise ApiError(400, f"Invalid model: {model}", "invalid_model")
    if not caps.get(capability):
        raise ApiError(400, f"Model {model} does not support {capability}", "invalid_model")
    return model
