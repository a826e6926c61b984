"""The frozen app's entry script: the same as the ``dubao`` command and ``python -m desktop``."""

from desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
