"""``MistralAzure.ocr`` against the emulator: La Plateforme's ``OCRRequest`` sent to
``{base}/providers/mistral/azure/ocr`` (the official 2.x Azure client's path), for a serverless
endpoint (Bearer key, no ``api-version``) and for Foundry (``api-key``, ``api-version``);
sync and async; the answer parses into ``OCRResponse``."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs

import pytest

from mistralai import models
from mistralai_azure import MistralAzure
from mistralai_core._errors import AuthenticationError
from mistralai_emulator import Emulator

DOCUMENT = {"type": "document_url", "document_url": "https://example.com/report.pdf"}


def process(client: MistralAzure, flavour: str, **kwargs: Any) -> models.OCRResponse:
    if flavour == "sync":
        return client.ocr.process(document=DOCUMENT, **kwargs)
    return asyncio.run(client.ocr.process_async(document=DOCUMENT, **kwargs))


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_serverless_ocr(mistral_emulator: Emulator, flavour: str) -> None:
    emu = mistral_emulator
    with MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/v1") as client:
        reply = process(client, flavour, model=None)
    assert isinstance(reply, models.OCRResponse)
    assert reply.model == "azureai" and reply.pages[0].markdown.startswith("# report.pdf")
    entry = emu.requests[-1]
    assert (entry["method"], entry["path"], entry["query"]) == (
        "POST",
        "/providers/mistral/azure/ocr",
        "",
    )
    assert entry["surface"] == "azure" and entry["valid"] is True
    assert entry["headers"]["authorization"] == "Bearer ***"
    assert entry["json"] == {"model": "azureai", "document": DOCUMENT}


def test_foundry_ocr(mistral_emulator: Emulator, flavour: str) -> None:
    emu = mistral_emulator
    client = MistralAzure(azure_api_key=emu.azure_api_key, azure_endpoint=emu.url + "/models")
    with client:
        reply = process(client, flavour, model="mistral-ocr-latest", pages=[0])
    assert [page.index for page in reply.pages] == [0]
    assert reply.usage_info.pages_processed == 1
    entry = emu.requests[-1]
    assert entry["path"] == "/models/providers/mistral/azure/ocr"
    assert parse_qs(entry["query"]) == {"api-version": ["2024-05-01-preview"]}
    assert entry["surface"] == "foundry"
    assert "api-key" in entry["headers"] and "authorization" not in entry["headers"]
    assert entry["json"] == {"model": "mistral-ocr-latest", "document": DOCUMENT, "pages": [0]}


def test_a_wrong_key_is_refused_on_the_ocr_path(mistral_emulator: Emulator) -> None:
    client = MistralAzure(
        azure_api_key="wrong-key-secret", azure_endpoint=mistral_emulator.url, retry_config=None
    )
    with client, pytest.raises(AuthenticationError) as caught:
        client.ocr.process(model=None, document=DOCUMENT)
    assert "wrong-key-secret" not in str(caught.value)
