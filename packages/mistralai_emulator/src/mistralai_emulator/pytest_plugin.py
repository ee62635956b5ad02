"""pytest plugin (entry point ``pytest11``): emulator fixtures.

* ``mistral_emulator``: a served :class:`~mistralai_emulator.Emulator` (loopback socket),
  shared by the session and reset before each test, so tests stay independent and fast;
* ``mistral_emulator_server``: the session-scoped server itself (no reset);
* ``mistral_emulator_inprocess``: a fresh, unserved emulator per test, for the in-process
  transports (``emu.transport()``, ``emu.async_transport()``).

Imports are deferred to fixture time: the plugin is loaded by every pytest run in the
environment and must not slow down or break runs that never use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import Emulator


@pytest.fixture(scope="session")
def mistral_emulator_server() -> Iterator[Emulator]:
    from ._server import Emulator

    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def mistral_emulator(mistral_emulator_server: Emulator) -> Emulator:
    mistral_emulator_server.reset()
    return mistral_emulator_server


@pytest.fixture
def mistral_emulator_inprocess() -> Iterator[Emulator]:
    from ._server import Emulator

    emulator = Emulator()
    try:
        yield emulator
    finally:
        emulator.close()
