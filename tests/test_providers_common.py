"""One function, three clients: ``Mistral``, ``MistralAzure`` and ``MistralGoogleCloud`` are
interchangeable for code that only chats, because all three are the same core with a different
provider. Also: the provider SDKs' credential libraries stay out of ``import mistralai``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest

from mistralai import Mistral
from mistralai_azure import MistralAzure
from mistralai_core import ClientCore, EventStream, EventStreamAsync, Provider, RequestSpec
from mistralai_core._client import SDKClient
from mistralai_core._completions import Chat
from mistralai_core._errors import AuthenticationError
from mistralai_core._operation import SubResource
from mistralai_emulator import Emulator
from mistralai_gcp import MistralGoogleCloud
from tests.conftest import chunk

E = TypeVar("E")

MODEL = "mistral-small-latest"


def ask(client: Any) -> str:
    """Written once, for any of the three clients."""
    reply = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": "Hi!"}])
    return str(reply.choices[0].message.content)


async def ask_async(client: Any) -> str:
    reply = await client.chat.complete_async(
        model=MODEL, messages=[{"role": "user", "content": "Hi!"}]
    )
    return str(reply.choices[0].message.content)


def clients(emu: Emulator, **kwargs: Any) -> dict[str, Any]:
    return {
        "mistral": Mistral(api_key=emu.api_key, server_url=emu.url, **kwargs),
        "azure-serverless": MistralAzure(
            azure_api_key=emu.azure_api_key, azure_endpoint=emu.url, **kwargs
        ),
        "azure-foundry": MistralAzure(
            azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/models", **kwargs
        ),
        "vertex": MistralGoogleCloud(
            project_id="proj", access_token=emu.vertex_access_token, server_url=emu.url, **kwargs
        ),
    }


def test_ask_works_unchanged_with_all_three_clients(mistral_emulator: Emulator) -> None:
    answers = {}
    for name, client in clients(mistral_emulator).items():
        with client:
            answers[name] = ask(client)
    assert all(answers.values()), answers
    # The emulator answers deterministically: the same question, the same answer everywhere.
    assert len(set(answers.values())) == 1
    surfaces = [r["surface"] for r in mistral_emulator.requests]
    assert surfaces == ["mistral", "azure", "foundry", "vertex"]


def test_ask_async_works_unchanged_with_all_three_clients(mistral_emulator: Emulator) -> None:
    async def main() -> list[str]:
        out = []
        for client in clients(mistral_emulator).values():
            async with client:
                out.append(await ask_async(client))
        return out

    assert all(asyncio.run(main()))


def test_same_errors_and_no_secrets_in_logs(
    mistral_emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("test.providers")
    logger.setLevel(logging.DEBUG)
    secret = "not-a-valid-key-0123456789"
    options: dict[str, Any] = {"debug_logger": logger, "retry_config": None}
    url = mistral_emulator.url
    bad = {
        "mistral": Mistral(api_key=secret, server_url=url, **options),
        "azure": MistralAzure(azure_api_key=secret, azure_endpoint=url + "/models", **options),
        "vertex": MistralGoogleCloud("r", "p", secret, server_url=url, **options),
    }
    with caplog.at_level(logging.DEBUG, logger="test.providers"):
        for client in bad.values():
            with client, pytest.raises(AuthenticationError) as caught:
                ask(client)
            assert secret not in str(caught.value) + repr(client)
    assert caplog.text.count("Response: 401") == 3
    assert secret not in caplog.text


def test_import_mistralai_imports_no_cloud_sdk() -> None:
    code = textwrap.dedent(
        """
        import sys
        before = set(sys.modules)  # google-auth's old *-nspkg.pth imports "google" at startup
        import mistralai
        from mistralai import Mistral
        Mistral(api_key="k").chat
        import mistralai_gcp, mistralai_azure
        from mistralai_gcp import MistralGoogleCloud
        from mistralai_azure import MistralAzure
        MistralGoogleCloud(project_id="p", access_token="t")
        MistralAzure(azure_api_key="k", azure_endpoint="https://x.models.ai.azure.com")
        new = set(sys.modules) - before
        loaded = sorted(m for m in new if m.startswith(("google", "azure")))
        print(loaded)
        assert not loaded, loaded
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- a new provider is a new package: every hook it needs is declared on Provider ----------


@dataclass(frozen=True, slots=True)
class LinesProvider(Provider):
    """A made-up backend whose streams are JSON lines, not server-sent events."""

    auth: httpx.Auth | None
    prepared: list[str]

    def resolve(self, spec: RequestSpec) -> None:
        spec.path = "/lines" + spec.path

    async def prepare_async(self) -> None:
        self.prepared.append("prepared")

    def open_stream(self, response: httpx.Response, parse: Callable[[bytes], E]) -> EventStream[E]:
        return LinesStream(response, parse)

    def open_stream_async(
        self, response: httpx.Response, parse: Callable[[bytes], E]
    ) -> EventStreamAsync[E]:
        return LinesStreamAsync(response, parse)


class LinesStream(EventStream[E]):
    def _events(self) -> Iterator[E]:
        try:
            for line in self.response.iter_lines():
                if line:
                    yield self._decode(line.encode())
        finally:
            self.response.close()


class LinesStreamAsync(EventStreamAsync[E]):
    async def _events(self) -> AsyncIterator[E]:
        try:
            async for line in self.response.aiter_lines():
                if line:
                    yield self._decode(line.encode())
        finally:
            await self.response.aclose()


class LinesClient(SDKClient):
    chat: SubResource[Chat] = SubResource("mistralai_core._completions:Chat")

    def __init__(self, transport: httpx.MockTransport, prepared: list[str]) -> None:
        self._core = ClientCore(
            provider=LinesProvider(None, prepared),
            server_url="https://lines.test",
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
        )


def test_a_provider_with_its_own_stream_framing_needs_no_core_change() -> None:
    chunks = [chunk("Hel"), chunk("lo", finish="stop")]
    body = "".join(json.dumps(c) + "\n" for c in chunks).encode()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body)

    prepared: list[str] = []
    client = LinesClient(httpx.MockTransport(handler), prepared)
    hi = [{"role": "user", "content": "hi"}]
    with client.chat.stream(model=MODEL, messages=hi) as events:
        text = [e.data.choices[0].delta.content for e in events]
    assert text == ["Hel", "lo"]
    assert prepared == []  # sync calls never await prepare_async

    async def main() -> list[Any]:
        events = await client.chat.stream_async(model=MODEL, messages=hi)
        return [e.data.choices[0].delta.content async for e in events]

    assert asyncio.run(main()) == ["Hel", "lo"]
    assert prepared == ["prepared"]  # awaited once per async call, before resolve
    assert [r.url.path for r in seen] == ["/lines/v1/chat/completions"] * 2
    assert json.loads(seen[0].content)["stream"] is True


def test_the_default_hooks_are_sse_and_no_preparation() -> None:
    provider = Mistral(api_key="k")._core.provider
    assert type(provider).open_stream is Provider.open_stream
    assert asyncio.run(provider.prepare_async()) is None
    response = httpx.Response(200, content=b'data: {"a": 1}\n\ndata: [DONE]\n\n')
    assert list(provider.open_stream(response, json.loads)) == [{"a": 1}]
