"""Every operation beyond chat/FIM, sync and async, against the emulator.

Each test checks both ends: what the emulator received (method, path, query, JSON body; the
``emu`` fixture also fails the test if any request broke the contract) and what the method
returned (the typed model, parsed right).
"""

from __future__ import annotations

import inspect
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest

from mistralai import Mistral, models
from mistralai_core import EventStream, EventStreamAsync
from mistralai_emulator import Emulator

from .conftest import BATCH_LINE, TRAINING_LINE, SdkCall, jsonl, wait_for

MESSAGES = [{"role": "user", "content": "Who is the best French painter?"}]


def last(emu: Emulator) -> dict[str, Any]:
    return emu.requests[-1]


def query(entry: dict[str, Any]) -> dict[str, list[str]]:
    return parse_qs(entry["query"], keep_blank_values=True)


def upload(sdk: Mistral, content: bytes, purpose: str | None = None) -> models.UploadFileOut:
    kwargs: dict[str, Any] = {} if purpose is None else {"purpose": purpose}
    return sdk.files.upload(file={"file_name": "data.jsonl", "content": content}, **kwargs)


# -- agents ---------------------------------------------------------------------------------------


def test_agents_complete_posts_agent_id_and_messages(emu: Emulator, sdk_call: SdkCall) -> None:
    emu.add_agent("ag:1")  # the emulator, like the service, refuses unknown agents
    reply = sdk_call("agents.complete", agent_id="ag:1", messages=MESSAGES, max_tokens=20)
    assert isinstance(reply, models.ChatCompletionResponse)
    assert reply.choices and reply.choices[0].message.content
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/agents/completions")
    assert entry["json"] == {
        "agent_id": "ag:1",
        "messages": MESSAGES,
        "max_tokens": 20,
        "stream": False,
    }


def test_agents_stream_yields_completion_events(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    emu.add_agent("ag:1")
    if flavour == "sync":
        with sdk.agents.stream(agent_id="ag:1", messages=MESSAGES) as stream:
            assert isinstance(stream, EventStream)
            events = list(stream)
    else:

        async def collect() -> list[models.CompletionEvent]:
            stream = await sdk.agents.stream_async(agent_id="ag:1", messages=MESSAGES)
            assert isinstance(stream, EventStreamAsync)
            async with stream:
                return [event async for event in stream]

        import asyncio

        events = asyncio.run(collect())
    assert events and all(isinstance(e, models.CompletionEvent) for e in events)
    text = "".join(str(e.data.choices[0].delta.content or "") for e in events)
    assert text
    assert events[-1].data.choices[0].finish_reason == "stop"
    entry = last(emu)
    assert entry["json"]["stream"] is True
    assert entry["headers"]["accept"] == "text/event-stream"


# -- embeddings and classifiers -----------------------------------------------------------------


def test_embeddings_create_sends_inputs_as_input(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "embeddings.create", inputs=["Embed this.", "And this."], model="mistral-embed"
    )
    assert isinstance(reply, models.EmbeddingResponse)
    assert [d.index for d in reply.data] == [0, 1]
    assert all(d.embedding for d in reply.data)
    assert last(emu)["json"] == {"input": ["Embed this.", "And this."], "model": "mistral-embed"}


def test_embeddings_create_defaults_to_mistral_embed(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call("embeddings.create", inputs="one text", encoding_format="float")
    assert len(reply.data) == 1
    assert last(emu)["json"] == {
        "input": "one text",
        "model": "mistral-embed",
        "encoding_format": "float",
    }


def test_classifiers_moderate(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call("classifiers.moderate", inputs=["a", "b"], model="mistral-moderation-latest")
    assert isinstance(reply, models.ClassificationResponse)
    assert reply.results is not None and len(reply.results) == 2
    assert reply.results[0].categories is not None
    entry = last(emu)
    assert entry["path"] == "/v1/moderations"
    assert entry["json"] == {"input": ["a", "b"], "model": "mistral-moderation-latest"}


def test_classifiers_moderate_chat(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call(
        "classifiers.moderate_chat", inputs=MESSAGES, model="mistral-moderation-latest"
    )
    assert isinstance(reply, models.ClassificationResponse)
    assert reply.results is not None and len(reply.results) == 1
    entry = last(emu)
    assert entry["path"] == "/v1/chat/moderations"
    assert entry["json"] == {"input": MESSAGES, "model": "mistral-moderation-latest"}


# -- files --------------------------------------------------------------------------------------


def test_files_upload_bytes_with_purpose(emu: Emulator, sdk_call: SdkCall) -> None:
    content = jsonl(BATCH_LINE, 3)
    reply = sdk_call(
        "files.upload", file={"file_name": "in.jsonl", "content": content}, purpose="batch"
    )
    assert isinstance(reply, models.UploadFileOut)
    assert (reply.filename, reply.bytes, reply.purpose) == ("in.jsonl", len(content), "batch")
    assert reply.num_lines == 3
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("POST", "/v1/files")
    assert entry["headers"]["content-type"].startswith("multipart/form-data; boundary=")
    assert entry["json"] == {"purpose": "batch", "filename": "in.jsonl", "bytes": len(content)}


def test_files_upload_accepts_the_file_model_and_a_file_object(
    emu: Emulator, sdk_call: SdkCall, tmp_path: Any
) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(jsonl(TRAINING_LINE, 2))
    with path.open("rb") as handle:
        reply = sdk_call("files.upload", file=models.File(file_name="t.jsonl", content=handle))
    assert (reply.filename, reply.bytes, reply.purpose) == (
        "t.jsonl",
        path.stat().st_size,
        "fine-tune",
    )
    assert last(emu)["json"]["purpose"] is None  # not sent: the server's default applies


def test_files_list_sends_every_filter(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    batch = upload(sdk, jsonl(BATCH_LINE, 1), "batch")
    upload(sdk, jsonl(TRAINING_LINE, 1))
    reply = sdk_call(
        "files.list",
        page=0,
        page_size=10,
        sample_type=["batch_request", "batch_result"],
        source=["upload"],
        search="data",
        purpose="batch",
    )
    assert isinstance(reply, models.ListFilesOut)
    assert [f.id for f in reply.data] == [batch.id]
    assert reply.total == 1
    assert query(last(emu)) == {
        "page": ["0"],
        "page_size": ["10"],
        "sample_type": ["batch_request", "batch_result"],
        "source": ["upload"],
        "search": ["data"],
        "purpose": ["batch"],
    }


def test_files_list_defaults(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    upload(sdk, jsonl(TRAINING_LINE, 1))
    reply = sdk_call("files.list")
    assert reply.total == 1
    assert query(last(emu)) == {"page": ["0"], "page_size": ["100"]}


def test_files_retrieve(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    stored = upload(sdk, jsonl(TRAINING_LINE, 1))
    reply = sdk_call("files.retrieve", file_id=stored.id)
    assert isinstance(reply, models.RetrieveFileOut)
    assert (reply.id, reply.deleted) == (stored.id, False)
    assert (last(emu)["method"], last(emu)["path"]) == ("GET", f"/v1/files/{stored.id}")


def test_files_delete(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    stored = upload(sdk, jsonl(TRAINING_LINE, 1))
    reply = sdk_call("files.delete", file_id=stored.id)
    assert isinstance(reply, models.DeleteFileOut)
    assert (reply.id, reply.deleted) == (stored.id, True)
    assert last(emu)["method"] == "DELETE"
    with pytest.raises(models.NotFoundError):
        sdk.files.retrieve(file_id=stored.id)


def test_files_download_streams_the_content(emu: Emulator, sdk: Mistral, flavour: str) -> None:
    content = jsonl(TRAINING_LINE, 50)
    stored = upload(sdk, content)
    if flavour == "sync":
        response = sdk.files.download(file_id=stored.id)
        assert not response.is_closed
        try:
            received = b"".join(response.iter_bytes(chunk_size=100))
        finally:
            response.close()
    else:
        import asyncio

        async def fetch() -> tuple[bytes, bool]:
            response = await sdk.files.download_async(file_id=stored.id)
            try:
                return b"".join([c async for c in response.aiter_bytes(chunk_size=100)]), True
            finally:
                await response.aclose()

        received, _ = asyncio.run(fetch())
        response = None
    assert received == content
    if response is not None:
        assert response.is_closed
    entry = last(emu)
    assert entry["path"] == f"/v1/files/{stored.id}/content"
    assert entry["headers"]["accept"] == "application/octet-stream"


def test_files_download_of_a_missing_file_raises(sdk_call: SdkCall) -> None:
    with pytest.raises(models.NotFoundError) as caught:
        sdk_call("files.download", file_id="00000000-0000-0000-0000-000000000000")
    assert caught.value.status_code == 404


def test_files_get_signed_url(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    content = jsonl(TRAINING_LINE, 1)
    stored = upload(sdk, content)
    reply = sdk_call("files.get_signed_url", file_id=stored.id, expiry=2)
    assert isinstance(reply, models.FileSignedURL)
    assert reply.url.startswith(emu.url)
    assert query(last(emu)) == {"expiry": ["2"]}
    import httpx

    assert httpx.get(reply.url).content == content  # usable without credentials


# -- batch jobs ---------------------------------------------------------------------------------


def test_batch_jobs_create_get_and_finish(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    source = upload(sdk, jsonl(BATCH_LINE, 2), "batch")
    job = sdk_call(
        "batch.jobs.create",
        input_files=[source.id],
        endpoint="/v1/chat/completions",
        model="mistral-small-latest",
        metadata={"team": "sdk"},
        timeout_hours=2,
    )
    assert isinstance(job, models.BatchJobOut)
    assert (job.status, job.input_files, job.metadata) == ("QUEUED", [source.id], {"team": "sdk"})
    assert last(emu)["json"] == {
        "input_files": [source.id],
        "endpoint": "/v1/chat/completions",
        "model": "mistral-small-latest",
        "metadata": {"team": "sdk"},
        "timeout_hours": 2,
    }
    done = wait_for(
        lambda: (j := sdk_call("batch.jobs.get", job_id=job.id)).status == "SUCCESS" and j
    )
    assert isinstance(done, models.BatchJobOut)
    assert (done.total_requests, done.succeeded_requests) == (2, 2)
    assert done.output_file
    assert last(emu)["path"] == f"/v1/batch/jobs/{job.id}"


def test_batch_jobs_list_sends_every_filter(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    source = upload(sdk, jsonl(BATCH_LINE, 1), "batch")
    emu.job_step = 60.0  # stays QUEUED
    job = sdk.batch.jobs.create(
        input_files=[source.id],
        endpoint="/v1/chat/completions",
        model="mistral-small-latest",
        metadata={"team": "sdk"},
    )
    since = datetime(2020, 1, 1, tzinfo=timezone.utc)
    reply = sdk_call(
        "batch.jobs.list",
        page=0,
        page_size=5,
        model="mistral-small-latest",
        metadata={"team": "sdk"},
        created_after=since,
        created_by_me=True,
        status="QUEUED",
    )
    assert isinstance(reply, models.BatchJobsOut)
    assert reply.total == 1 and reply.data is not None and reply.data[0].id == job.id
    assert query(last(emu)) == {
        "page": ["0"],
        "page_size": ["5"],
        "model": ["mistral-small-latest"],
        "metadata": ['{"team":"sdk"}'],
        "created_after": ["2020-01-01T00:00:00+00:00"],
        "created_by_me": ["true"],
        "status": ["QUEUED"],
    }


def test_batch_jobs_cancel(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    source = upload(sdk, jsonl(BATCH_LINE, 1), "batch")
    emu.job_step = 60.0
    job = sdk.batch.jobs.create(
        input_files=[source.id], endpoint="/v1/embeddings", model="mistral-embed"
    )
    reply = sdk_call("batch.jobs.cancel", job_id=job.id)
    assert isinstance(reply, models.BatchJobOut)
    assert reply.status in {"CANCELLATION_REQUESTED", "CANCELLED"}
    assert (last(emu)["method"], last(emu)["path"]) == ("POST", f"/v1/batch/jobs/{job.id}/cancel")


# -- fine-tuning jobs ---------------------------------------------------------------------------

HYPER = {"training_steps": 2, "learning_rate": 0.0002}


def create_job(sdk: Mistral, **kwargs: Any) -> models.JobOut:
    kwargs.setdefault("model", "open-mistral-7b")
    kwargs.setdefault("hyperparameters", {"training_steps": 1})
    job = sdk.fine_tuning.jobs.create(**kwargs)
    assert isinstance(job, models.JobOut)
    return job


def test_fine_tuning_jobs_create(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    valid = upload(sdk, jsonl(TRAINING_LINE, 1))
    job = sdk_call(
        "fine_tuning.jobs.create",
        model="open-mistral-7b",
        hyperparameters=HYPER,
        training_files=[{"file_id": train.id, "weight": 1.0}],
        validation_files=[valid.id],
        suffix="sdk",
        integrations=[{"project": "p", "api_key": "k" * 40}],
        repositories=[],
        auto_start=False,
    )
    assert isinstance(job, models.JobOut)
    assert (job.model, job.training_files, job.suffix) == ("open-mistral-7b", [train.id], "sdk")
    assert job.hyperparameters.training_steps == 2
    entry = last(emu)
    assert (entry["method"], entry["path"], entry["query"]) == ("POST", "/v1/fine_tuning/jobs", "")
    assert entry["json"] == {
        "model": "open-mistral-7b",
        "hyperparameters": HYPER,
        "training_files": [{"file_id": train.id, "weight": 1.0}],
        "validation_files": [valid.id],
        "suffix": "sdk",
        "integrations": [{"type": "wandb", "project": "p", "api_key": "k" * 40}],
        "repositories": [],
        "auto_start": False,
    }


def test_fine_tuning_jobs_create_dry_run_returns_the_estimate(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    reply = sdk_call(
        "fine_tuning.jobs.create",
        model="open-mistral-7b",
        hyperparameters={"training_steps": 1},
        training_files=[{"file_id": train.id}],
        dry_run=True,
    )
    assert isinstance(reply, models.LegacyJobMetadataOut)
    assert reply.training_steps == 1 and reply.cost is not None
    assert query(last(emu)) == {"dry_run": ["true"]}
    assert "dry_run" not in last(emu)["json"]


def test_fine_tuning_jobs_get_start_and_finish(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    job = create_job(
        sdk,
        training_files=[{"file_id": train.id}],
        auto_start=False,
    )
    validated = wait_for(
        lambda: (j := sdk_call("fine_tuning.jobs.get", job_id=job.id)).status == "VALIDATED" and j
    )
    assert isinstance(validated, models.DetailedJobOut)
    assert last(emu)["path"] == f"/v1/fine_tuning/jobs/{job.id}"
    started = sdk_call("fine_tuning.jobs.start", job_id=job.id)
    assert isinstance(started, models.DetailedJobOut)
    assert started.status in {"STARTED", "QUEUED", "RUNNING"}
    assert (last(emu)["method"], last(emu)["path"]) == (
        "POST",
        f"/v1/fine_tuning/jobs/{job.id}/start",
    )
    done = wait_for(
        lambda: (j := sdk.fine_tuning.jobs.get(job_id=job.id)).status == "SUCCESS" and j
    )
    assert done.fine_tuned_model and done.events


def test_fine_tuning_jobs_cancel(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    emu.job_step = 60.0
    job = create_job(
        sdk,
        training_files=[{"file_id": train.id}],
    )
    reply = sdk_call("fine_tuning.jobs.cancel", job_id=job.id)
    assert isinstance(reply, models.DetailedJobOut)
    assert reply.status in {"CANCELLATION_REQUESTED", "CANCELLED"}
    assert last(emu)["path"] == f"/v1/fine_tuning/jobs/{job.id}/cancel"


def test_fine_tuning_jobs_list_sends_every_filter(
    emu: Emulator, sdk: Mistral, sdk_call: SdkCall
) -> None:
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    emu.job_step = 60.0
    job = create_job(
        sdk,
        training_files=[{"file_id": train.id}],
        suffix="mine",
        integrations=[{"project": "proj", "name": "run", "api_key": "k" * 40}],
    )
    reply = sdk_call(
        "fine_tuning.jobs.list",
        page=0,
        page_size=3,
        model="open-mistral-7b",
        created_after="2020-01-01T00:00:00Z",
        created_by_me=False,
        status="QUEUED",
        wandb_project="proj",
        wandb_name="run",
        suffix="mine",
    )
    assert isinstance(reply, models.JobsOut)
    assert reply.total == 1 and reply.data is not None and reply.data[0].id == job.id
    assert query(last(emu)) == {
        "page": ["0"],
        "page_size": ["3"],
        "model": ["open-mistral-7b"],
        "created_after": ["2020-01-01T00:00:00Z"],
        "created_by_me": ["false"],
        "status": ["QUEUED"],
        "wandb_project": ["proj"],
        "wandb_name": ["run"],
        "suffix": ["mine"],
    }


# -- models -------------------------------------------------------------------------------------


@pytest.fixture
def tuned(sdk: Mistral, emu: Emulator) -> str:
    """A fine-tuned model's ID, made through the emulator's fine-tuning state machine."""
    train = upload(sdk, jsonl(TRAINING_LINE, 4))
    job = create_job(
        sdk,
        training_files=[{"file_id": train.id}],
    )
    done = wait_for(lambda: (j := sdk.fine_tuning.jobs.get(job_id=job.id)).fine_tuned_model and j)
    return str(done.fine_tuned_model)


def test_models_list(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call("models.list")
    assert isinstance(reply, models.ModelList)
    assert reply.data and isinstance(reply.data[0], models.BaseModelCard)
    assert "mistral-small-latest" in {
        m.id for m in reply.data if isinstance(m, models.BaseModelCard)
    }
    assert (last(emu)["method"], last(emu)["path"], last(emu)["query"]) == ("GET", "/v1/models", "")


def test_models_retrieve_base_and_fine_tuned(emu: Emulator, sdk_call: SdkCall, tuned: str) -> None:
    base = sdk_call("models.retrieve", model_id="mistral-small-latest")
    assert isinstance(base, models.BaseModelCard) and base.id == "mistral-small-latest"
    assert last(emu)["path"] == "/v1/models/mistral-small-latest"
    card = sdk_call("models.retrieve", model_id=tuned)
    assert isinstance(card, models.FTModelCard)
    assert (card.id, card.root, card.type) == (tuned, "open-mistral-7b", "fine-tuned")


def test_models_update(emu: Emulator, sdk_call: SdkCall, tuned: str) -> None:
    reply = sdk_call("models.update", model_id=tuned, name="renamed", description=None)
    assert isinstance(reply, models.FTModelOut)
    assert (reply.id, reply.name) == (tuned, "renamed")
    entry = last(emu)
    assert (entry["method"], entry["path"]) == ("PATCH", f"/v1/fine_tuning/models/{tuned}")
    assert entry["json"] == {"name": "renamed", "description": None}


def test_models_archive_and_unarchive(emu: Emulator, sdk_call: SdkCall, tuned: str) -> None:
    archived = sdk_call("models.archive", model_id=tuned)
    assert isinstance(archived, models.ArchiveFTModelOut) and archived.archived is True
    assert (last(emu)["method"], last(emu)["path"]) == (
        "POST",
        f"/v1/fine_tuning/models/{tuned}/archive",
    )
    restored = sdk_call("models.unarchive", model_id=tuned)
    assert isinstance(restored, models.UnarchiveFTModelOut) and restored.archived is False
    assert last(emu)["method"] == "DELETE"


def test_models_delete(emu: Emulator, sdk: Mistral, sdk_call: SdkCall, tuned: str) -> None:
    reply = sdk_call("models.delete", model_id=tuned)
    assert isinstance(reply, models.DeleteModelOut)
    assert (reply.id, reply.deleted) == (tuned, True)
    assert (last(emu)["method"], last(emu)["path"]) == ("DELETE", f"/v1/models/{tuned}")
    with pytest.raises(models.NotFoundError):
        sdk.models.retrieve(model_id=tuned)


# -- the shape of the API -----------------------------------------------------------------------

METHODS = {
    "agents": ["complete", "stream"],
    "batch.jobs": ["list", "create", "get", "cancel", "delete"],
    "beta.agents": [
        "create",
        "list",
        "get",
        "update",
        "delete",
        "update_version",
        "list_versions",
        "get_version",
        "create_version_alias",
        "list_version_aliases",
        "delete_version_alias",
    ],
    "classifiers": ["moderate", "moderate_chat"],
    "embeddings": ["create"],
    "files": ["upload", "list", "retrieve", "delete", "download", "get_signed_url"],
    "fine_tuning.jobs": ["list", "create", "get", "cancel", "start"],
    "models": ["list", "retrieve", "delete", "update", "archive", "unarchive"],
}


@pytest.mark.parametrize(("owner", "name"), [(o, n) for o, names in METHODS.items() for n in names])
def test_every_method_has_an_async_twin_with_the_same_keyword_signature(
    owner: str, name: str
) -> None:
    client = Mistral(api_key="k", server_url="http://127.0.0.1:9")
    target = client
    for part in owner.split("."):
        target = getattr(target, part)
    sync, twin = getattr(target, name), getattr(target, f"{name}_async")
    assert inspect.iscoroutinefunction(twin) and not inspect.iscoroutinefunction(sync)
    signature = inspect.signature(sync)
    assert signature == inspect.signature(twin)
    assert all(p.kind in {p.KEYWORD_ONLY, p.VAR_KEYWORD} for p in signature.parameters.values())
    assert sync.__doc__ and sync.__doc__.strip().splitlines()[0]


def test_unknown_keyword_arguments_are_rejected_before_sending() -> None:
    client = Mistral(api_key="k", server_url="http://127.0.0.1:9")
    with pytest.raises(TypeError):
        client.files.retrieve(file_id="x", fileid="y")  # type: ignore[call-arg]
