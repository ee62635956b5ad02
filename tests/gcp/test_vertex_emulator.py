"""``MistralGoogleCloud`` end to end against the emulator on loopback.

Static tokens and google-auth's real service-account flow (a signed JWT posted to the
emulator's token endpoint through the SDK's httpx transport), sync and async, chat and fim,
complete and stream; then the token cache: one grant for many calls, one refresh for many
concurrent callers at expiry, and an event loop that keeps running during a slow refresh.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from mistralai_core._tokens import TokenAuth
from mistralai_emulator import Emulator
from mistralai_gcp import MistralGoogleCloud

MESSAGES = [{"role": "user", "content": "Hello there!"}]
CHAT_MODEL = "mistral-large-2407"
FIM_MODEL = "codestral-2405"


def text(reply: Any) -> str:
    return str(reply.choices[0].message.content)


def exercise(client: MistralGoogleCloud) -> list[str]:
    """chat and fim; complete and stream; sync and async."""
    out = [text(client.chat.complete(model=CHAT_MODEL, messages=MESSAGES, max_tokens=8))]
    out.append(text(client.fim.complete(model=FIM_MODEL, prompt="def f(", max_tokens=8)))
    with client.chat.stream(model=CHAT_MODEL, messages=MESSAGES, max_tokens=8) as stream:
        out.append("".join(str(e.data.choices[0].delta.content or "") for e in stream))
    with client.fim.stream(model=FIM_MODEL, prompt="def f(", max_tokens=8) as fim_stream:
        out.append("".join(str(e.data.choices[0].delta.content or "") for e in fim_stream))

    async def main() -> None:
        out.append(text(await client.chat.complete_async(model=CHAT_MODEL, messages=MESSAGES)))
        out.append(text(await client.fim.complete_async(model=FIM_MODEL, prompt="x = ")))
        for stream in (
            await client.chat.stream_async(model=CHAT_MODEL, messages=MESSAGES),
            await client.fim.stream_async(model=FIM_MODEL, prompt="x = "),
        ):
            async with stream:
                parts = [str(e.data.choices[0].delta.content or "") async for e in stream]
            out.append("".join(parts))
        await client.aclose()

    asyncio.run(main())
    client.close()
    return out


def auth_of(client: MistralGoogleCloud) -> TokenAuth:
    auth = client._core.provider.auth
    assert isinstance(auth, TokenAuth)
    return auth


@pytest.fixture
def key_file(mistral_emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A service-account key pointing at the emulator, as application-default credentials."""
    path = mistral_emulator.write_service_account_key(tmp_path / "sa.json", project_id="emu-proj")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(path))
    return path


def adc_client(emu: Emulator, **kwargs: Any) -> MistralGoogleCloud:
    return MistralGoogleCloud(region="us-central1", server_url=emu.url, **kwargs)


def test_static_access_token(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    client = MistralGoogleCloud(
        "europe-west4", "proj-1", emu.vertex_access_token, server_url=emu.url
    )
    assert all(exercise(client))
    paths = {r["path"] for r in emu.requests}
    prefix = "/v1/projects/proj-1/locations/europe-west4/publishers/mistralai/models/"
    assert prefix + "mistral-large@2407:rawPredict" in paths
    assert prefix + "codestral@2405:streamRawPredict" in paths
    assert emu.token_grants == 0


def test_service_account_key_through_application_default_credentials(
    mistral_emulator: Emulator, key_file: Path
) -> None:
    emu = mistral_emulator
    client = adc_client(emu)  # project from the key file
    assert all(exercise(client))
    assert emu.token_grants == 1
    assert all(
        r["path"].startswith("/v1/projects/emu-proj/locations/us-central1/")
        for r in emu.requests
        if r["surface"] == "vertex"
    )


def test_explicit_google_credentials(mistral_emulator: Emulator, tmp_path: Path) -> None:
    from google.oauth2 import service_account

    emu = mistral_emulator
    path = emu.write_service_account_key(tmp_path / "sa.json", project_id="cred-proj")
    factory = service_account.Credentials.from_service_account_file
    # No scopes: the client adds cloud-platform. (google-auth's factories are unannotated.)
    credentials = factory(str(path))  # type: ignore[no-untyped-call]
    client = adc_client(emu, credentials=credentials)
    assert text(client.chat.complete(model=CHAT_MODEL, messages=MESSAGES))
    assert emu.requests[-1]["path"].startswith("/v1/projects/cred-proj/")
    client.close()


def test_50_sequential_calls_make_one_token_request(
    mistral_emulator: Emulator, key_file: Path
) -> None:
    client = adc_client(mistral_emulator)
    for _ in range(25):
        client.chat.complete(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)

    async def main() -> None:
        for _ in range(25):
            await client.chat.complete_async(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
        await client.aclose()

    asyncio.run(main())
    client.close()
    assert mistral_emulator.token_grants == 1


def test_50_concurrent_calls_at_expiry_make_one_refresh(
    mistral_emulator: Emulator, key_file: Path
) -> None:
    emu = mistral_emulator
    client = adc_client(emu)
    auth = auth_of(client)
    offset = [0.0]
    auth.clock = lambda: time.monotonic() + offset[0]

    async def main() -> None:
        await client.chat.complete_async(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
        assert emu.token_grants == 1
        # Jump to within the refresh margin of the token's expiry (the emulator's tokens
        # live an hour): every caller now sees a stale token at once.
        offset[0] = emu.token_lifetime - auth.margin / 2
        replies = await asyncio.gather(
            *(
                client.chat.complete_async(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
                for _ in range(50)
            )
        )
        assert len(replies) == 50
        await client.aclose()

    asyncio.run(main())
    assert emu.token_grants == 2


def test_a_slow_token_endpoint_does_not_block_the_event_loop(
    mistral_emulator: Emulator, key_file: Path
) -> None:
    emu = mistral_emulator
    emu.token_delay = 0.5
    client = adc_client(emu)

    async def main() -> int:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        await client.chat.complete_async(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
        done.set()
        await task
        await client.aclose()
        return ticks

    ticks = asyncio.run(main())
    # 0.5 s of refresh at one tick per 10 ms: a blocked loop would show ~1 tick.
    assert ticks >= 20
    assert emu.token_grants == 1


def test_a_revoked_token_is_refreshed_and_the_call_retried(
    mistral_emulator: Emulator, key_file: Path
) -> None:
    emu = mistral_emulator
    client = adc_client(emu, retry_config=None)
    client.chat.complete(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
    emu.app.credentials.issued.clear()  # the server forgets the token: next call gets 401
    reply = client.chat.complete(model=CHAT_MODEL, messages=MESSAGES, max_tokens=2)
    assert text(reply)
    assert emu.token_grants == 2
    statuses = [r["status"] for r in emu.requests if r["surface"] == "vertex"]
    assert statuses[-2:] == [401, 200]
    client.close()


def test_the_chat_additions_through_the_one_chat_surface(mistral_emulator: Emulator) -> None:
    """json_schema and the newer fields on Vertex AI, sync and async."""
    emu = mistral_emulator
    client = MistralGoogleCloud(
        "europe-west4", "proj-1", emu.vertex_access_token, server_url=emu.url
    )
    schema = {"type": "array", "items": {"type": "string"}, "minItems": 2}
    fmt = {"type": "json_schema", "json_schema": {"name": "list", "schema": schema}}
    kwargs: dict[str, Any] = {
        "model": CHAT_MODEL,
        "messages": MESSAGES,
        "response_format": fmt,
        "prompt_cache_key": "k",
        "guardrails": [{"block_on_error": False}],
    }
    replies = [client.chat.complete(**kwargs)]

    async def main() -> None:
        replies.append(await client.chat.complete_async(**kwargs))
        await client.aclose()

    asyncio.run(main())
    for reply in replies:
        assert json.loads(text(reply)) == ["Echo: Hello there!", "Echo: Hello there!"]
    for entry in emu.requests:
        assert entry["json"]["response_format"] == fmt
        assert entry["json"]["prompt_cache_key"] == "k"
        assert entry["json"]["guardrails"] == [{"block_on_error": False}]
