"""Tools: ``function_tool`` definitions and the ``run_tools`` loop (sync and async)."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Any, Literal

import httpx
import pytest
from pydantic import BaseModel, Field

from mistralai import Mistral, function_tool
from mistralai.models import ToolRun
from mistralai_emulator import Emulator
from tests.conftest import CHAT_OK, MODEL, FakeAPI


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict[str, Any]:
    """The current weather of a city.

    Longer notes that stay out of the description.
    """
    return {"city": city, "temperature": 21, "unit": unit}


def convert(amount: Annotated[float, Field(description="How much")], to: str) -> str:
    """Convert an amount of euros."""
    if to == "XXX":
        raise ValueError(f"no rate for {to}")
    return f"{amount * 2:.1f} {to}"


class Lookup(BaseModel):
    """Look a word up."""

    word: str


def test_function_tool_reads_the_function() -> None:
    tool = function_tool(get_weather)
    fn = tool.tool.function
    assert fn.name == "get_weather"
    assert fn.description == "The current weather of a city."
    params = fn.parameters
    assert params["required"] == ["city"]
    assert params["properties"]["unit"]["enum"] == ["celsius", "fahrenheit"]
    assert params["properties"]["city"]["type"] == "string"
    assert function_tool(convert).tool.function.parameters["properties"]["amount"] == {
        "description": "How much",
        "title": "Amount",
        "type": "number",
    }
    assert tool.call('{"city": "Lyon"}') == get_weather("Lyon")
    assert function_tool(tool) is tool


def test_function_tool_reads_a_model_and_rejects_what_it_cannot_describe() -> None:
    tool = function_tool(Lookup)
    assert (tool.name, tool.tool.function.description) == ("Lookup", "Look a word up.")
    assert tool.call({"word": "hi"}) == Lookup(word="hi")

    def untyped(x):  # noqa: ANN001
        return x

    def star(*args: int) -> None: ...

    with pytest.raises(TypeError, match="'x' needs a type annotation"):
        function_tool(untyped)
    with pytest.raises(TypeError, match=r"\*args and \*\*kwargs"):
        function_tool(star)
    with pytest.raises(TypeError, match="expected a function or a pydantic model"):
        function_tool(3)  # type: ignore[arg-type]


def call(name: str, arguments: dict[str, Any], call_id: str) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


def turn(*calls: dict[str, Any], content: str = "") -> httpx.Response:
    body = json.loads(json.dumps(CHAT_OK))
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = list(calls)
    body["choices"][0] = {
        "index": 0,
        "message": message,
        "finish_reason": "tool_calls" if calls else "stop",
    }
    return httpx.Response(200, json=body)


def script() -> list[httpx.Response | Exception]:
    """Three turns: weather; a conversion that raises and one that works; the answer."""
    return [
        turn(call("get_weather", {"city": "Paris"}, "c1")),
        turn(
            call("convert", {"amount": 3, "to": "XXX"}, "c2"),
            call("convert", {"amount": 3, "to": "USD"}, "c3"),
        ),
        turn(content="21 degrees; 6.0 USD."),
    ]


def check_transcript(run: ToolRun, api: FakeAPI) -> None:
    assert run.turns == 3 and not run.max_turns_reached
    assert run.completion.choices[0].message.content == "21 degrees; 6.0 USD."
    assert len(api.seen) == 3
    sent = api.json(2)
    assert [m["role"] for m in sent["messages"]] == [
        "user",
        "assistant",
        "tool",
        "assistant",
        "tool",
        "tool",
    ]
    weather, failed, converted = (m for m in sent["messages"] if m["role"] == "tool")
    assert json.loads(weather["content"]) == get_weather("Paris")
    assert (weather["tool_call_id"], weather["name"]) == ("c1", "get_weather")
    assert failed["content"] == "Error: ValueError: no rate for XXX"
    assert failed["tool_call_id"] == "c2"
    assert converted["content"] == "6.0 USD"
    assert [t["function"]["name"] for t in sent["tools"]] == ["get_weather", "convert"]
    assert sent["model"] == MODEL and sent["temperature"] == 0.2
    assert [getattr(m, "role", None) or m["role"] for m in run.messages] == [
        "user",
        "assistant",
        "tool",
        "assistant",
        "tool",
        "tool",
        "assistant",
    ]


ASK = [{"role": "user", "content": "Weather in Paris, and 3 EUR in XXX and USD?"}]


def test_run_tools_three_turns_with_a_raising_tool(api: FakeAPI, client: Mistral) -> None:
    api.replies += script()
    run = client.chat.run_tools(
        model=MODEL, messages=ASK, tools=[get_weather, convert], temperature=0.2
    )
    check_transcript(run, api)


def test_run_tools_async_with_async_and_plain_tools(api: FakeAPI, client: Mistral) -> None:
    api.replies += script()

    async def weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> Any:
        """The current weather of a city."""
        await asyncio.sleep(0)
        return get_weather(city, unit)

    weather.__name__ = "get_weather"

    async def main() -> ToolRun:
        return await client.chat.run_tools_async(
            model=MODEL, messages=ASK, tools=[weather, convert], temperature=0.2
        )

    check_transcript(asyncio.run(main()), api)


def test_max_turns_counts_model_calls(api: FakeAPI, client: Mistral) -> None:
    api.replies += script()
    run = client.chat.run_tools(
        model=MODEL, messages=ASK, tools=[get_weather, convert], max_turns=2
    )
    assert len(api.seen) == 2 and run.turns == 2 and run.max_turns_reached
    calls = run.completion.choices[0].message.tool_calls
    assert calls is not None and calls[0].id == "c2"
    # the last answer's calls were not run: no tool message after it
    assert getattr(run.messages[-1], "role", None) == "assistant"


def test_unknown_tools_and_bad_arguments_become_tool_messages(
    api: FakeAPI, client: Mistral
) -> None:
    api.replies += [
        turn(call("nope", {}, "u1"), call("get_weather", {"town": "Paris"}, "u2")),
        turn(content="ok"),
    ]
    client.chat.run_tools(model=MODEL, messages=ASK, tools=[get_weather])
    unknown, bad = (m for m in api.json()["messages"] if m["role"] == "tool")
    assert unknown["content"] == "Error: unknown tool 'nope'"
    assert bad["content"].startswith("Error: ValidationError:") and "city" in bad["content"]


def test_run_tools_checks_before_sending(api: FakeAPI, client: Mistral) -> None:
    async def later() -> None:
        """Async."""

    with pytest.raises(TypeError, match=r"chat\.run_tools\(\): tool 'later' is async"):
        client.chat.run_tools(model=MODEL, messages=ASK, tools=[later])
    with pytest.raises(ValueError, match=r"chat\.run_tools\(\): max_turns must be"):
        client.chat.run_tools(model=MODEL, messages=ASK, tools=[get_weather], max_turns=0)
    with pytest.raises(
        TypeError, match=r"chat\.run_tools\(\) got an unexpected keyword.*'temprature'"
    ):
        client.chat.run_tools(model=MODEL, messages=ASK, tools=[get_weather], temprature=1)
    assert api.seen == []


def test_run_tools_on_the_emulator(mistral_emulator: Emulator) -> None:
    client = Mistral(api_key=mistral_emulator.api_key, server_url=mistral_emulator.url)
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    run = client.chat.run_tools(model=MODEL, messages=ask, tools=[get_weather])

    async def main() -> ToolRun:
        result = await client.chat.run_tools_async(model=MODEL, messages=ask, tools=[get_weather])
        await client.aclose()
        return result

    again = asyncio.run(main())
    for result in (run, again):
        assert result.turns == 2
        text = str(result.completion.choices[0].message.content)
        assert "get_weather returned" in text and "Paris" in text and "21" in text
    tool_messages = [
        m for m in mistral_emulator.requests[1]["json"]["messages"] if m["role"] == "tool"
    ]
    assert json.loads(tool_messages[0]["content"]) == get_weather("Paris")
