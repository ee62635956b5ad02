"""Microsoft Entra ID tokens for Azure, on the core's :class:`~mistralai_core._tokens.TokenAuth`.

Three sources of a bearer token are accepted, and each becomes a ``TokenAuth`` (so caching,
early refresh, single-flight and the 401 retry are the core's, shared with Google Cloud):

* an azure-identity ``TokenCredential`` (``DefaultAzureCredential``, ``ClientSecretCredential``,
  ...): ``get_token(scope)`` is blocking, so async requests run it in a worker thread; the
  token is cached until shortly before its ``expires_on``;
* an ``AsyncTokenCredential`` (``azure.identity.aio``): awaited on the caller's loop. It is
  bound to that loop's HTTP session, so sync requests cannot use it and say so;
* a token-provider callable returning a string (``get_bearer_token_provider(...)``), sync or
  async. It manages expiry itself, so it is asked again for every request, never cached here.

Failing fast comes from the core too: callers waiting on a refresh that fails share its error
(one ``get_token`` for all of them, none again during a short cool-down), and one fetch gets a
bounded time (``TokenAuth.fetch_timeout``) even if the credential's own retries would take
longer. The error names the credential and the scope, never a secret.

azure-identity itself is imported only to build ``DefaultAzureCredential`` when no key and no
credential were given; a missing install then names the extra to install.
"""

from __future__ import annotations

import importlib
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from mistralai_core._errors import ConfigurationError
from mistralai_core._tokens import AccessToken, TokenAuth

if TYPE_CHECKING:
    from azure.core.credentials import TokenCredential
    from azure.core.credentials_async import AsyncTokenCredential

__all__ = ["DEFAULT_SCOPE", "TokenProvider", "default_credential", "entra_auth"]

#: The Entra ID scope of Azure AI services (Foundry model inference).
DEFAULT_SCOPE = "https://cognitiveservices.azure.com/.default"

#: A callable returning a bearer token (or an awaitable of one).
TokenProvider = Callable[[], str] | Callable[[], Awaitable[str]]

_INSTALL = "pip install mistralai[azure]"


def default_credential() -> TokenCredential:
    """azure-identity's ``DefaultAzureCredential`` (no network until a token is asked for)."""
    try:
        identity = importlib.import_module("azure.identity")
    except ImportError as exc:
        raise ConfigurationError(
            "no Azure key or credential given, and azure-identity (needed for Microsoft Entra "
            f"ID) is not installed: `{_INSTALL}`, or pass azure_api_key="
        ) from exc
    return cast("TokenCredential", identity.DefaultAzureCredential())


def entra_auth(
    credential: TokenCredential | AsyncTokenCredential | None,
    token_provider: TokenProvider | None,
    scope: str,
) -> TokenAuth:
    """A ``TokenAuth`` over an azure-identity credential or a token-provider callable."""
    if credential is not None:
        return _credential_auth(credential, scope)
    assert token_provider is not None
    return _provider_auth(token_provider)


def _credential_auth(credential: TokenCredential | AsyncTokenCredential, scope: str) -> TokenAuth:
    get_token = getattr(credential, "get_token", None)
    if not callable(get_token):
        raise ConfigurationError(
            "azure_credential must be an azure-identity TokenCredential or AsyncTokenCredential "
            f"(an object with get_token(scope)), not {type(credential).__name__}"
        )
    name = f"{type(credential).__name__} (scope {scope})"
    if inspect.iscoroutinefunction(get_token):

        async def fetch_async() -> AccessToken:
            return _from_azure(await get_token(scope))

        return TokenAuth(_sync_unsupported(name), fetch_async, source=name)

    def fetch() -> AccessToken:
        return _from_azure(get_token(scope))

    return TokenAuth(fetch, source=name)


def _from_azure(token: Any) -> AccessToken:
    # azure-core's AccessToken: .token, and .expires_on in epoch seconds; TokenAuth wants
    # the remaining lifetime (its clock is monotonic).
    return AccessToken(str(token.token), float(token.expires_on) - time.time())


def _provider_auth(provider: TokenProvider) -> TokenAuth:
    name = f"azure_ad_token_provider {getattr(provider, '__name__', type(provider).__name__)}"
    if _is_async(provider):
        async_provider = cast("Callable[[], Awaitable[str]]", provider)

        async def fetch_async() -> AccessToken:
            # expires_in=0: always stale, so the provider (which caches) is asked each time.
            return AccessToken(await async_provider(), 0.0)

        return TokenAuth(_sync_unsupported(name), fetch_async, source=name)
    sync_provider = cast("Callable[[], str]", provider)

    def fetch() -> AccessToken:
        value: object = sync_provider()
        if inspect.isawaitable(value):  # an async callable we could not recognise up front
            if inspect.iscoroutine(value):
                value.close()
            raise ConfigurationError(f"{name} is async: use the client's *_async methods")
        return AccessToken(str(value), 0.0)

    # The provider is the caller's own callable, asked on every request (it caches): run it
    # in the calling thread, not under the SDK's fetch bound (a thread per request).
    return TokenAuth(fetch, source=name, fetch_timeout=None)


def _is_async(func: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(
        getattr(func, "__call__", None)  # noqa: B004 (a callable object's async __call__)
    )


def _sync_unsupported(name: str) -> Callable[[], AccessToken]:
    def fetch() -> AccessToken:
        raise ConfigurationError(
            f"{name} is asynchronous and can only be used by the client's *_async methods; "
            "pass a synchronous credential (azure.identity, not azure.identity.aio) for sync calls"
        )

    return fetch
