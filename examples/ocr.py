"""OCR: a PDF's pages as markdown, from a link, a data: URL and an uploaded file; sync and async.

Against the emulator the link is never fetched (it stands for a short document); against La
Plateforme, point ``document_url`` at a real PDF.
"""

from __future__ import annotations

import asyncio
import base64
import os
import tempfile
from pathlib import Path

from mistralai import Mistral


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


MODEL = "mistral-ocr-latest"
LINK = "https://arxiv.org/pdf/2201.04234"
#: A two-page PDF, small enough to write here.
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
    b"4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n%%EOF\n"
)


def main() -> None:
    with client() as s:
        res = s.ocr.process(model=MODEL, document={"type": "document_url", "document_url": LINK})
        print("link:", res.usage_info.pages_processed, "page(s)")
        print(res.pages[0].markdown.splitlines()[0])

        data_url = "data:application/pdf;base64," + base64.b64encode(PDF).decode()
        res = s.ocr.process(
            model=MODEL,
            document={"type": "document_url", "document_url": data_url},
            pages=[1],
        )
        page = res.pages[0]
        dims = page.dimensions
        print("data URL: page", page.index, dims and f"{dims.width}x{dims.height} px")

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "scan.pdf")
            path.write_bytes(PDF)
            with path.open("rb") as handle:
                stored = s.files.upload(file={"file_name": path.name, "content": handle})
        res = s.ocr.process(model=MODEL, document={"type": "file", "file_id": stored.id})
        print("uploaded file:", [p.index for p in res.pages])
        s.files.delete(file_id=stored.id)


async def main_async() -> None:
    async with client() as s:
        res = await s.ocr.process_async(
            model=MODEL, document={"type": "document_url", "document_url": LINK}
        )
        print("process_async:", len(res.pages), "page(s)")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
