"""``MistralAzure``: Mistral models deployed on Azure, on the shared core.

The client is the core's :class:`~mistralai_core._client.ClientCore` with an
:class:`AzureProvider`; ``chat`` is the core's ``Chat`` resource, so responses, errors,
retries, streaming and logging are exactly ``Mistral``'s. What Azure changes is decided
once, at construction, from the endpoint URL (see :mod:`mistralai_azure._endpoint`):

=============  ===============================  ===================================
shape          request                          credentials
=============  ===============================  ===================================
serverless     ``{base}/v1/chat/completions``   key: ``Authorization: Bearer <key>``
foundry        ``{base}/chat/completions``      key: ``api-key: <key>``
               ``?api-version=...``
either         (as above)                       Entra ID: ``Authorization: Bearer``
=============  ===============================  ===================================

The provider's ``resolve`` edits each request before it is validated and encoded: it drops
the contract's ``/v1`` for Foundry, adds ``api-version`` (so a user's own httpx client gets it
too) and fills the ``model`` v1 sent when none is given (``"azureai"``).

``ocr`` is La Plateforme's ``ocr.process`` (the same ``OCRRequest`` / ``OCRResponse``) sent to
``{base}/providers/mistral/azure/ocr``, the path the official 2.x Azure client uses, for both
shapes alike, with each shape's auth and (Foundry) ``api-version``. Its models live in the
``mistralai`` distribution (``pip install mistralai[azure]`` brings both); the resource loads
on first use of ``client.ocr``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from mistralai_core._auth import HeaderAuth, KeySource, bearer
from mistralai_core._client import ClientCore, SDKClient
from mistralai_core._errors import ConfigurationError
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._operation import SubResource
from mistralai_core._provider import Provider, RequestSpec
from mistralai_core._retry import RetryConfig
from mistralai_core._tokens import TokenAuth
from mistralai_core._types import UNSET, Unset

from ._endpoint import EndpointType, parse_endpoint
from ._entra import DEFAULT_SCOPE, TokenProvider, default_credential, entra_auth
from ._redirects import AsyncRedirectGuard, RedirectGuard

if TYPE_CHECKING:
    from azure.core.credentials import TokenCredential
    from azure.core.credentials_async import AsyncTokenCredential

    from mistralai._resources.ocr import Ocr
    from mistralai_core._completions import Chat

__all__ = ["DEFAULT_API_VERSION", "DEFAULT_MODEL", "OCR_PATH", "AzureProvider", "MistralAzure"]

#: The Foundry model-inference API version sent when none is given.
DEFAULT_API_VERSION = "2024-05-01-preview"
#: The model name v1 sends when the caller gives none (a serverless endpoint serves one model).
DEFAULT_MODEL = "azureai"
#: Where Azure serves La Plateforme's ``POST /v1/ocr`` (under the endpoint's base URL).
OCR_PATH = "/providers/mistral/azure/ocr"


@dataclass(frozen=True, slots=True)
class AzureProvider(Provider):
    """Where and how requests go for one resolved Azure endpoint."""

    endpoint_type: EndpointType
    api_version: str
    auth: httpx.Auth

    def resolve(self, spec: RequestSpec) -> None:
        if spec.path == "/v1/ocr":
            spec.path = OCR_PATH
        if self.endpoint_type == "foundry":
            # Foundry's paths are the contract's without the version prefix; the version
            # travels as a query parameter instead.
            if spec.path.startswith("/v1/"):
                spec.path = spec.path[len("/v1") :]
            spec.query["api-version"] = self.api_version
        if isinstance(spec.body, dict) and spec.body.get("model") is None:
            spec.body["model"] = DEFAULT_MODEL


class MistralAzure(SDKClient):
    """Mistral models deployed on Azure (serverless endpoints or Azure AI Foundry).

    :param azure_api_key: The endpoint's key, or a callable returning it (called per
        request). Defaults to ``AZURE_API_KEY``. Sent as ``Authorization: Bearer`` to a
        serverless endpoint and as ``api-key`` to Foundry.
    :param azure_endpoint: The endpoint URL, as the portal shows it (with or without
        ``/v1``, ``/models`` or ``/chat/completions``). Defaults to ``AZURE_ENDPOINT``;
        required.
    :param azure_credential: Microsoft Entra ID instead of a key: an azure-identity
        ``TokenCredential`` (e.g. ``DefaultAzureCredential()``) or ``AsyncTokenCredential``
        (async methods only). Tokens are cached and refreshed before they expire.
    :param azure_ad_token_provider: Entra ID through a callable returning a token (sync or
        async), e.g. ``azure.identity.get_bearer_token_provider(...)``; called per request.
    :param azure_scope: The Entra ID scope tokens are requested for.
    :param api_version: The ``api-version`` sent to Foundry endpoints (default
        ``2024-05-01-preview``, or the one in the pasted endpoint URL).
    :param endpoint_type: ``"serverless"`` or ``"foundry"``, when the URL does not tell
        (a proxy or private endpoint). Guessed from the host and path otherwise.
    :param client: An ``httpx.Client`` (or any :class:`HttpClient`) to send with; never
        closed by the SDK.
    :param async_client: Likewise for async methods.
    :param retry_config: The retry policy for every call (``None``: no retries).
    :param timeout_ms: Timeout for every call, in milliseconds.
    :param debug_logger: A logger for request/response debug logs (credentials masked).

    With neither a key nor a credential, ``DefaultAzureCredential`` is used (this needs
    ``pip install mistralai[azure]``). Raises :class:`ConfigurationError` when there is no
    endpoint: requests never fall back to api.mistral.ai.
    """

    chat: SubResource[Chat] = SubResource("mistralai_core._completions:Chat")
    ocr: SubResource[Ocr] = SubResource("mistralai._resources.ocr:Ocr")

    #: The deployment shape resolved from the endpoint: ``"serverless"`` or ``"foundry"``.
    endpoint_type: EndpointType
    #: The normalised base URL requests are sent under.
    endpoint: str

    def __init__(
        self,
        azure_api_key: KeySource | None = None,
        azure_endpoint: str | None = None,
        *,
        azure_credential: TokenCredential | AsyncTokenCredential | None = None,
        azure_ad_token_provider: TokenProvider | None = None,
        azure_scope: str = DEFAULT_SCOPE,
        api_version: str | None = None,
        endpoint_type: EndpointType | None = None,
        client: HttpClient | httpx.Client | None = None,
        async_client: AsyncHttpClient | httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
    ) -> None:
        if not azure_endpoint:
            azure_endpoint = os.environ.get("AZURE_ENDPOINT", "")
        resolved = parse_endpoint(azure_endpoint, endpoint_type)
        self.endpoint_type = resolved.type
        self.endpoint = resolved.base_url
        auth = _auth(
            resolved.type, azure_api_key, azure_credential, azure_ad_token_provider, azure_scope
        )
        provider = AzureProvider(
            resolved.type, api_version or resolved.api_version or DEFAULT_API_VERSION, auth
        )
        # A client the SDK makes never follows redirects; one the user passes might, and
        # httpx would then carry api-key to wherever the redirect points.
        self._core = ClientCore(
            provider=provider,
            server_url=resolved.base_url,
            client=None if client is None else RedirectGuard(client),
            async_client=None if async_client is None else AsyncRedirectGuard(async_client),
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            debug_logger=debug_logger,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(endpoint={self.endpoint!r}, "
            f"endpoint_type={self.endpoint_type!r})"
        )


def _auth(
    endpoint_type: EndpointType,
    key: KeySource | None,
    credential: TokenCredential | AsyncTokenCredential | None,
    token_provider: TokenProvider | None,
    scope: str,
) -> HeaderAuth | TokenAuth:
    given = [
        n
        for n, v in (
            ("azure_api_key", key),
            ("azure_credential", credential),
            ("azure_ad_token_provider", token_provider),
        )
        if v
    ]
    if len(given) > 1:
        raise ConfigurationError(f"pass only one of {', '.join(given)}")
    if credential is not None or token_provider is not None:
        return entra_auth(credential, token_provider, scope)
    # v1's README passes os.getenv("AZURE_API_KEY", ""): an empty key means "not given".
    key = key or os.environ.get("AZURE_API_KEY") or None
    if key is None:
        return entra_auth(default_credential(), None, scope)
    hint = "pass azure_api_key= to MistralAzure() or set AZURE_API_KEY"
    if endpoint_type == "foundry":
        return HeaderAuth(key, header="api-key", prefix="", hint=hint)
    return bearer(key, hint=hint)
