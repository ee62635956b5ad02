"""``batch.jobs.wait`` / ``fine_tuning.jobs.wait`` and ``batch.jobs.results``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from mistralai import Mistral, models
from mistralai._jobs import JobTimeoutError
from mistralai_emulator import Emulator
from tests.mistralai.conftest import TRAINING_LINE, jsonl

CHAT = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 5}
BAD: dict[str, Any] = {"messages": []}  # refused by the endpoint: an error result


def batch_file(sdk: Mistral, lines: list[tuple[str, dict[str, Any]]]) -> str:
    content = "".join(json.dumps({"custom_id": c, "body": b}) + "\n" for c, b in lines)
    return sdk.files.upload(file=("in.jsonl", content.encode()), purpose="batch").id


def test_wait_polls_until_done_and_reports_progress(
    emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    emu.job_step = 0.05
    source = batch_file(sdk, [("a", CHAT), ("b", BAD)])
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    seen: list[str] = []

    def progress(j: models.BatchJobOut) -> None:
        seen.append(j.status)

    if flavour == "sync":
        done = sdk.batch.jobs.wait(job.id, poll_interval=0.01, on_progress=progress)
    else:
        done = asyncio.run(
            sdk.batch.jobs.wait_async(job.id, poll_interval=0.01, on_progress=progress)
        )
    assert isinstance(done, models.BatchJobOut)
    assert done.status == "SUCCESS" and (done.succeeded_requests, done.failed_requests) == (1, 1)
    assert seen[0] in {"QUEUED", "RUNNING"} and seen[-1] == "SUCCESS"
    polls = [r for r in emu.requests if r["path"] == f"/v1/batch/jobs/{job.id}"]
    assert len(polls) == len(seen) >= 2


def test_a_failed_job_is_returned_not_raised(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 0.02
    source = batch_file(sdk, [("a", BAD)])
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    assert sdk.batch.jobs.wait(job.id, poll_interval=0.01).status == "FAILED"


def test_a_cancelled_job_is_returned(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 0.05
    source = batch_file(sdk, [("a", CHAT)])
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    sdk.batch.jobs.cancel(job_id=job.id)
    assert sdk.batch.jobs.wait(job.id, poll_interval=0.01).status == "CANCELLED"


def test_wait_times_out(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    emu.job_step = 60.0  # stays QUEUED
    source = batch_file(sdk, [("a", CHAT)])
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    with pytest.raises(TimeoutError) as caught:
        if flavour == "sync":
            sdk.batch.jobs.wait(job.id, poll_interval=0.01, timeout=0.1)
        else:
            asyncio.run(sdk.batch.jobs.wait_async(job.id, poll_interval=0.01, timeout=0.1))
    assert isinstance(caught.value, JobTimeoutError)
    assert caught.value.job.status == "QUEUED"
    assert str(caught.value) == f"batch.jobs.wait(): job {job.id} still QUEUED after 0.1 s"


def test_wait_refuses_bad_settings(emu: Emulator, sdk: Mistral) -> None:
    with pytest.raises(ValueError, match=r"batch.jobs.wait\(\): poll_interval must be > 0"):
        sdk.batch.jobs.wait("x", poll_interval=0)
    with pytest.raises(ValueError, match=r"fine_tuning.jobs.wait\(\): timeout must be >= 0"):
        sdk.fine_tuning.jobs.wait("x", timeout=-1)
    assert emu.requests == []


def test_fine_tuning_wait(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    emu.job_step = 0.02
    train = sdk.files.upload(file=("t.jsonl", jsonl(TRAINING_LINE, 4)))
    job = sdk.fine_tuning.jobs.create(
        model="open-mistral-7b",
        hyperparameters={"training_steps": 1},
        training_files=[{"file_id": train.id}],
        auto_start=True,
    )
    assert isinstance(job, models.JobOut)
    if flavour == "sync":
        done = sdk.fine_tuning.jobs.wait(job.id, poll_interval=0.01)
    else:
        done = asyncio.run(sdk.fine_tuning.jobs.wait_async(job.id, poll_interval=0.01))
    assert isinstance(done, models.DetailedJobOut) and done.status == "SUCCESS"
    assert done.fine_tuned_model


def test_results_in_request_order_typed(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    emu.job_step = 0.01
    lines = [(f"r{i}", BAD if i % 3 == 1 else CHAT) for i in range(10)]
    source = batch_file(sdk, lines)
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    job = sdk.batch.jobs.wait(job.id, poll_interval=0.01)
    assert job.output_file and job.error_file
    if flavour == "sync":
        results = list(sdk.batch.jobs.results(job))
    else:

        async def main() -> list[Any]:
            return [r async for r in sdk.batch.jobs.results_async(job.id)]

        results = asyncio.run(main())
    assert [r.custom_id for r in results] == [c for c, _ in lines]
    for (_, body), result in zip(lines, results, strict=True):
        if body is BAD:
            assert result.response is None and result.error is not None and not result.ok
            assert result.status_code == 400
        else:
            assert isinstance(result.response, models.ChatCompletionResponse)
            assert result.error is None and result.ok and result.status_code == 200


def test_results_match_by_custom_id_whatever_the_file_order(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 0.01
    lines = [(f"id-{i}", {"input": f"text {i}"}) for i in range(6)]
    source = batch_file(sdk, lines)
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/embeddings", model="mistral-embed"
    )
    job = sdk.batch.jobs.wait(job.id, poll_interval=0.01)
    assert job.output_file is not None
    stored = emu.app.state.file(job.output_file)
    shuffled = stored.path.read_text().splitlines()[::-1]  # the service promises no order
    stored.path.write_text("\n".join(shuffled) + "\n")
    results = list(sdk.batch.jobs.results(job))
    assert [r.custom_id for r in results] == [c for c, _ in lines]
    assert all(isinstance(r.response, models.EmbeddingResponse) for r in results)


def test_results_of_a_cancelled_job_say_what_is_missing(emu: Emulator, sdk: Mistral) -> None:
    emu.job_step = 0.05
    source = batch_file(sdk, [("a", CHAT), ("b", CHAT)])
    job = sdk.batch.jobs.create(
        input_files=[source], endpoint="/v1/chat/completions", model="mistral-small-latest"
    )
    sdk.batch.jobs.cancel(job_id=job.id)
    job = sdk.batch.jobs.wait(job.id, poll_interval=0.01)
    results = list(sdk.batch.jobs.results(job))
    assert [(r.custom_id, r.ok) for r in results] == [("a", False), ("b", False)]
    assert results[0].error is not None and "no result" in results[0].error.message
