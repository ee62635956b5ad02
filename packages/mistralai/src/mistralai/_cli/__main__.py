"""``python -m mistralai._cli``: the same as the ``mistralai`` command."""

from . import main

main()
