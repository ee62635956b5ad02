"""Request validation against the contract: path and query parameters, JSON bodies (422s).

Multipart bodies are parsed by their handler (:mod:`._multipart`), which streams the file to
disk; everything else is checked here, before any handler runs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from starlette.requests import Request

from ._call import JSON, Call, Invalid
from ._contract import Contract, Operation

__all__ = ["coerce", "validated_call"]


def _types_of(schema: Mapping[str, JSON]) -> set[str]:
    found: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        found.add(kind)
    elif isinstance(kind, list):
        found.update(str(k) for k in kind)
    for sub in schema.get("anyOf", []) + schema.get("oneOf", []):
        found |= _types_of(sub)
    if "$ref" in schema or "enum" in schema:
        found.add("string")
    return found


def coerce(raw: str, schema: Mapping[str, JSON]) -> JSON:
    """Turn a query/path string into the JSON value its schema wants (like FastAPI does)."""
    types = _types_of(schema)
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            pass
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            pass
    if "boolean" in types:
        lowered = raw.lower()
        if lowered in {"true", "1", "yes", "on"}:
            return True
        if lowered in {"false", "0", "no", "off"}:
            return False
    if "object" in types:
        try:
            return json.loads(raw)
        except ValueError:
            pass
    return raw


def _item_schema(schema: Mapping[str, JSON]) -> Mapping[str, JSON] | None:
    """The item schema when a parameter is an array (repeated query key)."""
    if schema.get("type") == "array":
        items: Mapping[str, JSON] = schema.get("items", {})
        return items
    for sub in schema.get("anyOf", []):
        if sub.get("type") == "array":
            sub_items: Mapping[str, JSON] = sub.get("items", {})
            return sub_items
    return None


def _wants_datetime(schema: Mapping[str, JSON]) -> bool:
    return schema.get("format") == "date-time" or any(
        _wants_datetime(sub) for sub in schema.get("anyOf", [])
    )


def _is_datetime(value: JSON) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _parameter_errors(
    contract: Contract, request: Request, op: Operation, path: dict[str, JSON]
) -> tuple[dict[str, JSON], list[JSON]]:
    """Coerce the path (in place) and query parameters; return the query and the problems."""
    detail: list[JSON] = []
    query: dict[str, JSON] = {}
    for param in op.parameters:
        if param.location == "path":
            value = coerce(str(path.get(param.name, "")), param.schema)
            path[param.name] = value
            detail += contract.request_errors(param.schema, value, ["path", param.name])
        elif param.location == "query":
            raw = request.query_params.getlist(param.name)
            if not raw:
                if param.required:
                    detail.append(
                        {"loc": ["query", param.name], "msg": "Field required", "type": "missing"}
                    )
                continue
            items = _item_schema(param.schema)
            qvalue: JSON = (
                [coerce(r, items) for r in raw]
                if items is not None
                else coerce(raw[-1], param.schema)
            )
            query[param.name] = qvalue
            detail += contract.request_errors(param.schema, qvalue, ["query", param.name])
            if _wants_datetime(param.schema) and not _is_datetime(qvalue):
                # jsonschema checks date-time only with an optional extra installed.
                detail.append(
                    {
                        "loc": ["query", param.name],
                        "type": "datetime_parsing",
                        "msg": "Input should be a valid datetime",
                    }
                )
    return query, detail


async def _json_body(
    contract: Contract, request: Request, op: Operation, entry: dict[str, JSON]
) -> tuple[JSON, list[JSON]]:
    assert op.body_schema is not None
    raw_body = await request.body()
    try:
        body = json.loads(raw_body) if raw_body else None
    except ValueError as exc:
        entry["json"] = None
        raise Invalid(
            [
                {
                    "loc": ["body", getattr(exc, "pos", 0)],
                    "msg": "JSON decode error",
                    "type": "json_invalid",
                }
            ]
        ) from exc
    entry["json"] = body
    if body is None:
        return None, [{"loc": ["body"], "msg": "Field required", "type": "missing"}]
    checked = body
    if request.scope.get("emulator.surface") == "azure" and isinstance(body, dict):
        if "model" not in body:
            # The serverless endpoint serves one model: `model` may be omitted.
            checked = {**body, "model": None}
    return body, contract.request_errors(op.body_schema, checked, ["body"])


async def validated_call(contract: Contract, request: Request, op: Operation | None) -> Call:
    """The :class:`Call` of ``request`` under ``op``, or :class:`Invalid` with every problem."""
    path: dict[str, JSON] = dict(request.path_params)
    query: dict[str, JSON] = {}
    body: JSON = None
    detail: list[JSON] = []
    entry: dict[str, JSON] = request.scope.get("emulator.entry", {})
    if op is not None:
        query, detail = _parameter_errors(contract, request, op, path)
        if op.body_content_type == "application/json" and op.body_schema is not None:
            body, body_detail = await _json_body(contract, request, op, entry)
            detail += body_detail
    if detail:
        raise Invalid(detail)
    return Call(
        request,
        op,
        path,
        query,
        body,
        request.scope.get("emulator.surface", "mistral"),
        request.scope.get("emulator.request_id", ""),
    )
