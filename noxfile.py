"""The one entry point: ``nox -s tests lint typecheck`` (CI runs these), ``typecheck_user``,
``demo``, ``bench``, ``packaging``, ``install-check``, ``official-client``, ``generate``.

Every session installs the five distributions from this checkout into its own virtualenv, so
a fresh machine with only Python and pip can run them (``python3 -m pip install nox``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import nox

nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "typecheck"]

#: The one list of the repository's distributions: shared/ (mistralai-core) and every
#: packages/*/ with a pyproject.toml. Nothing else names them (ruff and mypy take their
#: source folders from here or from the same globs).
PACKAGES = [
    "shared",
    *sorted(p.parent.as_posix() for p in Path("packages").glob("*/pyproject.toml")),
]
#: Each distribution's import package folder (``shared/src/mistralai_core``, ...).
SOURCES = [next(Path(p, "src").glob("*/__init__.py")).parent.as_posix() for p in PACKAGES]
LINT_DEPS = ["ruff==0.17.6"]
#: The other transports the tests (and mypy) run the SDK on.
TRANSPORT_DEPS = ["httpx-aiohttp>=0.1.8", "httpx2>=2; python_version >= '3.11'"]
# ruff: the model generator's freshness check (a test) formats its output with it.
TEST_DEPS = [
    "pytest>=8",
    "pyyaml>=6",
    "jsonschema>=4.18",
    "hatchling>=1.21",
    "hypothesis>=6.100",
    # tests/transports: the aiohttp transport (mistralai-core[aiohttp]) and an httpx2 client
    *TRANSPORT_DEPS,
    "rich>=12",  # the cli extra's (tests/cli runs the command)
    *LINT_DEPS,
]
TYPE_DEPS = [
    "mypy==2.4.1",
    "types-PyYAML",
    "types-jsonschema",
    "pytest>=8",
    "hypothesis>=6.100",
    *TRANSPORT_DEPS,
    "rich>=12",
]


def install_sdk(session: nox.Session, *extra: str) -> None:
    """Install every distribution of the repo (editable) plus ``extra``."""
    args: list[str] = []
    for path in PACKAGES:
        args += ["-e", path]
    session.install(*args, *extra)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite: unit tests (in-process) and loopback tests against the emulator."""
    install_sdk(session, *TEST_DEPS)
    session.run("pytest", *(session.posargs or ["-q"]))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install(*LINT_DEPS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over all five distributions (tests, examples and tools checked too)."""
    install_sdk(session, *TYPE_DEPS)
    env = {"MYPYPATH": os.pathsep.join(f"{p}/src" for p in PACKAGES)}
    session.run("mypy", *SOURCES, env=env)
    session.run("mypy", "tests", "examples", "benchmarks", "scripts", env=env)


@nox.session
def typecheck_user(session: nox.Session) -> None:
    """The README's snippets and v1-style code as user code: ``mypy --strict``, pyright strict.

    tests/typing/ (readme_snippets.py, v1_code.py) is checked from its own folder, so no
    setting of this repository applies: only the installed distributions, as in a user's
    project. pyright is basedpyright from PyPI, which brings its own Node.js.
    """
    install_sdk(session, "mypy==2.4.1", "basedpyright==1.40.2")
    session.cd("tests/typing")
    session.run("mypy", "--strict", "readme_snippets.py", "v1_code.py")
    session.run("basedpyright", "--project", "pyrightconfig.json")


# -- packaging ----------------------------------------------------------------------------

PACKAGING_CHECK = """
import importlib, importlib.metadata as md, sys
present, absent, imports = sys.argv[1].split(","), sys.argv[2].split(","), sys.argv[3:]
def installed(name):
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return None
missing = [n for n in present if n and installed(n) is None]
extra = [n for n in absent if n and installed(n) is not None]
assert not missing, f"not installed: {missing}"
assert not extra, f"installed but must not be: {extra}"
for statement in imports:
    exec(statement)
print("ok:", {n: installed(n) for n in present if n})
"""


def _pyproject(path: str) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    with open(f"{path}/pyproject.toml", "rb") as f:
        return tomllib.load(f)


def _third_party_requirements() -> list[str]:
    """Every distribution's third-party dependencies (ours are pinned by sdk_build.py)."""
    found: list[str] = []
    for path in PACKAGES:
        config = _pyproject(path)
        hook = config.get("tool", {}).get("hatch", {}).get("metadata", {}).get("hooks", {})
        custom = hook.get("custom", {})
        requirements = [
            *config["project"].get("dependencies", []),
            *custom.get("dependencies", []),
            # static extras (mistralai-core[aiohttp]) and the hook's third-party extras (cli)
            *(
                r
                for extra in config["project"].get("optional-dependencies", {}).values()
                for r in extra
            ),
            *(r for extra in custom.get("optional-dependencies", {}).values() for r in extra),
        ]
        for requirement in requirements:
            if requirement not in found:
                found.append(requirement)
    return found


@nox.session
def packaging(session: nox.Session) -> None:
    """Build every distribution and prove what ``pip install mistralai[extra]`` brings.

    Each distribution is built as an sdist, and its wheel is built *from that sdist* (what
    ``python -m build`` does), into one folder. A fresh virtual environment then installs
    from that folder with no package index at all, so our five distributions cannot be
    confused with same-named releases on PyPI; third-party dependencies (httpx, google-auth,
    ...) are downloaded once into a second folder beforehand. One environment is grown step
    by step, checking after each install what is (and is not) there:
    ``mistralai`` alone brings neither google-auth nor azure-identity (nor aiohttp, nor rich),
    then ``[aiohttp]`` brings httpx-aiohttp (DefaultAioHttpClient), ``[gcp]``, ``[azure]`` and
    ``[emulator]`` each bring their distribution and its SDK, and ``[cli]`` brings rich and a
    working ``mistralai`` command.
    """
    import shutil
    import zipfile
    from pathlib import Path

    session.install("build>=1.2", "hatchling>=1.22.5")
    tmp = Path(session.create_tmp())
    dist, deps, venv = tmp / "dist", tmp / "deps", tmp / "venv"
    for folder in (dist, venv):
        shutil.rmtree(folder, ignore_errors=True)
    for path in PACKAGES:
        session.run("python", "-m", "build", "--no-isolation", "--outdir", str(dist), path)
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == len(PACKAGES) == len(list(dist.glob("*.tar.gz"))), wheels
    for wheel in wheels:
        names = zipfile.ZipFile(wheel).namelist()
        assert any(n.endswith("/py.typed") for n in names), f"{wheel.name}: no py.typed"
        assert not any(n.startswith("tests/") for n in names), f"{wheel.name}: ships tests"

    session.run(
        "python", "-m", "pip", "download", "-q", "-d", str(deps), *_third_party_requirements()
    )
    session.run("python", "-m", "venv", str(venv))
    python = str(venv / "bin" / "python")
    install = [python, "-m", "pip", "install", "-q", "--no-index"]
    install += ["--find-links", str(dist), "--find-links", str(deps)]
    core = "mistralai,mistralai-core,httpx,pydantic"
    steps = [
        (
            "mistralai",
            core,
            "google-auth,azure-identity,mistralai-gcp,mistralai-azure,httpx-aiohttp,aiohttp,rich",
            ["from mistralai import Mistral; Mistral(api_key='k').chat"],
        ),
        (
            "mistralai[aiohttp]",
            "httpx-aiohttp,aiohttp",
            "azure-identity,mistralai-azure",
            [
                "import httpx_aiohttp; from mistralai import DefaultAioHttpClient, Mistral",
                "assert issubclass(DefaultAioHttpClient, httpx_aiohttp.HttpxAiohttpClient)",
                "Mistral(api_key='k', async_client=DefaultAioHttpClient()).chat",
            ],
        ),
        (
            "mistralai[gcp]",
            "mistralai-gcp,google-auth",
            "azure-identity,mistralai-azure",
            [
                "from mistralai_gcp import MistralGoogleCloud",
                "MistralGoogleCloud(project_id='p', access_token='t').chat",
            ],
        ),
        (
            "mistralai[azure]",
            "mistralai-azure,azure-identity",
            "",
            [
                "from mistralai_azure import MistralAzure",
                "MistralAzure(azure_api_key='k', azure_endpoint='https://x.models.ai.azure.com')",
            ],
        ),
        (
            "mistralai[emulator]",
            "mistralai-emulator,starlette,uvicorn",
            "",
            ["from mistralai_emulator import Emulator"],
        ),
        (
            "mistralai[cli]",
            "rich",
            "",
            [
                "import subprocess, sys, pathlib",
                "cmd = pathlib.Path(sys.executable).with_name('mistralai')",
                "out = subprocess.run([cmd, '--help'], capture_output=True, text=True, check=True)",
                "assert 'models' in out.stdout, out",
            ],
        ),
    ]
    for requirement, present, absent, imports in steps:
        session.run(*install, requirement, external=True)
        session.run(python, "-c", PACKAGING_CHECK, present, absent, *imports, external=True)


@nox.session(name="install-check")
def install_check(session: nox.Session) -> None:
    """The README's install command, on a fresh virtual environment, step by step.

    ``scripts/install.py`` installs from the checkout's directories (never our PyPI names,
    which belong to the official client); third-party dependencies come from the index.
    After each step the environment holds exactly what that step asked for, and the
    ``mistralai`` it imports is this one (it has ``mistralai_core`` and its version).
    """
    import shutil

    venv = Path(session.create_tmp()) / "fresh"
    shutil.rmtree(venv, ignore_errors=True)
    session.run("python", "-m", "venv", str(venv))
    python = str(venv / "bin" / "python")
    ours = [
        "import mistralai, mistralai_core",
        "assert mistralai.__version__ == mistralai_core.__version__, mistralai.__version__",
        "from mistralai import Mistral; Mistral(api_key='k').chat",
    ]
    steps = [
        ([], "mistralai,mistralai-core", "mistralai-gcp,mistralai-azure,google-auth", ours),
        (
            ["gcp"],
            "mistralai-gcp,google-auth",
            "mistralai-azure,azure-identity,mistralai-emulator",
            ["from mistralai_gcp import MistralGoogleCloud"],
        ),
        (
            ["azure", "emulator"],
            "mistralai-azure,azure-identity,mistralai-emulator",
            "",
            ["from mistralai_azure import MistralAzure", "from mistralai_emulator import Emulator"],
        ),
    ]
    for extras, present, absent, imports in steps:
        session.run(python, "scripts/install.py", *extras, "--quiet", external=True)
        session.run(python, "-c", PACKAGING_CHECK, present, absent, *imports, external=True)


@nox.session
def demo(session: nox.Session) -> None:
    """Start the emulator on loopback and run the examples against it (no key, no network)."""
    install_sdk(session)
    session.run("python", "examples/_demo.py")


@nox.session(name="official-client")
def official_client(session: nox.Session) -> None:
    """The official mistralai 1.3.0 client (from PyPI) runs its examples' calls on the emulator.

    Its own virtualenv: the official package's import name is ``mistralai``, like ours, so it
    never goes near the other sessions' environments. Only the emulator is installed from here.
    """
    session.install("mistralai[gcp]==1.3.0", "-e", "packages/mistralai_emulator")
    session.run("python", "tests/official_client/run.py")


@nox.session
def bench(session: nox.Session) -> None:
    """The SDK side by side with raw httpx on one loopback server (``-- --strict`` to gate;
    ``-- --only stream`` for one row). The async row runs on the aiohttp transport too."""
    install_sdk(session, "httpx-aiohttp>=0.1.8")
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate what is generated (``-- --check`` only compares): the models from the
    contract, then docs/api.md from the operation table and the models."""
    session.install("pyyaml>=6", *LINT_DEPS)
    session.run("python", "scripts/generate_models.py", *session.posargs)
    install_sdk(session)
    session.run("python", "scripts/generate_api_docs.py", *session.posargs)


# -- other interpreters and the dependency floors -----------------------------------------

SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13")


def _interpreter(minor: str) -> str | None:
    """A ``python3.X`` that runs: on PATH, or in pyenv's versions (whose shims may refuse)."""
    import glob
    import shutil
    import subprocess

    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = [shutil.which(f"python{minor}")]
    candidates += sorted(glob.glob(f"{root}/versions/{minor}.*/bin/python{minor}"), reverse=True)
    for candidate in candidates:
        if (
            candidate
            and subprocess.run([candidate, "-c", "pass"], capture_output=True).returncode == 0
        ):
            return candidate
    return None


def _editables() -> list[str]:
    return [arg for path in PACKAGES for arg in ("-e", path)]


@nox.session
def pythons(session: nox.Session) -> None:
    """The suite on each supported Python this machine has; a missing one is named, not fatal.

    ``nox -s pythons -- -q -x tests/core`` passes arguments to pytest.
    """
    tmp = Path(session.create_tmp())
    ran, missing = [], []
    for minor in SUPPORTED_PYTHONS:
        interpreter = _interpreter(minor)
        if interpreter is None:
            missing.append(minor)
            continue
        venv = tmp / f"py{minor}"
        python = str(venv / "bin" / "python")
        if not Path(python).exists():
            session.run(interpreter, "-m", "venv", str(venv), external=True)
        session.run(python, "-m", "pip", "install", "-q", *_editables(), *TEST_DEPS, external=True)
        session.run(python, "-m", "pytest", *(session.posargs or ["-q"]), external=True)
        ran.append(minor)
    session.log(
        f"ran on Python {', '.join(ran) or 'none'}; not on this machine: {missing or 'none'}"
    )
    if not ran:
        session.skip("no supported interpreter on this machine")


def _floors() -> list[str]:
    """Each third-party requirement of our distributions at its floor (``>=X`` -> ``==X``)."""
    import re

    pins: list[str] = []
    for requirement in _third_party_requirements():
        name = re.split(r"[<>=!~; \[]", requirement, maxsplit=1)[0]
        floor = re.search(r">=\s*([\w.]+)", requirement)
        if floor:
            pins.append(f"{name}=={floor.group(1)}")
    return sorted(pins)


@nox.session
def floors(session: nox.Session) -> None:
    """The suite with every dependency at the lowest version our ranges admit.

    Users pin httpx and pydantic for other libraries: the floors we declare must be true.
    """
    pins = _floors()
    session.log("floors: " + ", ".join(pins))
    # httpx2 needs h11 >= 0.16 (through httpcore2) where the floors pin h11 0.14: the two
    # cannot share an environment (pip gives up: resolution-too-deep). Its tests skip here;
    # `tests` runs them.
    deps = [d for d in TEST_DEPS if not d.startswith("httpx2")]
    install_sdk(session, *deps, *pins)
    session.run("python", "-m", "pip", "list", "--format=freeze", silent=False)
    # The old anyio that the floors bring has a pytest plugin today's pytest refuses to load.
    session.run("pytest", "-p", "no:anyio", *(session.posargs or ["-q"]))
