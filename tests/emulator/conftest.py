"""Fixtures for the emulator's own tests.

The emulator under test comes from the pytest plugin (``mistral_emulator``: one loopback server
per session, reset before each test). Responses are checked against the repository's contract
file, read here independently of the package's copy.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mistralai_emulator import Contract, Emulator

REPO = Path(__file__).resolve().parents[2]
CONTRACT_FILE = REPO / "shared" / "openapi" / "mistral.yaml"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every emulator test runs with warnings as errors (no ResourceWarning, no stray sockets).
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings("error"))


@pytest.fixture(scope="session")
def contract() -> Contract:
    return Contract(yaml.safe_load(CONTRACT_FILE.read_text("utf-8")))


@pytest.fixture
def emu(mistral_emulator: Emulator) -> Emulator:
    mistral_emulator.job_step = 0.02
    return mistral_emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {emu.api_key}"}
    with httpx.Client(base_url=emu.url, headers=headers, timeout=10) as c:
        yield c


def wait_for(
    fetch: Callable[[], dict[str, Any]], done: Callable[[dict[str, Any]], bool], timeout: float = 5
) -> dict[str, Any]:
    """Poll ``fetch`` until ``done`` holds; return the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.01)


def sse_events(text: str) -> list[str]:
    """The ``data:`` payloads of a server-sent event stream, in order."""
    return [block[len("data: ") :] for block in text.split("\n\n") if block.startswith("data: ")]


CHAT = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hello there"}]}
