"""Choosing what to export: articles, colours, dates; tombstones never, detached ones flagged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.export import NoteFilter, SelectionError, parse_date, select_notes

from .support import Annotated


def _uuids(annotated: Annotated, flt: NoteFilter | None = None) -> set[str]:
    return {i.annotation.uuid for i in select_notes(annotated.library, flt).items}


def test_everything_but_deleted(annotated: Annotated) -> None:
    assert _uuids(annotated) == {a.uuid for a in annotated.made}


def test_grouped_by_article_in_text_order_with_metadata(annotated: Annotated) -> None:
    chosen = select_notes(annotated.library)
    assert [g.article.id for g in chosen.groups] == [a.id for a in annotated.articles]
    for group, art in zip(chosen.groups, annotated.articles, strict=True):
        assert group.article.title == (art.title or "")
        assert group.article.page == art.source
        starts = [i.annotation.start for i in group.items]
        assert starts == sorted(starts)


def test_by_article(annotated: Annotated) -> None:
    second = annotated.articles[1]
    assert second.id
    flt = NoteFilter(article_ids=[second.id])
    assert _uuids(annotated, flt) == {a.uuid for a in annotated.made if a.article_id == second.id}


def test_by_colours(annotated: Annotated) -> None:
    got = _uuids(annotated, NoteFilter(colors=["pink", "blue"]))
    assert got == {a.uuid for a in annotated.made if a.color in {"pink", "blue"}}


def test_unknown_colour_is_refused(annotated: Annotated) -> None:
    with pytest.raises(SelectionError, match="chartreuse"):
        select_notes(annotated.library, NoteFilter(colors=["chartreuse"]))


def test_by_date(annotated: Annotated) -> None:
    old = replace(annotated.made[0], created_at="2020-05-01T10:00:00.000+00:00")
    annotated.notes.save(old)
    everyone = {a.uuid for a in annotated.made}
    assert _uuids(annotated, NoteFilter(until=date(2020, 5, 2))) == {old.uuid}
    assert _uuids(annotated, NoteFilter(since=date(2021, 1, 1))) == everyone - {old.uuid}
    # A day is inclusive at both ends; an aware datetime is taken as it is.
    at = datetime(2020, 5, 1, 10, tzinfo=UTC)
    assert _uuids(annotated, NoteFilter(since=at, until=at)) == {old.uuid}
    assert _uuids(annotated, NoteFilter(since=at + timedelta(seconds=1))) == everyone - {old.uuid}


def test_empty_date_range_is_refused(annotated: Annotated) -> None:
    with pytest.raises(SelectionError, match="before"):
        select_notes(annotated.library, NoteFilter(since=date(2025, 2, 1), until=date(2025, 1, 1)))


def test_detached_annotations_are_exported_and_flagged(annotated: Annotated) -> None:
    lost = replace(annotated.made[3], detached=True)
    annotated.notes.save(lost)
    items = {i.annotation.uuid: i for i in select_notes(annotated.library).items}
    assert items[lost.uuid].annotation.detached


def test_parse_date() -> None:
    assert parse_date("2025-02-03") == date(2025, 2, 3)
    assert parse_date("2025-02-03T08:00:00+08:00") == datetime.fromisoformat(
        "2025-02-03T08:00:00+08:00"
    )
    with pytest.raises(SelectionError):
        parse_date("yesterday")
