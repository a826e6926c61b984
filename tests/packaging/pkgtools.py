"""Helpers for the packaging tests: packaging/ is a folder of scripts, not a package.

(It cannot be one, and neither can this folder: ``packaging`` is also the PyPI package that
PyInstaller and pip import.)
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SLOW = os.environ.get("DUBAO_PACKAGING_TESTS") == "1"


def load_script(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` under the name ``dubao_packaging_<name>``."""
    qualified = f"dubao_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module
    spec.loader.exec_module(module)
    return module


def need_tool(name: str) -> str:
    """The tool's path; skips without it, except in the packaging CI step, which must have it."""
    path = shutil.which(name)
    if path is None:
        if SLOW:
            pytest.fail(f"{name} is not installed (needed by DUBAO_PACKAGING_TESTS=1)")
        pytest.skip(f"{name} is not installed")
    return path
