"""``MistralAzure`` in-process: what goes on the wire for each shape and credential.

Requests go through ``httpx.MockTransport`` (``FakeAPI`` from the root conftest); the
``invoke`` fixture runs each behaviour once sync and once async.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import Any

import httpx
import pytest
from azure.core.credentials import AccessToken as AzureAccessToken

from mistralai_azure import MistralAzure
from mistralai_core._errors import AuthenticationError, ConfigurationError, SDKError
from mistralai_core._tokens import TokenError
from tests.conftest import CHAT_OK, FakeAPI, Invoke, chunk, sse

KEY = "azure-key-0123456789-secret"
SERVERLESS = "https://my-deploy.eastus2.models.ai.azure.com"
FOUNDRY = "https://my-res.services.ai.azure.com/models"
MESSAGES = [{"role": "user", "content": "Hello there!"}]
ENTRA = "entra-token-abcdef-secret"


class FakeCredential:
    """An azure-identity ``TokenCredential``: counts calls, returns ``ENTRA``-n tokens."""

    def __init__(self, lifetime: float = 3600.0, tokens: list[str] | None = None) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.lifetime = lifetime
        self.tokens = tokens

    def get_token(self, *scopes: str, **kwargs: Any) -> AzureAccessToken:
        self.calls.append(scopes)
        value = self.tokens.pop(0) if self.tokens else ENTRA
        return AzureAccessToken(value, int(time.time() + self.lifetime))


class FakeAsyncCredential:
    """An ``AsyncTokenCredential``."""

    def __init__(self) -> None:
        self.calls = 0

    async def get_token(self, *scopes: str, **kwargs: Any) -> AzureAccessToken:
        self.calls += 1
        await asyncio.sleep(0)
        return AzureAccessToken(ENTRA, int(time.time() + 3600))


@pytest.fixture
def client(http: httpx.Client, http_async: httpx.AsyncClient) -> MistralAzure:
    """Serverless with a key, on the fake API (the root conftest's ``invoke`` uses it)."""
    return MistralAzure(
        azure_api_key=KEY, azure_endpoint=SERVERLESS, client=http, async_client=http_async
    )


def make(http: httpx.Client, http_async: httpx.AsyncClient, **kwargs: Any) -> MistralAzure:
    return MistralAzure(client=http, async_client=http_async, **kwargs)


def test_serverless_sends_bearer_key_to_v1_chat_completions(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    reply = invoke("chat.complete", messages=MESSAGES, max_tokens=100, temperature=0.5)
    assert reply.choices[0].message.content == "hello"
    sent = api.seen[0]
    assert str(sent.url) == SERVERLESS + "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert "api-key" not in sent.headers
    assert sent.headers["user-agent"].startswith("mistral-client-python/")
    # v1 sends "azureai" when no model is given (one model per serverless endpoint).
    assert api.json() == {
        "model": "azureai",
        "messages": MESSAGES,
        "max_tokens": 100,
        "temperature": 0.5,
        "stream": False,
    }


def test_a_given_model_is_sent_as_is(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    invoke("chat.complete", model="mistral-large", messages=MESSAGES)
    assert api.json()["model"] == "mistral-large"


def test_stream_yields_chunks(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, content=sse(chunk("he"), chunk("llo", finish="stop"))))
    events = invoke("chat.stream", messages=MESSAGES)
    assert "".join(e.data.choices[0].delta.content for e in events) == "hello"
    assert api.seen[0].headers["accept"] == "text/event-stream"
    assert api.json()["stream"] is True


def test_foundry_sends_api_key_and_api_version(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient, mode: str
) -> None:
    client = make(http, http_async, azure_api_key=KEY, azure_endpoint=FOUNDRY)
    assert client.endpoint_type == "foundry"
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    if mode == "sync":
        client.chat.complete(model="my-deployment", messages=MESSAGES)
    else:
        asyncio.run(client.chat.complete_async(model="my-deployment", messages=MESSAGES))
    sent = api.seen[0]
    assert sent.url.path == "/models/chat/completions"
    assert sent.url.params["api-version"] == "2024-05-01-preview"
    assert sent.headers["api-key"] == KEY
    assert "authorization" not in sent.headers
    assert api.json()["model"] == "my-deployment"


def test_api_version_is_configurable(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    client = make(
        http, http_async, azure_api_key=KEY, azure_endpoint=FOUNDRY, api_version="2025-04-01"
    )
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    client.chat.complete(messages=MESSAGES)
    assert api.seen[0].url.params["api-version"] == "2025-04-01"


def test_no_endpoint_is_a_configuration_error_not_a_fallback() -> None:
    with pytest.raises(ConfigurationError, match="azure_endpoint"):
        MistralAzure(azure_api_key=KEY)
    with pytest.raises(ConfigurationError, match="azure_endpoint"):
        MistralAzure(azure_api_key=KEY, azure_endpoint="")


def test_endpoint_and_key_from_the_environment(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_ENDPOINT", FOUNDRY)
    monkeypatch.setenv("AZURE_API_KEY", KEY)
    client = make(http, http_async)
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    client.chat.complete(messages=MESSAGES)
    assert api.seen[0].headers["api-key"] == KEY


def test_key_callable_is_called_per_request(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    keys = iter(["k1", "k2"])
    client = make(http, http_async, azure_api_key=lambda: next(keys), azure_endpoint=SERVERLESS)
    api.replies += [httpx.Response(200, json=CHAT_OK), httpx.Response(200, json=CHAT_OK)]
    client.chat.complete(messages=MESSAGES)
    client.chat.complete(messages=MESSAGES)
    assert [r.headers["authorization"] for r in api.seen] == ["Bearer k1", "Bearer k2"]


def test_entra_credential_token_is_cached_with_the_default_scope(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient, mode: str
) -> None:
    credential = FakeCredential()
    client = make(http, http_async, azure_credential=credential, azure_endpoint=FOUNDRY)
    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(3)]
    for _ in range(3):
        if mode == "sync":
            client.chat.complete(messages=MESSAGES)
        else:
            asyncio.run(client.chat.complete_async(messages=MESSAGES))
    assert credential.calls == [("https://cognitiveservices.azure.com/.default",)]
    assert all(r.headers["authorization"] == f"Bearer {ENTRA}" for r in api.seen)
    assert all("api-key" not in r.headers for r in api.seen)
    assert all(r.url.params["api-version"] == "2024-05-01-preview" for r in api.seen)


def test_entra_scope_is_configurable(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    credential = FakeCredential()
    client = make(
        http,
        http_async,
        azure_credential=credential,
        azure_endpoint=FOUNDRY,
        azure_scope="api://custom/.default",
    )
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    client.chat.complete(messages=MESSAGES)
    assert credential.calls == [("api://custom/.default",)]


def test_entra_401_refreshes_once_and_retries(mode: str) -> None:
    credential = FakeCredential(tokens=["revoked", "fresh"])
    sent: list[str] = []
    replies = [httpx.Response(401, json={"message": "expired"}), httpx.Response(200, json=CHAT_OK)]

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["authorization"])  # the same request object is re-sent
        return replies.pop(0)

    transport = httpx.MockTransport(handler)
    client = MistralAzure(
        azure_credential=credential,
        azure_endpoint=FOUNDRY,
        retry_config=None,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    if mode == "sync":
        client.chat.complete(messages=MESSAGES)
    else:
        asyncio.run(client.chat.complete_async(messages=MESSAGES))
    assert sent == ["Bearer revoked", "Bearer fresh"]
    assert len(credential.calls) == 2


def test_a_second_401_is_an_authentication_error(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    credential = FakeCredential(tokens=["a", "b", "c"])
    client = make(
        http, http_async, azure_credential=credential, azure_endpoint=FOUNDRY, retry_config=None
    )
    api.replies += [httpx.Response(401, json={"message": "no"}) for _ in range(2)]
    with pytest.raises(AuthenticationError) as caught:
        client.chat.complete(messages=MESSAGES)
    assert len(api.seen) == 2 and len(credential.calls) == 2
    assert "Bearer" not in str(caught.value) and "a" != str(caught.value)


def test_async_credential_serves_async_calls_and_refuses_sync_ones(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    credential = FakeAsyncCredential()
    client = make(http, http_async, azure_credential=credential, azure_endpoint=FOUNDRY)
    api.replies += [httpx.Response(200, json=CHAT_OK), httpx.Response(200, json=CHAT_OK)]

    async def main() -> None:
        await client.chat.complete_async(messages=MESSAGES)
        await client.chat.complete_async(messages=MESSAGES)

    asyncio.run(main())
    assert credential.calls == 1
    assert api.seen[0].headers["authorization"] == f"Bearer {ENTRA}"
    fresh = make(http, http_async, azure_credential=credential, azure_endpoint=FOUNDRY)
    with pytest.raises(ConfigurationError, match="_async"):
        fresh.chat.complete(messages=MESSAGES)


def test_token_provider_callables_sync_and_async(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    calls: list[str] = []

    def provider() -> str:
        calls.append("sync")
        return f"tok-{len(calls)}"

    async def async_provider() -> str:
        calls.append("async")
        return "tok-async"

    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(3)]
    client = make(http, http_async, azure_ad_token_provider=provider, azure_endpoint=SERVERLESS)
    client.chat.complete(messages=MESSAGES)
    client.chat.complete(messages=MESSAGES)
    # The provider manages expiry itself (get_bearer_token_provider caches): asked each time.
    assert [r.headers["authorization"] for r in api.seen] == ["Bearer tok-1", "Bearer tok-2"]
    client = make(
        http, http_async, azure_ad_token_provider=async_provider, azure_endpoint=SERVERLESS
    )
    asyncio.run(client.chat.complete_async(messages=MESSAGES))
    assert api.seen[-1].headers["authorization"] == "Bearer tok-async"


def test_credential_errors_are_token_errors_without_secrets(
    http: httpx.Client, http_async: httpx.AsyncClient
) -> None:
    class Broken:
        def get_token(self, *scopes: str, **kwargs: Any) -> AzureAccessToken:
            raise RuntimeError("AADSTS7000215: invalid client secret provided")

    client = make(http, http_async, azure_credential=Broken(), azure_endpoint=FOUNDRY)
    with pytest.raises(TokenError, match="Broken") as caught:
        client.chat.complete(messages=MESSAGES)
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_only_one_kind_of_credential(http: httpx.Client) -> None:
    with pytest.raises(ConfigurationError, match="only one"):
        MistralAzure(azure_api_key=KEY, azure_credential=FakeCredential(), azure_endpoint=FOUNDRY)


def test_no_key_uses_default_azure_credential_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    import azure.identity

    made: list[FakeCredential] = []

    def fake_default() -> FakeCredential:
        made.append(FakeCredential())
        return made[-1]

    monkeypatch.setattr(azure.identity, "DefaultAzureCredential", fake_default)
    client = MistralAzure(azure_api_key="", azure_endpoint=FOUNDRY)
    assert len(made) == 1 and made[0].calls == []  # constructed, nothing fetched yet
    assert client.endpoint_type == "foundry"


def test_missing_azure_identity_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "azure.identity", None)  # "not installed"
    with pytest.raises(ConfigurationError, match=r"pip install mistralai\[azure\]"):
        MistralAzure(azure_endpoint=FOUNDRY)
    # A key needs no azure-identity at all.
    MistralAzure(azure_api_key=KEY, azure_endpoint=FOUNDRY)


# -- redirects ------------------------------------------------------------------------------


def _redirecting(target: str) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(307, headers={"location": target})
        return httpx.Response(200, json=CHAT_OK)

    return seen, httpx.MockTransport(handler)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_api_key_is_not_sent_to_another_origin_on_redirect(kind: str) -> None:
    seen, transport = _redirecting("https://elsewhere.example.com/chat/completions")
    if kind == "sync":
        with httpx.Client(transport=transport, follow_redirects=True) as http:
            MistralAzure(azure_api_key=KEY, azure_endpoint=FOUNDRY, client=http).chat.complete(
                messages=MESSAGES
            )
    else:

        async def main() -> None:
            async with httpx.AsyncClient(transport=transport, follow_redirects=True) as http:
                client = MistralAzure(azure_api_key=KEY, azure_endpoint=FOUNDRY, async_client=http)
                await client.chat.complete_async(messages=MESSAGES)

        asyncio.run(main())
    assert [r.url.host for r in seen] == ["my-res.services.ai.azure.com", "elsewhere.example.com"]
    assert seen[0].headers["api-key"] == KEY
    assert "api-key" not in seen[1].headers
    assert seen[1].content == seen[0].content  # 307 keeps method and body


def test_api_key_stays_on_a_same_origin_redirect() -> None:
    seen, transport = _redirecting(FOUNDRY + "/v2/chat/completions")
    with httpx.Client(transport=transport, follow_redirects=True) as http:
        MistralAzure(azure_api_key=KEY, azure_endpoint=FOUNDRY, client=http).chat.complete(
            messages=MESSAGES
        )
    assert seen[1].headers["api-key"] == KEY


def test_a_client_that_does_not_follow_redirects_still_does_not(api: FakeAPI) -> None:
    seen, transport = _redirecting("https://elsewhere.example.com/")
    with httpx.Client(transport=transport) as http:
        client = MistralAzure(azure_api_key=KEY, azure_endpoint=FOUNDRY, client=http)
        with pytest.raises(SDKError):
            client.chat.complete(messages=MESSAGES)
    assert len(seen) == 1


# -- secrets --------------------------------------------------------------------------------


def test_secrets_stay_out_of_reprs_and_logs(
    api: FakeAPI,
    http: httpx.Client,
    http_async: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("test.azure")
    logger.setLevel(logging.DEBUG)
    client = make(http, http_async, azure_api_key=KEY, azure_endpoint=FOUNDRY, debug_logger=logger)
    api.replies.append(httpx.Response(401, json={"message": "bad key"}))
    with caplog.at_level(logging.DEBUG, logger="test.azure"), pytest.raises(SDKError) as caught:
        client.chat.complete(messages=MESSAGES)
    text = caplog.text + repr(client) + str(caught.value) + repr(client._core.provider)
    assert "Response: 401" in caplog.text
    assert KEY not in text
    assert "foundry" in repr(client)

    entra = make(http, http_async, azure_credential=FakeCredential(), azure_endpoint=FOUNDRY)
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    entra.chat.complete(messages=MESSAGES)
    assert ENTRA not in repr(entra._core.provider) + repr(entra)
