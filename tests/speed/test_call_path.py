"""The per-call path computes once what does not change between calls, with the same results.

``Operation.accept`` is found when the operation is made (also for one derived by
``streaming``); the request context that closes open enums is read on the first request of a
fresh process, where nothing else imported it first.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from mistralai_core._operation import Operation


def test_accept_follows_the_mode_also_when_derived() -> None:
    op: Operation[bytes] = Operation("POST", "/v1/x", parse=bytes)
    assert op.accept == "application/json"
    assert op.streaming(bytes).accept == "text/event-stream"
    assert replace(op, mode="raw").accept == "application/octet-stream"
    assert "accept" not in repr(op)
    assert op == Operation("POST", "/v1/x", parse=bytes)


FRESH = """
import httpx, pydantic
from mistralai import Mistral

sent = []
def handler(request):
    sent.append(request)
    return httpx.Response(200, json={})

client = Mistral(api_key="k", client=httpx.Client(transport=httpx.MockTransport(handler)))
try:
    hi = [{"role": "user", "content": "hi"}]
    client.chat.complete(model="m", messages=hi, tool_choice="autp")
except pydantic.ValidationError as exc:
    assert "chat.complete()" in str(exc) and "tool_choice" in str(exc), exc
    print("rejected", len(sent))
"""


def test_the_first_request_of_a_process_closes_open_enums() -> None:
    out = subprocess.run([sys.executable, "-c", FRESH], check=True, capture_output=True, text=True)
    assert out.stdout.split() == ["rejected", "0"]
