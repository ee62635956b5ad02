"""``ocr.process`` (sync and async) against the emulator: the wire request, the typed pages.

Documents are built here: a PDF with a known number of ``/Type /Page`` objects and a
``/MediaBox``, and a PNG whose header gives its size; they travel as ``data:`` URLs, as an
uploaded file's id, or as a link the emulator never fetches.
"""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any

import pydantic
import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

from .conftest import SdkCall

MODEL = "mistral-ocr-latest"


def pdf(pages: int, width_pt: int = 612, height_pt: int = 792) -> bytes:
    """A small PDF: ``pages`` page objects under one ``/Pages`` node."""
    kids = " ".join(f"{i + 3} 0 R" for i in range(pages))
    objects = [
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
        f"2 0 obj << /Type /Pages /Kids [{kids}] /Count {pages} >> endobj".encode(),
        *(
            f"{i + 3} 0 obj << /Type /Page /Parent 2 0 R "
            f"/MediaBox [0 0 {width_pt} {height_pt}] >> endobj".encode()
            for i in range(pages)
        ),
    ]
    return b"%PDF-1.4\n" + b"\n".join(objects) + b"\n%%EOF\n"


def png(width: int, height: int) -> bytes:
    """A valid one-colour PNG of ``width`` x ``height``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def data_url(kind: str, data: bytes) -> str:
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"


def test_a_pdf_data_url_gives_one_page_per_page_object(emu: Emulator, sdk_call: SdkCall) -> None:
    document = {"type": "document_url", "document_url": data_url("application/pdf", pdf(3))}
    reply = sdk_call("ocr.process", model=MODEL, document=document)
    assert isinstance(reply, models.OCRResponse)
    assert [page.index for page in reply.pages] == [0, 1, 2]
    assert reply.usage_info.pages_processed == 3
    assert reply.usage_info.doc_size_bytes == len(pdf(3))
    assert reply.model == MODEL
    first = reply.pages[0]
    assert isinstance(first, models.OCRPageObject)
    assert first.markdown.startswith("# doc\n\nPage 1 of 3.")
    assert first.dimensions == models.OCRPageDimensions(dpi=200, width=1700, height=2200)
    entry = emu.requests[-1]
    assert (entry["method"], entry["path"]) == ("POST", "/v1/ocr")
    assert entry["json"] == {"model": MODEL, "document": document}


def test_pages_selects_pages_and_the_options_go_on_the_wire(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    document = {
        "type": "document_url",
        "document_url": data_url("application/pdf", pdf(5, 595, 842)),
        "document_name": "a4.pdf",
    }
    reply = sdk_call(
        "ocr.process",
        model=MODEL,
        document=document,
        pages="0,2-3",
        include_image_base64=True,
        table_format="html",
        extract_header=True,
    )
    assert [page.index for page in reply.pages] == [0, 2, 3]
    assert reply.usage_info.pages_processed == 3
    assert reply.pages[1].markdown.startswith("# a4.pdf\n\nPage 3 of 5.")
    assert reply.pages[0].dimensions == models.OCRPageDimensions(dpi=200, width=1653, height=2339)
    assert emu.requests[-1]["json"] == {
        "model": MODEL,
        "document": document,
        "pages": "0,2-3",
        "include_image_base64": True,
        "table_format": "html",
        "extract_header": True,
    }
    again = sdk_call("ocr.process", model=MODEL, document=document, pages=[4])
    assert [page.index for page in again.pages] == [4]
    assert emu.requests[-1]["json"]["pages"] == [4]


def test_an_uploaded_file_is_read_by_its_id(emu: Emulator, sdk: Mistral, sdk_call: SdkCall) -> None:
    stored = sdk.files.upload(file={"file_name": "scan.pdf", "content": pdf(2)})
    document = {"type": "file", "file_id": stored.id}
    reply = sdk_call("ocr.process", model=MODEL, document=document)
    assert reply.usage_info.pages_processed == 2
    assert reply.pages[1].markdown.startswith("# scan.pdf\n\nPage 2 of 2.")
    assert emu.requests[-1]["json"]["document"] == document


def test_an_image_is_one_page_sized_from_its_header(emu: Emulator, sdk_call: SdkCall) -> None:
    image = png(37, 21)
    for document in (
        {"type": "image_url", "image_url": data_url("image/png", image)},
        {"type": "image_url", "image_url": {"url": data_url("image/png", image)}},
    ):
        reply = sdk_call("ocr.process", model=MODEL, document=document)
        assert len(reply.pages) == 1
        assert reply.pages[0].dimensions == models.OCRPageDimensions(dpi=200, width=37, height=21)
        assert reply.usage_info.doc_size_bytes == len(image)
        assert emu.requests[-1]["json"]["document"] == document


def test_a_link_is_never_fetched_and_answers_the_same_each_time(
    emu: Emulator, sdk_call: SdkCall
) -> None:
    document = {"type": "document_url", "document_url": "https://example.com/report.pdf"}
    first = sdk_call("ocr.process", model=MODEL, document=document)
    second = sdk_call("ocr.process", model=MODEL, document=document)
    assert first == second
    assert 1 <= first.usage_info.pages_processed <= 3
    assert first.usage_info.doc_size_bytes is None
    assert first.pages[0].markdown.startswith("# report.pdf\n\nPage 1 of ")


def test_typed_documents_are_accepted(emu: Emulator, sdk_call: SdkCall) -> None:
    document = models.DocumentURLChunk(document_url=data_url("application/pdf", pdf(1)))
    reply = sdk_call("ocr.process", model=MODEL, document=document)
    assert reply.usage_info.pages_processed == 1
    assert emu.requests[-1]["json"]["document"]["type"] == "document_url"


def test_a_bad_document_is_refused_before_sending(emu: Emulator, sdk_call: SdkCall) -> None:
    bad: Any = {"type": "document_url"}  # no document_url
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk_call("ocr.process", model=MODEL, document=bad)
    message = str(caught.value)
    assert "ocr.process" in message and "document" in message
    assert emu.requests == []


def test_an_unknown_file_id_is_a_404(emu: Emulator, sdk_call: SdkCall) -> None:
    with pytest.raises(models.NotFoundError):
        sdk_call("ocr.process", model=MODEL, document={"type": "file", "file_id": "nope"})


def test_a_model_without_ocr_is_refused(emu: Emulator, sdk_call: SdkCall) -> None:
    document = {"type": "document_url", "document_url": "https://example.com/a.pdf"}
    with pytest.raises(models.BadRequestError, match="does not support ocr"):
        sdk_call("ocr.process", model="mistral-small-latest", document=document)
