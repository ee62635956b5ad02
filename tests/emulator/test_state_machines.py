"""Files, batch jobs, fine-tuning jobs and fine-tuned models walk their state machines."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path
from typing import Any

import httpx

from mistralai_emulator import Emulator

from .conftest import wait_for


def upload(
    client: httpx.Client, name: str, content: bytes, purpose: str | None = None
) -> dict[str, Any]:
    form = {"purpose": purpose} if purpose else {}
    r = client.post("/v1/files", files={"file": (name, content)}, data=form)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def test_file_upload_list_retrieve_download_sign_delete(client: httpx.Client) -> None:
    big = b"".join(b'{"n": %d}\n' % i for i in range(50_000))  # ~600 kB, several chunks
    first = upload(client, "big.jsonl", big, "fine-tune")
    assert first["bytes"] == len(big) and first["num_lines"] == 50_000
    assert first["purpose"] == "fine-tune" and first["source"] == "upload"
    second = upload(client, "requests.jsonl", b'{"a": 1}', "batch")
    assert second["sample_type"] == "batch_request" and second["num_lines"] == 1

    listing = client.get("/v1/files").json()
    assert listing["total"] == 2
    page = client.get("/v1/files", params={"page": 1, "page_size": 1}).json()
    assert page["total"] == 2 and len(page["data"]) == 1
    assert client.get("/v1/files", params={"purpose": "batch"}).json()["total"] == 1
    assert client.get("/v1/files", params={"search": "BIG"}).json()["data"][0]["id"] == first["id"]
    sample = client.get(
        "/v1/files", params=[("sample_type", "instruct"), ("sample_type", "pretrain")]
    ).json()
    assert [f["id"] for f in sample["data"]] == [first["id"]]

    got = client.get(f"/v1/files/{first['id']}").json()
    assert got["deleted"] is False and got["filename"] == "big.jsonl"
    with client.stream("GET", f"/v1/files/{first['id']}/content") as r:
        assert r.headers["content-type"] == "application/octet-stream"
        pieces = list(r.iter_raw())
    assert b"".join(pieces) == big and len(pieces) > 1  # streamed, not one blob

    url = client.get(f"/v1/files/{second['id']}/url", params={"expiry": 1}).json()["url"]
    assert httpx.get(url).content == b'{"a": 1}'  # the emulator serves its own signed URL
    assert httpx.get(url.replace("signature=", "signature=0")).status_code == 403

    deleted = client.delete(f"/v1/files/{second['id']}").json()
    assert deleted == {"id": second["id"], "object": "file", "deleted": True}
    assert client.get(f"/v1/files/{second['id']}").status_code == 404
    assert client.get("/v1/files").json()["total"] == 1


def batch_file(client: httpx.Client, lines: list[str]) -> str:
    file_id: str = upload(client, "batch.jsonl", ("\n".join(lines) + "\n").encode(), "batch")["id"]
    return file_id


def test_batch_job_runs_queued_running_success_and_writes_an_output_file(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.job_step = 0.15
    lines = [
        json.dumps(
            {
                "custom_id": f"r{i}",
                "body": {"messages": [{"role": "user", "content": f"question {i}"}]},
            }
        )
        for i in range(3)
    ]
    lines.append("not json")
    job = client.post(
        "/v1/batch/jobs",
        json={
            "input_files": [batch_file(client, lines)],
            "endpoint": "/v1/chat/completions",
            "model": "mistral-small-latest",
        },
    ).json()
    assert job["status"] == "QUEUED" and job["total_requests"] == 4
    statuses: set[str] = set()

    def seen(job: dict[str, Any]) -> bool:
        status: str = job["status"]
        statuses.add(status)
        return status == "SUCCESS"

    final = wait_for(
        lambda: client.get(f"/v1/batch/jobs/{job['id']}").json(),
        seen,
    )
    assert statuses >= {"QUEUED", "RUNNING", "SUCCESS"}
    assert (final["succeeded_requests"], final["failed_requests"]) == (3, 1)
    assert final["completed_at"] and final["started_at"]
    output = client.get(f"/v1/files/{final['output_file']}/content").text.splitlines()
    results = [json.loads(line) for line in output]
    assert [r["custom_id"] for r in results] == ["r0", "r1", "r2"]
    reply = results[1]["response"]["body"]["choices"][0]["message"]["content"]
    assert reply == "Echo: question 1"
    meta = client.get(f"/v1/files/{final['output_file']}").json()
    assert meta["sample_type"] == "batch_result" and meta["source"] == "mistral"
    assert client.get(f"/v1/files/{final['error_file']}").json()["sample_type"] == "batch_error"
    listed = client.get("/v1/batch/jobs", params={"status": "SUCCESS"}).json()
    assert listed["total"] == 1


def test_batch_job_with_no_valid_request_fails(client: httpx.Client) -> None:
    job = client.post(
        "/v1/batch/jobs",
        json={
            "input_files": [batch_file(client, ["{}", "oops"])],
            "endpoint": "/v1/embeddings",
            "model": "mistral-embed",
        },
    ).json()
    final = wait_for(
        lambda: client.get(f"/v1/batch/jobs/{job['id']}").json(),
        lambda j: j["status"] in {"SUCCESS", "FAILED"},
    )
    assert final["status"] == "FAILED" and final["errors"] and final["output_file"] is None


def test_batch_job_can_be_cancelled(emu: Emulator, client: httpx.Client) -> None:
    emu.job_step = 0.2
    line = json.dumps({"body": {"input": "x"}})
    job = client.post(
        "/v1/batch/jobs",
        json={
            "input_files": [batch_file(client, [line])],
            "endpoint": "/v1/embeddings",
            "model": "mistral-embed",
        },
    ).json()
    cancelled = client.post(f"/v1/batch/jobs/{job['id']}/cancel").json()
    assert cancelled["status"] == "CANCELLATION_REQUESTED"
    final = wait_for(
        lambda: client.get(f"/v1/batch/jobs/{job['id']}").json(),
        lambda j: j["status"] == "CANCELLED",
    )
    assert final["status"] == "CANCELLED" and final["output_file"] is None


def test_batch_job_checks_model_and_files(client: httpx.Client) -> None:
    file_id = batch_file(client, ["{}"])
    r = client.post(
        "/v1/batch/jobs",
        json={"input_files": [file_id], "endpoint": "/v1/embeddings", "model": "nope"},
    )
    assert r.status_code == 400
    r = client.post(
        "/v1/batch/jobs",
        json={
            "input_files": ["00000000-0000-0000-0000-000000000000"],
            "endpoint": "/v1/embeddings",
            "model": "mistral-embed",
        },
    )
    assert r.status_code == 404


TRAIN = (
    json.dumps(
        {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
    )
    + "\n"
).encode()


def ft_job(client: httpx.Client, **extra: object) -> dict[str, Any]:
    file_id = upload(client, "train.jsonl", TRAIN)["id"]
    body = {
        "model": "open-mistral-7b",
        "training_files": [{"file_id": file_id}],
        "hyperparameters": {"training_steps": 5, "learning_rate": 0.0002},
        **extra,
    }
    r = client.post("/v1/fine_tuning/jobs", json=body)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def test_fine_tuning_dry_run_returns_the_estimate_shape(client: httpx.Client) -> None:
    file_id = upload(client, "train.jsonl", TRAIN)["id"]
    r = client.post(
        "/v1/fine_tuning/jobs",
        params={"dry_run": True},
        json={
            "model": "open-mistral-7b",
            "training_files": [{"file_id": file_id}],
            "hyperparameters": {"epochs": 2},
        },
    )
    estimate = r.json()
    assert estimate["object"] == "job.metadata" and estimate["epochs"] == 2
    assert estimate["data_tokens"] > 0 and estimate["cost"] >= 0
    assert client.get("/v1/fine_tuning/jobs").json()["total"] == 0


def test_fine_tuning_auto_start_walks_to_success_and_creates_a_model(
    client: httpx.Client,
) -> None:
    job = ft_job(client, suffix="mine")
    assert job["status"] == "QUEUED" and job["hyperparameters"]["learning_rate"] == 0.0002
    final = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "SUCCESS",
    )
    names = [e["data"]["status"] for e in final["events"] if e["name"] == "status-updated"]
    assert names == ["QUEUED", "RUNNING", "SUCCESS"]
    steps = [c["step_number"] for c in final["checkpoints"]]
    assert steps == [3, 5]  # 5 training steps, one checkpoint per job step while RUNNING
    model_id = final["fine_tuned_model"]
    assert model_id.startswith("ft:open-mistral-7b:") and model_id.endswith(":mine")
    assert final["checkpoints"] and final["trained_tokens"]
    card = client.get(f"/v1/models/{model_id}").json()
    assert card["type"] == "fine-tuned" and card["root"] == "open-mistral-7b"
    assert card["job"] == job["id"]
    chat = client.post(
        "/v1/chat/completions",
        json={"model": model_id, "messages": [{"role": "user", "content": "hi"}]},
    )
    assert chat.status_code == 200  # a fine-tuned model is a known model
    assert model_id in [m["id"] for m in client.get("/v1/models").json()["data"]]


def test_fine_tuning_without_auto_start_waits_for_start(
    emu: Emulator, client: httpx.Client
) -> None:
    job = ft_job(client, auto_start=False)
    assert job["status"] == "VALIDATING"
    validated = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "VALIDATED",
    )
    assert validated["status"] == "VALIDATED"
    # It stays there however long we wait.
    emu.job_step = 0.0
    assert client.get(f"/v1/fine_tuning/jobs/{job['id']}").json()["status"] == "VALIDATED"
    emu.job_step = 0.05
    started = client.post(f"/v1/fine_tuning/jobs/{job['id']}/start").json()
    assert started["status"] == "QUEUED"
    final = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "SUCCESS",
    )
    assert final["status"] == "SUCCESS"
    names = [e["data"]["status"] for e in final["events"] if e["name"] == "status-updated"]
    assert names == ["VALIDATING", "VALIDATED", "QUEUED", "RUNNING", "SUCCESS"]
    again = client.post(f"/v1/fine_tuning/jobs/{job['id']}/start")
    assert again.status_code == 400


def test_fine_tuning_cancel_and_invalid_data(emu: Emulator, client: httpx.Client) -> None:
    emu.job_step = 0.2
    job = ft_job(client)
    assert client.post(f"/v1/fine_tuning/jobs/{job['id']}/cancel").json()["status"] == (
        "CANCELLATION_REQUESTED"
    )
    final = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "CANCELLED",
    )
    assert final["status"] == "CANCELLED" and final["fine_tuned_model"] is None
    emu.job_step = 0.01
    bad = upload(client, "bad.jsonl", b"this is not json\n")["id"]
    job = client.post(
        "/v1/fine_tuning/jobs",
        json={
            "model": "open-mistral-7b",
            "training_files": [{"file_id": bad}],
            "hyperparameters": {},
        },
    ).json()
    final = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "FAILED_VALIDATION",
    )
    assert final["status"] == "FAILED_VALIDATION"
    listed = client.get("/v1/fine_tuning/jobs", params={"status": "CANCELLED"}).json()
    assert listed["total"] == 1


def test_fine_tuned_model_update_archive_unarchive_delete(client: httpx.Client) -> None:
    job = ft_job(client)
    model_id = wait_for(
        lambda: client.get(f"/v1/fine_tuning/jobs/{job['id']}").json(),
        lambda j: j["status"] == "SUCCESS",
    )["fine_tuned_model"]
    updated = client.patch(f"/v1/fine_tuning/models/{model_id}", json={"name": "my model"})
    assert updated.json()["name"] == "my model"
    assert client.get(f"/v1/models/{model_id}").json()["name"] == "my model"
    archived = client.post(f"/v1/fine_tuning/models/{model_id}/archive").json()
    assert archived == {"id": model_id, "object": "model", "archived": True}
    assert client.get(f"/v1/models/{model_id}").json()["archived"] is True
    unarchived = client.delete(f"/v1/fine_tuning/models/{model_id}/archive").json()
    assert unarchived["archived"] is False
    assert client.delete(f"/v1/models/{model_id}").json() == {
        "id": model_id,
        "object": "model",
        "deleted": True,
    }
    assert client.get(f"/v1/models/{model_id}").status_code == 404
    assert client.post(f"/v1/fine_tuning/models/{model_id}/archive").status_code == 404
    assert client.delete("/v1/models/mistral-large-latest").status_code == 400


def test_upload_and_download_keep_memory_flat(client: httpx.Client, tmp_path: Path) -> None:
    size = 24 * 1024 * 1024
    source = tmp_path / "big.bin"
    with source.open("wb") as handle:
        for _ in range(size // (1024 * 1024)):
            handle.write(os.urandom(1024 * 1024))
    tracemalloc.start()
    try:
        with source.open("rb") as handle:
            stored = client.post("/v1/files", files={"file": ("big.bin", handle)}).json()
        received = 0
        with client.stream("GET", f"/v1/files/{stored['id']}/content") as r:
            for chunk in r.iter_bytes():
                received += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored["bytes"] == received == size
    assert peak < size / 4, f"peak {peak} bytes for a {size} byte file"
