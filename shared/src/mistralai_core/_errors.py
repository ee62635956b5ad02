"""Exceptions raised by every client of the SDK.

::

    MistralError
    ├── SDKError                    the API answered with an error status (v1 name)
    │   │                           .status_code .message .body .raw_response .request_id
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── HTTPValidationError     422, .data parsed per the contract (v1 name)
    │   ├── RateLimitError          429
    │   ├── InternalServerError     5xx
    │   └── ResponseValidationError a 2xx body or a streamed event that does not match its
    │                               model: .raw (the bytes), .validation_message, .cause
    ├── APIConnectionError          no response (DNS, refused, reset); the httpx error is __cause__
    │   └── APITimeoutError
    └── ConfigurationError          the client cannot send: no key, no endpoint, bad server name

``SDKError`` and ``HTTPValidationError`` keep their v1 names, so existing ``except`` clauses
work; the finer classes let new code catch exactly what it means to. An error's ``str()``
shows the status, a short excerpt of the body and the request id, never a credential.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .models import HTTPValidationErrorData

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "HTTPValidationError",
    "InternalServerError",
    "MistralError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SDKError",
    "error_for_response",
]

_EXCERPT = 200
_VALIDATION_EXCERPT = 500


class MistralError(Exception):
    """Base of every error this SDK raises."""


class SDKError(MistralError):
    """The API answered with an error status (or an unreadable success)."""

    def __init__(self, message: str, raw_response: httpx.Response, body: str | None = None) -> None:
        self.message = message
        self.raw_response = raw_response
        self.status_code = raw_response.status_code
        self.headers = raw_response.headers
        self.body = _body_text(raw_response) if body is None else body
        self.request_id = raw_response.headers.get("x-request-id") or raw_response.headers.get(
            "request-id"
        )
        super().__init__(message)

    def __str__(self) -> str:
        parts = [f"{self.message} (status {self.status_code})"]
        excerpt = " ".join(self.body.split())
        if excerpt:
            if len(excerpt) > _EXCERPT:
                excerpt = excerpt[:_EXCERPT] + "…"
            parts.append(f"body: {excerpt}")
        if self.request_id:
            parts.append(f"request id: {self.request_id}")
        return "; ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(SDKError):
    """400: the request was malformed."""


class AuthenticationError(SDKError):
    """401: the API key or token is missing, wrong or expired."""


class PermissionDeniedError(SDKError):
    """403: the credentials may not use this resource."""


class NotFoundError(SDKError):
    """404: no such model, file or job."""


class ConflictError(SDKError):
    """409: the resource is not in a state that allows this."""


class HTTPValidationError(SDKError):
    """422: the API rejected the request; ``.data.detail`` says which fields and why."""

    @property
    def data(self) -> HTTPValidationErrorData:
        """The body parsed as the contract's ``HTTPValidationError`` schema."""
        from .models import HTTPValidationErrorData

        try:
            return HTTPValidationErrorData.model_validate_json(self.body or "{}")
        except ValueError:  # not the contract's shape (a proxy's page, say): no details
            return HTTPValidationErrorData()


#: The httpx-style name of the same class.
UnprocessableEntityError = HTTPValidationError


class RateLimitError(SDKError):
    """429: too many requests; retried by default, honouring ``Retry-After``."""


class InternalServerError(SDKError):
    """5xx: the service failed; retried by default."""


class ResponseValidationError(SDKError):
    """A success response whose body (or one streamed event) does not match its model.

    Keeps what arrived, so the problem can be reported: ``.raw`` is the body's bytes (for a
    stream, the failing event's ``data``), ``.body`` the same as text, ``.status_code`` and
    ``.request_id`` as for any ``SDKError``, ``.validation_message`` what the model said, and
    ``.cause`` the validation exception itself. Events delivered before a bad one stay
    delivered.
    """

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response,
        cause: Exception,
        raw: bytes | None = None,
    ) -> None:
        if raw is None:
            try:
                raw = raw_response.content
            except httpx.ResponseNotRead:
                raw = b""
        self.raw = raw
        self.cause = cause
        self.validation_message = " ".join(str(cause).split())[:_VALIDATION_EXCERPT]
        super().__init__(
            f"{message}: {self.validation_message}" if self.validation_message else message,
            raw_response,
            body=raw.decode("utf-8", "replace"),
        )


class APIConnectionError(MistralError):
    """No response arrived: the connection failed or was dropped. ``__cause__`` is httpx's."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (``timeout_ms``)."""


class ConfigurationError(MistralError, ValueError):
    """The client is not set up to send this request; nothing was sent."""


_STATUS_ERRORS: Mapping[int, type[SDKError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: HTTPValidationError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> SDKError:
    """The exception for an error response; its body must have been read."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else SDKError)
    return cls(_message(response), response)


def _message(response: httpx.Response) -> str:
    """The service's own message when its JSON error body has one, else a generic one."""
    reason = response.reason_phrase or "error"
    try:
        payload: Any = response.json()
    except ValueError:
        return f"API error occurred: {reason}"
    if isinstance(payload, dict):
        for key in ("message", "error", "detail"):
            value = payload.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
    return f"API error occurred: {reason}"


def _body_text(response: httpx.Response) -> str:
    try:
        return response.text
    except httpx.ResponseNotRead:
        return ""
