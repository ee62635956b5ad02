"""The import lines of code written for the official client, each in a fresh interpreter.

v1.3.0's README and examples (``from mistralai import Mistral, UserMessage``,
``from mistralai.models.assistantmessage import AssistantMessage`` of ``function_calling.py``,
the Vertex and Azure examples' ``mistralai_gcp`` / ``mistralai_azure`` imports) and the 2.x
entry points (``from mistralai.client import Mistral``, ...). Each line runs in its own
interpreter, as a user's program would, and uses what it imported.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

V1_LINES = {
    "root models": (
        "from mistralai import Mistral, UserMessage, SystemMessage, AssistantMessage\n"
        "assert UserMessage(content='hi').role == 'user' and Mistral(api_key='k').chat"
    ),
    "models namespace": (
        "from mistralai import Mistral, models\n"
        "from mistralai.models import UserMessage, ToolMessage, SDKError, HTTPValidationError\n"
        "assert issubclass(HTTPValidationError, SDKError) and models.UserMessage is UserMessage\n"
        "assert ToolMessage(content='1', tool_call_id='c').role == 'tool'"
    ),
    "function_calling.py": (
        "from mistralai.models.assistantmessage import AssistantMessage\n"
        "from mistralai.models.function import Function\n"
        "from mistralai.models.toolmessage import ToolMessage\n"
        "from mistralai.models.usermessage import UserMessage\n"
        "from mistralai.models.tool import Tool\n"
        "tool = Tool(function=Function(name='f', parameters={}))\n"
        "assert AssistantMessage(content='x').role == 'assistant' and tool.type == 'function'"
    ),
    "retries": (
        "from mistralai.utils import BackoffStrategy, RetryConfig\n"
        "assert RetryConfig('backoff', BackoffStrategy(1, 50, 1.1, 100), False).strategy"
    ),
    "custom client": (
        "from mistralai.httpclient import AsyncHttpClient, HttpClient\n"
        "import httpx\n"
        "assert isinstance(httpx.Client(), HttpClient)"
    ),
    "typed messages": (
        "from mistralai.models import Messages, MessagesTypedDict, UserMessageTypedDict\n"
        "message: UserMessageTypedDict = {'role': 'user', 'content': 'hi'}\n"
        "from pydantic import TypeAdapter\n"
        "assert TypeAdapter(Messages).validate_python(message).role == 'user'"
    ),
    "vertex": (
        "from mistralai_gcp import MistralGoogleCloud\n"
        "from mistralai_gcp.models import UserMessage, ChatCompletionResponse, SDKError\n"
        "from mistralai_gcp.models.usermessage import UserMessageTypedDict\n"
        "client = MistralGoogleCloud(project_id='p', access_token='t')\n"
        "assert client.chat and client.fim and UserMessage(content='hi').role == 'user'"
    ),
    "azure": (
        "from mistralai_azure import MistralAzure\n"
        "from mistralai_azure.models import UserMessage, AssistantMessage, SDKError\n"
        "from mistralai_azure.models.chatcompletionrequest import ChatCompletionRequest\n"
        "client = MistralAzure(azure_api_key='k', azure_endpoint='https://x.models.ai.azure.com')\n"
        "request = ChatCompletionRequest(model='azureai', messages=[UserMessage(content='hi')])\n"
        "assert client.chat and request.messages[0].role == 'user'"
    ),
    "v1's 0.x stub": (
        "from mistralai.client import MistralClient\n"
        "try:\n    MistralClient()\nexcept NotImplementedError as e:\n"
        "    assert 'from mistralai import Mistral' in str(e)\n"
        "else:\n    raise AssertionError('MistralClient() must refuse')"
    ),
}
V2_LINES = {
    "v2 client": (
        "import mistralai\nfrom mistralai.client import Mistral\n"
        "assert Mistral is mistralai.Mistral and Mistral(api_key='k').chat"
    ),
    "v2 azure": (
        "import mistralai_azure\nfrom mistralai.azure.client import MistralAzure\n"
        "assert MistralAzure is mistralai_azure.MistralAzure"
    ),
    "v2 gcp": (
        "import mistralai_gcp\nfrom mistralai.gcp.client import MistralGCP\n"
        "assert MistralGCP is mistralai_gcp.MistralGoogleCloud"
    ),
}


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


@pytest.mark.parametrize(
    "code", [*V1_LINES.values(), *V2_LINES.values()], ids=[*V1_LINES, *V2_LINES]
)
def test_the_import_lines_run_in_a_fresh_interpreter(code: str) -> None:
    result = run(code)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("module", "name", "distribution", "extra"),
    [
        ("mistralai.azure.client", "MistralAzure", "mistralai_azure", "azure"),
        ("mistralai.gcp.client", "MistralGCP", "mistralai_gcp", "gcp"),
    ],
)
def test_a_v2_alias_without_its_extra_names_the_extra(
    module: str, name: str, distribution: str, extra: str
) -> None:
    hide = f"import sys\nsys.modules[{distribution!r}] = None  # as if not installed\n"
    result = run(f"{hide}from {module} import {name}")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError:") and f'pip install "mistralai[{extra}]"' in last


def test_the_v2_aliases_do_not_load_the_providers_until_used() -> None:
    result = run(
        "import sys\nimport mistralai.client, mistralai.gcp.client\n"
        "assert 'mistralai._client' not in sys.modules\n"
        "assert 'mistralai_gcp._client' not in sys.modules\n"
        "from mistralai.gcp.client import MistralGCP\n"
        "assert 'mistralai_gcp._client' in sys.modules and 'google.auth' not in sys.modules"
    )
    assert result.returncode == 0, result.stderr
