"""What a handler receives (:class:`Call`) and the two ways it refuses (:class:`ApiError`,
:class:`Invalid`), shared by the outer layer, the validation and every resource's handlers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from ._contract import Operation

if TYPE_CHECKING:
    from ._app import EmulatorApp

__all__ = ["JSON", "ApiError", "Call", "Handler", "Invalid", "error_body"]

JSON = Any


class ApiError(Exception):
    """A handler's refusal; becomes a JSON error response."""

    def __init__(
        self,
        status: int,
        message: str,
        kind: str = "invalid_request_error",
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code = status, message, kind, code


class Invalid(Exception):
    """Request validation failed; ``detail`` is the HTTPValidationError list (a 422)."""

    def __init__(self, detail: list[JSON]) -> None:
        super().__init__("validation failed")
        self.detail = detail


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

    @property
    def entry(self) -> dict[str, JSON]:
        """The request log entry of this call (what tests see in ``emu.requests``)."""
        found: dict[str, JSON] = self.request.scope.get("emulator.entry", {})
        return found


Handler = Callable[["EmulatorApp", Call], Awaitable[Response]]
"""A handler: the app (state, contract, config) and the validated call -> the response."""


def error_body(
    message: str, kind: str, request_id: str, code: str | None = None
) -> dict[str, JSON]:
    return {
        "object": "error",
        "message": message,
        "type": kind,
        "param": None,
        "code": code,
        "request_id": request_id,
    }
