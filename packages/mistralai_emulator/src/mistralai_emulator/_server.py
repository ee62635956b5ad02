"""``Emulator``: the object tests hold. It serves the app on loopback, or in-process.

Served mode runs uvicorn in a daemon thread on ``127.0.0.1:0`` (a free port) and stops it
cleanly on exit. uvicorn gets a subclass of its h11 protocol that reports each TCP connection to
the app's :class:`~mistralai_emulator._asgi.ConnectionRegistry`: that is how the emulator counts
real connections (so a client's connection reuse can be asserted) and finds the socket to close
for the ``drop``/``cut`` faults. In-process mode (:meth:`Emulator.transport`) needs no server.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
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
from ._catalog import DEFAULT_CAPABILITIES, ModelSpec, load_models, spec_of
from ._faults import FaultRule, parse_faults
from ._state import Agent
from ._transport import AsyncEmulatorTransport, EmulatorTransport

__all__ = ["IN_PROCESS_URL", "Emulator", "PortInUseError"]

logger = logging.getLogger("mistralai_emulator")

ModelsArg = str | Path | Iterable[ModelSpec | Mapping[str, Any]]
"""A models file (JSON), or model entries (``ModelSpec`` or dicts in the file's shape)."""


class PortInUseError(OSError):
    """The address to serve on is taken (raised by :meth:`Emulator.start`)."""


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
        models: ModelsArg | None = None,
        agents: Iterable[str | Agent] = (),
        service_account_key: str | Path | None = None,
    ) -> None:
        """``models`` adds to the shipped catalogue (same id: replaces the entry); ``agents``
        are the agent ids (or :class:`Agent`) ``/v1/agents/completions`` accepts;
        ``service_account_key`` is where :meth:`start` writes a Google key file whose token
        endpoint is this emulator (for ``GOOGLE_APPLICATION_CREDENTIALS``)."""
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
                models=_model_specs(models),
                agents=[a if isinstance(a, Agent) else Agent(a) for a in agents],
            )
        )
        self.service_account_key = service_account_key
        self._transports_made = 0
        self._hinted = False
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Emulator:
        """Serve on ``host:port`` in a background thread; return once it accepts connections."""
        if self._server is not None:
            return self
        sock = _bind(self.host, self.port)
        config = uvicorn.Config(
            self.app,
            http=_tracking_protocol(self.app.connections),
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
            ws="none",
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="mistralai-emulator", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError("the emulator server failed to start")
            time.sleep(0.01)
        sockname = sock.getsockname()
        self._server, self._thread = server, thread
        self._url = f"http://{_url_host(self.host)}:{sockname[1]}"
        if self.service_account_key is not None:
            self.write_service_account_key(self.service_account_key)
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
        try:
            return self.start()
        except BaseException:
            self.close()  # ``with`` will not call __exit__: clean up the data directory here
            raise

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
        """Base URL (``http://127.0.0.1:<port>``); :data:`IN_PROCESS_URL` when not served.

        Read before the emulator serves and before any in-process transport exists, it logs a
        hint (once): that URL only works through :meth:`transport` / :meth:`async_transport`.
        """
        if self._url is None and not self._transports_made and not self._hinted:
            self._hinted = True
            logger.warning(
                "Emulator not serving: %s is reachable only through emu.transport() or "
                "emu.async_transport() (in-process mode). To serve on loopback, use "
                "`with Emulator() as emu:` or emu.start().",
                IN_PROCESS_URL,
            )
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
        self._transports_made += 1
        return EmulatorTransport(self.app)

    def async_transport(self) -> AsyncEmulatorTransport:
        """An async httpx transport into the app, running on the caller's event loop."""
        self._transports_made += 1
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

    def add_model(
        self,
        model_id: str,
        capabilities: Sequence[str] = DEFAULT_CAPABILITIES,
        *,
        aliases: Sequence[str] = (),
        max_context_length: int = 32768,
    ) -> ModelSpec:
        """Serve one more model until the next :meth:`reset` (capability names as in the
        catalogue: completion_chat, completion_fim, function_calling, vision, fine_tuning,
        embedding, moderation). Models given to the constructor survive resets."""
        spec = spec_of(
            model_id, capabilities, aliases=aliases, max_context_length=max_context_length
        )
        self.app.state.catalog.add([spec])
        return spec

    def add_agent(
        self,
        agent_id: str,
        *,
        model: str = "mistral-large-latest",
        instructions: str | None = None,
    ) -> Agent:
        """Accept ``agent_id`` on ``/v1/agents/completions`` until the next :meth:`reset`."""
        return self.app.state.add_agent(Agent(agent_id, model, instructions))

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


def _model_specs(models: ModelsArg | None) -> list[ModelSpec]:
    if models is None:
        return []
    if isinstance(models, (str, Path)):
        return load_models(models)
    return [m if isinstance(m, ModelSpec) else ModelSpec.from_json(m) for m in models]


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so a taken port is one clear error, not a traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUseError(
                exc.errno,
                f"port {port} on {host} is already in use (another emulator?); "
                "choose another port, or 0 for a free one",
            ) from None
        raise
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
