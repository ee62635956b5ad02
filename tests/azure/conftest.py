"""Fixtures for ``MistralAzure``: the source trees on ``sys.path`` and the served emulator."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for _source in ("shared/src", "packages/mistralai/src", "packages/mistralai_azure/src"):
    if str(ROOT / _source) not in sys.path:  # when the distributions are not installed
        sys.path.insert(0, str(ROOT / _source))


@pytest.fixture(autouse=True)
def _no_azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AZURE_API_KEY", "AZURE_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
