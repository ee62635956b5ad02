"""What ``from mistralai import Mistral`` loads, in a fresh interpreter (as users write it).

pydantic (and the models built on it) loads with the first call, never at import: import
time is a standing target (``nox -s bench``), and this is the part of it a test can check
without timing anything.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LOADED = (
    "import sys, json; {statement}; "
    "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {roots!r})))"
)
HEAVY = ["pydantic", "pydantic_core", "mistralai_core.models", "aiohttp", "httpx_aiohttp", "httpx2"]


def loaded(statement: str) -> set[str]:
    code = LOADED.format(statement=statement, roots={m.split(".")[0] for m in HEAVY})
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize(
    "statement",
    [
        "import mistralai",
        "from mistralai import Mistral",
        "from mistralai import Mistral; Mistral(api_key='k')",
    ],
)
def test_import_loads_no_pydantic_and_no_transport(statement: str) -> None:
    found = loaded(statement)
    assert not {m for m in found if m.split(".")[0] in {"pydantic", "pydantic_core"}}, found
    assert not {m for m in found if m.startswith("mistralai_core.models")}, found
    assert not {m for m in found if m.split(".")[0] in {"aiohttp", "httpx_aiohttp", "httpx2"}}


def test_the_aiohttp_transport_loads_no_pydantic() -> None:
    found = loaded("from mistralai import DefaultAioHttpClient")
    assert "httpx_aiohttp" in found  # the control: the probe sees what the name brings
    assert not {m for m in found if m.split(".")[0] in {"pydantic", "pydantic_core"}}, found


def test_the_first_call_loads_pydantic() -> None:
    """The control: the same probe does see pydantic once a model is needed."""
    found = loaded("from mistralai import Mistral; Mistral(api_key='k').chat")
    assert "pydantic" in found
