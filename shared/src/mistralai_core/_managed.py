"""What an operation declares to get a stream manager, kept light.

A resource that declares a stream (``chat.stream``) imports this module, not the managers'
(:mod:`mistralai_core._streaming`, with its adapters and typed event classes), which loads
when a stream is first made: a program that only calls ``chat.complete`` never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operation import Call, Operation, _Async, _Sync

if TYPE_CHECKING:
    from typing_extensions import ParamSpec

    from ._streaming import (
        Adapter,
        CompletionAdapter,
        ManagedStream,  # noqa: F401  (named in the endpoints' bases, as strings)
        ManagedStreamAsync,  # noqa: F401
    )

    P = ParamSpec("P")
else:
    from typing import ParamSpec

    P = ParamSpec("P")

__all__ = [
    "AsyncManagedStreamEndpoint",
    "StreamManager",
    "SyncManagedStreamEndpoint",
    "completion_adapter",
    "managed",
]

E = TypeVar("E")
Ev = TypeVar("Ev")
F = TypeVar("F")
R = TypeVar("R")


class StreamManager(Generic[E, Ev, F]):
    """What an operation declares (:attr:`Operation.adapter`): makes one adapter per stream."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Adapter[E, Ev, F]]) -> None:
        self.make = make

    def manage(self, stream: Any, is_async: bool) -> Any:
        from ._streaming import ManagedStream, ManagedStreamAsync

        cls = ManagedStreamAsync if is_async else ManagedStream
        return cls(stream, self.make())

    def __repr__(self) -> str:
        return f"StreamManager({self.make!r})"


def managed(operation: Operation[E], adapter: Callable[[], Adapter[Any, Ev, F]]) -> Operation[E]:
    """``operation`` with a stream manager making ``adapter()`` for each stream."""
    return replace(operation, adapter=StreamManager(adapter))


def completion_adapter(model: type[R]) -> Callable[[], CompletionAdapter[R]]:
    """``CompletionAdapter.of(model)`` without importing the managers' module now: the
    adapter factory of a completion stream (chat, FIM) answering ``model``."""

    def make() -> CompletionAdapter[R]:
        from ._streaming import CompletionAdapter

        return CompletionAdapter(model)

    return make


class SyncManagedStreamEndpoint(_Sync[P, "ManagedStream[E, Ev, F]"]):
    """``client.x.stream(...)`` -> a :class:`ManagedStream` (raw events, text, final result)."""

    def __init__(
        self,
        operation: Operation[E],
        build: Callable[P, Call],
        adapter: Callable[[], Adapter[Any, Ev, F]],  # E comes from the operation alone
    ) -> None:
        super().__init__(managed(operation, adapter), build)


class AsyncManagedStreamEndpoint(_Async[P, "ManagedStreamAsync[E, Ev, F]"]):
    """``await client.x.stream_async(...)`` -> a :class:`ManagedStreamAsync`."""

    def __init__(
        self,
        operation: Operation[E],
        build: Callable[P, Call],
        adapter: Callable[[], Adapter[Any, Ev, F]],  # E comes from the operation alone
    ) -> None:
        super().__init__(managed(operation, adapter), build)
