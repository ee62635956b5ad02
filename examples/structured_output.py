"""Structured output (``response_format`` with a JSON schema) and a reasoning model's thinking."""

from __future__ import annotations

import json
import os

from mistralai import Mistral, models

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "born": {"type": "integer", "minimum": 1800, "maximum": 1900},
        "works": {"type": "array", "items": {"type": "string"}, "minItems": 1},
    },
    "required": ["name", "born", "works"],
    "additionalProperties": False,
}


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


def main() -> None:
    with client() as s:
        res = s.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Who painted Water Lilies?"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "painter", "schema": SCHEMA, "strict": True},
            },
        )
        content = res.choices[0].message.content
        assert isinstance(content, str), content
        painter = json.loads(content)
        missing = {"name", "born", "works"} - set(painter)
        if missing or not 1800 <= painter["born"] <= 1900:
            raise SystemExit(f"the answer does not follow the schema: {painter}")
        print("json_schema:", painter)

        res = s.chat.complete(
            model="magistral-small-latest",
            messages=[{"role": "user", "content": "Is 17 prime?"}],
            reasoning_effort="low",
        )
        answer = res.choices[0].message.content
        # A reasoning model's content is a list: a ThinkChunk, then the answer's TextChunk.
        chunks = answer if isinstance(answer, list) else [models.TextChunk(text=answer or "")]
        for chunk in chunks:
            if isinstance(chunk, models.ThinkChunk):
                thought = " ".join(
                    t.text for t in chunk.thinking if isinstance(t, models.TextChunk)
                )
                print("thinking:", thought)
            elif isinstance(chunk, models.TextChunk):
                print("answer:", chunk.text)


if __name__ == "__main__":
    main()
