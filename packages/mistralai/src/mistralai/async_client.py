"""v1's ``mistralai.async_client``: the 0.x async client's name, a stub that refuses."""

from __future__ import annotations

from typing import Any, Optional

from .client import MIGRATION_MESSAGE

__all__ = ["MIGRATION_MESSAGE", "MistralAsyncClient", "Optional"]


class MistralAsyncClient:
    """The 0.x async client's name: constructing it raises, with :data:`MIGRATION_MESSAGE`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError(MIGRATION_MESSAGE)
