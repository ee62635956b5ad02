"""Fixtures for the reliability tests: the emulator on loopback, a hint shim, attempt counts.

The emulator (``mistral_emulator``, from its pytest plugin) scripts most faults and counts
requests and TCP connections; :mod:`._hostile` serves the few it cannot. Retry waits are
recorded through the SDK's sleep seam (``sleeps``) unless a test needs real time.
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest

from mistralai_emulator import Emulator

CHAT_PATH = "/v1/chat/completions"
FILES_PATH = "/v1/files"
MODEL = "mistral-small-latest"
HI = [{"role": "user", "content": "hi"}]


def attempts(emu: Emulator, path: str = CHAT_PATH) -> int:
    """Requests the emulator received on ``path``."""
    return sum(1 for r in emu.requests if r["path"] == path)


class HintShim(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a real transport and rewrites one header of error responses, nothing else.

    The emulator's 5xx faults carry no ``Retry-After`` and its rate limits give seconds
    only; this adds ``retry_after`` to a 503 without one, or turns a numeric
    ``Retry-After`` into an HTTP date that many seconds ahead (``as_date``).
    """

    def __init__(self, retry_after: str | None = None, *, as_date: bool = False) -> None:
        self.retry_after, self.as_date = retry_after, as_date
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _fix(self, response: httpx.Response) -> httpx.Response:
        if response.status_code == 503 and self.retry_after is not None:
            response.headers.setdefault("retry-after", self.retry_after)
        value = response.headers.get("retry-after")
        if self.as_date and value is not None:
            when = time.time() + float(value)
            response.headers["retry-after"] = email.utils.formatdate(when, usegmt=True)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._fix(self._sync.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._fix(await self._async.handle_async_request(request))

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@pytest.fixture
def emu(mistral_emulator: Emulator) -> Emulator:
    return mistral_emulator


def upload_args() -> dict[str, Any]:
    return {"file": {"file_name": "data.jsonl", "content": b'{"a": 1}\n'}}
