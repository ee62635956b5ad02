"""The v1 README's usage snippets run unchanged against the emulator.

Each snippet below is the README's text verbatim (with its two typos fixed: ``mistral.utils``
is ``mistralai.utils``, and ``s.models.list(, RetryConfig(...))`` is
``s.models.list(retries=RetryConfig(...))``). The only edit made before running one is the
server: ``server_url=<emulator>`` is added to each ``Mistral(...)`` (or replaces the URL the
snippet names). Some snippets only build a client; a ``CHECK`` suffix then makes one call with
it. Each runs in its own interpreter, as a user's script would, with ``MISTRAL_API_KEY`` set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistralai_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "shared/src", ROOT / "packages/mistralai/src"]

CHAT_SYNC = """
# Synchronous Example
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.chat.complete(model="mistral-small-latest", messages=[
        {
            "content": "Who is the best French painter? Answer in one short sentence.",
            "role": "user",
        },
    ])

    if res is not None:
        # handle response
        pass
"""

CHAT_ASYNC = """
# Asynchronous Example
import asyncio
from mistralai import Mistral
import os

async def main():
    async with Mistral(
        api_key=os.getenv("MISTRAL_API_KEY", ""),
    ) as s:
        res = await s.chat.complete_async(model="mistral-small-latest", messages=[
            {
                "content": "Who is the best French painter? Answer in one short sentence.",
                "role": "user",
            },
        ])

        if res is not None:
            # handle response
            pass

asyncio.run(main())
"""

UPLOAD_SYNC = """
# Synchronous Example
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.files.upload(file={
        "file_name": "example.file",
        "content": open("example.file", "rb"),
    })

    if res is not None:
        # handle response
        pass
"""

UPLOAD_ASYNC = """
# Asynchronous Example
import asyncio
from mistralai import Mistral
import os

async def main():
    async with Mistral(
        api_key=os.getenv("MISTRAL_API_KEY", ""),
    ) as s:
        res = await s.files.upload_async(file={
            "file_name": "example.file",
            "content": open("example.file", "rb"),
        })

        if res is not None:
            # handle response
            pass

asyncio.run(main())
"""

AGENTS_SYNC = """
# Synchronous Example
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.agents.complete(messages=[
        {
            "content": "Who is the best French painter? Answer in one short sentence.",
            "role": "user",
        },
    ], agent_id="<value>")

    if res is not None:
        # handle response
        pass
"""

AGENTS_ASYNC = """
# Asynchronous Example
import asyncio
from mistralai import Mistral
import os

async def main():
    async with Mistral(
        api_key=os.getenv("MISTRAL_API_KEY", ""),
    ) as s:
        res = await s.agents.complete_async(messages=[
            {
                "content": "Who is the best French painter? Answer in one short sentence.",
                "role": "user",
            },
        ], agent_id="<value>")

        if res is not None:
            # handle response
            pass

asyncio.run(main())
"""

EMBEDDINGS_SYNC = """
# Synchronous Example
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.embeddings.create(inputs=[
        "Embed this sentence.",
        "As well as this one.",
    ], model="Wrangler")

    if res is not None:
        # handle response
        pass
"""

EMBEDDINGS_ASYNC = """
# Asynchronous Example
import asyncio
from mistralai import Mistral
import os

async def main():
    async with Mistral(
        api_key=os.getenv("MISTRAL_API_KEY", ""),
    ) as s:
        res = await s.embeddings.create_async(inputs=[
            "Embed this sentence.",
            "As well as this one.",
        ], model="Wrangler")

        if res is not None:
            # handle response
            pass

asyncio.run(main())
"""

STREAM = """
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.chat.stream(model="mistral-small-latest", messages=[
        {
            "content": "Who is the best French painter? Answer in one short sentence.",
            "role": "user",
        },
    ])

    if res is not None:
        with res as event_stream:
            for event in event_stream:
                # handle event
                print(event, flush=True)
"""

RETRIES_PER_CALL = """
from mistralai.utils import BackoffStrategy, RetryConfig
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.models.list(retries=
        RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False))

    if res is not None:
        # handle response
        pass
"""

RETRIES_GLOBAL = """
from mistralai.utils import BackoffStrategy, RetryConfig
from mistralai import Mistral
import os

with Mistral(
    retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False),
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.models.list()

    if res is not None:
        # handle response
        pass
"""

ERRORS = """
from mistralai import Mistral, models
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = None
    try:
        res = s.models.list()

        if res is not None:
            # handle response
            pass

    except models.HTTPValidationError as e:
        # handle e.data: models.HTTPValidationErrorData
        raise(e)
    except models.SDKError as e:
        # handle exception
        raise(e)
"""

SERVER_BY_NAME = """
from mistralai import Mistral
import os

with Mistral(
    server="eu",
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.models.list()

    if res is not None:
        # handle response
        pass
"""

SERVER_URL = """
from mistralai import Mistral
import os

with Mistral(
    server_url="https://api.mistral.ai",
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.models.list()

    if res is not None:
        # handle response
        pass
"""

CUSTOM_CLIENT = """
from mistralai import Mistral
import httpx

http_client = httpx.Client(headers={"x-custom-header": "someValue"})
s = Mistral(client=http_client)
"""

CUSTOM_ASYNC_CLIENT = """
from mistralai import Mistral
from mistralai.httpclient import AsyncHttpClient
import httpx

class CustomClient(AsyncHttpClient):
    client: AsyncHttpClient

    def __init__(self, client: AsyncHttpClient):
        self.client = client

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Union[
            httpx._types.AuthTypes, httpx._client.UseClientDefault, None
        ] = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Union[
            bool, httpx._client.UseClientDefault
        ] = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        request.headers["Client-Level-Header"] = "added by client"

        return await self.client.send(
            request, stream=stream, auth=auth, follow_redirects=follow_redirects
        )

    def build_request(
        self,
        method: str,
        url: httpx._types.URLTypes,
        *,
        content: Optional[httpx._types.RequestContent] = None,
        data: Optional[httpx._types.RequestData] = None,
        files: Optional[httpx._types.RequestFiles] = None,
        json: Optional[Any] = None,
        params: Optional[httpx._types.QueryParamTypes] = None,
        headers: Optional[httpx._types.HeaderTypes] = None,
        cookies: Optional[httpx._types.CookieTypes] = None,
        timeout: Union[
            httpx._types.TimeoutTypes, httpx._client.UseClientDefault
        ] = httpx.USE_CLIENT_DEFAULT,
        extensions: Optional[httpx._types.RequestExtensions] = None,
    ) -> httpx.Request:
        return self.client.build_request(
            method,
            url,
            content=content,
            data=data,
            files=files,
            json=json,
            params=params,
            headers=headers,
            cookies=cookies,
            timeout=timeout,
            extensions=extensions,
        )

s = Mistral(async_client=CustomClient(httpx.AsyncClient()))
"""

AUTH = """
from mistralai import Mistral
import os

with Mistral(
    api_key=os.getenv("MISTRAL_API_KEY", ""),
) as s:
    res = s.models.list()

    if res is not None:
        # handle response
        pass
"""

DEBUG = """
from mistralai import Mistral
import logging

logging.basicConfig(level=logging.DEBUG)
s = Mistral(debug_logger=logging.getLogger("mistralai"))
"""

#: The README leaves these names to the reader; the snippet needs them to define its class.
TYPING_PRELUDE = "from typing import Any, Optional, Union\n"
CHECK_SYNC = "\nprint(s.models.list().object)\n"
CHECK_ASYNC = "\nimport asyncio\nprint(asyncio.run(s.models.list_async()).object)\n"


def with_server(snippet: str, url: str) -> str:
    """Point every ``Mistral(...)`` of ``snippet`` at ``url``; nothing else changes."""
    if "server_url=" in snippet:
        return snippet.replace('"https://api.mistral.ai"', repr(url))
    assert "Mistral(" in snippet
    return snippet.replace("Mistral(", f"Mistral(server_url={url!r}, ")


@pytest.fixture
def readme(
    mistral_emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Emulator]:
    """The emulator, with the README's placeholder embedding model ("Wrangler") known."""
    state = mistral_emulator.app.state
    known = state.capabilities_of

    def capabilities_of(model_id: str) -> dict[str, bool] | None:
        if model_id == "Wrangler":
            return {**(known("mistral-embed") or {}), "embedding": True}
        return known(model_id)

    monkeypatch.setattr(state, "capabilities_of", capabilities_of)
    mistral_emulator.add_agent("<value>")  # the README's placeholder agent id
    (tmp_path / "example.file").write_bytes(b'{"prompt": "hello"}\n')
    yield mistral_emulator
    invalid = [r for r in mistral_emulator.requests if r["valid"] is False]
    assert not invalid, invalid


def run(snippet: str, emu: Emulator, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key_: value
        for key_, value in os.environ.items()
        if key_ not in {"MISTRAL_API_KEY", "MISTRAL_DEBUG"}
    }
    env["MISTRAL_API_KEY"] = emu.api_key
    env["PYTHONPATH"] = os.pathsep.join(map(str, SOURCES))
    done = subprocess.run(
        [sys.executable, "-c", with_server(snippet, emu.url)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done


CALLS = {
    "chat": (CHAT_SYNC, "POST", "/v1/chat/completions"),
    "chat_async": (CHAT_ASYNC, "POST", "/v1/chat/completions"),
    "upload": (UPLOAD_SYNC, "POST", "/v1/files"),
    "upload_async": (UPLOAD_ASYNC, "POST", "/v1/files"),
    "agents": (AGENTS_SYNC, "POST", "/v1/agents/completions"),
    "agents_async": (AGENTS_ASYNC, "POST", "/v1/agents/completions"),
    "embeddings": (EMBEDDINGS_SYNC, "POST", "/v1/embeddings"),
    "embeddings_async": (EMBEDDINGS_ASYNC, "POST", "/v1/embeddings"),
    "stream": (STREAM, "POST", "/v1/chat/completions"),
    "errors": (ERRORS, "GET", "/v1/models"),
    "server_by_name": (SERVER_BY_NAME, "GET", "/v1/models"),
    "server_url": (SERVER_URL, "GET", "/v1/models"),
    "auth": (AUTH, "GET", "/v1/models"),
}


@pytest.mark.parametrize("name", CALLS)
def test_readme_snippet_runs_unchanged(name: str, readme: Emulator, tmp_path: Path) -> None:
    snippet, method, path = CALLS[name]
    run(snippet, readme, tmp_path)
    entry = readme.requests[-1]
    assert (entry["method"], entry["path"], entry["status"]) == (method, path, 200)
    assert entry["valid"] is True
    assert entry["headers"]["authorization"].startswith("Bearer ")


def test_readme_stream_prints_each_event(readme: Emulator, tmp_path: Path) -> None:
    done = run(STREAM, readme, tmp_path)
    lines = done.stdout.splitlines()
    assert len(lines) >= 2 and all(line.startswith("data=") for line in lines)
    assert readme.requests[-1]["json"]["stream"] is True


def test_readme_upload_sends_the_file(readme: Emulator, tmp_path: Path) -> None:
    run(UPLOAD_SYNC, readme, tmp_path)
    assert readme.requests[-1]["json"]["filename"] == "example.file"
    assert readme.requests[-1]["json"]["bytes"] == (tmp_path / "example.file").stat().st_size


@pytest.mark.parametrize("snippet", [RETRIES_PER_CALL, RETRIES_GLOBAL], ids=["per_call", "global"])
def test_readme_retry_snippets_retry_a_503(snippet: str, readme: Emulator, tmp_path: Path) -> None:
    readme.inject("503", path="/v1/models", times=2)
    run(snippet, readme, tmp_path)
    statuses = [r["status"] for r in readme.requests if r["path"] == "/v1/models"]
    assert statuses == [503, 503, 200]


def test_readme_error_handling_reraises_the_sdk_error(readme: Emulator, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MISTRAL_API_KEY": "not-a-valid-key",
        "PYTHONPATH": os.pathsep.join(map(str, SOURCES)),
    }
    done = subprocess.run(
        [sys.executable, "-c", with_server(ERRORS, readme.url)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = with_server(ERRORS, readme.url).splitlines()
    sdk_error_branch = len(lines) - lines[::-1].index("        raise(e)")  # 1-based, last one
    assert f"line {sdk_error_branch}, in <module>" in done.stderr  # `except models.SDKError`
    assert "AuthenticationError" in done.stderr or "SDKError" in done.stderr
    assert [r["status"] for r in readme.requests] == [401]


def test_readme_custom_http_client_is_used(readme: Emulator, tmp_path: Path) -> None:
    run(CUSTOM_CLIENT + CHECK_SYNC, readme, tmp_path)
    assert readme.requests[-1]["headers"]["x-custom-header"] == "someValue"


def test_readme_custom_async_client_wrapper_is_used(readme: Emulator, tmp_path: Path) -> None:
    run(TYPING_PRELUDE + CUSTOM_ASYNC_CLIENT + CHECK_ASYNC, readme, tmp_path)
    assert readme.requests[-1]["headers"]["client-level-header"] == "added by client"


def test_readme_debug_logger_logs_requests_without_the_key(
    readme: Emulator, tmp_path: Path
) -> None:
    done = run(DEBUG + CHECK_SYNC, readme, tmp_path)
    assert "Request: GET" in done.stderr and "Response: 200" in done.stderr
    assert readme.api_key not in done.stderr
