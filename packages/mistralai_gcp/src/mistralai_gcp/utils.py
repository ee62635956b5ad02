"""v1's ``mistralai_gcp.utils``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from mistralai_core._retry import NO_RETRY, BackoffStrategy, RetryConfig
from mistralai_core.models._v1 import Logger, get_default_logger, remove_suffix

__all__ = [
    "BackoffStrategy",
    "Logger",
    "NO_RETRY",
    "RetryConfig",
    "get_default_logger",
    "remove_suffix",
]
