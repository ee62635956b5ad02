"""Agents (beta): create an agent, version it, alias a version, use it, clean up. Sync and async.

Every ``update`` makes a new version; an alias names one; ``agents.complete`` answers with the
agent's current version. Inline batch requests run through the same agent.
"""

from __future__ import annotations

import asyncio
import os
import time

from mistralai import Mistral


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


MODEL = "mistral-small-latest"
QUESTION = [{"role": "user", "content": "Who is the best French painter? One sentence."}]
DONE = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}


def main() -> None:
    with client() as s:
        agent = s.beta.agents.create(
            model=MODEL,
            name="art-critic",
            instructions="You are an art critic. Answer in one sentence.",
            completion_args={"temperature": 0.3},
        )
        print("create:", agent.id, "version", agent.version)
        agent = s.beta.agents.update(
            agent_id=agent.id, instructions="You are a terse art critic.", version_message="terse"
        )
        print("update:", "version", agent.version, "of", agent.versions)
        alias = s.beta.agents.create_version_alias(agent_id=agent.id, alias="stable", version=0)
        print("create_version_alias:", alias.alias, "->", alias.version)
        stable = s.beta.agents.get(agent_id=agent.id, agent_version="stable")
        print("get(stable):", stable.instructions)
        print("list_versions:", [v.version for v in s.beta.agents.list_versions(agent_id=agent.id)])
        answer = s.agents.complete(agent_id=agent.id, messages=QUESTION)
        print("agents.complete:", answer.choices[0].message.content)

        job = s.batch.jobs.create(
            requests=[{"custom_id": "q1", "body": {"messages": QUESTION}}],
            endpoint="/v1/chat/completions",
            model=MODEL,
            agent_id=agent.id,
        )
        while job.status not in DONE:
            time.sleep(0.2)
            job = s.batch.jobs.get(job_id=job.id, inline=True)
        for output in job.outputs or []:
            print("batch output:", output["custom_id"], output["response"]["status_code"])
        s.batch.jobs.delete(job_id=job.id)

        s.beta.agents.delete_version_alias(agent_id=agent.id, alias="stable")
        s.beta.agents.delete(agent_id=agent.id)
        print("delete: done;", len(s.beta.agents.list(name="art-critic")), "left")


async def main_async() -> None:
    async with client() as s:
        agent = await s.beta.agents.create_async(model=MODEL, name="async-critic")
        agent = await s.beta.agents.update_async(agent_id=agent.id, description="v1")
        agent = await s.beta.agents.update_version_async(agent_id=agent.id, version=0)
        print("update_version_async: current version", agent.version, "of", agent.versions)
        one = await s.beta.agents.get_version_async(agent_id=agent.id, version="1")
        print("get_version_async:", one.version, one.description)
        await s.beta.agents.create_version_alias_async(agent_id=agent.id, alias="v1", version=1)
        aliases = await s.beta.agents.list_version_aliases_async(agent_id=agent.id)
        print("list_version_aliases_async:", [(a.alias, a.version) for a in aliases])
        await s.beta.agents.delete_async(agent_id=agent.id)
        print("delete_async: done")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
