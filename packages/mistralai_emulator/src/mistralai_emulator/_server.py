"""``Emulator``: the object tests hold. It serves the app on loopback, or in-process.

Served mode runs uvicorn in a daemon thread on ``127.0.0.1:0`` (a free port) and stops it
cleanly on exit. uvicorn gets a subclass of its h11 protocol that reports each TCP connection to
the app's :class:`~mistralai_emulator._asgi.ConnectionRegistry`: that is how the emulator counts
real connections (so a client's connection reuse can be asserted) and finds the socket to close
for the ``drop``/``cut`` faults. In-process mode (:meth:`Emulator.transport`) needs no server.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import EmulatorApp, EmulatorConfig
from ._asgi import ConnectionRegistry
from ._auth import (
    DEFAULT_API_KEY,
    DEFAULT_AZURE_KEY,
    DEFAULT_ENTRA_TOKEN,
    DEFAULT_VERTEX_TOKEN,
    TOKEN_PATH,
)
from ._faults import FaultRule, parse_faults
from ._transport import AsyncEmulatorTransport, EmulatorTransport

__all__ = ["IN_PROCESS_URL", "Emulator"]

IN_PROCESS_URL = "http://mistral-emulator.local"
"""Base URL to give clients that use the in-process transports (any host works)."""


def _tracking_protocol(registry: ConnectionRegistry) -> type[H11Protocol]:
    class TrackingH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            registry.open(self.client, transport)

        def connection_lost(self, exc: Exception | None) -> None:
            registry.close(self.client)
            super().connection_lost(exc)

    return TrackingH11Protocol


class Emulator:
    """A Mistral API emulator, served on loopback (``with Emulator() as emu``) or in-process.

    ``emu.url`` and ``emu.api_key`` are what a client needs. Defaults: API key
    ``emulator-api-key``, Azure key ``emulator-azure-key``, Entra token ``emulator-entra-token``,
    Vertex token ``emulator-vertex-token``; the OAuth2 token endpoint is ``emu.token_uri``.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        data_dir: str | Path | None = None,
        job_step: float = 0.05,
        token_lifetime: float = 3600.0,
        token_delay: float = 0.0,
        validate_responses: bool = True,
    ) -> None:
        self.host, self.port = host, port
        self.api_key = api_key or DEFAULT_API_KEY
        self.azure_api_key = DEFAULT_AZURE_KEY
        self.entra_token = DEFAULT_ENTRA_TOKEN
        self.vertex_access_token = DEFAULT_VERTEX_TOKEN
        self._defaults = (job_step, token_lifetime, token_delay)
        self.app = EmulatorApp(
            EmulatorConfig(
                data_dir=Path(data_dir) if data_dir is not None else None,
                job_step=job_step,
                validate_responses=validate_responses,
                api_key=api_key,
                token_lifetime=token_lifetime,
                token_delay=token_delay,
            )
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Emulator:
        """Serve on ``host:port`` in a background thread; return once it accepts connections."""
        if self._server is not None:
            return self
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            http=_tracking_protocol(self.app.connections),
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
            ws="none",
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name="mistralai-emulator", daemon=True)
        thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator server failed to start")
            time.sleep(0.01)
        sockname = server.servers[0].sockets[0].getsockname()
        self._server, self._thread = server, thread
        self._url = f"http://{_url_host(self.host)}:{sockname[1]}"
        return self

    def stop(self) -> None:
        """Stop serving (open connections are closed); the state is kept."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._server = self._thread = None
        self._url = None

    def close(self) -> None:
        """Stop serving and delete the temporary data directory."""
        self.stop()
        self.app.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- addresses ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Base URL (``http://127.0.0.1:<port>``); :data:`IN_PROCESS_URL` when not served."""
        return self._url or IN_PROCESS_URL

    @property
    def token_uri(self) -> str:
        return self.url + TOKEN_PATH

    def vertex_url(self, project: str, region: str, model: str, *, stream: bool = False) -> str:
        verb = "streamRawPredict" if stream else "rawPredict"
        return (
            f"{self.url}/v1/projects/{project}/locations/{region}/publishers/mistralai/"
            f"models/{model}:{verb}"
        )

    # -- in-process -----------------------------------------------------------------------------
    def transport(self) -> EmulatorTransport:
        """A sync httpx transport into the app (no socket). Close it (or its client) after use."""
        return EmulatorTransport(self.app)

    def async_transport(self) -> AsyncEmulatorTransport:
        """An async httpx transport into the app, running on the caller's event loop."""
        return AsyncEmulatorTransport(self.app)

    # -- observation ----------------------------------------------------------------------------
    @property
    def requests(self) -> list[dict[str, Any]]:
        """Requests received (admin paths excluded), oldest first, secrets masked."""
        return self.app.log.snapshot()

    @property
    def connections(self) -> int:
        """TCP connections opened since start (or the last reset, minus those still open)."""
        return self.app.connections.opened

    @property
    def token_grants(self) -> int:
        return self.app.credentials.grants

    # -- control --------------------------------------------------------------------------------
    def inject(
        self, fault: str, *, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """Queue a fault (grammar in :mod:`mistralai_emulator._faults`) for matching requests."""
        self.app.faults.add(FaultRule(parse_faults(fault), times, path, method))

    def reset(self) -> None:
        """Clear all state and restore the timing knobs given to the constructor."""
        self.app.reset()
        self.job_step, self.token_lifetime, self.token_delay = self._defaults

    @property
    def job_step(self) -> float:
        return self.app.state.job_step

    @job_step.setter
    def job_step(self, seconds: float) -> None:
        self.app.state.job_step = seconds

    @property
    def token_lifetime(self) -> float:
        return self.app.credentials.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        self.app.credentials.token_lifetime = seconds

    @property
    def token_delay(self) -> float:
        return self.app.credentials.token_delay

    @token_delay.setter
    def token_delay(self, seconds: float) -> None:
        self.app.credentials.token_delay = seconds

    def add_api_key(self, key: str) -> None:
        self.app.credentials.api_keys.add(key)

    def add_azure_key(self, key: str) -> None:
        self.app.credentials.azure_keys.add(key)

    def add_entra_token(self, token: str) -> None:
        self.app.credentials.entra_tokens.add(token)

    def add_vertex_token(self, token: str) -> None:
        self.app.credentials.vertex_tokens.add(token)

    def write_service_account_key(
        self, path: str | Path, *, project_id: str = "emulator-project"
    ) -> Path:
        """Write a Google service-account JSON key whose ``token_uri`` is this emulator.

        google-auth's ``service_account.Credentials.from_service_account_file(path)`` then
        obtains tokens from :attr:`token_uri`; they are valid on the Vertex and Azure surfaces.
        """
        return self.app.credentials.write_key_file(path, self.token_uri, project_id)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
