"""Azure (serverless, Foundry), Vertex, and the OAuth2 token endpoint with google-auth."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import google.auth.transport
import httpx
import pytest
from google.auth import crypt, jwt
from google.auth.exceptions import RefreshError
from google.oauth2 import service_account

from mistralai_emulator import Emulator

from .conftest import CHAT, sse_events

CLOUD = ["https://www.googleapis.com/auth/cloud-platform"]
FOUNDRY = "/models/chat/completions"
VERSION = {"api-version": "2024-05-01-preview"}


class _Response(google.auth.transport.Response):
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
    """google-auth's transport interface over httpx (so the tests need no `requests`)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **kwargs: Any,
    ) -> _Response:
        response = self.client.request(
            method, url, content=body, headers=headers, timeout=timeout or 10
        )
        return _Response(response)


def sa_credentials(path: Path) -> service_account.Credentials:
    factory = service_account.Credentials.from_service_account_file
    # google-auth's factories are unannotated.
    credentials: service_account.Credentials = factory(  # type: ignore[no-untyped-call]
        str(path), scopes=CLOUD
    )
    return credentials


def sa_credentials_from_info(info: dict[str, str]) -> service_account.Credentials:
    factory = service_account.Credentials.from_service_account_info
    credentials: service_account.Credentials = factory(  # type: ignore[no-untyped-call]
        info, scopes=CLOUD
    )
    return credentials


def refresh(credentials: service_account.Credentials, http: httpx.Client) -> str:
    """Run google-auth's real refresh (JWT grant to token_uri); return the access token."""
    credentials.refresh(HttpxRequest(http))  # type: ignore[no-untyped-call]  # unannotated
    token = credentials.token
    assert isinstance(token, str)
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_azure_serverless_accepts_an_azure_key_and_no_model(emu: Emulator) -> None:
    r = httpx.post(
        f"{emu.url}/v1/chat/completions",
        headers=bearer(emu.azure_api_key),
        json={"messages": CHAT["messages"], "max_tokens": 5},
    )
    assert r.status_code == 200, r.text
    assert r.json()["model"] == "azureai"
    assert emu.requests[-1]["surface"] == "azure"
    with httpx.stream(
        "POST",
        f"{emu.url}/v1/chat/completions",
        headers=bearer(emu.azure_api_key),
        json={"model": "azureai", "messages": CHAT["messages"], "stream": True},
    ) as s:
        assert sse_events(s.read().decode())[-1] == "[DONE]"


def test_foundry_needs_api_version_and_accepts_api_key_or_entra(emu: Emulator) -> None:
    url = f"{emu.url}{FOUNDRY}"
    ok = httpx.post(url, params=VERSION, headers={"api-key": emu.azure_api_key}, json=CHAT)
    assert ok.status_code == 200 and ok.json()["model"] == "mistral-small-latest"
    entra = httpx.post(url, params=VERSION, headers=bearer(emu.entra_token), json=CHAT)
    assert entra.status_code == 200
    missing = httpx.post(url, headers={"api-key": emu.azure_api_key}, json=CHAT)
    assert 400 <= missing.status_code < 500 and "api-version" in missing.json()["message"]
    wrong = httpx.post(url, params=VERSION, headers={"api-key": "nope"}, json=CHAT)
    assert wrong.status_code == 401
    unknown = httpx.post(
        url,
        params=VERSION,
        headers={"api-key": emu.azure_api_key},
        json={**CHAT, "model": "my-deployment"},
    )
    assert unknown.status_code == 400 and "my-deployment" in unknown.json()["message"]


def test_vertex_raw_predict_chat_fim_stream_and_versioned_names(emu: Emulator) -> None:
    auth = bearer(emu.vertex_access_token)
    chat = httpx.post(
        emu.vertex_url("p1", "europe-west4", "mistral-large@2407"),
        headers=auth,
        json={**CHAT, "model": "mistral-large"},
    )
    assert chat.status_code == 200 and chat.json()["object"] == "chat.completion"
    assert chat.json()["model"] == "mistral-large"
    fim = httpx.post(
        emu.vertex_url("p1", "europe-west4", "codestral-2405"),
        headers=auth,
        json={"model": "codestral-2405", "prompt": "def f():", "suffix": ""},
    )
    assert fim.status_code == 200
    assert fim.json()["choices"][0]["message"]["content"].startswith("pass")
    with httpx.stream(
        "POST",
        emu.vertex_url("p1", "global", "mistral-small-latest", stream=True),
        headers=auth,
        json={**CHAT, "stream": True},
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        assert sse_events(r.read().decode())[-1] == "[DONE]"
    unknown = httpx.post(emu.vertex_url("p1", "global", "gpt-4"), headers=auth, json=CHAT)
    assert unknown.status_code == 404
    invalid = httpx.post(
        emu.vertex_url("p1", "global", "mistral-small-latest"),
        headers=auth,
        json={**CHAT, "extra": 1},
    )
    assert invalid.status_code == 422
    assert (
        httpx.post(
            emu.vertex_url("p1", "global", "mistral-small-latest"),
            headers=bearer(emu.api_key),
            json=CHAT,
        ).status_code
        == 401
    )


def test_google_auth_service_account_flow_end_to_end(emu: Emulator, tmp_path: Path) -> None:
    key_file = emu.write_service_account_key(tmp_path / "sa.json", project_id="proj-1")
    info = json.loads(key_file.read_text())
    assert info["type"] == "service_account" and info["token_uri"] == emu.token_uri
    assert info["project_id"] == "proj-1" and "PRIVATE KEY" in info["private_key"]
    credentials = sa_credentials(key_file)
    with httpx.Client() as http:
        token = refresh(credentials, http)
    assert credentials.valid
    assert emu.token_grants == 1
    grant = emu.requests[-1]
    assert grant["path"] == "/token" and grant["json"]["assertion"] == "***"
    url = emu.vertex_url("proj-1", "europe-west4", "mistral-small-latest")
    assert httpx.post(url, headers=bearer(token), json=CHAT).status_code == 200
    foundry = httpx.post(f"{emu.url}{FOUNDRY}", params=VERSION, headers=bearer(token), json=CHAT)
    assert foundry.status_code == 200


def test_issued_tokens_expire_and_can_be_refreshed(emu: Emulator, tmp_path: Path) -> None:
    emu.token_lifetime = 0.4
    key_file = emu.write_service_account_key(tmp_path / "sa.json")
    credentials = sa_credentials(key_file)
    url = emu.vertex_url("emulator-project", "global", "mistral-small-latest")
    with httpx.Client() as http:
        first = refresh(credentials, http)
        assert http.post(url, headers=bearer(first), json=CHAT).status_code == 200
        time.sleep(0.5)
        expired = http.post(url, headers=bearer(first), json=CHAT)
        assert expired.status_code == 401
        second = refresh(credentials, http)
        assert second != first
        assert http.post(url, headers=bearer(second), json=CHAT).status_code == 200
    assert emu.token_grants == 2


def test_token_endpoint_can_be_slow(emu: Emulator, tmp_path: Path) -> None:
    emu.token_delay = 0.3
    key_file = emu.write_service_account_key(tmp_path / "sa.json")
    credentials = sa_credentials(key_file)
    start = time.monotonic()
    with httpx.Client() as http:
        refresh(credentials, http)
    assert time.monotonic() - start >= 0.3


def _assertion(key: dict[str, str], **overrides: Any) -> bytes:
    now = int(time.time())
    claims = {
        "iss": key["client_email"],
        "aud": key["token_uri"],
        "iat": now,
        "exp": now + 600,
        "scope": CLOUD[0],
        **overrides,
    }
    # google-auth's signer and JWT helpers are unannotated.
    signer = crypt.RSASigner.from_service_account_info(key)  # type: ignore[no-untyped-call]
    token: bytes = jwt.encode(signer, claims)  # type: ignore[no-untyped-call]
    return token


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"aud": "https://example.com/token"}, "audience"),
        ({"exp": 1000}, "expired"),
        ({"iss": "someone@else.iam.gserviceaccount.com"}, "issuer"),
    ],
)
def test_token_endpoint_verifies_aud_exp_and_iss(
    emu: Emulator, tmp_path: Path, overrides: dict[str, Any], message: str
) -> None:
    key = json.loads(emu.write_service_account_key(tmp_path / "sa.json").read_text())
    r = httpx.post(
        emu.token_uri,
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": _assertion(key, **overrides).decode(),
        },
    )
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_grant" and message in r.json()["error_description"]


def test_token_endpoint_rejects_a_forged_signature(emu: Emulator, tmp_path: Path) -> None:
    key = json.loads(emu.write_service_account_key(tmp_path / "sa.json").read_text())
    own_aud = httpx.post(
        emu.token_uri,
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": _assertion(key).decode(),
        },
    )
    assert own_aud.status_code == 200 and own_aud.json()["token_type"] == "Bearer"
    header, payload, _ = _assertion(key).decode().split(".")
    forged = _assertion(key, scope="other").decode().split(".")[2]
    r = httpx.post(
        emu.token_uri,
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": f"{header}.{payload}.{forged}",
        },
    )
    assert r.status_code == 400 and "Signature" in r.json()["error_description"]
    bad_grant = httpx.post(emu.token_uri, data={"grant_type": "password"})
    assert bad_grant.json()["error"] == "unsupported_grant_type"
    assert emu.token_grants == 1


def test_google_auth_reports_a_refused_grant(emu: Emulator, tmp_path: Path) -> None:
    key_file = emu.write_service_account_key(tmp_path / "sa.json")
    info = json.loads(key_file.read_text())
    info["client_email"] = "stranger@proj.iam.gserviceaccount.com"  # iss the emulator never made
    credentials = sa_credentials_from_info(info)
    with httpx.Client() as http, pytest.raises(RefreshError):
        refresh(credentials, http)
