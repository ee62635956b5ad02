"""``files.upload`` takes every input form; ``files.download_to`` writes to disk flat."""

from __future__ import annotations

import asyncio
import io
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator
from tests.mistralai.conftest import SdkCall

CONTENT = b'{"messages": [{"role": "user", "content": "hi"}]}\n' * 3


def stored(emu: Emulator, file_id: str) -> tuple[str, bytes]:
    """(file name, content) as the emulator stored them."""
    found = emu.app.state.file(file_id)
    return found.filename, found.path.read_bytes()


@pytest.mark.parametrize(
    "form",
    ["str path", "PathLike", "bytes", "pair", "triple", "file object", "dict", "File"],
)
def test_upload_takes_every_form(
    form: str, tmp_path: Path, emu: Emulator, sdk_call: SdkCall
) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(CONTENT)
    handle = path.open("rb")
    file: Any = {
        "str path": str(path),
        "PathLike": path,
        "bytes": CONTENT,
        "pair": ("pair.jsonl", CONTENT),
        "triple": ("triple.jsonl", io.BytesIO(CONTENT), "application/jsonl"),
        "file object": handle,
        "dict": {"file_name": "d.jsonl", "content": CONTENT},
        "File": models.File(file_name="m.jsonl", content=CONTENT),
    }[form]
    reply = sdk_call("files.upload", file=file, purpose="batch")
    handle.close()
    name = {
        "bytes": "upload",
        "pair": "pair.jsonl",
        "triple": "triple.jsonl",
        "dict": "d.jsonl",
        "File": "m.jsonl",
    }.get(form, "train.jsonl")
    assert (reply.filename, reply.bytes) == (name, len(CONTENT))
    assert stored(emu, reply.id) == (name, CONTENT)


def test_a_path_is_closed_once_sent_and_reopened_for_a_retry(
    tmp_path: Path, emu: Emulator, sdk: Mistral, sleeps: list[float]
) -> None:
    path = tmp_path / "again.jsonl"
    path.write_bytes(CONTENT)
    emu.inject("503", path="/v1/files", method="POST")
    reply = sdk.files.upload(file=path)
    assert len(sleeps) == 1  # retried once, the whole file sent again
    assert stored(emu, reply.id) == ("again.jsonl", CONTENT)


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("/no/such/file.jsonl", "files.upload(): file: no such file: '/no/such/file.jsonl'"),
        (42, "files.upload(): file: expected a path, bytes,"),
        (io.StringIO("x"), "files.upload(): file: open the file in binary mode ('rb')"),
    ],
)
def test_bad_files_are_refused_before_sending(
    file: Any, message: str, emu: Emulator, sdk: Mistral
) -> None:
    with pytest.raises((TypeError, FileNotFoundError)) as caught:
        sdk.files.upload(file=file)
    assert str(caught.value).startswith(message)
    assert emu.requests == []


def test_download_to_writes_the_file(
    tmp_path: Path, emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    source = sdk.files.upload(file=("a.jsonl", CONTENT))
    target = tmp_path / "out" / "copy.jsonl"
    target.parent.mkdir()
    progress: list[tuple[int, int | None]] = []
    if flavour == "sync":
        written = sdk.files.download_to(
            source.id, target, on_progress=lambda *a: progress.append(a)
        )
    else:
        written = asyncio.run(
            sdk.files.download_to_async(
                source.id, str(target), on_progress=lambda *a: progress.append(a)
            )
        )
    assert written == target and target.read_bytes() == CONTENT
    assert progress[0] == (0, len(CONTENT)) and progress[-1] == (len(CONTENT), len(CONTENT))
    assert list(target.parent.iterdir()) == [target]  # no temporary file left


def test_download_to_leaves_nothing_behind_when_it_fails(
    tmp_path: Path, emu: Emulator, sdk: Mistral, flavour: str
) -> None:
    big = sdk.files.upload(file=("big.bin", b"x" * (4 * 1024 * 1024)))
    target = tmp_path / "copy.bin"
    emu.inject("cut; after=1", path=f"/v1/files/{big.id}/content")
    with pytest.raises(httpx.HTTPError):
        if flavour == "sync":
            sdk.files.download_to(big.id, target)
        else:
            asyncio.run(sdk.files.download_to_async(big.id, target))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(models.SDKError):  # a missing file: nothing written either
        sdk.files.download_to("00000000-0000-0000-0000-000000000000", target)
    assert list(tmp_path.iterdir()) == []


def test_download_to_memory_stays_flat(tmp_path: Path, emu: Emulator, sdk: Mistral) -> None:
    size = 32 * 1024 * 1024
    source = tmp_path / "big.bin"
    with source.open("wb") as out:
        for _ in range(size // (1024 * 1024)):
            out.write(b"y" * (1024 * 1024))
    uploaded = sdk.files.upload(file=source)
    target = tmp_path / "back.bin"
    tracemalloc.start()
    try:
        sdk.files.download_to(uploaded.id, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == size
    assert peak < 4 * 1024 * 1024, peak  # a few chunks, not the file (the emulator included)
