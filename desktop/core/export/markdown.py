"""Notes as Markdown that reads well in Obsidian (and any other Markdown viewer).

One section per article (title, paper, byline, page); each highlight is a block quote with
every line quoted, its note below, then colour, time and a ``dubao://`` backlink.  Text from
the page and from the user is escaped so it shows literally, never as Markdown or HTML.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from desktop.core.export.progress import Ticker
from desktop.core.export.selection import ArticleNotes, NoteItem, SelectedNotes, display_time

_INLINE = re.compile(r"([\\`*\[\]<>#|~=!$^]|(?<!\w)_|_(?!\w))")
_RULE = re.compile(r"\s*-[-\s]*")
_LEADING = re.compile(r"^(\s*)([-+>]|(?:\d+))([.)]?)(?=\s|$)")


def escape(text: str) -> str:
    """Markdown-escape one line: inline specials, and list or quote markers at its start."""
    text = _INLINE.sub(r"\\\1", text)
    if _RULE.fullmatch(text):  # "---" would be a rule or turn the line above into a heading
        return text.replace("-", "\\-", 1)
    return _LEADING.sub(_escape_marker, text)


def _escape_marker(m: re.Match[str]) -> str:
    indent, marker, dot = m.groups()
    if marker.isdigit():  # "1. " is escaped as "1\. " (a backslash before a digit is literal)
        return indent + marker + ("\\" + dot if dot else "")
    return indent + "\\" + marker + dot


def quoted(text: str) -> list[str]:
    """``text`` as block-quote lines; every line (blank ones too) starts with ``>``."""
    return [f"> {escape(line)}".rstrip() for line in text.split("\n")]


def note_lines(text: str) -> list[str]:
    """A note as paragraphs; single line breaks are kept (a trailing backslash)."""
    lines = [escape(line) for line in text.strip().split("\n")]
    return [
        line + "\\" if line and i + 1 < len(lines) and lines[i + 1] else line
        for i, line in enumerate(lines)
    ]


def item_lines(item: NoteItem) -> list[str]:
    ann = item.annotation
    out = quoted(ann.quote)
    if ann.note.strip():
        out += ["", *note_lines(ann.note)]
    meta = [f"colour: {ann.color}", display_time(ann.created_at)]
    if ann.detached:
        meta.append("detached (its text changed)")
    if item.link:
        meta.append(f"[open in Dubao]({item.link})")
    # The Obsidian block id lets other notes link to this highlight (^dubao-… ).
    out += ["", " · ".join(meta) + f" ^dubao-{ann.uuid[:8]}", ""]
    return out


def article_lines(group: ArticleNotes) -> list[str]:
    art = group.article
    title = (art.title or "(untitled)") if art.id else "Notes whose article is gone"
    out = [f"## {escape(title)}", ""]
    facts = [
        f"**{label}:** {escape(value)}"
        for label, value in (("Paper", art.paper), ("Byline", art.byline), ("Page", art.page))
        if value
    ]
    if art.id:
        facts.append(f"[open article in Dubao]({art.link})")
    if facts:
        out += ["  \n".join(facts), ""]
    return out


def front_matter(notes: SelectedNotes) -> list[str]:
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    return [
        "---",
        "title: Dubao notes",
        f"exported: {stamp}",
        f"highlights: {len(notes)}",
        "tags: [dubao]",
        "---",
        "",
        "# Dubao 读报 notes",
        "",
    ]


def write(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    lines = front_matter(notes)
    for group in notes.groups:
        lines += article_lines(group)
        for item in group.items:
            lines += item_lines(item)
            tick.step()
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8", newline="\n")
