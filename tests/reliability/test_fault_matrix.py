"""Runs every cell of the fault matrix (``matrix.py``) against loopback servers.

Per cell: a fresh client with the cell's policy; the fault queued on the emulator (or asked
of the hostile server); ``callers`` calls at once (threads for sync, tasks for async); then
the outcome of each call, the attempts the server counted, the events delivered before an
error, the waits the SDK chose, no secret in any error, and (on the emulator) no connection
left open once the client is closed. Each cell has a deadline: a hang fails it.
"""

from __future__ import annotations

import asyncio
import math
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai import Mistral
from mistralai_core import _sse
from mistralai_core._errors import ResponseValidationError
from mistralai_emulator import Emulator

from ._hostile import Hostile, hostile_server
from .conftest import CHAT_PATH, FILES_PATH, HI, MODEL, HintShim, upload_args
from .matrix import CELLS, DOC, POLICIES, Cell, render

VERTEX_MODEL = "mistral-large-2407"
from mistralai_emulator._auth import TOKEN_PATH  # noqa: E402


@dataclass
class Outcome:
    error: BaseException | None = None
    events: int = 0


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture(scope="module")
def hostile() -> Iterator[Hostile]:
    with hostile_server() as server:
        yield server


@pytest.fixture(scope="module")
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _path(kind: str) -> str:
    return FILES_PATH if kind == "upload" else CHAT_PATH


def _headers(cell: Cell) -> dict[str, str]:
    if cell.fault.server == "hostile":
        return {"x-hostile": cell.fault.spec}
    return {}


def _vertex(emu: Emulator, tmp: Path, policy: str, **http: Any) -> Any:
    from google.oauth2 import service_account

    from mistralai_gcp import MistralGoogleCloud

    key = emu.write_service_account_key(tmp / "sa.json", project_id="emu-proj")
    load = service_account.Credentials.from_service_account_file
    credentials = load(str(key))  # type: ignore[no-untyped-call]
    return MistralGoogleCloud(
        region="us-central1",
        project_id="emu-proj",
        credentials=credentials,
        server_url=emu.url,
        retry_config=POLICIES[policy],
        **http,
    )


def _sync_call(client: Any, cell: Cell, out: Outcome) -> None:
    headers = _headers(cell)
    model = VERTEX_MODEL if cell.fault.server == "token" else MODEL
    try:
        if cell.kind == "complete":
            client.chat.complete(model=model, messages=HI, http_headers=headers)
        elif cell.kind == "upload":
            client.files.upload(**upload_args(), http_headers=headers)
        else:
            for _ in client.chat.stream(model=model, messages=HI, http_headers=headers):
                out.events += 1
    except Exception as exc:
        out.error = exc


async def _async_call(client: Any, cell: Cell, out: Outcome) -> None:
    headers = _headers(cell)
    model = VERTEX_MODEL if cell.fault.server == "token" else MODEL
    try:
        if cell.kind == "complete":
            await client.chat.complete_async(model=model, messages=HI, http_headers=headers)
        elif cell.kind == "upload":
            await client.files.upload_async(**upload_args(), http_headers=headers)
        else:
            stream = await client.chat.stream_async(model=model, messages=HI, http_headers=headers)
            async for _ in stream:
                out.events += 1
    except Exception as exc:
        out.error = exc


def _checked_out(pool: Any) -> int:
    """Connections of an httpcore pool still busy with a response nobody will read."""
    return sum(1 for c in pool.connections if not (c.is_idle() or c.is_closed()))


def _run(cell: Cell, emu: Emulator, url: str, tmp: Path) -> tuple[list[Outcome], int]:
    fault = cell.fault
    shim = HintShim(fault.shim_retry_after, as_date=fault.shim_as_date)
    timeout = None if fault.timeout_ms is None else fault.timeout_ms / 1000
    outcomes = [Outcome() for _ in range(fault.callers)]

    def make(http: dict[str, Any]) -> Any:
        if fault.server == "token":
            return _vertex(emu, tmp, cell.policy, **http)
        return Mistral(
            api_key=emu.api_key,
            server_url=url,
            retry_config=POLICIES[cell.policy],
            timeout_ms=fault.timeout_ms,
            **http,
        )

    if cell.mode == "sync":
        with httpx.Client(transport=shim, timeout=timeout or 10) as http:
            client = make({"client": http})
            threads = [
                threading.Thread(target=_sync_call, args=(client, cell, out), daemon=True)
                for out in outcomes
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(fault.deadline)
            assert not any(t.is_alive() for t in threads), f"hang: {cell.id}"
            leaked = _checked_out(shim._sync._pool)
        return outcomes, leaked

    async def main() -> int:
        async with httpx.AsyncClient(transport=shim, timeout=timeout or 10) as http:
            client = make({"async_client": http})
            calls = [_async_call(client, cell, out) for out in outcomes]
            await asyncio.wait_for(asyncio.gather(*calls), fault.deadline)
            return _checked_out(shim._async._pool)

    leaked = asyncio.run(main())
    return outcomes, leaked


def _settle(emu: Emulator) -> int:
    """Connections the emulator still holds open (given a moment to see the closes)."""
    for _ in range(500):
        if emu.app.connections.active == 0:
            return 0
        time.sleep(0.01)
    return emu.app.connections.active


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_cell(
    cell: Cell,
    mistral_emulator: Emulator,
    hostile: Hostile,
    closed_port: int,
    sleeps: list[float],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    emu, fault, expect = mistral_emulator, cell.fault, cell.expect
    url = {"hostile": hostile.url, "refused": f"http://127.0.0.1:{closed_port}"}.get(
        fault.server, emu.url
    )
    path = _path(cell.kind)
    if fault.server == "emulator":
        emu.inject(fault.spec, times=fault.times * fault.callers, path=path)
    elif fault.server == "token":
        import httpx as _httpx

        from mistralai_gcp import _google

        monkeypatch.setattr(_google, "TOKEN_TIMEOUT", _httpx.Timeout(0.15))
        emu.inject(fault.spec, times=fault.times, path=TOKEN_PATH)
    hostile.seen.clear()
    monkeypatch.setattr(_sse, "DRAIN_SECONDS", 0.2)

    outcomes, leaked = _run(cell, emu, url, tmp_path)
    assert leaked == 0, f"{cell.id}: a connection left checked out of the pool"

    # Every call ended as the table says, with the events it says first.
    for out in outcomes:
        if expect.error is None:
            assert out.error is None, f"{cell.id}: {out.error!r}"
        else:
            assert isinstance(out.error, expect.error), f"{cell.id}: {out.error!r}"
        if expect.events is not None:
            assert out.events == expect.events
        text = f"{out.error}{out.error!r}"
        assert emu.api_key not in text and "PRIVATE KEY" not in text  # no secret, ever
    # The server saw the attempts the table says, per call.
    if fault.server == "emulator":
        seen = sum(1 for r in emu.requests if r["path"] == path)
    elif fault.server == "hostile":
        seen = hostile.seen[path]
    elif fault.server == "refused":
        seen = len(sleeps) + fault.callers
    else:
        seen = sum(1 for r in emu.requests if r["path"] != TOKEN_PATH)
        assert sum(1 for r in emu.requests if r["path"] == TOKEN_PATH) == 1
    if expect.minimum is None:
        assert seen == expect.attempts * fault.callers, cell.id
    else:
        assert expect.minimum * fault.callers <= seen <= expect.attempts * fault.callers, cell.id
    # Waits: finite, never closer than the policy's first interval, and the hint when fixed.
    backoff = POLICIES[cell.policy].backoff
    floor = 0.0 if backoff is None else backoff.initial_interval / 1000
    assert all(math.isfinite(s) and floor <= s <= 60 for s in sleeps)
    if expect.sleeps is not None:
        assert sleeps == list(expect.sleeps)
    if expect.error is ResponseValidationError:
        error = outcomes[0].error
        assert isinstance(error, ResponseValidationError)
        assert error.raw and error.status_code == 200 and error.validation_message
        assert error.request_id


def test_no_connection_is_left_open_on_the_emulator(mistral_emulator: Emulator) -> None:
    # After every cell (their clients closed), the emulator holds no connection open.
    assert _settle(mistral_emulator) == 0


def test_the_docs_show_this_table() -> None:
    assert DOC.read_text("utf-8") == render(), (
        "docs/fault-matrix.md is stale: python -m tests.reliability.matrix --write"
    )
