"""The contract ships inside the distribution: wheel from the tree, sdist, wheel from the sdist.

``mistral.yaml`` in the package is a symlink to ``shared/openapi/mistral.yaml`` (one copy in the
repository). These tests build with hatchling's builders directly (no network, no pip) and check
that each artifact carries the real file content, not a dangling link.
"""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

from mistralai_core._version import __version__

from .conftest import CONTRACT_FILE, REPO

PROJECT = REPO / "packages" / "mistralai_emulator"
MEMBER = "mistralai_emulator/mistral.yaml"
CATALOGUE = "mistralai_emulator/models.json"

builders = pytest.importorskip("hatchling.builders.wheel")
sdist_builders = pytest.importorskip("hatchling.builders.sdist")


def _wheel(project: Path, out: Path) -> Path:
    builder = builders.WheelBuilder(str(project))
    return Path(next(iter(builder.build(directory=str(out), versions=["standard"]))))


def test_wheel_and_sdist_carry_the_contract_file(tmp_path: Path) -> None:
    expected = CONTRACT_FILE.read_bytes()
    with zipfile.ZipFile(_wheel(PROJECT, tmp_path / "wheel")) as wheel:
        assert wheel.read(MEMBER) == expected
        assert "mistralai_emulator/py.typed" in wheel.namelist()

    sdist_path = next(
        iter(
            sdist_builders.SdistBuilder(str(PROJECT)).build(
                directory=str(tmp_path / "sdist"), versions=["standard"]
            )
        )
    )
    with tarfile.open(sdist_path) as sdist:
        member = sdist.getmember(f"mistralai_emulator-{__version__}/src/{MEMBER}")
        assert member.isfile()  # a real file, not the repository's symlink
        sdist.extractall(tmp_path / "unpacked", filter="data")
    unpacked = tmp_path / "unpacked" / f"mistralai_emulator-{__version__}"
    with zipfile.ZipFile(_wheel(unpacked, tmp_path / "wheel2")) as wheel:
        assert wheel.read(MEMBER) == expected
        # The model catalogue and the handler modules travel too.
        catalogue = (PROJECT / "src" / CATALOGUE).read_bytes()
        assert wheel.read(CATALOGUE) == catalogue
        assert "mistralai_emulator/_handlers/chat.py" in wheel.namelist()
