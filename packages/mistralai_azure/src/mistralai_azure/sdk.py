"""v1's ``mistralai_azure.sdk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Callable, Dict, Optional, Union

import httpx

from mistralai_azure import models, utils
from mistralai_azure._client import MistralAzure
from mistralai_core._completions import Chat
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._retry import RetryConfig
from mistralai_core._types import Nullable
from mistralai_core.models._v1 import Logger, NoOpLogger

__all__ = [
    "Any",
    "AsyncHttpClient",
    "Callable",
    "Chat",
    "Dict",
    "HttpClient",
    "Logger",
    "MistralAzure",
    "NoOpLogger",
    "Nullable",
    "Optional",
    "RetryConfig",
    "Union",
    "httpx",
    "models",
    "utils",
]
