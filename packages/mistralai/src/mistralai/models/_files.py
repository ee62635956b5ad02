"""Models of the files operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import IO, Annotated, ClassVar, Literal

from pydantic import ConfigDict, SkipValidation

from mistralai_core._models import BaseModel

__all__ = [
    "DeleteFileOut",
    "File",
    "FilePurpose",
    "FileSchema",
    "FileSignedURL",
    "ListFilesOut",
    "RetrieveFileOut",
    "SampleType",
    "Source",
    "UploadFileOut",
]


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


class ListFilesOut(BaseModel):
    """ListFilesOut"""

    data: list[FileSchema]
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


class DeleteFileOut(BaseModel):
    """DeleteFileOut"""

    id: str
    """The ID of the deleted file."""
    object: str
    """The object type that was deleted"""
    deleted: bool
    """The deletion status."""


class FileSignedURL(BaseModel):
    """FileSignedURL"""

    url: str


class File(BaseModel):
    """A file to upload: its name, its content and, optionally, its media type."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    file_name: str
    """The name the file gets on the server."""
    content: Annotated[bytes | IO[bytes], SkipValidation]
    """The bytes, or a binary file object open for reading (streamed, also by async calls)."""
    content_type: str | None = None
    """The media type sent for the part; guessed from the name when ``None``."""
