"""Agents: a completion and a streamed completion by an agent, sync and async.

Set ``MISTRAL_AGENT_ID`` to one of your agents (La Plateforme > Agents).
"""

from __future__ import annotations

import asyncio
import os

from mistralai import Mistral


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


AGENT_ID = os.environ.get("MISTRAL_AGENT_ID", "ag:example")
MESSAGES = [{"role": "user", "content": "Who is the best French painter? One sentence."}]


def main() -> None:
    with client() as s:
        res = s.agents.complete(agent_id=AGENT_ID, messages=MESSAGES)
        for choice in res.choices or []:
            print("complete:", choice.message.content)
        with s.agents.stream(agent_id=AGENT_ID, messages=MESSAGES) as stream:
            for event in stream:
                print(event.data.choices[0].delta.content or "", end="", flush=True)
        print()


async def main_async() -> None:
    async with client() as s:
        res = await s.agents.complete_async(agent_id=AGENT_ID, messages=MESSAGES)
        for choice in res.choices or []:
            print("complete_async:", choice.message.content)
        async with await s.agents.stream_async(agent_id=AGENT_ID, messages=MESSAGES) as stream:
            async for event in stream:
                print(event.data.choices[0].delta.content or "", end="", flush=True)
        print()


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
