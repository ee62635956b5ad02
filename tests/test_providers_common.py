"""One function, three clients: ``Mistral``, ``MistralAzure`` and ``MistralGoogleCloud`` are
interchangeable for code that only chats, because all three are the same core with a different
provider. Also: the provider SDKs' credential libraries stay out of ``import mistralai``.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    str(ROOT / p)
    for p in (
        "shared/src",
        "packages/mistralai/src",
        "packages/mistralai_azure/src",
        "packages/mistralai_gcp/src",
    )
]
for _source in SOURCES:
    if _source not in sys.path:  # when the distributions are not installed
        sys.path.insert(0, _source)

from mistralai import Mistral  # noqa: E402
from mistralai_azure import MistralAzure  # noqa: E402
from mistralai_core._errors import AuthenticationError  # noqa: E402
from mistralai_emulator import Emulator  # noqa: E402
from mistralai_gcp import MistralGoogleCloud  # noqa: E402

MODEL = "mistral-small-latest"


@pytest.fixture(scope="module")
def _module_emulator() -> Iterator[Emulator]:
    # A server per module rather than the plugin's per-session one: no emulator outlives
    # these tests, because uvicorn's idle loop calls asyncio.sleep, which other test modules
    # monkeypatch globally to record retry delays.
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def mistral_emulator(_module_emulator: Emulator) -> Emulator:
    """The emulator on loopback, reset before each test."""
    _module_emulator.reset()
    return _module_emulator


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
        sys.path[:0] = SOURCES
        import mistralai
        from mistralai import Mistral
        Mistral(api_key="k").chat
        import mistralai_gcp, mistralai_azure
        from mistralai_gcp import MistralGoogleCloud
        from mistralai_azure import MistralAzure
        MistralGoogleCloud(project_id="p", access_token="t")
        MistralAzure(azure_api_key="k", azure_endpoint="https://x.models.ai.azure.com")
        loaded = sorted(m for m in sys.modules if m.startswith(("google", "azure")))
        print(loaded)
        assert not loaded, loaded
        """
    ).replace("SOURCES", repr(SOURCES))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
