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
from mistralai.models import JsonSchema, MessagesTypedDict, ResponseFormat


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


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
