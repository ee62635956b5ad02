"""Mistral models on Google Cloud Vertex AI: ``from mistralai_gcp import MistralGoogleCloud``.

Built on mistralai-core, like ``mistralai.Mistral``: the same response types, errors,
retries, streaming and logging. google-auth is imported only when a client uses Google
credentials (not for a static ``access_token``); names load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai_core._lazy import lazy_namespace
from mistralai_core._version import __version__

if TYPE_CHECKING:
    from mistralai_core._errors import ConfigurationError as ConfigurationError
    from mistralai_core._errors import HTTPValidationError as HTTPValidationError
    from mistralai_core._errors import MistralError as MistralError
    from mistralai_core._errors import SDKError as SDKError
    from mistralai_core._tokens import TokenError as TokenError

    from ._client import DEFAULT_REGION as DEFAULT_REGION
    from ._client import MistralGoogleCloud as MistralGoogleCloud
    from ._client import vertex_model as vertex_model

_EXPORTS = {
    "MistralGoogleCloud": "._client",
    "DEFAULT_REGION": "._client",
    "vertex_model": "._client",
    "ConfigurationError": "mistralai_core._errors",
    "HTTPValidationError": "mistralai_core._errors",
    "MistralError": "mistralai_core._errors",
    "SDKError": "mistralai_core._errors",
    "TokenError": "mistralai_core._tokens",
}
__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())
