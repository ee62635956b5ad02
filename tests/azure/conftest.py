"""Fixtures for ``MistralAzure``: no Azure settings leak in from the environment.

The emulator is the plugin's ``mistral_emulator`` (see ``tests/conftest.py``).
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AZURE_API_KEY", "AZURE_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
