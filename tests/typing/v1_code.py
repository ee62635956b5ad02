"""Code written for the official v1 client, as a user's program: checked by
``nox -s typecheck_user`` like the README's snippets (imports from v1's module paths, the
TypedDict twins typing plain-dict messages, v1's Python names and the 2.x entry points)."""

from __future__ import annotations

from mistralai import Mistral, SDKError
from mistralai.client import Mistral as MistralV2
from mistralai.gcp.client import MistralGCP
from mistralai.models import EmbeddingRequest, Messages, MessagesTypedDict, ToolChoiceEnum
from mistralai.models.assistantmessage import AssistantMessage
from mistralai.models.usermessage import UserMessage, UserMessageTypedDict
from mistralai.utils import BackoffStrategy, RetryConfig
from mistralai_azure.models import ChatCompletionResponse as AzureResponse
from mistralai_gcp.models import UserMessage as VertexUserMessage


def conversation() -> list[MessagesTypedDict]:
    first: UserMessageTypedDict = {"role": "user", "content": "What is the capital of France?"}
    return [first, {"role": "assistant", "content": "Paris."}, {"role": "user", "content": "Why?"}]


def ask(client: Mistral) -> str | None:
    messages: list[Messages] = [UserMessage(content="Hi"), AssistantMessage(content="Hello")]
    choice: ToolChoiceEnum = "auto"
    try:
        res = client.chat.complete(model="mistral-large-latest", messages=messages)
    except SDKError as error:
        return f"{error.status_code}: {error.message}"
    print(choice, client.chat.complete(model="m", messages=conversation()).choices)
    content = res.choices[0].message.content
    return content if isinstance(content, str) else None


def first_text(res: AzureResponse) -> str:
    return str(res.choices[0].message.content) if res.choices else ""


def clients() -> None:
    retries = RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
    print(ask(MistralV2(api_key="key", retry_config=retries)))
    print(MistralGCP(project_id="p", access_token="t").chat, VertexUserMessage(content="Hi"))
    print(EmbeddingRequest(model="mistral-embed", inputs=["a", "b"]).inputs)
