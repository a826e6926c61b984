"""W3C Web Annotation export, validated as the data model, and read back by ``notes import``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core.export import W3CFormatError, export_notes, import_notes
from desktop.core.export.w3c import ANNO_CONTEXT
from desktop.core.links import parse_link
from desktop.core.models import COLORS, Annotation
from desktop.core.store import Library
from desktop.core.store.annotations import Annotations

from .support import Annotated

MOTIVATIONS = {"highlighting", "commenting", "bookmarking", "describing", "tagging"}


def _export(annotated: Annotated, out: Path) -> Path:
    dest = out / "notes.json"
    export_notes(annotated.library, "json", dest)
    return dest


def _check_annotation(item: dict[str, Any], library: Library) -> None:
    """The parts of the W3C model (and Dubao's additions) every exported annotation must have."""
    assert item["type"] == "Annotation"
    assert item["id"].startswith("urn:uuid:")
    assert item["motivation"] in MOTIVATIONS
    datetime.fromisoformat(item["created"])
    datetime.fromisoformat(item["modified"])
    if "body" in item:
        body = item["body"]
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body["format"] == "text/plain" and item["motivation"] == "commenting"
    target = item["target"]
    article_id, _ = parse_link(target["source"])
    kinds = {s["type"]: s for s in target["selector"]}
    quote, position = kinds["TextQuoteSelector"], kinds["TextPositionSelector"]
    article = library.article(article_id)
    assert article is not None
    text = article.text
    assert text[position["start"] : position["end"]] == quote["exact"]
    assert text[: position["start"]].endswith(quote.get("prefix", ""))
    assert text[position["end"] :].startswith(quote.get("suffix", ""))
    assert item["dubao:color"] in COLORS
    assert item["dubao:article"]["id"] == article_id
    assert item["dubao:article"]["title"] == (article.title or "")
    assert item["dubao:paper"] == (article.publication or "")
    assert parse_link(item["dubao:link"]) == (article_id, item["id"].removeprefix("urn:uuid:"))


def test_export_is_a_valid_annotation_collection(annotated: Annotated, out: Path) -> None:
    data = json.loads(_export(annotated, out).read_text(encoding="utf-8"))
    context = data["@context"]
    assert context[0] == ANNO_CONTEXT and "dubao" in context[1]
    assert data["type"] == "AnnotationCollection"
    page = data["first"]
    assert page["type"] == "AnnotationPage"
    assert data["total"] == len(page["items"]) == len(annotated.made)
    for item in page["items"]:
        _check_annotation(item, annotated.library)
    with_note = [i for i in page["items"] if "body" in i]
    assert len(with_note) == len([a for a in annotated.made if a.note])


def _fields(a: Annotation) -> tuple[object, ...]:
    return (
        a.uuid, a.article_id, a.start, a.end, a.quote, a.prefix, a.suffix, a.color, a.note,
        a.created_at, a.updated_at, a.detached,
    )  # fmt: skip


@pytest.fixture
def fresh(tmp_path: Path, seeds: list[Path]) -> Iterator[Library]:
    """A second library with the same pages, as on another computer."""
    library = Library.open(tmp_path / "fresh-home")
    library.import_paths(seeds)
    yield library
    library.close()


def test_round_trip_into_a_fresh_library(annotated: Annotated, out: Path, fresh: Library) -> None:
    path = _export(annotated, out)
    report = import_notes(fresh, path)
    assert report.not_anchored == [] and report.fuzzy == [] and report.moved == []
    assert sorted(report.imported) == sorted(a.uuid for a in annotated.made)
    before = sorted(_fields(a) for a in annotated.notes.all())
    after = sorted(_fields(a) for a in Annotations(fresh).all())
    assert after == before
    assert report.changes.annotations == {a.article_id for a in annotated.made}
    again = import_notes(fresh, path)
    assert again.imported == [] and len(again.already_present) == len(annotated.made)


def _item(annotated: Annotated, out: Path, n: int = 0) -> dict[str, Any]:
    data = json.loads(_export(annotated, out).read_text(encoding="utf-8"))
    return dict(data["first"]["items"][n])


def _write(out: Path, data: object) -> Path:
    path = out / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("shape", ["single", "list", "page"])
def test_accepts_single_list_and_page(
    annotated: Annotated, out: Path, fresh: Library, shape: str
) -> None:
    item = _item(annotated, out)
    data: object = {
        "single": item,
        "list": [item],
        "page": {"type": "AnnotationPage", "items": [item]},
    }[shape]
    report = import_notes(fresh, _write(out, data))
    assert report.imported == [item["id"].removeprefix("urn:uuid:")]


def _unique_span(library: Library, length: int = 12) -> tuple[int, str, int]:
    """An article id, a quote found in no other article, and its offset."""
    for art in library.articles():
        text = art.text
        for start in range(0, max(0, len(text) - length), 37):
            quote = text[start : start + length]
            if "\n" in quote:
                continue
            hits = library.query("SELECT id FROM articles WHERE instr(text, ?) > 0", [quote])
            if len(hits) == 1 and art.id is not None:
                return art.id, quote, start
    raise AssertionError("no unique span in the seeds")


def test_quote_alone_places_a_hypothesis_export(fresh: Library, out: Path) -> None:
    article_id, quote, start = _unique_span(fresh)
    hypothesis_result = {
        "total": 1,
        "rows": [
            {
                "id": "Zx9kQpLmEe-abc",
                "uri": "https://example.com/paper.html",
                "text": "从网页上标注的",
                "tags": ["读报"],
                "target": [
                    {
                        "source": "https://example.com/paper.html",
                        "selector": [
                            {"type": "RangeSelector", "startContainer": "/p[1]"},
                            {"type": "TextQuoteSelector", "exact": quote},
                        ],
                    }
                ],
            }
        ],
    }
    report = import_notes(fresh, _write(out, hypothesis_result))
    assert len(report.imported) == 1 and report.moved == report.imported
    ann = Annotations(fresh).get(report.imported[0])
    assert ann is not None
    assert (ann.article_id, ann.start, ann.quote, ann.note) == (
        article_id, start, quote, "从网页上标注的",
    )  # fmt: skip
    assert ann.color == "yellow"
    # The same file again: the id Hypothesis gave it makes it the same annotation.
    assert len(import_notes(fresh, _write(out, hypothesis_result)).already_present) == 1


def test_text_that_changed_a_little_is_placed_fuzzily(fresh: Library, out: Path) -> None:
    article_id, quote, start = _unique_span(fresh, 20)
    changed = quote[:9] + "某" + quote[10:]
    item = {
        "type": "Annotation",
        "target": {
            "source": f"dubao://article/{article_id}",
            "selector": [
                {"type": "TextQuoteSelector", "exact": changed},
                {"type": "TextPositionSelector", "start": start, "end": start + 20},
            ],
        },
    }
    report = import_notes(fresh, _write(out, item))
    assert report.fuzzy == report.imported and len(report.imported) == 1
    ann = Annotations(fresh).get(report.imported[0])
    assert ann is not None and ann.quote == quote


def test_what_cannot_be_anchored_is_reported(fresh: Library, out: Path) -> None:
    article_id, quote, _ = _unique_span(fresh)
    nowhere = "这句话在任何文章里都找不到啊"
    items = [
        {"type": "Annotation", "target": {"source": f"dubao://article/{article_id}",
         "selector": {"type": "TextQuoteSelector", "exact": nowhere}}},
        {"type": "Annotation", "target": {"source": "dubao://article/999999",
         "selector": {"type": "TextQuoteSelector", "exact": nowhere}}},
        {"type": "Annotation", "target": "https://example.com/whole-page"},
        {"type": "Annotation", "body": "no target at all"},
        "not an annotation",
        {"type": "Annotation", "target": {"source": "dubao://article/999999",
         "selector": {"type": "TextQuoteSelector", "exact": quote}}},
    ]  # fmt: skip
    report = import_notes(fresh, _write(out, items))
    assert [n.index for n in report.not_anchored] == [0, 1, 2, 3, 4]
    reasons = [n.reason for n in report.not_anchored]
    assert f"the quote is not in article {article_id}" in reasons[0]
    assert "article 999999 is not in this library" in reasons[1]
    assert "no TextQuoteSelector" in reasons[2]
    assert "no target" in reasons[3]
    assert "not a JSON object" in reasons[4]
    # The last one names a missing article but its quote is in exactly one: placed there.
    assert len(report.imported) == 1 and report.moved == report.imported
    assert "5 not anchored" in report.summary()
    assert Annotations(fresh).all()[0].article_id == article_id


def test_ambiguous_quote_is_not_guessed(fresh: Library, out: Path) -> None:
    rows = fresh.query("SELECT text FROM articles")
    common = next(
        w for w in ("工会", "职工", "记者", "企业")
        if sum(w in r["text"] for r in rows) > 1
    )  # fmt: skip
    item = {"type": "Annotation", "target": {"source": "https://example.com",
            "selector": {"type": "TextQuoteSelector", "exact": common}}}  # fmt: skip
    report = import_notes(fresh, _write(out, item))
    assert report.imported == []
    assert "articles have the quote" in report.not_anchored[0].reason


def test_unreadable_files_raise_a_clear_error(fresh: Library, out: Path) -> None:
    bad = out / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(W3CFormatError, match="not JSON"):
        import_notes(fresh, bad)
    with pytest.raises(W3CFormatError, match="cannot read"):
        import_notes(fresh, out / "missing.json")


def test_import_can_be_cancelled(annotated: Annotated, out: Path, fresh: Library) -> None:
    report = import_notes(fresh, _export(annotated, out), cancelled=lambda: True)
    assert report.cancelled and report.imported == []
    assert Annotations(fresh).all() == []
