"""``mistralai.gcp.client``: mistralai 2.x's import path of the Vertex AI client.

``MistralGCP`` (2.x's name) is ``mistralai_gcp.MistralGoogleCloud``, loaded on first access;
it needs the ``gcp`` extra (the mistralai-gcp distribution).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._aliases import aliases

if TYPE_CHECKING:
    from mistralai_gcp._client import MistralGoogleCloud as MistralGCP

__all__ = ["MistralGCP"]

__getattr__ = aliases(
    __name__,
    {"MistralGCP": "mistralai_gcp._client:MistralGoogleCloud"},
    requires="mistralai_gcp",
    extra="gcp",
)
