"""The README's usage snippets as a user's program: checked by ``nox -s typecheck_user``.

``mypy --strict`` and pyright in strict mode (basedpyright) must accept this file as it is:
it is what the README promises to user code (``res.choices[0].message.content`` and the
stream loop type-check without casts, narrowing or ``# type: ignore``). The README's
``messages=[...]`` placeholders are written out. Not run (it would need a key and the API).
"""

from __future__ import annotations

import asyncio
import json
import os

from mistralai import Mistral, UserMessage
from mistralai.models import (
    JsonSchema,
    MessagesTypedDict,
    ResponseFormat,
    TranscriptionStreamTextDelta,
)


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


def structured_output(client: Mistral) -> dict[str, object]:
    """The README's "Structured output" snippet."""
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "born": {"type": "integer"}},
        "required": ["name", "born"],
        "additionalProperties": False,
    }
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Who painted Water Lilies?"}],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "painter", "schema": schema, "strict": True},
        },
    )
    content = res.choices[0].message.content
    assert isinstance(content, str)
    painter: dict[str, object] = json.loads(content)
    typed = ResponseFormat(
        type="json_schema", json_schema=JsonSchema(name="painter", schema_definition=schema)
    )
    client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Hi"}],
        response_format=typed,
        extra_body={"a_field_added_later": True},
        extra_headers={"X-Trace": "1"},
    )
    return painter


def media(client: Mistral) -> None:
    """The OCR and Transcription sections."""
    res = client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": "https://arxiv.org/pdf/2201.04234"},
        pages=[0, 1],
    )
    for page in res.pages:
        print(page.index, page.dimensions, page.markdown[:80])
    print(res.usage_info.pages_processed, "page(s)")

    with open("meeting.mp3", "rb") as audio:
        heard = client.audio.transcriptions.complete(
            model="voxtral-mini-latest",
            file={"file_name": "meeting.mp3", "content": audio},
            language="en",
        )
    print(heard.text)
    for segment in heard.segments:
        print(segment.start, segment.end, segment.text)

    with client.audio.transcriptions.stream(
        model="voxtral-mini-latest", file_url="https://example.com/meeting.mp3"
    ) as events:
        for event in events:
            if isinstance(event.data, TranscriptionStreamTextDelta):
                print(event.data.text, end="")


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
