"""Token outages per provider: Google's token request fails fast, Azure Entra failures are shared.

Google: google-auth's service-account refresh posts a signed assertion to the token endpoint
and, left alone, retries a 5xx three times with 1 s and 2 s sleeps, per caller. Through the
SDK's transport a 5xx ends the fetch at once, one request, and the eight waiting callers share
that failure. Azure: a failing ``get_token`` is called once for eight concurrent calls. No
error carries the assertion, the private key or a secret.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai_core._tokens import TokenAuth, TokenError
from mistralai_emulator import Emulator

HI = [{"role": "user", "content": "hi"}]


def _google_auth(emu: Emulator, tmp: Path, handler: Any) -> TokenAuth:
    from google.oauth2 import service_account

    from mistralai_gcp._google import GoogleTokenSource, HttpxRequest

    key = emu.write_service_account_key(tmp / "sa.json", project_id="p")
    load = service_account.Credentials.from_service_account_file
    credentials = load(str(key))  # type: ignore[no-untyped-call]
    http = httpx.Client(transport=httpx.MockTransport(handler))
    source = GoogleTokenSource(credentials, HttpxRequest(http))
    return TokenAuth(source.fetch, source="Google credentials")


@pytest.mark.parametrize("status", [500, 503, 429])
def test_google_token_endpoint_5xx_is_one_request_for_eight_callers(
    mistral_emulator_inprocess: Emulator, tmp_path: Path, status: int
) -> None:
    bodies: list[bytes] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            bodies.append(request.read())
        time.sleep(0.05)
        return httpx.Response(status, json={"error": "internal_failure"})

    auth = _google_auth(mistral_emulator_inprocess, tmp_path, handler)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            auth.token()
        except TokenError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)  # a hang leaves a caller without its error, failing the count below
    assert len(bodies) == 1  # google-auth's own loop would have made 3, per caller
    assert len(errors) == 8
    message = str(errors[0])
    assert "Google credentials" in message
    assert f"status {status} from the token endpoint" in message
    assertion = bodies[0].decode().split("assertion=")[1].split("&")[0]
    assert assertion and all(assertion not in f"{e}{e!r}" for e in errors)
    assert "PRIVATE KEY" not in message


def test_google_token_request_has_timeouts() -> None:
    from mistralai_gcp._google import TOKEN_TIMEOUT, HttpxRequest

    assert TOKEN_TIMEOUT.connect is not None and TOKEN_TIMEOUT.read is not None
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    with httpx.Client(transport=transport, timeout=TOKEN_TIMEOUT) as http:
        HttpxRequest(http)("https://oauth2.example/token", method="POST", body=b"x")
    assert seen[0]["connect"] == TOKEN_TIMEOUT.connect and seen[0]["read"] == TOKEN_TIMEOUT.read


class FailingCredential:
    """An azure-identity style credential whose ``get_token`` fails (an Entra outage)."""

    def __init__(self) -> None:
        self.calls = 0
        self.lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: Any) -> Any:
        with self.lock:
            self.calls += 1
        time.sleep(0.1)
        raise RuntimeError("Entra ID answered 503: service unavailable")


class FailingAsyncCredential:
    def __init__(self) -> None:
        self.calls = 0

    async def get_token(self, *scopes: str, **kwargs: Any) -> Any:
        self.calls += 1
        await asyncio.sleep(0.1)
        raise RuntimeError("Entra ID answered 503: service unavailable")


def _azure(credential: Any) -> Any:
    from mistralai_azure import MistralAzure

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent without a token")

    return MistralAzure(
        azure_endpoint="https://my-deploy.eastus2.models.ai.azure.com",
        azure_credential=credential,
        client=httpx.Client(transport=httpx.MockTransport(refuse)),
        async_client=httpx.AsyncClient(transport=httpx.MockTransport(refuse)),
    )


def test_azure_entra_failure_is_shared_by_eight_threads() -> None:
    credential = FailingCredential()
    client = _azure(credential)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            client.chat.complete(model="azureai", messages=HI)
        except TokenError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert credential.calls == 1 and len(errors) == 8
    message = str(errors[0])
    assert "FailingCredential" in message and "cognitiveservices.azure.com" in message
    assert "503" in message


def test_azure_async_entra_failure_is_shared_by_eight_tasks() -> None:
    credential = FailingAsyncCredential()
    client = _azure(credential)

    async def main() -> list[Any]:
        calls = [client.chat.complete_async(model="azureai", messages=HI) for _ in range(8)]
        return list(await asyncio.gather(*calls, return_exceptions=True))

    outcomes = asyncio.run(main())
    assert credential.calls == 1
    assert all(isinstance(o, TokenError) for o in outcomes)
