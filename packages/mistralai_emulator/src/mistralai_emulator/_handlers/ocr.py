"""OCR (``/v1/ocr``): pages of markdown from a document.

The document is an uploaded file (``file``, by id), a ``document_url`` or an ``image_url``;
a ``data:`` URL carries its bytes, any other URL is never fetched (the emulator is offline).
From bytes, a PDF has one page per ``/Type /Page`` object, sized by its first ``/MediaBox``;
an image is one page, sized from its PNG header when it has one. A link without bytes is a
document of 1 to 3 pages chosen from the URL. Each page's markdown is a deterministic text of
the document and the page number.

Azure serves the same operation at ``/providers/mistral/azure/ocr`` under its endpoint's base
(see :mod:`.providers`); a serverless endpoint's one model may go unnamed (``"azureai"``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.responses import Response

from .._call import JSON, ApiError, Call
from ._common import operation, require_model, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp

#: The screenshot resolution pages are described at.
DPI = 200
#: A page whose size is not known: US Letter at :data:`DPI`.
DEFAULT_PAGE = (1700, 2200)
#: An image whose size is not known.
DEFAULT_IMAGE = (1024, 768)
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_WORDS = (
    "invoice total amount date customer reference report section figure table summary "
    "account balance payment period statement revenue contract clause party signature"
).split()


def _seed(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode()).digest()


@dataclass(frozen=True)
class Document:
    """What the emulator knows of a document: its name, bytes (if any), pages and their size."""

    name: str
    data: bytes | None
    pages: int
    size: tuple[int, int]


def decode_data_url(url: str) -> bytes | None:
    """The bytes of a ``data:`` URL (base64 or plain); ``None`` for any other URL."""
    if not url.startswith("data:"):
        return None
    header, sep, payload = url.partition(",")
    if not sep:
        raise ApiError(400, "Invalid data URL: no comma", "invalid_request_error")
    if header.endswith(";base64"):
        try:
            return base64.b64decode(payload, validate=True)
        except binascii.Error:
            raise ApiError(400, "Invalid data URL: bad base64", "invalid_request_error") from None
    return payload.encode("utf-8")


def pdf_pages(data: bytes) -> tuple[int, tuple[int, int]]:
    """A PDF's page count (its ``/Type /Page`` objects) and the first page's size in pixels."""
    count = len(_PAGE.findall(data))
    box = _MEDIABOX.search(data)
    size = DEFAULT_PAGE
    if box:
        x0, y0, x1, y1 = (float(v) for v in box.groups())
        size = (round(abs(x1 - x0) / 72 * DPI), round(abs(y1 - y0) / 72 * DPI))
    return max(count, 1), size


def image_size(data: bytes) -> tuple[int, int]:
    """A PNG's width and height from its header; a default size for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return DEFAULT_IMAGE


def from_bytes(name: str, data: bytes) -> Document:
    if data[:5] == b"%PDF-":
        pages, size = pdf_pages(data)
        return Document(name, data, pages, size)
    return Document(name, data, 1, image_size(data))


def document_of(app: EmulatorApp, chunk: dict[str, JSON]) -> Document:
    """The request's ``document`` as the emulator sees it."""
    kind = chunk.get("type")
    if kind == "file" or (kind is None and "file_id" in chunk):
        stored = app.state.file(str(chunk["file_id"]))
        return from_bytes(stored.filename, stored.path.read_bytes())
    if kind == "image_url" or (kind is None and "image_url" in chunk):
        link = chunk["image_url"]
        url = str(link.get("url", "")) if isinstance(link, dict) else str(link)
        data = decode_data_url(url)
        name = url.rsplit("/", 1)[-1] if data is None else "image"
        return Document(name, data, 1, image_size(data) if data else DEFAULT_IMAGE)
    url = str(chunk.get("document_url", ""))
    data = decode_data_url(url)
    name = str(chunk.get("document_name") or (url.rsplit("/", 1)[-1] if data is None else "doc"))
    if data is not None:
        return from_bytes(name, data)
    pages = 1 + _seed("ocr-pages", url)[0] % 3
    return Document(name, None, pages, DEFAULT_PAGE)


def wanted_pages(pages: JSON, count: int) -> list[int]:
    """The ``pages`` selection (a list, or ``"0,2-4"``) within the document, in order."""
    if pages is None:
        return list(range(count))
    chosen: list[int] = []
    if isinstance(pages, str):
        for part in filter(None, (p.strip() for p in pages.split(","))):
            first, _, last = part.partition("-")
            try:
                chosen += range(int(first), int(last or first) + 1)
            except ValueError:
                raise ApiError(400, f"Invalid pages: {pages!r}", "invalid_request_error") from None
    else:
        chosen = [int(p) for p in pages]
    found = sorted({p for p in chosen if 0 <= p < count})
    if not found:
        raise ApiError(
            400, f"Invalid pages: the document has {count} page(s)", "invalid_request_error"
        )
    return found


def page_markdown(document: Document, index: int) -> str:
    seed = _seed("ocr", document.name, str(len(document.data or b"")), str(index))
    words = " ".join(_WORDS[b % len(_WORDS)] for b in seed[:12])
    return f"# {document.name}\n\nPage {index + 1} of {document.pages}.\n\n{words.capitalize()}."


@operation("ocr_v1_ocr_post")
async def ocr(app: EmulatorApp, call: Call) -> Response:
    body: dict[str, JSON] = call.body
    model = body.get("model")
    if call.surface == "azure" and model in (None, "azureai"):
        model = "azureai"  # a serverless endpoint serves one model; v1 clients send "azureai"
    else:
        model = require_model(app, model or "", "ocr")
    document = document_of(app, body["document"])
    width, height = document.size
    pages: list[JSON] = [
        {
            "index": index,
            "markdown": page_markdown(document, index),
            "images": [],
            "tables": [],
            "hyperlinks": [],
            "header": None,
            "footer": None,
            "dimensions": {"dpi": DPI, "height": height, "width": width},
        }
        for index in wanted_pages(body.get("pages"), document.pages)
    ]
    usage: dict[str, JSON] = {"pages_processed": len(pages)}
    if document.data is not None:
        usage["doc_size_bytes"] = len(document.data)
    payload = {"pages": pages, "model": model, "document_annotation": None, "usage_info": usage}
    return respond(app, call, payload)
