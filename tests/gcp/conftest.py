"""Fixtures for ``MistralGoogleCloud``: source trees on ``sys.path``, and no way to reach Google.

Every test runs with the Google environment cleared and the metadata server made
unreachable (``GCE_METADATA_HOST`` / ``GCE_METADATA_IP`` point at a closed loopback port), so
a test that forgot to pass credentials fails fast instead of probing 169.254.169.254.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistralai_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
for _source in ("shared/src", "packages/mistralai/src", "packages/mistralai_gcp/src"):
    if str(ROOT / _source) not in sys.path:  # when the distributions are not installed
        sys.path.insert(0, str(ROOT / _source))

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
