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
    from ._auth import HeaderAuth as HeaderAuth
    from ._auth import KeySource as KeySource
    from ._auth import bearer as bearer
    from ._client import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._client import ClientCore as ClientCore
    from ._client import SDKClient as SDKClient
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import ConfigurationError as ConfigurationError
    from ._errors import HTTPValidationError as HTTPValidationError
    from ._errors import MistralError as MistralError
    from ._errors import ResponseValidationError as ResponseValidationError
    from ._errors import SDKError as SDKError
    from ._http import AsyncHttpClient as AsyncHttpClient
    from ._http import HttpClient as HttpClient
    from ._operation import Call as Call
    from ._operation import CallOptions as CallOptions
    from ._operation import Operation as Operation
    from ._operation import Resource as Resource
    from ._operation import SubResource as SubResource
    from ._provider import Provider as Provider
    from ._provider import RequestSpec as RequestSpec
    from ._provider import select_server as select_server
    from ._retry import DEFAULT_RETRY as DEFAULT_RETRY
    from ._retry import NO_RETRY as NO_RETRY
    from ._retry import BackoffStrategy as BackoffStrategy
    from ._retry import RetryConfig as RetryConfig
    from ._sse import EventStream as EventStream
    from ._sse import EventStreamAsync as EventStreamAsync
    from ._types import UNSET as UNSET
    from ._types import OptionalNullable as OptionalNullable
    from ._types import Unset as Unset

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
