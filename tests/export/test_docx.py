"""The Word export, opened with python-docx as Word would read it."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from desktop.core.export import export_notes
from desktop.core.export.docx_export import EAST_ASIAN_FONT
from desktop.core.export.html import SWATCHES
from desktop.core.links import parse_link

from .support import HOSTILE_NOTE, Annotated


def _style(p: docx.text.paragraph.Paragraph) -> str:
    return p.style.name if p.style is not None else ""


def test_docx_has_articles_quotes_notes_and_links(annotated: Annotated, out: Path) -> None:
    dest = out / "notes.docx"
    export_notes(annotated.library, "docx", dest)
    doc = docx.Document(str(dest))
    headings = [p.text for p in doc.paragraphs if _style(p) == "Heading 1"]
    assert headings == [a.title or "(untitled)" for a in annotated.articles]
    quotes = [p for p in doc.paragraphs if _style(p) == "Quote"]
    assert sorted(p.text for p in quotes) == sorted(a.quote for a in annotated.made)
    fills = {p.text: p._p.pPr.find(qn("w:shd")).get(qn("w:fill")) for p in quotes}
    for ann in annotated.made:
        assert fills[ann.quote] == SWATCHES[ann.color][0][1:].upper()
    texts = [p.text for p in doc.paragraphs]
    assert HOSTILE_NOTE in texts  # user text is stored as text, line breaks kept
    links = [h.address for p in doc.paragraphs for h in p.hyperlinks]
    assert {parse_link(u) for u in links} == {(a.article_id, a.uuid) for a in annotated.made}
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT


def test_control_characters_do_not_break_the_document(annotated: Annotated, out: Path) -> None:
    annotated.notes.update(annotated.made[0].uuid, note="bell\x07 and nul\x00 removed\tok")
    dest = out / "notes.docx"
    export_notes(annotated.library, "docx", dest)
    assert "bell and nul removed\tok" in [p.text for p in docx.Document(str(dest)).paragraphs]
