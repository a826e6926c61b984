"""``python -m desktop``: the same as the ``dubao`` command."""

from desktop.cli import main

raise SystemExit(main())
