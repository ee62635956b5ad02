"""The commands of ``mistralai``: argparse for the command line, rich for progress bars.

``mistralai [--server-url URL] [--json] COMMAND ...``. The key comes from ``MISTRAL_API_KEY``
(never from the command line, where other users could see it); the server from
``--server-url`` or ``MISTRAL_BASE_URL``. Answers go to stdout; progress bars and errors to
stderr; ``--json`` prints JSON for scripts instead of text.

Exit codes: 0 done; 1 the API, the network or a file failed (the message on stderr); 2 the
command line is wrong; 3 a batch job ended without success (FAILED, CANCELLED, ...).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai import Mistral
    from mistralai.models import BatchJobOut

__all__ = ["main", "parser"]

#: Exit statuses.
OK, FAILED, USAGE, JOB_FAILED = 0, 1, 2, 3


class Fail(Exception):
    """A command's failure: its message goes to stderr, ``status`` is the exit code."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status


class Context:
    """What the global options set, shared by every command."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.as_json: bool = args.json
        self._client: Mistral | None = None

    def client(self) -> Mistral:
        if self._client is None:
            from mistralai import Mistral

            self._client = Mistral(server_url=self.args.server_url)
        return self._client

    def emit(self, value: Any) -> None:
        """Print ``value`` as one JSON document (models by their wire names)."""
        print(json.dumps(_plain(value), ensure_ascii=False))


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# -- progress --------------------------------------------------------------------------


class Bar:
    """A progress bar on stderr (rich), drawn only when stderr is a terminal."""

    def __init__(self, label: str, total: int | None, *, bytes_: bool) -> None:
        self.label, self.total, self.bytes_ = label, total, bytes_
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Bar:
        if sys.stderr.isatty():
            try:
                import rich  # noqa: F401  # the cli extra; without it, no bars
            except ModuleNotFoundError:
                return self
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            count = DownloadColumn() if self.bytes_ else MofNCompleteColumn()
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                count,
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self.label, total=self.total)
        return self

    def update(self, done: int, total: int | None = None) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total or self.total)

    def __exit__(self, *exc_info: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc_info)


class _Counting:
    """A binary file that reports how much has been read (httpx reads it in chunks)."""

    def __init__(self, handle: IO[bytes], bar: Bar) -> None:
        self._handle, self._bar = handle, bar
        self.name = handle.name

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        self._bar.update(self._handle.tell())
        return chunk

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._handle.seek(offset, whence)

    def tell(self) -> int:
        return self._handle.tell()

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._handle.fileno()


# -- commands --------------------------------------------------------------------------


def chat(ctx: Context) -> None:
    args = ctx.args
    text = " ".join(args.prompt)
    if not text or text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise Fail("chat: nothing to ask: give PROMPT or pipe it on stdin", USAGE)
    messages: list[dict[str, str]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": text})
    options: dict[str, Any] = {} if args.max_tokens is None else {"max_tokens": args.max_tokens}
    client = ctx.client()
    if ctx.as_json:
        ctx.emit(client.chat.complete(model=args.model, messages=messages, **options))
        return
    with client.chat.stream(model=args.model, messages=messages, **options) as stream:
        for event in stream:
            for choice in event.data.choices:
                content = choice.delta.content
                if isinstance(content, str):
                    sys.stdout.write(content)
                    sys.stdout.flush()
    sys.stdout.write("\n")


def models_list(ctx: Context) -> None:
    listed = ctx.client().models.list().data or []
    if ctx.as_json:
        ctx.emit(listed)
        return
    for card in listed:
        print(card.id)


def files_upload(ctx: Context) -> None:
    path: Path = ctx.args.path
    if not path.is_file():
        raise Fail(f"files upload: no such file: {str(path)!r}", USAGE)
    options: dict[str, Any] = {} if ctx.args.purpose is None else {"purpose": ctx.args.purpose}
    with path.open("rb") as handle, Bar(path.name, path.stat().st_size, bytes_=True) as bar:
        uploaded = ctx.client().files.upload(file=_Counting(handle, bar), **options)  # type: ignore[arg-type]
    if ctx.as_json:
        ctx.emit(uploaded)
    else:
        print(uploaded.id)


def files_list(ctx: Context) -> None:
    options: dict[str, Any] = {} if ctx.args.purpose is None else {"purpose": ctx.args.purpose}
    page = ctx.client().files.list(**options)
    if ctx.as_json:
        ctx.emit(list(page))
        return
    for f in page:
        print(f"{f.id}\t{f.filename}\t{f.bytes}\t{f.purpose}")


def files_download(ctx: Context) -> None:
    output: Path = ctx.args.output
    with Bar(output.name, None, bytes_=True) as bar:
        written = ctx.client().files.download_to(ctx.args.file_id, output, on_progress=bar.update)
    if ctx.as_json:
        ctx.emit({"id": ctx.args.file_id, "path": str(written), "bytes": written.stat().st_size})
    else:
        print(written)


def _requests(path: Path) -> Iterator[tuple[str, Any]]:
    """The lines of a JSONL file: ``{"custom_id", "body"}`` or bare bodies (numbered)."""
    with path.open("rb") as handle:
        number = 0
        for raw in handle:
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except ValueError as exc:
                raise Fail(f"{path}: request {number + 1}: not JSON ({exc})") from None
            if isinstance(line, dict) and "body" in line:
                yield str(line.get("custom_id", number)), line["body"]
            else:
                yield str(number), line
            number += 1


def _result_line(result: Any) -> str:
    error = result.error
    record = {
        "custom_id": result.custom_id,
        "status_code": result.status_code,
        "response": _plain(result.response),
        "error": None if error is None else {"message": error.message, "body": error.body},
    }
    return json.dumps(record, ensure_ascii=False)


def batch_run(ctx: Context) -> None:
    args = ctx.args
    if not args.requests.is_file():
        raise Fail(f"batch run: no such file: {str(args.requests)!r}", USAGE)
    client = ctx.client()
    if not args.wait:
        job = client.batch.submit(
            _requests(args.requests), model=args.model, endpoint=args.endpoint
        )
        if ctx.as_json:
            ctx.emit(job)
        else:
            print(job.id)
        return
    _wait_and_write(
        ctx,
        lambda on_progress: client.batch.run(
            _requests(args.requests),
            model=args.model,
            endpoint=args.endpoint,
            poll_interval=args.poll_interval,
            timeout=args.timeout,
            on_progress=on_progress,
        ),
    )


def batch_resume(ctx: Context) -> None:
    args = ctx.args
    client = ctx.client()
    _wait_and_write(
        ctx,
        lambda on_progress: client.batch.run(
            job_id=args.job_id,
            poll_interval=args.poll_interval,
            timeout=args.timeout,
            on_progress=on_progress,
        ),
    )


def _wait_and_write(ctx: Context, start: Callable[[Callable[[BatchJobOut], None]], Any]) -> None:
    announced: list[str] = []
    with Bar("batch", None, bytes_=False) as bar:

        def on_progress(job: BatchJobOut) -> None:
            if not announced:
                announced.append(job.id)
                print(f"batch job {job.id}", file=sys.stderr, flush=True)
            bar.update(job.completed_requests, job.total_requests)

        run = start(on_progress)
    output: Path | None = ctx.args.output
    sink: AbstractContextManager[IO[str]] = (
        nullcontext(sys.stdout) if output is None else output.open("w", encoding="utf-8")
    )
    with sink as out:
        for result in run:
            out.write(_result_line(result) + "\n")
    if ctx.as_json and output is not None:
        ctx.emit(run.job)
    if run.job.status != "SUCCESS":
        raise Fail(f"batch job {run.job.id} ended {run.job.status}", JOB_FAILED)


def ocr(ctx: Context) -> None:
    path: Path = ctx.args.path
    client = ctx.client()
    if not path.is_file():
        raise Fail(f"ocr: no such file: {str(path)!r}", USAGE)
    import base64
    import mimetypes

    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    data = f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"
    document = (
        {"type": "image_url", "image_url": data}
        if kind.startswith("image/")
        else {"type": "document_url", "document_url": data}
    )
    answer = client.ocr.process(model=ctx.args.model, document=document)
    if ctx.as_json:
        ctx.emit(answer)
        return
    for page in answer.pages:
        print(page.markdown)


# -- the command line ------------------------------------------------------------------

PURPOSES = ["fine-tune", "batch", "ocr"]


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, not {text}")
    return value


def _waits(command: argparse.ArgumentParser) -> None:
    command.add_argument("-o", "--output", type=Path, help="Write results here (default: stdout).")
    command.add_argument(
        "--poll-interval", type=_positive, default=2.0, help="Seconds between polls (default 2)."
    )
    command.add_argument("--timeout", type=_positive, help="Seconds to wait at most.")


def parser() -> argparse.ArgumentParser:
    from importlib.metadata import version

    top = argparse.ArgumentParser(
        prog="mistralai",
        description="Mistral AI from the command line. The API key is read from $MISTRAL_API_KEY.",
    )
    top.add_argument(
        "--server-url",
        metavar="URL",
        help="The API's base URL (default: $MISTRAL_BASE_URL, else https://api.mistral.ai).",
    )
    top.add_argument("--json", action="store_true", help="Print JSON, for scripts.")
    top.add_argument("--version", action="version", version=f"mistralai {version('mistralai')}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    c = commands.add_parser("chat", help="Ask a model; the answer streams to the terminal.")
    c.add_argument("prompt", nargs="*", help="The question (default: stdin).")
    c.add_argument("-m", "--model", default="mistral-small-latest")
    c.add_argument("-s", "--system", help="A system prompt.")
    c.add_argument("--max-tokens", type=int)
    c.set_defaults(run=chat)

    group = commands.add_parser("models", help="The models you can use.")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("list", help="Every model's id.").set_defaults(run=models_list)

    group = commands.add_parser("files", help="Upload, list and download files.")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = sub.add_parser("upload", help="Upload a file; prints its id.")
    c.add_argument("path", type=Path)
    c.add_argument("--purpose", choices=PURPOSES)
    c.set_defaults(run=files_upload)
    c = sub.add_parser("list", help="Every file: id, name, size, purpose.")
    c.add_argument("--purpose", choices=PURPOSES)
    c.set_defaults(run=files_list)
    c = sub.add_parser("download", help="Download a file to -o PATH.")
    c.add_argument("file_id")
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(run=files_download)

    group = commands.add_parser("batch", help="Run many requests as a batch job.")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = sub.add_parser(
        "run",
        help="Run a JSONL file of requests; with --wait, write the results in order.",
    )
    c.add_argument("requests", type=Path, help='JSONL: {"custom_id", "body"} or bodies.')
    c.add_argument("-m", "--model", required=True)
    c.add_argument("--endpoint", default="/v1/chat/completions")
    c.add_argument("--wait", action="store_true", help="Wait for the job, write its results.")
    _waits(c)
    c.set_defaults(run=batch_run)
    c = sub.add_parser("resume", help="Wait for an existing job and write its results.")
    c.add_argument("job_id")
    _waits(c)
    c.set_defaults(run=batch_resume)

    c = commands.add_parser("ocr", help="Read a document or an image's text (markdown).")
    c.add_argument("path", type=Path)
    c.add_argument("-m", "--model", default="mistral-ocr-latest")
    c.set_defaults(run=ocr)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    import os

    args = parser().parse_args(argv)  # exits 2 on a usage error
    if args.server_url is None:
        args.server_url = os.environ.get("MISTRAL_BASE_URL") or None
    from mistralai_core._errors import MistralError

    try:
        args.run(Context(args))
    except Fail as exc:
        print(f"mistralai: error: {exc}", file=sys.stderr)
        return exc.status
    except (MistralError, OSError, TimeoutError) as exc:
        print(f"mistralai: error: {exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        return 130
    return OK
