"""``client.batch.run``: requests in, results out in request order, resumable, flat memory."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

WORKER = Path(__file__).with_name("batch_worker.py")
CHAT_MODEL = "mistral-small-latest"


def chat(i: int) -> dict[str, Any]:
    if i % 7 == 3:
        return {"messages": []}  # refused by the endpoint: an error result in its place
    return {"messages": [{"role": "user", "content": f"question {i}"}], "max_tokens": 8}


def test_run_1000_requests_in_order_with_failures(
    emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    emu.job_step = 0.01
    seen: list[str] = []
    kwargs: dict[str, Any] = {
        "model": CHAT_MODEL,
        "poll_interval": 0.02,
        "metadata": {"run": "test"},
        "on_progress": lambda job: seen.append(job.status),
    }
    requests = (chat(i) for i in range(1000))  # a generator: read once, as it is written
    if flavour == "sync":
        run = sdk.batch.run(requests, **kwargs)
        results = list(run)
    else:

        async def main() -> tuple[Any, list[Any]]:
            run = await sdk.batch.run_async(requests, **kwargs)
            return run, [r async for r in run]

        run, results = asyncio.run(main())
    assert run.job.status == "SUCCESS" and seen[-1] == "SUCCESS"
    assert (run.job.total_requests, run.job.failed_requests) == (1000, 143)
    assert [r.custom_id for r in results] == [str(i) for i in range(1000)]
    for i, result in enumerate(results):
        if i % 7 == 3:
            assert not result.ok and result.response is None and result.status_code == 400
        else:
            assert isinstance(result.response, models.ChatCompletionResponse), i
            assert result.ok and result.error is None
    # what the service got: one JSONL upload (purpose batch) and one job on it
    uploads = [r for r in emu.requests if r["method"] == "POST" and r["path"] == "/v1/files"]
    assert [u["json"]["purpose"] for u in uploads] == ["batch"]
    created = [r for r in emu.requests if r["path"] == "/v1/batch/jobs" and r["method"] == "POST"]
    assert len(created) == 1
    assert created[0]["json"]["endpoint"] == "/v1/chat/completions"
    assert created[0]["json"]["model"] == CHAT_MODEL
    assert created[0]["json"]["metadata"] == {"run": "test"}
    (source,) = created[0]["json"]["input_files"]
    first = emu.app.state.file(source).path.read_text().splitlines()[0]
    assert json.loads(first) == {"custom_id": "0", "body": chat(0)}


def test_run_takes_custom_ids_and_models(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 0.01
    requests = [
        (
            "first",
            models.ChatCompletionRequest(
                model=CHAT_MODEL, messages=[models.UserMessage(content="a")]
            ),
        ),
        ("second", {"messages": [{"role": "user", "content": "b"}]}),
    ]
    run = sdk.batch.run(requests, model=CHAT_MODEL, poll_interval=0.01)
    assert [(r.custom_id, r.ok) for r in run] == [("first", True), ("second", True)]


def test_bad_requests_are_refused_before_anything_is_sent(emu: Emulator, sdk: Mistral) -> None:
    with pytest.raises(TypeError, match=r"^batch.run\(\): requests\[1\]: expected a request body"):
        sdk.batch.run([chat(0), "not a body"], model=CHAT_MODEL)
    with pytest.raises(TypeError, match=r"^batch.run\(\): give requests= and model=, or job_id="):
        sdk.batch.run([chat(0)])
    with pytest.raises(ValueError, match=r"^batch.run\(\): requests is empty"):
        sdk.batch.run([], model=CHAT_MODEL)
    assert emu.requests == []


def test_resume_after_the_process_is_killed_mid_wait(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 600.0  # the job stays QUEUED while the first process waits
    worker = subprocess.Popen(
        [
            sys.executable,
            str(WORKER),
            emu.url,
            emu.api_key,
            "300",
            "/v1/chat/completions",
            CHAT_MODEL,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        line = worker.stdout.readline()  # the job exists: the run is waiting for it
        assert line.startswith("job "), line
        job_id = line.split()[1]
        deadline = time.monotonic() + 10
        while sum(r["path"] == f"/v1/batch/jobs/{job_id}" for r in emu.requests) < 2:
            assert time.monotonic() < deadline, "the worker never polled"
            time.sleep(0.02)
    finally:
        worker.kill()
        worker.wait(timeout=10)
        if worker.stdout is not None:
            worker.stdout.close()
    assert worker.returncode != 0  # killed, not finished
    assert sdk.batch.jobs.get(job_id=job_id).status == "QUEUED"
    emu.job_step = 0.01
    jobs_before = len([r for r in emu.requests if r["method"] == "POST"])
    run = sdk.batch.run(job_id=job_id, poll_interval=0.01)
    results = list(run)
    assert run.job.status == "SUCCESS"
    assert [r.custom_id for r in results] == [f"req-{i}" for i in range(300)]
    assert [r.ok for r in results] == [i % 10 != 3 for i in range(300)]
    assert len([r for r in emu.requests if r["method"] == "POST"]) == jobs_before  # nothing new


def test_100000_requests_in_flat_memory(emu: Emulator) -> None:
    """The run in its own process, so the memory is the SDK's alone (the emulator is here).

    The peak of what the worker allocates during the run (tracemalloc) must stay under
    64 MiB: the request and result files are ~4 MB and ~40 MB, and 100,000 parsed results
    would be far more, so holding any of them would show.
    """
    emu.job_step = 0.01
    done = subprocess.run(
        [
            sys.executable,
            str(WORKER),
            emu.url,
            emu.api_key,
            "100000",
            "/v1/moderations",
            "mistral-moderation-latest",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["status"] == "SUCCESS"
    assert (report["seen"], report["failed"]) == (100_000, 10_000)
    assert report["peak"] < 64 * 1024 * 1024, report
