"""Every command of ``mistralai``, its exit codes and its ``--json`` output."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from mistralai_emulator import Emulator

from .conftest import Cli

CHAT_LINE = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 5}


def posts(emu: Emulator, path: str) -> list[dict[str, object]]:
    return [r for r in emu.requests if r["method"] == "POST" and r["path"] == path]


LOADED = (
    "import sys; {imports}; "
    "print(sorted(m for m in sys.modules if m.split('.')[0] in {{'rich', 'click', 'argparse'}} "
    "or m == 'mistralai._cli' or m.startswith('mistralai._cli.')))"
)


def loaded_by(imports: str) -> list[str]:
    code = LOADED.format(imports=imports)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(out.stdout.strip()))


def test_the_sdk_never_loads_the_command_line() -> None:
    """Using the SDK loads nothing of the command line: not ``mistralai._cli``, and of rich
    (or click) only what ``import httpx`` alone loads (httpx imports its own command line's
    libraries when all of click, pygments and rich are installed: not ours to change)."""
    sdk = loaded_by(
        "from mistralai import Mistral; c = Mistral(api_key='k'); c.files; c.batch.jobs"
    )
    assert not [m for m in sdk if m.startswith("mistralai")]
    assert sdk == loaded_by("import httpx")


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("mistralai")
    out = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    for command in ("chat", "models", "files", "batch", "ocr"):
        assert command in out.stdout


def test_chat_streams_the_answer(cli: Cli, emu: Emulator) -> None:
    done = cli("chat", "--model", "mistral-small-latest", "--system", "Be brief.", "Hello there")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # the emulator's generated answer
    (sent,) = posts(emu, "/v1/chat/completions")
    assert sent["json"]["stream"] is True  # type: ignore[index]
    assert sent["json"]["messages"] == [  # type: ignore[index]
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello there"},
    ]


def test_chat_reads_stdin_and_prints_json(cli: Cli, emu: Emulator) -> None:
    done = cli("--json", "chat", "--max-tokens", "7", input="From stdin\n")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["object"] == "chat.completion" and answer["choices"][0]["message"]["content"]
    (sent,) = posts(emu, "/v1/chat/completions")
    assert sent["json"]["messages"] == [{"role": "user", "content": "From stdin\n"}]  # type: ignore[index]
    assert sent["json"]["max_tokens"] == 7 and sent["json"]["stream"] is False  # type: ignore[index]


def test_chat_with_nothing_to_ask_is_a_usage_error(cli: Cli, emu: Emulator) -> None:
    done = cli("chat", input="")
    assert done.returncode == 2 and "nothing to ask" in done.stderr
    assert emu.requests == []


def test_models_list(cli: Cli) -> None:
    done = cli("models", "list")
    assert done.returncode == 0, done.stderr
    assert "mistral-small-latest" in done.stdout.split()
    as_json = json.loads(cli("--json", "models", "list").stdout)
    assert "mistral-small-latest" in [m["id"] for m in as_json]


def test_files_upload_list_download(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    source = tmp_path / "train.jsonl"
    source.write_bytes(b'{"messages": []}\n' * 1000)
    done = cli("files", "upload", str(source), "--purpose", "batch")
    assert done.returncode == 0, done.stderr
    file_id = done.stdout.strip()
    assert emu.app.state.file(file_id).path.read_bytes() == source.read_bytes()
    uploaded = json.loads(cli("--json", "files", "upload", str(source)).stdout)
    assert uploaded["filename"] == "train.jsonl" and uploaded["bytes"] == source.stat().st_size

    listed = cli("files", "list")
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert sorted(r[0] for r in rows) == sorted([file_id, uploaded["id"]])
    assert (
        json.loads(cli("--json", "files", "list", "--purpose", "batch").stdout)[0]["id"] == file_id
    )

    target = tmp_path / "copy.jsonl"
    done = cli("files", "download", file_id, "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target) and target.read_bytes() == source.read_bytes()
    report = json.loads(cli("--json", "files", "download", file_id, "-o", str(target)).stdout)
    assert report == {"id": file_id, "path": str(target), "bytes": source.stat().st_size}


def test_files_download_of_a_missing_file_fails_cleanly(
    cli: Cli, emu: Emulator, tmp_path: Path
) -> None:
    target = tmp_path / "nothing.bin"
    done = cli("files", "download", "00000000-0000-0000-0000-000000000000", "-o", str(target))
    assert done.returncode == 1
    assert done.stderr.startswith("mistralai: error: ") and "not found" in done.stderr.lower()
    assert list(tmp_path.iterdir()) == []


def write_requests(path: Path, count: int) -> None:
    with path.open("w") as out:
        for i in range(count):
            body = {"messages": []} if i % 5 == 2 else CHAT_LINE
            out.write(json.dumps({"custom_id": f"c{i}", "body": body}) + "\n")


def test_batch_run_wait_writes_results_in_order(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    emu.job_step = 0.01
    requests, results = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_requests(requests, 20)
    done = cli(
        "batch", "run", str(requests), "--model", "mistral-small-latest", "--wait",
        "-o", str(results), "--poll-interval", "0.01",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "batch job " in done.stderr  # the job id, for resuming
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    assert [r["custom_id"] for r in lines] == [f"c{i}" for i in range(20)]
    for i, line in enumerate(lines):
        if i % 5 == 2:
            assert line["response"] is None and line["error"]["message"]
        else:
            assert line["status_code"] == 200 and line["response"]["object"] == "chat.completion"


def test_batch_run_to_stdout_and_json(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    emu.job_step = 0.01
    requests = tmp_path / "in.jsonl"
    requests.write_text("\n".join(json.dumps(CHAT_LINE) for _ in range(3)) + "\n")  # bare bodies
    done = cli(
        "batch", "run", str(requests), "-m", "mistral-small-latest", "--wait",
        "--poll-interval", "0.01",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["custom_id"] for line in done.stdout.splitlines()] == ["0", "1", "2"]
    out = tmp_path / "out.jsonl"
    done = cli(
        "--json", "batch", "run", str(requests), "-m", "mistral-small-latest", "--wait",
        "-o", str(out), "--poll-interval", "0.01",
    )  # fmt: skip
    job = json.loads(done.stdout)
    assert job["status"] == "SUCCESS" and job["total_requests"] == 3
    assert len(out.read_text().splitlines()) == 3


def test_batch_run_without_wait_then_resume(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    emu.job_step = 0.01
    requests = tmp_path / "in.jsonl"
    write_requests(requests, 6)
    done = cli("batch", "run", str(requests), "--model", "mistral-small-latest")
    assert done.returncode == 0, done.stderr
    job_id = done.stdout.strip()
    (created,) = posts(emu, "/v1/batch/jobs")
    assert created["json"]["model"] == "mistral-small-latest"  # type: ignore[index]
    resumed = cli("batch", "resume", job_id, "--poll-interval", "0.01")
    assert resumed.returncode == 0, resumed.stderr
    assert [json.loads(x)["custom_id"] for x in resumed.stdout.splitlines()] == [
        f"c{i}" for i in range(6)
    ]
    as_json = json.loads(
        cli("--json", "batch", "run", str(requests), "-m", "mistral-small-latest").stdout
    )
    assert as_json["status"] in {"QUEUED", "RUNNING"} and as_json["total_requests"] == 6


def test_a_batch_job_that_fails_exits_3(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    emu.job_step = 0.01
    requests = tmp_path / "bad.jsonl"
    requests.write_text(json.dumps({"custom_id": "x", "body": {"messages": []}}) + "\n")
    done = cli(
        "batch", "run", str(requests), "-m", "mistral-small-latest", "--wait",
        "--poll-interval", "0.01",
    )  # fmt: skip
    assert done.returncode == 3
    assert "ended FAILED" in done.stderr
    assert json.loads(done.stdout)["custom_id"] == "x"


def test_batch_wait_timeout_exits_1(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    emu.job_step = 600.0
    requests = tmp_path / "in.jsonl"
    write_requests(requests, 1)
    done = cli(
        "batch", "run", str(requests), "-m", "mistral-small-latest", "--wait",
        "--poll-interval", "0.01", "--timeout", "0.2",
    )  # fmt: skip
    assert done.returncode == 1 and "still QUEUED after 0.2 s" in done.stderr


def test_ocr_prints_each_pages_markdown(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    document = tmp_path / "scan.pdf"
    document.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >>")
    done = cli("ocr", str(document))
    assert done.returncode == 0, done.stderr
    (sent,) = posts(emu, "/v1/ocr")
    url = sent["json"]["document"]["document_url"]  # type: ignore[index]
    assert url.startswith("data:application/pdf;base64,")
    pages = json.loads(cli("--json", "ocr", str(document)).stdout)["pages"]
    assert len(pages) == 2
    assert done.stdout.strip() == "\n".join(p["markdown"] for p in pages).strip()


def test_usage_errors_exit_2(cli: Cli, emu: Emulator, tmp_path: Path) -> None:
    assert cli("nonsense").returncode == 2
    assert cli("batch", "run", str(tmp_path / "missing.jsonl"), "-m", "m").returncode == 2
    assert cli("files", "download", "abc").returncode == 2  # -o is required
    assert emu.requests == []


def test_no_api_key_exits_1_without_sending(cli: Cli, emu: Emulator) -> None:
    done = cli("models", "list", env={"MISTRAL_API_KEY": ""})
    assert done.returncode == 1 and "MISTRAL_API_KEY" in done.stderr
    assert emu.requests == []


def test_a_wrong_key_is_never_printed(cli: Cli, emu: Emulator) -> None:
    secret = "sk-wrong-0123456789abcdef"
    done = cli("models", "list", env={"MISTRAL_API_KEY": secret})
    assert done.returncode == 1
    assert secret not in done.stderr + done.stdout


def test_server_url_option_wins(cli: Cli, emu: Emulator) -> None:
    done = cli(
        "--server-url", emu.url, "models", "list", env={"MISTRAL_BASE_URL": "http://127.0.0.1:9"}
    )
    assert done.returncode == 0, done.stderr
    unreachable = cli("--server-url", "http://127.0.0.1:9", "models", "list")
    assert unreachable.returncode == 1 and unreachable.stderr.startswith("mistralai: error: ")
