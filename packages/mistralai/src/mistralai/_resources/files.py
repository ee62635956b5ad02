"""``client.files``: upload, list, retrieve, delete and download files.

Uploads go out as ``multipart/form-data``. A file object is streamed by httpx in chunks
(64 KiB), never read whole into memory; a seekable one is rewound and sent again on a retry.
Downloads return the open, streamed ``httpx.Response``; ``download_to`` writes one to disk.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mistralai_core._operation import (
    AsyncEndpoint,
    AsyncRawEndpoint,
    Call,
    Operation,
    Resource,
    SyncEndpoint,
    SyncRawEndpoint,
    call,
)
from mistralai_core._pages import AsyncPageEndpoint, Page, SyncPageEndpoint

from .._files_io import Download, as_file
from ..models._files import (
    DeleteFileOut,
    FilePurpose,
    FileSchema,
    FileSignedURL,
    ListFilesOut,
    RetrieveFileOut,
    SampleType,
    Source,
    UploadFileOut,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from mistralai_core._operation import CallOptions

    from ..models._files import File

__all__ = ["Files", "FilesPage"]


class FilesPage(ListFilesOut, Page[FileSchema]):
    """A page of ``files.list``: the ``ListFilesOut`` it is, iterating over every file."""


UPLOAD = Operation(
    "POST",
    "/v1/files",
    parse=UploadFileOut.model_validate_json,
    multipart=True,
    operation_id="files_api_routes_upload_file",
)
LIST = Operation(
    "GET",
    "/v1/files",
    parse=FilesPage.model_validate_json,
    query_params=("page", "page_size", "sample_type", "source", "search", "purpose"),
    operation_id="files_api_routes_list_files",
)
RETRIEVE = Operation(
    "GET",
    "/v1/files/{file_id}",
    parse=RetrieveFileOut.model_validate_json,
    operation_id="files_api_routes_retrieve_file",
)
DELETE = Operation(
    "DELETE",
    "/v1/files/{file_id}",
    parse=DeleteFileOut.model_validate_json,
    operation_id="files_api_routes_delete_file",
)
DOWNLOAD: Operation[Any] = Operation(
    "GET",
    "/v1/files/{file_id}/content",
    mode="raw",
    operation_id="files_api_routes_download_file",
)
SIGNED_URL = Operation(
    "GET",
    "/v1/files/{file_id}/url",
    parse=FileSignedURL.model_validate_json,
    query_params=("expiry",),
    operation_id="files_api_routes_get_signed_url",
)


def upload_file(
    *,
    file: File
    | Mapping[str, Any]
    | str
    | os.PathLike[str]
    | bytes
    | tuple[str, bytes | IO[bytes]]
    | tuple[str, bytes | IO[bytes], str]
    | IO[bytes],
    purpose: FilePurpose | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """Upload File: store a file for fine-tuning or batch processing.

    :param file: A path (``str`` or ``os.PathLike``: opened when sent, streamed, closed),
        bytes, a ``(name, content[, content_type])`` tuple, a binary file object (named
        after its ``name``), ``{"file_name": str, "content": bytes | binary file object}``
        (optionally ``"content_type"``), or a :class:`mistralai.models.File`. A file object
        is streamed in chunks, not read into memory; it stays open (closing it is the
        caller's job). A file object that cannot seek is never retried.
    :param purpose: ``"fine-tune"`` or ``"batch"``; the server assumes ``"fine-tune"``.
    :raises TypeError: ``file`` lacks a name or content.
    :raises FileNotFoundError: ``file`` is a path to no file.
    :raises SDKError: an error status, after retries.
    """
    file = as_file(file)
    return call(locals())


def list_files(
    *,
    page: int | None = 0,
    page_size: int | None = 100,
    sample_type: Sequence[SampleType] | None = None,
    source: Sequence[Source] | None = None,
    search: str | None = None,
    purpose: FilePurpose | None = None,
    **options: Unpack[CallOptions],
) -> Call:
    """List Files: the organization's files, newest first, a page at a time.

    The answer is the first page (``.data``, ``.total``); iterating over it (``for``, or
    ``async for`` from ``list_async``) yields every file, fetching further pages as needed.

    :param page: Zero-based page number.
    :param page_size: Files per page.
    :param sample_type: Only files of these sample types (any of them).
    :param source: Only files from these sources (any of them).
    :param search: Only files whose name contains this text.
    :param purpose: Only files uploaded for this purpose.
    """
    return call(locals())


def retrieve_file(*, file_id: str, **options: Unpack[CallOptions]) -> Call:
    """Retrieve File: a file's metadata.

    :param file_id: The file's ID.
    :raises NotFoundError: 404, no such file.
    """
    return call(locals())


def delete_file(*, file_id: str, **options: Unpack[CallOptions]) -> Call:
    """Delete File: remove a file for good.

    :param file_id: The file's ID.
    :raises NotFoundError: 404, no such file.
    """
    return call(locals())


def download_file(*, file_id: str, **options: Unpack[CallOptions]) -> Call:
    """Download File: the file's content, as an open, streamed ``httpx.Response``.

    Read it with ``iter_bytes()`` (``aiter_bytes()`` when async) or ``read()``, and always
    ``close()`` (``aclose()``) it, e.g. with ``contextlib.closing``; nothing is buffered
    until you read. ``timeout_ms`` bounds each read, not the whole download.

    :param file_id: The file's ID.
    :raises NotFoundError: 404, no such file.
    """
    return call(locals())


def signed_url(*, file_id: str, expiry: int | None = 24, **options: Unpack[CallOptions]) -> Call:
    """Get Signed Url: a URL that downloads the file without credentials, for a while.

    :param file_id: The file's ID.
    :param expiry: Hours before the URL stops working (server default 24).
    :raises NotFoundError: 404, no such file.
    """
    return call(locals())


class Files(Resource):
    """Files stored on La Plateforme, for fine-tuning and batch jobs."""

    upload = SyncEndpoint(UPLOAD, upload_file)
    upload_async = AsyncEndpoint(UPLOAD, upload_file)
    list = SyncPageEndpoint(LIST, list_files)
    list_async = AsyncPageEndpoint(LIST, list_files)
    retrieve = SyncEndpoint(RETRIEVE, retrieve_file)
    retrieve_async = AsyncEndpoint(RETRIEVE, retrieve_file)
    delete = SyncEndpoint(DELETE, delete_file)
    delete_async = AsyncEndpoint(DELETE, delete_file)
    download = SyncRawEndpoint(DOWNLOAD, download_file)
    download_async = AsyncRawEndpoint(DOWNLOAD, download_file)
    get_signed_url = SyncEndpoint(SIGNED_URL, signed_url)
    get_signed_url_async = AsyncEndpoint(SIGNED_URL, signed_url)

    def download_to(
        self,
        file_id: str,
        path: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Path:
        """Download a file's content to ``path``, in chunks (memory stays flat).

        The bytes go to a temporary file next to ``path``, renamed to ``path`` once all
        arrived: when the download fails, no file is left behind (an existing ``path`` is
        kept as it was).

        :param file_id: The file's ID.
        :param path: Where to write it (replaced if it exists).
        :param on_progress: Called with ``(bytes written, total bytes or None)`` as it goes.
        :returns: ``path``, as a ``Path``.
        :raises NotFoundError: 404, no such file.
        """
        sink = Download(path, on_progress)
        response = self.download(file_id=file_id, **options)
        try:
            sink.start(response.headers)
            for chunk in response.iter_bytes():
                sink.write(chunk)
            return sink.finish()
        except BaseException:
            sink.abort()
            raise
        finally:
            response.close()

    async def download_to_async(
        self,
        file_id: str,
        path: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Path:
        """The async twin of :meth:`download_to`."""
        sink = Download(path, on_progress)
        response = await self.download_async(file_id=file_id, **options)
        try:
            sink.start(response.headers)
            async for chunk in response.aiter_bytes():
                sink.write(chunk)
            return sink.finish()
        except BaseException:
            sink.abort()
            raise
        finally:
            await response.aclose()
