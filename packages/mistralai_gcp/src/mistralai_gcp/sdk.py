"""v1's ``mistralai_gcp.sdk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
import json
from typing import Optional, Tuple, Union

import httpx

from mistralai_core._completions import Chat, Fim
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._retry import RetryConfig
from mistralai_core._types import Nullable
from mistralai_core.models._v1 import Logger, NoOpLogger
from mistralai_gcp import models
from mistralai_gcp._client import MistralGoogleCloud

__all__ = [
    "AsyncHttpClient",
    "Chat",
    "Fim",
    "HttpClient",
    "Logger",
    "MistralGoogleCloud",
    "NoOpLogger",
    "Nullable",
    "Optional",
    "RetryConfig",
    "Tuple",
    "Union",
    "httpx",
    "json",
    "models",
]
