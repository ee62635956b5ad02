"""``TokenAuth``: cache, refresh margin, single flight across threads and coroutines, 401 retry.

The token source here is a counter; no HTTP except through ``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from mistralai_core._tokens import AccessToken, TokenAuth, TokenError


class Source:
    """Hands out ``t1``, ``t2``, ... each valid ``lifetime`` seconds; optionally slow."""

    def __init__(self, lifetime: float | None = 3600.0, delay: float = 0.0) -> None:
        self.lifetime, self.delay, self.count = lifetime, delay, 0
        self.threads: set[str] = set()

    def fetch(self) -> AccessToken:
        self.threads.add(threading.current_thread().name)
        time.sleep(self.delay)
        self.count += 1
        return AccessToken(f"t{self.count}", self.lifetime)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_is_fetched_lazily_then_cached_until_the_margin() -> None:
    source, clock = Source(lifetime=100), Clock()
    auth = TokenAuth(source.fetch, margin=10, clock=clock)
    assert source.count == 0  # nothing at construction
    assert auth.token() == "t1" and auth.token() == "t1"
    clock.now += 89
    assert auth.token() == "t1"
    clock.now += 1  # 10 s left: inside the margin
    assert auth.token() == "t2"
    assert source.count == 2


def test_static_token_never_expires_and_a_401_is_final() -> None:
    auth = TokenAuth(lambda: AccessToken("static"))
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(401)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as http:
        assert http.get("https://x.example/").status_code == 401
    assert seen == ["Bearer static"]  # the same token again would not help: no retry


def test_threads_share_one_refresh() -> None:
    source = Source(delay=0.2)
    auth = TokenAuth(source.fetch)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(auth.token())) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["t1"] * 20 and source.count == 1


def test_coroutines_share_one_refresh_off_the_event_loop() -> None:
    source = Source(delay=0.2)
    auth = TokenAuth(source.fetch)

    async def main() -> tuple[list[str], int]:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        tokens = await asyncio.gather(*(auth.token_async() for _ in range(50)))
        stop.set()
        await task
        return list(tokens), ticks

    tokens, ticks = asyncio.run(main())
    assert tokens == ["t1"] * 50 and source.count == 1
    assert ticks >= 10  # the loop kept running during the 0.2 s fetch
    assert threading.main_thread().name not in source.threads


def test_threads_and_event_loops_together_share_one_refresh() -> None:
    source = Source(delay=0.2)
    auth = TokenAuth(source.fetch)
    results: list[str] = []

    async def many() -> None:
        results.extend(await asyncio.gather(*(auth.token_async() for _ in range(10))))

    workers = [threading.Thread(target=lambda: asyncio.run(many())) for _ in range(3)]
    workers += [threading.Thread(target=lambda: results.append(auth.token())) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert results == ["t1"] * 33 and source.count == 1


def test_native_async_fetch_is_awaited_once_per_refresh() -> None:
    calls = 0

    async def fetch_async() -> AccessToken:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return AccessToken("async-token", 3600)

    auth = TokenAuth(Source().fetch, fetch_async)

    async def main() -> list[str]:
        return list(await asyncio.gather(*(auth.token_async() for _ in range(20))))

    assert asyncio.run(main()) == ["async-token"] * 20 and calls == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_401_refreshes_once_and_retries(mode: str) -> None:
    source = Source()
    auth = TokenAuth(source.fetch)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(401 if len(seen) == 1 else 200)

    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=transport, auth=auth) as http:
            assert http.post("https://x.example/", content=b"{}").status_code == 200
    else:

        async def main() -> int:
            async with httpx.AsyncClient(transport=transport, auth=auth) as http:
                return (await http.post("https://x.example/", content=b"{}")).status_code

        assert asyncio.run(main()) == 200
    assert seen == ["Bearer t1", "Bearer t2"]


def test_a_refresh_already_made_by_another_caller_is_reused_after_401() -> None:
    source = Source()
    auth = TokenAuth(source.fetch)
    assert auth.token() == "t1"
    assert auth.token(rejected="t1") == "t2"
    # A second caller whose request was also refused with t1 gets t2, not a third fetch.
    assert auth.token(rejected="t1") == "t2" and source.count == 2


def test_fetch_errors_become_token_errors_and_reprs_hide_the_token() -> None:
    def broken() -> AccessToken:
        raise OSError("token endpoint unreachable")

    with pytest.raises(TokenError, match="OSError: token endpoint unreachable"):
        TokenAuth(broken, source="test source").token()
    auth = TokenAuth(lambda: AccessToken("very-secret-token", 60))
    auth.token()
    assert "very-secret-token" not in repr(auth) + repr(AccessToken("very-secret-token"))
    with pytest.raises(TokenError, match="empty"):
        TokenAuth(lambda: AccessToken("")).token()


class Failing:
    """A token endpoint in an outage: every fetch fails after ``delay`` seconds."""

    def __init__(self, delay: float = 0.1) -> None:
        self.delay, self.count = delay, 0
        self.lock = threading.Lock()

    def fetch(self) -> AccessToken:
        with self.lock:
            self.count += 1
        time.sleep(self.delay)
        raise OSError("status 500 from the token endpoint")


def test_threads_waiting_on_a_failed_refresh_share_its_error() -> None:
    source = Failing()
    auth = TokenAuth(source.fetch, source="Google credentials")
    errors: list[str] = []

    def call() -> None:
        try:
            auth.token()
        except TokenError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert source.count == 1  # one fetch for eight callers, not eight in turn
    assert len(errors) == 8 and len(set(errors)) == 1
    assert "Google credentials" in errors[0] and "status 500 from the token endpoint" in errors[0]


def test_coroutines_waiting_on_a_failed_refresh_share_its_error() -> None:
    source = Failing()
    auth = TokenAuth(source.fetch)

    async def main() -> list[BaseException | str]:
        return list(
            await asyncio.gather(*(auth.token_async() for _ in range(8)), return_exceptions=True)
        )

    outcomes = asyncio.run(main())
    assert source.count == 1
    assert all(isinstance(o, TokenError) for o in outcomes)


def test_native_async_failures_are_shared_too() -> None:
    calls = 0

    async def fetch_async() -> AccessToken:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        raise ConnectionError("token endpoint dropped the connection")

    auth = TokenAuth(Source().fetch, fetch_async)

    async def main() -> list[BaseException | str]:
        return list(
            await asyncio.gather(*(auth.token_async() for _ in range(8)), return_exceptions=True)
        )

    outcomes = asyncio.run(main())
    assert calls == 1 and all(isinstance(o, TokenError) for o in outcomes)


def test_a_failure_is_kept_for_the_cool_down_then_the_next_caller_tries_again() -> None:
    clock = Clock()
    outcomes: list[AccessToken | Exception] = [OSError("down"), AccessToken("t-ok", 3600)]
    fetches = 0

    def fetch() -> AccessToken:
        nonlocal fetches
        fetches += 1
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    auth = TokenAuth(fetch, cooldown=2.0, clock=clock)
    for _ in range(3):
        with pytest.raises(TokenError, match="OSError: down"):
            auth.token()
    assert fetches == 1  # inside the cool-down: no new fetch
    clock.now += 2.0
    assert auth.token() == "t-ok" and fetches == 2


def test_a_stalled_fetch_is_bounded_and_a_late_token_is_kept() -> None:
    release = threading.Event()

    def stalled() -> AccessToken:
        release.wait(5)
        return AccessToken("late-token", 3600)

    auth = TokenAuth(stalled, fetch_timeout=0.2, source="Azure credential")
    with pytest.raises(TokenError, match=r"Azure credential: TimeoutError: no token within 0.2 s"):
        auth.token()
    release.set()
    deadline = time.monotonic() + 5
    while auth._cached is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert auth._cached is not None  # the late answer was cached, the failure cleared
    assert auth.token() == "late-token"


def test_async_native_fetch_is_bounded_too() -> None:
    async def stalled() -> AccessToken:
        await asyncio.sleep(5)
        return AccessToken("never", 3600)

    auth = TokenAuth(Source().fetch, stalled, fetch_timeout=0.1)
    with pytest.raises(TokenError, match="no token within"):
        asyncio.run(auth.token_async())


def test_token_errors_never_carry_the_secret() -> None:
    secret = "assertion-eyJhbGciOiJSUzI1NiJ9.secret"

    def leaky() -> AccessToken:
        raise OSError("status 500 from the token endpoint")

    auth = TokenAuth(leaky, source="Google credentials")
    with pytest.raises(TokenError) as info:
        auth.token()
    assert secret not in str(info.value) + repr(info.value) + repr(auth)
