"""Files: upload (streamed from disk), list, retrieve, download to disk, signed URL, delete.

Sync and async. The upload streams the open file in chunks and the download is written to
disk chunk by chunk, so neither holds the whole file in memory.
"""

from __future__ import annotations

import asyncio
import json
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


LINE = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}


def sample(directory: Path) -> Path:
    path = directory / "training.jsonl"
    path.write_text((json.dumps(LINE) + "\n") * 10)
    return path


def main(directory: Path) -> None:
    with client() as s:
        with sample(directory).open("rb") as handle:
            up = s.files.upload(file={"file_name": "training.jsonl", "content": handle})
        print("upload:", up.id, up.bytes, "bytes")
        page = s.files.list(page_size=10, purpose="fine-tune")
        print("list:", page.total, "file(s)")
        print("retrieve:", s.files.retrieve(file_id=up.id).filename)
        target = directory / "copy.jsonl"
        response = s.files.download(file_id=up.id)
        try:
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        finally:
            response.close()
        print("download:", target.stat().st_size, "bytes")
        print("get_signed_url:", s.files.get_signed_url(file_id=up.id, expiry=1).url)
        print("delete:", s.files.delete(file_id=up.id).deleted)


async def main_async(directory: Path) -> None:
    async with client() as s:
        with sample(directory).open("rb") as handle:
            up = await s.files.upload_async(file={"file_name": "async.jsonl", "content": handle})
        print("upload_async:", up.id)
        print("list_async:", (await s.files.list_async(search="async")).total, "file(s)")
        print("retrieve_async:", (await s.files.retrieve_async(file_id=up.id)).bytes, "bytes")
        response = await s.files.download_async(file_id=up.id)
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
        finally:
            await response.aclose()
        print("download_async:", size, "bytes")
        url = await s.files.get_signed_url_async(file_id=up.id)
        print("get_signed_url_async:", url.url)
        print("delete_async:", (await s.files.delete_async(file_id=up.id)).deleted)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        main(Path(tmp))
        asyncio.run(main_async(Path(tmp)))
