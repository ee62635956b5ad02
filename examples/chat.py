"""Chat and FIM: a completion and a stream, sync and async."""

from __future__ import annotations

import asyncio
import os

from mistralai import Mistral

MODEL = "mistral-small-latest"
QUESTION = [{"role": "user", "content": "Who is the best French painter? Answer in one sentence."}]


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


def main() -> None:
    with client() as s:
        res = s.chat.complete(model=MODEL, messages=QUESTION)
        print("chat.complete:", res.choices[0].message.content if res.choices else None)

        pieces = []
        with s.chat.stream(model=MODEL, messages=QUESTION) as events:
            for event in events:
                pieces.append(event.data.choices[0].delta.content or "")
        print(f"chat.stream: {len(pieces)} events:", "".join(str(p) for p in pieces))

        fim = s.fim.complete(model="codestral-latest", prompt="def add(a, b):", suffix="return c")
        print("fim.complete:", fim.choices[0].message.content if fim.choices else None)


async def main_async() -> None:
    async with client() as s:
        res = await s.chat.complete_async(model=MODEL, messages=QUESTION, max_tokens=8)
        print("chat.complete_async:", res.choices[0].message.content if res.choices else None)

        pieces = []
        async with await s.chat.stream_async(model=MODEL, messages=QUESTION) as events:
            async for event in events:
                pieces.append(event.data.choices[0].delta.content or "")
        print(f"chat.stream_async: {len(pieces)} events:", "".join(str(p) for p in pieces))


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
