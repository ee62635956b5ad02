"""Batch jobs with inline ``requests``, ``batch.jobs.delete`` and the newer list/get parameters,
sync and async, against the emulator: what was sent, what came back, and what the job did."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

from .conftest import BATCH_LINE, SdkCall, jsonl, wait_for
from .test_resources import last, query, upload

MODEL = "mistral-small-latest"
REQUESTS: list[dict[str, Any]] = [
    {"custom_id": "paris", "body": {"messages": [{"role": "user", "content": "Paris?"}]}},
    {"custom_id": "rome", "body": {"messages": [{"role": "user", "content": "Rome?"}]}},
]


def finished(sdk_call: SdkCall, job_id: str, **kwargs: object) -> models.BatchJobOut:
    job: models.BatchJobOut = wait_for(
        lambda: (j := sdk_call("batch.jobs.get", job_id=job_id, **kwargs)).status == "SUCCESS" and j
    )
    return job


def test_inline_requests_without_input_files_send_the_empty_list(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    job = sdk_call(
        "batch.jobs.create", requests=REQUESTS, endpoint="/v1/chat/completions", model=MODEL
    )
    assert isinstance(job, models.BatchJobOut)
    assert (job.status, job.input_files, job.total_requests) == ("QUEUED", [], 2)
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/batch/jobs")
    assert entry["json"] == {
        "input_files": [],  # the contract requires it; the caller left it out
        "requests": REQUESTS,
        "endpoint": "/v1/chat/completions",
        "model": MODEL,
        "timeout_hours": 24,
    }
    done = finished(sdk_call, job.id, inline=True)
    assert query(last(emu)) == {"inline": ["true"]}
    assert (done.succeeded_requests, done.failed_requests) == (2, 0)
    assert done.outputs is not None
    assert [o["custom_id"] for o in done.outputs] == ["paris", "rome"]
    answers = [o["response"]["body"]["choices"][0]["message"]["content"] for o in done.outputs]
    assert answers == ["Echo: Paris?", "Echo: Rome?"]
    # the output file holds the same records, as for a file batch
    assert done.output_file
    response = sdk.files.download(file_id=done.output_file)
    try:
        lines = [json.loads(line) for line in response.iter_lines()]
    finally:
        response.close()
    assert lines == done.outputs
    # without inline=true the job is the plain BatchJobOut
    assert sdk.batch.jobs.get(job_id=job.id).outputs is None
    assert query(last(emu)) == {}


def test_inline_requests_and_files_run_together_files_first(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    source = upload(sdk, jsonl(BATCH_LINE, 1), "batch")
    job = sdk_call(
        "batch.jobs.create",
        input_files=[source.id],
        requests=[models.BatchRequest(custom_id="inline", body=REQUESTS[0]["body"])],
        endpoint="/v1/chat/completions",
        model=MODEL,
    )
    assert last(emu)["json"]["requests"] == [{**REQUESTS[0], "custom_id": "inline"}]
    done = finished(sdk_call, job.id, inline=True)
    assert done.total_requests == 2
    assert done.outputs is not None
    assert [o["custom_id"] for o in done.outputs] == [BATCH_LINE["custom_id"], "inline"]


def test_a_bad_inline_request_fails_alone(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    bad = {"custom_id": "bad", "body": {"messages": []}}  # the chat rules refuse no messages
    job = sdk.batch.jobs.create(
        requests=[REQUESTS[0], bad], endpoint="/v1/chat/completions", model=MODEL
    )
    done = finished(sdk_call, job.id, inline=True)
    assert (done.succeeded_requests, done.failed_requests) == (1, 1)
    assert done.outputs is not None
    statuses = {o["custom_id"]: o["response"]["status_code"] for o in done.outputs}
    assert statuses == {"paris": 200, "bad": 400}
    assert done.error_file


def test_an_inline_batch_by_an_agent_uses_the_agent(emu: Emulator, sdk: Mistral) -> None:
    agent = sdk.beta.agents.create(
        model="mistral-large-latest", name="b", completion_args={"max_tokens": 1}
    )
    job = sdk.batch.jobs.create(
        requests=REQUESTS[:1], endpoint="/v1/chat/completions", model=MODEL, agent_id=agent.id
    )
    assert job.agent_id == agent.id
    assert last(emu)["json"]["agent_id"] == agent.id
    done: models.BatchJobOut = wait_for(
        lambda: (j := sdk.batch.jobs.get(job_id=job.id, inline=True)).status == "SUCCESS" and j
    )
    assert done.outputs is not None
    body = done.outputs[0]["response"]["body"]
    assert body["model"] == "mistral-large-latest"
    assert body["choices"][0]["finish_reason"] == "length"
    listed = sdk.batch.jobs.list(agent_id=agent.id)
    assert [j.id for j in listed.data or []] == [job.id]
    assert query(last(emu))["agent_id"] == [agent.id]


def test_an_unknown_agent_is_refused_on_create(emu: Emulator, sdk: Mistral) -> None:
    with pytest.raises(models.SDKError) as refused:
        sdk.batch.jobs.create(
            requests=REQUESTS, endpoint="/v1/chat/completions", model=MODEL, agent_id="ag_nope"
        )
    assert refused.value.status_code == 404


def test_create_with_no_requests_at_all_is_refused_before_sending(
    emu: Emulator, sdk: Mistral
) -> None:
    with pytest.raises(TypeError, match=r"batch\.jobs\.create\(\).*input_files.*requests"):
        sdk.batch.jobs.create(endpoint="/v1/chat/completions", model=MODEL)
    with pytest.raises(TypeError, match=r"input_files.*requests"):
        sdk.batch.jobs.create(input_files=[], requests=[], endpoint="/v1/embeddings", model=MODEL)
    with pytest.raises(ValueError, match=r"(?s)batch\.jobs\.create.*requests\.0\.body"):
        sdk.batch.jobs.create(
            requests=[{"custom_id": "x"}], endpoint="/v1/chat/completions", model=MODEL
        )
    assert emu.requests == []


def test_delete_forgets_the_job(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    job = sdk.batch.jobs.create(requests=REQUESTS, endpoint="/v1/chat/completions", model=MODEL)
    reply = sdk_call("batch.jobs.delete", job_id=job.id)
    assert isinstance(reply, models.DeleteBatchJobResponse)
    assert (reply.id, reply.object, reply.deleted) == (job.id, "batch", True)
    assert (last(emu)["method"], last(emu)["path"]) == ("DELETE", f"/v1/batch/jobs/{job.id}")
    with pytest.raises(models.SDKError) as gone:
        sdk.batch.jobs.get(job_id=job.id)
    assert gone.value.status_code == 404
    assert sdk.batch.jobs.list().total == 0


def test_list_order_by(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    emu.job_step = 60.0
    made = [
        sdk.batch.jobs.create(requests=REQUESTS, endpoint="/v1/chat/completions", model=MODEL).id
        for _ in range(3)
    ]
    oldest_first = sdk_call("batch.jobs.list", order_by="created")
    assert [j.id for j in oldest_first.data] == made
    assert query(last(emu)) == {
        "page": ["0"],
        "page_size": ["100"],
        "created_by_me": ["false"],
        "order_by": ["created"],
    }
    newest_first = sdk_call("batch.jobs.list", order_by="-created")
    assert [j.id for j in newest_first.data] == made[::-1]
