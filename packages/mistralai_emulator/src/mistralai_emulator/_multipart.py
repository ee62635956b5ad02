"""The multipart parser of uploads: the ``file`` part goes straight to disk, never to memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from ._call import Invalid

__all__ = ["Upload", "read_upload"]

_UPLOAD_FIELD_LIMIT = 64 * 1024
"""Bytes kept of each non-file field (``purpose``); more marks the upload as too large."""


class Upload:
    """Incremental multipart callbacks: the ``file`` part is written to ``target`` as it comes."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.fields: dict[str, bytes] = {}
        #: Every non-file field's values, in order (a repeated field is a list).
        self.values: dict[str, list[bytes]] = {}
        #: Every part as it came: its name, and its filename when it had one.
        self.parts: list[tuple[str, str | None]] = []
        self.filename: str | None = None
        self.size = 0
        self.newlines = 0
        self.last_byte = b""
        self.too_large = False
        self._handle: Any = None
        self._header_name = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._name: str | None = None
        self._buffer = bytearray()

    def on_part_begin(self) -> None:
        self._headers, self._name, self._buffer = {}, None, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._header_name.lower()] = self._header_value
        self._header_name, self._header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        raw_filename = params.get(b"filename")
        self.parts.append(
            (self._name, None if raw_filename is None else raw_filename.decode("utf-8", "replace"))
        )
        if self._name == "file" and self._handle is None and self.filename is None:
            raw_name = params.get(b"filename", b"upload").decode("utf-8", "replace")
            self.filename = raw_name.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
            self._handle = self.target.open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        piece = data[start:end]
        if self._name == "file" and self._handle is not None:
            self._handle.write(piece)
            self.size += len(piece)
            self.newlines += piece.count(b"\n")
            if piece:
                self.last_byte = piece[-1:]
        elif len(self._buffer) + len(piece) <= _UPLOAD_FIELD_LIMIT:
            self._buffer += piece
        else:
            self.too_large = True

    def on_part_end(self) -> None:
        if self._name == "file" and self._handle is not None:
            self._handle.close()
            self._handle = None
        elif self._name:
            self.fields.setdefault(self._name, bytes(self._buffer))
            self.values.setdefault(self._name, []).append(bytes(self._buffer))

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def num_lines(self) -> int:
        return self.newlines + (1 if self.size and self.last_byte != b"\n" else 0)


async def read_upload(request: Request, target: Path) -> Upload:
    """Parse a ``multipart/form-data`` body as it streams in; :class:`Invalid` if it is not."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise Invalid([{"loc": ["body", "file"], "msg": "Field required", "type": "missing"}])
    upload = Upload(target)
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": upload.on_part_begin,
            "on_header_field": upload.on_header_field,
            "on_header_value": upload.on_header_value,
            "on_header_end": upload.on_header_end,
            "on_headers_finished": upload.on_headers_finished,
            "on_part_data": upload.on_part_data,
            "on_part_end": upload.on_part_end,
        },
    )
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except Exception as exc:
        upload.close()
        target.unlink(missing_ok=True)
        raise Invalid(
            [{"loc": ["body"], "msg": f"Invalid multipart body: {exc}", "type": "value_error"}]
        ) from exc
    upload.close()
    return upload
