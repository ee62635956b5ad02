"""Every schema of the contract against its generated model.

The contract is read here independently of the generator (allOf, nullability, which side of
the API a schema is on), so a generator bug cannot hide behind its own reading of the spec.
"""

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from mistralai import models
from mistralai_core._models import to_json, to_wire_model
from mistralai_core.models._unions import REQUEST

ROOT = Path(__file__).resolve().parents[2]

CONTRACT = yaml.safe_load((ROOT / "shared/openapi/mistral.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = CONTRACT["components"]["schemas"]
RENAMED = {"HTTPValidationError": "HTTPValidationErrorData"}
#: v1's Python names for wire fields (``EmbeddingRequest(inputs=...)`` sends ``input``).
V1_PYTHON_NAMES = {
    ("EmbeddingRequest", "input"): "inputs",
    ("ClassificationRequest", "input"): "inputs",
    ("ChatClassificationRequest", "input"): "inputs",
    ("ChatClassificationInstructRequest", "input"): "inputs",
    # the 2.x client's names for wire names that shadow a pydantic or builtin name
    ("JsonSchema", "schema"): "schema_definition",
    ("OCRTableObject", "format"): "format_",
}
UNKNOWN = "__surely_not_a_known_value__"


# ------------------------------------------------------------------ reading the contract


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"].rsplit("/", 1)[-1]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def reachable(roots: list[Any]) -> set[str]:
    seen: set[str] = set()
    todo = [name for root in roots for name in refs(root)]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(refs(SCHEMAS[name]))
    return seen


OPERATIONS = [op for item in CONTRACT["paths"].values() for op in item.values()]
READ_SIDE = reachable([op.get("responses") for op in OPERATIONS])
WRITE_SIDE = reachable([op.get("requestBody") for op in OPERATIONS])


def flatten(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", [schema]):
        if "$ref" in part:
            part = SCHEMAS[part["$ref"].rsplit("/", 1)[-1]]
        if "allOf" in part:
            more, req = flatten(part)
        else:
            more, req = part.get("properties", {}), set(part.get("required", []))
        props.update(more)
        required |= req
    return props, required & set(props)  # erratum: `required` names without a property


def nullable(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    members = node.get("anyOf", []) + node.get("oneOf", [])
    return (
        (isinstance(kind, list) and "null" in kind)
        or None in node.get("enum", [])
        or any(m.get("type") == "null" for m in members)
    )


def is_tag(wire: str, node: dict[str, Any]) -> bool:
    """A constant ``role``/``type``: one value, its default or none (newer schemas require it)."""
    enum = node.get("enum", [])
    return wire in ("role", "type") and len(enum) == 1 and node.get("default", enum[0]) == enum[0]


def enum_values(node: dict[str, Any]) -> list[Any] | None:
    """The enum a property is constrained to (inline, by $ref, or as an anyOf member)."""
    if "enum" in node:
        return [v for v in node["enum"] if v is not None]
    if "$ref" in node:
        target: dict[str, Any] = SCHEMAS[node["$ref"].rsplit("/", 1)[-1]]
        return target.get("enum")
    for member in node.get("anyOf", []):
        found = enum_values(member)
        if found:
            return found
    return None


def sample(node: dict[str, Any]) -> Any:
    """A small valid value for a schema node."""
    if "$ref" in node:
        return sample(SCHEMAS[node["$ref"].rsplit("/", 1)[-1]])
    if "enum" in node:
        return next(v for v in node["enum"] if v is not None)
    if "oneOf" in node:
        return sample(node["oneOf"][0])
    if "anyOf" in node:
        return sample(next(m for m in node["anyOf"] if m.get("type") != "null"))
    if "allOf" in node or "properties" in node:
        return minimal(node)
    kind: Any = node.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        if node.get("format") == "date-time":
            return "2024-05-14T00:00:00Z"
        return "x" * max(1, node.get("minLength", 1))
    if kind in ("integer", "number"):
        value = 1 if kind == "integer" else 1.5
        return min(max(value, node.get("minimum", value)), node.get("maximum", value))
    return {"boolean": True, "array": [], "object": {}}[kind]


def minimal(schema: dict[str, Any]) -> dict[str, Any]:
    """The required properties of an object schema, plus its constant tags."""
    props, required = flatten(schema)
    return {
        wire: sample(node) for wire, node in props.items() if wire in required or is_tag(wire, node)
    }


def reads_as_empty_list(name: str, wire: str) -> bool:
    """A response-only model's optional list: left out (or null) on the wire, it reads as []."""
    props, required = flatten(SCHEMAS[name])
    node = props[wire]
    return (
        name in READ_SIDE
        and name not in WRITE_SIDE
        and wire not in required
        and not nullable(node)
        and node.get("type") == "array"
        and "default" not in node
    )


def model_for(name: str) -> Any:
    return getattr(models, RENAMED.get(name, name))


#: Named plain unions (``anyOf`` with no properties, no discriminator).
ANY_OF = sorted(n for n, s in SCHEMAS.items() if "anyOf" in s and "properties" not in s)
OBJECTS = sorted(
    n for n, s in SCHEMAS.items() if "enum" not in s and "oneOf" not in s and n not in ANY_OF
)
ENUMS = sorted(n for n, s in SCHEMAS.items() if "enum" in s)
UNIONS = sorted(n for n, s in SCHEMAS.items() if "oneOf" in s)


def fields_by_wire(model: type[pydantic.BaseModel]) -> dict[str, tuple[str, Any]]:
    return {(f.serialization_alias or f.alias or n): (n, f) for n, f in model.model_fields.items()}


# ------------------------------------------------------------------ every schema


def test_the_contract_has_190_schemas_and_each_has_a_public_model() -> None:
    assert len(SCHEMAS) == 190 == len(OBJECTS) + len(ENUMS) + len(UNIONS) + len(ANY_OF)
    for name in SCHEMAS:
        assert RENAMED.get(name, name) in models.__all__
        assert model_for(name) is not None


@pytest.mark.parametrize("name", OBJECTS)
def test_fields_match_the_contract(name: str) -> None:
    model = model_for(name)
    props, required = flatten(SCHEMAS[name])
    by_wire = fields_by_wire(model)
    assert set(by_wire) == set(props)
    for wire, node in props.items():
        attr, info = by_wire[wire]
        # a constant tag the contract requires is filled in (its one value) and always sent
        assert info.is_required() == (wire in required and not is_tag(wire, node)), wire
        if (name, wire) in V1_PYTHON_NAMES:
            assert attr == V1_PYTHON_NAMES[name, wire]
            both = {wire: sample(node), attr: sample(node)}
            for key, value in both.items():  # v1's name and the wire name both construct
                built = model.model_validate({**minimal(SCHEMAS[name]), key: value})
                assert built.model_dump(by_alias=True, exclude_unset=True)[wire] == value
        elif attr != wire:  # aliased only when the wire name is unsafe as an attribute
            assert wire in dir(pydantic.BaseModel) or not wire.isidentifier(), wire
        else:
            assert wire not in dir(pydantic.BaseModel) or wire.startswith("__"), wire
        if wire not in required:
            default = info.get_default(call_default_factory=True)
            if isinstance(default, pydantic.BaseModel):
                default = default.model_dump(mode="json")
            expected = [] if reads_as_empty_list(name, wire) else node.get("default")
            assert default == expected, wire


@pytest.mark.parametrize("name", OBJECTS)
def test_null_is_accepted_exactly_where_the_contract_allows_it(name: str) -> None:
    model = model_for(name)
    props, required = flatten(SCHEMAS[name])
    by_wire = fields_by_wire(model)
    contract_nullable = {by_wire[w][0] for w, node in props.items() if nullable(node)}
    assert getattr(model, "__nullable__", frozenset()) == contract_nullable
    base = minimal(SCHEMAS[name])
    model.model_validate(base)
    for wire, node in props.items():
        if is_tag(wire, node):
            continue
        data = {**base, wire: None}
        if reads_as_empty_list(name, wire):
            assert getattr(model.model_validate(data), by_wire[wire][0]) == []
        elif nullable(node) or wire not in required:
            assert getattr(model.model_validate(data), by_wire[wire][0]) is None
        else:
            with pytest.raises(pydantic.ValidationError):
                model.model_validate(data)


def takes_any_string(node: dict[str, Any]) -> bool:
    """A union with a plain string (``BuiltInConnectors | str``): any string is valid."""
    return any(
        m.get("type") == "string" and "enum" not in m and "format" not in m
        for m in node.get("anyOf", [])
    )


@pytest.mark.parametrize("name", OBJECTS)
def test_enums_are_open_on_the_read_side_and_closed_otherwise(name: str) -> None:
    """An enum field of a model a response can carry keeps an unknown value when read; the
    same field is closed when a request is validated (``REQUEST``, as ``to_wire_model``
    does), and a model only requests use is closed always."""
    model = model_for(name)
    props, _ = flatten(SCHEMAS[name])
    base = minimal(SCHEMAS[name])
    for wire, node in props.items():
        values = enum_values(node)
        if not values:
            continue
        for value in values:
            assert model.model_validate({**base, wire: value}) is not None
            if name in WRITE_SIDE:
                assert model.model_validate({**base, wire: value}, context=REQUEST) is not None
        unknown = {**base, wire: UNKNOWN}
        if takes_any_string(node):
            assert model.model_validate(unknown, context=REQUEST) is not None
            continue
        if not is_tag(wire, node) and name in READ_SIDE:
            parsed = model.model_validate(unknown)
            assert getattr(parsed, fields_by_wire(model)[wire][0]) == UNKNOWN
        else:
            with pytest.raises(pydantic.ValidationError):
                model.model_validate(unknown)
        if name in WRITE_SIDE:
            with pytest.raises(pydantic.ValidationError) as caught:
                model.model_validate(unknown, context=REQUEST)
            assert {e["loc"][0] for e in caught.value.errors()} == {wire}


@pytest.mark.parametrize("name", ENUMS)
def test_enum_aliases_hold_the_contract_values(name: str) -> None:
    adapter = pydantic.TypeAdapter(model_for(name))
    for value in SCHEMAS[name]["enum"]:
        assert adapter.validate_python(value) == value
    if name in READ_SIDE:
        assert adapter.validate_python(UNKNOWN) == UNKNOWN
    else:
        with pytest.raises(pydantic.ValidationError):
            adapter.validate_python(UNKNOWN)


@pytest.mark.parametrize("name", UNIONS)
def test_unions_pick_the_variant_named_by_the_tag(name: str) -> None:
    adapter = pydantic.TypeAdapter(model_for(name))
    discriminator = SCHEMAS[name]["discriminator"]
    for tag, ref in discriminator["mapping"].items():
        target = ref.rsplit("/", 1)[-1]
        value = adapter.validate_python(minimal(SCHEMAS[target]))
        assert type(value) is model_for(target)
        assert getattr(value, discriminator["propertyName"]) == tag
    unknown = {discriminator["propertyName"]: UNKNOWN, "payload": [1]}
    if name in READ_SIDE:
        kept = adapter.validate_python(unknown)
        assert isinstance(kept, models.UnknownVariant)
        assert kept.model_dump() == unknown
    else:
        with pytest.raises(pydantic.ValidationError):
            adapter.validate_python(unknown)


@pytest.mark.parametrize("name", ANY_OF)
def test_plain_unions_take_each_member(name: str) -> None:
    adapter = pydantic.TypeAdapter(model_for(name))
    for member in SCHEMAS[name]["anyOf"]:
        value = sample(member)
        parsed = adapter.validate_python(value)
        if "$ref" in member:
            target = member["$ref"].rsplit("/", 1)[-1]
            assert type(parsed) is model_for(target), target
        else:
            assert parsed == value
    twin = getattr(models, f"{RENAMED.get(name, name)}TypedDict")
    assert twin is not None


@pytest.mark.parametrize("name", sorted(set(OBJECTS) & WRITE_SIDE))
def test_requests_reject_unknown_keys(name: str) -> None:
    model = model_for(name)
    data = minimal(SCHEMAS[name])
    assert isinstance(to_wire_model(model, data), model)
    with pytest.raises(pydantic.ValidationError, match="misspelt"):
        to_wire_model(model, {**data, "misspelt": 1})


@pytest.mark.parametrize("name", sorted(set(OBJECTS) & READ_SIDE))
def test_responses_keep_unknown_fields(name: str) -> None:
    model = model_for(name)
    parsed = model.model_validate({**minimal(SCHEMAS[name]), "added_later": {"a": 1}})
    assert parsed.model_extra == {"added_later": {"a": 1}}
    assert parsed.model_dump()["added_later"] == {"a": 1}


# ------------------------------------------------------------------ behaviours on the wire


def test_a_request_sends_what_was_given_with_nulls_and_role_tags() -> None:
    request = to_wire_model(
        models.ChatCompletionRequest,
        {
            "model": "mistral-small-latest",
            "messages": [
                {"role": "system", "content": "be brief"},
                {"role": "user", "content": [{"type": "text", "text": "hi"}]},
                models.AssistantMessage(content="hello"),
            ],
            "max_tokens": None,
        },
    )
    assert json.loads(to_json(request)) == {
        "model": "mistral-small-latest",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            {"role": "assistant", "content": "hello"},
        ],
        "max_tokens": None,
    }


def test_a_user_message_is_sent_with_its_role() -> None:
    assert json.loads(to_json(models.UserMessage(content="x"))) == {"role": "user", "content": "x"}


def test_a_request_rejects_an_unknown_message_role_or_chunk_type() -> None:
    with pytest.raises(pydantic.ValidationError):
        to_wire_model(models.ChatCompletionRequest, {"model": "m", "messages": [{"role": "bot"}]})
    chunk = {"type": "audio", "audio": "..."}
    with pytest.raises(pydantic.ValidationError):
        to_wire_model(
            models.ChatCompletionRequest,
            {"model": "m", "messages": [{"role": "user", "content": [chunk]}]},
        )
    with pytest.raises(pydantic.ValidationError):
        to_wire_model(models.UserMessage, {"content": [{"type": "audio"}]})


CHAT_RESPONSE = {
    "id": "cmpl-e5cc70bb28c444948073e77776eb30ef",
    "object": "chat.completion",
    "model": "mistral-small-latest",
    "created": 1702256327,
    "usage": {"prompt_tokens": 16, "completion_tokens": 34, "total_tokens": 50},
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {
                "role": "assistant",
                "content": "Claude Monet.",
                "tool_calls": [
                    {"id": "abc", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                ],
                "prefix": False,
            },
        }
    ],
}


def test_a_chat_completion_response_parses() -> None:
    parsed = models.ChatCompletionResponse.model_validate_json(json.dumps(CHAT_RESPONSE))
    assert parsed.choices is not None
    assert parsed.choices[0].message.content == "Claude Monet."
    assert parsed.choices[0].message.tool_calls is not None
    assert parsed.choices[0].message.tool_calls[0].function.name == "f"
    assert parsed.usage.total_tokens == 50


def test_a_response_survives_new_enum_values_tags_and_fields() -> None:
    body = json.loads(json.dumps(CHAT_RESPONSE))
    choice = body["choices"][0]
    choice["finish_reason"] = "new_reason"
    choice["logprobs"] = [0.5]
    choice["message"]["content"] = [
        {"type": "text", "text": "a"},
        {"type": "audio", "audio": {"data": "..."}},
    ]
    parsed = models.ChatCompletionResponse.model_validate_json(json.dumps(body))
    assert parsed.choices is not None
    first = parsed.choices[0]
    assert first.finish_reason == "new_reason"
    assert first.model_extra == {"logprobs": [0.5]}
    content = first.message.content
    assert isinstance(content, list)
    assert isinstance(content[0], models.TextChunk)
    assert isinstance(content[1], models.UnknownVariant)
    assert content[1].model_dump() == {"type": "audio", "audio": {"data": "..."}}


def test_a_streamed_completion_event_parses() -> None:
    frame = {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1702256327,
        "model": "mistral-small-latest",
        "choices": [
            {"index": 0, "delta": {"role": "assistant", "content": "Cl"}, "finish_reason": None}
        ],
    }
    event = models.CompletionEvent.model_validate_json(json.dumps({"data": frame}))
    assert event.data.choices[0].delta.content == "Cl"
    assert event.data.choices[0].finish_reason is None
    chunk = models.CompletionChunk.model_validate_json(json.dumps(frame))
    assert chunk.choices[0].delta.role == "assistant"


def test_a_file_upload_takes_bytes_or_a_file_object() -> None:
    assert models.File(file_name="a.jsonl", content=b"{}").content == b"{}"
    handle = io.BytesIO(b"{}")
    assert models.File(file_name="a.jsonl", content=handle, content_type="x").content is handle


def test_the_v1_aliases_exist() -> None:
    assert models.ChatCompletionStreamRequest is models.ChatCompletionRequest
    assert models.FIMCompletionStreamRequest is models.FIMCompletionRequest
    assert models.AgentsCompletionStreamRequest is models.AgentsCompletionRequest
    assert models.HTTPValidationError.__name__ == "HTTPValidationError"
    assert issubclass(models.HTTPValidationError, models.SDKError)
    for name in models.__all__:
        assert getattr(models, name) is not None, name


# ------------------------------------------------------------------ import cost and drift


def run_python(code: str) -> str:
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_the_models_namespace_imports_no_pydantic() -> None:
    out = run_python(
        "import sys, mistralai.models\n"
        "print(sorted(m for m in sys.modules if m.startswith('pydantic') or '.models.' in m))"
    )
    assert out == "[]"


def test_a_model_imports_only_its_own_module() -> None:
    out = run_python(
        "import sys\nfrom mistralai import models\nmodels.UserMessage\n"
        "print(sorted(m for m in sys.modules if '.models._' in m))"
    )
    assert out == "['mistralai_core.models._chat', 'mistralai_core.models._unions']"


def test_the_generated_files_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/generate_models.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_contract_bounds_are_enforced_on_requests_only() -> None:
    base = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    for field, bad in [("temperature", 1.6), ("top_p", -0.1), ("n", 0), ("max_tokens", -1)]:
        with pytest.raises(pydantic.ValidationError, match=field):
            to_wire_model(models.ChatCompletionRequest, {**base, field: bad})
    assert to_wire_model(models.ChatCompletionRequest, {**base, "temperature": 1.5})
    with pytest.raises(pydantic.ValidationError, match="api_key"):
        to_wire_model(models.WandbIntegration, {"project": "p", "api_key": "short"})
    # The server's word wins on what it sends: a response is not rejected for a bound.
    parsed = models.TrainingParameters.model_validate({"learning_rate": 5, "weight_decay": 3})
    assert (parsed.learning_rate, parsed.weight_decay) == (5, 3)


def test_credentials_in_models_never_show_in_a_repr() -> None:
    secret = "s" * 40
    built = [
        models.WandbIntegration(project="p", api_key=secret),
        models.GithubRepositoryIn(name="n", owner="o", token=secret),
        models.Security(api_key=secret),
    ]
    for model in built:
        assert secret not in repr(model) and secret not in str(model)
        assert secret in model.model_dump_json()  # still sent
