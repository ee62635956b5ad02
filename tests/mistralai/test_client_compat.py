"""v1 compatibility: import paths, a v1-style custom HTTP client, and a cheap ``import``."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import httpx

from tests.conftest import API_KEY, CHAT_OK, MODEL, ROOT, FakeAPI

HI = [{"role": "user", "content": "hi"}]


def test_v1_import_paths() -> None:
    from mistralai import Mistral, models
    from mistralai.httpclient import AsyncHttpClient, HttpClient
    from mistralai.types import UNSET
    from mistralai.utils import BackoffStrategy, RetryConfig

    assert issubclass(models.HTTPValidationError, models.SDKError)
    assert models.UserMessage(content="hi").role == "user"
    assert RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False).strategy == "backoff"
    with httpx.Client() as client:
        assert isinstance(client, HttpClient) and not isinstance(object(), HttpClient)
    assert isinstance(httpx.AsyncClient(), AsyncHttpClient)  # never opened: nothing to close
    assert repr(UNSET) == "UNSET"
    assert Mistral.__name__ == "Mistral"


def test_errors_are_importable_from_the_package_root() -> None:
    import mistralai
    from mistralai import models

    assert mistralai.SDKError is models.SDKError
    assert mistralai.HTTPValidationError is models.HTTPValidationError
    assert issubclass(models.APITimeoutError, mistralai.APIConnectionError)


# The v1 README's custom client, verbatim but for the type hints.


def make_custom_clients() -> tuple[type, type]:
    from mistralai.httpclient import AsyncHttpClient, HttpClient

    class CustomClient(HttpClient):
        client: HttpClient

        def __init__(self, client: HttpClient):
            self.client = client

        def send(
            self,
            request: httpx.Request,
            *,
            stream: bool = False,
            auth: Any = httpx.USE_CLIENT_DEFAULT,
            follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        ) -> httpx.Response:
            request.headers["Client-Level-Header"] = "added by client"
            return self.client.send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )

        def build_request(
            self,
            method: str,
            url: Any,
            *,
            content: Any = None,
            data: Any = None,
            files: Any = None,
            json: Any = None,
            params: Any = None,
            headers: Any = None,
            cookies: Any = None,
            timeout: Any = httpx.USE_CLIENT_DEFAULT,
            extensions: Any = None,
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

    class CustomAsyncClient(AsyncHttpClient):
        client: AsyncHttpClient

        def __init__(self, client: AsyncHttpClient):
            self.client = client

        async def send(
            self,
            request: httpx.Request,
            *,
            stream: bool = False,
            auth: Any = httpx.USE_CLIENT_DEFAULT,
            follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        ) -> httpx.Response:
            request.headers["Client-Level-Header"] = "added by client"
            return await self.client.send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )

        def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
            return self.client.build_request(method, url, **kwargs)

    return CustomClient, CustomAsyncClient


def test_v1_custom_client_adds_its_header(
    api: FakeAPI, http: httpx.Client, http_async: httpx.AsyncClient, mode: str
) -> None:
    from mistralai import Mistral

    custom_sync, custom_async = make_custom_clients()
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    with Mistral(
        api_key=API_KEY, client=custom_sync(http), async_client=custom_async(http_async)
    ) as client:
        if mode == "sync":
            reply = client.chat.complete(model=MODEL, messages=HI)
        else:
            reply = asyncio.run(client.chat.complete_async(model=MODEL, messages=HI))
    assert reply.choices and reply.choices[0].message.content == "hello"
    (request,) = api.seen
    assert request.headers["client-level-header"] == "added by client"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert not http.is_closed


def test_import_mistralai_loads_neither_pydantic_nor_httpx() -> None:
    code = (
        "import sys, mistralai\n"
        "from mistralai import models\n"
        "loaded = sorted(m for m in ('pydantic', 'httpx') if m in sys.modules)\n"
        "print(','.join(loaded) or 'none')\n"
    )
    path = os.pathsep.join([str(ROOT / "shared/src"), str(ROOT / "packages/mistralai/src")])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "none"
