"""The library database: imports, refusals, rebuilds, and databases it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import cleaning
from desktop.core.store import BrokenDatabaseError, Library, NewerDatabaseError


def test_import_seeds_stores_pages_and_articles(library: Library, seeds: list[Path]) -> None:
    report = library.import_paths(seeds)
    assert report.count("imported") == 5
    assert library.page_count() == 5
    summaries = library.summaries()
    assert len(summaries) == library.article_count() > 10
    # The raw page is kept verbatim so articles can always be rebuilt.
    first = library.page(summaries[0].page_id)
    assert first is not None
    raw = library.page_text(first.id)
    assert raw is not None and raw == seeds[0].read_text(encoding="utf-8")
    assert first.cleaner_version == cleaning.CLEANER_VERSION


def test_articles_round_trip_through_the_database(library: Library, seeds: list[Path]) -> None:
    library.import_paths(seeds[:1])
    text = seeds[0].read_text(encoding="utf-8")
    expected = cleaning.clean_page(text, seeds[0].name).articles
    stored = library.articles()
    assert [a.title for a in stored] == [a.title for a in expected]
    assert [a.text for a in stored] == [a.text for a in expected]
    assert all(a.id is not None and a.page_id is not None for a in stored)


def test_importing_the_same_page_twice_is_a_no_op(
    library: Library, seeds: list[Path], tmp_path: Path
) -> None:
    library.import_paths(seeds[:1])
    copy = tmp_path / "renamed.txt"
    # Same text with Windows line endings is still the same page.
    copy.write_bytes(seeds[0].read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    report = library.import_paths([seeds[0], copy])
    assert [o.status for o in report.outcomes] == ["skipped", "skipped"]
    assert library.page_count() == 1


def test_bad_inputs_are_refused_with_reasons(library: Library, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n  \n", encoding="utf-8")
    no_pages = tmp_path / "nothing"
    no_pages.mkdir()
    report = library.import_paths([tmp_path / "missing.txt", empty, binary, blank, no_pages])
    reasons = {Path(o.path).name: (o.status, o.message) for o in report.outcomes}
    assert reasons["missing.txt"] == ("refused", "no such file or folder")
    assert reasons["empty.txt"] == ("refused", "empty file")
    assert reasons["photo.txt"][0] == "refused" and reasons["photo.txt"][1]
    assert reasons["blank.txt"][0] == "refused"
    assert reasons["nothing"][0] == "refused"
    assert library.page_count() == 0


def test_gbk_page_is_imported(library: Library, seeds: list[Path], tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(seeds[4].read_text(encoding="utf-8").encode("gb18030"))
    report = library.import_paths([gbk])
    assert report.count("imported") == 1
    assert library.page_text(report.outcomes[0].page_id or 0) == seeds[4].read_text(
        encoding="utf-8"
    )


def test_a_failing_page_leaves_nothing_behind(library: Library, seeds: list[Path]) -> None:
    # A trigger makes every article insert fail: the page must not be half-stored.
    library.db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        library.import_paths(seeds[:1])
    assert library.page_count() == 0
    library.db.execute("DROP TRIGGER boom")
    assert library.import_paths(seeds[:1]).count("imported") == 1


def test_rebuild_keeps_article_ids_and_annotations(library: Library, seeds: list[Path]) -> None:
    library.import_paths(seeds[:2])
    before = {a.id: a.text for a in library.articles()}
    target = next(iter(before))
    library.db.execute(
        'INSERT INTO annotations(uuid, article_id, start, "end", quote, created_at, updated_at) '
        "VALUES ('u1', ?, 0, 4, 'x', 'now', 'now')",
        [target],
    )
    library.db.execute("UPDATE pages SET cleaner_version = -1")
    assert len(library.outdated_pages()) == 2
    library.rebuild_articles()
    assert library.outdated_pages() == []
    after = {a.id: a.text for a in library.articles()}
    assert after == before  # same cleaner: every article keeps its id and text
    row = library.db.execute("SELECT article_id, detached FROM annotations").fetchone()
    assert row == (target, 0)


def test_vanished_article_detaches_but_keeps_annotation(
    library: Library, seeds: list[Path]
) -> None:
    library.import_paths(seeds[:1])
    victim = library.articles()[0]
    library.db.execute(
        'INSERT INTO annotations(uuid, article_id, start, "end", quote, note, created_at, '
        "updated_at) VALUES ('u2', ?, 0, 4, 'x', 'keep me', 'now', 'now')",
        [victim.id],
    )
    # Pretend the stored article came from an older cleaner and was something else entirely.
    library.db.execute(
        "UPDATE articles SET text = 'zzzz', blocks = '[]', title = 'gone' WHERE id = ?", [victim.id]
    )
    assert victim.page_id is not None
    library.rebuild_articles([victim.page_id])
    row = library.db.execute("SELECT article_id, detached, note FROM annotations").fetchone()
    assert row[1:] == (1, "keep me")


def test_database_from_a_newer_dubao_is_refused_untouched(home: Path) -> None:
    Library.open(home).close()
    db_path = home / "library.sqlite3"
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('dubao', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Library.open(home)
    assert db_path.read_bytes() == before


def test_broken_database_is_reported_not_overwritten(home: Path) -> None:
    home.mkdir(parents=True)
    db_path = home / "library.sqlite3"
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BrokenDatabaseError):
        Library.open(home)
    assert db_path.read_bytes() == b"this is not a database" * 100


def test_wal_and_foreign_keys_are_on(library: Library) -> None:
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migration_names_match_the_migrations() -> None:
    from desktop.core.store.db import MIGRATION_NAMES, wrap
    from desktop.core.store.migrations import migrations

    pending = migrations.pending(wrap(sqlite3.connect(":memory:")))
    assert tuple(m.name for m in pending) == MIGRATION_NAMES


def test_opening_an_up_to_date_library_needs_no_sqlite_utils(home: Path) -> None:
    import subprocess
    import sys

    Library.open(home).close()
    code = (
        "import sys; from pathlib import Path; from desktop.core.store import Library; "
        "lib = Library.open(Path(sys.argv[1])); lib.summaries(); "
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_import_can_be_cancelled_between_pages(library: Library, seeds: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    report = library.import_paths(
        seeds, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 2
    )
    assert report.cancelled
    assert report.count("imported") == 2 == library.page_count()
    assert seen == [(1, 5), (2, 5)]


def test_upgrading_a_schema_0002_library_keeps_everything(tmp_path: Path) -> None:
    """A library written before fingerprints existed: opened, upgraded, rebuilt, nothing lost."""
    import shutil

    fixture = Path(__file__).parent / "fixtures" / "library-0002.sqlite3"
    home = tmp_path / "old"
    home.mkdir()
    shutil.copy(fixture, home / "library.sqlite3")
    lib = Library.open(home)
    try:
        applied = {r["name"] for r in lib.query("SELECT name FROM _sqlite_migrations")}
        assert "0003_article_fingerprints" in applied
        count = lib.query("SELECT count(DISTINCT article_id) AS n FROM article_fingerprints")
        assert count[0]["n"] == lib.article_count()
        # Its pages were cleaned by an older cleaner: rebuilding keeps the note on its words.
        assert lib.outdated_pages() == [1, 2]
        lib.rebuild_articles()
        row = lib.query(
            'SELECT a.text, n.start, n."end", n.quote, n.note, n.detached '
            "FROM annotations n JOIN articles a ON a.id = n.article_id"
        )
        assert len(row) == 1 and row[0]["note"] == "旧版本的笔记" and not row[0]["detached"]
        assert row[0]["text"][row[0]["start"] : row[0]["end"]] == row[0]["quote"]
        assert lib.query("SELECT word FROM vocabulary") == [{"word": "工匠"}]
        assert (
            lib.query("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL")[0]["n"]
            == 1
        )
    finally:
        lib.close()
