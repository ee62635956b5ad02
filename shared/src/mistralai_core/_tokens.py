"""Short-lived bearer tokens (OAuth2 access tokens, Entra ID tokens) as one ``httpx.Auth``.

Azure Entra ID and Google Cloud both hand out access tokens that live about an hour and come
from a blocking call (azure-identity's ``get_token``, google-auth's ``refresh``) or, for
Azure's async credentials, a coroutine. Everything generic about using such a token lives
here, written once:

* **Lazy.** Nothing is fetched until the first request is authenticated, so constructing a
  client never touches the network.
* **Cached, refreshed early.** A token is reused until ``margin`` seconds before it expires.
  Expiry is kept on the monotonic clock (sources report *seconds remaining*), so a wall-clock
  jump can neither keep a dead token nor throw away a good one.
* **Single flight.** When the token is missing or stale exactly one caller refreshes it; the
  others wait and then use the new token. Threads wait on a ``threading.Lock``; coroutines
  wait on an ``asyncio.Lock`` of their own event loop (a lock shared across loops would
  block one loop while another refreshes).
* **Never on the event loop.** A blocking fetch runs in ``asyncio.to_thread``, where it also
  takes the thread lock, so coroutines of every loop and plain threads share one refresh.
  A native async fetch (an ``AsyncTokenCredential``) is awaited under the loop's lock.
* **Failures shared, then a cool-down.** A failed fetch is the outcome of everyone who was
  waiting on it: they raise the same :class:`TokenError` at once rather than each re-running
  the failing fetch in turn. For ``cooldown`` seconds after a failure every caller gets that
  error without a new fetch; the first caller after it tries again.
* **Bounded.** A fetch gets ``fetch_timeout`` seconds in all; past that the caller gets a
  :class:`TokenError` (the blocking call goes on in its worker thread, and a token it brings
  back late is still cached). Sources also put their own timeouts on the token request.
* **One retry on 401.** The server may revoke a token before its stated expiry; a 401 makes
  one refresh (unless another caller already replaced that token) and sends the request
  once more. If the source hands back the same token (a static one), the 401 stands.

Token values never appear in a repr or an error message.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field

import httpx

from ._errors import MistralError

__all__ = ["AccessToken", "TokenAuth", "TokenError"]

#: Refresh this many seconds before the stated expiry: covers clock skew between us and the
#: issuer and the time a request spends in flight.
DEFAULT_MARGIN = 60.0
#: After a failed fetch, callers get its error for this many seconds without a new fetch.
DEFAULT_COOLDOWN = 2.0
#: The longest one fetch may take, in seconds (``None``: no bound beyond the source's own).
DEFAULT_FETCH_TIMEOUT = 30.0


class TokenError(MistralError):
    """The credential could not produce an access token (the cause is ``__cause__``)."""


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A token and how long it stays valid, as a token source reports it."""

    value: str = field(repr=False)
    #: Seconds from now until the token expires; ``None``: no known expiry (a static token,
    #: used until the server rejects it).
    expires_in: float | None = None


@dataclass(frozen=True, slots=True)
class _Cached:
    value: str = field(repr=False)
    expires_at: float | None  # on the monotonic clock


@dataclass(frozen=True, slots=True)
class _Failure:
    at: float  # on the monotonic clock
    message: str
    cause: BaseException | None


class TokenAuth(httpx.Auth):
    """Puts ``header: prefix + token`` on each request, fetching and refreshing the token.

    :param fetch: Blocking: return a new token. Called by one thread at a time; from async
        code it runs in a worker thread.
    :param fetch_async: Optional native async fetch, used by async requests instead of
        running ``fetch`` in a thread.
    :param margin: Refresh when fewer than this many seconds of validity remain.
    :param source: Names the credential in error messages (``"Google credentials"``).
    :param cooldown: Seconds after a failed fetch during which callers get its error.
    :param fetch_timeout: Seconds one fetch may take; ``None``: unbounded.
    :param clock: Monotonic seconds; replaceable for tests.
    """

    def __init__(
        self,
        fetch: Callable[[], AccessToken],
        fetch_async: Callable[[], Awaitable[AccessToken]] | None = None,
        *,
        header: str = "Authorization",
        prefix: str = "Bearer ",
        margin: float = DEFAULT_MARGIN,
        source: str = "the token source",
        cooldown: float = DEFAULT_COOLDOWN,
        fetch_timeout: float | None = DEFAULT_FETCH_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._fetch_async = fetch_async
        self._header = header
        self._prefix = prefix
        self.margin = margin
        self.clock = clock
        self.cooldown = cooldown
        self.fetch_timeout = fetch_timeout
        self._source = source
        self._cached: _Cached | None = None
        self._failure: _Failure | None = None
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()

    # -- the cache ------------------------------------------------------------------------

    def _fresh(self) -> str | None:
        """The cached token if it is valid for more than ``margin`` seconds, else None."""
        cached = self._cached
        if cached is None:
            return None
        if cached.expires_at is not None and cached.expires_at - self.margin <= self.clock():
            return None
        return cached.value

    def _reusable(self, rejected: str | None) -> str | None:
        """Inside the lock: a token someone else just fetched, so we need not fetch again."""
        value = self._fresh()
        return value if value is not None and value != rejected else None

    def _store(self, token: AccessToken) -> str:
        if not token.value:
            raise TokenError(f"{self._source} returned an empty token")
        expires_at = None if token.expires_in is None else self.clock() + token.expires_in
        self._cached = _Cached(token.value, expires_at)
        self._failure = None
        return token.value

    def invalidate(self) -> None:
        """Forget the cached token and any recent failure: the next request fetches anew."""
        self._cached = None
        self._failure = None

    # -- getting a token --------------------------------------------------------------------

    def token(self, rejected: str | None = None) -> str:
        """A valid token, fetching one if needed (blocking). ``rejected``: a token the server
        refused, which must not be handed out again."""
        if rejected is None and (value := self._fresh()) is not None:
            return value
        with self._lock:
            if (value := self._reusable(rejected)) is not None:
                return value
            self._raise_recent_failure()
            try:
                token = self._bounded(self._fetch)
            except MistralError:  # a configuration problem: says what to change, not shared
                raise
            except Exception as exc:  # any credential library error: say where it came from
                raise self._failed(exc) from exc
            return self._store(token)

    async def token_async(self, rejected: str | None = None) -> str:
        """The async twin of :meth:`token`; never blocks the event loop."""
        if rejected is None and (value := self._fresh()) is not None:
            return value
        async with self._loop_lock():
            if (value := self._reusable(rejected)) is not None:
                return value
            self._raise_recent_failure()
            if self._fetch_async is None:
                # The thread takes the thread lock and checks the cache again, so a refresh
                # made meanwhile by a thread or another loop is reused, not repeated (and a
                # failure it met is shared, not repeated either).
                return await asyncio.to_thread(self.token, rejected)
            try:
                if self.fetch_timeout is None:
                    token = await self._fetch_async()
                else:
                    token = await asyncio.wait_for(self._fetch_async(), self.fetch_timeout)
            except MistralError:
                raise
            except asyncio.TimeoutError as exc:
                timeout = TimeoutError(f"no token within {self.fetch_timeout:g} s")
                raise self._failed(timeout) from exc
            except Exception as exc:
                raise self._failed(exc) from exc
            return self._store(token)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    # -- failures ---------------------------------------------------------------------------

    def _bounded(self, fetch: Callable[[], AccessToken]) -> AccessToken:
        """``fetch()``, given at most ``fetch_timeout`` seconds (in a worker thread)."""
        if self.fetch_timeout is None:
            return fetch()
        outcome: list[AccessToken | BaseException] = []

        def run() -> None:
            try:
                token = fetch()
            except BaseException as exc:  # handed to the caller, not lost in the thread
                outcome.append(exc)
                return
            outcome.append(token)
            if not token.value:
                return
            if done.is_set():  # nobody is waiting any more, but the token is good: keep it
                self._store(token)
                self._failure = None

        done = threading.Event()
        worker = threading.Thread(target=run, name="mistralai-token-fetch", daemon=True)
        worker.start()
        worker.join(self.fetch_timeout)
        done.set()
        if not outcome:
            raise TimeoutError(f"no token within {self.fetch_timeout:g} s")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _failed(self, exc: Exception) -> TokenError:
        """Record a failed fetch (shared with callers for ``cooldown`` s) and describe it."""
        message = f"could not get an access token from {self._source}: {_describe(exc)}"
        self._failure = _Failure(self.clock(), message, exc)
        return TokenError(message)

    def _raise_recent_failure(self) -> None:
        """Inside the lock: re-raise a failure met less than ``cooldown`` seconds ago."""
        failure = self._failure
        if failure is None:
            return
        if self.clock() - failure.at >= self.cooldown:
            self._failure = None
            return
        raise TokenError(failure.message) from failure.cause

    # -- httpx.Auth -----------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.token()
        request.headers[self._header] = self._prefix + token
        response = yield request
        if response.status_code == 401:
            fresh = self.token(rejected=token)
            if fresh != token:
                request.headers[self._header] = self._prefix + fresh
                yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.token_async()
        request.headers[self._header] = self._prefix + token
        response = yield request
        if response.status_code == 401:
            fresh = await self.token_async(rejected=token)
            if fresh != token:
                request.headers[self._header] = self._prefix + fresh
                yield request

    def __repr__(self) -> str:
        state = "none" if self._cached is None else "cached"
        name = type(self).__name__
        return f"{name}(source={self._source!r}, header={self._header!r}, token={state})"


def _describe(exc: BaseException) -> str:
    """``Type: message``, short; credential libraries put server error text here, not tokens."""
    text = " ".join(str(exc).split())
    if len(text) > 300:
        text = text[:300] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
