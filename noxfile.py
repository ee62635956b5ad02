"""The one entry point for checks: ``nox -s tests lint typecheck`` (CI runs these).

Every session installs the five distributions from this checkout, so a fresh machine with only
Python and pip can run them (``python3 -m venv .venv && .venv/bin/pip install nox``).
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "typecheck"]

PACKAGES = [
    "shared",
    "packages/mistralai",
    "packages/mistralai_azure",
    "packages/mistralai_gcp",
    "packages/mistralai_emulator",
]
TEST_DEPS = ["pytest>=8", "pyyaml>=6", "jsonschema>=4.20"]
LINT_DEPS = ["ruff==0.17.6"]
TYPE_DEPS = ["mypy==2.4.1", "types-PyYAML", "pytest>=8"]


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
    """mypy --strict over all five distributions."""
    install_sdk(session, *TYPE_DEPS)
    session.run(
        "mypy",
        "shared/src/mistralai_core",
        "packages/mistralai/src/mistralai",
        "packages/mistralai_azure/src/mistralai_azure",
        "packages/mistralai_gcp/src/mistralai_gcp",
        "packages/mistralai_emulator/src/mistralai_emulator",
    )
