"""Models of the files operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import IO, Annotated, ClassVar, Literal

from pydantic import ConfigDict, SkipValidation
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel

__all__ = [
    "DeleteFileOut",
    "DeleteFileOutTypedDict",
    "File",
    "FilePurpose",
    "FileSchema",
    "FileSchemaTypedDict",
    "FileSignedURL",
    "FileSignedURLTypedDict",
    "FileTypedDict",
    "FilesAPIRoutesDeleteFileRequest",
    "FilesAPIRoutesDeleteFileRequestTypedDict",
    "FilesAPIRoutesDownloadFileRequest",
    "FilesAPIRoutesDownloadFileRequestTypedDict",
    "FilesAPIRoutesGetSignedURLRequest",
    "FilesAPIRoutesGetSignedURLRequestTypedDict",
    "FilesAPIRoutesListFilesRequest",
    "FilesAPIRoutesListFilesRequestTypedDict",
    "FilesAPIRoutesRetrieveFileRequest",
    "FilesAPIRoutesRetrieveFileRequestTypedDict",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "ListFilesOut",
    "ListFilesOutTypedDict",
    "RetrieveFileOut",
    "RetrieveFileOutTypedDict",
    "SampleType",
    "Source",
    "UploadFileOut",
    "UploadFileOutTypedDict",
]


class File(BaseModel):
    """A file to upload: its name, its content and, optionally, its media type."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    file_name: str
    """The name the file gets on the server."""
    content: Annotated[bytes | IO[bytes], SkipValidation]
    """The bytes, or a binary file object open for reading (streamed, also by async calls)."""
    content_type: str | None = None
    """The media type sent for the part; guessed from the name when ``None``."""


class FileTypedDict(TypedDict):
    """The dict form of :class:`File`."""

    file_name: str
    content: bytes | IO[bytes]
    content_type: NotRequired[str | None]


FilePurpose = Literal["fine-tune", "batch"] | str


SampleType = Literal["pretrain", "instruct", "batch_request", "batch_result", "batch_error"] | str


Source = Literal["upload", "repository", "mistral"] | str


class UploadFileOut(BaseModel):
    """UploadFileOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"num_lines"})

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file. Only accepts fine-tuning (`fine-tune`) for now."""
    sample_type: SampleType
    num_lines: int | None = None
    source: Source


class UploadFileOutTypedDict(TypedDict):
    """The dict form of :class:`UploadFileOut`."""

    id: str
    object: str
    bytes: int
    created_at: int
    filename: str
    purpose: FilePurpose
    sample_type: SampleType
    num_lines: NotRequired[int | None]
    source: Source


class FileSchema(BaseModel):
    """FileSchema"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"num_lines"})

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file. Only accepts fine-tuning (`fine-tune`) for now."""
    sample_type: SampleType
    num_lines: int | None = None
    source: Source


class FileSchemaTypedDict(TypedDict):
    """The dict form of :class:`FileSchema`."""

    id: str
    object: str
    bytes: int
    created_at: int
    filename: str
    purpose: FilePurpose
    sample_type: SampleType
    num_lines: NotRequired[int | None]
    source: Source


class ListFilesOut(BaseModel):
    """ListFilesOut"""

    data: list[FileSchema]
    object: str
    total: int


class ListFilesOutTypedDict(TypedDict):
    """The dict form of :class:`ListFilesOut`."""

    data: list[FileSchemaTypedDict]
    object: str
    total: int


class RetrieveFileOut(BaseModel):
    """RetrieveFileOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"num_lines"})

    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    bytes: int
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file. Only accepts fine-tuning (`fine-tune`) for now."""
    sample_type: SampleType
    num_lines: int | None = None
    source: Source
    deleted: bool


class RetrieveFileOutTypedDict(TypedDict):
    """The dict form of :class:`RetrieveFileOut`."""

    id: str
    object: str
    bytes: int
    created_at: int
    filename: str
    purpose: FilePurpose
    sample_type: SampleType
    num_lines: NotRequired[int | None]
    source: Source
    deleted: bool


class DeleteFileOut(BaseModel):
    """DeleteFileOut"""

    id: str
    """The ID of the deleted file."""
    object: str
    """The object type that was deleted"""
    deleted: bool
    """The deletion status."""


class DeleteFileOutTypedDict(TypedDict):
    """The dict form of :class:`DeleteFileOut`."""

    id: str
    object: str
    deleted: bool


class FileSignedURL(BaseModel):
    """FileSignedURL"""

    url: str


class FileSignedURLTypedDict(TypedDict):
    """The dict form of :class:`FileSignedURL`."""

    url: str


class FilesAPIRoutesUploadFileMultiPartBodyParams(BaseModel):
    """MultiPartBodyParams"""

    file: File
    purpose: FilePurpose | None = None


class FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesUploadFileMultiPartBodyParams`."""

    file: FileTypedDict
    purpose: NotRequired[FilePurpose]


class FilesAPIRoutesListFilesRequest(BaseModel):
    """v1's model of the parameters of ``files_api_routes_list_files``."""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"sample_type", "source", "search", "purpose"}
    )

    page: int | None = 0
    page_size: int | None = 100
    sample_type: list[SampleType] | None = None
    source: list[Source] | None = None
    search: str | None = None
    purpose: FilePurpose | None = None


class FilesAPIRoutesListFilesRequestTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesListFilesRequest`."""

    page: NotRequired[int]
    page_size: NotRequired[int]
    sample_type: NotRequired[list[SampleType] | None]
    source: NotRequired[list[Source] | None]
    search: NotRequired[str | None]
    purpose: NotRequired[FilePurpose | None]


class FilesAPIRoutesRetrieveFileRequest(BaseModel):
    """v1's model of the parameters of ``files_api_routes_retrieve_file``."""

    file_id: str


class FilesAPIRoutesRetrieveFileRequestTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesRetrieveFileRequest`."""

    file_id: str


class FilesAPIRoutesDeleteFileRequest(BaseModel):
    """v1's model of the parameters of ``files_api_routes_delete_file``."""

    file_id: str


class FilesAPIRoutesDeleteFileRequestTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesDeleteFileRequest`."""

    file_id: str


class FilesAPIRoutesDownloadFileRequest(BaseModel):
    """v1's model of the parameters of ``files_api_routes_download_file``."""

    file_id: str


class FilesAPIRoutesDownloadFileRequestTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesDownloadFileRequest`."""

    file_id: str


class FilesAPIRoutesGetSignedURLRequest(BaseModel):
    """v1's model of the parameters of ``files_api_routes_get_signed_url``."""

    file_id: str
    expiry: int | None = 24
    """Number of hours before the url becomes invalid. Defaults to 24h"""


class FilesAPIRoutesGetSignedURLRequestTypedDict(TypedDict):
    """The dict form of :class:`FilesAPIRoutesGetSignedURLRequest`."""

    file_id: str
    expiry: NotRequired[int]
