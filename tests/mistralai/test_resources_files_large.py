"""A large upload and download stream through the client in chunks, never whole in memory.

A 64 MiB file is generated on disk. Uploading it (sync and async) must read it in small
pieces (every ``read`` is counted and sized) and keep the process's peak traced memory far
below the file's size; the emulator runs in this process too and writes uploads to disk as
they arrive, so the bound covers both ends. Downloading it back to disk with ``iter_bytes`` /
``aiter_bytes`` must be just as flat.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mistralai import Mistral
from mistralai_emulator import Emulator

SIZE = 64 * 1024 * 1024
#: Far below SIZE: what chunked streaming needs (a few 64 KiB buffers, httpx and h11 state).
PEAK_LIMIT = 8 * 1024 * 1024
MAX_READ = 1024 * 1024


class CountingFile(io.FileIO):
    """A binary file that records the size asked of every ``read``."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "rb")
        self.reads: list[int] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)

    def readall(self) -> bytes:
        self.reads.append(-1)
        return super().readall()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("large") / "big.jsonl"
    digest = hashlib.sha256()
    line = b'{"messages": [{"role": "user", "content": "' + b"x" * 1000 + b'"}]}\n'
    block = line * (1024 * 1024 // len(line) + 1)
    written = 0
    with path.open("wb") as out:
        while written < SIZE:
            piece = block[: SIZE - written]
            out.write(piece)
            digest.update(piece)
            written += len(piece)
    return path, digest.hexdigest()


def peak_during(action: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


@pytest.fixture
def sdk_large(mistral_emulator: Emulator) -> Iterator[Mistral]:
    with Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url) as client:
        yield client


def test_upload_streams_a_large_file_in_small_reads(
    big_file: tuple[Path, str], sdk_large: Mistral, mistral_emulator: Emulator, flavour: str
) -> None:
    path, _ = big_file
    handle = CountingFile(path)
    file = {"file_name": "big.jsonl", "content": handle}

    def send() -> Any:
        if flavour == "sync":
            return sdk_large.files.upload(file=file)
        return asyncio.run(sdk_large.files.upload_async(file=file))

    try:
        reply, peak = peak_during(send)
    finally:
        handle.close()
    assert reply.bytes == SIZE
    assert mistral_emulator.requests[-1]["valid"] is True
    assert -1 not in handle.reads, "the file was read whole"
    assert max(handle.reads) <= MAX_READ
    assert len(handle.reads) >= SIZE // MAX_READ
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 2**20:.1f} MiB"


def test_download_streams_a_large_file_to_disk(
    big_file: tuple[Path, str], sdk_large: Mistral, tmp_path: Path, flavour: str
) -> None:
    path, expected = big_file
    with path.open("rb") as handle:
        stored = sdk_large.files.upload(file={"file_name": "big.jsonl", "content": handle})
    target = tmp_path / "copy.jsonl"

    def fetch_sync() -> str:
        digest = hashlib.sha256()
        response = sdk_large.files.download(file_id=stored.id)
        try:
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
                    digest.update(chunk)
        finally:
            response.close()
        assert response.is_closed
        return digest.hexdigest()

    async def fetch_async() -> str:
        digest = hashlib.sha256()
        response = await sdk_large.files.download_async(file_id=stored.id)
        try:
            with target.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
                    digest.update(chunk)
        finally:
            await response.aclose()
        assert response.is_closed
        return digest.hexdigest()

    digest, peak = peak_during(
        fetch_sync if flavour == "sync" else lambda: asyncio.run(fetch_async())
    )
    assert digest == expected
    assert target.stat().st_size == SIZE
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 2**20:.1f} MiB"
