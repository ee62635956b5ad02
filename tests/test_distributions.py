"""One version, one list of distributions, one install command.

The version is written once (``mistralai_core/_version.py``); every installed distribution
reports it and pins the SDK's own distributions to it. ``scripts/install.py`` (the README's
install command) hands pip the checkout's directories, never our PyPI names.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import subprocess
import sys
from pathlib import Path

import pytest

import mistralai
import mistralai_core
from mistralai_core._version import USER_AGENT, __version__
from tests.conftest import ROOT

PROJECTS = [ROOT / "shared", *sorted(p.parent for p in ROOT.glob("packages/*/pyproject.toml"))]


def pyproject(project: Path) -> str:
    return (project / "pyproject.toml").read_text("utf-8")


def name(project: Path) -> str:
    found = re.search(r'^name = "(.+)"$', pyproject(project), re.M)
    assert found, project
    return found.group(1)


NAMES = [name(p) for p in PROJECTS]


def test_the_distributions_are_found_not_listed() -> None:
    # A new provider package is found too; these five are the SDK today.
    assert {"mistralai-core", "mistralai", "mistralai-azure", "mistralai-gcp"} <= set(NAMES)
    assert "mistralai-emulator" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_installed_distribution_has_the_one_version(name: str) -> None:
    assert md.version(name) == __version__


def test_the_version_everywhere_at_run_time() -> None:
    assert mistralai.__version__ == mistralai_core.__version__ == __version__
    assert USER_AGENT == f"mistral-client-python/{__version__}"


def test_the_sdk_pins_its_own_distributions_to_that_version() -> None:
    requires = md.requires("mistralai") or []
    assert f"mistralai-core=={__version__}" in requires
    for extra, name in [("gcp", "mistralai-gcp"), ("azure", "mistralai-azure")]:
        assert f"{name}=={__version__}; extra == '{extra}'" in requires
    for name in ("mistralai-gcp", "mistralai-azure"):
        assert f"mistralai-core=={__version__}" in (md.requires(name) or [])


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_no_pyproject_writes_the_version(project: Path) -> None:
    text = pyproject(project)
    assert __version__ not in text
    assert re.search(r'^dynamic = \[.*"version"', text, re.M)
    assert 'path = "sdk_build.py"' in text
    hook = project / "sdk_build.py"
    assert hook.resolve() == ROOT / "shared" / "sdk_build.py"


def install(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/install.py"), *args, "--dry-run"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_install_command_hands_pip_the_checkout_directories() -> None:
    result = install("gcp")
    assert result.returncode == 0, result.stderr
    command = result.stdout.split()
    assert command[:4] == [sys.executable, "-m", "pip", "install"]
    assert command[4:] == [
        str(ROOT / "shared"),
        f"{ROOT / 'packages/mistralai'}[gcp]",
        str(ROOT / "packages/mistralai_gcp"),
    ]


def test_install_all_editable_and_pip_options() -> None:
    command = install("all", "-e", "--quiet").stdout.split()
    assert command[4] == "--quiet"
    paths = command[6::2]
    assert command[5::2] == ["-e"] * len(paths)
    assert paths[1] == f"{ROOT / 'packages/mistralai'}[aiohttp,azure,emulator,gcp]"
    assert sorted(Path(p.partition("[")[0]).name for p in paths) == sorted(p.name for p in PROJECTS)


def test_install_names_the_extras_when_one_is_unknown() -> None:
    result = install("gpc")
    assert result.returncode == 1
    assert (
        "unknown extra 'gpc'; the extras are: aiohttp, azure, emulator, gcp, all" in result.stderr
    )
