"""The public surface of the official mistralai 1.3.0, name by name, against this SDK.

``data/v1.3.0-surface.json`` was taken from the official 1.3.0 wheels (mistralai,
mistralai_azure, mistralai_gcp): every public module path with the names it exports, and
every public name of the packages and their ``models`` with its kind, its Python field names
(models, TypedDicts, exceptions) or values (literal types). Every non-internal module path
must import here and export its names, and every name must resolve to the same kind of object
with at least v1's fields and values. The only names left out are Speakeasy's plumbing (its
HTTP layer, hooks and serializers), listed in :data:`PLUMBING`, which user code of v1 does
not touch; a name in that list that starts to resolve fails the test, so the list stays true.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
import typing_extensions

DATA = Path(__file__).resolve().parent / "data" / "v1.3.0-surface.json"
SURFACE: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
MODULES: dict[str, Any] = SURFACE["modules"]
NAMES: dict[str, Any] = SURFACE["names"]
PUBLIC_MODULES = sorted(m for m, info in MODULES.items() if not info["internal"])

#: v1's internals with no counterpart here (Speakeasy's HTTP layer, hooks, serializers).
PLUMBING = frozenset(
    """
    BaseSDK SDKConfiguration SDKHooks HookContext BeforeRequestHook GoogleCloudBeforeRequestHook
    get_model_info LEGACY_MODEL_ID_FORMAT get_security_from_env eventstreaming Retries retry
    retry_async FieldMetadata FormMetadata HeaderMetadata MultipartFormMetadata
    PathParamMetadata QueryParamMetadata RequestMetadata SecurityMetadata find_metadata
    OpenEnumMeta validate_open_enum validate_const get_discriminator SerializedRequestBody
    get_body_content generate_url template_url get_global_from_env get_headers
    get_pydantic_model get_query_params get_response_headers get_security marshal_json
    unmarshal unmarshal_json match_content_type match_response match_status_codes
    serialize_decimal serialize_float serialize_int serialize_request_body stream_to_bytes
    stream_to_bytes_async stream_to_text stream_to_text_async validate_decimal
    validate_float validate_int basesdk sdkconfiguration
    """.split()
)
#: Names left out in one package only: the modules v1 imported into a package namespace
#: (``mistralai.httpx``, gcp's ``google`` of google-auth, an optional dependency here), azure's
#: and gcp's ``SERVERS`` (a copy of La Plateforme's) and their internal ``httpclient`` modules.
LEFT_OUT = frozenset(
    {
        "mistralai:httpx",
        "mistralai_azure:httpx",
        "mistralai_gcp:httpx",
        "mistralai_gcp:json",
        "mistralai_gcp:google",
        "mistralai_azure:SERVERS",
        "mistralai_gcp:SERVERS",
        "mistralai_azure:httpclient",
        "mistralai_gcp:httpclient",
        "mistralai_gcp.sdk:google",
    }
)


def left_out(module: str, name: str) -> bool:
    return name in PLUMBING or f"{module}:{name}" in LEFT_OUT


def lookup(module_name: str, name: str) -> tuple[bool, Any]:
    """``(found, value)`` of ``module_name.name``: an attribute or a submodule."""
    module = importlib.import_module(module_name)
    try:
        return True, getattr(module, name)
    except AttributeError:
        pass
    try:
        return True, importlib.import_module(f"{module_name}.{name}")
    except ImportError:
        return False, None


def literal_values(tp: Any) -> set[Any]:
    """The values of every ``Literal`` inside a type (through unions and ``Annotated``)."""
    if typing.get_origin(tp) is typing.Literal:
        return set(typing.get_args(tp))
    args = typing.get_args(tp)
    if typing.get_origin(tp) is typing.Annotated:
        args = args[:1]
    return set().union(*(literal_values(a) for a in args)) if args else set()


def kind_problem(kind: str, value: Any, info: dict[str, Any]) -> str | None:
    """Why ``value`` is not the kind of object v1's name was, or None."""
    fields = {f.lower() for f in info["fields"]}  # v1's ``TYPE``/``OBJECT`` may be lower case
    if kind == "model":
        if not (isinstance(value, type) and issubclass(value, pydantic.BaseModel)):
            return "not a model"
        missing = fields - {f.lower() for f in value.model_fields}
        return f"fields missing: {sorted(missing)}" if missing else None
    if kind == "typeddict":
        if not typing_extensions.is_typeddict(value):
            return "not a TypedDict"
        missing = fields - {k.lower() for k in value.__annotations__}
        return f"keys missing: {sorted(missing)}" if missing else None
    if kind == "literal":
        missing = set(info["fields"]) - literal_values(value)
        return f"values missing: {sorted(missing)}" if missing else None
    if kind == "alias":
        is_type_form = typing.get_origin(value) is not None or isinstance(value, types.UnionType)
        ok = is_type_form or isinstance(value, type) or typing_extensions.is_typeddict(value)
        return None if ok else "not a type"
    if kind == "exception":
        if not (isinstance(value, type) and issubclass(value, Exception)):
            return "not an exception"
        if fields:
            request = httpx.Request("POST", "https://api.mistral.ai/v1/chat/completions")
            error = value("boom", httpx.Response(500, text="{}", request=request))
            missing = {f for f in fields if not hasattr(error, f)}
            return f"attributes missing: {sorted(missing)}" if missing else None
        return None
    if kind == "class":
        return None if isinstance(value, type) or info["module"] == "typing" else "not a class"
    if kind == "function":
        return None if callable(value) else "not callable"
    return None  # a value: resolving is all v1 promised


def check_names() -> tuple[dict[str, int], list[str]]:
    figures = {"names": 0, "names resolved": 0, "field names": 0, "field names checked": 0}
    problems: list[str] = []
    for qualified, info in NAMES.items():
        package, name = qualified.split(":")
        figures["names"] += 1
        figures["field names"] += len(info["fields"])
        found, value = lookup(package, name)
        if not found:
            if not left_out(package, name):
                problems.append(f"{qualified}: missing ({info['kind']})")
            continue
        problem = kind_problem(info["kind"], value, info)
        if problem:
            problems.append(f"{qualified} ({info['kind']}): {problem}")
            continue
        figures["names resolved"] += 1
        figures["field names checked"] += len(info["fields"])
    return figures, problems


def check_modules() -> tuple[dict[str, int], list[str]]:
    figures = {
        "modules": len(MODULES),
        "public modules": len(PUBLIC_MODULES),
        "public modules imported": 0,
        "module names": 0,
        "module names resolved": 0,
    }
    problems: list[str] = []
    for module in PUBLIC_MODULES:
        names = MODULES[module]["names"]
        figures["module names"] += len(names)
        try:
            importlib.import_module(module)
        except ImportError as error:
            problems.append(f"{module}: {error}")
            continue
        figures["public modules imported"] += 1
        for name in names:
            if lookup(module, name)[0]:
                figures["module names resolved"] += 1
            elif not left_out(module, name):
                problems.append(f"{module}.{name}: missing")
    return figures, problems


def test_every_public_name_resolves_to_its_kind_with_v1s_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    figures, problems = check_names()
    with capsys.disabled():
        print("\nv1.3.0 surface, names:", figures)
    assert problems == []
    # 1,047 of 1,062: the other 15 are BaseSDK, SDKConfiguration, SDKHooks (x3), gcp's hooks
    # and model-info helpers, and azure's and gcp's SERVERS
    assert figures["names resolved"] == 1047 and figures["names"] == 1062


def test_every_public_module_path_imports_and_exports_its_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    figures, problems = check_modules()
    with capsys.disabled():
        print("\nv1.3.0 surface, modules:", figures)
    assert problems == []
    assert figures["public modules imported"] == figures["public modules"] == 196
    # 3,461 of 3,770: the others are PLUMBING and LEFT_OUT names (``FieldMetadata`` x24, ...)
    assert figures["module names resolved"] == 3461 and figures["module names"] == 3770


def test_the_left_out_names_are_really_absent() -> None:
    """The exemption lists cannot hide a name that now resolves (they would grow stale)."""
    unused = set(PLUMBING) | set(LEFT_OUT)
    for qualified in NAMES:
        package, name = qualified.split(":")
        if left_out(package, name):
            assert not lookup(package, name)[0], qualified
            unused -= {name, qualified}
    for module in PUBLIC_MODULES:
        for name in MODULES[module]["names"]:
            if left_out(module, name):
                assert not lookup(module, name)[0], f"{module}.{name}"
                unused -= {name, f"{module}:{name}"}
    assert unused == set()


def test_every_model_has_its_typeddict_twin_with_the_same_keys() -> None:
    from mistralai import models

    twins = 0
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
            if name in ("UnknownVariant",):
                continue
            twin = getattr(models, f"{name}TypedDict")
            assert typing_extensions.is_typeddict(twin), name
            assert set(twin.__annotations__) == set(value.model_fields), name
            required = {n for n, f in value.model_fields.items() if f.is_required()}
            assert twin.__required_keys__ == required, name
            twins += 1
    assert twins >= 100


def test_literal_types_carry_v1s_values() -> None:
    from mistralai import models

    assert literal_values(models.BatchJobStatus) >= {"QUEUED", "RUNNING", "TIMEOUT_EXCEEDED"}
    assert literal_values(models.QueryParamStatus) == literal_values(models.Status)
    # the filter of fine_tuning.jobs.list, generated from the operation's parameter (issue 11)
    assert models.JobStatus is models.QueryParamStatus
    assert literal_values(models.Role) == {"system"}
    import mistralai_azure.models as azure

    # v1 gave ``Type`` different meanings per package: the model card's tag in mistralai,
    # the text chunk's in mistralai_azure; each package serves its own.
    assert literal_values(models.Type) == {"base"}
    assert literal_values(azure.Type) == {"text"}


def test_v1_names_type_user_code_and_validate() -> None:
    from mistralai.models import (
        EmbeddingRequest,
        FilesAPIRoutesListFilesRequest,
        MessagesTypedDict,
        Stop,
        UserMessage,
    )

    message: MessagesTypedDict = {"role": "user", "content": "hi"}
    assert pydantic.TypeAdapter(Stop).validate_python(["a", "b"]) == ["a", "b"]
    assert UserMessage.model_validate(message).content == "hi"
    # v1's python name and the wire name both construct; the wire name is what is sent
    by_v1_name = EmbeddingRequest(model="mistral-embed", inputs=["x"])
    by_wire_name = EmbeddingRequest.model_validate({"model": "mistral-embed", "input": ["x"]})
    for built in (by_v1_name, by_wire_name):
        assert built.model_dump(by_alias=True, exclude_unset=True)["input"] == ["x"]
    listed = FilesAPIRoutesListFilesRequest(page=2, purpose="fine-tune")
    assert (listed.page, listed.page_size, listed.purpose) == (2, 100, "fine-tune")


def test_a_model_imported_from_the_package_root_loads_only_its_module() -> None:
    code = (
        "import sys, mistralai\n"
        "assert 'pydantic' not in sys.modules and 'mistralai.models' not in sys.modules\n"
        "from mistralai import UserMessage, SDKError, MessagesTypedDict\n"
        "assert UserMessage(content='hi').role == 'user'\n"
        "assert 'mistralai.models._fine_tuning' not in sys.modules\n"
        "assert 'mistralai.models.usermessage' not in sys.modules\n"
        "assert 'UserMessage' in dir(mistralai) and 'UserMessage' in mistralai.__all__\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
