"""Python client for the Mistral AI API.

``from mistralai import Mistral`` gives the La Plateforme client; ``mistralai.models`` holds
the API's models and errors. Names load on first use, so ``import mistralai`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai_core._lazy import lazy_namespace
from mistralai_core._version import __version__

if TYPE_CHECKING:
    from mistralai_core._errors import APIConnectionError as APIConnectionError
    from mistralai_core._errors import APITimeoutError as APITimeoutError
    from mistralai_core._errors import HTTPValidationError as HTTPValidationError
    from mistralai_core._errors import MistralError as MistralError
    from mistralai_core._errors import SDKError as SDKError
    from mistralai_core._sse import EventStream as EventStream
    from mistralai_core._sse import EventStreamAsync as EventStreamAsync
    from mistralai_core._types import UNSET as UNSET

    from ._client import Mistral as Mistral

_EXPORTS = {
    "Mistral": "._client",
    "UNSET": "mistralai_core._types",
    "EventStream": "mistralai_core._sse",
    "EventStreamAsync": "mistralai_core._sse",
    "SDKError": "mistralai_core._errors",
    "HTTPValidationError": "mistralai_core._errors",
    "MistralError": "mistralai_core._errors",
    "APIConnectionError": "mistralai_core._errors",
    "APITimeoutError": "mistralai_core._errors",
}
__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())
