"""What differs between La Plateforme, Azure and Vertex: the provider plug points.

The core builds a :class:`RequestSpec` (structured: path, query, headers, body *model*) for
each call and hands it to the provider's ``resolve`` before anything is encoded, so a provider
edits fields rather than re-parsing bytes: Vertex moves the model into the URL, Azure Foundry
adds ``api-version``. Credentials are the provider's ``auth``, an ``httpx.Auth``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._errors import ConfigurationError

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["Provider", "RequestSpec", "select_server"]


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

    @property
    def url(self) -> str:
        return self.base_url + self.path


class Provider(Protocol):
    """A backend: where requests go and how they are authenticated.

    A provider may also define ``async def prepare_async(self) -> None``: async calls await it
    before ``resolve``, so a provider whose ``resolve`` needs a blocking lookup the first time
    (Vertex reading application-default credentials for the project) can do it off the event
    loop.
    """

    @property
    def auth(self) -> httpx.Auth | None:
        """Puts the credentials on each request (and may refresh them on a 401)."""
        ...

    def resolve(self, spec: RequestSpec) -> None:
        """Rewrite the request for this backend, in place (path, query, headers, body)."""
        ...


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
