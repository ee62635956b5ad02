"""What differs between La Plateforme, Azure and Vertex: the provider plug points.

The core builds a :class:`RequestSpec` (structured: path, query, headers, body *model*) for
each call and hands it to the provider's ``resolve`` before anything is encoded, so a provider
edits fields rather than re-parsing bytes: Vertex moves the model into the URL, Azure Foundry
adds ``api-version``. Credentials are the provider's ``auth``, an ``httpx.Auth``; streamed
responses are decoded by its ``open_stream`` hooks (server-sent events unless it says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from ._errors import ConfigurationError
from ._sse import EventStream, EventStreamAsync

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["Provider", "RequestSpec", "select_server"]

E = TypeVar("E")


@dataclass(slots=True)
class RequestSpec:
    """One request before encoding; providers may change any field in ``resolve``."""

    operation: Operation[Any]
    method: str
    base_url: str
    path: str
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    #: The JSON body: during ``resolve`` a dict of the given arguments (a provider may edit
    #: it); then validated into the request model and encoded with only the fields set.
    body: Any = None
    #: Multipart parts, as httpx takes them.
    files: Mapping[str, Any] | None = None
    data: Mapping[str, Any] | None = None
    timeout: httpx.Timeout | None = None
    #: The public method the request is for (``chat.complete``), for a provider's errors.
    caller: str = ""
    #: The caller's ``extra_body``: merged into the JSON body as it is encoded (the model
    #: validates the arguments; these are fields it does not know).
    extra_body: Mapping[str, Any] | None = None

    @property
    def url(self) -> str:
        return self.base_url + self.path


class Provider(Protocol):
    """A backend: where requests go, how they are authenticated, how streams are read.

    Every hook the core calls is declared here, so a new backend is a new package that
    subclasses this protocol and nothing in the core changes. Subclassing it explicitly
    inherits the defaults below (no preparation, server-sent events); a provider overrides
    only what differs:

    * ``auth`` (required): an ``httpx.Auth`` that puts the credentials on each request (and
      may refresh them on a 401), or ``None``;
    * ``resolve`` (required): rewrite each request for this backend, in place, before it is
      validated and encoded;
    * ``prepare_async``: awaited by async calls before ``resolve``, for a first-time blocking
      lookup that must not run on the event loop (Vertex reading application-default
      credentials);
    * ``open_stream`` / ``open_stream_async``: turn a streamed response into its events; the
      default decodes server-sent events (a backend with another framing, such as AWS
      Bedrock's event stream, returns its own :class:`EventStream` subclass).
    """

    __slots__ = ()

    #: Puts the credentials on each request (and may refresh them on a 401). Declared, not
    #: defined: a dataclass provider's own ``auth`` field must not inherit a default.
    auth: httpx.Auth | None

    def resolve(self, spec: RequestSpec) -> None:
        """Rewrite the request for this backend, in place (path, query, headers, body)."""
        ...

    async def prepare_async(self) -> None:
        """Awaited by every async call before ``resolve``; nothing to do by default."""
        return None

    def open_stream(self, response: httpx.Response, parse: Callable[[bytes], E]) -> EventStream[E]:
        """The events of a successful streamed response, each payload parsed by ``parse``."""
        return EventStream(response, parse)

    def open_stream_async(
        self, response: httpx.Response, parse: Callable[[bytes], E]
    ) -> EventStreamAsync[E]:
        """The async twin of :meth:`open_stream`."""
        return EventStreamAsync(response, parse)


def select_server(
    servers: Mapping[str, str],
    default: str,
    server: str | None = None,
    server_url: str | None = None,
    url_params: Mapping[str, str] | None = None,
) -> str:
    """The base URL: ``server_url`` if given, else the named ``server`` (default ``default``).

    ``url_params`` fill ``{name}`` templates in the URL, as v1 allowed.
    """
    if server_url:
        url = server_url
    else:
        name = server or default
        try:
            url = servers[name]
        except KeyError:
            known = ", ".join(sorted(servers))
            raise ConfigurationError(f"unknown server {name!r}; known servers: {known}") from None
    if url_params:
        url = url.format_map(dict(url_params))
    return url.rstrip("/")
