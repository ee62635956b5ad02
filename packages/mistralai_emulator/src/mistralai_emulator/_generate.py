"""Deterministic "models": completions, embeddings and moderation scores as pure functions.

Nothing here does I/O or keeps state. The same request always gives the same answer, so tests
can assert on exact content. Token counts are whitespace-separated words: crude, but stable and
easy to reason about in a test (``max_tokens=3`` gives three words and ``finish_reason="length"``).

The shapes follow the contract: ``ChatCompletionResponse`` / ``FIMCompletionResponse`` for
whole answers, ``CompletionChunk`` for each server-sent event, ``EmbeddingResponse`` and
``ClassificationResponse``.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._tools import plan_tool_calls, tool_results_text

JSON = Any

EMBEDDING_SIZE = 1024
"""Length of every ``mistral-embed`` vector, as the real model returns."""

MODERATION_CATEGORIES: tuple[str, ...] = (
    "sexual",
    "hate_and_discrimination",
    "violence_and_threats",
    "dangerous_and_criminal_content",
    "selfharm",
    "health",
    "financial",
    "law",
    "pii",
)
"""The categories of Mistral's moderation service. The contract types them as an open map
(``additionalProperties``), so the names come from the service's documentation."""

# Words that push a moderation category over the threshold, so tests can provoke a flag.
_TRIGGERS: Mapping[str, tuple[str, ...]] = {
    "violence_and_threats": ("kill", "attack", "bomb"),
    "selfharm": ("hurt myself",),
    "pii": ("@", "passport", "ssn"),
    "financial": ("invest", "stock"),
    "health": ("diagnos", "medication"),
}


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode()).digest()


def short_id(*parts: str, length: int = 32) -> str:
    """A stable hex id derived from ``parts``."""
    return _digest(*parts).hex()[:length]


def count_tokens(text: str) -> int:
    return len(text.split())


def text_of(content: JSON) -> str:
    """The text of a message ``content``: a string, null, or a list of content chunks."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts = []
    for chunk in content:
        if isinstance(chunk, Mapping):
            if chunk.get("type", "text") == "text" and "text" in chunk:
                parts.append(str(chunk["text"]))
            elif "image_url" in chunk:
                parts.append("[image]")
    return " ".join(parts)


def prompt_tokens(messages: Sequence[Mapping[str, JSON]]) -> int:
    return max(1, sum(count_tokens(text_of(m.get("content"))) for m in messages))


@dataclass(frozen=True)
class Choice:
    index: int
    content: str
    tool_calls: list[JSON] | None
    finish_reason: str


@dataclass(frozen=True)
class Completion:
    """The model-independent result of a completion request, before it is shaped for the wire."""

    id: str
    model: str
    created: int
    choices: list[Choice]
    prompt_tokens: int

    @property
    def completion_tokens(self) -> int:
        return sum(
            count_tokens(c.content) + (len(c.tool_calls) if c.tool_calls else 0)
            for c in self.choices
        )

    def usage(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }

    def response(self) -> dict[str, JSON]:
        """The ``ChatCompletionResponse`` (also the FIM response) body."""
        choices = []
        for choice in self.choices:
            message: dict[str, JSON] = {
                "role": "assistant",
                "content": choice.content,
                "tool_calls": choice.tool_calls,
                "prefix": False,
            }
            choices.append(
                {"index": choice.index, "message": message, "finish_reason": choice.finish_reason}
            )
        return {
            "id": self.id,
            "object": "chat.completion",
            "model": self.model,
            "created": self.created,
            "usage": self.usage(),
            "choices": choices,
        }

    def chunks(self) -> Iterator[dict[str, JSON]]:
        """``CompletionChunk`` events: role first, then a few words per event, then the finish."""

        def chunk(index: int, delta: dict[str, JSON], finish: str | None) -> dict[str, JSON]:
            return {
                "id": self.id,
                "object": "chat.completion.chunk",
                "created": self.created,
                "model": self.model,
                "choices": [{"index": index, "delta": delta, "finish_reason": finish}],
            }

        for choice in self.choices:
            yield chunk(choice.index, {"role": "assistant", "content": ""}, None)
            if choice.tool_calls:
                yield chunk(choice.index, {"tool_calls": choice.tool_calls}, None)
            words = choice.content.split(" ") if choice.content else []
            for start in range(0, len(words), 2):
                piece = " ".join(words[start : start + 2])
                if start + 2 < len(words):
                    piece += " "
                yield chunk(choice.index, {"content": piece}, None)
        last = chunk(self.choices[-1].index, {"content": ""}, None)
        # Every choice gets its finish reason; the final event also carries usage.
        for choice in self.choices[:-1]:
            yield chunk(choice.index, {"content": ""}, choice.finish_reason)
        last["choices"][0]["finish_reason"] = self.choices[-1].finish_reason
        last["usage"] = self.usage()
        yield last


def _apply_limits(text: str, max_tokens: int | None, stop: JSON) -> tuple[str, str]:
    stops = [stop] if isinstance(stop, str) else list(stop or [])
    finish = "stop"
    for marker in stops:
        if marker and marker in text:
            text = text[: text.index(marker)]
    words = text.split(" ") if text else []
    if max_tokens is not None and len(words) > max_tokens:
        words, finish = words[:max_tokens], "length"
    return " ".join(words), finish


SAFETY_PROMPT = (
    "Always assist with care, respect, and truth. Respond with utmost utility yet securely. "
    "Avoid harmful, unethical, prejudiced, or negative content. Ensure replies promote fairness "
    "and positivity."
)
"""The system prompt ``safe_prompt=true`` prepends (Mistral's guardrailing documentation); its
tokens count in ``prompt_tokens``, as the service bills them."""

OPENINGS = ("Echo:", "You said:", "Reply:", "Heard:", "Noted:", "Answer:")
"""How a reply opens: ``Echo:`` without ``random_seed``; with one, the seed picks (sampling)."""


def _tool_call(name: str, arguments: dict[str, JSON], seed: str, index: int) -> dict[str, JSON]:
    return {
        "id": short_id("tool", seed, str(index), length=9),
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
        "index": index,
    }


def chat_completion(body: Mapping[str, JSON], model: str, *, kind: str = "chat") -> Completion:
    """Answer a chat (or agents) request: the reply is derived from the last user message.

    Tool calls follow :mod:`._tools`. ``max_tokens`` and ``stop`` cut every reply (JSON mode
    included: the JSON is then incomplete and ``finish_reason`` is ``"length"``, as the
    service's is). ``random_seed`` picks the reply's opening word (same seed, same reply).
    """
    messages: list[Mapping[str, JSON]] = list(body.get("messages") or [])
    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    last_text = text_of(last_user.get("content")) if last_user else ""
    seed = json.dumps(body, sort_keys=True)
    prefix = ""
    if messages and messages[-1].get("role") == "assistant" and messages[-1].get("prefix"):
        prefix = text_of(messages[-1].get("content"))
    answering_tool = bool(messages) and messages[-1].get("role") == "tool"
    plan = plan_tool_calls(body, messages, text_of)
    random_seed = body.get("random_seed")
    opening = OPENINGS[0]
    if random_seed is not None:
        opening = random.Random(int(random_seed)).choice(OPENINGS)
    n = int(body.get("n") or 1)
    choices = []
    for index in range(n):
        if plan is not None and plan.calls:
            calls = [
                _tool_call(name, arguments, seed, index * len(plan.calls) + position)
                for position, (name, arguments) in enumerate(plan.calls)
            ]
            choices.append(Choice(index, "", calls, "tool_calls"))
            continue
        if answering_tool:
            base = tool_results_text(messages, text_of)
        elif plan is not None and plan.text:
            base = plan.text
        else:
            base = f"{opening} {last_text}" if last_text else "Hello from the Mistral emulator."
        if index:
            base = f"{base} (choice {index})"
        fmt = (body.get("response_format") or {}).get("type")
        if fmt == "json_object":
            base = json.dumps({"reply": base, "choice": index})
        content, finish = _apply_limits(prefix + base, body.get("max_tokens"), body.get("stop"))
        choices.append(Choice(index, content, None, finish))
    tokens = prompt_tokens(messages)
    if body.get("safe_prompt"):
        tokens += count_tokens(SAFETY_PROMPT)
    return Completion(
        id=short_id(kind, seed),
        model=model,
        created=int(time.time()),
        choices=choices,
        prompt_tokens=tokens,
    )


def fim_completion(body: Mapping[str, JSON], model: str) -> Completion:
    """Answer a fill-in-the-middle request: code that "joins" the prompt to the suffix."""
    prompt = str(body.get("prompt") or "")
    suffix = str(body.get("suffix") or "")
    last_line = prompt.rstrip("\n").split("\n")[-1].strip()
    base = f"pass  # completes: {last_line}" if last_line else "pass"
    content, finish = _apply_limits(base, body.get("max_tokens"), body.get("stop"))
    return Completion(
        id=short_id("fim", json.dumps(body, sort_keys=True)),
        model=model,
        created=int(time.time()),
        choices=[Choice(0, content, None, finish)],
        prompt_tokens=max(1, count_tokens(prompt) + count_tokens(suffix)),
    )


def embedding(text: str) -> list[float]:
    """A unit-length vector of :data:`EMBEDDING_SIZE` floats, a pure function of ``text``."""
    rng = random.Random(_digest("embed", text))
    vector = [rng.gauss(0.0, 1.0) for _ in range(EMBEDDING_SIZE)]
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector]


def embeddings_response(inputs: Sequence[str], model: str) -> dict[str, JSON]:
    tokens = max(1, sum(count_tokens(t) for t in inputs))
    return {
        "id": short_id("embeddings", model, *inputs),
        "object": "list",
        "model": model,
        "usage": {"prompt_tokens": tokens, "completion_tokens": 0, "total_tokens": tokens},
        "data": [
            {"object": "embedding", "embedding": embedding(text), "index": i}
            for i, text in enumerate(inputs)
        ],
    }


def moderation(text: str) -> dict[str, JSON]:
    """A ``ClassificationObject``: a score for every category and its thresholded flag."""
    lowered = text.lower()
    scores: dict[str, float] = {}
    for category in MODERATION_CATEGORIES:
        low = int.from_bytes(_digest("moderation", category, text)[:4], "big") / 2**32 * 0.05
        hit = any(word in lowered for word in _TRIGGERS.get(category, ()))
        scores[category] = round(0.9 + low if hit else low, 6)
    return {
        "categories": {name: score >= 0.5 for name, score in scores.items()},
        "category_scores": scores,
    }


def moderation_response(texts: Sequence[str], model: str) -> dict[str, JSON]:
    return {
        "id": "mod-" + short_id("moderation", model, *texts),
        "model": model,
        "results": [moderation(text) for text in texts],
    }
