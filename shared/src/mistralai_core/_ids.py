"""Request ids: the one piece of response metadata the plain request path touches.

A parsed model result gets ``_request_id`` as an instance attribute: outside the model's
fields, so ``model_dump()``, ``model_dump_json()``, ``==`` and ``repr`` ignore it, and the
leading underscore keeps it from ever colliding with an API field.
"""

from __future__ import annotations

from typing import Any

import httpx
import pydantic

__all__ = ["REQUEST_ID_HEADERS", "request_id_of", "set_request_id"]

#: The headers a request id may come in, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
_BaseModel = pydantic.BaseModel
_setattr = object.__setattr__


def request_id_of(headers: httpx.Headers) -> str | None:
    """The request id the server gave a response, if any."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def set_request_id(result: Any, headers: httpx.Headers) -> None:
    """Attach ``_request_id`` to a parsed model (other results are left as they are)."""
    if isinstance(result, _BaseModel):
        _setattr(result, "_request_id", request_id_of(headers))
