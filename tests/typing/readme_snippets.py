"""The README's usage snippets as a user's program: checked by ``nox -s typecheck_user``.

``mypy --strict`` and pyright in strict mode (basedpyright) must accept this file as it is:
it is what the README promises to user code (``res.choices[0].message.content`` and the
stream loop type-check without casts, narrowing or ``# type: ignore``). The README's
``messages=[...]`` placeholders are written out. Not run (it would need a key and the API).
"""

from __future__ import annotations

import asyncio
import os

from mistralai import Mistral, UserMessage
from mistralai.models import MessagesTypedDict


def main() -> None:
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Who is the best French painter?"}],
        )
        print(res.choices[0].message.content)

        with client.chat.stream(
            model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}]
        ) as events:
            for event in events:
                print(event.data.choices[0].delta.content, end="")

        typed: list[MessagesTypedDict] = [{"role": "user", "content": "Hi"}]
        models = [UserMessage(content="Hi")]
        for messages in (typed, models):
            answer = client.chat.complete(model="mistral-small-latest", messages=messages)
            for choice in answer.choices:
                print(choice.index, choice.finish_reason, choice.message.content)


async def main_async() -> None:
    async with Mistral() as client:  # the key comes from MISTRAL_API_KEY
        res = await client.chat.complete_async(
            model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}]
        )
        print(res.choices[0].message.content)
        async with await client.chat.stream_async(
            model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}]
        ) as events:
            async for event in events:
                print(event.data.choices[0].delta.content, end="")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())


def beta_agents(client: Mistral) -> None:
    """The README's "Agents (beta) and inline batches" snippet."""
    agent = client.beta.agents.create(
        model="mistral-small-latest", name="critic", instructions="Answer in one sentence."
    )
    agent = client.beta.agents.update(agent_id=agent.id, instructions="Be terse.")
    client.beta.agents.create_version_alias(agent_id=agent.id, alias="stable", version=0)
    stable = client.beta.agents.get(agent_id=agent.id, agent_version="stable")
    print(stable.version, stable.versions[-1])
    client.agents.complete(agent_id=agent.id, messages=[{"role": "user", "content": "Monet?"}])
    job = client.batch.jobs.create(
        requests=[{"custom_id": "q1", "body": {"messages": [{"role": "user", "content": "hi"}]}}],
        endpoint="/v1/chat/completions",
        model="mistral-small-latest",
    )
    for output in client.batch.jobs.get(job_id=job.id, inline=True).outputs or []:
        print(output["custom_id"])
