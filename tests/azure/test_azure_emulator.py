"""``MistralAzure`` end to end against the emulator on loopback: every shape and credential,
sync and async, complete and stream."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, cast

import httpx
import pytest
from azure.core.credentials import AccessToken as AzureAccessToken

from mistralai_azure import MistralAzure
from mistralai_core._errors import AuthenticationError
from mistralai_emulator import Emulator

MESSAGES = [{"role": "user", "content": "Hello there!"}]


class EmulatorCredential:
    """A ``TokenCredential`` handing out the emulator's Entra token."""

    def __init__(self, token: str) -> None:
        self.token, self.calls = token, 0

    def get_token(self, *scopes: str, **kwargs: Any) -> AzureAccessToken:
        self.calls += 1
        return AzureAccessToken(self.token, int(time.time()) + 3600)


class AsyncEmulatorCredential(EmulatorCredential):
    async def get_token(self, *scopes: str, **kwargs: Any) -> AzureAccessToken:  # type: ignore[override]  # the async protocol
        self.calls += 1
        await asyncio.sleep(0)
        return AzureAccessToken(self.token, int(time.time()) + 3600)


def exercise(client: Any, model: str | None = None) -> list[str]:
    """complete, stream, complete_async, stream_async: the text of each."""
    extra: dict[str, Any] = {} if model is None else {"model": model}
    texts = [
        client.chat.complete(messages=MESSAGES, max_tokens=8, **extra).choices[0].message.content
    ]
    with client.chat.stream(messages=MESSAGES, max_tokens=8, **extra) as stream:
        texts.append("".join(e.data.choices[0].delta.content or "" for e in stream))

    async def main() -> None:
        reply = await client.chat.complete_async(messages=MESSAGES, max_tokens=8, **extra)
        texts.append(reply.choices[0].message.content)
        stream = await client.chat.stream_async(messages=MESSAGES, max_tokens=8, **extra)
        async with stream:
            texts.append("".join([e.data.choices[0].delta.content or "" async for e in stream]))
        await client.aclose()

    asyncio.run(main())
    client.close()
    return [str(t) for t in texts]


def test_serverless_with_a_key(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    client = MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/v1")
    assert client.endpoint_type == "serverless"
    texts = exercise(client)
    assert all(texts) and texts[0] == texts[2]
    assert {r["surface"] for r in emu.requests} == {"azure"}
    assert {r["path"] for r in emu.requests} == {"/v1/chat/completions"}


def test_foundry_with_api_key(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    client = MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/models")
    assert client.endpoint_type == "foundry"
    assert all(exercise(client, model="mistral-small-latest"))
    assert {r["surface"] for r in emu.requests} == {"foundry"}


def test_foundry_with_an_entra_credential(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    credential = EmulatorCredential(emu.entra_token)
    client = MistralAzure(azure_credential=credential, azure_endpoint=emu.url + "/models")
    assert all(exercise(client, model="mistral-small-latest"))
    assert credential.calls == 1  # cached across sync and async calls


def test_foundry_with_an_async_entra_credential(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    credential = AsyncEmulatorCredential(emu.entra_token)
    client: Any = MistralAzure(
        azure_credential=cast(Any, credential), azure_endpoint=emu.url + "/models"
    )

    async def main() -> list[str]:
        out = []
        for _ in range(3):
            reply = await client.chat.complete_async(
                model="mistral-small-latest", messages=MESSAGES
            )
            out.append(reply.choices[0].message.content)
        stream = await client.chat.stream_async(model="mistral-small-latest", messages=MESSAGES)
        async with stream:
            out.append("".join([e.data.choices[0].delta.content or "" async for e in stream]))
        await client.aclose()
        return [str(t) for t in out]

    assert all(asyncio.run(main()))
    assert credential.calls == 1


def test_a_users_httpx_client_gets_path_header_and_api_version(mistral_emulator: Emulator) -> None:
    emu = mistral_emulator
    with httpx.Client(timeout=10, follow_redirects=True) as http:
        client: Any = MistralAzure(
            azure_api_key=emu.azure_api_key,
            azure_endpoint=emu.url + "/models/chat/completions",
            client=http,
        )
        reply = client.chat.complete(model="mistral-small-latest", messages=MESSAGES)
    assert reply.choices[0].message.content
    assert emu.requests[-1]["surface"] == "foundry"


def test_a_wrong_key_is_an_authentication_error(mistral_emulator: Emulator) -> None:
    client = MistralAzure(
        azure_api_key="wrong-key-secret", azure_endpoint=mistral_emulator.url, retry_config=None
    )
    with pytest.raises(AuthenticationError) as caught:
        client.chat.complete(messages=MESSAGES)
    assert "wrong-key-secret" not in str(caught.value)
    client.close()


def test_the_chat_additions_through_the_one_chat_surface(mistral_emulator: Emulator) -> None:
    """json_schema, the newer fields, extra_body and a reasoning model's ThinkChunk, on Azure."""
    from mistralai_azure import models

    emu = mistral_emulator
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    fmt = {"type": "json_schema", "json_schema": {"name": "n", "schema": schema}}
    fields: dict[str, Any] = {"parallel_tool_calls": False, "metadata": {"a": 1}}
    client = MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/models")

    async def both() -> list[Any]:
        replies = [
            client.chat.complete(
                model="mistral-small-latest", messages=MESSAGES, response_format=fmt, **fields
            ),
            await client.chat.complete_async(
                model="magistral-small-latest",
                messages=MESSAGES,
                reasoning_effort="low",
                extra_body={"prompt_cache_key": "k"},
            ),
        ]
        await client.aclose()
        return replies

    structured, reasoned = asyncio.run(both())
    assert json.loads(structured.choices[0].message.content) == {"n": 1}
    first, second = emu.requests
    assert first["json"]["response_format"] == fmt
    assert first["json"]["parallel_tool_calls"] is False and first["json"]["metadata"] == {"a": 1}
    assert second["json"]["reasoning_effort"] == "low"
    assert second["json"]["prompt_cache_key"] == "k"
    assert isinstance(reasoned.choices[0].message.content[0], models.ThinkChunk)
