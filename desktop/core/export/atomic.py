"""Writing a file so that the target name only ever holds a complete file.

Output goes to a temporary file in the target's folder (same file system, so the final
``os.replace`` is atomic); any failure or cancellation removes the temporary file and leaves
an existing target untouched.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``dest``."""
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _fsync(tmp)
        _set_default_mode(tmp)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync(path: Path) -> None:
    # So a crash right after the rename cannot leave an empty file under the target name.
    with path.open("rb+") as f:
        os.fsync(f.fileno())


@functools.cache
def _umask() -> int:
    """The process umask, read without changing it where the system allows.

    ``os.umask`` can only be read by setting it, which for a moment affects files other
    threads create; Linux shows it in /proc instead.  Cached: it does not change at run time.
    """
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _set_default_mode(path: Path) -> None:
    """mkstemp makes 0600 files; give the export the permissions a normal new file gets."""
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~_umask())
