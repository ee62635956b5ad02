"""``client.beta``: the API's beta resources, each loaded on first use.

A new beta resource is one ``SubResource`` line here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai_core._operation import Resource, SubResource

if TYPE_CHECKING:
    from .conversations import Conversations

__all__ = ["Beta"]


class Beta(Resource):
    """Beta resources: ``conversations``."""

    conversations: SubResource[Conversations] = SubResource(
        "mistralai._resources.conversations:Conversations"
    )
