"""Models: list them and look one up, sync and async.

``update``, ``archive``, ``unarchive`` and ``delete`` act on fine-tuned models: see
fine_tuning.py for a model to try them on.
"""

from __future__ import annotations

import asyncio
import os

from mistralai import Mistral, models


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


def main() -> None:
    with client() as s:
        res = s.models.list()
        for card in res.data or []:
            if not isinstance(card, models.UnknownVariant):
                print("list:", card.id, card.type)
        card = s.models.retrieve(model_id="mistral-small-latest")
        # A base or a fine-tuned card (an unknown future `type` parses as UnknownVariant).
        if isinstance(card, (models.BaseModelCard, models.FTModelCard)):
            print("retrieve:", card.id, "context", card.max_context_length)


async def main_async() -> None:
    async with client() as s:
        res = await s.models.list_async()
        print("list_async:", len(res.data or []), "models")
        card = await s.models.retrieve_async(model_id="mistral-small-latest")
        print("retrieve_async:", type(card).__name__)


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
