"""Generate the SDK's pydantic models from the OpenAPI contract.

    python scripts/generate_models.py           # (re)write the model modules
    python scripts/generate_models.py --check   # exit 1 if the files on disk are stale

Placement: the schemas reachable from the chat and FIM operations (shared by La Plateforme,
Azure and Vertex) go to ``mistralai_core/models/_chat.py``; every other schema goes to a
module of ``mistralai/models/`` named after the contract tag of the first operation that
reaches it, so importing one resource's models does not build the others'. Both
``__init__.py`` files are generated too: lazy namespaces that cannot drift from the modules.

Mapping rules (see STYLE.md §5):

* an object schema is a class named as the schema (``HTTPValidationError`` becomes
  ``HTTPValidationErrorData``: the v1 name ``HTTPValidationError`` is the exception);
* an enum is a ``Literal`` alias, open (``| str``) when a response can carry it, closed when
  only requests use it; inline enums follow the same rule; an open enum in a request model
  is closed on the request side: a request-only model's field is typed with the closed
  ``Literal``, and a model shared with responses annotates the field with
  ``closed_on_request(...)``, which rejects other values only when ``to_wire_model``
  validates a request (``REQUEST`` context), so a typo fails before sending and a response
  still keeps a value added later; a union with a plain string stays as it is;
* a single-value ``role``/``type`` enum with a default is a constant tag: a closed
  ``Literal`` sent even when defaulted (``TaggedModel.__always_sent__``);
* ``oneOf`` + discriminator is a discriminated union; when a response can carry it, unknown
  tags fall back to ``UnknownVariant`` (``mistralai_core/models/_unions.py``);
* a named ``anyOf`` (no discriminator) is a plain union alias, its twin the union of twins;
* ``allOf`` is flattened into one class; required fields are required, optional ones are
  ``X | None`` defaulting to the contract's default or ``None`` -- except a list of a
  response-only model, which defaults to ``[]`` (``res.choices[0]`` type-checks); the fields
  the contract allows to be null are listed in the class's ``__nullable__``;
* every class has a ``XTypedDict`` twin (same keys, optional ones ``NotRequired``) and every
  union a ``XTypedDict`` union of the twins, for typing plain-dict arguments;
* bounds are enforced on the request side only (a response is never rejected for one).

v1.3.0's public surface (tests/compat/data/v1.3.0-surface.json, a copy of what the official
wheels expose) is generated from the same walk:

* v1's names of inline types (``AssistantMessageRole``, ``ChatCompletionRequestToolChoice``,
  ``Loc``, ...) are found as a property of the one model of the v1 module that lists them
  and defined as aliases, with their ``TypedDict`` twins; v1's models of an operation's
  parameters (``FilesAPIRoutesListFilesRequest``) are built from the operation;
* each v1 package (``mistralai``, ``mistralai_azure``, ``mistralai_gcp``) gets a lazy
  ``__init__`` (plus a typed ``__init__.pyi``) and a lazy ``models/__init__``, and every other
  non-internal v1 module path (``mistralai.models.usermessage``, ``mistralai.chat``) a small
  module importing its names from where they live (see :class:`Surface`).

Contract errata handled here:

* ``ChatCompletionResponse`` (and ``EmbeddingResponse``) list ``data`` / other names in
  ``required`` with no such property; the API never sends ``data`` on a chat response, so
  required names without a property are ignored.
* ``FIMCompletionRequest.model`` and ``EmbeddingRequest.model`` are required *and* have a
  default; required wins, the default is not used.
"""

from __future__ import annotations

import argparse
import difflib
import json
import keyword
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "shared/openapi/mistral.yaml"
CORE_PACKAGE = "mistralai_core.models"
CORE_DIR = ROOT / "shared/src/mistralai_core/models"
PKG_PACKAGE = "mistralai.models"
PKG_DIR = ROOT / "packages/mistralai/src/mistralai/models"
CORE_MODULE = "_chat"
CORE_TAGS = ("chat", "fim")
TAG_MODULES = {
    "models": "_models",
    "files": "_files",
    "fine-tuning": "_fine_tuning",
    "batch": "_batch",
    "agents": "_agents",
    "embeddings": "_embeddings",
    "classifiers": "_classifiers",
    "ocr": "_ocr",
    "transcriptions": "_audio",
    "conversations": "_conversations",
    "beta.agents": "_beta_agents",
}
LINE_LENGTH = 100
#: v1's public names and module paths (a copy of the official 1.3.0 wheel's surface).
SURFACE = ROOT / "tests/compat/data/v1.3.0-surface.json"
V1_MODEL_PACKAGES = ("mistralai.models", "mistralai_azure.models", "mistralai_gcp.models")

#: Schema names whose class has another name.
CLASS_NAMES = {"HTTPValidationError": "HTTPValidationErrorData"}
#: Names of inline discriminated unions, by their variants (v1 names where v1 had one).
INLINE_UNIONS = {
    ("SystemMessage", "UserMessage", "AssistantMessage", "ToolMessage"): "Messages",
    ("BaseModelCard", "FTModelCard"): "ModelCard",
    ("WandbIntegrationOut",): "JobIntegrationOut",
    ("GithubRepositoryOut",): "JobRepositoryOut",
    ("WandbIntegration",): "JobInIntegrations",
    ("GithubRepositoryIn",): "JobInRepositories",
    (
        "OCRAsideTextBlock",
        "OCRCaptionBlock",
        "OCRCodeBlock",
        "OCREquationBlock",
        "OCRFooterBlock",
        "OCRHeaderBlock",
        "OCRImageBlock",
        "OCRListBlock",
        "OCRReferencesBlock",
        "OCRSignatureBlock",
        "OCRTableBlock",
        "OCRTextBlock",
        "OCRTitleBlock",
    ): "OCRBlock",
    (
        "TranscriptionStreamDone",
        "TranscriptionStreamLanguage",
        "TranscriptionStreamSegmentDelta",
        "TranscriptionStreamTextDelta",
    ): "TranscriptionStreamEventsData",
    ("APIKeyAuth", "OAuth2TokenAuth"): "CustomConnectorAuthorization",
    (
        "CodeInterpreterTool",
        "CustomConnector",
        "DocumentLibraryTool",
        "FunctionTool",
        "ImageGenerationTool",
        "WebSearchTool",
        "WebSearchPremiumTool",
    ): "AgentTool",
    (
        "AgentHandoffDoneEvent",
        "AgentHandoffStartedEvent",
        "ResponseDoneEvent",
        "ResponseErrorEvent",
        "ResponseStartedEvent",
        "FunctionCallEvent",
        "MessageOutputEvent",
        "ToolExecutionDeltaEvent",
        "ToolExecutionDoneEvent",
        "ToolExecutionStartedEvent",
    ): "ConversationEventsData",
}
#: Names of inline enums (v1 names); the others stay inline in the annotation.
INLINE_ENUMS = {
    ("ChatCompletionChoice", "finish_reason"): "FinishReason",
    (
        "CompletionResponseStreamChoice",
        "finish_reason",
    ): "CompletionResponseStreamChoiceFinishReason",
    ("JobOut", "status"): "Status",
    ("DetailedJobOut", "status"): "DetailedJobOutStatus",
    ("JobsAPIRoutesFineTuningGetFineTuningJobsRequest", "status"): "QueryParamStatus",
}
#: v1's Python names for wire fields (both construct the model; the wire name is sent).
PYTHON_NAMES = {
    ("EmbeddingRequest", "input"): "inputs",
    ("ClassificationRequest", "input"): "inputs",
    ("ChatClassificationRequest", "input"): "inputs",
    ("ChatClassificationInstructRequest", "input"): "inputs",
    # the 2.x client's Python names for wire names that shadow a pydantic or builtin name
    ("JsonSchema", "schema"): "schema_definition",
    ("OCRTableObject", "format"): "format_",
}
#: Other v1 names: (module, name, expression, names it uses).
EXTRA_ALIASES = [
    (CORE_MODULE, "ChatCompletionStreamRequest", "ChatCompletionRequest"),
    (CORE_MODULE, "FIMCompletionStreamRequest", "FIMCompletionRequest"),
    ("_agents", "AgentsCompletionStreamRequest", "AgentsCompletionRequest"),
    (
        "_models",
        "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet",
        "ModelCard",
    ),
    (
        "_fine_tuning",
        "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
        "JobOut | LegacyJobMetadataOut",
    ),
    # v1 named the variant classes of single-variant unions after the fields holding them.
    ("_fine_tuning", "Integrations", "WandbIntegrationOut"),
    ("_fine_tuning", "DetailedJobOutIntegrations", "WandbIntegrationOut"),
    ("_fine_tuning", "Repositories", "GithubRepositoryOut"),
    ("_fine_tuning", "DetailedJobOutRepositories", "GithubRepositoryOut"),
    ("_batch", "APIEndpoint", "ApiEndpoint"),
    # The filter of ``fine_tuning.jobs.list`` (the resource's name for it).
    ("_fine_tuning", "JobStatus", "QueryParamStatus"),
]
#: v1 aliases that are not a property of their module's model: name -> expression.
V1_ALIASES = {"One": "Messages", "Two": "Messages"}
#: Wire names of credential fields (W&B keys, GitHub tokens): left out of a model's repr.
SECRET_FIELDS = frozenset({"api_key", "token"})
#: Envelopes of streamed events: the SSE reader builds them around a validated payload
#: (``_models.EventEnvelope``, ``_sse.Enveloped``).
EVENT_ENVELOPES = frozenset({"CompletionEvent"})
#: pydantic.BaseModel attributes a field must not shadow (besides ``model_*``).
BASEMODEL_ATTRIBUTES = frozenset(
    "construct copy dict from_orm json parse_file parse_obj parse_raw schema schema_json"
    " update_forward_refs validate fields".split()
)

#: pydantic.BaseModel's own ``model_*`` attributes (``model_id`` is a fine field name).
MODEL_ATTRIBUTES = frozenset(
    "model_config model_fields model_computed_fields model_extra model_fields_set"
    " model_construct model_copy model_dump model_dump_json model_json_schema"
    " model_parametrized_name model_post_init model_rebuild model_validate"
    " model_validate_json model_validate_strings".split()
)

#: JSON Schema bounds and the pydantic ``Field`` arguments that enforce them.
CONSTRAINTS = {
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_length",
    "maxItems": "max_length",
}

#: Hand-written code appended to a module (not a contract schema).
FILE_CLASS = '''
class File(BaseModel):
    """A file to upload: its name, its content and, optionally, its media type."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    file_name: str
    """The name the file gets on the server."""
    content: Annotated[bytes | IO[bytes], SkipValidation]
    """The bytes, or a binary file object open for reading (streamed, also by async calls)."""
    content_type: str | None = None
    """The media type sent for the part; guessed from the name when ``None``."""


class FileTypedDict(TypedDict):
    """The dict form of :class:`File`."""

    file_name: str
    content: bytes | IO[bytes]
    content_type: NotRequired[str | None]
'''
SECURITY_CLASS = '''
class Security(BaseModel):
    """v1's model of the API's security scheme (clients take the key as ``api_key=``)."""

    api_key: str | None = Field(default=None, repr=False)


class SecurityTypedDict(TypedDict):
    """The dict form of :class:`Security`."""

    api_key: NotRequired[str | None]
'''
HAND_WRITTEN = {
    "_files": (
        [
            "from typing import IO, Annotated",
            "from pydantic import ConfigDict, SkipValidation",
            "from typing_extensions import NotRequired, TypedDict",
        ],
        FILE_CLASS,
        ["File", "FileTypedDict"],
    ),
    CORE_MODULE: (
        ["from pydantic import Field", "from typing_extensions import NotRequired, TypedDict"],
        SECURITY_CLASS,
        ["Security", "SecurityTypedDict"],
    ),
}
ERROR_CLASSES = (
    "APIConnectionError APITimeoutError AuthenticationError BadRequestError ConflictError"
    " HTTPValidationError InternalServerError MistralError NotFoundError"
    " PermissionDeniedError RateLimitError ResponseValidationError SDKError"
    " UnprocessableEntityError"
).split()


# --------------------------------------------------------------------------- contract walk


def refs_in(node: Any) -> Iterator[str]:
    """Schema names referenced anywhere inside ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from refs_in(value)


def closure(schemas: dict[str, Any], roots: Any) -> list[str]:
    """The schema names reachable from ``roots``, in discovery order."""
    seen: dict[str, None] = {}
    stack = list(refs_in(roots))
    while stack:
        name = stack.pop(0)
        if name not in seen:
            seen[name] = None
            stack.extend(refs_in(schemas[name]))
    return list(seen)


@dataclass
class Operation:
    tag: str
    requests: list[Any]
    responses: list[Any]
    op_id: str = ""
    parameters: list[Any] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)


def operations(contract: dict[str, Any]) -> list[Operation]:
    found = []
    for item in contract["paths"].values():
        for op in item.values():
            requests = [p.get("schema") for p in op.get("parameters", [])]
            content = op.get("requestBody", {}).get("content", {})
            requests += list(content.values())
            responses = [r.get("content", {}) for r in op.get("responses", {}).values()]
            found.append(
                Operation(
                    op["tags"][0],
                    requests,
                    responses,
                    op["operationId"],
                    op.get("parameters", []),
                    content,
                )
            )
    return found


def snake(name: str) -> str:
    """``UpdateFTModelIn`` -> ``update_ft_model_in``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


# --------------------------------------------------------------------------- code model


@dataclass
class Item:
    """One top-level definition of a generated module."""

    name: str
    code: str
    uses: set[str] = field(default_factory=set)


@dataclass
class Module:
    name: str
    package: str
    items: dict[str, Item] = field(default_factory=dict)
    typing_names: set[str] = field(default_factory=set)
    pydantic_names: set[str] = field(default_factory=set)
    extension_names: set[str] = field(default_factory=set)
    needs_datetime: bool = False


def docstring(text: str, indent: int) -> str:
    """``text`` as a docstring wrapped to the line length, indented by ``indent``."""
    pad = " " * indent
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.lstrip()
        lead = " " * (len(line) - len(stripped))
        width = LINE_LENGTH - indent - len(lead) - 3
        lines.extend(
            lead + part
            for part in textwrap.wrap(
                stripped, width, break_on_hyphens=False, break_long_words=False
            )
            or [""]
        )
    if len(lines) == 1 and len(lines[0]) + indent + 6 > LINE_LENGTH:
        # One line that does not fit with both quotes: two lines (ruff would join a docstring
        # whose closing quotes stand alone back into one overlong line).
        lines = textwrap.wrap(lines[0], LINE_LENGTH - indent - 9, break_on_hyphens=False)
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= LINE_LENGTH:
        return f'{pad}"""{lines[0]}"""\n'
    body = "".join(f"{pad}{line}\n" if line else "\n" for line in lines[1:])
    return f'{pad}"""{lines[0]}\n{body}{pad}"""\n'


def literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"


def python_value(value: Any) -> str:
    """A contract default as Python source."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{json.dumps(k)}: {python_value(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_value(v) for v in value) + "]"
    return json.dumps(value)


def items_of(text: str) -> str:
    """``X`` for ``list[X]`` (v1 named a list property's item type), else ``text``."""
    if not (text.startswith("list[") and text.endswith("]")):
        return text
    depth = 0
    for char in text[5:-1]:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth < 0:
            return text
    return text[5:-1]


def alias_of(schema: str, wire: str) -> str:
    """The ``Field`` argument giving a field its wire name.

    For v1's own Python names (``inputs``) only the validation and serialization aliases are
    set, so type checkers see v1's name as the constructor's keyword (both names validate).
    """
    if (schema, wire) in PYTHON_NAMES:
        return f'validation_alias="{wire}", serialization_alias="{wire}"'
    return f'alias="{wire}"'


def is_tag(wire: str, node: dict[str, Any]) -> bool:
    """A constant ``role``/``type`` tag: one enum value, its default (or no default at all:
    the newer schemas mark such tags required without one; the value is the only choice)."""
    enum = node.get("enum", [])
    return wire in ("role", "type") and len(enum) == 1 and node.get("default", enum[0]) == enum[0]


def python_name(wire: str) -> str:
    if not wire.isidentifier() or keyword.iskeyword(wire):
        return re.sub(r"\W", "_", wire) + "_"
    if wire in BASEMODEL_ATTRIBUTES or wire in MODEL_ATTRIBUTES:
        return wire + "_"
    return wire


class Generator:
    def __init__(self, contract: dict[str, Any], surface: dict[str, Any]) -> None:
        self.surface = surface
        self.synthetic: dict[str, tuple[dict[str, Any], str]] = {}  # v1 request models
        self.renames: dict[str, dict[str, str]] = {}  # package -> v1 name -> our name
        self.schemas: dict[str, Any] = contract["components"]["schemas"]
        ops = operations(contract)
        core = closure(self.schemas, [(o.requests, o.responses) for o in ops if o.tag in CORE_TAGS])
        self.module_of: dict[str, str] = dict.fromkeys(core, CORE_MODULE)
        for op in ops:
            for name in closure(self.schemas, (op.requests, op.responses)):
                self.module_of.setdefault(name, TAG_MODULES.get(op.tag, CORE_MODULE))
        unplaced = set(self.schemas) - set(self.module_of)
        if unplaced:
            raise SystemExit(f"schemas reachable from no operation: {sorted(unplaced)}")
        self.read_side = set(closure(self.schemas, [o.responses for o in ops]))
        self.write_side = set(closure(self.schemas, [o.requests for o in ops]))
        self.ops = ops
        self.modules: dict[str, Module] = {}
        self.defined: dict[str, str] = {}  # python name -> module

    # ----------------------------------------------------------------- names and modules

    def class_name(self, schema: str) -> str:
        return CLASS_NAMES.get(schema, schema)

    def module(self, name: str) -> Module:
        if name not in self.modules:
            package = CORE_PACKAGE if name == CORE_MODULE else PKG_PACKAGE
            self.modules[name] = Module(name, package)
        return self.modules[name]

    def add(self, module: Module, item: Item) -> None:
        if item.name in self.defined:  # e.g. ``Messages``: defined once, imported elsewhere
            first = self.modules[self.defined[item.name]]
            if first.items[item.name].code != item.code:
                raise SystemExit(f"two different definitions of {item.name}")
            if module.name == CORE_MODULE and first.name != CORE_MODULE:
                raise SystemExit(f"{item.name} must be defined in the core first")
            return
        self.defined[item.name] = module.name
        module.items[item.name] = item

    # ----------------------------------------------------------------- annotations

    def annotation(
        self,
        node: dict[str, Any],
        mod: Module,
        uses: set[str],
        *,
        open_: bool,
        owner: str = "",
        prop: str = "",
        dicts: bool = False,
        request: bool = False,
    ) -> tuple[str, bool]:
        """The Python type of a schema node, and whether it allows null.

        With ``dicts``, the type of the node in a ``TypedDict`` twin: models are their
        ``XTypedDict`` and bounds are left to the model. With ``request`` (a field of a model
        that requests use), an open enum is closed on the request side (``closed_on_request``).
        """
        if "x-python" in node:  # a hand-written class (``File``)
            name = node["x-python"] + ("TypedDict" if dicts else "")
            uses.add(name)
            return name, False
        if "$ref" in node:
            ref = node["$ref"].rsplit("/", 1)[-1]
            target = self.class_name(ref)
            if dicts and "enum" not in self.schemas[ref]:
                target += "TypedDict"
            if request and not dicts and "enum" in self.schemas[ref] and ref in self.read_side:
                values = self.schemas[ref]["enum"]
                if not open_:  # a request-only model: typed with the closed values
                    mod.typing_names.add("Literal")
                    return literal(values), False
                uses.add(target)
                return self.closed(target, values, mod, uses), False
            uses.add(target)
            return target, False
        if "oneOf" in node and "discriminator" in node:
            name = self.inline_union(node, mod, uses, open_=open_)
            if dicts:
                uses.add(name + "TypedDict")
                return name + "TypedDict", False
            return name, False
        members = node.get("anyOf") or node.get("oneOf")
        if members:
            parts: list[str] = []
            nullable = False
            # A union with a plain string (``BuiltInConnectors | str``) takes any string.
            request = request and not any(
                m.get("type") == "string" and "enum" not in m and "format" not in m for m in members
            )
            for member in members:
                if member.get("type") == "null":
                    nullable = True
                    continue
                text, null = self.annotation(
                    member,
                    mod,
                    uses,
                    open_=open_,
                    owner=owner,
                    prop=prop,
                    dicts=dicts,
                    request=request,
                )
                nullable |= null
                if text not in parts:
                    parts.append(text)
            return " | ".join(parts), nullable
        kind = node.get("type")
        nullable = False
        if isinstance(kind, list):
            nullable = "null" in kind
            others = [k for k in kind if k != "null"]
            kind = others[0] if len(others) == 1 else None
        if "enum" in node:
            values = [v for v in node["enum"] if v is not None]
            nullable |= None in node["enum"]
            mod.typing_names.add("Literal")
            text = literal(values) + (" | str" if open_ else "")
            alias = INLINE_ENUMS.get((owner, prop))
            if alias:
                self.add(mod, Item(alias, f"{alias} = {text}\n"))
                uses.add(alias)
                text = alias
            if open_ and request and not dicts:
                text = self.closed(text, values, mod, uses)
            return text, nullable
        if kind == "array":
            items = node.get("items", {})
            inner, null = self.annotation(
                items,
                mod,
                uses,
                open_=open_,
                owner=owner,
                prop=prop,
                dicts=dicts,
                request=request,
            )
            listed = f"list[{inner}{' | None' if null else ''}]"
            return self.constrained(listed, node, mod, open_=open_ or dicts), nullable
        if kind == "object" or kind is None:
            extra = node.get("additionalProperties", True)
            if isinstance(extra, dict):
                inner, _ = self.annotation(
                    extra, mod, uses, open_=open_, dicts=dicts, request=request
                )
                return f"dict[str, {inner}]", nullable
            mod.typing_names.add("Any")
            return "dict[str, Any]", nullable
        if kind == "string":
            if node.get("format") == "date-time":
                mod.needs_datetime = True
                return "datetime", nullable
            if node.get("format") == "binary":
                return "bytes", nullable
            return self.constrained("str", node, mod, open_=open_ or dicts), nullable
        scalar = {"integer": "int", "number": "float", "boolean": "bool"}[kind]
        return self.constrained(scalar, node, mod, open_=open_ or dicts), nullable

    def closed(self, text: str, values: list[Any], mod: Module, uses: set[str]) -> str:
        """An open enum ``text`` closed to ``values`` when a request is validated.

        The same field of a model shared by requests and responses keeps a value the API
        added after this SDK was released when read, and rejects it (a typo) when sent.
        """
        mod.typing_names.add("Annotated")
        uses.add("closed_on_request")
        known = ", ".join(json.dumps(v) for v in values if v is not None)
        return f"Annotated[{text}, closed_on_request({known})]"

    def constrained(self, text: str, node: dict[str, Any], mod: Module, *, open_: bool) -> str:
        """``text`` with the contract's bounds, on the request side only.

        A request that breaks a bound fails before it is sent; a response is never rejected
        for one (the server's word wins on what it sends).
        """
        if open_:
            return text
        bounds = [
            f"{name}={python_value(node[key])}"
            for key, name in CONSTRAINTS.items()
            if key in node and not isinstance(node[key], bool)
        ]
        if not bounds:
            return text
        mod.typing_names.add("Annotated")
        mod.pydantic_names.add("Field")
        return f"Annotated[{text}, Field({', '.join(bounds)})]"

    def inline_union(
        self, node: dict[str, Any], mod: Module, uses: set[str], *, open_: bool
    ) -> str:
        variants = tuple(v["$ref"].rsplit("/", 1)[-1] for v in node["oneOf"])
        try:
            name = INLINE_UNIONS[variants]
        except KeyError:
            raise SystemExit(f"name the inline union of {variants} in INLINE_UNIONS") from None
        # One definition per name: a union whose variants a response can all carry is open
        # wherever it is used (a request may then send a variant the contract lacks).
        open_ = open_ or all(v in self.read_side for v in variants)
        self.union(name, node, mod, open_=open_)
        uses.add(name)
        return name

    def union(self, name: str, node: dict[str, Any], mod: Module, *, open_: bool) -> None:
        """A discriminated union; open (unknown tags kept) when a response can carry it."""
        variants = [v["$ref"].rsplit("/", 1)[-1] for v in node["oneOf"]]
        prop = node["discriminator"]["propertyName"]
        tags = {
            ref.rsplit("/", 1)[-1]: tag for tag, ref in node["discriminator"]["mapping"].items()
        }
        classes = [self.class_name(v) for v in variants]
        uses = set(classes)
        if open_:
            mod.typing_names.add("Annotated")
            mod.pydantic_names.add("Tag")
            members = [
                f'Annotated[{c}, Tag("{tags[v]}")]' for c, v in zip(classes, variants, strict=True)
            ]
            members.append("Annotated[UnknownVariant, Tag(UNKNOWN_TAG)]")
            known = ", ".join(f'"{tags[v]}"' for v in variants)  # a list: no magic comma
            code = (
                f"{name} = Annotated[\n    {' | '.join(members)},\n"
                f'    open_discriminator("{prop}", [{known}]),\n]\n'
            )
            uses |= {"UnknownVariant", "UNKNOWN_TAG", "open_discriminator"}
        elif len(classes) == 1:
            code = f"{name} = {classes[0]}\n"
        else:
            mod.typing_names.add("Annotated")
            mod.pydantic_names.add("Field")
            code = f'{name} = Annotated[{" | ".join(classes)}, Field(discriminator="{prop}")]\n'
        self.add(mod, Item(name, code, uses))
        twins = [f"{c}TypedDict" for c in classes]
        self.add(
            mod, Item(f"{name}TypedDict", f"{name}TypedDict = {' | '.join(twins)}\n", set(twins))
        )

    # ----------------------------------------------------------------- schemas

    def flatten(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str], list[str]]:
        """Properties and required names of a schema, ``allOf`` parts merged in order."""
        if "allOf" not in schema:
            return dict(schema.get("properties", {})), set(schema.get("required", [])), []
        props: dict[str, Any] = {}
        required: set[str] = set()
        parts: list[str] = []
        for part in schema["allOf"]:
            if "$ref" in part:
                parts.append(part["$ref"].rsplit("/", 1)[-1])
                part = self.schemas[parts[-1]]
            more, req, _ = self.flatten(part)
            props.update(more)
            required |= req
        return props, required, parts

    def enum_schema(self, name: str, schema: dict[str, Any], mod: Module) -> None:
        mod.typing_names.add("Literal")
        text = literal(schema["enum"]) + (" | str" if name in self.read_side else "")
        doc = schema.get("description")
        self.add(mod, Item(name, f"{name} = {text}\n" + (docstring(doc, 0) if doc else "")))

    def any_of_schema(self, name: str, schema: dict[str, Any], mod: Module) -> None:
        """A named plain union (``anyOf``, no discriminator): an alias, and its twin."""
        open_ = name in self.read_side
        uses: set[str] = set()
        dict_uses: set[str] = set()
        text, null = self.annotation(schema, mod, uses, open_=open_, owner=name)
        twin, _ = self.annotation(schema, mod, dict_uses, open_=open_, owner=name, dicts=True)
        if null:
            text, twin = f"{text} | None", f"{twin} | None"
        doc = schema.get("description")
        code = f"{name} = {text}\n" + (docstring(doc, 0) if doc else "")
        self.add(mod, Item(name, code, uses))
        self.add(mod, Item(f"{name}TypedDict", f"{name}TypedDict = {twin}\n", dict_uses))

    def object_schema(self, name: str, schema: dict[str, Any], mod: Module) -> None:
        props, required, parts = self.flatten(schema)
        open_ = name in self.read_side
        # A list a response may leave out reads as an empty list (``res.choices[0]``
        # type-checks); a request's optional list stays ``None`` (it is not sent).
        empty_lists = open_ and name not in self.write_side
        uses: set[str] = set()
        dict_uses: set[str] = set()
        lines: list[str] = []
        dict_lines: list[str] = []
        tags: list[str] = []
        nullable: list[str] = []
        for wire, node in props.items():
            attr = PYTHON_NAMES.get((name, wire)) or python_name(wire)
            enum = node.get("enum", [])
            if is_tag(wire, node):
                mod.typing_names.add("Literal")
                tags.append(attr)
                text, null, default = literal(enum), False, python_value(enum[0])
                dict_text = text
            else:
                text, null = self.annotation(
                    node,
                    mod,
                    uses,
                    open_=open_,
                    owner=name,
                    prop=wire,
                    request=name in self.write_side,
                )
                dict_text, _ = self.annotation(
                    node, mod, dict_uses, open_=open_, owner=name, prop=wire, dicts=True
                )
                default = self.default(node, text)
            if null:
                nullable.append(attr)
                dict_text += " | None"
            if wire in required and attr not in tags:
                dict_lines.append(f"    {attr}: {dict_text}\n")
            else:
                mod.extension_names.add("NotRequired")
                dict_lines.append(f"    {attr}: NotRequired[{dict_text}]\n")
            if (
                empty_lists
                and wire not in required
                and not null
                and text.startswith("list[")
                and "default" not in node
            ):
                mod.typing_names.add("Annotated")
                mod.pydantic_names.add("Field")
                uses.add("EMPTY_IF_NULL")
                alias = f", {alias_of(name, wire)}" if attr != wire else ""
                line = f"{attr}: Annotated[{text}, EMPTY_IF_NULL]"
                line += f" = Field(default_factory=list{alias})"
            elif wire in required and attr not in tags:
                line = f"{attr}: {text}{' | None' if null else ''}"
                if attr != wire:
                    mod.pydantic_names.add("Field")
                    line += f" = Field({alias_of(name, wire)})"
            else:
                line = f"{attr}: {text}" + ("" if attr in tags else " | None")
                if default.startswith("Field(") and attr != wire:
                    line += f" = {default[:-1]}, {alias_of(name, wire)})"
                elif attr != wire:
                    mod.pydantic_names.add("Field")
                    line += f" = Field(default={default}, {alias_of(name, wire)})"
                else:
                    line += f" = {default}"
                if default.startswith("Field("):
                    mod.pydantic_names.add("Field")
            if wire in SECRET_FIELDS:  # never in a repr (nor in logs that print models)
                mod.pydantic_names.add("Field")
                head, _, tail = line.partition(" = ")
                if tail.startswith("Field("):
                    line = f"{head} = Field(repr=False, {tail[len('Field(') :]}"
                else:
                    line = f"{head} = Field({f'default={tail}, ' if tail else ''}repr=False)"
            lines.append(f"    {line}\n")
            if node.get("description"):
                lines.append(docstring(node["description"], 4))
        base = (
            "TaggedModel" if tags else "EventEnvelope" if name in EVENT_ENVELOPES else "BaseModel"
        )
        uses.add(base)
        doc = schema.get("description") or schema.get("title") or name
        if parts:
            doc += f"\n\nThe contract composes it of {' and '.join(parts)} (allOf), flattened here."
        header = f"class {self.class_name(name)}({base}):\n" + docstring(doc, 4) + "\n"
        classvars = []
        if tags:
            mod.typing_names.add("ClassVar")
            members = ", ".join(f'"{t}"' for t in tags)
            classvars.append(
                f"    __always_sent__: ClassVar[frozenset[str]] = frozenset({{{members}}})\n"
            )
        if nullable:
            mod.typing_names.add("ClassVar")
            members = ", ".join(f'"{t}"' for t in nullable)
            classvars.append(
                f"    __nullable__: ClassVar[frozenset[str]] = frozenset({{{members}}})\n"
            )
        body = "".join(classvars) + ("\n" if classvars and lines else "") + "".join(lines)
        self.add(mod, Item(self.class_name(name), header + (body or "    pass\n"), uses))
        twin = f"{self.class_name(name)}TypedDict"
        mod.extension_names.add("TypedDict")
        self.add(
            mod,
            Item(
                twin,
                f"class {twin}(TypedDict):\n"
                + docstring(f"The dict form of :class:`{self.class_name(name)}`.", 4)
                + ("\n" + "".join(dict_lines) if dict_lines else "    pass\n"),
                dict_uses,
            ),
        )

    def default(self, node: dict[str, Any], annotation: str) -> str:
        if "default" not in node:
            return "None"
        value = node["default"]
        if isinstance(value, dict) and "$ref" in node:
            # An object default: build a fresh instance for each model (never shared).
            return (
                f"Field(default_factory=lambda: {annotation}.model_validate({python_value(value)}))"
            )
        return python_value(value)

    def run(self) -> dict[Path, str]:
        for name, schema in self.schemas.items():
            mod = self.module(self.module_of[name])
            if "enum" in schema:
                self.enum_schema(name, schema, mod)
            elif "oneOf" in schema:
                self.union(name, schema, mod, open_=name in self.read_side)
            elif "anyOf" in schema and "properties" not in schema:
                self.any_of_schema(name, schema, mod)
            else:
                self.object_schema(name, schema, mod)
        self.request_models()
        for module_name, (_, _, names) in HAND_WRITTEN.items():
            for name in names:
                self.defined[name] = module_name
        for module_name, name, expr in EXTRA_ALIASES:
            self.alias(self.module(module_name), name, expr)
        for package in V1_MODEL_PACKAGES:
            self.v1_aliases(package)
        files = {self.path(m): self.render(m) for m in self.modules.values()}
        files[CORE_DIR / "__init__.py"] = self.render_init(core=True)
        files.update(Surface(self).files())
        return files

    # ----------------------------------------------------------------- v1's extra names

    def v1_names(self, package: str) -> dict[str, dict[str, Any]]:
        """The public names of a v1 package (``mistralai.models``) and what the surface says."""
        prefix = package + ":"
        return {
            k[len(prefix) :]: v for k, v in self.surface["names"].items() if k.startswith(prefix)
        }

    def alias(self, mod: Module, name: str, expr: str) -> None:
        """``name = expr``, and its ``TypedDict`` twin when every name in ``expr`` has one."""
        uses = set(re.findall(r"[A-Za-z_]\w*", expr)) - {"Literal", "str"}
        self.add(mod, Item(name, f"{name} = {expr}\n", uses))
        if uses and all(f"{u}TypedDict" in self.defined for u in uses):
            twin = re.sub(r"[A-Za-z_]\w*", lambda m: f"{m.group(0)}TypedDict", expr)
            self.add(
                mod,
                Item(
                    f"{name}TypedDict", f"{name}TypedDict = {twin}\n", set(re.findall(r"\w+", twin))
                ),
            )

    def request_models(self) -> None:
        """v1's models of an operation's parameters, named as v1 named them.

        v1 had one model per operation with path or query parameters (``...Request``: the
        parameters, plus the JSON body as a field named after its schema) and one per
        multipart body (``...MultiPartBodyParams``); its module was the operationId + ``op``.
        """
        names = self.v1_names("mistralai.models")
        for op in self.ops:
            module = "mistralai.models." + re.sub("_+", "_", op.op_id) + "op"
            mod = self.module(TAG_MODULES.get(op.tag, CORE_MODULE))
            for name, info in names.items():
                if info["module"] != module or info["kind"] != "model":
                    continue
                if name.endswith("Request"):
                    props: dict[str, Any] = {}
                    for param in op.parameters:
                        props[param["name"]] = dict(param["schema"])
                        if "description" in param:
                            props[param["name"]]["description"] = param["description"]
                    required = [p["name"] for p in op.parameters if p.get("required")]
                    body = op.body.get("application/json", {}).get("schema", {})
                    if "$ref" in body:
                        field_name = snake(body["$ref"].rsplit("/", 1)[-1])
                        props[field_name] = body
                        required.append(field_name)
                    schema: dict[str, Any] = {
                        "description": f"v1's model of the parameters of ``{op.op_id}``.",
                        "properties": props,
                        "required": required,
                    }
                elif name.endswith("MultiPartBodyParams"):
                    schema = json.loads(json.dumps(op.body["multipart/form-data"]["schema"]))
                    for prop in schema["properties"].values():
                        if prop.get("format") == "binary":
                            prop.clear()
                            prop["x-python"] = "File"
                else:
                    continue
                self.synthetic[name] = (schema, mod.name)
                self.object_schema(name, schema, mod)

    def owner_schema(self, owner: str) -> tuple[str, dict[str, Any], Module] | None:
        """The contract schema (or v1 request model) behind the class ``owner``."""
        for _, name, expr in EXTRA_ALIASES:
            if name == owner and re.fullmatch(r"\w+", expr):
                owner = expr
        schema_name = {v: k for k, v in CLASS_NAMES.items()}.get(owner, owner)
        if schema_name in self.schemas:
            return schema_name, self.schemas[schema_name], self.module(self.module_of[schema_name])
        if owner in self.synthetic:
            schema, module_name = self.synthetic[owner]
            return owner, schema, self.module(module_name)
        return None

    def v1_inline(self, package: str, name: str) -> tuple[Module, str, str, str] | None:
        """What a v1 alias or literal stands for: a property of the one model of its module.

        v1 named an inline type after its model and property (``AssistantMessageRole``,
        ``ChatCompletionRequestToolChoice``) or after the property alone (``Role``, ``Content``);
        a list property's name stands for its items (``Messages``, ``Loc``). Returns the module,
        the expression, the expression of the ``TypedDict`` twin and the owning model.
        """
        names = self.v1_names(package)
        if name in V1_ALIASES:
            expr = V1_ALIASES[name]
            return self.module(self.defined[expr]), expr, f"{expr}TypedDict", ""
        modules = [
            m
            for m, info in self.surface["modules"].items()
            if m.startswith(package + ".") and name in info["names"]
        ]
        owners = {
            model
            for model, info in names.items()
            if info["kind"] == "model" and info["module"] in modules
        }
        prefixed = {o for o in owners if name.startswith(o)}
        if len(owners) > 1 and prefixed:  # a module of two models (``JobInRepositories``)
            owners = {max(prefixed, key=len)}
        if len(owners) != 1:
            return None
        owner = owners.pop()
        found = self.owner_schema(owner)
        if found is None:
            return None
        schema_name, schema, mod = found
        rest = name[len(owner) :] if name.startswith(owner) and name != owner else name
        props, _, _ = self.flatten(schema)
        by_python = {PYTHON_NAMES.get((schema_name, w)) or python_name(w): w for w in props}
        wire = by_python.get(snake(rest))
        if wire is None:
            return None
        node = props[wire]
        enum = node.get("enum", [])
        if is_tag(wire, node):
            mod.typing_names.add("Literal")
            return mod, literal(enum), literal(enum), owner
        open_ = schema_name in self.read_side
        uses: set[str] = set()
        text, _ = self.annotation(node, mod, uses, open_=open_, owner=schema_name, prop=wire)
        twin, _ = self.annotation(
            node, mod, uses, open_=open_, owner=schema_name, prop=wire, dicts=True
        )
        return mod, items_of(text), items_of(twin), owner

    def v1_aliases(self, package: str) -> None:
        """Define v1's inline-type names of ``package``; where two packages of v1 gave a name
        different meanings, the later package's name is renamed (``Type`` of azure is
        ``TextChunkType``: its namespace serves it under the v1 name)."""
        names = self.v1_names(package)
        renames = self.renames.setdefault(package, {})
        for name, info in names.items():
            if info["kind"] not in ("alias", "literal") or name.endswith("TypedDict"):
                continue
            found = self.v1_inline(package, name)
            if found is None:
                continue
            mod, expr, twin, owner = found
            if expr == name:
                continue
            code = f"{name} = {expr}\n"
            if name in self.defined:
                existing = self.modules[self.defined[name]].items.get(name)
                if existing is not None and existing.code == code:
                    continue
                target = expr if re.fullmatch(r"\w+", expr) else f"{owner}{name}"
                if target not in self.defined:
                    self.alias(mod, target, expr)
                elif (
                    self.modules[self.defined[target]].items[target].code
                    != (f"{target} = {expr}\n")
                    and target != expr
                ):
                    raise SystemExit(f"{package}: {name} means {expr}, but {target} is taken")
                renames[name] = target
                if f"{name}TypedDict" in names and f"{target}TypedDict" in self.defined:
                    renames[f"{name}TypedDict"] = f"{target}TypedDict"
                continue
            uses = set(re.findall(r"[A-Za-z_]\w*", expr)) - {"Literal", "str"}
            self.add(mod, Item(name, code, uses))
            if f"{name}TypedDict" in names and twin != f"{name}TypedDict":
                self.add(
                    mod,
                    Item(
                        f"{name}TypedDict",
                        f"{name}TypedDict = {twin}\n",
                        set(re.findall(r"[A-Za-z_]\w*", twin)) - {"Literal", "str"},
                    ),
                )

    def path(self, mod: Module) -> Path:
        return (CORE_DIR if mod.package == CORE_PACKAGE else PKG_DIR) / f"{mod.name}.py"

    # ----------------------------------------------------------------- rendering

    def ordered(self, mod: Module) -> list[Item]:
        """Items in dependency order (each after what it uses), else contract order."""
        done: dict[str, Item] = {}

        def visit(item: Item, path: tuple[str, ...]) -> None:
            if item.name in done:
                return
            if item.name in path:
                raise SystemExit(f"reference cycle: {' -> '.join(path)}")
            for used in sorted(item.uses):
                if used in mod.items:
                    visit(mod.items[used], (*path, item.name))
            done[item.name] = item

        for item in mod.items.values():
            visit(item, ())
        return list(done.values())

    def render(self, mod: Module) -> str:
        core = mod.package == CORE_PACKAGE
        uses = set().union(*(i.uses for i in mod.items.values()))
        imports = ["from typing import " + ", ".join(sorted(mod.typing_names))]
        if mod.needs_datetime:
            imports.append("from datetime import datetime")
        if mod.pydantic_names:
            imports.append("from pydantic import " + ", ".join(sorted(mod.pydantic_names)))
        if mod.extension_names:
            imports.append(
                "from typing_extensions import " + ", ".join(sorted(mod.extension_names))
            )
        bases = sorted(
            uses & {"BaseModel", "EventEnvelope", "TaggedModel"}
            | ({"BaseModel"} if mod.name in HAND_WRITTEN else set())
        )
        imports.append(
            f"from {'..' if core else 'mistralai_core.'}_models import {', '.join(bases)}"
        )
        union_names = sorted(
            uses
            & {
                "UnknownVariant",
                "UNKNOWN_TAG",
                "open_discriminator",
                "EMPTY_IF_NULL",
                "closed_on_request",
            }
        )
        if union_names:
            imports.append(
                f"from {'.' if core else 'mistralai_core.models.'}_unions "
                f"import {', '.join(union_names)}"
            )
        foreign: dict[str, set[str]] = {}
        for name in uses - set(mod.items):
            if name in self.defined and self.defined[name] != mod.name:
                foreign.setdefault(self.defined[name], set()).add(name)
        for other, imported in sorted(foreign.items()):
            source = (
                f"mistralai_core.models.{other}"
                if other == CORE_MODULE and not core
                else f".{other}"
            )
            imports.append(f"from {source} import {', '.join(sorted(imported))}")
        extra_code = ""
        if mod.name in HAND_WRITTEN:
            more_imports, extra_code, _ = HAND_WRITTEN[mod.name]
            imports += more_imports
        names = sorted(mod.items) + (HAND_WRITTEN[mod.name][2] if mod.name in HAND_WRITTEN else [])
        where = (
            "the chat and FIM operations (shared by every provider)"
            if core
            else (f"the {mod.name.strip('_').replace('_', '-')} operations")
        )
        head = (
            f'"""Models of {where}.\n\nGenerated from shared/openapi/mistral.yaml by '
            "scripts/generate_models.py: do not edit.\n"
            '"""\n\n'
        )
        body = "\n\n".join(item.code for item in self.ordered(mod))
        all_ = "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]\n"
        # Hand-written classes first: generated ones may use them (``File``).
        return head + "\n".join(imports) + "\n\n" + all_ + extra_code + "\n\n" + body

    def exports(self, core: bool) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, module in sorted(self.defined.items()):
            if module == CORE_MODULE:
                found[name] = f".{module}" if core else f"{CORE_PACKAGE}.{module}"
            elif not core:
                found[name] = f".{module}"
        unions = "._unions" if core else f"{CORE_PACKAGE}._unions"
        found["UnknownVariant"] = unions
        if not core:
            found.update(dict.fromkeys(ERROR_CLASSES, "mistralai_core._errors"))
            found.update(RESULT_NAMES)
        return dict(sorted(found.items()))

    def render_init(self, *, core: bool) -> str:
        exports = self.exports(core)
        by_module: dict[str, list[str]] = {}
        for name, module in exports.items():
            by_module.setdefault(module, []).append(name)
        typed = "\n".join(
            f"    from {module} import {', '.join(names)}"
            for module, names in sorted(by_module.items())
        )
        what = (
            "the chat and FIM models shared by every provider"
            if core
            else "every model of the API, the shared chat models and the exceptions"
        )
        return (
            f'"""The public namespace of {what}.\n\n'
            "A name imports its module on first access, so ``import`` of this package loads "
            "neither pydantic\nnor any model. "
            "Generated by scripts/generate_models.py: do not edit.\n"
            '"""\n\n'
            "from typing import TYPE_CHECKING\n\n"
            "from mistralai_core._lazy import lazy_namespace\n\n"
            f"if TYPE_CHECKING:\n{typed}\n\n"
            "__all__ = [" + ", ".join(f'"{n}"' for n in exports) + "]\n\n"
            "_EXPORTS = {" + ", ".join(f'"{n}": "{m}"' for n, m in exports.items()) + "}\n\n"
            "__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())\n"
        )


# --------------------------------------------------------------------------- v1's surface

#: The three v1 packages this SDK stands in for, and where their sources are.
V1_ROOTS = {
    "mistralai": ROOT / "packages/mistralai/src/mistralai",
    "mistralai_azure": ROOT / "packages/mistralai_azure/src/mistralai_azure",
    "mistralai_gcp": ROOT / "packages/mistralai_gcp/src/mistralai_gcp",
}
#: v1 module paths written by hand (``mistralai.client`` is also v2's entry point).
HAND_MODULES = frozenset({"mistralai.httpclient", "mistralai.client", "mistralai.async_client"})
#: Each package's own names besides v1's: name -> module.
PACKAGE_EXPORTS = {
    "mistralai": {
        "Mistral": "._client",
        "DefaultAioHttpClient": "mistralai_core._aiohttp",
        "EventStream": "mistralai_core._sse",
        "EventStreamAsync": "mistralai_core._sse",
        "MistralError": "mistralai_core._errors",
        "APIConnectionError": "mistralai_core._errors",
        "APITimeoutError": "mistralai_core._errors",
    },
    "mistralai_azure": {
        "MistralAzure": "._client",
        "DEFAULT_API_VERSION": "._client",
        "DEFAULT_SCOPE": "._entra",
        "ConfigurationError": "mistralai_core._errors",
        "MistralError": "mistralai_core._errors",
        "TokenError": "mistralai_core._tokens",
    },
    "mistralai_gcp": {
        "MistralGoogleCloud": "._client",
        "DEFAULT_REGION": "._client",
        "vertex_model": "._client",
        "ConfigurationError": "mistralai_core._errors",
        "MistralError": "mistralai_core._errors",
        "TokenError": "mistralai_core._tokens",
    },
}
#: What a call gives back besides the API's models (every package's ``models``): structured
#: output's parsed completion and errors, the raw response, rate limits, stream events.
RESULT_NAMES = {
    **dict.fromkeys(
        "PartialParsed StructuredOutputError StructuredOutputJSONError"
        " StructuredOutputRefusalError StructuredOutputValidationError".split(),
        "mistralai_core._structured",
    ),
    **dict.fromkeys("APIResponse AsyncAPIResponse RateLimit".split(), "mistralai_core._response"),
    **dict.fromkeys(
        "Done ManagedStream ManagedStreamAsync TextDelta ThinkingDelta"
        " ToolCallArgumentsDelta".split(),
        "mistralai_core._streaming",
    ),
    **dict.fromkeys("CallableTool ToolRun".split(), "mistralai_core._tools"),
}
#: Helpers every package exports at its top (``from mistralai import function_tool``), and
#: the parsed completion's models (results only: no TypedDict twin, so not in ``models``).
HELPERS = {
    "function_tool": "mistralai_core._tools",
    "response_format_from_pydantic_model": "mistralai_core._structured",
    **dict.fromkeys(
        "ParsedAssistantMessage ParsedChatCompletion ParsedChatCompletionChoice".split(),
        "mistralai_core._structured",
    ),
}
#: Where v1's other public names live now: name -> "module" or "module:attribute".
V1_SOURCES = {
    # the clients, their resources and their configuration
    "Mistral": "mistralai._client",
    "MistralAzure": "mistralai_azure._client",
    "MistralGoogleCloud": "mistralai_gcp._client",
    "Chat": "mistralai_core._completions",
    "Fim": "mistralai_core._completions",
    "Agents": "mistralai._resources.agents",
    "Batch": "mistralai._resources.batch",
    "MistralJobs": "mistralai._resources.batch:BatchJobs",
    "Classifiers": "mistralai._resources.classifiers",
    "Embeddings": "mistralai._resources.embeddings",
    "Files": "mistralai._resources.files",
    "FineTuning": "mistralai._resources.fine_tuning",
    "Jobs": "mistralai._resources.fine_tuning:FineTuningJobs",
    "Models": "mistralai._resources.models",
    "HttpClient": "mistralai_core._http",
    "AsyncHttpClient": "mistralai_core._http",
    "RetryConfig": "mistralai_core._retry",
    "BackoffStrategy": "mistralai_core._retry",
    "NO_RETRY": "mistralai_core._retry",
    "SDKError": "mistralai_core._errors",
    "HTTPValidationError": "mistralai_core._errors",
    "BaseModel": "mistralai_core._models",
    "UNSET": "mistralai_core._types",
    "UNSET_SENTINEL": "mistralai_core._types",
    "Unset": "mistralai_core._types",
    "Nullable": "mistralai_core._types",
    "OptionalNullable": "mistralai_core._types",
    "UnrecognizedStr": "mistralai_core.models._v1",
    "UnrecognizedInt": "mistralai_core.models._v1",
    "Logger": "mistralai_core.models._v1",
    "NoOpLogger": "mistralai_core.models._v1",
    "get_default_logger": "mistralai_core.models._v1",
    "remove_suffix": "mistralai_core.models._v1",
    "SERVER_EU": "mistralai_core.models._v1",
    "VERSION": "mistralai_core.models._v1",
    # what v1's modules re-exported as a side effect of their own imports
    **dict.fromkeys(
        "Any Callable Dict IO List Literal Mapping Optional Tuple Union Annotated".split(), "typing"
    ),
    **dict.fromkeys("TypedDict NotRequired TypeAliasType".split(), "typing_extensions"),
    **dict.fromkeys(
        "AfterValidator Field Tag Discriminator PlainValidator model_serializer".split(),
        "pydantic",
    ),
    "parse_qs": "urllib.parse",
    "urlparse": "urllib.parse",
    "datetime": "datetime",
    "dataclass": "dataclasses",
}
#: Names served only by one package (v1's ``SERVERS`` of azure and gcp meant nothing).
PACKAGE_SOURCES = {"mistralai": {"SERVERS": "mistralai._client"}}
#: Modules v1's modules imported whole (``httpx``): re-exported as modules.
V1_MODULE_VALUES = frozenset({"httpx", "io", "json", "pydantic"})
#: v1's subpackages that its modules re-exported (``from mistralai import models``).
V1_SUBPACKAGES = frozenset({"models", "utils"})
#: Names every v1 ``types`` / ``utils`` module gets here too (ours, not v1's).
MODULE_EXTRAS = {"types": ["Unset"], "utils": ["NO_RETRY"]}


class Surface:
    """v1's public module paths and names, served from where the SDK defines them.

    Writes each v1 package's ``__init__`` and its ``models/__init__`` (lazy namespaces), and
    one small generated module per other v1 module path (``mistralai.models.usermessage``)
    that imports its names. A name of v1 that is Speakeasy plumbing with no equivalent here
    (``BaseSDK``, ``HookContext``, ``FieldMetadata``, ...) is left out; the surface test
    lists them.
    """

    def __init__(self, generator: Generator) -> None:
        self.gen = generator
        self.surface = generator.surface
        self.stub_names: dict[str, dict[str, tuple[str, str]]] = {}  # module -> name -> source

    def resolve(self, root: str, name: str) -> tuple[str, str] | None:
        """``(module, attribute)`` of a public name of v1's package ``root``."""
        gen = self.gen
        ours = gen.renames.get(f"{root}.models", {}).get(name, name)
        where = gen.defined.get(ours)
        if where == CORE_MODULE or (where is not None and root == "mistralai"):
            package = CORE_PACKAGE if where == CORE_MODULE else PKG_PACKAGE
            return f"{package}.{where}", ours
        if name in ERROR_CLASSES:
            return "mistralai_core._errors", name
        if name == "UnknownVariant":
            return f"{CORE_PACKAGE}._unions", name
        source = PACKAGE_SOURCES.get(root, {}).get(name) or V1_SOURCES.get(name)
        if source is None:
            return None
        module, _, attribute = source.partition(":")
        return module, attribute or name

    def v1_modules(self) -> dict[str, list[str]]:
        """The non-internal v1 module paths that get a generated module, with their names."""
        found = {}
        for module, info in self.surface["modules"].items():
            root = module.split(".")[0]
            if info["internal"] or module in HAND_MODULES or root not in V1_ROOTS:
                continue
            if module in (root, f"{root}.models"):
                continue
            found[module] = info["names"]
        return found

    def module_path(self, module: str) -> Path:
        root, *parts = module.split(".")
        base = V1_ROOTS[root].joinpath(*parts)
        return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")

    def render_module(self, module: str, names: list[str]) -> str:
        root = module.split(".")[0]
        leaf = module.rsplit(".", 1)[-1]
        served: dict[str, tuple[str, str]] = {}
        for name in [*names, *MODULE_EXTRAS.get(leaf, [])] if module.count(".") == 1 else names:
            found = self.resolve(root, name)
            if found is not None:
                served[name] = found
        self.stub_names[module] = served
        lines = [
            f'"""v1\'s ``{module}``.\n\nIts public names, from where they live now. '
            f"Generated from {SURFACE.relative_to(ROOT)} by\nscripts/generate_models.py: "
            'do not edit.\n"""\n',
            "# ruff: noqa: UP035\n",
        ]
        if "annotations" in names:  # v1's modules had it as a name; the import binds it
            lines.append("from __future__ import annotations\n")
        modules = [n for n in names if n in V1_MODULE_VALUES]
        lines += [f"import {n}\n" for n in modules]
        by_module: dict[str, list[str]] = {}
        for name, (source, attribute) in served.items():
            by_module.setdefault(source, []).append(
                f"{attribute} as {name}" if attribute != name else name
            )
        subpackages = sorted(V1_SUBPACKAGES & set(names))
        if subpackages:
            by_module.setdefault(root, []).extend(subpackages)
        for source, imported in sorted(by_module.items()):
            lines.append(f"from {source} import {', '.join(sorted(imported))}\n")
        exported = sorted({*served, *subpackages, *modules})
        lines.append("\n__all__ = [" + ", ".join(f'"{n}"' for n in exported) + "]\n")
        return "".join(lines)

    def namespace(self, root: str, *, models: bool) -> dict[str, str]:
        """``name -> module`` of the lazy namespace of ``root`` or ``root.models``."""
        package = f"{root}.models" if models else root
        found: dict[str, str] = {}
        if models:
            for name, where in self.gen.defined.items():
                if where == CORE_MODULE:
                    found[name] = f"{CORE_PACKAGE}.{where}"
                elif root == "mistralai":
                    found[name] = f".{where}"
            found["UnknownVariant"] = f"{CORE_PACKAGE}._unions"
            found.update(dict.fromkeys(ERROR_CLASSES, "mistralai_core._errors"))
            found.update(RESULT_NAMES)
        else:
            found.update(PACKAGE_EXPORTS[root])
            found.update(HELPERS)
            in_models = self.namespace(root, models=True)
        for name in self.gen.v1_names(package):
            renamed = name in self.gen.renames.get(package, {})
            if (name in found and not renamed) or name == "annotations":
                continue
            resolved = self.resolve(root, name)
            if resolved is None:
                continue
            source, attribute = resolved
            if not models and name in in_models:
                source = ".models"
            elif attribute != name:  # served under v1's name by a module
                source = next(
                    m
                    for m, served in self.stub_names.items()
                    if m.startswith(package + ".") and name in served
                )
            found[name] = source
        return dict(sorted(found.items()))

    def render_namespace(self, root: str, *, models: bool) -> dict[str, str]:
        """The ``__init__`` of ``root.models`` (or ``root``): ``{".py": ..., ".pyi": ...}``.

        A models namespace is one module: its ``TYPE_CHECKING`` imports cost nothing at run
        time that matters (it is imported on first use). A package's ``__init__`` is on
        ``import mistralai``'s path, so it stays small: its own names, then everything of its
        ``.models`` by fallback; type checkers read the generated ``__init__.pyi`` instead.
        """
        exports = self.namespace(root, models=models)
        by_module: dict[str, list[str]] = {}
        for name, module in exports.items():
            by_module.setdefault(module, []).append(name)
        imports = [
            f"from {module} import {', '.join(names)}\n"
            for module, names in sorted(by_module.items())
        ]
        if models:
            doc = (
                f'"""``{root}.models``: every model, TypedDict, alias and literal type of the API'
                " and the\nexceptions, under v1's names.\n\n"
                "A name imports its module on first access, so importing this package loads "
                "neither pydantic\nnor any model."
            )
        else:
            doc = PACKAGE_DOCS[root]
        head = (
            doc + "\n\nGenerated by scripts/generate_models.py (v1's names from\n"
            f"{SURFACE.relative_to(ROOT)}): do not edit.\n" + '"""\n\n'
        )
        runtime = {n: m for n, m in exports.items() if models or m != ".models"}
        table = "_EXPORTS = {" + ", ".join(f'"{n}": "{m}"' for n, m in runtime.items()) + "}\n\n"
        if models:
            return {
                ".py": head
                + "# ruff: noqa: UP035\n"
                + "from typing import TYPE_CHECKING\n\n"
                + "from mistralai_core._lazy import lazy_namespace\n\n"
                + "if TYPE_CHECKING:\n"
                + "".join(f"    {line}" for line in imports)
                + "\n__all__ = ["
                + ", ".join(f'"{n}"' for n in exports)
                + "]\n\n"
                + table
                + "__getattr__, __dir__ = lazy_namespace(__name__, _EXPORTS, globals())\n"
            }
        return {
            ".py": head
            + "from mistralai_core._lazy import lazy_namespace\n"
            + "from mistralai_core._version import __version__ as __version__\n\n"
            + table
            + "__getattr__, __dir__ = lazy_namespace(\n"
            + '    __name__, _EXPORTS, globals(), fallback=".models"\n)\n',
            ".pyi": head
            + "# ruff: noqa: UP035\n"
            + "from mistralai_core._version import __version__ as __version__\n\n"
            + "".join(imports)
            + "\n__all__ = ["
            + ", ".join(f'"{n}"' for n in ["__version__", *exports])
            + "]\n",
        }

    def files(self) -> dict[Path, str]:
        files = {
            self.module_path(m): self.render_module(m, names)
            for m, names in sorted(self.v1_modules().items())
        }
        for root, directory in V1_ROOTS.items():
            for models, where in (
                (True, directory / "models/__init__"),
                (False, directory / "__init__"),
            ):
                for suffix, text in self.render_namespace(root, models=models).items():
                    files[where.with_suffix(suffix)] = text
        return files


PACKAGE_DOCS = {
    "mistralai": (
        '"""Python client for the Mistral AI API.\n\n'
        "``from mistralai import Mistral`` gives the La Plateforme client; every model, error and "
        "type of\nv1's surface is importable from here and from ``mistralai.models``. Names "
        "load on first use, so\n``import mistralai`` stays cheap."
    ),
    "mistralai_azure": (
        '"""Mistral models on Azure: ``from mistralai_azure import MistralAzure``.\n\n'
        "Built on mistralai-core, like ``mistralai.Mistral``: the same response types, errors,"
        "\nretries, streaming and logging. azure-identity is imported only when Microsoft Entra"
        " ID is\nused without an explicit credential (``DefaultAzureCredential``); names load"
        " on first use."
    ),
    "mistralai_gcp": (
        '"""Mistral models on Google Cloud Vertex AI: ``from mistralai_gcp import '
        "MistralGoogleCloud``.\n\nBuilt on mistralai-core, like ``mistralai.Mistral``: the same"
        " response types, errors,\nretries, streaming and logging. google-auth is imported only"
        " when a client uses Google\ncredentials (not for a static ``access_token``); names"
        " load on first use."
    ),
}


# --------------------------------------------------------------------------- formatting


def formatted(files: dict[Path, str]) -> dict[Path, str]:
    """``files`` as ruff leaves them (imports sorted and pruned, formatted), in one ruff run.

    The sources are written to a scratch copy of their paths and ruff runs once over it with
    the repository's configuration, so hundreds of small modules cost one process each.
    """
    with tempfile.TemporaryDirectory() as scratch:
        where = {path: Path(scratch) / path.relative_to(ROOT) for path in files}
        for path, source in files.items():
            where[path].parent.mkdir(parents=True, exist_ok=True)
            where[path].write_text(source, encoding="utf-8")
        config = ["--config", str(ROOT / "pyproject.toml"), "--quiet"]
        for args in (
            ["check", "--fix", "--select", "I,F401,UP", "--exit-zero"],
            ["format", f"--line-length={LINE_LENGTH}"],
        ):
            command = [sys.executable, "-m", "ruff", *args, *config, scratch]
            result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
            if result.returncode != 0:
                raise SystemExit(f"ruff {args[0]} failed:\n{result.stderr}{result.stdout}")
        return {path: where[path].read_text(encoding="utf-8") for path in files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args(argv)
    contract = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    surface = json.loads(SURFACE.read_text(encoding="utf-8"))
    generated = Generator(contract, surface).run()
    files = formatted(generated)
    stale = []
    for path, text in sorted(files.items()):
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        stale.append(path)
        if args.check:
            rel = str(path.relative_to(ROOT))
            diff = list(
                difflib.unified_diff(current.splitlines(), text.splitlines(), rel, rel, lineterm="")
            )
            print(f"{rel}: stale ({len(diff)} diff lines)")
            print("\n".join(diff[:40]))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        print("run: python scripts/generate_models.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
