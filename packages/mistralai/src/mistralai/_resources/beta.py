"""``client.beta``: the API's beta resources, one lazy attribute each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai_core._operation import Resource, SubResource

if TYPE_CHECKING:
    from .beta_agents import BetaAgents

__all__ = ["Beta"]


class Beta(Resource):
    """Beta resources: each loads on first use."""

    agents: SubResource[BetaAgents] = SubResource("mistralai._resources.beta_agents:BetaAgents")
