"""Fine-tuning jobs and fine-tuned models (``/v1/fine_tuning/...``)."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from typing import TYPE_CHECKING

from starlette.responses import Response

from .._call import JSON, ApiError, Call
from .._state import FineTuningJob, StoredFile, page_of
from ._common import operation, require_model, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp


def _valid_jsonl(stored: StoredFile) -> bool:
    count = 0
    for line in stored.lines():
        try:
            json.loads(line)
        except ValueError:
            return False
        count += 1
    return count > 0


@operation("jobs_api_routes_fine_tuning_create_fine_tuning_job")
async def create_ft_job(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    require_model(app, body["model"], "fine_tuning")
    files = [app.state.file(tf["file_id"]) for tf in body.get("training_files", [])]
    for file_id in body.get("validation_files") or []:
        app.state.file(file_id)
    if not files:
        raise ApiError(400, "At least one training file is required")
    data_tokens = sum(max(1, f.bytes // 4) for f in files)
    hp_in: dict[str, JSON] = body["hyperparameters"]
    hyper = {
        "training_steps": hp_in.get("training_steps"),
        "learning_rate": hp_in.get("learning_rate", 0.0001),
        "weight_decay": hp_in.get("weight_decay", 0.1),
        "warmup_fraction": hp_in.get("warmup_fraction", 0.05),
        "epochs": hp_in.get("epochs"),
        "fim_ratio": hp_in.get("fim_ratio", 0.9),
        "seq_len": hp_in.get("seq_len"),
    }
    job = FineTuningJob(
        id=str(uuid.uuid4()),
        model=body["model"],
        auto_start=bool(body.get("auto_start", True)),
        hyperparameters=hyper,
        training_files=[f.id for f in files],
        validation_files=body.get("validation_files") or [],
        suffix=body.get("suffix"),
        integrations=[
            {
                "type": "wandb",
                "project": i["project"],
                "name": i.get("name"),
                "run_name": i.get("run_name"),
            }
            for i in body.get("integrations") or []
        ]
        or None,
        repositories=[
            {
                "type": "github",
                "name": r["name"],
                "owner": r["owner"],
                "ref": r.get("ref"),
                "weight": r.get("weight", 1.0),
                "commit_id": hashlib.sha1(f"{r['owner']}/{r['name']}".encode()).hexdigest(),
            }
            for r in body.get("repositories") or []
        ],
        created_at=int(time.time()),
        data_tokens=data_tokens,
        valid_data=all(_valid_jsonl(f) for f in files),
    )
    if call.query.get("dry_run"):
        return respond(
            app,
            call,
            {
                **job.metadata(),
                "deprecated": True,
                "details": "Dry run: cost and duration estimate; no job was created.",
                "epochs": job.hyperparameters["epochs"],
                "training_steps": job.hyperparameters["training_steps"],
                "object": "job.metadata",
            },
        )
    app.state.add_ft_job(job)
    return respond(app, call, job.to_json(detailed=False))


@operation("jobs_api_routes_fine_tuning_get_fine_tuning_jobs")
async def list_ft_jobs(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    jobs = app.state.list_ft_jobs(
        model=q.get("model"),
        created_after=q.get("created_after"),
        status=q.get("status"),
        wandb_project=q.get("wandb_project"),
        wandb_name=q.get("wandb_name"),
        suffix=q.get("suffix"),
    )
    data = page_of(jobs, q.get("page", 0), q.get("page_size", 100))
    return respond(app, call, {"data": data, "object": "list", "total": len(jobs)})


@operation("jobs_api_routes_fine_tuning_get_fine_tuning_job")
async def get_ft_job(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.ft_job(call.path["job_id"]).to_json(detailed=True))


@operation("jobs_api_routes_fine_tuning_cancel_fine_tuning_job")
async def cancel_ft_job(app: EmulatorApp, call: Call) -> Response:
    job = app.state.cancel_ft_job(call.path["job_id"])
    return respond(app, call, job.to_json(detailed=True))


@operation("jobs_api_routes_fine_tuning_start_fine_tuning_job")
async def start_ft_job(app: EmulatorApp, call: Call) -> Response:
    job = app.state.start_ft_job(call.path["job_id"])
    return respond(app, call, job.to_json(detailed=True))


@operation("jobs_api_routes_fine_tuning_update_fine_tuned_model")
async def update_ft_model(app: EmulatorApp, call: Call) -> Response:
    model = app.state.ft_model(call.path["model_id"])
    if "name" in call.body:
        model.name = call.body["name"]
    return respond(app, call, model.out())


@operation("jobs_api_routes_fine_tuning_archive_fine_tuned_model")
async def archive_ft_model(app: EmulatorApp, call: Call) -> Response:
    model = app.state.ft_model(call.path["model_id"])
    model.archived = True
    return respond(app, call, {"id": model.id, "object": "model", "archived": True})


@operation("jobs_api_routes_fine_tuning_unarchive_fine_tuned_model")
async def unarchive_ft_model(app: EmulatorApp, call: Call) -> Response:
    model = app.state.ft_model(call.path["model_id"])
    model.archived = False
    return respond(app, call, {"id": model.id, "object": "model", "archived": False})
