"""The command line: start it, read its URL and key, make a call, stop it."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx


def test_cli_serves_until_terminated(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "mistralai_emulator",
        "--port",
        "0",
        "--data-dir",
        str(tmp_path),
        "--api-key",
        "cli-key",
        "--job-step",
        "0.01",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()
            assert first.startswith("Mistral emulator listening on http://127.0.0.1:")
            url = first.rsplit(" ", 1)[1].strip()
            key_line = proc.stdout.readline()
            assert key_line.strip().endswith("cli-key")
            r = httpx.post(
                f"{url}/v1/files",
                headers={"Authorization": "Bearer cli-key"},
                files={"file": ("x.jsonl", b"{}\n")},
            )
            assert r.status_code == 200
            assert (tmp_path / f"{r.json()['id']}.bin").read_bytes() == b"{}\n"
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Stopped." in err


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "mistralai-emulator"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "--port" in result.stdout and "--job-step" in result.stdout
