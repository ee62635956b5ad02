"""Debug logging: requests and responses are logged, credentials never are."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import httpx
import pytest

from mistralai import Mistral, models
from tests.conftest import API_KEY, CHAT_OK, MODEL, FakeAPI, Invoke, sse

HI = [{"role": "user", "content": "hi"}]


@pytest.fixture
def debug_logger(caplog: pytest.LogCaptureFixture) -> logging.Logger:
    caplog.set_level(logging.DEBUG, logger="tests.sdk")
    return logging.getLogger("tests.sdk")


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records]


def test_debug_logger_gets_request_and_response_lines(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    debug_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    invoke("chat.complete", on=make_client(debug_logger=debug_logger), model=MODEL, messages=HI)
    request, response = messages(caplog)
    assert request.startswith("Request: POST https://api.mistral.ai/v1/chat/completions")
    assert '"content":"hi"' in request
    assert response.startswith("Response: 200 https://api.mistral.ai/v1/chat/completions")
    assert '"hello"' in response


def test_retries_and_stream_responses_are_logged(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    debug_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
    sleeps: list[float],
) -> None:
    api.replies += [httpx.Response(503, text="busy"), httpx.Response(200, content=sse())]
    invoke("chat.stream", on=make_client(debug_logger=debug_logger), model=MODEL, messages=HI)
    lines = messages(caplog)
    assert any(line.startswith("Response: 503") and "busy" in line for line in lines)
    assert any(line.startswith("Retrying in") and "status 503" in line for line in lines)
    assert any(line.startswith("Response: 200") and "<stream>" in line for line in lines)


def test_the_api_key_never_appears_in_a_log_record(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    debug_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
    sleeps: list[float],
) -> None:
    client = make_client(debug_logger=debug_logger)
    api.replies += [httpx.Response(429), httpx.Response(200, json=CHAT_OK)]
    invoke("chat.complete", on=client, model=MODEL, messages=HI)
    api.replies.append(httpx.Response(401, json={"message": "bad key"}))
    with pytest.raises(models.AuthenticationError):
        invoke("chat.complete", on=client, model=MODEL, messages=HI)
    # The key went out on every request, and into no log line.
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in api.seen)
    assert len(caplog.records) >= 5
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in caplog.text


def test_credential_headers_passed_per_call_are_masked(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    debug_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    client = make_client(debug_logger=debug_logger)
    headers = {"api-key": "secret-1", "X-Api-Key": "secret-2"}
    invoke("chat.complete", on=client, model=MODEL, messages=HI, http_headers=headers)
    assert api.seen[0].headers["api-key"] == "secret-1"
    assert "secret-1" not in caplog.text and "secret-2" not in caplog.text


def test_nothing_is_logged_by_default(
    api: FakeAPI, invoke: Invoke, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    invoke("chat.complete", model=MODEL, messages=HI)
    assert [r for r in caplog.records if r.name.startswith("mistralai")] == []


def test_reprs_do_not_show_the_api_key(client: Mistral) -> None:
    assert API_KEY not in repr(client)
    assert repr(client) == "Mistral(server_url='https://api.mistral.ai')"
    auth = client._core.provider.auth
    assert API_KEY not in repr(auth) and "***" in repr(auth)


@pytest.fixture
def mistralai_logger() -> Iterator[logging.Logger]:
    """The ``mistralai`` logger, restored after the test."""
    logger = logging.getLogger("mistralai")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def test_mistral_debug_env_enables_the_mistralai_logger(
    api: FakeAPI,
    invoke: Invoke,
    make_client: Callable[..., Mistral],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    mistralai_logger: logging.Logger,
) -> None:
    root_handlers = list(logging.getLogger().handlers)
    root_level = logging.getLogger().level
    monkeypatch.setenv("MISTRAL_DEBUG", "true")
    client = make_client()
    make_client()  # a second client adds no second handler
    assert mistralai_logger.level == logging.DEBUG
    assert len(mistralai_logger.handlers) == 1
    assert logging.getLogger().handlers == root_handlers
    assert logging.getLogger().level == root_level
    api.replies.append(httpx.Response(200, json=CHAT_OK))
    invoke("chat.complete", on=client, model=MODEL, messages=HI)
    lines = [r.getMessage() for r in caplog.records if r.name == "mistralai"]
    assert lines[0].startswith("Request: POST") and API_KEY not in caplog.text
