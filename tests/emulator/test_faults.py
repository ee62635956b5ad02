"""Fault injection, per request (header) and queued (admin call / Python), and the admin view."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from mistralai_emulator import Emulator

from .conftest import CHAT

STREAM = {**CHAT, "stream": True}


def test_rate_limit_fault_sends_429_with_retry_after(client: httpx.Client) -> None:
    r = client.post(
        "/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "rate-limit; retry-after=2"}
    )
    assert r.status_code == 429 and r.headers["retry-after"] == "2"
    assert "retry-after-ms" not in r.headers and r.json()["message"]
    r = client.post(
        "/v1/chat/completions",
        json=CHAT,
        headers={"x-emulator-fault": "429; retry-after=0; retry-after-ms=150"},
    )
    assert r.status_code == 429
    assert (r.headers["retry-after"], r.headers["retry-after-ms"]) == ("0", "150")


def test_queued_5xx_hits_the_next_n_matching_requests_only(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.inject("error; status=503", times=2, path="/v1/chat/completions")
    assert client.get("/v1/models").status_code == 200  # path filter
    statuses = [client.post("/v1/chat/completions", json=CHAT).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    queued = client.post("/_emulator/faults", json={"fault": "500", "times": 1})
    assert queued.json()["queued"] == [
        {"fault": "error; status=500", "times": 1, "path": None, "method": None}
    ]
    assert client.get("/v1/models").status_code == 500
    assert client.get("/v1/models").status_code == 200
    assert client.post("/_emulator/faults", json={"fault": "explode"}).status_code == 400


def test_drop_closes_the_connection_before_any_response(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "drop"})
    assert client.post("/v1/chat/completions", json=CHAT).status_code == 200


def test_cut_ends_a_stream_after_k_events_without_done(client: httpx.Client) -> None:
    events = []
    with pytest.raises(httpx.RemoteProtocolError):  # noqa: PT012
        with client.stream(
            "POST",
            "/v1/chat/completions",
            json=STREAM,
            headers={"x-emulator-fault": "cut; after=2"},
        ) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data: "):
                    events.append(line[6:])
    assert len(events) == 2 and "[DONE]" not in events
    assert all(json.loads(e)["object"] == "chat.completion.chunk" for e in events)


def test_slow_fault_delays_the_first_byte(client: httpx.Client) -> None:
    start = time.monotonic()
    r = client.post(
        "/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "slow; delay=0.3"}
    )
    assert r.status_code == 200 and time.monotonic() - start >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            "/v1/chat/completions",
            json=CHAT,
            timeout=0.1,
            headers={"x-emulator-fault": "slow; delay=0.5"},
        )


def test_malformed_fault_sends_a_200_that_is_not_json(client: httpx.Client) -> None:
    r = client.post("/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "malformed"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_bad_fault_header_is_a_400(client: httpx.Client) -> None:
    r = client.post("/v1/chat/completions", json=CHAT, headers={"x-emulator-fault": "boom"})
    assert r.status_code == 400 and "boom" in r.json()["message"]


def test_connections_are_counted_so_reuse_can_be_asserted(emu: Emulator) -> None:
    before = emu.connections
    headers = {"Authorization": f"Bearer {emu.api_key}"}
    with httpx.Client(base_url=emu.url, headers=headers) as c:
        for _ in range(3):
            assert c.get("/v1/models").status_code == 200
    assert emu.connections == before + 1
    for _ in range(2):
        httpx.get(f"{emu.url}/v1/models", headers=headers)
    assert emu.connections == before + 3
    view = httpx.get(f"{emu.url}/_emulator/requests").json()
    assert view["connections"] == emu.connections and len(view["requests"]) == 5


def test_reset_clears_state_requests_and_faults(emu: Emulator, client: httpx.Client) -> None:
    client.post("/v1/files", files={"file": ("a.txt", b"a")})
    emu.inject("503", times=5)
    assert client.post("/_emulator/reset").json() == {"reset": True}
    assert client.get("/v1/files").json()["total"] == 0
    assert emu.requests[-1]["path"] == "/v1/files" and len(emu.requests) == 1
    assert client.get("/_emulator/faults").json() == {"queued": []}
