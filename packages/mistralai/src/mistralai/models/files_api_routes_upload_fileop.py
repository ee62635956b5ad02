"""v1's ``mistralai.models.files_api_routes_upload_fileop``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

import io
from typing import IO, Annotated, Optional, Union

import pydantic
from pydantic import PlainValidator
from typing_extensions import NotRequired, TypedDict

from mistralai.models._files import (
    File,
    FilePurpose,
    FilesAPIRoutesUploadFileMultiPartBodyParams,
    FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict,
    FileTypedDict,
)
from mistralai_core._models import BaseModel

__all__ = [
    "Annotated",
    "BaseModel",
    "File",
    "FilePurpose",
    "FileTypedDict",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "IO",
    "NotRequired",
    "Optional",
    "PlainValidator",
    "TypedDict",
    "Union",
    "io",
    "pydantic",
]
