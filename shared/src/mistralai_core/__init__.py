"""mistralai-core: the machinery the Mistral SDK's clients share.

HTTP on httpx (sync and async), retries, server-sent events, errors, the pydantic model
base, the chat and FIM models and resources every provider serves, and the plug points a
provider fills (credentials and URL resolution). It knows nothing of any provider; the
``mistralai``, ``mistralai_azure`` and ``mistralai_gcp`` packages build on it.

Names resolve lazily, so importing this package costs next to nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_namespace
from ._version import __version__

if TYPE_CHECKING:
    from ._auth import HeaderAuth, KeySource, bearer
    from ._client import DEFAULT_TIMEOUT, ClientCore, SDKClient
    from ._errors import (
        APIConnectionError,
        APITimeoutError,
        ConfigurationError,
        HTTPValidationError,
        MistralError,
        ResponseValidationError,
        SDKError,
    )
    from ._http import AsyncHttpClient, HttpClient
    from ._operation import Call, CallOptions, Operation, Resource, SubResource
    from ._provider import Provider, RequestSpec, select_server
    from ._retry import DEFAULT_RETRY, NO_RETRY, BackoffStrategy, RetryConfig
    from ._sse import EventStream, EventStreamAsync
    from ._types import UNSET, OptionalNullable, Unset

_EXPORTS = {
    "HeaderAuth": "._auth",
    "KeySource": "._auth",
    "bearer": "._auth",
    "DEFAULT_TIMEOUT": "._client",
    "ClientCore": "._client",
    "SDKClient": "._client",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "ConfigurationError": "._errors",
    "HTTPValidationError": "._errors",
    "MistralError": "._errors",
    "ResponseValidationError": "._errors",
    "SDKError": "._errors",
    "AsyncHttpClient": "._http",
    "HttpClient": "._http",
    "Call": "._operation",
    "CallOptions": "._operation",
    "Operation": "._operation",
    "Resource": "._operation",
    "SubResource": "._operation",
    "Provider": "._provider",
    "RequestSpec": "._provider",
    "select_server": "._provider",
    "DEFAULT_RETRY": "._retry",
    "NO_RETRY": "._retry",
    "BackoffStrategy": "._retry",
    "RetryConfig": "._retry",
    "EventStream": "._sse",
    "EventStreamAsync": "._sse",
    "UNSET": "._types",
    "OptionalNullable": "._types",
    "Unset": "._types",
}
__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())
