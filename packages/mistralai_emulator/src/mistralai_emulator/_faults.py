"""Fault injection: what can go wrong on the wire, on demand.

A fault is chosen per request with the ``x-emulator-fault`` header, or queued ahead (admin call
``POST /_emulator/faults`` or :meth:`Emulator.inject`) for the next matching requests. Both use
one grammar::

    faults  = fault *( "," fault )
    fault   = kind *( ";" name "=" value )

    kind          parameters               effect
    rate-limit    retry-after=<s>          429 with ``Retry-After`` (default 1 s) and, when
    (or 429)      retry-after-ms=<ms>      given, ``retry-after-ms``
    error         status=<5xx>             a 5xx with an error body (default 500);
    (or 500..599)                          ``503`` is short for ``error; status=503``
    drop                                   the connection is closed before any response byte
    cut           after=<k>                the response starts, k body events are sent (SSE
                                           events for streams), then the connection is closed;
                                           no ``[DONE]`` (default k=1)
    slow          delay=<s>                wait before the first byte (default 1 s); combines
                                           with the other kinds (``slow; delay=0.2, cut``)
    malformed                              200, ``application/json``, a body that is not JSON

A queued rule carries ``times`` (how many requests it hits) and optional ``path``/``method``
filters; a path ending in ``*`` is a prefix.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultError", "FaultRule", "FaultQueue", "parse_faults"]

_KINDS = {"rate-limit", "error", "drop", "cut", "slow", "malformed"}


class FaultError(ValueError):
    """The fault specification does not follow the grammar."""


@dataclass(frozen=True)
class Fault:
    kind: str
    status: int = 500
    retry_after: float = 1.0
    retry_after_ms: int | None = None
    after: int = 1
    delay: float = 1.0

    def describe(self) -> str:
        ms = f"; retry-after-ms={self.retry_after_ms}" if self.retry_after_ms is not None else ""
        return {
            "rate-limit": f"rate-limit; retry-after={self.retry_after:g}{ms}",
            "error": f"error; status={self.status}",
            "cut": f"cut; after={self.after}",
            "slow": f"slow; delay={self.delay:g}",
        }.get(self.kind, self.kind)


def _parse_one(text: str) -> Fault:
    kind, *raw_params = [part.strip() for part in text.split(";")]
    kind = kind.lower()
    params: dict[str, str] = {}
    for raw in raw_params:
        if not raw:
            continue
        name, sep, value = raw.partition("=")
        if not sep:
            raise FaultError(f"fault parameter {raw!r} is not name=value")
        params[name.strip().lower()] = value.strip()
    status: int | None = None
    if kind.isdigit():
        status = int(kind)
        kind = "rate-limit" if status == 429 else "error"
    if kind not in _KINDS:
        raise FaultError(f"unknown fault kind {kind!r}; expected one of {sorted(_KINDS)}")
    try:
        fault = Fault(
            kind=kind,
            status=int(params.get("status", status or 500)),
            retry_after=float(params.get("retry-after", 1)),
            retry_after_ms=int(params["retry-after-ms"]) if "retry-after-ms" in params else None,
            after=int(params.get("after", 1)),
            delay=float(params.get("delay", 1)),
        )
    except ValueError as exc:
        raise FaultError(f"bad fault parameter in {text!r}: {exc}") from exc
    if fault.kind == "error" and not 500 <= fault.status <= 599:
        raise FaultError("error faults take a 5xx status")
    return fault


def parse_faults(spec: str) -> list[Fault]:
    """Parse a fault list; raise :class:`FaultError` with a readable message."""
    return [_parse_one(part) for part in spec.split(",") if part.strip()]


@dataclass
class FaultRule:
    faults: list[Fault]
    times: int = 1
    path: str | None = None
    method: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path

    def to_json(self) -> dict[str, object]:
        return {
            "fault": ", ".join(f.describe() for f in self.faults),
            "times": self.times,
            "path": self.path,
            "method": self.method,
        }


@dataclass
class FaultQueue:
    """Queued rules, consumed first-in first-out by matching requests."""

    rules: list[FaultRule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, rule: FaultRule) -> None:
        if rule.times < 1:
            raise FaultError("times must be at least 1")
        with self._lock:
            self.rules.append(rule)

    def take(self, method: str, path: str) -> list[Fault]:
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.times -= 1
                    if rule.times <= 0:
                        self.rules.remove(rule)
                    return list(rule.faults)
        return []

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def snapshot(self) -> list[dict[str, object]]:
        with self._lock:
            return [rule.to_json() for rule in self.rules]
