"""The new resources load lazily: importing the SDK and making a client load none of them (nor
their models); the first use of ``client.ocr`` / ``client.audio`` loads that one only."""

from __future__ import annotations

import subprocess
import sys

NEW = (
    "mistralai._resources.ocr",
    "mistralai._resources.audio",
    "mistralai.models._ocr",
    "mistralai.models._audio",
)


def run(code: str) -> None:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_mistral_loads_ocr_and_audio_on_first_use() -> None:
    run(
        "import sys\n"
        "from mistralai import Mistral\n"
        "client = Mistral(api_key='k')\n"
        f"assert not [m for m in {NEW!r} if m in sys.modules]\n"
        "client.ocr.process\n"
        "assert 'mistralai.models._ocr' in sys.modules\n"
        "assert 'mistralai._resources.audio' not in sys.modules\n"
        "client.audio.transcriptions.stream\n"
        "assert 'mistralai.models._audio' in sys.modules\n"
    )


def test_azure_loads_ocr_on_first_use() -> None:
    run(
        "import sys\n"
        "from mistralai_azure import MistralAzure\n"
        "client = MistralAzure(azure_api_key='k', azure_endpoint='https://x.models.ai.azure.com')\n"
        f"assert not [m for m in {NEW!r} if m in sys.modules]\n"
        "client.ocr.process\n"
        "assert 'mistralai.models._ocr' in sys.modules\n"
    )
