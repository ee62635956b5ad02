"""A minimal keep-alive HTTP/1.1 server on loopback that answers like the chat endpoint.

Benchmarks compare the SDK with raw httpx against the same server, so the server must cost
as little as possible per request (no framework, no validation): canned bytes, in a separate
process so it doesn't share the client's GIL. ``stream: true`` in the body gets an SSE stream
of ``EVENTS`` chunks; anything else gets one chat completion.

Run: ``python benchmarks/server.py PORT_FILE [EVENTS]``; it writes its port to PORT_FILE.
``EVENTS`` (default 50,000, the full-size run of DEVELOPERS.md) sets the stream's length.
"""

from __future__ import annotations

import asyncio
import json
import sys

EVENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
COMPLETION = json.dumps(
    {
        "id": "cmpl-bench",
        "object": "chat.completion",
        "model": "mistral-small-latest",
        "created": 1702256327,
        "usage": {"prompt_tokens": 16, "completion_tokens": 34, "total_tokens": 50},
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {
                    "role": "assistant",
                    "content": "Claude Monet is often cited as the best French painter.",
                    "tool_calls": None,
                    "prefix": False,
                },
            }
        ],
    }
).encode()


def _chunk(i: int) -> bytes:
    chunk = {
        "id": "cmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1702256327,
        "model": "mistral-small-latest",
        "choices": [{"index": 0, "delta": {"content": f"word{i} "}, "finish_reason": None}],
    }
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


STREAM = b"".join(_chunk(i) for i in range(EVENTS)) + b"data: [DONE]\n\n"


def _response(body: bytes, content_type: bytes) -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: "
        + content_type
        + b"\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\nx-request-id: bench\r\n\r\n"
    )
    return head + body


JSON_REPLY = _response(COMPLETION, b"application/json")
STREAM_REPLY = _response(STREAM, b"text/event-stream")


class Handler(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            marker = head.find(b"content-length:")
            if marker >= 0:
                line_end = head.find(b"\r\n", marker)
                length = int(head[marker + 15 : line_end if line_end >= 0 else None])
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            streaming = b'"stream":true' in body or b'"stream": true' in body
            assert self.transport is not None
            self.transport.write(STREAM_REPLY if streaming else JSON_REPLY)


async def main(port_file: str) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Handler, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    with open(port_file, "w") as f:
        f.write(str(port))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
