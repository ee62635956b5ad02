"""Models: the catalogue and fine-tuned models (``/v1/models``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .._call import Call
from ._common import operation, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("list_models_v1_models_get")
async def list_models(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, {"object": "list", "data": app.state.model_cards()})


@operation("retrieve_model_v1_models__model_id__get")
async def retrieve_model(app: EmulatorApp, call: Call) -> Response:
    return respond(app, call, app.state.model_card(call.path["model_id"]))


@operation("delete_model_v1_models__model_id__delete")
async def delete_model(app: EmulatorApp, call: Call) -> Response:
    model_id = call.path["model_id"]
    app.state.delete_model(model_id)
    return respond(app, call, {"id": model_id, "object": "model", "deleted": True})
