"""v1's ``mistralai.sdk``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from typing import Any, Callable, Dict, Optional, Union

import httpx

from mistralai import models, utils
from mistralai._client import Mistral
from mistralai._resources.agents import Agents
from mistralai._resources.batch import Batch
from mistralai._resources.classifiers import Classifiers
from mistralai._resources.embeddings import Embeddings
from mistralai._resources.files import Files
from mistralai._resources.fine_tuning import FineTuning
from mistralai._resources.models import Models
from mistralai_core._completions import Chat, Fim
from mistralai_core._http import AsyncHttpClient, HttpClient
from mistralai_core._retry import RetryConfig
from mistralai_core._types import UNSET, OptionalNullable
from mistralai_core.models._v1 import Logger, get_default_logger

__all__ = [
    "Agents",
    "Any",
    "AsyncHttpClient",
    "Batch",
    "Callable",
    "Chat",
    "Classifiers",
    "Dict",
    "Embeddings",
    "Files",
    "Fim",
    "FineTuning",
    "HttpClient",
    "Logger",
    "Mistral",
    "Models",
    "Optional",
    "OptionalNullable",
    "RetryConfig",
    "UNSET",
    "Union",
    "get_default_logger",
    "httpx",
    "models",
    "utils",
]
