"""``audio.transcriptions.complete`` / ``stream`` (sync and async) against the emulator.

The request is always ``multipart/form-data`` (the emulator records every part as it came,
and refuses anything else); the audio travels as a file part, or as a ``file_url`` /
``file_id`` field. Answers parse into the typed models; a stream yields typed
``TranscriptionStreamEvents``. A large audio file is streamed in small reads.
"""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path
from typing import Any

import pydantic
import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

from .conftest import SdkCall
from .test_resources_files_large import MAX_READ, CountingFile, peak_during

MODEL = "voxtral-mini-latest"


def wav(seconds: float, rate: int = 8000) -> bytes:
    """A silent 16-bit mono WAV of ``seconds``."""
    frames = int(seconds * rate)
    header = b"RIFF" + struct.pack("<I", 36 + 2 * frames) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, 2 * rate, 2, 16)
    header += b"data" + struct.pack("<I", 2 * frames)
    return header + b"\x00\x00" * frames


def multipart(entry: dict[str, Any]) -> bool:
    return str(entry["headers"]["content-type"]).startswith("multipart/form-data; boundary=")


def test_a_file_part_and_fields_give_text_and_segments(emu: Emulator, sdk_call: SdkCall) -> None:
    audio = wav(12)
    reply = sdk_call(
        "audio.transcriptions.complete",
        model=MODEL,
        file={"file_name": "talk.wav", "content": audio, "content_type": "audio/wav"},
        language="fr",
        temperature=0.2,
        context_bias=["Mistral", "Voxtral"],
        timestamp_granularities=["segment"],
    )
    assert isinstance(reply, models.TranscriptionResponse)
    assert reply.model == MODEL and reply.language == "fr"
    assert [(s.start, s.end) for s in reply.segments] == [(0.0, 5.0), (5.0, 10.0), (10.0, 12.0)]
    assert all(isinstance(s, models.TranscriptionSegmentChunk) for s in reply.segments)
    assert reply.text == " ".join(s.text for s in reply.segments)
    assert reply.usage.prompt_audio_seconds == 12
    entry = emu.requests[-1]
    assert (entry["method"], entry["path"]) == ("POST", "/v1/audio/transcriptions")
    assert multipart(entry)
    assert entry["json"] == {
        "model": MODEL,
        "language": "fr",
        "temperature": 0.2,
        "context_bias": ["Mistral", "Voxtral"],
        "timestamp_granularities": ["segment"],
        "stream": False,
    }
    assert entry["file"] == {"filename": "talk.wav", "bytes": len(audio)}
    names = [name for name, _ in entry["parts"]]
    assert names.count("context_bias") == 2  # a list is a repeated field
    assert ["file", "talk.wav"] in entry["parts"]


def test_a_file_url_alone_is_still_multipart(emu: Emulator, sdk_call: SdkCall) -> None:
    url = "https://example.com/meeting.mp3"
    reply = sdk_call("audio.transcriptions.complete", model=MODEL, file_url=url)
    assert reply.usage.prompt_audio_seconds == 10  # a link the emulator never fetches
    assert reply.language == "en"
    entry = emu.requests[-1]
    assert multipart(entry)
    assert entry["file"] is None
    assert sorted(name for name, _ in entry["parts"]) == ["file_url", "model", "stream"]
    assert all(filename is None for _, filename in entry["parts"])
    assert entry["json"] == {"model": MODEL, "file_url": url, "stream": False}
    assert sdk_call("audio.transcriptions.complete", model=MODEL, file_url=url) == reply


def test_an_uploaded_file_by_id(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    stored = sdk.files.upload(file={"file_name": "a.wav", "content": wav(3)})
    reply = sdk_call("audio.transcriptions.complete", model=MODEL, file_id=stored.id, diarize=True)
    assert reply.usage.prompt_audio_seconds == 3
    assert reply.segments[0].speaker_id == "speaker_1"
    assert emu.requests[-1]["json"] == {
        "model": MODEL,
        "file_id": stored.id,
        "diarize": True,
        "stream": False,
    }


def events_of(sdk: Mistral, flavour: str, **kwargs: Any) -> list[Any]:
    if flavour == "sync":
        with sdk.audio.transcriptions.stream(**kwargs) as stream:
            return list(stream)

    async def collect() -> list[Any]:
        async with await sdk.audio.transcriptions.stream_async(**kwargs) as stream:
            return [event async for event in stream]

    return asyncio.run(collect())


def test_stream_yields_typed_transcription_events(
    emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    audio = wav(7)
    events = events_of(
        sdk, flavour, model=MODEL, file={"file_name": "a.wav", "content": audio}, language="de"
    )
    assert all(isinstance(e, models.TranscriptionStreamEvents) for e in events)
    assert [e.event for e in events] == [
        "transcription.language",
        "transcription.text.delta",
        "transcription.segment",
        "transcription.text.delta",
        "transcription.segment",
        "transcription.done",
    ]
    language, delta, segment, *_, done = (e.data for e in events)
    assert isinstance(language, models.TranscriptionStreamLanguage)
    assert language.audio_language == "de"
    assert isinstance(delta, models.TranscriptionStreamTextDelta)
    assert isinstance(segment, models.TranscriptionStreamSegmentDelta)
    assert (segment.start, segment.end) == (0.0, 5.0)
    assert delta.text.strip() == segment.text
    assert isinstance(done, models.TranscriptionStreamDone)
    assert done.usage.prompt_audio_seconds == 7
    assert done.text == " ".join(e.data.text for e in events if e.event.endswith("segment"))
    entry = emu.requests[-1]
    assert multipart(entry)
    assert entry["headers"]["accept"] == "text/event-stream"
    assert entry["json"] == {"model": MODEL, "language": "de", "stream": True}


def test_the_audio_must_be_given_exactly_once(
    emu: Emulator, sdk_call: SdkCall, flavour: str
) -> None:
    public = "audio.transcriptions.complete" + ("" if flavour == "sync" else "_async")
    with pytest.raises(TypeError, match=rf"^{public}\(\): give the audio as exactly one of"):
        sdk_call("audio.transcriptions.complete", model=MODEL)
    with pytest.raises(TypeError, match=r"got file_url, file_id"):
        sdk_call("audio.transcriptions.complete", model=MODEL, file_url="u", file_id="f")
    assert emu.requests == []


def test_a_bad_field_is_refused_naming_the_method_and_field(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    bad: Any = "hot"
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk_call("audio.transcriptions.complete", model=MODEL, file_url="u", temperature=bad)
    assert "audio.transcriptions.complete" in str(caught.value)
    assert "temperature" in str(caught.value)
    bad_part: Any = {"content": b"x"}
    with pytest.raises(TypeError, match=r"file must be"):
        sdk_call("audio.transcriptions.complete", model=MODEL, file=bad_part)
    assert emu.requests == []


def test_a_model_without_audio_is_refused(emu: Emulator, sdk_call: SdkCall) -> None:
    with pytest.raises(models.BadRequestError, match="does not support audio"):
        sdk_call("audio.transcriptions.complete", model="mistral-small-latest", file_url="u")


SIZE = 24 * 1024 * 1024
PEAK_LIMIT = 8 * 1024 * 1024


def test_a_large_audio_file_streams_in_small_reads(
    tmp_path: Path, sdk: Mistral, emu: Emulator, flavour: str
) -> None:
    path = tmp_path / "long.wav"
    with path.open("wb") as out:
        out.write(wav(0))
        block = b"\x01\x00" * (512 * 1024)
        for _ in range(SIZE // len(block)):
            out.write(block)
    handle = CountingFile(path)
    file = {"file_name": "long.wav", "content": handle}

    def send() -> Any:
        if flavour == "sync":
            return sdk.audio.transcriptions.complete(model=MODEL, file=file)
        return asyncio.run(sdk.audio.transcriptions.complete_async(model=MODEL, file=file))

    try:
        reply, peak = peak_during(send)
    finally:
        handle.close()
    assert reply.usage.prompt_audio_seconds == SIZE // 16000 + 1  # 8 kHz 16-bit: 16 kB/s
    assert emu.requests[-1]["file"]["bytes"] == path.stat().st_size
    assert -1 not in handle.reads, "the file was read whole"
    assert max(handle.reads) <= MAX_READ
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 2**20:.1f} MiB"


def test_a_request_without_a_file_part_is_retried_whole(emu: Emulator, sdk: Mistral) -> None:
    emu.inject("rate-limit; retry-after=0", times=1, path="/v1/audio/transcriptions")
    reply = sdk.audio.transcriptions.complete(model=MODEL, file_url="https://example.com/a.mp3")
    assert reply.usage.prompt_audio_seconds == 10
    first, second = emu.requests
    assert first["status"] == 429 and second["status"] == 200
    assert second["json"] == {
        "model": MODEL,
        "file_url": "https://example.com/a.mp3",
        "stream": False,
    }
