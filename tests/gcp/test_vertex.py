"""``MistralGoogleCloud`` in-process: URLs, model ids, credentials, no I/O in the constructor."""

from __future__ import annotations

import asyncio
import datetime
import sys
import threading
from typing import Any

import google.auth
import google.auth.credentials
import httpx
import pytest

from mistralai_core._errors import ConfigurationError
from mistralai_gcp import MistralGoogleCloud, vertex_model
from mistralai_gcp._google import HttpxRequest
from tests.conftest import CHAT_OK, FIM_OK, FakeAPI, Invoke, chunk, sse

TOKEN = "ya29.static-token-secret"
MESSAGES = [{"role": "user", "content": "Hello there!"}]
PREFIX = "/v1/projects/proj-1/locations/europe-west4/publishers/mistralai/models"


class FakeGoogleCredentials(google.auth.credentials.Credentials):
    """google-auth credentials whose refresh hands out ``tok-1``, ``tok-2``, ..."""

    def __init__(self, lifetime: float = 3600.0) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # unannotated upstream
        self.refreshes = 0
        self.lifetime = lifetime

    def refresh(self, request: Any) -> None:
        self.refreshes += 1
        self.token = f"tok-{self.refreshes}"
        now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
        self.expiry = now + datetime.timedelta(seconds=self.lifetime)


@pytest.fixture
def client(http: httpx.Client, http_async: httpx.AsyncClient) -> MistralGoogleCloud:
    return MistralGoogleCloud(
        project_id="proj-1", access_token=TOKEN, client=http, async_client=http_async
    )


@pytest.mark.parametrize(
    ("given", "url", "body"),
    [
        ("mistral-large-2407", "mistral-large@2407", "mistral-large"),
        ("mistral-nemo-2407", "mistral-nemo@2407", "mistral-nemo"),
        ("codestral-2405", "codestral@2405", "codestral"),
        ("mistral-small-2503", "mistral-small-2503", "mistral-small-2503"),
        ("mistral-large-2411", "mistral-large-2411", "mistral-large-2411"),
        ("codestral-2501", "codestral-2501", "codestral-2501"),
        ("mistral-large@2407", "mistral-large@2407", "mistral-large"),
    ],
)
def test_model_ids_map_as_v1_did(given: str, url: str, body: str) -> None:
    assert vertex_model(given) == (url, body)


def test_chat_goes_to_raw_predict_with_the_mapped_model(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    reply = invoke("chat.complete", model="mistral-large-2407", messages=MESSAGES)
    assert reply.choices[0].message.content == "hello"
    sent = api.seen[0]
    assert str(sent.url) == (
        f"https://europe-west4-aiplatform.googleapis.com{PREFIX}/mistral-large@2407:rawPredict"
    )
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert api.json()["model"] == "mistral-large"


def test_stream_goes_to_stream_raw_predict(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, content=sse(chunk("hi", finish="stop"))))
    events = invoke("chat.stream", model="codestral-2405", messages=MESSAGES)
    assert events[0].data.choices[0].delta.content == "hi"
    assert api.seen[0].url.path == f"{PREFIX}/codestral@2405:streamRawPredict"
    assert api.json() == {"model": "codestral", "messages": MESSAGES, "stream": True}


def test_fim_complete_and_stream(api: FakeAPI, invoke: Invoke) -> None:
    api.replies.append(httpx.Response(200, json=FIM_OK))
    invoke("fim.complete", model="codestral-2405", prompt="def f(", suffix="return 1")
    assert api.seen[0].url.path == f"{PREFIX}/codestral@2405:rawPredict"
    assert api.json()["prompt"] == "def f("
    api.replies.append(httpx.Response(200, content=sse(chunk("x", finish="stop"))))
    invoke("fim.stream", model="codestral-latest", prompt="def f(")
    assert api.seen[-1].url.path == f"{PREFIX}/codestral-latest:streamRawPredict"


def test_global_region_and_server_url(http: httpx.Client, api: FakeAPI) -> None:
    api.replies += [httpx.Response(200, json=CHAT_OK), httpx.Response(200, json=CHAT_OK)]
    glob = MistralGoogleCloud("global", "proj-1", TOKEN, client=http)
    glob.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    assert str(api.seen[0].url).startswith(
        "https://aiplatform.googleapis.com/v1/projects/proj-1/locations/global/"
    )
    proxied = MistralGoogleCloud(
        "us-central1", "proj-1", TOKEN, server_url="http://proxy.local/vertex/", client=http
    )
    proxied.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    assert str(api.seen[1].url) == (
        "http://proxy.local/vertex/v1/projects/proj-1/locations/us-central1"
        "/publishers/mistralai/models/mistral-small-2503:rawPredict"
    )


def test_region_and_project_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_CLOUD_LOCATION", "asia-southeast1")
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "env-proj")
    client = MistralGoogleCloud(access_token=TOKEN)
    assert client.region == "asia-southeast1"
    assert "asia-southeast1-aiplatform" in repr(client)
    assert MistralGoogleCloud(access_token=TOKEN).region == "asia-southeast1"
    assert MistralGoogleCloud(access_token=TOKEN, region="europe-west1").region == "europe-west1"


def test_default_region_is_europe_west4() -> None:
    assert MistralGoogleCloud(project_id="p", access_token=TOKEN).region == "europe-west4"


def test_static_token_needs_a_project() -> None:
    with pytest.raises(ConfigurationError, match="project_id"):
        MistralGoogleCloud(access_token=TOKEN)


def test_model_is_required(client: MistralGoogleCloud) -> None:
    with pytest.raises(ConfigurationError, match="model"):
        client.chat.complete(messages=MESSAGES)


def test_constructor_does_no_io(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("google.auth.default() called in the constructor")

    monkeypatch.setattr(google.auth, "default", boom)
    credentials = FakeGoogleCredentials()
    MistralGoogleCloud()  # application-default credentials: looked up on first use
    MistralGoogleCloud(project_id="p", credentials=credentials)
    assert credentials.refreshes == 0


def test_credentials_are_refreshed_once_and_cached(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient, mode: str
) -> None:
    credentials = FakeGoogleCredentials()
    client = MistralGoogleCloud(
        project_id="proj-1", credentials=credentials, client=http, async_client=http_async
    )
    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(5)]

    async def many() -> None:
        for _ in range(5):
            await client.chat.complete_async(model="mistral-small-2503", messages=MESSAGES)

    if mode == "sync":
        for _ in range(5):
            client.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    else:
        asyncio.run(many())
    assert credentials.refreshes == 1
    assert {r.headers["authorization"] for r in api.seen} == {"Bearer tok-1"}


def test_401_refreshes_and_retries_once(mode: str) -> None:
    credentials = FakeGoogleCredentials()
    sent: list[str] = []
    statuses = [401, 200]

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["authorization"])
        status = statuses.pop(0)
        return httpx.Response(status, json=CHAT_OK if status == 200 else {"message": "expired"})

    transport = httpx.MockTransport(handler)
    client = MistralGoogleCloud(
        project_id="proj-1",
        credentials=credentials,
        retry_config=None,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    if mode == "sync":
        client.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    else:
        asyncio.run(client.chat.complete_async(model="mistral-small-2503", messages=MESSAGES))
    assert sent == ["Bearer tok-1", "Bearer tok-2"]


def test_credentials_project_is_used(api: FakeAPI, http: httpx.Client) -> None:
    class WithProject(FakeGoogleCredentials):
        project_id = "from-creds"

    api.replies.append(httpx.Response(200, json=CHAT_OK))
    MistralGoogleCloud(credentials=WithProject(), client=http).chat.complete(
        model="m", messages=MESSAGES
    )
    assert api.seen[0].url.path.startswith("/v1/projects/from-creds/")


def test_async_adc_project_lookup_runs_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch, api: FakeAPI, http_async: httpx.AsyncClient
) -> None:
    lookups: list[str] = []

    def default(*args: Any, **kwargs: Any) -> Any:
        lookups.append(threading.current_thread().name)
        return FakeGoogleCredentials(), "adc-project"

    monkeypatch.setattr(google.auth, "default", default)
    client = MistralGoogleCloud(async_client=http_async)  # project from ADC, on first use
    api.replies += [httpx.Response(200, json=CHAT_OK) for _ in range(2)]

    async def twice() -> str:
        for _ in range(2):
            await client.chat.complete_async(model="m", messages=MESSAGES)
        return threading.current_thread().name

    loop_thread = asyncio.run(twice())
    assert len(lookups) == 1
    assert lookups[0] != loop_thread
    assert all(r.url.path.startswith("/v1/projects/adc-project/") for r in api.seen)


def test_missing_google_auth_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "mistralai_gcp._google", raising=False)
    monkeypatch.setitem(sys.modules, "google.auth", None)  # "not installed"
    with pytest.raises(ConfigurationError, match=r"pip install mistralai\[gcp\]"):
        MistralGoogleCloud(project_id="p")
    MistralGoogleCloud(project_id="p", access_token=TOKEN)  # a static token needs none


def test_no_application_default_credentials_is_a_clear_error(
    http: httpx.Client, api: FakeAPI
) -> None:
    client = MistralGoogleCloud(project_id="p", client=http)
    with pytest.raises(ConfigurationError, match="GOOGLE_APPLICATION_CREDENTIALS"):
        client.chat.complete(model="m", messages=MESSAGES)
    assert api.seen == []


def test_httpx_request_adapter_maps_responses_and_errors() -> None:
    import google.auth.exceptions

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.example":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, headers={"x-a": "1"}, content=b"body:" + request.content)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        adapter = HttpxRequest(http)
        response = adapter("https://token.example/t", method="POST", body=b"x", headers={})
        assert (response.status, response.headers["x-a"], response.data) == (200, "1", b"body:x")
        with pytest.raises(google.auth.exceptions.TransportError):
            adapter("https://down.example/")


def test_secrets_stay_out_of_reprs(client: MistralGoogleCloud) -> None:
    text = repr(client) + repr(client._core.provider) + repr(client._core.provider.auth)
    assert TOKEN not in text
