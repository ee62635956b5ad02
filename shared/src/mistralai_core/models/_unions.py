"""Discriminated unions that survive tags the API adds after this SDK was released.

A response union (``ContentChunk``, the model cards, fine-tuning integrations) is declared
as its known variants plus :class:`UnknownVariant`, chosen by :func:`open_discriminator`:
a known tag selects its variant, an unknown one selects ``UnknownVariant``, which keeps
everything the server sent. ``UnknownVariant`` declares no field, so the strict request path
(``to_wire_model``, ``extra="forbid"``) rejects it: a misspelt tag fails before sending.

An open enum (``Literal[...] | str``) that a request model also uses is annotated with
:func:`closed_on_request`: it keeps new values in a response and rejects them in a request
(``to_wire_model`` validates with the :data:`REQUEST` context).
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import AfterValidator, BeforeValidator, Discriminator, ValidationInfo
from pydantic_core import PydanticCustomError

from .._models import BaseModel

__all__ = [
    "EMPTY_IF_NULL",
    "REQUEST",
    "UNKNOWN_TAG",
    "UnknownVariant",
    "closed_on_request",
    "open_discriminator",
]

#: The pydantic tag of the fallback variant (it shows in validation error locations).
UNKNOWN_TAG = "unknown-variant"


class UnknownVariant(BaseModel):
    """A union member whose tag this SDK does not know yet.

    The data the server sent is kept as extra fields: read it with ``model_extra`` or as
    attributes (``chunk.type``); it serializes back unchanged.
    """

    if TYPE_CHECKING:
        # Any attribute may exist (the server's fields are extras), so code that reads a field
        # every variant has (``card.id``) type-checks without narrowing first.
        def __getattr__(self, name: str) -> Any: ...


def open_discriminator(tag: str, known: Iterable[str]) -> Discriminator:
    """A discriminator on ``tag`` that sends unknown or missing tags to :class:`UnknownVariant`.

    A response is never rejected for its tag; a request is, since ``UnknownVariant`` accepts
    no key under ``extra="forbid"``.
    """
    known_tags = frozenset(known)

    def discriminate(value: Any) -> str:
        if isinstance(value, UnknownVariant):
            return UNKNOWN_TAG
        found = value.get(tag) if isinstance(value, dict) else getattr(value, tag, None)
        return found if isinstance(found, str) and found in known_tags else UNKNOWN_TAG

    return Discriminator(discriminate)


#: A response list the server sent as ``null`` reads as empty, like one it left out.
EMPTY_IF_NULL = BeforeValidator(lambda value: [] if value is None else value)


#: The validation context of a request (``to_wire_model``): open enums are closed in it.
REQUEST: dict[str, Any] = {"mistralai_request": True}


def closed_on_request(*values: str) -> AfterValidator:
    """Reject a value outside ``values`` when validating a request; accept it otherwise.

    A response may carry an enum value added after this SDK was released; a request that
    sends one is most likely a typo (``tool_choice="autp"``), so it fails before sending with
    pydantic's own ``literal_error``.
    """
    known = frozenset(values)
    expected = " or ".join(", ".join(repr(v) for v in values).rsplit(", ", 1))

    def check(value: Any, info: ValidationInfo) -> Any:
        context = info.context
        if value in known or not (isinstance(context, dict) and context.get("mistralai_request")):
            return value
        raise PydanticCustomError(
            "literal_error", "Input should be {expected}", {"expected": expected}
        )

    return AfterValidator(check)
