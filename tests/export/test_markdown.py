"""Markdown for Obsidian: a section per article, every quote line quoted, backlinks that parse."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.export import export_notes
from desktop.core.export.markdown import escape, quoted
from desktop.core.links import parse_link

from .support import Annotated


def _export(annotated: Annotated, out: Path) -> str:
    dest = out / "notes.md"
    result = export_notes(annotated.library, "md", dest)
    assert (result.count, result.articles) == (5, 3)
    return dest.read_text(encoding="utf-8")


def test_one_section_per_article_with_its_details(annotated: Annotated, out: Path) -> None:
    text = _export(annotated, out)
    assert text.startswith("---\n")  # front matter Obsidian reads as properties
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [f"## {escape(a.title or '(untitled)')}" for a in annotated.articles]
    for art in annotated.articles:
        assert f"dubao://article/{art.id})" in text
        if art.byline:
            assert f"**Byline:** {escape(art.byline)}" in text
        assert f"**Page:** {escape(art.source)}" in text


def test_every_line_of_a_quote_is_quoted(annotated: Annotated, out: Path) -> None:
    text = _export(annotated, out)
    multi = annotated.made[1].quote
    assert "\n" in multi
    block = "\n".join(f"> {escape(line)}".rstrip() for line in multi.split("\n"))
    assert block in text


def test_notes_colour_time_and_backlink(annotated: Annotated, out: Path) -> None:
    text = _export(annotated, out)
    links = re.findall(r"\[open in Dubao\]\((dubao://[^)]+)\)", text)
    made = {(a.article_id, a.uuid) for a in annotated.made}
    assert {parse_link(u) for u in links} == made
    assert "第一条笔记\\\n第二行" in text  # the line break inside a note is kept
    for ann in annotated.made:
        assert f"colour: {ann.color} · " in text
    assert "deleted, never exported" not in text


def test_user_text_cannot_become_markup(annotated: Annotated, out: Path) -> None:
    text = _export(annotated, out)
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert not any(line.startswith("# 不是标题") for line in text.splitlines())


def test_escape_keeps_plain_chinese_and_words_intact() -> None:
    assert escape("杭州——这座城，何以滋养出“六小龙”？") == "杭州——这座城，何以滋养出“六小龙”？"
    assert escape("000_aaabd28e.txt") == "000_aaabd28e.txt"
    assert escape("1. 第一") == "1\\. 第一"
    assert escape("- 列表") == "\\- 列表"
    assert escape("---") == "\\---"


@given(st.text(alphabet=st.sampled_from("读报ab1.-#>*_\n [] `<"), max_size=40))
def test_every_quote_line_starts_a_block_quote(text: str) -> None:
    lines = quoted(text)
    assert len(lines) == len(text.split("\n"))
    assert all(line == ">" or line.startswith("> ") for line in lines)
    # Nothing inside can open a nested construct: after "> " no line starts with a marker.
    for line in lines:
        body = line[2:]
        assert not re.match(r"\s*(#|>|[-+*] |\d+[.)] |---)", body)
