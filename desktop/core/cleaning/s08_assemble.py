"""Stage 8 — assemble: segments to :class:`~desktop.core.models.Article` objects.

Decides the article kind (notice, commentary, photo, brief, article) from general cues —
notice words in the title, a commentator byline, a body that is only a caption — and
whether the page holds the whole story (``complete``).
"""

from __future__ import annotations

import re

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_ends import closes
from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.textutil import (
    NOTICE_TITLE_RE,
    ends_sentence,
)
from desktop.core.cleaning.wording import starts_mid_sentence
from desktop.core.models import Article, ArticleKind, Block

_COMMENT_RE = re.compile(r"评论员|评论|时评|社评|观点|锐评|短评|工评")
_BRIEF_CHARS = 160


def _kind(seg: Segment, blocks: list[Block]) -> ArticleKind:
    title = seg.title or ""
    if NOTICE_TITLE_RE.search(title):
        return "notice"
    if seg.kind == "photo":
        return "photo"
    if _COMMENT_RE.search(seg.byline or "") or _COMMENT_RE.search(seg.kicker or ""):
        return "commentary"
    paras = [b for b in blocks if b.type == "paragraph"]
    if not paras and any(b.type == "caption" for b in blocks):
        return "photo"
    if seg.title is None and sum(len(b.text) for b in paras) < _BRIEF_CHARS:
        return "brief"
    return "article"


#: Something in brackets at the end of a paragraph: after its last sentence, a note on
#: the source, a dateline, who else reported.
_NOTE_AFTER_RE = re.compile(r"[（(][^（）()]{1,30}[）)]$")


def _complete(seg: Segment) -> bool:
    paras = [p for p in seg.pieces if p.type == "paragraph"]
    if not paras:
        return True
    first, last = paras[0].text, paras[-1].text
    fragment = starts_mid_sentence(first) or (len(first) <= 8 and ends_sentence(first))
    if not seg.headed and fragment:
        return False
    if seg.jumped:
        return False
    note = _NOTE_AFTER_RE.search(last)  # （据新华社郑州9月9日电）, （本报…电）
    if note and ends_sentence(last[: note.start()]):
        return True  # …坚守……（殷伟杰参与采写）
    # a sentence's end, or a signature or credit after the last sentence (…广泛好评。
    # 何昇洪刘谋强摄, …主力军。 读者 薛芳玲), which the byline may not have taken
    return closes(last) or (seg.closed and bool(seg.byline))


def _blocks(seg: Segment) -> list[Block]:
    out: list[Block] = []
    for p in seg.pieces:
        if p.type == "table":
            out.append(Block("table", "", tuple(tuple(r) for r in p.rows)))
        elif p.type in ("paragraph", "subhead", "caption") and p.text.strip():
            out.append(Block(p.type, p.text.strip()))  # type: ignore[arg-type]
    return out


def assemble(
    segments: list[Segment], source: str, options: CleanOptions | None = None
) -> list[Article]:
    """One article per segment, keyed ``source#n`` in page order."""
    arts: list[Article] = []
    for n, seg in enumerate(segments, 1):
        blocks = _blocks(seg)
        arts.append(
            Article(
                source=source,
                kind=_kind(seg, blocks),
                title=seg.title,
                subtitle=seg.subtitle,
                kicker=seg.kicker,
                byline=seg.byline,
                publication=seg.publication,
                complete=_complete(seg),
                blocks=blocks,
                key=f"{source}#{n}",
            )
        )
    return arts
