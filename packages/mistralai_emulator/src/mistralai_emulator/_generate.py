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
    thinking: str | None = None
    """A reasoning model's thinking, sent as a ``thinking`` chunk before the text."""

    def message_content(self) -> JSON:
        """The message's ``content``: the text, or a thinking chunk then a text chunk."""
        if self.thinking is None:
            return self.content
        return [thinking_chunk(self.thinking), {"type": "text", "text": self.content}]


def thinking_chunk(text: str) -> dict[str, JSON]:
    return {"type": "thinking", "thinking": [{"type": "text", "text": text}]}


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
            count_tokens(c.content)
            + count_tokens(c.thinking or "")
            + (len(c.tool_calls) if c.tool_calls else 0)
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
                "content": choice.message_content(),
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
            if choice.thinking is not None:
                yield chunk(choice.index, {"content": [thinking_chunk(choice.thinking)]}, None)
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


REASONING_STEPS: Mapping[str, int] = {
    "none": 0,
    "minimal": 1,
    "low": 1,
    "medium": 2,
    "high": 3,
    "xhigh": 3,
}
"""How many sentences a reasoning model thinks, by ``reasoning_effort`` (unset: medium)."""


def thinking_text(question: str, effort: JSON) -> str | None:
    """A reasoning model's deterministic thinking about ``question`` (None: it does not)."""
    steps = REASONING_STEPS.get(str(effort), 2) if effort is not None else 2
    if not steps:
        return None
    question = question.strip() or "nothing in particular"
    sentences = (
        f"The user asks: {question}" + ("" if question[-1] in ".?!" else "."),
        "I should answer briefly and exactly.",
        "Checking the answer once more before replying.",
    )
    return " ".join(sentences[:steps])


def chat_completion(
    body: Mapping[str, JSON], model: str, *, kind: str = "chat", reasoning: bool = False
) -> Completion:
    """Answer a chat (or agents) request: the reply is derived from the last user message.

    Tool calls follow :mod:`._tools`. ``max_tokens`` and ``stop`` cut every reply (JSON mode
    included: the JSON is then incomplete and ``finish_reason`` is ``"length"``, as the
    service's is). ``random_seed`` picks the reply's opening word (same seed, same reply).
    ``response_format`` ``json_schema`` answers a JSON value valid against the schema given
    (:func:`json_from_schema`). A ``reasoning`` model thinks first (a ``thinking`` chunk, its
    length set by ``reasoning_effort``); its thinking counts toward ``max_tokens``.
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
        response_format = body.get("response_format") or {}
        fmt = response_format.get("type")
        if fmt == "json_object":
            base = json.dumps({"reply": base, "choice": index})
        elif fmt == "json_schema" and isinstance(response_format.get("json_schema"), Mapping):
            schema = response_format["json_schema"].get("schema") or {}
            base = json.dumps(json_from_schema(schema, base))
        max_tokens = body.get("max_tokens")
        thinking = thinking_text(last_text, body.get("reasoning_effort")) if reasoning else None
        if thinking is not None and max_tokens is not None:
            thought, finish = _apply_limits(thinking, max_tokens, None)
            if finish == "length":  # the budget ran out while thinking: no text at all
                choices.append(Choice(index, "", None, finish, thought))
                continue
            max_tokens -= count_tokens(thinking)
        content, finish = _apply_limits(prefix + base, max_tokens, body.get("stop"))
        choices.append(Choice(index, content, None, finish, thinking))
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


_FORMATS: Mapping[str, str] = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1",
}
"""Values for the string ``format`` s a JSON schema may ask for."""


def json_from_schema(schema: JSON, text: str) -> JSON:
    """A JSON value valid against the JSON schema ``schema``, deterministic, built from it.

    Strings carry ``text`` (the reply the model would have given), fitted to their length
    bounds; numbers sit within their bounds; objects have every property (past a nesting
    depth, only the required ones, so recursive schemas end); arrays have ``minItems`` items
    (at least one, near the top). ``$ref`` s into the schema (``#/$defs/...``) are followed;
    for ``anyOf`` / ``oneOf`` the first member that is not ``null`` is used. Not honoured:
    ``pattern``, ``uniqueItems`` beyond one item, ``not`` and conditionals (``if``/``then``).
    """
    return _from_schema(schema, schema, text, 0)


def _resolve(root: JSON, ref: str) -> JSON:
    node = root
    for part in ref.lstrip("#/").split("/") if ref != "#" else []:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _from_schema(node: JSON, root: JSON, text: str, depth: int) -> JSON:
    if not isinstance(node, Mapping):
        return None if node is False else {}
    if "$ref" in node:
        return _from_schema(_resolve(root, str(node["$ref"])), root, text, depth + 1)
    if "const" in node:
        return node["const"]
    if node.get("enum"):
        return node["enum"][0]
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            members = [
                m for m in node[key] if not (isinstance(m, Mapping) and m.get("type") == "null")
            ]
            return _from_schema((members or node[key])[0], root, text, depth)
    if node.get("allOf"):
        merged: dict[str, JSON] = {}
        for part in node["allOf"]:
            value = _from_schema(part, root, text, depth)
            if isinstance(value, dict):
                merged.update(value)
        rest = {k: v for k, v in node.items() if k != "allOf"}
        if rest.get("properties") or rest.get("type"):
            value = _from_schema(rest, root, text, depth)
            if isinstance(value, dict):
                merged.update(value)
            elif not merged:
                return value
        return merged
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in node else "array" if "items" in node else "string"
    if kind == "object":
        required = set(node.get("required") or [])
        props: Mapping[str, JSON] = node.get("properties") or {}
        result: dict[str, JSON] = {}
        for name, sub in props.items():
            if depth < 4 or name in required:
                result[name] = _from_schema(sub, root, text, depth + 1)
        for name in required - set(result):  # required without a schema of its own
            result[name] = text
        return result
    if kind == "array":
        items = node.get("items", {})
        prefix = list(node.get("prefixItems") or [])
        count = max(int(node.get("minItems", 0)), len(prefix), 1 if depth < 4 else 0)
        if "maxItems" in node:
            count = min(count, int(node["maxItems"]))
        values = [
            _from_schema(prefix[i] if i < len(prefix) else items, root, text, depth + 1)
            for i in range(count)
        ]
        return values
    if kind == "string":
        if node.get("format") in _FORMATS:
            return _FORMATS[str(node["format"])]
        value = text
        low, high = int(node.get("minLength", 0)), node.get("maxLength")
        if high is not None:
            value = value[: int(high)]
        return value + "x" * max(0, low - len(value))
    if kind in ("integer", "number"):
        return _number_in(node, integer=kind == "integer")
    if kind == "boolean":
        return True
    return None


def _number_in(node: Mapping[str, JSON], *, integer: bool) -> float:
    """A number within the node's bounds: the default (1, 1.5) moved inside them."""
    step = 1 if integer else 0.5
    low = node.get("minimum")
    high = node.get("maximum")
    if node.get("exclusiveMinimum") is not None:
        low = node["exclusiveMinimum"] + (1 if integer else 0)
    if node.get("exclusiveMaximum") is not None:
        high = node["exclusiveMaximum"] - (1 if integer else 0)
    number: float = 1 if integer else 1.5
    if low is not None and high is not None:
        number = (low + high) / 2 if not integer else (int(low) + int(high)) // 2
    elif low is not None:
        number = low + step
    elif high is not None:
        number = high - step
    multiple = node.get("multipleOf")
    if multiple:
        number = math.ceil(number / multiple) * multiple
    return int(number) if integer else float(number)


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
