"""Where Dubao keeps its library and finds its bundled data.

The library folder is the platform's user data folder unless ``--home`` or ``DUBAO_HOME``
names another (tests, portable installs).  Bundled data (seed pages, resources) is found next
to the source tree, inside an installed wheel, or inside a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Dubao"
HOME_ENV = "DUBAO_HOME"


def library_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the library database and search index."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _bundle_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    package = Path(__file__).resolve().parent.parent
    roots.append(package / "_bundled")  # inside an installed wheel
    roots.append(package.parent)  # a source checkout
    return roots


def bundled(name: str) -> Path | None:
    """A bundled top-level folder (``seeds`` or ``resources``), or None if absent."""
    for root in _bundle_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    return None


def seeds_dir() -> Path | None:
    return bundled("seeds")


def resources_dir() -> Path | None:
    return bundled("resources")
