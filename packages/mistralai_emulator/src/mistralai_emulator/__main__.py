"""``python -m mistralai_emulator``: see :mod:`mistralai_emulator._cli`."""

from ._cli import main

raise SystemExit(main())
