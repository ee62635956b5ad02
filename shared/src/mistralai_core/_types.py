"""Sentinels for "not given" and the value types of method signatures.

A keyword argument left at ``UNSET`` is not sent at all; one given as ``None`` is sent
as JSON ``null``. Models keep the same distinction through pydantic's ``fields_set``, so
only method signatures need the sentinel (v1 exports it as ``mistralai.types.UNSET``).
"""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias, TypeVar

__all__ = ["UNSET", "Nullable", "OptionalNullable", "Unset", "UNSET_SENTINEL", "given"]

T = TypeVar("T")


class Unset:
    """The type of ``UNSET``: an argument the caller did not give."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()
#: v1 name of the same sentinel.
UNSET_SENTINEL: Final = UNSET

Nullable: TypeAlias = T | None
OptionalNullable: TypeAlias = T | None | Unset


def given(arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments whose value is not ``UNSET`` (``None`` included: it means null)."""
    return {key: value for key, value in arguments.items() if value is not UNSET}
