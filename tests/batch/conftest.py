"""Fixtures for long work (pages, files, jobs, batches): the resource tests' emulator fixtures."""

from __future__ import annotations

import pytest

from tests.mistralai.conftest import emu, flavour, sdk, sdk_call


@pytest.fixture(autouse=True)
def _no_env_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MISTRAL_BASE_URL", "MISTRAL_LOG"):
        monkeypatch.delenv(name, raising=False)


__all__ = ["emu", "flavour", "sdk", "sdk_call"]
