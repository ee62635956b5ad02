"""Audio transcriptions (``/v1/audio/transcriptions``): text and segments for an audio file.

The body is ``multipart/form-data`` (the ``file`` part streamed to disk, never held in
memory); its fields are checked against ``AudioTranscriptionRequest``. The audio's length is
a WAV file's own (its header's byte rate), or its size at 16 kB per second (128 kbit/s) for
anything else; a ``file_url`` is never fetched (a ``data:`` URL is read), so a link is 10 s
of audio. The transcript is deterministic: one segment per 5 s, words chosen from the audio's
size and name. ``stream: true`` answers the contract's events: ``transcription.language``,
then per segment ``transcription.text.delta`` and ``transcription.segment``, then
``transcription.done``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from python_multipart.multipart import parse_options_header
from starlette.responses import Response, StreamingResponse

from .. import _generate as gen
from .._call import JSON, Call, Invalid
from .._multipart import read_upload
from .._validation import coerce
from ._common import operation, require_model, respond
from .ocr import decode_data_url

if TYPE_CHECKING:
    from .._app import EmulatorApp

#: Bytes per second of audio that is not a WAV file (128 kbit/s).
BYTES_PER_SECOND = 16_000
#: Seconds of audio a link without bytes stands for.
LINK_SECONDS = 10.0
SEGMENT_SECONDS = 5.0
_WORDS = (
    "hello welcome to the meeting today we will talk about the quarterly results and the "
    "next steps for our team thank you all for joining"
).split()
_ARRAYS = ("context_bias", "timestamp_granularities")


def audio_seconds(head: bytes, size: int) -> float:
    """The audio's duration: a WAV header's (data bytes / byte rate), else by its size."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE" and len(head) >= 44:
        byte_rate = int.from_bytes(head[28:32], "little")
        if byte_rate:
            return max(size - 44, 0) / byte_rate
    return size / BYTES_PER_SECOND


def transcript(seconds: float, seed: str, diarize: bool) -> list[dict[str, JSON]]:
    """The segments of ``seconds`` of audio: deterministic words, one segment per 5 s."""
    segments: list[dict[str, JSON]] = []
    count = max(1, math.ceil(seconds / SEGMENT_SECONDS))
    for index in range(count):
        digest = hashlib.sha256(f"{seed}\x1f{index}".encode()).digest()
        words = [_WORDS[b % len(_WORDS)] for b in digest[: 4 + digest[0] % 5]]
        start = index * SEGMENT_SECONDS
        segment: dict[str, JSON] = {
            "type": "transcription_segment",
            "text": " ".join(words).capitalize() + ".",
            "start": round(start, 3),
            "end": round(min(start + SEGMENT_SECONDS, max(seconds, start + 0.001)), 3),
        }
        if diarize:
            segment["speaker_id"] = f"speaker_{index % 2 + 1}"
        segments.append(segment)
    return segments


def form_of(app: EmulatorApp, values: dict[str, list[bytes]]) -> dict[str, JSON]:
    """The form fields as JSON values (by the contract's property types)."""
    properties = app.contract.schema("AudioTranscriptionRequest")["properties"]
    form: dict[str, JSON] = {}
    for name, raws in values.items():
        texts = [raw.decode("utf-8", "replace") for raw in raws]
        schema = properties.get(name, {})
        if name in _ARRAYS:
            form[name] = [coerce(t, schema.get("items", {})) for t in texts]
        else:
            form[name] = coerce(texts[0], schema)
    return form


@operation("audio_api_v1_transcriptions_post")
async def transcriptions(app: EmulatorApp, call: Call) -> Response:
    kind, _ = parse_options_header(call.request.headers.get("content-type", ""))
    if kind != b"multipart/form-data":
        raise Invalid(
            [{"loc": ["body"], "msg": "Expected multipart/form-data", "type": "value_error"}]
        )
    _, target = app.state.new_file_id()
    try:
        upload = await read_upload(call.request, target)
        head = b""
        if upload.filename is not None:
            with target.open("rb") as handle:
                head = handle.read(44)
    finally:
        target.unlink(missing_ok=True)
    form = form_of(app, upload.values)
    checked = dict(form)
    if upload.filename is not None:
        checked["file"] = upload.filename
    detail = app.contract.request_errors(
        {"$ref": "#/components/schemas/AudioTranscriptionRequest"}, checked, ["body"]
    )
    sources = [n for n in ("file", "file_url", "file_id") if checked.get(n) is not None]
    if not detail and len(sources) != 1:
        msg = "Exactly one of file, file_url or file_id is required"
        detail = [{"loc": ["body", "file"], "msg": msg, "type": "value_error"}]
    entry = call.entry
    entry["json"] = form
    entry["parts"] = [list(part) for part in upload.parts]
    entry["file"] = (
        None
        if upload.filename is None
        else {
            "filename": upload.filename,
            "bytes": upload.size,
        }
    )
    entry["valid"] = not detail
    if detail:
        raise Invalid(detail)
    model = require_model(app, form["model"], "audio")
    if upload.filename is not None:
        seconds, seed = audio_seconds(head, upload.size), f"{upload.filename}:{upload.size}"
    elif form.get("file_id") is not None:
        stored = app.state.file(str(form["file_id"]))
        with stored.path.open("rb") as handle:
            seconds = audio_seconds(handle.read(44), stored.bytes)
        seed = f"{stored.filename}:{stored.bytes}"
    else:
        url = str(form["file_url"])
        data = decode_data_url(url)
        seconds = LINK_SECONDS if data is None else audio_seconds(data[:44], len(data))
        seed = url if data is None else f"data:{len(data)}"
    segments = transcript(seconds, seed, bool(form.get("diarize")))
    text = " ".join(str(s["text"]) for s in segments)
    language = form.get("language") or "en"
    usage = {
        "prompt_tokens": 0,
        "completion_tokens": gen.count_tokens(text),
        "total_tokens": gen.count_tokens(text),
        "prompt_audio_seconds": math.ceil(seconds),
    }
    done = {
        "model": model,
        "text": text,
        "segments": segments,
        "usage": usage,
        "language": language,
    }
    if form.get("stream"):
        return stream_events(app, language, segments, done)
    return respond(app, call, done, "TranscriptionResponse")


def stream_events(
    app: EmulatorApp, language: JSON, segments: list[dict[str, JSON]], done: dict[str, JSON]
) -> Response:
    """The transcription as the contract's ``TranscriptionStreamEvents``, each event named."""
    events: list[tuple[str, dict[str, JSON]]] = [
        (
            "TranscriptionStreamLanguage",
            {"type": "transcription.language", "audio_language": language},
        ),
    ]
    for segment in segments:
        events.append(
            (
                "TranscriptionStreamTextDelta",
                {"type": "transcription.text.delta", "text": f"{segment['text']} "},
            )
        )
        piece = {k: v for k, v in segment.items() if k in ("text", "start", "end", "speaker_id")}
        events.append(
            ("TranscriptionStreamSegmentDelta", {"type": "transcription.segment", **piece})
        )
    events.append(("TranscriptionStreamDone", {**done, "type": "transcription.done"}))
    validate = app.config.validate_responses

    async def body() -> AsyncIterator[bytes]:
        for schema, data in events:
            if validate:
                problems = app.contract.named_response_errors(schema, data)
                if problems:
                    raise RuntimeError(f"emulator event violates the contract: {problems}")
            yield f"event: {data['type']}\ndata: {json.dumps(data)}\n\n".encode()
            await asyncio.sleep(0)

    return StreamingResponse(
        body(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )
