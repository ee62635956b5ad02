"""Conversations (``/v1/conversations``): entries kept, appended to and restarted.

Every operation is a 501 placeholder until its handler is written (see
:func:`._common.placeholder`).
"""

from __future__ import annotations

from ._common import placeholder

placeholder("agents_api_v1_conversations_start")
placeholder("agents_api_v1_conversations_list")
placeholder("agents_api_v1_conversations_get")
placeholder("agents_api_v1_conversations_delete")
placeholder("agents_api_v1_conversations_append")
placeholder("agents_api_v1_conversations_history")
placeholder("agents_api_v1_conversations_messages")
placeholder("agents_api_v1_conversations_restart")
