"""``mistralai.azure.client``: mistralai 2.x's import path of ``MistralAzure``.

The same class as ``from mistralai_azure import MistralAzure``, loaded on first access; it
needs the ``azure`` extra (the mistralai-azure distribution).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._aliases import aliases

if TYPE_CHECKING:
    from mistralai_azure._client import MistralAzure as MistralAzure

__all__ = ["MistralAzure"]

__getattr__ = aliases(
    __name__,
    {"MistralAzure": "mistralai_azure._client"},
    requires="mistralai_azure",
    extra="azure",
)
