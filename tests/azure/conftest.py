"""Fixtures for ``MistralAzure``: the source trees on ``sys.path`` and the served emulator."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistralai_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
for _source in ("shared/src", "packages/mistralai/src", "packages/mistralai_azure/src"):
    if str(ROOT / _source) not in sys.path:  # when the distributions are not installed
        sys.path.insert(0, str(ROOT / _source))


@pytest.fixture(autouse=True)
def _no_azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AZURE_API_KEY", "AZURE_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def _module_emulator() -> Iterator[Emulator]:
    # A server per module rather than the plugin's per-session one: no emulator outlives
    # these tests, because uvicorn's idle loop calls asyncio.sleep, which other test modules
    # monkeypatch globally to record retry delays.
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def mistral_emulator(_module_emulator: Emulator) -> Emulator:
    """The emulator on loopback, reset before each test."""
    _module_emulator.reset()
    return _module_emulator
