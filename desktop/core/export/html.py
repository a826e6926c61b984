"""Notes as one standalone HTML file that reads well on screen and on paper.

Everything the page or the user wrote is escaped, so a note containing ``<script>`` shows as
text.  No external resources: the file opens offline and prints with its colours.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from desktop.core.export.progress import Ticker
from desktop.core.export.selection import ArticleNotes, NoteItem, SelectedNotes, display_time

#: Highlight colours: a light fill for the quote and a stronger bar beside it.
SWATCHES: dict[str, tuple[str, str]] = {
    "yellow": ("#fff3b0", "#e0b400"),
    "green": ("#d9f2d0", "#4c9a2a"),
    "blue": ("#d6e8fa", "#2f6db5"),
    "pink": ("#fadbe6", "#c2416e"),
    "purple": ("#e8defa", "#7048b6"),
}

_STYLE = """
:root { color-scheme: light; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
       color: #1d1d1f; background: #fbfaf7; margin: 0; line-height: 1.75; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 2rem 4rem; }
header h1 { font-size: 1.9rem; margin: 0 0 .25rem; letter-spacing: .05em; }
header p { color: #6b6b70; margin: 0 0 2rem; font-size: .9rem; }
article { margin: 0 0 2.75rem; }
article > h2 { font-size: 1.45rem; margin: 0 0 .35rem; line-height: 1.4;
               border-bottom: 2px solid #1d1d1f; padding-bottom: .3rem; }
.facts { color: #55555a; font-size: .88rem; margin: 0 0 1.2rem; }
.facts a { color: inherit; }
.facts span + span::before { content: " · "; color: #aaa; }
.note { margin: 0 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0; padding: .55rem .9rem; border-left: 5px solid var(--bar);
             background: var(--fill); white-space: pre-wrap; font-size: 1.08rem;
             -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.comment { margin: .5rem 0 0 1.1rem; white-space: pre-wrap;
           font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
                        "Microsoft YaHei", sans-serif; font-size: .97rem; }
.meta { margin: .3rem 0 0 1.1rem; color: #7a7a80; font-size: .78rem;
        font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
.meta .dot { display: inline-block; width: .7em; height: .7em; border-radius: 50%;
             background: var(--bar); margin-right: .3em; vertical-align: -.05em;
             -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.meta a { color: inherit; }
.detached { color: #a33; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  article > h2 { break-after: avoid; page-break-after: avoid; }
  .meta a { text-decoration: none; }
}
@page { margin: 18mm 16mm; }
"""


def _swatch_style(color: str) -> str:
    fill, bar = SWATCHES.get(color, SWATCHES["yellow"])
    return f"--fill: {fill}; --bar: {bar}"


def item_html(item: NoteItem) -> str:
    ann = item.annotation
    parts = [
        f'<section class="note" id="{escape(ann.uuid)}" style="{_swatch_style(ann.color)}">',
        f"<blockquote>{escape(ann.quote)}</blockquote>",
    ]
    if ann.note.strip():
        parts.append(f'<div class="comment">{escape(ann.note.strip())}</div>')
    meta = [f'<span class="dot"></span>{escape(ann.color)}', escape(display_time(ann.created_at))]
    if ann.detached:
        meta.append('<span class="detached">detached: its text changed</span>')
    if item.link:
        meta.append(f'<a href="{escape(item.link)}">open in Dubao</a>')
    parts += [f'<div class="meta">{" · ".join(meta)}</div>', "</section>"]
    return "\n".join(parts)


def article_open(group: ArticleNotes) -> str:
    art = group.article
    title = (art.title or "(untitled)") if art.id else "Notes whose article is gone"
    facts = [escape(v) for v in (art.paper, art.byline, art.page) if v]
    if art.id:
        facts.append(f'<a href="{escape(art.link)}">open article</a>')
    fact_html = "".join(f"<span>{f}</span>" for f in facts)
    return f'<article>\n<h2>{escape(title)}</h2>\n<p class="facts">{fact_html}</p>'


def document_head(notes: SelectedNotes) -> str:
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    n = len(notes)
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Dubao">\n'
        f"<title>Dubao 读报 notes</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<header><h1>读报 Notes</h1><p>{n} highlight{'s' if n != 1 else ''} from "
        f"{len(notes.groups)} article{'s' if len(notes.groups) != 1 else ''} · "
        f"exported {escape(stamp)}</p></header>"
    )


def write(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    chunks = [document_head(notes)]
    for group in notes.groups:
        chunks.append(article_open(group))
        for item in group.items:
            chunks.append(item_html(item))
            tick.step()
        chunks.append("</article>")
    chunks.append("</main>\n</body>\n</html>\n")
    path.write_text("\n".join(chunks), encoding="utf-8", newline="\n")
