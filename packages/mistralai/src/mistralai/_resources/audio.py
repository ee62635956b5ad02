"""``client.audio.transcriptions``: speech to text (``voxtral-mini-latest``).

The request is ``multipart/form-data``, as the contract says, whether or not it carries the
audio: ``file=`` is a file part, streamed by httpx in chunks as ``files.upload`` streams it
(a file object is never read whole into memory); ``file_url=`` and ``file_id=`` are form
fields. ``stream`` yields one typed :class:`TranscriptionStreamEvents` per server event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mistralai_core._operation import (
    AsyncEndpoint,
    Call,
    Operation,
    Resource,
    SubResource,
    SyncEndpoint,
    call,
)
from mistralai_core._streaming import (
    AsyncManagedStreamEndpoint,
    SyncManagedStreamEndpoint,
    TranscriptionAdapter,
)
from mistralai_core._types import UNSET, OptionalNullable

from ..models._audio import (
    AudioTranscriptionRequest,
    TranscriptionResponse,
    TranscriptionStreamEvents,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions

    from ..models._audio import TimestampGranularity
    from ..models._files import File

__all__ = ["TRANSCRIBE", "TRANSCRIBE_STREAM", "Audio", "Transcriptions"]


def parse_event(data: bytes) -> TranscriptionStreamEvents:
    """One streamed event: its ``data`` object, named by its ``type`` (the SSE event name)."""
    payload = json.loads(data)
    kind = payload.get("type") if isinstance(payload, dict) else None
    return TranscriptionStreamEvents.model_validate({"event": kind, "data": payload})


TRANSCRIBE = Operation(
    "POST",
    "/v1/audio/transcriptions",
    parse=TranscriptionResponse.model_validate_json,
    multipart=True,
    form=AudioTranscriptionRequest,
    stream_flag=True,
    operation_id="audio_api_v1_transcriptions_post",
)
TRANSCRIBE_STREAM = TRANSCRIBE.streaming(parse_event)
#: The stream manager: text pieces, typed events, the final ``TranscriptionResponse``.
_MANAGER = TranscriptionAdapter.of(TranscriptionResponse)


def transcription(
    *,
    model: str,
    file: File | Mapping[str, Any] | None = None,
    file_url: OptionalNullable[str] = UNSET,
    file_id: OptionalNullable[str] = UNSET,
    language: OptionalNullable[str] = UNSET,
    temperature: OptionalNullable[float] = UNSET,
    diarize: bool | None = None,
    context_bias: Sequence[str] | None = None,
    timestamp_granularities: Sequence[TimestampGranularity] | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Create Transcription: the text of an audio file, with its segments.

    Give the audio one way: ``file=``, ``file_url=`` or ``file_id=``.

    :param model: The transcription model, e.g. ``"voxtral-mini-latest"``.
    :param file: ``{"file_name": str, "content": bytes | binary file object}`` (optionally
        ``"content_type"``), or a :class:`mistralai.models.File`; a file object is streamed
        in chunks and stays open (closing it is the caller's job).
    :param file_url: A URL the service downloads the audio from.
    :param file_id: The ID of an audio file uploaded with ``files.upload``.
    :param language: The audio's language (``"en"``); giving it can improve accuracy.
    :param temperature: Sampling temperature.
    :param diarize: Tell speakers apart (``speaker_id`` on segments).
    :param context_bias: Words or phrases the audio is likely to contain.
    :param timestamp_granularities: ``"segment"`` and/or ``"word"`` timestamps.
    :raises TypeError: no audio, or more than one way of giving it.
    :raises HTTPValidationError: 422, the API rejected a field.
    """
    built = call(locals())
    given = [n for n in ("file", "file_url", "file_id") if built.arguments.get(n) is not None]
    if len(given) != 1:
        raise TypeError(
            "give the audio as exactly one of file=, file_url= or "
            f"file_id= (got {', '.join(given) or 'none'})"
        )
    return built


class Transcriptions(Resource):
    """Audio transcription."""

    complete = SyncEndpoint(TRANSCRIBE, transcription)
    complete_async = AsyncEndpoint(TRANSCRIBE, transcription)
    stream = SyncManagedStreamEndpoint(TRANSCRIBE_STREAM, transcription, _MANAGER)
    stream_async = AsyncManagedStreamEndpoint(TRANSCRIBE_STREAM, transcription, _MANAGER)


class Audio(Resource):
    """Audio: transcriptions."""

    transcriptions: SubResource[Transcriptions] = SubResource(
        "mistralai._resources.audio:Transcriptions"
    )
