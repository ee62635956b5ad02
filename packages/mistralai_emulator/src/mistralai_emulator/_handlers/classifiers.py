"""Classifiers: moderation and classification of texts and of conversations
(``/v1/moderations``, ``/v1/chat/moderations``, ``/v1/classifications``,
``/v1/chat/classifications``).

A classification answers, per input, a score per label of each target: the moderation model's
one target, ``moderation``, has the moderation categories as its labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response

from .. import _generate as gen
from .._call import JSON, Call
from ._common import operation, require_model, respond

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


def classification_response(texts: list[str], model: str) -> dict[str, JSON]:
    """A ``ClassificationTargetsResponse``: for each text, its scores under each target."""
    results: list[JSON] = [
        {"moderation": {"scores": gen.moderation(text)["category_scores"]}} for text in texts
    ]
    return {
        "id": "cls-" + gen.short_id("classification", model, *texts),
        "model": model,
        "results": results,
    }


@operation("classifications_v1_classifications_post")
async def classifications(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body.get("model") or DEFAULT_MODEL, "moderation")
    texts = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
    return respond(app, call, classification_response(texts, model))


@operation("chat_classifications_v1_chat_classifications_post")
async def chat_classifications(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = require_model(app, body["model"], "moderation")
    chats = body["input"] if isinstance(body["input"], list) else [body["input"]]
    texts = texts_of_conversations([chat["messages"] for chat in chats])
    return respond(app, call, classification_response(texts, model))
