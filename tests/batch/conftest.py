"""Fixtures for long work (pages, files, jobs, batches): the resource tests' emulator fixtures."""

from __future__ import annotations

from tests.mistralai.conftest import emu, flavour, sdk, sdk_call

__all__ = ["emu", "flavour", "sdk", "sdk_call"]
