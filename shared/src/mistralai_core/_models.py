"""The pydantic base of every API model.

One class per schema of the contract, used both for what the SDK sends and for what it
reads back:

* Reading is lenient: unknown fields are kept (``extra="allow"``) and enums reachable from a
  response are open (``Literal[...] | str``), because the API adds both over time.
* Sending is strict: requests are validated with ``extra="forbid"`` (see
  :func:`to_wire_model`), so a misspelt key fails before anything is sent.
* "Not given" and ``None`` differ: a model is serialized with ``exclude_unset=True``, so a key
  the caller passed (even as ``None``, sent as JSON ``null``) is sent and any other is not.
  Constant tags (``role``, ``type``) that the contract gives a default are always sent, since
  they discriminate unions on the server.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import pydantic
from pydantic import ConfigDict

from ._ids import RequestId

__all__ = ["BaseModel", "EventEnvelope", "TaggedModel", "to_wire_model", "to_json"]

M = TypeVar("M", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """Base of all API models: wire aliases, lenient reading, mutable like v1's models."""

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
        # A model's validator is built when it is first used, not when its module is
        # imported: a first chat call builds the chat models, not all the module's others.
        defer_build=True,
    )

    if TYPE_CHECKING:

        @property
        def _request_id(self) -> str | None:
            """The request id of the response a result was parsed from (``x-request-id``);
            ``None`` for a model not read from a response. Not a field: never dumped."""


# Set after the class is made (in the class body pydantic would make it a private attribute,
# which every model instance would pay for): reads the id from the response's headers.
type.__setattr__(BaseModel, "_request_id", RequestId())


class TaggedModel(BaseModel):
    """A model with constant tag fields (``role``, ``type``) that are sent even when defaulted."""

    __always_sent__: ClassVar[frozenset[str]] = frozenset()

    def model_post_init(self, context: Any, /) -> None:
        self.__pydantic_fields_set__.update(self.__always_sent__)


class EventEnvelope(BaseModel):
    """A streamed event's envelope (``CompletionEvent``: ``{"data": chunk}``).

    The SSE reader validates each event's payload and builds the envelope around it without a
    second validation pass (:class:`~mistralai_core._sse.Enveloped`): it sets only the
    instance's ``__dict__``, and pydantic's bookkeeping (the fields set, the extras, the
    private values) is filled in here on first use, with what validating the envelope would
    have given. Otherwise it is a plain model: built or validated as usual, it has them all.
    """

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            fill = _ENVELOPE_SLOTS.get(name)
            if fill is None:
                return super().__getattr__(name)
            value = fill(self)
            object.__setattr__(self, name, value)
            return value


#: What validating ``{"data": payload}`` would have set on an envelope (``EventEnvelope``).
_ENVELOPE_SLOTS: dict[str, Any] = {
    "__pydantic_fields_set__": lambda model: set(model.__dict__),
    "__pydantic_extra__": lambda model: {},
    "__pydantic_private__": lambda model: None,
}


def to_wire_model(model: type[M], value: M | Mapping[str, Any]) -> M:
    """Validate a request strictly: unknown keys anywhere in ``value`` are an error.

    Open enums that a request model uses are closed here (the ``REQUEST`` context, see
    ``models/_unions.py``): a value outside the enum fails before anything is sent.
    Instances already built by the caller are taken as they are.
    """
    if isinstance(value, model):
        return value
    context = _REQUEST or _request_context()
    # The validator itself: ``model_validate`` is this call behind a Python wrapper.
    return model.__pydantic_validator__.validate_python(  # type: ignore[no-any-return]
        value, extra="forbid", context=context
    )


#: ``models._unions.REQUEST``, once read (it imports this module: not importable at the top).
_REQUEST: dict[str, Any] = {}


def _request_context() -> dict[str, Any]:
    from .models._unions import REQUEST

    _REQUEST.update(REQUEST)
    return _REQUEST


def to_json(value: pydantic.BaseModel) -> bytes:
    """The JSON body of a request: wire names, and only what was set."""
    return value.__pydantic_serializer__.to_json(value, by_alias=True, exclude_unset=True)
