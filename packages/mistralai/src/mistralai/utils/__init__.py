"""v1's ``mistralai.utils``: the retry configuration types."""

from mistralai_core._retry import NO_RETRY, BackoffStrategy, RetryConfig

__all__ = ["NO_RETRY", "BackoffStrategy", "RetryConfig"]
