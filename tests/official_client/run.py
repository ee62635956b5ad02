"""Run the official client's example calls (``scenarios.py``) against ``python -m
mistralai_emulator``, each in its own interpreter; print one line per scenario and the count.

Meant for ``nox -s official-client``, whose virtualenv holds the official ``mistralai==1.3.0``
(with its bundled ``mistralai_gcp`` and ``mistralai_azure``) and this repository's emulator,
and nothing else of ours: both SDKs are imported as ``mistralai``. The script refuses to run
anywhere else. Exit status 0 only if every scenario passed.
"""

from __future__ import annotations

import importlib
import importlib.metadata as metadata
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFICIAL_VERSION = "1.3.0"
AGENT_ID = "ag:emulator:official-examples"
TIMEOUT = 60.0

TRAINING_LINE = {
    "messages": [
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris, obviously."},
    ]
}


def _check_environment() -> None:
    version = metadata.version("mistralai")
    if version != OFFICIAL_VERSION:
        raise SystemExit(f"this needs the official mistralai=={OFFICIAL_VERSION}, not {version}")
    try:
        metadata.version("mistralai-core")
    except metadata.PackageNotFoundError:
        return
    raise SystemExit("our mistralai-core is installed here: run in the official client's venv")


def _start_emulator(key_file: Path) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "mistralai_emulator", "--port", "0", "--job-step", "0.2"]
    command += ["--agent", AGENT_ID, "--service-account-key", str(key_file)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    prefix = "Mistral emulator listening on "
    if not first.startswith(prefix):
        process.kill()
        raise SystemExit(f"the emulator did not start: {first!r}")
    return process, first[len(prefix) :]


def main() -> int:
    _check_environment()
    # The scripts' folder is on sys.path (run.py is run as a script): scenarios.py is imported
    # here only for its table; each scenario then runs in its own interpreter.
    scenarios = importlib.import_module("scenarios")
    CLIENT_LIMITATION: int = scenarios.CLIENT_LIMITATION
    SCENARIOS: dict[str, object] = scenarios.SCENARIOS

    with tempfile.TemporaryDirectory(prefix="official-client-") as tmp:
        folder = Path(tmp)
        for name in ("file.jsonl", "validation_file.jsonl"):
            (folder / name).write_text(json.dumps(TRAINING_LINE) + "\n", encoding="utf-8")
        key_file = folder / "service-account.json"
        emulator, url = _start_emulator(key_file)
        env = {
            **os.environ,
            "MISTRAL_API_KEY": "emulator-api-key",
            "MISTRAL_SERVER_URL": url,
            "AZURE_API_KEY": "emulator-azure-key",
            "MISTRAL_AGENT_ID": AGENT_ID,
            "GOOGLE_APPLICATION_CREDENTIALS": str(key_file),
            "FIXTURES": str(folder),
        }
        failed: list[str] = []
        limited: list[str] = []
        try:
            for name in SCENARIOS:
                started = time.monotonic()
                try:
                    done = subprocess.run(
                        [sys.executable, str(HERE / "scenarios.py"), name],
                        env=env,
                        cwd=folder,
                        capture_output=True,
                        text=True,
                        timeout=TIMEOUT,
                    )
                    status, detail = done.returncode, (done.stderr or done.stdout).strip()
                except subprocess.TimeoutExpired:
                    status, detail = -1, f"timed out after {TIMEOUT:g} s"
                took = time.monotonic() - started
                verdict = {0: "PASS", CLIENT_LIMITATION: "CLIENT"}.get(status, "FAIL")
                print(f"{verdict} {name} ({took:.1f} s)")
                if verdict == "CLIENT":
                    limited.append(name)
                    print("    the 1.3.0 client cannot make this call: " + detail.splitlines()[-1])
                elif verdict == "FAIL":
                    failed.append(name)
                    print("    " + detail.replace("\n", "\n    ")[-3000:])
        finally:
            emulator.terminate()
            emulator.wait(10)
    passed = len(SCENARIOS) - len(failed) - len(limited)
    print(
        f"{passed}/{len(SCENARIOS)} official-example scenarios passed with mistralai "
        f"{OFFICIAL_VERSION}; {len(failed)} failed; {len(limited)} the client itself cannot "
        f"run ({', '.join(limited) or 'none'}; the emulator's side of it was checked)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
