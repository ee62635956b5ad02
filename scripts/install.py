"""Install this SDK from a checkout, with any extras, into the Python that runs this script.

    python3 scripts/install.py                 # mistralai (La Plateforme)
    python3 scripts/install.py gcp azure       # ... with the Vertex AI and Azure clients
    python3 scripts/install.py all -e          # every extra, editable (for development)
    python3 scripts/install.py gcp --dry-run   # print the pip command only
    python3 scripts/install.py gcp --quiet     # other options are passed on to pip

The PyPI names ``mistralai``, ``mistralai-gcp`` and ``mistralai-azure`` belong to the official
client, so this SDK is never installed by name: pip is given the checkout's directories of
``mistralai-core``, ``mistralai`` and the distribution of each extra asked for. A requirement
that pip is handed as a local directory is only ever satisfied by that directory, so none of
the SDK's distributions can come from an index; third-party dependencies (httpx, pydantic,
google-auth, ...) come from your usual index. Needs Python 3.11+ (``tomllib``) or ``tomli``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
        except ModuleNotFoundError:
            sys.exit(
                "scripts/install.py reads pyproject.toml files: it needs Python 3.11+ or "
                "`pip install tomli` (or see README.md, Install, for the plain pip command)"
            )
    with path.open("rb") as f:
        config: dict[str, Any] = tomllib.load(f)
    return config


def distributions() -> dict[str, Path]:
    """Every distribution of the checkout (shared/ and packages/*/), by name."""
    found: dict[str, Path] = {}
    for project in [ROOT / "shared", *sorted((ROOT / "packages").glob("*/"))]:
        if (project / "pyproject.toml").is_file():
            found[_load_toml(project / "pyproject.toml")["project"]["name"]] = project
    return found


def extras(dists: dict[str, Path]) -> dict[str, list[str]]:
    """``mistralai``'s extras: extra name -> the SDK distributions it brings."""
    config = _load_toml(dists["mistralai"] / "pyproject.toml")
    hook = config["tool"]["hatch"]["metadata"]["hooks"]["custom"]
    return dict(hook["sdk-optional-dependencies"])


def pip_command(
    wanted: list[str], *, editable: bool = False, pip_args: list[str] | None = None
) -> list[str]:
    """The pip command that installs ``mistralai[wanted]`` from this checkout."""
    dists = distributions()
    known = extras(dists)
    if "all" in wanted:
        wanted = sorted(known)
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise SystemExit(
            f"unknown extra {unknown[0]!r}; the extras are: {', '.join(sorted(known))}, all"
        )
    # an extra may name a distribution with its own extra (``mistralai-core[aiohttp]``):
    # pip gets the distribution's folder, and ``mistralai[extra]`` brings the rest
    names = [
        "mistralai-core",
        "mistralai",
        *(d.partition("[")[0] for e in wanted for d in known[e]),
    ]
    command = [sys.executable, "-m", "pip", "install", *(pip_args or [])]
    for name in dict.fromkeys(names):
        path = str(dists[name])
        if name == "mistralai" and wanted:
            path += f"[{','.join(wanted)}]"
        command += ["-e", path] if editable else [path]
    return command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "extras", nargs="*", help="extras to install: gcp, azure, emulator, aiohttp, all"
    )
    parser.add_argument("-e", "--editable", action="store_true", help="editable installs")
    parser.add_argument("--dry-run", action="store_true", help="print the pip command only")
    args, pip_args = parser.parse_known_args(argv)  # the rest (--quiet, ...) goes to pip
    command = pip_command(args.extras, editable=args.editable, pip_args=pip_args)
    print(" ".join(command), flush=True)
    if args.dry_run:
        return 0
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
