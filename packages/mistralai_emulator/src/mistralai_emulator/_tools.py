"""Tool calling with ``tool_choice="auto"``: a deterministic rule that drives real tool loops.

**When a tool is called.** Words are lowercase runs of letters and digits; ``snake_case`` and
``camelCase`` names are split, a trailing plural ``s`` is dropped, and words shorter than three
letters or in :data:`STOPWORDS` are ignored. A tool's words come from its name and description.
Each tool scores ``(overlap with the latest user message, overlap with every user message)``,
plus one on the first number when the assistant's reply before that message names the tool
(so a user who answers "To use get_weather I need the city" with just "Lyon" gets the call);
tools whose first number is 0 are never called. The best-scoring tool is called; with
``parallel_tool_calls`` (the default) every tool tied with it is called too, in declaration
order.

**Its arguments** come from the schema and the conversation (user messages, latest first). For
each property: an ``enum`` value named in the text (else the first), the schema's ``default``,
booleans ``true``; integers and numbers: the numbers in the text, in order; strings: quoted
strings, then id-like tokens (letters and digits mixed, like ``T1001``), then capitalised words
not starting a sentence (``Paris``). A value is used once per call. Optional properties are
sent only when a value was found. **When a required value is missing** the assistant does not
call the tool: it answers in text asking for it (``"... I need the transaction id ..."``), as
a model would; the user's next message usually supplies it.

``tool_choice="any"``/``"required"``/a named function always call (missing values become
placeholders: ``"<name>-value"``, ``1``, ``1.5``); ``"none"`` never does.

**After tool results** (the conversation ends with ``tool`` messages) the assistant calls the
tools tied for best that it has not called since the latest user message (one at a time
without ``parallel_tool_calls``); when none is left it answers in text, quoting each result of
the turn: ``"retrieve_payment_status returned: {...}"``. So a question two tools answer takes
two turns in parallel (calls, answer) and three without (call, call, answer).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

JSON = Any

__all__ = ["Plan", "STOPWORDS", "plan_tool_calls", "words"]

STOPWORDS = frozenset(
    """the and for are but not you your yours with this that these those from into onto what
    whats which who whom when where why how can could would should will shall may might must
    have has had was were been being does did doing get gets got give gives let lets make
    please tell show find about some any all its it's them they their there here than then
    also just like want need know mine our ours out over under very much many more most
    one use using used function tool value given returns return""".split()
)

_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+(?![a-z])|\d+|[a-z]+")
_QUOTED = re.compile(r"\"([^\"]+)\"|'([^']+)'|“([^”]+)”")
_ID = re.compile(r"\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_-]*\b")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\b")


def words(text: str) -> set[str]:
    """The comparable words of ``text`` (see the module's rule)."""
    found = set()
    for raw in _WORD.findall(text.replace("_", " ")):
        word = raw.lower()
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) >= 3 and word not in STOPWORDS and not word.isdigit():
            found.add(word)
    return found


def _function(tool: Mapping[str, JSON]) -> Mapping[str, JSON]:
    function: Mapping[str, JSON] = tool.get("function") or {}
    return function


def _tool_words(tool: Mapping[str, JSON]) -> set[str]:
    function = _function(tool)
    return words(str(function.get("name", ""))) | words(str(function.get("description") or ""))


@dataclass(frozen=True)
class Plan:
    """What the assistant does: call ``calls`` (name, arguments), or say ``text``."""

    calls: list[tuple[str, dict[str, JSON]]]
    text: str | None = None


class _Values:
    """Values found in the conversation, each handed out once."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.used: set[str] = set()

    def _take(self, candidates: list[str]) -> str | None:
        for candidate in candidates:
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        return None

    def string(self) -> str | None:
        for pattern in (_QUOTED, _ID, _CAPITALISED):
            found: list[str] = []
            for text in self.texts:
                for match in pattern.finditer(text):
                    value = next((g for g in match.groups() if g), None) or match.group(0)
                    if pattern is _CAPITALISED and value.lower() in STOPWORDS:
                        continue
                    found.append(value)
            value = self._take(found)
            if value is not None:
                return value
        return None

    def number(self) -> str | None:
        return self._take([m.group(0) for t in self.texts for m in _NUMBER.finditer(t)])

    def enum(self, options: Sequence[JSON]) -> JSON:
        lowered = " ".join(self.texts).lower()
        return next((o for o in options if str(o).lower() in lowered), options[0])


def _placeholder(schema: Mapping[str, JSON], name: str) -> JSON:
    kind = schema.get("type")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "array":
        return []
    if kind == "object":
        return {}
    return f"{name}-value"


def _value(schema: Mapping[str, JSON], values: _Values) -> JSON:
    """The value of one property found in the conversation, or None."""
    kind = schema.get("type")
    if schema.get("enum"):
        return values.enum(schema["enum"])
    if "default" in schema:
        return schema["default"]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        raw = values.number()
        if raw is None:
            return None
        return int(float(raw)) if kind == "integer" else float(raw)
    if kind in (None, "string"):
        return values.string()
    return None


def _arguments(
    tool: Mapping[str, JSON], values: _Values, *, forced: bool
) -> tuple[dict[str, JSON], list[str]]:
    """The arguments of a call, and the required properties no value was found for."""
    params: Mapping[str, JSON] = _function(tool).get("parameters") or {}
    props: Mapping[str, JSON] = params.get("properties") or {}
    required = list(params.get("required") or [])
    arguments: dict[str, JSON] = {}
    missing: list[str] = []
    for name, spec in props.items():
        value = _value(spec or {}, values)
        if value is not None:
            arguments[name] = value
        elif forced or not required:
            arguments[name] = _placeholder(spec or {}, name)
        elif name in required:
            missing.append(name)
    return arguments, missing


def _user_texts(messages: Sequence[Mapping[str, JSON]], text_of: Any) -> list[str]:
    return [text_of(m.get("content")) for m in reversed(messages) if m.get("role") == "user"]


def _assistant_before_latest_user(messages: Sequence[Mapping[str, JSON]], text_of: Any) -> str:
    """The text of the assistant's reply just before the latest user message ("" if none)."""
    seen_user = False
    for message in reversed(messages):
        if message.get("role") == "user":
            if seen_user:
                return ""
            seen_user = True
        elif seen_user and message.get("role") == "assistant":
            return str(text_of(message.get("content")))
    return ""


def _called_since_user(messages: Sequence[Mapping[str, JSON]]) -> set[str]:
    called: set[str] = set()
    for message in reversed(messages):
        if message.get("role") == "user":
            break
        for call in message.get("tool_calls") or []:
            called.add(str(_function(call).get("name")))
    return called


def plan_tool_calls(
    body: Mapping[str, JSON], messages: Sequence[Mapping[str, JSON]], text_of: Any
) -> Plan | None:
    """The assistant's move for a request with ``tools``; None when it answers normally."""
    tools: list[Mapping[str, JSON]] = list(body.get("tools") or [])
    if not tools:
        return None
    choice = body.get("tool_choice") or "auto"
    answering = bool(messages) and messages[-1].get("role") == "tool"
    if answering and choice != "auto":
        return None  # forced choices call once, then the results are answered
    parallel = body.get("parallel_tool_calls", True) is not False
    texts = _user_texts(messages, text_of)
    values = _Values(texts)
    if isinstance(choice, Mapping):
        wanted = _function(choice).get("name")
        tool = next((t for t in tools if _function(t).get("name") == wanted), tools[0])
        return Plan([(str(_function(tool).get("name")), _arguments(tool, values, forced=True)[0])])
    if choice in ("any", "required"):
        tool = tools[0]
        return Plan([(str(_function(tool).get("name")), _arguments(tool, values, forced=True)[0])])
    if choice != "auto":
        return None
    latest = words(texts[0]) if texts else set()
    everything = set().union(*(words(t) for t in texts)) if texts else set()
    named = _assistant_before_latest_user(messages, text_of)
    scored = [
        (
            (len(latest & tw) + (str(_function(tool).get("name")) in named), len(everything & tw)),
            index,
            tool,
        )
        for index, tool in enumerate(tools)
        for tw in [_tool_words(tool)]
    ]
    best = max(score for score, _, _ in scored)
    if best[0] == 0:
        return None
    called = _called_since_user(messages)
    chosen = [
        tool
        for score, _, tool in scored
        if score == best and str(_function(tool).get("name")) not in called
    ]
    if not chosen:
        return None
    if not parallel:
        chosen = chosen[:1]
    calls: list[tuple[str, dict[str, JSON]]] = []
    for tool in chosen:
        arguments, missing = _arguments(tool, _Values(texts), forced=False)
        if missing:
            name = str(_function(tool).get("name"))
            needed = " and ".join("the " + m.replace("_", " ") for m in missing)
            pronoun = "them" if len(missing) > 1 else "it"
            return Plan([], f"To use {name} I need {needed}. Please provide {pronoun}.")
        calls.append((str(_function(tool).get("name")), arguments))
    return Plan(calls)


def tool_results_text(messages: Sequence[Mapping[str, JSON]], text_of: Any) -> str:
    """The text answer to the tool results of this turn, quoting each."""
    trailing: list[Mapping[str, JSON]] = []  # the tool results since the latest user message
    for message in reversed(messages):
        if message.get("role") == "user":
            break
        if message.get("role") == "tool":
            trailing.insert(0, message)
    names: dict[str, str] = {}
    for message in messages:
        for call in message.get("tool_calls") or []:
            names[str(call.get("id"))] = str(_function(call).get("name", "tool"))
    parts = []
    for message in trailing:
        name = message.get("name") or names.get(str(message.get("tool_call_id")), "The tool")
        parts.append(f"{name} returned: {text_of(message.get('content'))}")
    return "; ".join(parts)
