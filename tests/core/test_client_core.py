"""``ClientCore`` on its own, with a stub provider: multipart uploads and their retries."""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any

import httpx
import pytest

from mistralai_core import Call, ClientCore, Operation, Provider, RequestSpec, SDKError

UPLOAD = Operation("POST", "/v1/files", parse=json.loads, multipart=True, operation_id="upload")


class StubProvider(Provider):
    auth = None

    def resolve(self, spec: RequestSpec) -> None:
        spec.headers["X-Resolved"] = "yes"


class OneWayStream(io.RawIOBase):
    """A readable file that cannot seek back (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.fixture
def core(http: httpx.Client, http_async: httpx.AsyncClient, sleeps: list[float]) -> ClientCore:
    return ClientCore(
        provider=StubProvider(),
        server_url="https://files.test/",
        client=http,
        async_client=http_async,
    )


def send(core: ClientCore, mode: str, call: Call) -> Any:
    if mode == "sync":
        return core.request(UPLOAD, call)
    return asyncio.run(core.request_async(UPLOAD, call))


def upload(content: Any) -> Call:
    return Call({"file": {"file_name": "data.jsonl", "content": content}, "purpose": "batch"})


def test_upload_is_multipart_with_file_and_purpose(core: ClientCore, api: Any, mode: str) -> None:
    api.replies.append(httpx.Response(200, json={"id": "f1"}))
    assert send(core, mode, upload(b'{"a": 1}\n')) == {"id": "f1"}
    request = api.seen[0]
    assert str(request.url) == "https://files.test/v1/files"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["x-resolved"] == "yes"
    assert b'name="file"; filename="data.jsonl"' in request.content
    assert b'{"a": 1}\n' in request.content
    assert b'name="purpose"\r\n\r\nbatch' in request.content


def test_upload_from_a_seekable_file_is_retried_with_the_same_body(
    core: ClientCore, api: Any, mode: str, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(503), httpx.Response(200, json={"id": "f1"})]
    send(core, mode, upload(io.BytesIO(b"payload")))
    assert len(api.seen) == 2
    assert b"\r\n\r\npayload\r\n" in _file_part(api.seen[1])
    assert _file_part(api.seen[0]) == _file_part(api.seen[1])


def test_upload_from_a_one_way_stream_is_not_retried(
    core: ClientCore, api: Any, mode: str, sleeps: list[float]
) -> None:
    api.replies += [httpx.Response(503), httpx.Response(200, json={"id": "f1"})]
    with pytest.raises(SDKError) as info:
        send(core, mode, upload(io.BufferedReader(OneWayStream(b"payload"))))
    assert info.value.status_code == 503
    assert len(api.seen) == 1 and sleeps == []


def _file_part(request: httpx.Request) -> bytes:
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    return next(p for p in request.content.split(boundary) if b'name="file"' in p)
