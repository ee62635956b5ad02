"""Every runnable example in ``examples/`` runs, as its own process, against the emulator.

The examples read ``MISTRAL_API_KEY`` and ``MISTRAL_SERVER_URL``; here they point at the
session's loopback emulator. An example passes when it exits 0, printed something, and every
request it sent was valid under the contract.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mistralai_emulator import Emulator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))
SOURCES = [ROOT / "shared/src", ROOT / "packages/mistralai/src"]
AGENT_ID = "ag:emulator:example"  # the emulator, like the service, refuses unknown agents


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_emulator(
    example: Path, mistral_emulator: Emulator, tmp_path: Path
) -> None:
    mistral_emulator.add_agent(AGENT_ID)
    env = {
        **os.environ,
        "MISTRAL_AGENT_ID": AGENT_ID,
        "MISTRAL_API_KEY": mistral_emulator.api_key,
        "MISTRAL_SERVER_URL": mistral_emulator.url,
        "MISTRAL_FT_WAIT": "20",
        "PYTHONPATH": os.pathsep.join(
            [*map(str, SOURCES), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
        "PYTHONWARNINGS": "error",
    }
    done = subprocess.run(
        [sys.executable, str(example)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    received = mistral_emulator.requests
    assert received, "the example sent nothing to the emulator"
    invalid = [r for r in received if r["valid"] is False]
    assert not invalid, invalid
