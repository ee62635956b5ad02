"""Classifiers: moderation of texts and of conversations (``/v1/moderations``,
``/v1/chat/moderations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, Call
from ._common import operation, placeholder, require_model, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp

DEFAULT_MODEL = "mistral-moderation-latest"


def texts_of_conversations(raw: list[JSON]) -> list[str]:
    """One text per conversation of a chat moderation ``input`` (one conversation or a list)."""
    conversations = raw if raw and isinstance(raw[0], list) else [raw]
    return [" ".join(gen.text_of(m.get("content")) for m in conv) for conv in conversations]


@operation("moderations_v1_moderations_post")
async def moderations(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body.get("model") or DEFAULT_MODEL, "moderation")
    texts = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
    return respond(app, call, gen.moderation_response(texts, model))


@operation("moderations_chat_v1_chat_moderations_post")
async def chat_moderations(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body.get("model") or DEFAULT_MODEL, "moderation")
    return respond(app, call, gen.moderation_response(texts_of_conversations(body["input"]), model))


placeholder("classifications_v1_classifications_post")

placeholder("chat_classifications_v1_chat_classifications_post")
