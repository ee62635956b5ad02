"""A local emulator of the Mistral AI API, its Azure and Vertex surfaces, for tests.

It speaks the published contract (``mistral.yaml``, shipped in this package) and imports
nothing from the SDK, so a bug in the SDK's models cannot hide behind the same bug here.

Three ways to use it::

    with Emulator() as emu:                       # uvicorn on 127.0.0.1:<free port>
        httpx.post(f"{emu.url}/v1/chat/completions",
                   headers={"Authorization": f"Bearer {emu.api_key}"}, json=...)

    def test_x(mistral_emulator): ...             # pytest fixture (plugin `pytest11`)

    emu = Emulator()                              # in-process, no socket
    httpx.Client(transport=emu.transport(), base_url=emu.url)

or from the shell: ``python -m mistralai_emulator --port 8080``.
"""

from importlib import metadata as _metadata

from ._app import EmulatorApp, EmulatorConfig
from ._auth import (
    DEFAULT_API_KEY,
    DEFAULT_AZURE_KEY,
    DEFAULT_ENTRA_TOKEN,
    DEFAULT_VERTEX_TOKEN,
    TOKEN_PATH,
)
from ._catalog import ModelSpec
from ._contract import ERRATA, Contract, Erratum, load_contract
from ._faults import Fault, FaultError, parse_faults
from ._server import IN_PROCESS_URL, Emulator, PortInUseError
from ._state import Agent
from ._transport import AsyncEmulatorTransport, EmulatorTransport

__version__ = _metadata.version("mistralai-emulator")  # set at build time from the one version

__all__ = [
    "Agent",
    "DEFAULT_API_KEY",
    "DEFAULT_AZURE_KEY",
    "DEFAULT_ENTRA_TOKEN",
    "DEFAULT_VERTEX_TOKEN",
    "ERRATA",
    "IN_PROCESS_URL",
    "TOKEN_PATH",
    "AsyncEmulatorTransport",
    "Contract",
    "Emulator",
    "EmulatorApp",
    "EmulatorConfig",
    "EmulatorTransport",
    "Erratum",
    "Fault",
    "FaultError",
    "ModelSpec",
    "PortInUseError",
    "load_contract",
    "parse_faults",
]
