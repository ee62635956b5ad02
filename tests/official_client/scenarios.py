"""The calls of the official mistralai 1.3.0 client's 24 ``examples/``, written anew.

Each function makes the calls one official example makes (same methods, models, arguments and
control flow, e.g. the fine-tuning loop ``while job.status in ["QUEUED", "RUNNING"]``), against
the emulator instead of api.mistral.ai. None of the official examples' code is copied (clean
room): only which calls they make was noted. ``run.py`` runs each in its own interpreter, in an
environment holding the official client (``nox -s official-client``), and counts the passes.

Environment: ``MISTRAL_API_KEY``, ``MISTRAL_SERVER_URL`` (the emulator), ``AZURE_API_KEY``,
``MISTRAL_AGENT_ID``, ``GOOGLE_APPLICATION_CREDENTIALS`` (a key file the emulator wrote) and
``FIXTURES`` (a folder with ``file.jsonl`` and ``validation_file.jsonl``).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from mistralai import Mistral
from mistralai.models import File, ImageURLChunk, TextChunk, TrainingParametersIn, UserMessage

SCENARIOS: dict[str, Callable[[], None]] = {}
POLLING_INTERVAL = 0.25  # seconds (the official example waits 10)
CLIENT_LIMITATION = 3
"""Exit status of a scenario the 1.3.0 client itself cannot run (whatever the server)."""


def scenario(function: Callable[[], Any]) -> Callable[[], Any]:
    """Register ``function`` under the official example's file name."""
    name = function.__name__.removesuffix("_")
    if asyncio.iscoroutinefunction(function):
        SCENARIOS[name] = lambda: asyncio.run(function())
    else:
        SCENARIOS[name] = function
    return function


def client() -> Mistral:
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"], server_url=os.environ["MISTRAL_SERVER_URL"]
    )


def fixture(name: str) -> Path:
    return Path(os.environ["FIXTURES"]) / name


def content(reply: Any) -> str:
    """The first choice's text (the two clients type ``choices`` differently: Any here)."""
    return str(reply.choices[0].message.content)


def check(condition: object, what: str) -> None:
    if not condition:
        raise SystemExit(f"unexpected: {what}")


# -- chat -------------------------------------------------------------------------------------


@scenario
def chat_no_streaming() -> None:
    reply = client().chat.complete(
        model="mistral-tiny",
        messages=[{"role": "user", "content": "What is the best French cheese?"}],
    )
    check(content(reply), "no content")
    print(content(reply))


@scenario
async def async_chat_no_streaming() -> None:
    reply = await client().chat.complete_async(
        model="mistral-tiny",
        messages=[UserMessage(content="What is the best French cheese?")],
    )
    check(content(reply), "no content")
    print(content(reply))


@scenario
def chat_with_streaming() -> None:
    pieces = []
    stream = client().chat.stream(
        model="mistral-tiny",
        messages=[UserMessage(content="What is the best French cheese?")],
    )
    for event in stream:
        pieces.append(event.data.choices[0].delta.content or "")
    check("".join(str(p) for p in pieces), "empty stream")
    print("".join(str(p) for p in pieces))


@scenario
async def async_chat_with_streaming() -> None:
    stream = await client().chat.stream_async(
        model="mistral-tiny",
        messages=[UserMessage(content="What is the best French cheese?")],
    )
    pieces = [str(event.data.choices[0].delta.content or "") async for event in stream]
    check("".join(pieces), "empty stream")
    print("".join(pieces))


@scenario
def chatbot_with_streaming() -> None:
    # The official chatbot reads turns from stdin; these are three typed turns, one per legacy
    # model name it offers (mistral-tiny, mistral-small, mistral-medium).
    s = client()
    for model in ("mistral-tiny", "mistral-small", "mistral-medium"):
        messages: list[Any] = [{"role": "system", "content": "You are a helpful assistant."}]
        for turn in ("Hello!", "Tell me about Paris."):
            messages.append({"role": "user", "content": turn})
            answer = ""
            for event in s.chat.stream(model=model, messages=messages):
                answer += str(event.data.choices[0].delta.content or "")
            check(answer, f"{model}: empty answer")
            print(f"{model}: {answer}")
            messages.append({"role": "assistant", "content": answer})


@scenario
async def async_chat_with_image_no_streaming() -> None:
    reply = await client().chat.complete_async(
        model="pixtral-12b",
        messages=[
            UserMessage(
                content=[
                    TextChunk(text="What's in this image?"),
                    ImageURLChunk(image_url="https://example.com/image.png"),
                ]
            )
        ],
    )
    check(reply and reply.choices, "no choices")
    print(content(reply))


@scenario
def json_format() -> None:
    reply = client().chat.complete(
        model="mistral-large-latest",
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "What is the best French cheese? Answer in JSON."}],
    )
    print(json.loads(content(reply)))


def retrieve_payment_status(transaction_id: str) -> str:
    known = {"T1001": "Paid", "T1002": "Unpaid"}
    return json.dumps({"status": known.get(transaction_id, "Error - transaction id not found")})


def retrieve_payment_date(transaction_id: str) -> str:
    known = {"T1001": "2021-10-05", "T1002": "2021-10-06"}
    return json.dumps({"date": known.get(transaction_id, "Error - transaction id not found")})


def payment_tool(name: str, what: str) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": f"Get payment {what} of a transaction id",
            "parameters": {
                "type": "object",
                "required": ["transaction_id"],
                "properties": {
                    "transaction_id": {"type": "string", "description": "The transaction id."}
                },
            },
        },
    }


@scenario
def function_calling() -> None:
    from mistralai.models import AssistantMessage, ToolMessage

    functions = {
        "retrieve_payment_status": retrieve_payment_status,
        "retrieve_payment_date": retrieve_payment_date,
    }
    tools: list[Any] = [
        payment_tool("retrieve_payment_status", "status"),
        payment_tool("retrieve_payment_date", "date"),
    ]
    s = client()
    model = "mistral-large-latest"
    messages: list[Any] = [UserMessage(content="What's the status of my transaction?")]
    reply = s.chat.complete(model=model, messages=messages, tools=tools, tool_choice="auto")
    first: Any = reply.choices[0].message
    print(first.content)
    messages.append(AssistantMessage(content=first.content))
    messages.append(UserMessage(content="My transaction ID is T1001."))
    reply = s.chat.complete(model=model, messages=messages, tools=tools, tool_choice="auto")
    message: Any = reply.choices[0].message
    check(message.tool_calls, "no tool call on the second turn")
    call = message.tool_calls[0]
    arguments = json.loads(str(call.function.arguments))
    print(f"calling {call.function.name} with {arguments}")
    result = functions[call.function.name](**arguments)
    messages.append(message)
    messages.append(ToolMessage(name=call.function.name, content=result, tool_call_id=call.id))
    reply = s.chat.complete(model=model, messages=messages, tools=tools, tool_choice="auto")
    final = content(reply)
    check("Paid" in final, f"final answer without the tool's result: {final!r}")
    print(final)


@scenario
async def async_agents_no_streaming() -> None:
    reply = await client().agents.complete_async(
        agent_id=os.environ["MISTRAL_AGENT_ID"],
        messages=[UserMessage(content="What is the best French cheese?")],
    )
    print(content(reply))


# -- code -------------------------------------------------------------------------------------

PROMPT = "def fibonacci(n: int):"
SUFFIX = "n = int(input('Enter a number: '))\nprint(fibonacci(n))"


@scenario
def code_completion() -> None:
    reply = client().fim.complete(model="codestral-latest", prompt=PROMPT, suffix=SUFFIX)
    print(f"{PROMPT}\n{content(reply)}\n{SUFFIX}")


@scenario
async def async_code_completion() -> None:
    reply = await client().fim.complete_async(
        model="codestral-latest", prompt=PROMPT, suffix=SUFFIX
    )
    print(f"{PROMPT}\n{content(reply)}\n{SUFFIX}")


@scenario
def completion_with_streaming() -> None:
    pieces = [
        str(event.data.choices[0].delta.content or "")
        for event in client().fim.stream(model="codestral-latest", prompt=PROMPT, suffix=SUFFIX)
    ]
    check("".join(pieces), "empty stream")
    print(PROMPT + "".join(pieces) + SUFFIX)


# -- embeddings, models -------------------------------------------------------------------------


@scenario
def embeddings() -> None:
    reply = client().embeddings.create(
        model="mistral-embed", inputs=["What is the best French cheese?"] * 10
    )
    check(len(reply.data) == 10, "not ten embeddings")
    print(len(reply.data[0].embedding or []))


@scenario
async def async_embeddings() -> None:
    reply = await client().embeddings.create_async(
        model="mistral-embed", inputs=["What is the best French cheese?"] * 10
    )
    print(len(reply.data))


@scenario
def list_models() -> None:
    models = client().models.list()
    names = [m.id for m in models.data or []]
    check("mistral-tiny" not in names and "open-mistral-7b" in names, "catalogue")
    print(names)


@scenario
async def async_list_models() -> None:
    models = await client().models.list_async()
    print([m.id for m in models.data or []])


# -- files and fine-tuning ----------------------------------------------------------------------


@scenario
def files() -> None:
    s = client()
    created = s.files.upload(
        file=File(file_name="training_file.jsonl", content=fixture("file.jsonl").read_bytes())
    )
    print(created)
    print(s.files.list())
    print(s.files.retrieve(file_id=created.id))
    print(s.files.delete(file_id=created.id))


@scenario
async def async_files() -> None:
    s = client()
    created = await s.files.upload_async(
        file=File(file_name="training_file.jsonl", content=fixture("file.jsonl").read_bytes())
    )
    print(await s.files.list_async())
    print(await s.files.retrieve_async(file_id=created.id))
    print(await s.files.delete_async(file_id=created.id))


def upload_pair(s: Mistral) -> tuple[str, str]:
    with fixture("file.jsonl").open("rb") as f:
        training = s.files.upload(file=File(file_name="file.jsonl", content=f))
    with fixture("validation_file.jsonl").open("rb") as f:
        validation = s.files.upload(file=File(file_name="validation_file.jsonl", content=f))
    return training.id, validation.id


@scenario
def jobs() -> None:
    s = client()
    training, validation = upload_pair(s)
    created: Any = s.fine_tuning.jobs.create(
        model="open-mistral-7b",
        training_files=[{"file_id": training, "weight": 1}],
        validation_files=[validation],
        hyperparameters=TrainingParametersIn(training_steps=1, learning_rate=0.0001),
    )
    print(created)
    print(s.fine_tuning.jobs.list(page=0, page_size=5))
    print(s.fine_tuning.jobs.get(job_id=created.id))
    print(s.fine_tuning.jobs.cancel(job_id=created.id))
    s.files.delete(file_id=training)
    s.files.delete(file_id=validation)


@scenario
async def async_jobs() -> None:
    s = client()
    training, validation = upload_pair(s)
    created: Any = await s.fine_tuning.jobs.create_async(
        model="open-mistral-7b",
        training_files=[{"file_id": training, "weight": 1}],
        validation_files=[validation],
        hyperparameters=TrainingParametersIn(training_steps=1, learning_rate=0.0001),
    )
    print(await s.fine_tuning.jobs.list_async(page=0, page_size=5))
    print(await s.fine_tuning.jobs.get_async(job_id=created.id))
    print(await s.fine_tuning.jobs.cancel_async(job_id=created.id))
    await s.files.delete_async(file_id=training)
    await s.files.delete_async(file_id=validation)


@scenario
async def async_jobs_chat() -> None:
    s = client()
    training, validation = upload_pair(s)
    job: Any = await s.fine_tuning.jobs.create_async(
        model="open-mistral-7b",
        training_files=[{"file_id": training, "weight": 1}],
        validation_files=[validation],
        hyperparameters=TrainingParametersIn(training_steps=1, learning_rate=0.0001),
    )
    while job.status in ["QUEUED", "RUNNING"]:
        job = await s.fine_tuning.jobs.get_async(job_id=job.id)
        print(f"Job is {job.status}, waiting {POLLING_INTERVAL} seconds")
        await asyncio.sleep(POLLING_INTERVAL)
    check(job.status == "SUCCESS" and job.fine_tuned_model, f"job ended {job.status}")
    reply = await s.chat.complete_async(
        model=job.fine_tuned_model,
        messages=[
            {"role": "system", "content": "Marv is a factual chatbot that is also sarcastic."},
            {"role": "user", "content": "What is the capital of France ?"},
        ],
    )
    print(content(reply))
    await s.files.delete_async(file_id=training)
    await s.files.delete_async(file_id=validation)
    await s.models.delete_async(model_id=job.fine_tuned_model)


@scenario
async def dry_run_job() -> None:
    s = client()
    with fixture("file.jsonl").open("rb") as f:
        training = await s.files.upload_async(file={"file_name": "test-file.jsonl", "content": f})
    create: Any = s.fine_tuning.jobs.create_async
    if "dry_run" not in inspect.signature(create).parameters:
        # The official example passes dry_run=True, which this release's jobs.create does not
        # take (TypeError before any request). Check the emulator's estimate with the request
        # the example means, then report the client's limitation.
        reply = httpx.post(
            os.environ["MISTRAL_SERVER_URL"] + "/v1/fine_tuning/jobs",
            params={"dry_run": "true"},
            headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
            json={
                "model": "open-mistral-7b",
                "training_files": [{"file_id": training.id, "weight": 1}],
                "hyperparameters": {"training_steps": 1, "learning_rate": 0.0001},
            },
        )
        estimate = reply.json()
        for field in ("train_tokens", "data_tokens", "epochs", "expected_duration_seconds"):
            check(estimate.get(field) is not None, f"dry run without {field}")
        print("jobs.create(dry_run=True) is not in this client:", inspect.signature(create))
        raise SystemExit(CLIENT_LIMITATION)
    estimate = await create(
        model="open-mistral-7b",
        training_files=[{"file_id": training.id, "weight": 1}],
        hyperparameters=TrainingParametersIn(training_steps=1, learning_rate=0.0001),
        dry_run=True,
    )
    for field in ("train_tokens", "data_tokens", "epochs", "expected_duration_seconds", "cost"):
        check(getattr(estimate, field) is not None, f"dry run without {field}")
        print(field, getattr(estimate, field))


# -- providers ----------------------------------------------------------------------------------


@scenario
def azure_chat_no_streaming() -> None:
    from mistralai_azure import MistralAzure

    azure = MistralAzure(
        azure_api_key=os.environ["AZURE_API_KEY"],
        azure_endpoint=os.environ["MISTRAL_SERVER_URL"] + "/v1",
    )
    reply = azure.chat.complete(
        messages=[{"role": "user", "content": "What is the capital of France?"}]
    )
    print(content(reply))


class ToEmulator(httpx.AsyncHTTPTransport):
    """Sends what is addressed to Google's Vertex endpoint to the emulator instead (the
    official Vertex client has no ``server_url``)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = httpx.URL(os.environ["MISTRAL_SERVER_URL"])
        request.url = request.url.copy_with(
            scheme=target.scheme, host=target.host, port=target.port
        )
        request.headers["host"] = target.netloc.decode()
        return await super().handle_async_request(request)


@scenario
async def gcp_async_chat_no_streaming() -> None:
    from mistralai_gcp import MistralGoogleCloud

    # Application-default credentials: GOOGLE_APPLICATION_CREDENTIALS names the emulator's key
    # file, whose token endpoint is the emulator; the project comes from the key file.
    vertex = MistralGoogleCloud(async_client=httpx.AsyncClient(transport=ToEmulator()))
    reply = await vertex.chat.complete_async(
        model="mistral-large-2407",
        messages=[{"role": "user", "content": "What is the best French cheese?"}],
    )
    print(content(reply))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in SCENARIOS:
        print(f"usage: scenarios.py {{{','.join(SCENARIOS)}}}", file=sys.stderr)
        return 2
    SCENARIOS[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
