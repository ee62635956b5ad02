"""``Mistral``: the client for La Plateforme (api.mistral.ai)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from mistralai_core._auth import HeaderAuth, KeySource, bearer
from mistralai_core._client import ClientCore, SDKClient
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._operation import SubResource
from mistralai_core._provider import Provider, RequestSpec, select_server
from mistralai_core._retry import RetryConfig
from mistralai_core._types import UNSET, Unset

if TYPE_CHECKING:
    from mistralai_core._completions import Chat, Fim

    from ._resources.agents import Agents
    from ._resources.audio import Audio
    from ._resources.batch import Batch
    from ._resources.beta import Beta
    from ._resources.classifiers import Classifiers
    from ._resources.embeddings import Embeddings
    from ._resources.files import Files
    from ._resources.fine_tuning import FineTuning
    from ._resources.models import Models
    from ._resources.ocr import Ocr

__all__ = ["SERVERS", "Mistral"]

#: The named servers (``server="eu"``).
SERVERS = {"eu": "https://api.mistral.ai"}


class PlatformProvider(Provider):
    """La Plateforme: a bearer API key; paths as the contract gives them.

    A plain slotted class, not a dataclass: making a dataclass costs more at import than
    the rest of this module (``from mistralai import Mistral`` is a standing target).
    """

    __slots__ = ("auth",)

    def __init__(self, auth: HeaderAuth) -> None:
        self.auth = auth

    def resolve(self, spec: RequestSpec) -> None:
        return None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(auth={self.auth!r})"


class Mistral(SDKClient):
    """Mistral AI API client for La Plateforme.

    :param api_key: The API key, or a callable returning it (called per request). Defaults
        to the ``MISTRAL_API_KEY`` environment variable.
    :param server: A named server (``"eu"``, the default: https://api.mistral.ai).
    :param server_url: A base URL instead of a named server (a proxy, the emulator).
        Defaults to the ``MISTRAL_BASE_URL`` environment variable when no ``server`` is
        named (read here, when the client is made).
    :param url_params: Values for ``{name}`` placeholders in the server URL.
    :param client: An ``httpx.Client`` (or any :class:`HttpClient`) to send with; the SDK
        never closes a client you pass.
    :param async_client: Likewise for async methods.
    :param retry_config: The retry policy for every call; retries are on by default
        (``None`` or ``RetryConfig("none")`` turns them off).
    :param timeout_ms: Timeout for every call, in milliseconds (default: 10 s to connect,
        600 s to read).
    :param debug_logger: A logger for request/response debug logs (credentials masked);
        ``MISTRAL_DEBUG=true`` or ``MISTRAL_LOG=debug`` sets a default one
        (``MISTRAL_LOG=info``: one line per response).
    """

    chat: SubResource[Chat] = SubResource("mistralai_core._completions:Chat")
    fim: SubResource[Fim] = SubResource("mistralai_core._completions:Fim")
    agents: SubResource[Agents] = SubResource("mistralai._resources.agents:Agents")
    batch: SubResource[Batch] = SubResource("mistralai._resources.batch:Batch")
    beta: SubResource[Beta] = SubResource("mistralai._resources.beta:Beta")
    classifiers: SubResource[Classifiers] = SubResource(
        "mistralai._resources.classifiers:Classifiers"
    )
    embeddings: SubResource[Embeddings] = SubResource("mistralai._resources.embeddings:Embeddings")
    files: SubResource[Files] = SubResource("mistralai._resources.files:Files")
    fine_tuning: SubResource[FineTuning] = SubResource(
        "mistralai._resources.fine_tuning:FineTuning"
    )
    models: SubResource[Models] = SubResource("mistralai._resources.models:Models")
    ocr: SubResource[Ocr] = SubResource("mistralai._resources.ocr:Ocr")
    audio: SubResource[Audio] = SubResource("mistralai._resources.audio:Audio")

    def __init__(
        self,
        api_key: KeySource | None = None,
        server: str | None = None,
        server_url: str | None = None,
        url_params: Mapping[str, str] | None = None,
        client: HttpClient | httpx.Client | None = None,
        async_client: AsyncHttpClient | httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("MISTRAL_API_KEY")
        if server_url is None and server is None:
            server_url = os.environ.get("MISTRAL_BASE_URL") or None
        auth = bearer(api_key, hint="pass api_key= to Mistral() or set MISTRAL_API_KEY")
        self._core = ClientCore(
            provider=PlatformProvider(auth),
            server_url=select_server(SERVERS, "eu", server, server_url, url_params),
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            debug_logger=debug_logger,
        )
