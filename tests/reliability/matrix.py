"""The fault matrix: fault x call kind x retry policy -> expected outcome. One table.

It drives ``test_fault_matrix.py`` (one test per cell) and is rendered into
``docs/fault-matrix.md`` (``python -m tests.reliability.matrix --write``; a test checks the
file is current). Call kinds: sync/async x complete (``chat.complete``), stream
(``chat.stream``), upload (``files.upload``); the token cells use ``MistralGoogleCloud``
(complete and stream; Vertex has no upload). Policies: the SDK's default, the v1 README's
``RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)``, and none.

Retry waits go through the SDK's sleep seam (recorded, not slept), so cells are fast; the
*within* column is the deadline a cell must finish within (a hang fails it); a client
timeout that is part of the fault is in the fault's name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mistralai_core._errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    MistralError,
    RateLimitError,
    ResponseValidationError,
)
from mistralai_core._retry import DEFAULT_RETRY, NO_RETRY, V1_MAX_RETRIES, BackoffStrategy
from mistralai_core._retry import RetryConfig as _RetryConfig
from mistralai_core._tokens import TokenError

POLICIES: dict[str, _RetryConfig] = {
    "default": DEFAULT_RETRY,
    "v1": _RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False),
    "none": NO_RETRY,
}
KINDS = ("complete", "stream", "upload")
MODES = ("sync", "async")
DOC = Path(__file__).resolve().parents[2] / "docs" / "fault-matrix.md"


@dataclass(frozen=True)
class Expect:
    """A call's outcome: ``error`` (None: success) after ``attempts`` requests.

    ``events``: events delivered before the error (streams); ``sleeps``: the waits, if fixed;
    ``minimum``: when set, ``attempts`` is a cap and the call makes at least ``minimum``
    (the v1 policy's 100 ms budget, on the real clock, may end it before its cap).
    """

    attempts: int
    error: type[MistralError] | None = None
    events: int | None = None
    sleeps: tuple[float, ...] | None = None
    minimum: int | None = None

    def text(self) -> str:
        what = "ok" if self.error is None else self.error.__name__
        count = f"{self.minimum}-{self.attempts}" if self.minimum else f"{self.attempts}"
        out = f"{what}, {count} attempt{'' if self.attempts == 1 else 's'}"
        if self.events:
            out += f", {self.events} events first"
        if self.sleeps:
            out += f", waits {'/'.join(f'{s:g}' for s in self.sleeps)} s"
        return out


Rule = Callable[[str, str], Expect]  # (policy, kind) -> outcome


@dataclass(frozen=True)
class Fault:
    name: str
    #: "emulator" (spec is its fault grammar), "hostile" (the x-hostile header), "refused"
    #: (a closed port), "token" (spec is queued on the emulator's token endpoint).
    server: str
    spec: str
    expect: Rule
    kinds: tuple[str, ...] = KINDS
    times: int = 1  # requests the fault hits (x callers)
    callers: int = 1
    timeout_ms: int | None = None
    #: What the test's transport does to the emulator's answer (see conftest.HintShim).
    shim_retry_after: str | None = None
    shim_as_date: bool = False
    deadline: float = 15.0
    note: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def transient(error: type[MistralError], sleeps: tuple[float, ...] | None = None) -> Rule:
    """Once: the default and v1 policies succeed on the second attempt; none fails."""

    def rule(policy: str, kind: str) -> Expect:
        if policy == "none":
            return Expect(1, error)
        return Expect(2, sleeps=sleeps)

    return rule


def always(error: type[MistralError]) -> Rule:
    """Every attempt fails: each policy stops at its attempt cap.

    The v1 policy's 100 ms budget runs on the real clock while the waits are recorded, not
    slept: on a loaded machine one request can spend the budget, so the floor is 1 and the
    cap is what the cell proves (the second attempt is shown by tests/reliability's
    test_v1_semantics, with a server hint that ends past the budget).
    """
    caps = {"default": 1 + (DEFAULT_RETRY.max_retries or 0), "v1": 1 + V1_MAX_RETRIES, "none": 1}
    return lambda policy, kind: Expect(caps[policy], error, minimum=1 if policy == "v1" else None)


def connection(error: type[MistralError], *, times: int = 1) -> Rule:
    """A connection failure before any response: retried by default only (v1's README
    config says ``retry_connection_errors=False``)."""

    def rule(policy: str, kind: str) -> Expect:
        if policy == "default":
            return Expect(3, error) if times > 2 else Expect(2)
        return Expect(1, error)

    return rule


def every(expect: Expect) -> Rule:
    return lambda policy, kind: expect


def after_headers(policy: str, kind: str) -> Expect:
    # A stream is never re-sent once it has begun; a JSON body cut short is, by default.
    if kind == "stream":
        return Expect(1, APIConnectionError, events=0)
    return connection(APIConnectionError)(policy, kind)


STREAMS = ("stream",)
BODIES = ("complete", "upload")
TOKEN_KINDS = ("complete", "stream")

FAULTS: list[Fault] = [
    Fault("429, Retry-After: 1 (seconds)", "emulator", "rate-limit; retry-after=1",
          transient(RateLimitError, (1.0,))),
    Fault("503, Retry-After: 1", "emulator", "503", transient(InternalServerError, (1.0,)),
          shim_retry_after="1", note="the test's transport adds the header to the 503"),
    Fault("429, Retry-After as an HTTP date (+2 s)", "emulator", "rate-limit; retry-after=2",
          transient(RateLimitError), shim_as_date=True,
          note="the test's transport rewrites the seconds as a date"),
    Fault("429, retry-after-ms: 750", "emulator", "rate-limit; retry-after=0; retry-after-ms=750",
          transient(RateLimitError, (0.75,))),
    Fault("429, Retry-After: 0", "emulator", "rate-limit; retry-after=0",
          transient(RateLimitError), note="waits the policy's backoff instead"),
    Fault("429, Retry-After: -5", "emulator", "rate-limit; retry-after=-5",
          transient(RateLimitError), note="waits the policy's backoff instead"),
    Fault("429, Retry-After: NaN", "emulator", "rate-limit; retry-after=nan",
          transient(RateLimitError), note="ignored: the policy's backoff"),
    Fault("429, Retry-After: 3600 (huge)", "emulator", "rate-limit; retry-after=3600",
          every(Expect(1, RateLimitError)), note="above the 60 s cap: returned at once"),
    Fault("500 once", "emulator", "500", transient(InternalServerError)),
    Fault("500 always", "emulator", "500", always(InternalServerError), times=100),
    Fault("429 Retry-After: 0 storm, 8 callers", "emulator", "rate-limit; retry-after=0",
          always(RateLimitError), times=1000, callers=8,
          note="attempts are per call; waits never below the initial interval"),
    Fault("connection refused", "refused", "", connection(APIConnectionError, times=99)),
    Fault("dropped before the headers", "emulator", "drop", connection(APIConnectionError)),
    Fault("dropped after the headers", "emulator", "cut; after=0", after_headers),
    Fault("JSON body cut part-way", "hostile", "cut-body",
          connection(APIConnectionError, times=99), kinds=BODIES,
          note="Content-Length promises more than arrives"),
    Fault("stream cut after 2 events", "emulator", "cut; after=2",
          every(Expect(1, APIConnectionError, events=2)), kinds=STREAMS),
    Fault("slow first byte (0.05 s, timeout 2 s)", "emulator", "slow; delay=0.05",
          every(Expect(1)), timeout_ms=2000),
    Fault("stalled before the first byte (timeout 0.15 s)", "emulator", "slow; delay=1.5",
          every(Expect(1, APITimeoutError)), timeout_ms=150,
          note="a read timeout is the caller's deadline: not retried"),
    Fault("stream stalled after 2 events (timeout 0.15 s)", "hostile", "stall-after=2",
          every(Expect(1, APITimeoutError, events=2)), kinds=STREAMS, timeout_ms=150),
    Fault("stream held open after [DONE] (timeout 10 s)", "hostile", "done-stall",
          every(Expect(1, events=3)), kinds=STREAMS, timeout_ms=10_000, deadline=5.0,
          note="the drain gives up after 1 s (0.2 s here) and closes the connection"),
    Fault("malformed body", "emulator", "malformed",
          every(Expect(1, ResponseValidationError)),
          note="the error carries the bytes, status and request id"),
    Fault("malformed event after 2 good ones", "hostile", "bad-event=2",
          every(Expect(1, ResponseValidationError, events=2)), kinds=STREAMS,
          note="the error carries the event's data"),
    Fault("token endpoint fails (500), 8 callers", "token", "500",
          every(Expect(0, TokenError)), kinds=TOKEN_KINDS, times=1000, callers=8,
          note="one token request for all 8 callers"),
    Fault("token endpoint drops, 8 callers", "token", "drop",
          every(Expect(0, TokenError)), kinds=TOKEN_KINDS, times=1000, callers=8,
          note="one token request for all 8 callers"),
    Fault("token endpoint stalls (timeout 0.15 s), 8 callers", "token", "slow; delay=2",
          every(Expect(0, TokenError)), kinds=TOKEN_KINDS, times=1000, callers=8,
          note="one token request for all 8 callers"),
]  # fmt: skip


@dataclass(frozen=True)
class Cell:
    fault: Fault
    mode: str
    kind: str
    policy: str

    @property
    def id(self) -> str:
        return f"{self.fault.name} | {self.mode} {self.kind} | {self.policy}"

    @property
    def expect(self) -> Expect:
        return self.fault.expect(self.policy, self.kind)


CELLS = [
    Cell(fault, mode, kind, policy)
    for fault in FAULTS
    for kind in fault.kinds
    for mode in MODES
    for policy in POLICIES
]


def render() -> str:
    lines = [
        "# Fault matrix",
        "",
        "<!-- Generated from tests/reliability/matrix.py by "
        "`python -m tests.reliability.matrix --write`; do not edit. -->",
        "",
        "Every cell is a test (`tests/reliability/test_fault_matrix.py`), run sync and async;",
        "attempts are the requests one call made, counted by the server (by the SDK's recorded",
        "waits for a refused connection). Token cells count API attempts (none is sent) and",
        "assert a single token request for all callers. Policies: **default** (2 retries,",
        "0.5 s then 1 s plus jitter, within 60 s), **v1** (the v1 README's",
        '`RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)`: its budget decides',
        f"whether an attempt may start, capped at {V1_MAX_RETRIES} retries) and **none**.",
        "Each cell must finish within its time (the *within* column; a hang fails it); retry",
        "waits are recorded through the SDK's sleep seam, not slept.",
        "",
        f"{len(CELLS)} cells.",
        "",
        "| fault | calls | callers | default | v1 | none | within | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for fault in FAULTS:
        groups: dict[tuple[str, ...], list[str]] = {}
        for kind in fault.kinds:
            row = tuple(fault.expect(policy, kind).text() for policy in POLICIES)
            groups.setdefault(row, []).append(kind)
        for row, kinds in groups.items():
            lines.append(
                f"| {fault.name} | {', '.join(kinds)} | {fault.callers} | "
                + " | ".join(row)
                + f" | {fault.deadline:g} s | {fault.note} |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if "--write" in sys.argv:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(render(), encoding="utf-8")
    else:
        sys.stdout.write(render())
