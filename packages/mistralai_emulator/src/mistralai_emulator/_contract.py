"""The API contract, loaded from the packaged ``mistral.yaml`` and turned into validators.

The emulator never hard-codes a wire schema: every request is checked against the request
schema of its operation (path and query parameters, JSON or multipart body) and, when response
checking is on, every JSON body the emulator sends is checked against the response schema of
the same operation. That keeps the emulator honest in both directions: a client that sends a
field the contract does not know gets the same 422 the real service returns, and an emulator
bug that would let an SDK model bug pass unnoticed fails loudly instead.

The contract has known mistakes. They are listed once, in :data:`ERRATA`, each with a reason, and
are applied only to the copy of the document used to validate the emulator's own responses:
requests are validated against the contract exactly as published.

``mistral.yaml`` in this package is a symlink to ``shared/openapi/mistral.yaml`` in the
repository (one source copy); the build copies the file content into wheels and sdists.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "ERRATA",
    "Contract",
    "Erratum",
    "Operation",
    "Parameter",
    "load_contract",
]

_BASE_URI = "urn:mistralai-emulator:contract"

JSON = Any
"""A decoded JSON value: the one place where ``Any`` is the honest type."""


@dataclass(frozen=True)
class Erratum:
    """One correction to the published contract, applied to response validation only."""

    schema: str
    """Name of the schema under ``components/schemas`` that is wrong."""
    reason: str
    """Why the published text is wrong (what the real service does)."""
    fix: Callable[[dict[str, JSON]], None]
    """Edits the schema (a private deep copy) in place."""


def _drop_required(name: str) -> Callable[[dict[str, JSON]], None]:
    def fix(schema: dict[str, JSON]) -> None:
        for part in [schema, *schema.get("allOf", [])]:
            if isinstance(part, dict) and name in part.get("required", []):
                part["required"] = [r for r in part["required"] if r != name]

    return fix


ERRATA: tuple[Erratum, ...] = (
    Erratum(
        "ChatCompletionResponse",
        "`required` lists `data`, which is not a property; the real API never sends it "
        "(FIMCompletionResponse inherits the mistake through allOf).",
        _drop_required("data"),
    ),
)
"""The only place contract mistakes are corrected. Each is applied to response validation only."""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, JSON]


@dataclass(frozen=True)
class Operation:
    """One operation of the contract: what the emulator must accept and what it must send."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_content_type: str | None
    body_schema: dict[str, JSON] | None
    responses: Mapping[str, Mapping[str, dict[str, JSON]]] = field(default_factory=dict)

    def response_schema(self, status: int, content_type: str) -> dict[str, JSON] | None:
        by_type = self.responses.get(str(status), {})
        return by_type.get(content_type)


def _error_type(error: ValidationError) -> str:
    # Mirror the vocabulary of the FastAPI/pydantic service so clients can match on `type`.
    return {
        "required": "missing",
        "additionalProperties": "extra_forbidden",
        "type": f"{_first_type(error.validator_value)}_type",
        "enum": "enum",
        "const": "literal_error",
        "minimum": "greater_than_equal",
        "maximum": "less_than_equal",
        "exclusiveMinimum": "greater_than",
        "maxLength": "string_too_long",
        "minLength": "string_too_short",
        "maxItems": "too_long",
        "format": "value_error",
    }.get(str(error.validator), "value_error")


def _first_type(value: JSON) -> str:
    if isinstance(value, list) and value:
        return str(value[0])
    return str(value)


def _details(errors: Iterable[ValidationError], prefix: Sequence[str | int]) -> list[JSON]:
    out: list[JSON] = []
    for error in errors:
        # A oneOf/anyOf failure is more useful reported at its most specific branch.
        leaf = _best_leaf(error)
        loc: list[str | int] = [*prefix, *leaf.absolute_path]
        msg = leaf.message
        if leaf.validator == "required":
            match = re.match(r"'([^']+)' is a required property", leaf.message)
            if match:
                loc.append(match.group(1))
                msg = "Field required"
        elif leaf.validator == "additionalProperties":
            extras = re.findall(r"'([^']+)'", leaf.message.split("(")[-1])
            for extra in extras or ["?"]:
                out.append(
                    {
                        "loc": [*loc, extra],
                        "msg": "Extra inputs are not permitted",
                        "type": "extra_forbidden",
                    }
                )
            continue
        out.append({"loc": loc, "msg": msg, "type": _error_type(leaf)})
    return out


def _best_leaf(error: ValidationError) -> ValidationError:
    if error.context:
        deepest = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.schema_path)))
        if len(deepest.absolute_path) > len(error.absolute_path):
            return _best_leaf(deepest)
    return error


class Contract:
    """The parsed contract: operations and validators for requests and responses."""

    def __init__(self, document: dict[str, JSON]) -> None:
        self.document = document
        self.operations: tuple[Operation, ...] = tuple(self._operations())
        self._by_id = {op.operation_id: op for op in self.operations}
        self._request_registry = self._registry(document)
        patched = copy.deepcopy(document)
        schemas = patched["components"]["schemas"]
        for erratum in ERRATA:
            erratum.fix(schemas[erratum.schema])
        self._response_registry = self._registry(patched)

    @staticmethod
    def _registry(document: dict[str, JSON]) -> Registry[JSON]:
        resource: Resource[JSON] = Resource.from_contents(
            document, default_specification=DRAFT202012
        )
        empty: Registry[JSON] = Registry()
        registry: Registry[JSON] = empty.with_resource(_BASE_URI, resource)
        return registry

    def _operations(self) -> Iterable[Operation]:
        for path, item in self.document["paths"].items():
            for method, raw in item.items():
                if method not in {"get", "post", "put", "patch", "delete"}:
                    continue
                params = tuple(
                    Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                    for p in raw.get("parameters", [])
                )
                body_type: str | None = None
                body_schema: dict[str, JSON] | None = None
                for ctype, media in raw.get("requestBody", {}).get("content", {}).items():
                    body_type, body_schema = ctype, media.get("schema", {})
                responses = {
                    status: {
                        ctype: media.get("schema", {})
                        for ctype, media in resp.get("content", {}).items()
                    }
                    for status, resp in raw.get("responses", {}).items()
                }
                yield Operation(
                    raw["operationId"],
                    method.upper(),
                    path,
                    params,
                    body_type,
                    body_schema,
                    responses,
                )

    def operation(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def schema(self, name: str) -> dict[str, JSON]:
        schema: dict[str, JSON] = self.document["components"]["schemas"][name]
        return schema

    def _validator(self, schema: dict[str, JSON], *, response: bool) -> Draft202012Validator:
        registry = self._response_registry if response else self._request_registry
        # Local refs ("#/components/...") in an inline schema are made absolute so they resolve
        # against the registered document rather than against the inline schema itself.
        # Formats are checked on requests (a malformed uuid is a 422, as pydantic makes it).
        checker = None if response else Draft202012Validator.FORMAT_CHECKER
        return Draft202012Validator(
            _absolute_refs(schema), registry=registry, format_checker=checker
        )

    def request_errors(
        self, schema: dict[str, JSON], value: JSON, prefix: Sequence[str | int]
    ) -> list[JSON]:
        """Validate ``value`` against a request schema; return HTTPValidationError details."""
        validator = self._validator(schema, response=False)
        return _details(validator.iter_errors(value), prefix)

    def response_errors(self, schema: dict[str, JSON], value: JSON) -> list[str]:
        """Validate a response body (errata applied); return readable messages."""
        validator = self._validator(schema, response=True)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def named_response_errors(self, name: str, value: JSON) -> list[str]:
        return self.response_errors({"$ref": f"#/components/schemas/{name}"}, value)


def _absolute_refs(value: JSON) -> JSON:
    if isinstance(value, dict):
        return {
            k: (
                _BASE_URI + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute_refs(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_absolute_refs(v) for v in value]
    return value


def _read_document() -> dict[str, JSON]:
    text = resources.files("mistralai_emulator").joinpath("mistral.yaml").read_text("utf-8")
    document: dict[str, JSON] = yaml.safe_load(text)
    # Round-trip through JSON: YAML may produce non-JSON scalars (dates) that validators dislike.
    result: dict[str, JSON] = json.loads(json.dumps(document, default=str))
    return result


@functools.lru_cache(maxsize=1)
def load_contract() -> Contract:
    """Load and parse the packaged contract once per process."""
    return Contract(_read_document())
