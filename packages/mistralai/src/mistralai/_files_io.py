"""What ``files.upload`` accepts, and ``files.download_to``'s writing to disk.

``upload(file=...)`` takes the v1 forms (``{"file_name", "content"[, "content_type"]}``, a
:class:`~mistralai.models.File`) and also a path (``str`` or ``os.PathLike``), bytes, a
``(name, content[, content_type])`` tuple and a binary file object. A path is opened only
when the request is sent, read in chunks, and closed once read (reopened for a retry).

``download_to`` writes to a temporary file next to the target and renames it into place
only when the whole body has arrived: a failed download leaves no file behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

__all__ = ["Download", "PathFile", "as_file"]


class PathFile(io.RawIOBase):
    """A file on disk, opened on first read and closed at its end (httpx streams it)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.name = path.name
        self._size = path.stat().st_size
        self._handle: IO[bytes] | None = None
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_END:
            self._position = self._size + offset
        elif whence == os.SEEK_CUR:
            self._position += offset
        else:
            self._position = offset
        if self._handle is not None:
            self._handle.seek(self._position)
        return self._position

    def read(self, size: int | None = -1, /) -> bytes:
        if self._handle is None:
            self._handle = self.path.open("rb")
            self._handle.seek(self._position)
        chunk = self._handle.read(-1 if size is None else size)
        self._position += len(chunk)
        if not chunk or (size is not None and size < 0):
            self._handle.close()
            self._handle = None
        return chunk

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        super().close()


def as_file(file: Any, method: str = "files.upload") -> Any:
    """``file`` in the form the core sends (a mapping or a ``File``), from any accepted form.

    :raises FileNotFoundError: a path that is not a file (named in the message).
    :raises TypeError: anything else that is not a file.
    """
    if isinstance(file, Mapping) or hasattr(file, "file_name"):
        return file
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise FileNotFoundError(f"{method}(): file: no such file: {str(path)!r}")
        return {"file_name": path.name, "content": PathFile(path)}
    if isinstance(file, bytes | bytearray | memoryview):
        return {"file_name": "upload", "content": bytes(file)}
    if isinstance(file, tuple) and len(file) in (2, 3) and isinstance(file[0], str):
        return dict(zip(("file_name", "content", "content_type"), file, strict=False))
    if callable(getattr(file, "read", None)):
        if isinstance(file, io.TextIOBase):
            raise TypeError(f"{method}(): file: open the file in binary mode ('rb')")
        name = Path(str(getattr(file, "name", "") or "upload")).name
        return {"file_name": name, "content": file}
    raise TypeError(
        f"{method}(): file: expected a path, bytes, a (name, content[, content_type]) tuple, "
        f"a binary file object or {{'file_name': ..., 'content': ...}}, not {type(file).__name__}"
    )


class Download:
    """Writes a download to ``path`` through a temporary file; the loop that reads is the
    caller's (sync or async), everything else is here."""

    def __init__(
        self, path: str | os.PathLike[str], on_progress: Callable[[int, int | None], Any] | None
    ) -> None:
        self.path = Path(path)
        self.on_progress = on_progress
        self.done = 0
        self.total: int | None = None
        self._temp: IO[bytes] | None = None

    def start(self, headers: Mapping[str, str]) -> None:
        length = headers.get("content-length")
        self.total = int(length) if length and length.isdigit() else None
        folder = self.path.parent if str(self.path.parent) else Path(".")
        self._temp = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed by finish/abort)
            dir=folder, prefix=f".{self.path.name}.", suffix=".part", delete=False
        )
        if self.on_progress is not None:
            self.on_progress(0, self.total)

    def write(self, chunk: bytes) -> None:
        assert self._temp is not None
        self._temp.write(chunk)
        self.done += len(chunk)
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)

    def finish(self) -> Path:
        assert self._temp is not None
        self._temp.close()
        os.replace(self._temp.name, self.path)
        return self.path

    def abort(self) -> None:
        if self._temp is not None:
            self._temp.close()
            Path(self._temp.name).unlink(missing_ok=True)
