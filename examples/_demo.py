"""The README's demo: start the emulator on loopback and run every example against it.

No key and no network are needed: the emulator (``mistralai-emulator``) serves the whole API
on 127.0.0.1 and the examples talk to it exactly as they would to api.mistral.ai.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mistralai_emulator import Emulator

HERE = Path(__file__).resolve().parent
EXAMPLES = sorted(p.name for p in HERE.glob("*.py") if not p.name.startswith("_"))
AGENT_ID = "ag:emulator:demo"


def main() -> int:
    with Emulator(job_step=0.2, agents=[AGENT_ID]) as emu:
        print(f"Emulator listening on {emu.url} (key: {emu.api_key})\n")
        env = {
            **os.environ,
            "MISTRAL_API_KEY": emu.api_key,
            "MISTRAL_SERVER_URL": emu.url,
            "MISTRAL_AGENT_ID": AGENT_ID,
        }
        for name in EXAMPLES:
            print(f"$ python examples/{name}")
            done = subprocess.run([sys.executable, str(HERE / name)], env=env, cwd=HERE)
            if done.returncode:
                return done.returncode
            print()
        received = emu.requests
        invalid = [r for r in received if r["valid"] is False]
        print(
            f"{len(EXAMPLES)} examples ran; the emulator received {len(received)} requests; "
            f"{len(invalid)} broke the contract."
        )
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
