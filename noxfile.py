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
# ruff: the model generator's freshness check (a test) formats its output with it.
TEST_DEPS = [
    "pytest>=8",
    "pyyaml>=6",
    "jsonschema>=4.20",
    "hatchling>=1.21",
    "hypothesis>=6.100",
    "rich>=12",  # the cli extra's (tests/cli runs the command)
    *LINT_DEPS,
]
TYPE_DEPS = [
    "mypy==2.4.1",
    "types-PyYAML",
    "types-jsonschema",
    "pytest>=8",
    "hypothesis>=6.100",
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
    ``mistralai`` alone brings neither google-auth nor azure-identity (nor rich), then
    ``[gcp]``, ``[azure]`` and ``[emulator]`` each bring their distribution and its SDK, and
    ``[cli]`` brings rich and a working ``mistralai`` command.
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
            "google-auth,azure-identity,mistralai-gcp,mistralai-azure,rich",
            ["from mistralai import Mistral; Mistral(api_key='k').chat"],
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
    """The SDK side by side with raw httpx on one loopback server (``-- --strict`` to gate)."""
    install_sdk(session)
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate what is generated (``-- --check`` only compares): the models from the
    contract, then docs/api.md from the operation table and the models."""
    session.install("pyyaml>=6", *LINT_DEPS)
    session.run("python", "scripts/generate_models.py", *session.posargs)
    install_sdk(session)
    session.run("python", "scripts/generate_api_docs.py", *session.posargs)
