"""google-auth, driven over httpx: the credential side of ``MistralGoogleCloud``.

This is the only module that imports google-auth, and it is imported only when a client
needs it (no ``access_token=``), so a missing install is reported as the extra to add.

google-auth refreshes credentials through a ``google.auth.transport.Request``; its bundled
implementations need ``requests`` or ``urllib3``. :class:`HttpxRequest` is a small adapter
over httpx instead, so the SDK's one HTTP stack also fetches tokens (and no new dependency is
pulled in). Each refresh uses a short-lived ``httpx.Client``: refreshes are hourly, so pooling
buys nothing and nothing is left open.

A token request fails fast: it has connect and read timeouts (:data:`TOKEN_TIMEOUT`), and a
retryable answer (429, 5xx) is reported at once as a ``TransportError`` naming the status,
instead of being handed to google-auth's own retry loop (three attempts, sleeping 1 s then
2 s, per caller). The core's ``TokenAuth`` shares that failure with every waiting caller and
holds off the next attempt for a short cool-down, so an outage costs one token request, not
one (or three) per caller. The response body of a failed request is not put in the message.

:class:`GoogleTokenSource` turns credentials into the core's token fetch: lazily resolved
application-default credentials, one ``refresh``, and the remaining lifetime read from
``credentials.expiry``. Caching and single-flight are the core ``TokenAuth``'s job.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Mapping

import google.auth
import google.auth.credentials
import google.auth.exceptions
import google.auth.transport
import httpx

from mistralai_core._errors import ConfigurationError
from mistralai_core._tokens import AccessToken

__all__ = ["SCOPES", "GoogleTokenSource", "HttpxRequest"]

#: The OAuth2 scope of Vertex AI.
SCOPES = ("https://www.googleapis.com/auth/cloud-platform",)
#: Timeouts of one token request: 5 s to connect, 10 s between bytes.
TOKEN_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
#: Statuses google-auth would retry (with sleeps); reported at once here instead.
_RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})


class _Response(google.auth.transport.Response):
    """google-auth's view of an httpx response."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> Mapping[str, str]:
        return self._response.headers

    @property
    def data(self) -> bytes:
        return self._response.content


class HttpxRequest(google.auth.transport.Request):
    """A ``google.auth.transport.Request`` over httpx (sync).

    :param client: An ``httpx.Client`` to send with (kept open); by default a new client per
        call, closed after it.
    :param timeout: Timeouts of the SDK's own client (default :data:`TOKEN_TIMEOUT`); a timeout
        google-auth asks for (its metadata-server probes do) replaces it.
    """

    def __init__(
        self, client: httpx.Client | None = None, timeout: httpx.Timeout | None = None
    ) -> None:
        self._client = client
        self._timeout = TOKEN_TIMEOUT if timeout is None else timeout

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **kwargs: object,
    ) -> google.auth.transport.Response:
        try:
            if self._client is not None:
                response = self._send(self._client, url, method, body, headers, timeout)
            else:
                with httpx.Client(timeout=self._timeout) as client:
                    response = self._send(client, url, method, body, headers, timeout)
        except httpx.HTTPError as exc:
            # google-auth reports TransportError; it knows nothing of httpx.
            message = f"{type(exc).__name__}: {exc}"
            # google-auth leaves its exception constructors unannotated.
            raise google.auth.exceptions.TransportError(message) from exc  # type: ignore[no-untyped-call]
        if response.status_code in _RETRYABLE and method.upper() == "POST":
            # A token endpoint in trouble: fail now (TokenAuth shares it and cools down)
            # rather than let google-auth sleep and retry inside every caller's fetch.
            message = f"status {response.status_code} from the token endpoint"
            raise google.auth.exceptions.TransportError(message)  # type: ignore[no-untyped-call]
        return _Response(response)

    @staticmethod
    def _send(
        client: httpx.Client,
        url: str,
        method: str,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        timeout: float | None,
    ) -> httpx.Response:
        return client.request(
            method,
            url,
            content=body,
            headers=dict(headers or {}),
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
        )


class GoogleTokenSource:
    """Google credentials, resolved on first use, as the core's token fetch.

    :param credentials: google-auth credentials; ``None``: application-default credentials
        (``google.auth.default``), looked up on first use, not in the constructor, because
        on Google Cloud compute that lookup may ask the metadata server.
    :param request: The transport google-auth refreshes through.
    """

    def __init__(
        self,
        credentials: google.auth.credentials.Credentials | None = None,
        request: google.auth.transport.Request | None = None,
    ) -> None:
        self._credentials = None if credentials is None else _scoped(credentials)
        self._project: str | None = getattr(credentials, "project_id", None) or None
        self._request = request if request is not None else HttpxRequest()
        self._lock = threading.Lock()

    def _loaded(self) -> google.auth.credentials.Credentials:
        if self._credentials is not None:
            return self._credentials
        with self._lock:
            if self._credentials is None:
                try:
                    credentials, project = google.auth.default(
                        scopes=list(SCOPES), request=self._request
                    )
                except google.auth.exceptions.DefaultCredentialsError as exc:
                    raise ConfigurationError(
                        "no Google Cloud credentials: pass access_token= or credentials= to "
                        "MistralGoogleCloud(), set GOOGLE_APPLICATION_CREDENTIALS, or run "
                        f"`gcloud auth application-default login` ({exc})"
                    ) from exc
                self._project = self._project or project
                self._credentials = credentials
            return self._credentials

    def project(self) -> str | None:
        """The project the credentials belong to (loads application-default credentials)."""
        self._loaded()
        return self._project

    def fetch(self) -> AccessToken:
        """Refresh the credentials (blocking: one token request) and return the new token."""
        credentials = self._loaded()
        credentials.refresh(self._request)  # type: ignore[no-untyped-call]  # unannotated upstream
        token = credentials.token
        if not token:
            raise ConfigurationError(f"{type(credentials).__name__} produced no access token")
        return AccessToken(str(token), _remaining(credentials.expiry))

    def __repr__(self) -> str:
        kind = "default" if self._credentials is None else type(self._credentials).__name__
        return f"{type(self).__name__}(credentials={kind})"


def _scoped(
    credentials: google.auth.credentials.Credentials,
) -> google.auth.credentials.Credentials:
    # Service-account credentials made from a key file carry no scope until given one.
    if isinstance(credentials, google.auth.credentials.Scoped) and credentials.requires_scopes:
        scoped: google.auth.credentials.Credentials = credentials.with_scopes(list(SCOPES))  # type: ignore[no-untyped-call]  # unannotated
        return scoped
    return credentials


def _remaining(expiry: datetime.datetime | None) -> float | None:
    """Seconds until ``expiry``; google-auth keeps it as a naive UTC datetime."""
    if expiry is None:
        return None
    if expiry.tzinfo is None:
        expiry = expiry.replace(tzinfo=datetime.timezone.utc)
    return (expiry - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
