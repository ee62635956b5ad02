"""``mistralai.client``: mistralai 2.x's import path of the client, and v1's stub.

``from mistralai.client import Mistral`` gives the same class as ``from mistralai import
Mistral`` (loaded on first access). v1 kept ``MistralClient``, the 0.x client's name, as a
stub that refuses with a pointer to the new client; so does this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ._aliases import aliases

if TYPE_CHECKING:
    from ._client import Mistral as Mistral

__all__ = ["MIGRATION_MESSAGE", "Mistral", "MistralClient", "Optional"]

MIGRATION_MESSAGE = (
    "MistralClient is the 0.x client, replaced since mistralai 1.0: use "
    "`from mistralai import Mistral` (client.chat.complete(...)); see the official "
    "client's MIGRATION.md, or pin mistralai 0.4.2 to keep the old client."
)


class MistralClient:
    """The 0.x client's name: constructing it raises, with :data:`MIGRATION_MESSAGE`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError(MIGRATION_MESSAGE)


__getattr__ = aliases(__name__, {"Mistral": "mistralai._client"})
