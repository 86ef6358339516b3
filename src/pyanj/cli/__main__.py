"""``python -m pyanj.cli``: the ``pyanj`` command."""

from pyanj.cli import main

main()
