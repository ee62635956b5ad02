"""Embeddings: one vector per text, sync and async."""

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


TEXTS = ["Embed this sentence.", "As well as this one."]


def main() -> None:
    with client() as s:
        res = s.embeddings.create(model="mistral-embed", inputs=TEXTS)
        for item in res.data:
            print(f"create: #{item.index}: {len(item.embedding or [])} dimensions")
        print("usage:", res.usage.total_tokens, "tokens")


async def main_async() -> None:
    async with client() as s:
        res = await s.embeddings.create_async(model="mistral-embed", inputs=TEXTS[0])
        print("create_async:", len(res.data[0].embedding or []), "dimensions")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
