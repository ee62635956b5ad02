"""The build's metadata hook, shared by the five distributions: one version, written once.

The version is ``__version__`` in ``shared/src/mistralai_core/_version.py`` and nowhere else.
Each distribution's ``pyproject.toml`` lists ``version`` (and, where it depends on another of
the SDK's distributions, ``dependencies`` / ``optional-dependencies``) as dynamic, names the
SDK's own distributions without a version under ``[tool.hatch.metadata.hooks.custom]``, and
this hook pins them to that same version::

    [tool.hatch.metadata.hooks.custom]
    path = "sdk_build.py"                # packages/*: a symlink to shared/sdk_build.py
    dependencies = ["httpx>=0.27,<1"]    # third-party, as written
    sdk-dependencies = ["mistralai-core"]            # -> mistralai-core==<version>
    sdk-optional-dependencies = {gcp = ["mistralai-gcp"]}

A wheel built from an sdist takes all of it from the sdist's ``PKG-INFO`` (hatchling does so
for dynamic fields), so the hook only computes anything in a checkout.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

#: Found from this file's real location (packages/* reach it through a symlink).
VERSION_FILE = Path(__file__).resolve().parent / "src" / "mistralai_core" / "_version.py"


def sdk_version() -> str:
    """The SDK's version, read from the one place it is written."""
    text = VERSION_FILE.read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError(f'no __version__ = "..." line in {VERSION_FILE}')
    return match.group(1)


class SDKMetadataHook(MetadataHookInterface):
    """Sets ``version`` and pins the SDK's own distributions to it."""

    def update(self, metadata: dict[str, Any]) -> None:
        version = sdk_version()
        dynamic = metadata.get("dynamic", [])
        metadata["version"] = version

        def pinned(names: list[str]) -> list[str]:
            return [f"{name}=={version}" for name in names]

        if "dependencies" in dynamic:
            metadata["dependencies"] = [
                *self.config.get("dependencies", []),
                *pinned(self.config.get("sdk-dependencies", [])),
            ]
        if "optional-dependencies" in dynamic:
            extras: dict[str, list[str]] = self.config.get("sdk-optional-dependencies", {})
            metadata["optional-dependencies"] = {
                extra: pinned(names) for extra, names in extras.items()
            }
            # Third-party extras (``optional-dependencies = {cli = ["click>=8.0"]}``), as written.
            for extra, requirements in self.config.get("optional-dependencies", {}).items():
                metadata["optional-dependencies"].setdefault(extra, []).extend(requirements)
