"""Endpoint URLs in every form users paste them -> shape and base URL (pure, no HTTP)."""

from __future__ import annotations

import pytest

from mistralai_azure._endpoint import parse_endpoint
from mistralai_core._errors import ConfigurationError

SERVERLESS = "https://my-deploy.eastus2.models.ai.azure.com"
LEGACY = "https://mistral-large-serverless.swedencentral.inference.ai.azure.com"
FOUNDRY = "https://my-res.services.ai.azure.com/models"


@pytest.mark.parametrize(
    ("given", "kind", "base"),
    [
        (SERVERLESS, "serverless", SERVERLESS),
        (SERVERLESS + "/", "serverless", SERVERLESS),
        (SERVERLESS + "/v1", "serverless", SERVERLESS),
        (SERVERLESS + "/v1/", "serverless", SERVERLESS),
        (SERVERLESS + "/v1/chat/completions", "serverless", SERVERLESS),
        (SERVERLESS + "/chat/completions", "serverless", SERVERLESS),
        (LEGACY + "/v1", "serverless", LEGACY),
        (FOUNDRY, "foundry", FOUNDRY),
        (FOUNDRY + "/", "foundry", FOUNDRY),
        ("https://my-res.services.ai.azure.com", "foundry", FOUNDRY),
        (FOUNDRY + "/chat/completions", "foundry", FOUNDRY),
        (FOUNDRY + "/chat/completions?api-version=2024-05-01-preview", "foundry", FOUNDRY),
        (
            "https://my-res.cognitiveservices.azure.com/models",
            "foundry",
            "https://my-res.cognitiveservices.azure.com/models",
        ),
        # Unknown hosts: serverless as in v1, unless the path ends in /models.
        ("http://127.0.0.1:8080", "serverless", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/v1", "serverless", "http://127.0.0.1:8080"),
        ("https://proxy.example.com/azure/v1", "serverless", "https://proxy.example.com/azure"),
        ("http://127.0.0.1:8080/models", "foundry", "http://127.0.0.1:8080/models"),
        ("  http://127.0.0.1:8080/models/  ", "foundry", "http://127.0.0.1:8080/models"),
    ],
)
def test_endpoint_forms_normalise_to_one_base_url(given: str, kind: str, base: str) -> None:
    endpoint = parse_endpoint(given)
    assert (endpoint.type, endpoint.base_url) == (kind, base)


def test_explicit_endpoint_type_wins_over_the_guess() -> None:
    assert parse_endpoint("http://127.0.0.1:1/private", "foundry").base_url == (
        "http://127.0.0.1:1/private/models"
    )
    assert parse_endpoint(FOUNDRY, "serverless").type == "serverless"


def test_api_version_in_a_pasted_url_is_kept() -> None:
    endpoint = parse_endpoint(FOUNDRY + "/chat/completions?api-version=2025-01-01")
    assert endpoint.api_version == "2025-01-01"


@pytest.mark.parametrize("bad", ["", "   ", "my-deploy.models.ai.azure.com", "ftp://x.example"])
def test_unusable_endpoints_raise_configuration_error(bad: str) -> None:
    with pytest.raises(ConfigurationError):
        parse_endpoint(bad)
