"""The ``mistralai`` command, run as a subprocess against the session's emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from mistralai_emulator import Emulator
from tests.mistralai.conftest import emu

__all__ = ["Cli", "cli", "emu"]

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(emu: Emulator) -> Cli:
    """``cli("models", "list", input=..., env={...})``: the command's completed process.

    The key and the server come from the environment, as a user's shell gives them.
    """

    def run(
        *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
        environment.update({"MISTRAL_API_KEY": emu.api_key, "MISTRAL_BASE_URL": emu.url})
        environment.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "mistralai._cli", *args],
            input=input,
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
        )

    return run
