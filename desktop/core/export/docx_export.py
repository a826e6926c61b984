"""Notes as a Word document (python-docx), for people who hand notes on in Word.

One heading per article with its paper, byline and page; each highlight is a quote shaded
in its colour, its note below, then colour, time and a ``dubao://`` hyperlink.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor

from desktop.core.export.html import SWATCHES
from desktop.core.export.progress import Ticker
from desktop.core.export.selection import ArticleNotes, NoteItem, SelectedNotes, display_time

#: A CJK font Word has on Windows and macOS; others fall back to their own.
EAST_ASIAN_FONT = "SimSun"
_GREY = RGBColor(0x6B, 0x6B, 0x70)
FACTS_STYLE = "Dubao Article Details"
META_STYLE = "Dubao Note Details"
# Characters XML 1.0 forbids; python-docx refuses text containing them.
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _set_up_styles(doc: DocxDocument) -> None:
    """A CJK font for every style used, and small grey styles for the details lines.

    Named styles (not per-run formatting) keep the file small and let Word users restyle.
    """
    for name, size in ((FACTS_STYLE, 9.5), (META_STYLE, 8.5)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(size)
        style.font.color.rgb = _GREY
    quote = doc.styles["Quote"]
    quote.font.italic = False  # Chinese has no italics; only the digits would slant
    quote.font.size = Pt(11.5)
    quote.font.color.rgb = RGBColor(0x1D, 0x1D, 0x1F)
    doc.styles[META_STYLE].paragraph_format.space_after = Pt(14)
    for name in ("Normal", "Heading 1", "Title", "Quote", FACTS_STYLE, META_STYLE):
        rpr = doc.styles[name].element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)


class _Builder:
    """Appends paragraphs and links to the document body in constant time each.

    python-docx's ``add_paragraph`` scans the body for ``w:sectPr``, its style setter looks
    the style up by name and ``relate_to`` scans every relationship: each is linear, so
    10,000 notes took three minutes.  Here style ids are looked up once, paragraphs are built
    as XML and go straight before ``w:sectPr``, and each link gets a fresh relationship id.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._body = doc.element.body
        self._end = self._body.sectPr
        self._style_ids: dict[str, str] = {}
        self._links = 0

    def _style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = str(self.doc.styles[name].style_id)
        return self._style_ids[name]

    def paragraph(
        self, text: str = "", style: str | None = None, colour: str | None = None
    ) -> BaseOxmlElement:
        """A ``w:p`` with one run of ``text`` (line breaks kept) in ``style``.

        ``colour`` shades the paragraph like the highlight, with a bar on the left, in the
        same palette as the HTML export (Word's own highlight colours are few and harsh).
        """
        p = OxmlElement("w:p")
        props = _sub(p, "w:pPr")
        if style is not None:
            _sub(props, "w:pStyle", val=self._style_id(style))
        if colour is not None:
            fill, bar = SWATCHES.get(colour, SWATCHES["yellow"])
            left = _sub(_sub(props, "w:pBdr"), "w:left", val="single")
            left.set(qn("w:sz"), "24")
            left.set(qn("w:space"), "8")
            left.set(qn("w:color"), bar[1:].upper())
            shading = _sub(props, "w:shd", val="clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), fill[1:].upper())
        if text:
            _add_text(_sub(p, "w:r"), text)
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        return p

    def hyperlink(self, p: BaseOxmlElement, url: str, text: str) -> None:
        """A clickable external link (python-docx has no API for adding one)."""
        self._links += 1
        rel_id = f"rIdDubaoLink{self._links}"
        self.doc.part.rels.add_relationship(
            RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True
        )
        link = _sub(p, "w:hyperlink")
        link.set(qn("r:id"), rel_id)
        run = _sub(link, "w:r")
        props = _sub(run, "w:rPr")
        _sub(props, "w:rStyle", val="Hyperlink")
        _sub(props, "w:color", val="2F6DB5")
        _sub(props, "w:u", val="single")
        _add_text(run, text)


def _sub(parent: BaseOxmlElement, tag: str, val: str | None = None) -> BaseOxmlElement:
    child: BaseOxmlElement = OxmlElement(tag)
    parent.append(child)
    if val is not None:
        child.set(qn("w:val"), val)
    return child


def _add_text(run: BaseOxmlElement, text: str) -> None:
    """Text as ``w:t`` pieces with ``w:br`` for line breaks and ``w:tab`` for tabs."""
    for i, line in enumerate(text.split("\n")):
        if i:
            _sub(run, "w:br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                _sub(run, "w:tab")
            if piece:
                t = _sub(run, "w:t")
                t.text = piece
                t.set(_XML_SPACE, "preserve")


def _article(out: _Builder, group: ArticleNotes) -> None:
    art = group.article
    title = (art.title or "(untitled)") if art.id else "Notes whose article is gone"
    out.paragraph(clean(title), "Heading 1")
    facts = " · ".join(clean(v) for v in (art.paper, art.byline, art.page) if v)
    if facts:
        out.paragraph(facts, FACTS_STYLE)


def _item(out: _Builder, item: NoteItem) -> None:
    ann = item.annotation
    out.paragraph(clean(ann.quote), "Quote", ann.color)
    if ann.note.strip():
        out.paragraph(clean(ann.note.strip()))
    bits = [ann.color, display_time(ann.created_at)]
    if ann.detached:
        bits.append("detached: its text changed")
    meta = out.paragraph(" · ".join(bits) + (" · " if item.link else ""), META_STYLE)
    if item.link:
        out.hyperlink(meta, item.link, "open in Dubao")


def write(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    doc = Document()
    _set_up_styles(doc)
    doc.core_properties.title = "Dubao notes"
    doc.core_properties.author = "Dubao"
    out = _Builder(doc)
    out.paragraph("读报 Notes", "Title")
    for group in notes.groups:
        _article(out, group)
        for item in group.items:
            _item(out, item)
            tick.step()
    doc.save(str(path))
