"""Agents of the agents API (``/v1/agents``): versions and aliases.

Every operation is a 501 placeholder until its handler is written (see
:func:`._common.placeholder`).
"""

from __future__ import annotations

from ._common import placeholder

placeholder("agents_api_v1_agents_create")
placeholder("agents_api_v1_agents_list")
placeholder("agents_api_v1_agents_get")
placeholder("agents_api_v1_agents_update")
placeholder("agents_api_v1_agents_delete")
placeholder("agents_api_v1_agents_update_version")
placeholder("agents_api_v1_agents_list_versions")
placeholder("agents_api_v1_agents_get_version")
placeholder("agents_api_v1_agents_create_or_update_alias")
placeholder("agents_api_v1_agents_list_version_aliases")
placeholder("agents_api_v1_agents_delete_alias")
