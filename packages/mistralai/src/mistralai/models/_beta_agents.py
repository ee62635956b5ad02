"""Models of the beta-agents operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel
from mistralai_core.models._chat import GuardrailConfig, GuardrailConfigTypedDict
from mistralai_core.models._unions import EMPTY_IF_NULL

from ._conversations import AgentTool, AgentToolTypedDict, CompletionArgs, CompletionArgsTypedDict

__all__ = [
    "Agent",
    "AgentAliasResponse",
    "AgentAliasResponseTypedDict",
    "AgentTypedDict",
    "CreateAgentRequest",
    "CreateAgentRequestTypedDict",
    "RequestSource",
    "UpdateAgentRequest",
    "UpdateAgentRequestTypedDict",
]


class Agent(BaseModel):
    """Agent"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"instructions", "guardrails", "description", "handoffs", "metadata", "version_message"}
    )

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: Annotated[list[AgentTool], EMPTY_IF_NULL] = Field(default_factory=list)
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: dict[str, Any] | None = None
    object: Literal["agent"] | str | None = "agent"
    id: str
    version: int
    versions: list[int]
    created_at: datetime
    updated_at: datetime
    deployment_chat: bool
    source: str
    version_message: str | None = None


class AgentTypedDict(TypedDict):
    """The dict form of :class:`Agent`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[list[AgentToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    model: str
    name: str
    description: NotRequired[str | None]
    handoffs: NotRequired[list[str] | None]
    metadata: NotRequired[dict[str, Any] | None]
    object: NotRequired[Literal["agent"] | str]
    id: str
    version: int
    versions: list[int]
    created_at: datetime
    updated_at: datetime
    deployment_chat: bool
    source: str
    version_message: NotRequired[str | None]


class CreateAgentRequest(BaseModel):
    """CreateAgentRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"instructions", "guardrails", "description", "handoffs", "metadata", "version_message"}
    )

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[AgentTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: dict[str, Any] | None = None
    version_message: str | None = None


class CreateAgentRequestTypedDict(TypedDict):
    """The dict form of :class:`CreateAgentRequest`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[list[AgentToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    model: str
    name: str
    description: NotRequired[str | None]
    handoffs: NotRequired[list[str] | None]
    metadata: NotRequired[dict[str, Any] | None]
    version_message: NotRequired[str | None]


class UpdateAgentRequest(BaseModel):
    """UpdateAgentRequest"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "instructions",
            "guardrails",
            "model",
            "name",
            "description",
            "handoffs",
            "deployment_chat",
            "metadata",
            "version_message",
        }
    )

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[AgentTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """White-listed arguments from the completion API"""
    guardrails: list[GuardrailConfig] | None = None
    model: str | None = None
    name: str | None = None
    description: str | None = None
    handoffs: list[str] | None = None
    deployment_chat: bool | None = None
    metadata: dict[str, Any] | None = None
    version_message: str | None = None


class UpdateAgentRequestTypedDict(TypedDict):
    """The dict form of :class:`UpdateAgentRequest`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[list[AgentToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[list[GuardrailConfigTypedDict] | None]
    model: NotRequired[str | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    handoffs: NotRequired[list[str] | None]
    deployment_chat: NotRequired[bool | None]
    metadata: NotRequired[dict[str, Any] | None]
    version_message: NotRequired[str | None]


class AgentAliasResponse(BaseModel):
    """AgentAliasResponse"""

    alias: str
    version: int
    created_at: datetime
    updated_at: datetime


class AgentAliasResponseTypedDict(TypedDict):
    """The dict form of :class:`AgentAliasResponse`."""

    alias: str
    version: int
    created_at: datetime
    updated_at: datetime


RequestSource = Literal["api", "playground", "agent_builder_v1"]
