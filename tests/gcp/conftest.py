"""Fixtures for ``MistralGoogleCloud``: no way to reach Google.

Every test runs with the Google environment cleared and the metadata server made
unreachable (``GCE_METADATA_HOST`` / ``GCE_METADATA_IP`` point at a closed loopback port), so
a test that forgot to pass credentials fails fast instead of probing 169.254.169.254. The
emulator is the plugin's ``mistral_emulator`` (see ``tests/conftest.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# google-auth reads these when its metadata module is first imported: set them before.
os.environ["NO_GCE_CHECK"] = "true"
os.environ["GCE_METADATA_HOST"] = os.environ["GCE_METADATA_IP"] = "127.0.0.1:9"

GOOGLE_ENV = (
    "GOOGLE_APPLICATION_CREDENTIALS",
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GCLOUD_PROJECT",
    "CLOUDSDK_CONFIG",
)


@pytest.fixture(autouse=True)
def _isolated_google(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in GOOGLE_ENV:
        monkeypatch.delenv(name, raising=False)
    # An empty gcloud config dir: no user's application-default credentials are found.
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "gcloud"))
    from google.auth.compute_engine import _metadata

    def not_on_gce(*args: object, **kwargs: object) -> bool:
        return False

    monkeypatch.setattr(_metadata, "is_on_gce", not_on_gce)
