"""Fixtures for the resource tests: a ``Mistral`` client on the emulator, run sync and async.

``sdk_call("files.retrieve", file_id=...)`` runs a method through the client; the
``flavour`` parameter makes every test that uses it run twice, once with the sync method and
once with its ``_async`` twin (each async call in its own ``asyncio.run``).
"""

from __future__ import annotations

import asyncio
import json
import operator
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mistralai import Mistral
from mistralai_emulator import Emulator

SdkCall = Callable[..., Any]

BATCH_LINE = {"custom_id": "1", "body": {"messages": [{"role": "user", "content": "hi"}]}}
TRAINING_LINE = {
    "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]
}


def jsonl(line: dict[str, Any], count: int) -> bytes:
    """``count`` copies of ``line`` as JSON lines."""
    return (json.dumps(line) + "\n").encode() * count


@pytest.fixture
def emu(mistral_emulator: Emulator) -> Iterator[Emulator]:
    """The session's emulator, reset; every request it received must be contract-valid."""
    yield mistral_emulator
    invalid = [r for r in mistral_emulator.requests if r["valid"] is False]
    assert not invalid, f"the emulator received contract-invalid requests: {invalid}"


@pytest.fixture
def sdk(emu: Emulator) -> Iterator[Mistral]:
    with Mistral(api_key=emu.api_key, server_url=emu.url) as client:
        yield client


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sdk_call(flavour: str, sdk: Mistral) -> SdkCall:
    def run(path: str, /, **kwargs: Any) -> Any:
        owner, name = path.rsplit(".", 1)
        target = operator.attrgetter(owner)(sdk) if owner else sdk
        if flavour == "sync":
            return getattr(target, name)(**kwargs)
        return asyncio.run(getattr(target, f"{name}_async")(**kwargs))

    return run


def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll ``check`` until it returns something truthy (job state machines)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the emulator")
        time.sleep(0.02)
