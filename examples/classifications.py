"""Classifications: scores per target for texts and for conversations, sync and async.

``model`` is a classifier: one you fine-tuned (``ft:classifier:...``) or the moderation model,
whose one target is ``moderation``.
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


MODEL = "mistral-moderation-latest"
CHAT = {"messages": [{"role": "user", "content": "How do I bake bread?"}]}


def main() -> None:
    with client() as s:
        res = s.classifiers.classify(model=MODEL, inputs=["A friendly sentence.", "Another."])
        for result in res.results:
            for target, scored in result.items():
                label, score = max(scored.scores.items(), key=lambda item: item[1])
                print(f"classify: {target}: top label {label} ({score:.3f})")
        res = s.classifiers.classify_chat(model=MODEL, input=[CHAT])  # 2.x spelling: input=
        print("classify_chat:", len(res.results), "result(s)")


async def main_async() -> None:
    async with client() as s:
        res = await s.classifiers.classify_async(model=MODEL, inputs="One more sentence.")
        print("classify_async:", sorted(res.results[0]))
        res = await s.classifiers.classify_chat_async(model=MODEL, inputs=CHAT)
        print("classify_chat_async:", len(res.results), "result(s)")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
