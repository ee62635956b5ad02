"""The command line: start it, read its URL and key, make a call, stop it."""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest


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


def serve(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "mistralai_emulator", "--port", "0", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def banner(proc: subprocess.Popen[str]) -> list[str]:
    """The lines printed before serving (read here: communicate() skips buffered text)."""
    assert proc.stdout is not None
    lines: list[str] = []
    while not lines or lines[-1] != "Press Ctrl+C to stop.":
        line = proc.stdout.readline()
        assert line, f"the emulator stopped early after {lines}"
        lines.append(line.strip())
    return lines


def stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=15)


def test_cli_models_file_agents_and_service_account_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import google.auth
    import google.auth.transport.requests

    models = tmp_path / "models.json"
    models.write_text(
        json.dumps({"models": [{"id": "team-model", "capabilities": ["completion_chat"]}]})
    )
    key = tmp_path / "key.json"
    with serve(
        "--models", str(models), "--agent", "ag:cli", "--service-account-key", str(key)
    ) as proc:
        try:
            printed = banner(proc)
            url = printed[0].rsplit(" ", 1)[1]
            auth = {"Authorization": "Bearer emulator-api-key"}
            chat = {"model": "team-model", "messages": [{"role": "user", "content": "hi"}]}
            assert (
                httpx.post(f"{url}/v1/chat/completions", json=chat, headers=auth).status_code == 200
            )
            agent = {"agent_id": "ag:cli", "messages": chat["messages"]}
            assert (
                httpx.post(f"{url}/v1/agents/completions", json=agent, headers=auth).status_code
                == 200
            )
            # Application-default credentials from the key file the emulator wrote.
            monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key))
            credentials, project = google.auth.default(
                scopes=["https://www.googleapis.com/auth/cloud-platform"]
            )
            credentials.refresh(google.auth.transport.requests.Request())  # type: ignore[no-untyped-call]
            assert project == "emulator-project" and credentials.token
            vertex = (
                f"{url}/v1/projects/{project}/locations/europe-west4/publishers/mistralai/"
                "models/mistral-large@2407:rawPredict"
            )
            body = {"model": "mistral-large", "messages": chat["messages"]}
            r = httpx.post(
                vertex, json=body, headers={"Authorization": f"Bearer {credentials.token}"}
            )
            assert r.status_code == 200, r.text
        finally:
            stop(proc)
    assert f"Service-account key (GOOGLE_APPLICATION_CREDENTIALS): {key}" in printed
    assert json.loads(key.read_text())["token_uri"] == f"{url}/token"


def test_a_busy_port_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "mistralai_emulator", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"mistralai-emulator: port {port} on 127.0.0.1 is already in use (another emulator?); "
        "choose another port, or 0 for a free one"
    )
    assert "Traceback" not in done.stderr and not done.stdout


def test_a_bad_models_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "models.json"
    bad.write_text('[{"id": "m", "capabilities": ["telepathy"]}]')
    done = subprocess.run(
        [sys.executable, "-m", "mistralai_emulator", "--port", "0", "--models", str(bad)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"mistralai-emulator: --models {bad} 'm': unknown capabilities")
    assert len(done.stderr.strip().splitlines()) == 1


def test_emulator_api_reports_a_busy_port() -> None:
    from mistralai_emulator import Emulator, PortInUseError

    with Emulator() as first:
        port = int(first.url.rsplit(":", 1)[1])
        with pytest.raises(PortInUseError, match=f"port {port} on 127.0.0.1 is already in use"):
            with Emulator(port=port):
                pass


def test_service_account_key_on_the_emulator_object(tmp_path: Path) -> None:
    from mistralai_emulator import Emulator

    key = tmp_path / "sa.json"
    with Emulator(service_account_key=key) as emu:
        data = json.loads(key.read_text())
        assert data["type"] == "service_account" and data["token_uri"] == emu.token_uri


def test_in_process_mode_hints_when_used_without_its_transport(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from mistralai_emulator import IN_PROCESS_URL, Emulator

    emu = Emulator()
    try:
        with caplog.at_level(logging.WARNING, logger="mistralai_emulator"):
            assert emu.url == IN_PROCESS_URL
            assert emu.url == IN_PROCESS_URL  # once
        hints = [r.getMessage() for r in caplog.records]
        assert hints == [
            f"Emulator not serving: {IN_PROCESS_URL} is reachable only through emu.transport() "
            "or emu.async_transport() (in-process mode). To serve on loopback, use "
            "`with Emulator() as emu:` or emu.start()."
        ]
    finally:
        emu.close()
    caplog.clear()
    quiet = Emulator()
    try:
        with caplog.at_level(logging.WARNING, logger="mistralai_emulator"):
            quiet.transport().close()
            assert quiet.url == IN_PROCESS_URL
        assert not caplog.records
    finally:
        quiet.close()
