"""Batch jobs (``/v1/batch/jobs``), and the runner that answers each line of their input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, ApiError, Call
from .._state import page_of
from ._common import operation, placeholder, require_model, respond
from .chat import check_conversation, require_chat_model
from .classifiers import texts_of_conversations

if TYPE_CHECKING:
    from .._app import EmulatorApp

CAPABILITY = {
    "/v1/chat/completions": "completion_chat",
    "/v1/fim/completions": "completion_fim",
    "/v1/embeddings": "embedding",
    "/v1/moderations": "moderation",
    "/v1/chat/moderations": "moderation",
}
"""The capability a batch's model needs, by the endpoint the batch targets."""


@operation("jobs_api_routes_batch_create_batch_job")
async def create_batch_job(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    endpoint = body["endpoint"]
    model = require_model(app, body["model"], CAPABILITY[endpoint])
    job = app.state.create_batch(list(body["input_files"]), endpoint, model, body.get("metadata"))
    return respond(app, call, job.to_json())


@operation("jobs_api_routes_batch_get_batch_jobs")
async def list_batch_jobs(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    jobs = app.state.list_batch_jobs(
        model=q.get("model"),
        metadata=q.get("metadata"),
        created_after=q.get("created_after"),
        status=q.get("status"),
    )
    data = page_of(jobs, q.get("page", 0), q.get("page_size", 100))
    return respond(app, call, {"data": data, "object": "list", "total": len(jobs)})


@operation("jobs_api_routes_batch_get_batch_job")
async def get_batch_job(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.batch_job(call.path["job_id"]).to_json())


@operation("jobs_api_routes_batch_cancel_batch_job")
async def cancel_batch_job(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.cancel_batch(call.path["job_id"]).to_json())


placeholder("jobs_api_routes_batch_delete_batch_job")


def run_batch_request(
    app: EmulatorApp, endpoint: str, model: str, body: dict[str, JSON]
) -> tuple[int, dict[str, JSON]]:
    """Answer one line of a batch input file, as the endpoint would."""
    body = {**body, "model": body.get("model") or model}
    body.pop("stream", None)
    op = next(o for o in app.contract.operations if o.path == endpoint)
    assert op.body_schema is not None
    detail = app.contract.request_errors(op.body_schema, body, ["body"])
    if detail:
        return 422, {"detail": detail}
    try:
        if endpoint == "/v1/chat/completions":  # the same rules as the endpoint itself
            check_conversation(body.get("messages") or [])
            model = require_chat_model(app, body["model"], body)
            return 200, gen.chat_completion(body, model).response()
        model = require_model(app, body["model"], CAPABILITY[endpoint])
        if endpoint == "/v1/fim/completions":
            return 200, gen.fim_completion(body, model).response()
        if endpoint == "/v1/embeddings":
            inputs = [body["input"]] if isinstance(body["input"], str) else body["input"]
            return 200, gen.embeddings_response(inputs, model)
        raw = body["input"]
        if endpoint == "/v1/chat/moderations":
            texts = texts_of_conversations(raw)
        else:
            texts = [raw] if isinstance(raw, str) else raw
        return 200, gen.moderation_response(texts, model)
    except ApiError as exc:
        return exc.status, {"object": "error", "message": exc.message, "type": exc.kind}
