"""The ``mistralai`` command (``pip install "mistralai[cli]"``).

Commands are parsed with the standard library's ``argparse``; progress bars are drawn with
``rich``, imported only when a command shows one. The SDK never loads this package.
"""

from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """The console script's entry point."""
    from ._app import main as run

    raise SystemExit(run(argv))
