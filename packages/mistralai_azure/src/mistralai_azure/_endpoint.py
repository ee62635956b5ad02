"""Which Azure deployment an endpoint URL names, and its base URL: pure string work.

Azure serves Mistral models in two shapes (see PROVIDERS.md):

* **serverless** ("models as a service"), ``https://<name>.<region>.models.ai.azure.com`` or the
  older ``https://<name>-serverless.<region>.inference.ai.azure.com``: chat at
  ``{endpoint}/v1/chat/completions``, key as ``Authorization: Bearer``;
* **foundry** (Azure AI model inference), ``https://<resource>.services.ai.azure.com/models``:
  chat at ``{endpoint}/chat/completions?api-version=...``, key in ``api-key`` (or an Entra ID
  bearer token); the body's ``model`` names the deployment.

Users paste endpoints in every form the portals and docs show: with or without ``/v1`` or
``/models``, with ``/chat/completions`` (and even ``?api-version=``) on the end. All of these
normalise to one base URL here, so the provider only ever appends the operation's path.
A host that matches neither pattern (a proxy, a private endpoint, a test server) is treated
as serverless, as v1 did, unless its path ends in ``/models`` or the caller says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

from mistralai_core._errors import ConfigurationError

__all__ = ["AzureEndpoint", "EndpointType", "parse_endpoint"]

EndpointType = Literal["serverless", "foundry"]

# Foundry model inference is served on the AI Services resource host and, for resources
# created as Cognitive Services / Azure OpenAI accounts, on their hosts too.
_FOUNDRY_HOSTS = (".services.ai.azure.com", ".cognitiveservices.azure.com", ".openai.azure.com")
_PASTED_SUFFIXES = ("/chat/completions", "/completions")


@dataclass(frozen=True, slots=True)
class AzureEndpoint:
    """A normalised endpoint: its shape, the base URL, and an ``api-version`` found in it."""

    type: EndpointType
    #: Serverless: the origin (plus any proxy prefix), without ``/v1``.
    #: Foundry: the URL ending in ``/models``.
    base_url: str
    api_version: str | None = None


def parse_endpoint(endpoint: str, endpoint_type: EndpointType | None = None) -> AzureEndpoint:
    """Normalise ``endpoint``; ``endpoint_type`` overrides the guess from host and path.

    Raises :class:`ConfigurationError` for an empty or non-HTTP(S) endpoint.
    """
    text = endpoint.strip()
    if not text:
        raise ConfigurationError(_NO_ENDPOINT)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"azure_endpoint is not a valid URL: {exc}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(
            "azure_endpoint must be an http(s) URL such as "
            "https://<deployment>.<region>.models.ai.azure.com"
        )
    api_version = url.params.get("api-version")
    path = url.path.rstrip("/")
    for suffix in _PASTED_SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)].rstrip("/")
            break
    host = url.host.lower()
    if endpoint_type is None:
        if path.endswith("/models") or host.endswith(_FOUNDRY_HOSTS):
            endpoint_type = "foundry"
        else:
            # *.models.ai.azure.com, *.inference.ai.azure.com, and any host we do not
            # recognise (v1 behaviour).
            endpoint_type = "serverless"
    if endpoint_type == "foundry":
        if path.endswith("/v1"):
            path = path[: -len("/v1")]
        if not path.endswith("/models"):
            path += "/models"
    elif endpoint_type == "serverless":
        # The operation path brings its own /v1 (the contract's /v1/chat/completions).
        if path.endswith("/v1"):
            path = path[: -len("/v1")]
    else:
        raise ConfigurationError(
            f"endpoint_type must be 'serverless' or 'foundry', not {endpoint_type!r}"
        )
    base = str(url.copy_with(path=path or "/", query=None, fragment=None)).rstrip("/")
    return AzureEndpoint(endpoint_type, base, api_version)


_NO_ENDPOINT = (
    "no Azure endpoint: pass azure_endpoint= to MistralAzure() or set AZURE_ENDPOINT "
    "(e.g. https://<deployment>.<region>.models.ai.azure.com for a serverless deployment, "
    "https://<resource>.services.ai.azure.com/models for Azure AI Foundry)"
)
