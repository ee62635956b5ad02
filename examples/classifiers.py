"""Moderation of texts and of a conversation, sync and async."""

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


MODEL = "mistral-moderation-latest"
CHAT = [
    {"role": "user", "content": "How do I bake bread?"},
    {"role": "assistant", "content": "Flour, water, salt, yeast, and patience."},
]


def main() -> None:
    with client() as s:
        res = s.classifiers.moderate(model=MODEL, inputs=["A friendly sentence."])
        for result in res.results or []:
            flagged = [name for name, hit in (result.categories or {}).items() if hit]
            print("moderate: flagged", flagged or "nothing")
        res = s.classifiers.moderate_chat(model=MODEL, inputs=CHAT)
        print("moderate_chat:", len(res.results or []), "result(s)")


async def main_async() -> None:
    async with client() as s:
        res = await s.classifiers.moderate_async(model=MODEL, inputs="Another sentence.")
        print("moderate_async:", len(res.results or []), "result(s)")
        res = await s.classifiers.moderate_chat_async(model=MODEL, inputs=[CHAT, CHAT])
        print("moderate_chat_async:", len(res.results or []), "result(s)")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
