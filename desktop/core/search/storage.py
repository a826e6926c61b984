"""Index storage: memory-mapped, without whoosh's hidden copy of every file it maps.

whoosh 2.7.4 opens each part of a memory-mapped segment as ``BufferFile(memoryview)``,
whose ``BytesIO(buf)`` copies the whole part into RAM: every open reader held a full copy
of the index (4.7 GB peak RSS at 50k articles).  Reading through plain file handles instead
avoids the copy but makes each of the many small term-dictionary reads a system call (query
times roughly doubled).  :class:`_ViewIO` gives ``BufferFile`` the sequential-read interface
it needs straight over the mapping, so reads stay in memory and nothing is copied.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from whoosh.filedb import compound
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

__all__ = ["index_storage"]


class _ViewIO:
    """The part of a binary file's interface whoosh and pickle use, over a memoryview."""

    def __init__(self, buf: Any) -> None:
        self._buf = memoryview(buf)
        self._pos = 0

    def read(self, n: int | None = -1) -> bytes:
        end = len(self._buf) if n is None or n < 0 else min(len(self._buf), self._pos + n)
        data = bytes(self._buf[self._pos : end])
        self._pos = max(self._pos, end)
        return data

    def readline(self, limit: int | None = -1) -> bytes:
        end = len(self._buf) if limit is None or limit < 0 else self._pos + limit
        rest = self._buf[self._pos : end]
        nl = bytes(rest).find(b"\n") if len(rest) < 4096 else _find_newline(rest)
        return self.read(len(rest) if nl < 0 else nl + 1)

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._buf)}[whence]
        self._pos = base + pos
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._buf.release()


def _find_newline(view: memoryview) -> int:
    for start in range(0, len(view), 4096):
        i = bytes(view[start : start + 4096]).find(b"\n")
        if i >= 0:
            return start + i
    return -1


class _ZeroCopyBufferFile(BufferFile):  # type: ignore[misc]
    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self.file = _ViewIO(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False


# whoosh's compound storage looks the class up in its module when it opens a part.
compound.BufferFile = _ZeroCopyBufferFile


def index_storage(folder: Path) -> FileStorage:
    """The storage of an index folder (memory-mapped, copy-free; see the module doc)."""
    return FileStorage(str(folder))
