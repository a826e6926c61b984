"""Guards against a Qt binding that corrupts Python's reference counts."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 released a reference to None on every call of a void method; on Python
    # 3.11, where None is not immortal, a long reading session then aborts the process.
    cursor = QTextCursor(QTextDocument())
    fmt = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.insertText("字")
        fmt.setTextIndent(1.0)
    assert abs(sys.getrefcount(None) - before) < 100
