"""Mistral models on Azure: ``from mistralai_azure import MistralAzure``.

Built on mistralai-core, like ``mistralai.Mistral``: the same response types, errors,
retries, streaming and logging. azure-identity is imported only when Microsoft Entra ID is
used without an explicit credential (``DefaultAzureCredential``); names load on first use.
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

    from ._client import DEFAULT_API_VERSION as DEFAULT_API_VERSION
    from ._client import MistralAzure as MistralAzure
    from ._entra import DEFAULT_SCOPE as DEFAULT_SCOPE

_EXPORTS = {
    "MistralAzure": "._client",
    "DEFAULT_API_VERSION": "._client",
    "DEFAULT_SCOPE": "._entra",
    "ConfigurationError": "mistralai_core._errors",
    "HTTPValidationError": "mistralai_core._errors",
    "MistralError": "mistralai_core._errors",
    "SDKError": "mistralai_core._errors",
    "TokenError": "mistralai_core._tokens",
}
__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())
