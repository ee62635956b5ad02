"""The contract walk's part for ``/v1/agents`` and inline batch jobs (called from
``test_contract_walk.py``): every operation once, each response checked by the walker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .conftest import CHAT, wait_for

if TYPE_CHECKING:
    from .test_contract_walk import Walker


def walk_beta_agents_and_inline_batches(w: Walker) -> None:
    agent = w.call(
        "agents_api_v1_agents_create",
        "/v1/agents",
        json={
            "model": "mistral-small-latest",
            "name": "walker",
            "instructions": "Be brief.",
            "tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}],
            "completion_args": {"temperature": 0.1},
        },
    ).json()
    base = f"/v1/agents/{agent['id']}"
    w.call("agents_api_v1_agents_list", "/v1/agents", params={"metadata": '{"a":1}'})
    w.call("agents_api_v1_agents_update", base, json={"description": "v1"})
    w.call("agents_api_v1_agents_get", base, params={"agent_version": 0})
    w.call("agents_api_v1_agents_list_versions", f"{base}/versions")
    w.call("agents_api_v1_agents_get_version", f"{base}/versions/1")
    w.call("agents_api_v1_agents_update_version", f"{base}/version", params={"version": 0})
    w.call(
        "agents_api_v1_agents_create_or_update_alias",
        f"{base}/aliases",
        params={"alias": "prod", "version": 1},
    )
    w.call("agents_api_v1_agents_list_version_aliases", f"{base}/aliases")
    w.call("agents_api_v1_agents_delete_alias", f"{base}/aliases", params={"alias": "prod"})

    inline = w.call(
        "jobs_api_routes_batch_create_batch_job",
        "/v1/batch/jobs",
        json={
            "input_files": [],
            "requests": [{"custom_id": "x", "body": {"messages": CHAT["messages"]}}],
            "endpoint": "/v1/chat/completions",
            "model": "mistral-small-latest",
            "agent_id": agent["id"],
        },
    ).json()
    done = wait_for(
        lambda: w.call(
            "jobs_api_routes_batch_get_batch_job",
            f"/v1/batch/jobs/{inline['id']}",
            params={"inline": "true"},
        ).json(),
        lambda j: j["status"] == "SUCCESS",
    )
    assert done["outputs"] and done["outputs"][0]["custom_id"] == "x"
    w.call("jobs_api_routes_batch_delete_batch_job", f"/v1/batch/jobs/{inline['id']}")
    w.call("agents_api_v1_agents_delete", base)
