"""``classifiers.classify`` / ``classify_chat`` (sync and async) against the emulator, and
``moderate``'s ``metadata``: the wire body (``inputs=`` or the 2.x ``input=`` both sent as
``input``), the typed scores per target."""

from __future__ import annotations

import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

from .conftest import SdkCall

MODEL = "mistral-moderation-latest"
CHAT = {"messages": [{"role": "user", "content": "I will kill the process"}]}


@pytest.mark.parametrize("name", ["inputs", "input"])
def test_classify_sends_input_and_parses_scores_per_target(
    emu: Emulator, sdk_call: SdkCall, name: str
) -> None:
    texts = ["hello there", "I will kill you"]
    reply = sdk_call("classifiers.classify", model=MODEL, **{name: texts})
    assert isinstance(reply, models.ClassificationTargetsResponse)
    assert reply.model == MODEL and reply.id.startswith("cls-")
    assert len(reply.results) == 2
    calm, violent = (result["moderation"] for result in reply.results)
    assert isinstance(calm, models.ClassificationTargetResult)
    assert violent.scores["violence_and_threats"] > 0.9 > calm.scores["violence_and_threats"]
    entry = emu.requests[-1]
    assert (entry["method"], entry["path"]) == ("POST", "/v1/classifications")
    assert entry["json"] == {"model": MODEL, "input": texts}


def test_classify_one_text_with_metadata(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call("classifiers.classify", model=MODEL, inputs="hi", metadata={"team": "a"})
    assert len(reply.results) == 1
    assert emu.requests[-1]["json"] == {"model": MODEL, "input": "hi", "metadata": {"team": "a"}}


def test_the_same_texts_score_the_same_as_moderation(emu: Emulator, sdk: Mistral) -> None:
    scores = sdk.classifiers.classify(model=MODEL, inputs=["a text"]).results[0]["moderation"]
    moderated = sdk.classifiers.moderate(model=MODEL, inputs=["a text"]).results[0]
    assert scores.scores == moderated.category_scores


@pytest.mark.parametrize("name", ["inputs", "input"])
def test_classify_chat_one_conversation_or_several(
    emu: Emulator, sdk_call: SdkCall, name: str
) -> None:
    one = sdk_call("classifiers.classify_chat", model=MODEL, **{name: CHAT})
    assert isinstance(one, models.ClassificationTargetsResponse)
    assert len(one.results) == 1
    assert one.results[0]["moderation"].scores["violence_and_threats"] > 0.9
    entry = emu.requests[-1]
    assert (entry["method"], entry["path"]) == ("POST", "/v1/chat/classifications")
    assert entry["json"] == {"model": MODEL, "input": CHAT}
    calm = {"messages": [{"role": "user", "content": "good morning"}]}
    several = sdk_call("classifiers.classify_chat", model=MODEL, **{name: [CHAT, calm]})
    assert len(several.results) == 2
    assert several.results[1]["moderation"].scores["violence_and_threats"] < 0.5
    assert emu.requests[-1]["json"] == {"model": MODEL, "input": [CHAT, calm]}


def test_typed_instruct_requests_are_accepted(emu: Emulator, sdk_call: SdkCall) -> None:
    request = models.InstructRequest(messages=[models.UserMessage(content="hi")])
    reply = sdk_call("classifiers.classify_chat", model=MODEL, inputs=[request])
    assert len(reply.results) == 1
    assert emu.requests[-1]["json"]["input"] == [{"messages": [{"role": "user", "content": "hi"}]}]


@pytest.mark.parametrize("method", ["classify", "classify_chat"])
def test_inputs_and_input_together_are_refused_before_sending(
    emu: Emulator, sdk_call: SdkCall, flavour: str, method: str
) -> None:
    value = "hi" if method == "classify" else CHAT
    public = f"classifiers.{method}" + ("" if flavour == "sync" else "_async")
    with pytest.raises(TypeError, match=rf"^{public}\(\): inputs= and input= are the same"):
        sdk_call(f"classifiers.{method}", model=MODEL, inputs=value, input=value)
    assert emu.requests == []


def test_no_inputs_is_refused_naming_the_field(emu: Emulator, sdk_call: SdkCall) -> None:
    with pytest.raises(ValueError) as caught:
        sdk_call("classifiers.classify", model=MODEL)
    assert "classifiers.classify" in str(caught.value) and "input" in str(caught.value)
    assert emu.requests == []


def test_moderate_sends_metadata(emu: Emulator, sdk_call: SdkCall) -> None:
    reply = sdk_call("classifiers.moderate", model=MODEL, inputs=["x"], metadata={"k": 1})
    assert isinstance(reply, models.ClassificationResponse)
    assert emu.requests[-1]["json"] == {"model": MODEL, "input": ["x"], "metadata": {"k": 1}}


def test_a_model_without_classification_is_refused(emu: Emulator, sdk_call: SdkCall) -> None:
    with pytest.raises(models.BadRequestError):
        sdk_call("classifiers.classify", model="mistral-small-latest", inputs="hi")
