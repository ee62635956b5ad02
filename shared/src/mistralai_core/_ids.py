"""Request ids: the one piece of response metadata the plain request path touches.

A parsed model result keeps a reference to its response's headers, outside the model's
fields (``model_dump()``, ``model_dump_json()``, ``==`` and ``repr`` ignore it); its
``_request_id`` (a descriptor on the models' base class) reads the id from them when asked,
so the request path pays for one attribute store, not a header lookup. The leading
underscore keeps the name from ever colliding with an API field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["REQUEST_ID_HEADERS", "RequestId", "copy_request_id", "request_id_of", "set_request_id"]

#: The headers a request id may come in, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
#: Where a result keeps its response's headers (an instance attribute, not a field).
HEADERS_KEY = "__response_headers__"
_setattr = object.__setattr__


def request_id_of(headers: httpx.Headers) -> str | None:
    """The request id the server gave a response, if any."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def set_request_id(result: Any, headers: httpx.Headers) -> None:
    """Give a parsed model its ``_request_id`` (other results are left as they are)."""
    # A pydantic model has ``__pydantic_fields_set__`` (checked without importing pydantic,
    # which ``from mistralai import Mistral`` must not load).
    if hasattr(result, "__pydantic_fields_set__"):
        _setattr(result, HEADERS_KEY, headers)


def copy_request_id(source: Any, target: Any) -> None:
    """``target`` answers ``_request_id`` as ``source`` does (a result rebuilt from it)."""
    headers = source.__dict__.get(HEADERS_KEY)
    if headers is not None:
        _setattr(target, HEADERS_KEY, headers)


class RequestId:
    """``result._request_id``: the request id of the response it was parsed from, or
    ``None`` (a model built in code). A non-data descriptor: assigning shadows it."""

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        headers = obj.__dict__.get(HEADERS_KEY)
        return None if headers is None else request_id_of(headers)
