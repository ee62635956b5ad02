"""``MISTRAL_BASE_URL`` and ``MISTRAL_LOG``: read when a client is made, not at import."""

from __future__ import annotations

import logging

import pytest

from mistralai import Mistral
from mistralai_emulator import Emulator


def test_base_url_from_the_environment(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_BASE_URL", emu.url)  # mistralai was imported long before
    with Mistral(api_key=emu.api_key) as client:
        assert client.models.list().data
    assert emu.requests[-1]["path"] == "/v1/models"


def test_explicit_choices_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_BASE_URL", "http://127.0.0.1:9/")
    assert Mistral(api_key="k")._core.server_url == "http://127.0.0.1:9"
    assert Mistral(api_key="k", server_url="http://other")._core.server_url == "http://other"
    assert Mistral(api_key="k", server="eu")._core.server_url == "https://api.mistral.ai"
    monkeypatch.setenv("MISTRAL_BASE_URL", "")
    assert Mistral(api_key="k")._core.server_url == "https://api.mistral.ai"


@pytest.mark.parametrize("level", ["info", "INFO", "debug"])
def test_mistral_log_turns_on_logging(
    level: str, emu: Emulator, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MISTRAL_LOG", level)
    caplog.set_level(logging.DEBUG, logger="mistralai")
    with Mistral(api_key=emu.api_key, server_url=emu.url) as client:
        client.models.list()
    logged = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "mistralai"]
    assert logged, "nothing logged"
    text = "\n".join(m for _, m in logged)
    assert emu.api_key not in text
    if level.lower() == "info":
        assert logged == [(logging.INFO, f"GET {emu.url}/v1/models -> 200")]
    else:
        assert {lv for lv, _ in logged} == {logging.DEBUG}
        assert "Request: GET" in text and "Response: 200" in text
    logging.getLogger("mistralai").setLevel(logging.NOTSET)


def test_no_logging_without_the_variables(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MISTRAL_LOG", "nonsense")
    caplog.set_level(logging.DEBUG, logger="mistralai")
    with Mistral(api_key=emu.api_key, server_url=emu.url) as client:
        assert client._core.logger is None
        client.models.list()
    assert not [r for r in caplog.records if r.name == "mistralai"]
