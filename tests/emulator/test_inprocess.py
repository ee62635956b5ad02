"""In-process transports (no socket): sync and async clients, streaming, faults."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from mistralai_emulator import Emulator

from .conftest import CHAT, sse_events


def sync_client(emu: Emulator) -> httpx.Client:
    return httpx.Client(
        transport=emu.transport(),
        base_url=emu.url,
        headers={"Authorization": f"Bearer {emu.api_key}"},
    )


def async_client(emu: Emulator) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=emu.async_transport(),
        base_url=emu.url,
        headers={"Authorization": f"Bearer {emu.api_key}"},
    )


def test_sync_transport_serves_requests_and_streams(mistral_emulator_inprocess: Emulator) -> None:
    emu = mistral_emulator_inprocess
    with sync_client(emu) as client:
        r = client.post("/v1/chat/completions", json=CHAT)
        assert r.status_code == 200 and r.headers["x-request-id"]
        assert r.json()["choices"][0]["message"]["content"] == "Echo: hello there"
        with client.stream("POST", "/v1/chat/completions", json={**CHAT, "stream": True}) as s:
            pieces = list(s.iter_raw())
        assert len(pieces) > 3 and pieces[-1] == b"data: [DONE]\n\n"  # one event per chunk
        upload = client.post("/v1/files", files={"file": ("a.jsonl", b"{}\n{}\n")})
        assert upload.json()["num_lines"] == 2
        assert client.get("/v1/models", headers={"Authorization": "Bearer x"}).status_code == 401
    assert emu.connections == 0  # no socket was involved
    assert len(emu.requests) == 4


def test_sync_transport_raises_like_a_dropped_connection(
    mistral_emulator_inprocess: Emulator,
) -> None:
    emu = mistral_emulator_inprocess
    with sync_client(emu) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "drop"})
        events = []
        with pytest.raises(httpx.RemoteProtocolError):  # noqa: PT012
            with client.stream(
                "POST",
                "/v1/chat/completions",
                json={**CHAT, "stream": True},
                headers={"x-emulator-fault": "cut; after=1"},
            ) as s:
                for line in s.iter_lines():
                    if line.startswith("data: "):
                        events.append(line)
        assert len(events) == 1
        emu.inject("rate-limit; retry-after=3")
        limited = client.get("/v1/models")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "3"


def test_async_transport_serves_requests_streams_and_faults(
    mistral_emulator_inprocess: Emulator,
) -> None:
    emu = mistral_emulator_inprocess

    async def scenario() -> None:
        async with async_client(emu) as client:
            r = await client.post("/v1/embeddings", json={"model": "mistral-embed", "input": "x"})
            assert len(r.json()["data"][0]["embedding"]) == 1024
            async with client.stream(
                "POST",
                "/v1/fim/completions",
                json={"model": "codestral-latest", "prompt": "x = ", "stream": True},
            ) as s:
                text = (await s.aread()).decode()
            events = sse_events(text)
            assert events[-1] == "[DONE]" and json.loads(events[0])["object"]
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get("/v1/models", headers={"x-emulator-fault": "drop"})
            r = await client.post("/v1/chat/completions", json={**CHAT, "n": 2})
            assert len(r.json()["choices"]) == 2

    asyncio.run(scenario())


def test_same_emulator_serves_socket_and_in_process_clients(emu: Emulator) -> None:
    with sync_client(emu) as client:
        file_id = client.post("/v1/files", files={"file": ("a.txt", b"abc")}).json()["id"]
    r = httpx.get(
        f"{emu.url}/v1/files/{file_id}/content", headers={"Authorization": f"Bearer {emu.api_key}"}
    )
    assert r.content == b"abc"
