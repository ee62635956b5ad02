"""Conversations: the service keeps the conversation; start, continue, branch, stream.

``client.beta.conversations`` (beta API): start a conversation with a model, append to it,
read its history, restart it from an earlier entry (a new branch), stream an answer, then
delete it. Sync first, then the same steps async.
"""

from __future__ import annotations

import asyncio
import os

from mistralai import Mistral, models

MODEL = "mistral-small-latest"


def answer(response: models.ConversationResponse) -> str:
    """The text of a response's message outputs (it may also hold tool calls, hand-offs)."""
    return " ".join(
        str(out.content) for out in response.outputs if isinstance(out, models.MessageOutputEntry)
    )


def delta(event: models.ConversationEvents) -> str:
    """The text an event adds ("" for the others: started, done, tool calls...)."""
    return str(event.data.content) if isinstance(event.data, models.MessageOutputEvent) else ""


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


def main() -> None:
    with client() as s:
        conversations = s.beta.conversations
        started = conversations.start(
            inputs="Who is the best French painter? One sentence.",
            model=MODEL,
            instructions="You are an art historian.",
        )
        conversation_id = started.conversation_id
        print("start:", answer(started))
        more = conversations.append(conversation_id=conversation_id, inputs="And a sculptor?")
        print("append:", answer(more))

        history = conversations.get_history(conversation_id=conversation_id)
        for entry in history.entries:
            print(f"  {entry.type}: {getattr(entry, 'content', '')}")

        first_answer = history.entries[1]
        assert first_answer.id is not None
        branch = conversations.restart(
            conversation_id=conversation_id,
            from_entry_id=first_answer.id,
            inputs="And an Italian painter?",
        )
        print("restart (a new conversation):", answer(branch))

        with conversations.append_stream(
            conversation_id=branch.conversation_id, inputs="Why?"
        ) as stream:
            for event in stream:
                print(delta(event), end="", flush=True)
        print()

        messages = conversations.get_messages(conversation_id=branch.conversation_id)
        print("messages in the branch:", len(messages.messages))
        for conversation in conversations.list(page_size=10):
            print("  listed:", conversation.id)
        conversations.delete(conversation_id=conversation_id)
        conversations.delete(conversation_id=branch.conversation_id)


async def main_async() -> None:
    async with client() as s:
        conversations = s.beta.conversations
        started = await conversations.start_async(inputs="Name a French composer.", model=MODEL)
        print("start_async:", answer(started))
        stream = await conversations.append_stream_async(
            conversation_id=started.conversation_id, inputs="And a German one?"
        )
        async with stream:
            async for event in stream:
                print(delta(event), end="", flush=True)
        print()
        await conversations.delete_async(conversation_id=started.conversation_id)


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
