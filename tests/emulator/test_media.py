"""The emulator's OCR and transcription rooms on the raw wire: what they refuse (a 422 naming
the field, as the service does) and how they read documents and audio."""

from __future__ import annotations

import httpx
import pytest

from mistralai_emulator import Emulator
from mistralai_emulator._call import ApiError
from mistralai_emulator._handlers.audio import audio_seconds, transcript
from mistralai_emulator._handlers.ocr import decode_data_url, pdf_pages, wanted_pages


def test_a_transcription_that_is_not_multipart_is_a_422(client: httpx.Client) -> None:
    response = client.post(
        "/v1/audio/transcriptions", data={"model": "voxtral-mini-latest", "file_url": "u"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "Expected multipart/form-data"


def test_a_bad_form_field_is_a_422_naming_it(client: httpx.Client, emu: Emulator) -> None:
    response = client.post(
        "/v1/audio/transcriptions",
        files={"file": ("a.wav", b"RIFF")},
        data={"model": "voxtral-mini-latest", "temperature": "hot"},
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "temperature"]
    assert emu.requests[-1]["valid"] is False


def test_audio_given_twice_or_not_at_all_is_a_422(client: httpx.Client) -> None:
    for data in ({"model": "voxtral-mini-latest"}, {"model": "m", "file_url": "u", "file_id": "f"}):
        response = client.post(
            "/v1/audio/transcriptions", files={"model": (None, data.pop("model"))}, data=data
        )
        assert response.status_code == 422, data
        assert "Exactly one of file, file_url or file_id" in response.text


def test_pdf_pages_counts_page_objects_not_the_pages_node() -> None:
    data = b"%PDF-1.7 /Type /Pages /Type /Page /Type/Page /MediaBox [0 0 72 144] /Type /Page"
    assert pdf_pages(data) == (3, (200, 400))
    assert pdf_pages(b"%PDF-1.7 nothing")[0] == 1


def test_wanted_pages_reads_lists_and_ranges() -> None:
    assert wanted_pages(None, 3) == [0, 1, 2]
    assert wanted_pages("0, 2-3,9", 5) == [0, 2, 3]
    assert wanted_pages([2, 0, 2], 3) == [0, 2]
    with pytest.raises(ApiError, match="has 2 page"):
        wanted_pages([5], 2)
    with pytest.raises(ApiError, match="Invalid pages"):
        wanted_pages("a-b", 2)


def test_data_urls_and_audio_lengths() -> None:
    assert decode_data_url("data:text/plain,hi") == b"hi"
    assert decode_data_url("data:;base64,aGk=") == b"hi"
    assert decode_data_url("https://x") is None
    with pytest.raises(ApiError):
        decode_data_url("data:;base64,***")
    assert audio_seconds(b"", 32_000) == 2.0
    segments = transcript(11.0, "seed", diarize=False)
    assert [(s["start"], s["end"]) for s in segments] == [(0.0, 5.0), (5.0, 10.0), (10.0, 11.0)]
    assert transcript(11.0, "seed", diarize=False) == segments
    assert transcript(11.0, "other", diarize=False) != segments
