"""Transcription of an audio file: whole, then streamed event by event; sync and async.

The file is streamed from disk in chunks (never read whole into memory); ``file_url=`` or
``file_id=`` name audio the service fetches itself.
"""

from __future__ import annotations

import asyncio
import os
import struct
import tempfile
from pathlib import Path

from mistralai import Mistral


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


MODEL = "voxtral-mini-latest"


def silent_wav(path: Path, seconds: int, rate: int = 8000) -> Path:
    """Write ``seconds`` of 16-bit mono silence as a WAV file."""
    size = 2 * rate * seconds
    with path.open("wb") as out:
        out.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVE")
        out.write(b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, 2 * rate, 2, 16))
        out.write(b"data" + struct.pack("<I", size) + bytes(size))
    return path


def main(audio: Path) -> None:
    with client() as s:
        with audio.open("rb") as handle:
            res = s.audio.transcriptions.complete(
                model=MODEL, file={"file_name": audio.name, "content": handle}, language="en"
            )
        print("text:", res.text)
        for segment in res.segments:
            print(f"  [{segment.start:5.1f}s - {segment.end:5.1f}s] {segment.text}")
        print("audio seconds:", res.usage.prompt_audio_seconds)

        with (
            audio.open("rb") as handle,
            s.audio.transcriptions.stream(
                model=MODEL, file={"file_name": audio.name, "content": handle}
            ) as stream,
        ):
            for event in stream:
                print("event:", event.event)


async def main_async() -> None:
    async with client() as s:
        res = await s.audio.transcriptions.complete_async(
            model=MODEL, file_url="https://docs.mistral.ai/audio/obama.mp3"
        )
        print("complete_async:", len(res.segments), "segment(s)")
        stream = await s.audio.transcriptions.stream_async(
            model=MODEL, file_url="https://docs.mistral.ai/audio/obama.mp3"
        )
        async with stream:
            kinds = [event.event async for event in stream]
        print("stream_async:", kinds[0], "...", kinds[-1])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        main(silent_wav(Path(tmp, "silence.wav"), seconds=12))
    asyncio.run(main_async())
