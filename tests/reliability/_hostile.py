"""A tiny loopback server for the few faults the emulator does not script.

Each request says what to do in its ``x-hostile`` header (the test sets it per call):

* ``cut-body``: a JSON answer whose ``Content-Length`` promises more than is sent, then EOF;
* ``stall-after=<k>``: a stream of ``k`` events, then silence (the connection stays open);
* ``done-stall``: three events and ``[DONE]``, then silence instead of the body's end;
* ``bad-event=<k>``: ``k`` good events, then one that does not fit the model, then ``[DONE]``.

Otherwise it answers like the API: a completion, or a stream of three events and ``[DONE]``.
``seen`` counts requests per path; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.conftest import CHAT_OK, chunk, sse

UPLOAD_OK: dict[str, Any] = {
    "id": "file-1",
    "object": "file",
    "bytes": 5,
    "created_at": 1700000000,
    "filename": "data.jsonl",
    "purpose": "fine-tune",
    "sample_type": "instruct",
    "source": "upload",
}


class Hostile:
    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.release = threading.Event()  # set at shutdown: stalled handlers return
        self.url = ""


def _handler(state: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            self.rfile.read(int(self.headers.get("content-length", 0)))
            with state.lock:
                state.seen[self.path] += 1
            how = self.headers.get("x-hostile", "")
            name, _, value = how.partition("=")
            stream = "text/event-stream" in self.headers.get("accept", "")
            if name == "cut-body":
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", "4096")
                self.end_headers()
                self.wfile.write(json.dumps(CHAT_OK).encode()[:40])
                self.wfile.flush()
                self.close_connection = True
                return None
            if stream:
                return self._stream(name, value)
            body = UPLOAD_OK if self.path.startswith("/v1/files") else CHAT_OK
            return self._send(200, json.dumps(body).encode(), {})

        def _stream(self, name: str, value: str) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.send_header("x-request-id", "req-hostile")
            self.end_headers()
            count = int(value or 3)
            for i in range(count):
                self._chunk(sse(chunk(f"w{i}"), done=False))
            if name == "stall-after":
                state.release.wait(10)  # bounded: the client's read timeout fires first
                self.close_connection = True
                return
            if name == "bad-event":
                self._chunk(b'data: {"choices": "not a list"}\n\n')
            self._chunk(b"data: [DONE]\n\n")
            if name == "done-stall":
                state.release.wait(10)
                self.close_connection = True
                return
            self._chunk(b"")

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.send_header("x-request-id", "req-hostile")
            for key, val in headers.items():
                self.send_header(key, val)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up (its timeout fired, a stream was abandoned) is expected


@contextmanager
def hostile_server() -> Iterator[Hostile]:
    state = Hostile()
    server = _Server(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join()
