"""``MistralGoogleCloud``: Mistral models on Vertex AI, on the shared core.

The client is the core's :class:`~mistralai_core._client.ClientCore` with a
:class:`VertexProvider`; ``chat`` and ``fim`` are the core's resources, so responses,
errors, retries, streaming and logging are exactly ``Mistral``'s. Vertex differs in two ways:

* **Where.** Every call is a ``rawPredict`` (``streamRawPredict`` for streams) on the model's
  publisher resource, ``/v1/projects/{project}/locations/{region}/publishers/mistralai/
  models/{model}:rawPredict``, on ``https://{region}-aiplatform.googleapis.com``. The
  provider's ``resolve`` builds that path from the body's ``model`` while the body is still a
  dict, and rewrites the model where Vertex wants ``name@version`` in the URL and the bare
  name in the body (:func:`vertex_model`).
* **Credentials.** An OAuth2 access token: a static ``access_token=``, or google-auth
  credentials (given, or application-default), behind the core's ``TokenAuth``: fetched on
  first use, cached, refreshed before expiry by one caller at a time, off the event loop in
  async code, and refreshed once more on a 401. The constructor does no I/O.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx

from mistralai_core._client import ClientCore, SDKClient
from mistralai_core._errors import ConfigurationError
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._operation import SubResource
from mistralai_core._provider import Provider, RequestSpec
from mistralai_core._retry import RetryConfig
from mistralai_core._tokens import AccessToken, TokenAuth
from mistralai_core._types import UNSET, Unset

if TYPE_CHECKING:
    import google.auth.credentials

    from mistralai_core._completions import Chat, Fim

    from ._google import GoogleTokenSource

__all__ = ["DEFAULT_REGION", "MistralGoogleCloud", "VertexProvider", "vertex_model"]

#: The region v1 used when none is given.
DEFAULT_REGION = "europe-west4"

#: Models Vertex addresses as ``name@version``: URL ``mistral-large@2407``, body
#: ``mistral-large`` (the mapping v1 applied; every other id is used as given).
_VERSIONED = frozenset({"mistral-large-2407", "mistral-nemo-2407", "codestral-2405"})


def vertex_model(model: str) -> tuple[str, str]:
    """``(id in the URL, id in the body)`` for a model id the caller gave."""
    if model in _VERSIONED:
        name, _, version = model.rpartition("-")
        return f"{name}@{version}", name
    if "@" in model:  # already in Vertex's form: the body carries the bare name
        return model, model.partition("@")[0]
    return model, model


def vertex_host(region: str) -> str:
    """The regional Vertex AI endpoint (``global`` has no region prefix)."""
    if region == "global":
        return "https://aiplatform.googleapis.com"
    return f"https://{region}-aiplatform.googleapis.com"


@dataclass(frozen=True, slots=True)
class VertexProvider(Provider):
    """Vertex AI for one project and region."""

    region: str
    #: The project id; a callable because application-default credentials, which may be
    #: where it comes from, are looked up on first use.
    project: Callable[[], str]
    auth: TokenAuth

    async def prepare_async(self) -> None:
        """Look up the project off the event loop the first time (it may read ADC files or
        ask the metadata server); later calls find it cached."""
        if not getattr(self.project, "loaded", True):
            import asyncio

            await asyncio.to_thread(self.project)

    def resolve(self, spec: RequestSpec) -> None:
        body = spec.body
        model = body.get("model") if isinstance(body, dict) else None
        if not model:
            raise ConfigurationError(
                f"{spec.caller}(): model is required on Vertex AI (e.g. 'mistral-large-2411')"
            )
        url_model, body["model"] = vertex_model(str(model))
        verb = "streamRawPredict" if spec.operation.mode == "sse" else "rawPredict"
        spec.path = (
            f"/v1/projects/{quote(self.project(), safe='')}/locations/{quote(self.region, safe='')}"
            f"/publishers/mistralai/models/{quote(url_model, safe='@')}:{verb}"
        )


class MistralGoogleCloud(SDKClient):
    """Mistral models on Google Cloud Vertex AI.

    :param region: The Vertex AI region (default: ``GOOGLE_CLOUD_LOCATION``, else
        ``europe-west4``); ``"global"`` uses the global endpoint.
    :param project_id: The Google Cloud project (default: ``GOOGLE_CLOUD_PROJECT``, else the
        credentials' project).
    :param access_token: A static OAuth2 access token (used as is, never refreshed).
    :param credentials: google-auth credentials (e.g. a service account's); refreshed as
        needed. Without this or ``access_token``, application-default credentials are used,
        looked up on the first call (``google.auth.default``).
    :param server_url: A base URL instead of the regional Vertex host (a proxy, a private
        endpoint, a test server); the project/location path is still built under it.
    :param client: An ``httpx.Client`` (or any :class:`HttpClient`) for API calls; never
        closed by the SDK.
    :param async_client: Likewise for async methods.
    :param retry_config: The retry policy for every call (``None``: no retries).
    :param timeout_ms: Timeout for every call, in milliseconds.
    :param debug_logger: A logger for request/response debug logs (credentials masked).

    Google credentials need google-auth (``pip install mistralai[gcp]``); a static
    ``access_token`` does not. Nothing is fetched until the first call.
    """

    chat: SubResource[Chat] = SubResource("mistralai_core._completions:Chat")
    fim: SubResource[Fim] = SubResource("mistralai_core._completions:Fim")

    #: The Vertex AI region requests go to.
    region: str

    def __init__(
        self,
        region: str | None = None,
        project_id: str | None = None,
        access_token: str | None = None,
        *,
        credentials: google.auth.credentials.Credentials | None = None,
        server_url: str | None = None,
        client: HttpClient | httpx.Client | None = None,
        async_client: AsyncHttpClient | httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
    ) -> None:
        self.region = region or os.environ.get("GOOGLE_CLOUD_LOCATION") or DEFAULT_REGION
        project_id = project_id or os.environ.get("GOOGLE_CLOUD_PROJECT") or None
        if access_token is not None and credentials is not None:
            raise ConfigurationError("pass either access_token= or credentials=, not both")
        if access_token is not None:
            if not access_token:
                raise ConfigurationError("access_token is empty")
            if project_id is None:
                raise ConfigurationError(
                    "project_id is required with access_token= (or set GOOGLE_CLOUD_PROJECT)"
                )
            static = AccessToken(access_token)
            auth = TokenAuth(lambda: static, source="access_token")
            project = _fixed(project_id)
        else:
            source = _token_source(credentials)
            auth = TokenAuth(source.fetch, source="Google credentials")
            project = _fixed(project_id) if project_id else _LazyProject(source)
        self._core = ClientCore(
            provider=VertexProvider(self.region, project, auth),
            server_url=server_url or vertex_host(self.region),
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            debug_logger=debug_logger,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self.region!r}, server_url={self._core.server_url!r})"
        )


def _token_source(credentials: google.auth.credentials.Credentials | None) -> GoogleTokenSource:
    """Google credentials as a token source; a clear error naming the extra without google-auth."""
    try:
        from ._google import GoogleTokenSource
    except ImportError as exc:
        raise ConfigurationError(
            "Google credentials need google-auth, which is not installed: "
            "`pip install mistralai[gcp]` (or pass access_token= and project_id=)"
        ) from exc
    return GoogleTokenSource(credentials)


def _fixed(project_id: str) -> Callable[[], str]:
    return lambda: project_id


class _LazyProject:
    """The project from application-default credentials, looked up once, on first use."""

    def __init__(self, source: GoogleTokenSource) -> None:
        self._source = source
        self.loaded = False

    def __call__(self) -> str:
        value = self._source.project()  # loads application-default credentials once
        self.loaded = True
        if not value:
            raise ConfigurationError(
                "no Google Cloud project: pass project_id= to MistralGoogleCloud() or set "
                "GOOGLE_CLOUD_PROJECT (the credentials name none)"
            )
        return value
