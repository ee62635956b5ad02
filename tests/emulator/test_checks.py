"""The service's checks: authentication, contract validation (422), unknown ids (404)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from mistralai_emulator import Emulator

from .conftest import CHAT


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "x"}])
def test_missing_or_wrong_key_is_401_in_the_service_error_shape(
    emu: Emulator, headers: dict[str, str]
) -> None:
    r = httpx.post(f"{emu.url}/v1/chat/completions", json=CHAT, headers=headers)
    assert r.status_code == 401
    assert r.json() == {"message": "Unauthorized", "request_id": r.headers["x-request-id"]}


def test_azure_key_does_not_open_la_plateforme_operations(emu: Emulator) -> None:
    r = httpx.get(f"{emu.url}/v1/models", headers={"Authorization": f"Bearer {emu.azure_api_key}"})
    assert r.status_code == 401


def test_extra_body_field_is_422_extra_forbidden(client: httpx.Client) -> None:
    r = client.post("/v1/chat/completions", json={**CHAT, "temprature": 0.1})
    assert r.status_code == 422
    assert r.json() == {
        "detail": [
            {
                "loc": ["body", "temprature"],
                "msg": "Extra inputs are not permitted",
                "type": "extra_forbidden",
            }
        ]
    }


def test_missing_field_and_wrong_types_are_reported_with_locations(client: httpx.Client) -> None:
    r = client.post(
        "/v1/chat/completions",
        json={"messages": [{"role": "user", "content": "x"}], "max_tokens": "ten"},
    )
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert {tuple(d["loc"]) for d in detail} == {("body", "model"), ("body", "max_tokens")}
    assert all(set(d) == {"loc", "msg", "type"} for d in detail)


def test_invalid_json_body_is_422(client: httpx.Client) -> None:
    r = client.post(
        "/v1/embeddings", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["type"] == "json_invalid"


def test_query_and_path_parameters_are_validated(client: httpx.Client) -> None:
    r = client.get("/v1/files", params={"page": "first"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "page"]
    r = client.get("/v1/files", params={"purpose": "training"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "purpose"]
    r = client.get("/v1/fine_tuning/jobs", params={"created_after": "yesterday"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "created_after"]
    ok = client.get("/v1/batch/jobs", params={"created_after": "2024-01-01T00:00:00Z"})
    assert ok.status_code == 200
    r = client.get("/v1/batch/jobs/not-a-uuid")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "job_id"]


def test_multipart_upload_without_file_part_is_422(client: httpx.Client) -> None:
    r = client.post("/v1/files", files={"other": ("x.txt", b"x")}, data={"purpose": "batch"})
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {"loc": ["body", "file"], "msg": "Field required", "type": "missing"}
    ]
    r = client.post("/v1/files", files={"file": ("x.txt", b"x")}, data={"purpose": "nope"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "purpose"]


@pytest.mark.parametrize(
    "path",
    [
        f"/v1/files/{uuid.uuid4()}",
        f"/v1/files/{uuid.uuid4()}/content",
        f"/v1/batch/jobs/{uuid.uuid4()}",
        f"/v1/fine_tuning/jobs/{uuid.uuid4()}",
        "/v1/models/ft:open-mistral-7b:0000:20240101:none",
    ],
)
def test_unknown_ids_are_404(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["message"]


def test_every_response_has_a_request_id(emu: Emulator, client: httpx.Client) -> None:
    responses = [
        client.get("/v1/models"),
        client.get("/nowhere"),
        httpx.get(f"{emu.url}/v1/models"),
        client.post("/v1/chat/completions", json={}),
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(ids) and len(set(ids)) == len(ids)
    assert [r.status_code for r in responses] == [200, 404, 401, 422]


def test_request_log_records_validity_and_masks_secrets(
    emu: Emulator, client: httpx.Client
) -> None:
    client.post("/v1/chat/completions", json=CHAT)
    client.post("/v1/chat/completions", json={**CHAT, "bad": 1})
    httpx.post(
        f"{emu.url}/models/chat/completions",
        params={"api-version": "2024-05-01-preview"},
        headers={"api-key": emu.azure_api_key},
        json=CHAT,
    )
    log = emu.requests
    assert [e["valid"] for e in log] == [True, False, True]
    assert log[0]["json"] == CHAT and log[0]["path"] == "/v1/chat/completions"
    assert log[0]["headers"]["authorization"] == "Bearer ***"
    assert log[2]["headers"]["api-key"] == "***"
    assert log[2]["query"] == "api-version=2024-05-01-preview"
    assert emu.api_key not in repr(log) and emu.azure_api_key not in repr(log)
    admin = client.get("/_emulator/requests").json()
    assert [e["request_id"] for e in admin["requests"]] == [e["request_id"] for e in log]
