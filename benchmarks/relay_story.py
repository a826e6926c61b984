"""The stories ``benchmarks/relay.py`` lays out, and the truth its gold gives of each.

A :class:`Story` is an article reduced to what the truth needs: its headlines, byline and
blocks, and how much of its own text is a lead-in, a closing credit or a wire title line
that a correct cleaner moves out of the body.  :func:`story_pool` reads them from the seed
pages; ``relay_cpp.py`` and ``relay_json.py`` build them from other text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.cleaning import clean_page
from desktop.core.models import Article

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Story:
    """One article to lay out, reduced to what the truth needs."""

    kind: str
    title: str | None
    subtitle: str | None
    kicker: str | None
    byline: str | None
    blocks: list[tuple[str, str]]  # (paragraph|subhead, text)
    #: Characters of the first paragraph that are its own lead-in (``本报讯 记者X报道``)
    #: and of the last that are its own closing credit: printed, but not body text.
    lead_chars: int = 0
    credit_chars: int = 0
    #: The first paragraph is a wire title line (``新华社北京6月27日电 题：…``): the
    #: story's title printed once more, not body text.
    title_line: bool = False
    #: The last paragraph is a note set alone under the text (（摘编自《…》）): printed
    #: on a line of its own, it ends the paragraph above, as the cleaner gives it
    #: (tests/cleaning/test_print_story_bounds.py).
    note_alone: bool = False

    def printed_paras(self) -> list[str]:
        """Every paragraph as printed."""
        return [t for k, t in self.blocks if k == "paragraph"]

    def credit_alone(self) -> bool:
        """The closing credit is a paragraph of its own (``(本报实习生 郭艳艳)``)."""
        paras = self.printed_paras()
        return len(paras) > 1 and 0 < self.credit_chars == len(paras[-1])

    def body_paras(self) -> list[str]:
        """The paragraphs that are body text (a credit that is a paragraph of its own is
        none)."""
        paras = self.printed_paras()
        if self.credit_alone():
            paras = paras[:-1]
        return paras[1:] if self.title_line and len(paras) > 1 else paras


def story_pool() -> list[Story]:
    """The seed pages' articles as the cleaner reads them, one edition of each story."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out: list[Story] = []
    seen: list[set[str]] = []
    for p in seeds:
        for a in clean_page(p.read_text("utf-8"), p.name).articles:
            st = _story(a)
            if st is None:
                continue
            text = "".join(t for _, t in st.blocks)
            grams = {text[k : k + 4] for k in range(len(text) - 3)}
            if any(len(grams & g) > 0.3 * min(len(grams), len(g)) for g in seen):
                continue  # the same story printed twice: keep one edition
            seen.append(grams)
            out.append(st)
    return out


def _story(a: Article) -> Story | None:
    if a.kind == "notice" or not a.blocks:
        return None
    blocks = [(b.type, b.text) for b in a.blocks if b.type in ("paragraph", "subhead")]
    if a.kind == "photo":
        text = " ".join(b.text for b in a.blocks if b.type in ("paragraph", "caption"))
        blocks = [("paragraph", text)]
    if not any(t == "paragraph" for t, _ in blocks):
        return None
    byline = a.byline
    kicker = a.kicker if a.kicker and len(a.kicker) <= 40 else None
    return Story(a.kind, a.title, a.subtitle, kicker, byline, blocks)


def body_truth(st: Story) -> dict[str, object]:
    """The gold's body_start, body_end and paragraph count: the story's first and last
    words, past any lead-in, credit or title line its own text prints."""
    paras = st.body_paras()
    last = paras[-1] if st.credit_alone() else paras[-1][: len(paras[-1]) - st.credit_chars]
    lead = 0 if st.title_line else st.lead_chars
    # a bullet opening the text is an ornament, dropped like any other (■ 要…)
    start = paras[0][lead:].lstrip(BULLETS).lstrip()
    # (a note that reads as a credit of its own is already left out)
    count = len(paras) - (st.note_alone and not st.credit_alone())
    return {"body_start": start[:15], "body_end": last[-15:], "paragraphs": count}


#: Ornaments a paragraph may open with (kept apart from the cleaner's own list).
BULLETS = "□■◎●○▲△▼▽◆◇★☆"
