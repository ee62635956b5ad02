"""Command line: serve the emulator on loopback until interrupted.

The first stdout line is ``Mistral emulator listening on <url>``, so scripts (and the CLI test)
can read the URL even with ``--port 0``; the following lines give the credentials to use.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._server import Emulator, PortInUseError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mistralai-emulator", description="Serve a local Mistral AI API emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port; 0 picks a free one")
    parser.add_argument("--data-dir", default=None, help="file storage (default: a temp dir)")
    parser.add_argument(
        "--api-key", default=None, help="API key to accept (default: emulator-api-key)"
    )
    parser.add_argument(
        "--job-step",
        type=float,
        default=1.0,
        help="seconds per batch/fine-tuning state transition (default: 1)",
    )
    parser.add_argument(
        "--token-lifetime",
        type=float,
        default=3600.0,
        help="seconds issued OAuth2 tokens stay valid (default: 3600)",
    )
    parser.add_argument(
        "--token-delay",
        type=float,
        default=0.0,
        help="seconds the token endpoint waits before answering",
    )
    parser.add_argument(
        "--models",
        metavar="FILE",
        default=None,
        help="JSON file of extra models (the shape of the shipped models.json)",
    )
    parser.add_argument(
        "--agent",
        action="append",
        default=[],
        metavar="ID",
        help="an agent id /v1/agents/completions accepts (repeatable)",
    )
    parser.add_argument(
        "--service-account-key",
        metavar="PATH",
        default=None,
        help="write a Google service-account key file there whose token endpoint is this "
        "emulator (then GOOGLE_APPLICATION_CREDENTIALS=PATH)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        emu = Emulator(
            host=args.host,
            port=args.port,
            api_key=args.api_key,
            data_dir=args.data_dir,
            job_step=args.job_step,
            token_lifetime=args.token_lifetime,
            token_delay=args.token_delay,
            models=args.models,
            agents=args.agent,
            service_account_key=args.service_account_key,
        )
    except ValueError as exc:  # a bad --models file: one line, no traceback
        print(f"mistralai-emulator: {exc}", file=sys.stderr)
        return 2
    try:
        emu.start()
    except PortInUseError as exc:
        emu.close()
        print(f"mistralai-emulator: {exc.strerror}", file=sys.stderr)
        return 1
    with emu:
        print(f"Mistral emulator listening on {emu.url}")
        print(f"API key (Authorization: Bearer): {emu.api_key}")
        print(f"Azure key (Bearer on /v1, api-key on /models): {emu.azure_api_key}")
        print(f"Entra token (Bearer on /models): {emu.entra_token}")
        print(f"Vertex access token (Bearer): {emu.vertex_access_token}")
        print(f"OAuth2 token endpoint: {emu.token_uri}")
        if args.service_account_key:
            print(
                f"Service-account key (GOOGLE_APPLICATION_CREDENTIALS): {args.service_account_key}"
            )
        print("Press Ctrl+C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    print("Stopped.", file=sys.stderr)
    return 0
