"""``client.beta``: the API's beta resources, each loaded on first use.

A new beta resource is one ``SubResource`` line here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai_core._operation import Resource, SubResource

if TYPE_CHECKING:
    from .beta_agents import BetaAgents
    from .conversations import Conversations

__all__ = ["Beta"]


class Beta(Resource):
    """Beta resources: ``conversations`` and ``agents``."""

    conversations: SubResource[Conversations] = SubResource(
        "mistralai._resources.conversations:Conversations"
    )
    agents: SubResource[BetaAgents] = SubResource("mistralai._resources.beta_agents:BetaAgents")
