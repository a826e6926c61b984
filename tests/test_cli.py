"""The ``dubao`` command, run as a real process the way scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop import __version__


def dubao(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DUBAO_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        input=stdin,
        timeout=120,
    )


def test_version(home: Path) -> None:
    out = dubao("--version", home=home)
    assert out.returncode == 0
    assert out.stdout.strip() == f"dubao {__version__}"


def test_import_then_articles_jsonl(home: Path, seeds: list[Path]) -> None:
    out = dubao("import", str(seeds[0].parent), home=home)
    assert out.returncode == 0, out.stderr
    assert "5 imported" in out.stdout
    again = dubao("import", str(seeds[0]), home=home)
    assert again.returncode == 0
    assert "already in the library" in again.stdout
    listing = dubao("articles", "--jsonl", home=home)
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(rows) > 10
    assert all(isinstance(r["id"], int) and r["blocks"] for r in rows)
    assert {r["source"] for r in rows} == {p.name for p in seeds}


def test_import_nothing_usable_exits_non_zero(home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\xff\x10\x80" * 500)
    out = dubao("import", str(empty), str(binary), str(tmp_path / "nope.txt"), home=home)
    assert out.returncode == 1
    assert "empty file" in out.stdout
    assert "no such file or folder" in out.stdout
    assert "0 imported" in out.stdout


def test_import_mixed_good_and_bad_exits_zero(
    home: Path, seeds: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = dubao("import", str(seeds[3]), str(empty), home=home)
    assert out.returncode == 0
    assert "1 imported" in out.stdout and "1 refused" in out.stdout


def test_clean_jsonl_has_the_scorer_fields(home: Path, seeds: list[Path]) -> None:
    out = dubao("clean", *map(str, seeds), "--jsonl", home=home)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["source"] for r in rows} == {p.name for p in seeds}
    for r in rows:
        assert {
            "source",
            "kind",
            "title",
            "subtitle",
            "kicker",
            "byline",
            "publication",
            "complete",
            "duplicate_of",
            "editions",
            "blocks",
        } <= set(r)
        assert all(b["type"] in {"paragraph", "subhead", "caption", "table"} for b in r["blocks"])
    # Cleaning never touches the library.
    assert not (home / "library.sqlite3").exists()


def test_broken_library_gives_a_clear_message(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "library.sqlite3").write_bytes(b"garbage" * 50)
    out = dubao("articles", home=home)
    assert out.returncode == 2
    assert "not an SQLite database" in out.stderr
    assert "Traceback" not in out.stderr


def test_pinyin_one_token_per_character(home: Path) -> None:
    out = dubao("pinyin", home=home, stdin="行业和银行\n音乐家说AI好。\n")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["hang2", "ye4", "he2", "yin2", "hang2"]
    assert lines[1].split() == ["yin1", "yue4", "jia1", "shuo1", "A", "I", "hao3", "。"]


def test_lookup_prints_readings_and_definitions(home: Path) -> None:
    out = dubao("lookup", "银行", "--json", home=home)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["pinyin"] == ["yin2", "hang2"]
    assert any("bank" in d for e in info["definitions"] for d in e["definitions"])


def test_self_test_runs_the_whole_app(home: Path) -> None:
    out = dubao("--self-test", home=home)
    assert out.returncode == 0, out.stderr
    assert "self-test: ok" in out.stdout
    assert not (home / "library.sqlite3").exists()  # it used a throw-away library


def test_export_then_import_notes_round_trip(home: Path, seeds: list[Path], tmp_path: Path) -> None:
    from desktop.core.store import Library
    from desktop.core.store.annotations import Annotations

    assert dubao("import", str(seeds[0]), home=home).returncode == 0
    lib = Library.open(home)
    art = lib.articles()[1]
    assert art.id is not None
    Annotations(lib).add(art.id, 3, 9, "blue", "第一条笔记\n第二行")
    lib.close()
    out_file = tmp_path / "notes.json"
    out = dubao("export", "-o", str(out_file), home=home)
    assert out.returncode == 0, out.stderr
    md = dubao("export", "-o", str(tmp_path / "notes.md"), home=home)
    assert md.returncode == 0 and "> " in (tmp_path / "notes.md").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert dubao("import", str(seeds[0]), home=fresh).returncode == 0
    back = dubao("notes", "import", str(out_file), home=fresh)
    assert back.returncode == 0, back.stdout + back.stderr
    assert "1 imported" in back.stdout
    lib = Library.open(fresh)
    anns = Annotations(lib).all()
    lib.close()
    assert [(a.quote, a.color, a.note) for a in anns] == [
        (art.text[3:9], "blue", "第一条笔记\n第二行")
    ]


def test_export_refuses_unknown_format_clearly(home: Path, tmp_path: Path) -> None:
    out = dubao("export", "-o", str(tmp_path / "notes.xyz"), home=home)
    assert out.returncode == 2
    assert "choose --format" in out.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out = dubao("notes", "import", str(bad), home=home)
    assert out.returncode == 2 and "Traceback" not in out.stderr
