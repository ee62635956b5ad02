"""The hand-written operation table, walked together with the contract.

For every operation of ``shared/openapi/mistral.yaml`` (the repository's copy), the table
(every method of every client, found by :func:`mistralai_core._operation.walk`) has it with
the same method and path, the same path and query parameters, a request model that is the
contract's request body, and builder arguments that are the body's fields: exactly, except
v1's deliberate names, which are listed once (``V1_NAMES``) and allowed here from that list.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
import yaml

from mistralai import Mistral
from mistralai_azure import MistralAzure
from mistralai_core._operation import OPTION_DOCS, V1_NAMES, CallOptions, Operation, walk
from mistralai_gcp import MistralGoogleCloud
from tests.conftest import ROOT

CONTRACT = yaml.safe_load((ROOT / "shared/openapi/mistral.yaml").read_text(encoding="utf-8"))
CLIENTS = [Mistral, MistralAzure, MistralGoogleCloud]
TABLE = [(client, path, endpoint) for client in CLIENTS for path, endpoint in walk(client)]


def contract_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in CONTRACT["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                found[op["operationId"]] = (method.upper(), path, op)
    return found


OPERATIONS = contract_operations()
#: What the contract has and the SDK does not yet: the one list of it. An operationId mapped to
#: ``None`` has no method yet; one mapped to names has a method that lacks those arguments (the
#: contract's newer fields and query parameters). Whoever adds them shrinks this list; the
#: table must then match the contract for them.
PENDING: dict[str, frozenset[str] | None] = {
    # -- beta agents
    "agents_api_v1_agents_create": None,
    "agents_api_v1_agents_create_or_update_alias": None,
    "agents_api_v1_agents_delete": None,
    "agents_api_v1_agents_delete_alias": None,
    "agents_api_v1_agents_get": None,
    "agents_api_v1_agents_get_version": None,
    "agents_api_v1_agents_list": None,
    "agents_api_v1_agents_list_version_aliases": None,
    "agents_api_v1_agents_list_versions": None,
    "agents_api_v1_agents_update": None,
    "agents_api_v1_agents_update_version": None,
    # -- batch
    "jobs_api_routes_batch_delete_batch_job": None,
    "jobs_api_routes_batch_create_batch_job": frozenset({"requests", "agent_id"}),
    "jobs_api_routes_batch_get_batch_job": frozenset({"inline"}),
    "jobs_api_routes_batch_get_batch_jobs": frozenset({"agent_id", "order_by"}),
    # -- conversations
    "agents_api_v1_conversations_append": None,
    "agents_api_v1_conversations_delete": None,
    "agents_api_v1_conversations_get": None,
    "agents_api_v1_conversations_history": None,
    "agents_api_v1_conversations_list": None,
    "agents_api_v1_conversations_messages": None,
    "agents_api_v1_conversations_restart": None,
    "agents_api_v1_conversations_start": None,
    # -- OCR, classifications, audio
    "ocr_v1_ocr_post": None,
    "classifications_v1_classifications_post": None,
    "chat_classifications_v1_chat_classifications_post": None,
    "moderations_v1_moderations_post": frozenset({"metadata"}),
    "audio_api_v1_transcriptions_post": None,
    # -- end
}
SERVED = sorted(o for o in OPERATIONS if PENDING.get(o, ()) is not None)
BY_ID: dict[str, list[tuple[str, Any]]] = {}
for _client, _path, _endpoint in TABLE:
    BY_ID.setdefault(_endpoint.operation.operation_id, []).append((_path, _endpoint))


def schema(ref: str) -> dict[str, Any]:
    node: dict[str, Any] = CONTRACT["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return node


def body_fields(op: dict[str, Any]) -> tuple[str | None, set[str]]:
    """(request schema name, its field names) of an operation's body, if it has one."""
    content = op.get("requestBody", {}).get("content", {})
    if not content:
        return None, set()
    (media, body), *_ = content.items()
    node = body["schema"]
    name = node["$ref"].rsplit("/", 1)[-1] if "$ref" in node else None
    if name is not None:
        node = schema(node["$ref"])
    fields: set[str] = set()
    for part in [node, *node.get("allOf", [])]:
        if "$ref" in part:
            part = schema(part["$ref"])
        fields |= set(part.get("properties", {}))
    return (name if media == "application/json" else None), fields


def builder_arguments(endpoint: Any) -> set[str]:
    parameters = inspect.signature(endpoint.build).parameters
    return {n for n, p in parameters.items() if p.kind is not p.VAR_KEYWORD}


def test_every_contract_operation_is_in_the_table_and_nothing_else() -> None:
    assert len(OPERATIONS) == 51
    assert set(PENDING) <= set(OPERATIONS)
    assert sorted(BY_ID) == SERVED  # a method for a pending operation: shrink PENDING


@pytest.mark.parametrize("operation_id", SERVED)
def test_operation_matches_the_contract(operation_id: str) -> None:
    method, path, op = OPERATIONS[operation_id]
    params = op.get("parameters", [])
    in_path = {p["name"] for p in params if p["in"] == "path"}
    in_query = {p["name"] for p in params if p["in"] == "query"}
    request, fields = body_fields(op)
    renamed = V1_NAMES.get(operation_id, {})
    pending = PENDING.get(operation_id) or frozenset()
    for public, endpoint in BY_ID[operation_id]:
        table: Operation[Any] = endpoint.operation
        where = f"{public} ({operation_id})"
        assert (table.method, table.path) == (method, path), where
        assert set(table.path_params) == in_path == set(re.findall(r"{(\w+)}", path)), where
        assert set(table.query_params) == in_query - pending, where
        assert (table.request.__name__ if table.request else None) == request, where
        assert table.multipart == (
            "multipart/form-data" in op.get("requestBody", {}).get("content", {})
        ), where
        arguments = {renamed.get(a, a) for a in builder_arguments(endpoint)}
        expected = in_path | in_query | fields
        assert not pending & arguments, (
            f"{where}: has {sorted(pending & arguments)}: shrink PENDING"
        )
        expected -= pending
        if table.stream_flag:
            expected -= {"stream"}  # set by the method (complete / stream), never an argument
        assert arguments == expected, f"{where}: {sorted(arguments ^ expected)}"
        streams = "text/event-stream" in op["responses"]["200"].get("content", {})
        assert table.mode != "sse" or streams or table.stream_flag, where


def test_request_models_have_the_contract_fields_under_their_python_names() -> None:
    for operation_id, (_, _, op) in OPERATIONS.items():
        if operation_id in PENDING and PENDING[operation_id] is None:
            continue
        request, fields = body_fields(op)
        if request is None:
            continue
        model = BY_ID[operation_id][0][1].operation.request
        wire = {f.serialization_alias or f.alias or n for n, f in model.model_fields.items()}
        assert wire == fields, operation_id


def test_v1_names_are_only_real_exceptions() -> None:
    """Each listed rename is used: the builder has the v1 name, the contract the field."""
    for operation_id, renames in V1_NAMES.items():
        _, fields = body_fields(OPERATIONS[operation_id][2])
        for argument, field in renames.items():
            assert argument not in fields and field in fields, operation_id
            for _, endpoint in BY_ID[operation_id]:
                assert argument in builder_arguments(endpoint), operation_id


@pytest.mark.parametrize(("client", "path"), [(c, p) for c, p, _ in TABLE], ids=str)
def test_every_method_documents_the_per_call_options_once(client: type, path: str) -> None:
    target: Any
    if client is MistralAzure:
        target = MistralAzure(azure_api_key="k", azure_endpoint="https://x.test")
    elif client is MistralGoogleCloud:
        target = MistralGoogleCloud("r", "p", "t")
    else:
        target = Mistral(api_key="k")
    for part in path.split("."):
        target = getattr(target, part)
    doc = inspect.getdoc(target) or ""
    for name, text in OPTION_DOCS.items():
        assert doc.count(f":param {name}: {text}") == 1, (path, name)
    assert "\n:param options:" not in doc
    assert set(OPTION_DOCS) == CallOptions.__optional_keys__
