"""Held-out quality check: seed articles re-laid into new raw pages with known truth.

Each synthetic page takes 3–6 articles (as the cleaner reads the seed pages) and prints
them again the way the seed newspapers do: a narrow column of random width (11–25), column
breaks as blank lines every so many lines (mid-sentence or at a sentence end), indented or
flush paragraphs, bylines glued to the first body line or on a line of their own behind an
ornament (``■记者X``), credits closing a story, headlines
collected at the end of the page (sometimes printed before the body, sometimes two short
ones side by side on one line), decks, kickers and place tags, spaced-out runs and wide
photo captions with a photographer credit.  Next to each page goes a gold file in the
format of ``tests/gold/FORMAT.md``, so the project's own scorer (``tests/gold/score.py --gold DIR``)
measures the cleaner on pages it never saw.

Pages are split into two halves by their random seed: ``tune`` (for development) and
``confirm`` (looked at only to confirm a change).

Usage::

    uv run python benchmarks/relay.py [--source seeds|cpp|FILE.json] [--pages 200] [--seed 7]
        [--out /tmp/relay] [-v]

``--source cpp`` takes the stories from ``benchmarks/relay_cpp.py`` instead: synthetic news
built from corpus sentences the cleaner was never developed on.  ``--source FILE.json``
takes them from a JSON file of stories you collected (real news not in the repository).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.textutil import char_width

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT / "tests" / "gold" / "score.py"


def _sibling(name: str) -> Any:
    """A module next to this script (benchmarks is not a package)."""
    spec = importlib.util.spec_from_file_location(
        f"dubao_{name}", Path(__file__).with_name(f"{name}.py")
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (a dataclass looks its module up while it is built)
    spec.loader.exec_module(mod)
    return mod


#: The stories laid out, and the truth the gold gives of each (``relay_story.py``).
_STORIES = _sibling("relay_story")
_Story = _STORIES.Story
_body_truth = _STORIES.body_truth
story_pool = _STORIES.story_pool

_SENT_END = "。！？"


@dataclass
class _Layout:
    """The page's typography, drawn once per page."""

    width: int
    #: How many characters the first line of a paragraph gives up (0: flush).
    indent: int
    col_height: int
    blank_paras: float
    rng: random.Random
    out: list[str] = field(default_factory=list)
    in_column: int = 0
    #: Line breaks that fell inside a paragraph: (text, position, and the span of the text
    #: that is body, past the story's own lead-in and before its own credit).
    breaks: list[tuple[str, int, int, int]] = field(default_factory=list)

    def emit(self, line: str) -> None:
        self.out.append(line)
        if line:
            self.in_column += 1
            if self.in_column >= self.col_height:
                self.in_column = 0
                if self.out[-1] != "":
                    self.out.append("")  # the column ends: a blank line wherever it falls

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def paragraph(
        self, text: str, lead: str = "", first: bool = False, own: tuple[int, int] = (0, 0)
    ) -> None:
        """Lay *lead* + *text* in the column; record breaks inside *text* for probes.

        *own* counts the characters at the start and end of *text* that are its own
        lead-in and credit: a correct cleaner moves them out, so no probe spans them."""
        full = lead + text
        pos, line_no = 0, 0
        while pos < len(full):
            w = self.width - (self.indent if line_no == 0 else 0)
            line = _fit(full, pos, w)
            pos += len(line)
            self.emit(line)
            if pos < len(full) and pos > len(lead):
                self.breaks.append((text, pos - len(lead), own[0], len(text) - own[1]))
            line_no += 1
        if self.rng.random() < self.blank_paras or not self.indent:
            self.blank()


_NO_START = set("，。、；：！？”’）》…")
_NO_END = set("“‘（《")


def _fit(text: str, pos: int, w: float) -> str:
    """The next line of a column *w* em wide, set as a compositor would: ASCII is half
    width, closing punctuation never starts a line, opening quotes never end one."""
    end, used = pos, 0.0
    while end < len(text) and used + char_width(text[end]) <= w:
        used += char_width(text[end])
        end += 1
    if end < len(text) and text[end] in _NO_START:
        end += 1  # hung in the margin
        while end < len(text) and text[end] in _NO_START and text[end - 1] in "。！？":
            end += 1  # a closing quote after the full stop hangs with it
    elif end - pos > 2 and text[end - 1] in _NO_END:
        end -= 1
    while end < len(text) and text[end] == " ":
        end += 1  # a word space at a line end is not printed at the next line's start
    return text[pos:end]


#: Share of stories printed under their title whose byline gets a line of its own.
_BYLINE_LINE = 0.3
_ORNAMENTS = ("■", "□", "◎", "●", "")


def _opens_on_note(st: _Story) -> bool:
    """The story's text opens on an editor's note, signed within its first paragraphs."""
    return any(_NOTE_SIGNATURE.fullmatch(t) for _k, t in st.blocks[:6])


#: The editors' signature closing a note (``——编  者``).
_NOTE_SIGNATURE = re.compile(r"[—－]{1,2}\s*编\s*者")


def _names_only(byline: str | None) -> bool:
    """The byline is set on a line of its own: names alone, or behind an ornament."""
    if not byline:
        return False
    return byline[:1] in "■□◎●" or not re.search(r"记者|通讯员|评论员|编辑", byline)


def _unmarked(byline: str | None) -> str | None:
    """The byline as a reader gives it: without the ornament it may be printed behind."""
    return byline.lstrip("■□◎●").strip() or None if byline else None


def _wrap(text: str, w: int) -> list[str]:
    out, pos = [], 0
    while pos < len(text):
        line = _fit(text, pos, w)
        out.append(line)
        pos += len(line)
    return out or [""]


def _headline_lines(st: _Story, rng: random.Random) -> list[list[str]]:
    """Kicker, title (wrapped in big type), deck: each a block of lines."""
    blocks: list[list[str]] = []
    if st.kicker:
        blocks.append([st.kicker])
    if st.title:
        hw = rng.randint(8, 14)
        # a long headline spans several columns: it is set on two lines at most
        hw = max(hw, -(-len(st.title) // 2))
        lines = _wrap(st.title, hw) if len(st.title) > hw + 2 else [st.title]
        blocks.append(lines)
    if st.subtitle:
        blocks.append([st.subtitle])
    return blocks


def _spaced(line: str) -> str:
    return " ".join(line)


def _lead_style(st: _Story, rng: random.Random) -> tuple[str, str | None]:
    """How the byline is printed: a lead-in glued to the first line, or a closing credit."""
    if not st.byline or _names_only(st.byline) or st.kind == "photo":
        return "", None  # names-only bylines go on a line under the title (see make_page)
    paper = rng.choice(["", "", "《浙江工人日报》", "《南方工报》"])
    if "评论员" in st.byline:
        return "", f"（{paper}{st.byline}）"
    style = rng.random()
    # a byline that says how the story was made (综合报道) is not said twice
    reports = st.byline if st.byline.endswith("报道") else f"{st.byline}报道"
    if style < 0.45:
        return f"本报讯 {reports} ", None
    if style < 0.65:
        return f"{reports} ", None
    if style < 0.8:
        return f"本报讯（{st.byline}） ", None
    return "", f"（{paper}{st.byline}）"


def _lay_story(
    st: _Story, lay: _Layout, rng: random.Random, lead: str, credit: str | None
) -> dict[str, object]:
    """Lay one story's body; return its gold item (without id/probes)."""
    paras = [t for k, t in st.blocks if k == "paragraph"]
    if st.kind == "photo":
        cap_w = lay.width + rng.randint(6, 14)
        text = paras[0]
        lay.blank()
        who = st.byline or "通讯员张明"
        lines = _wrap(text, cap_w)
        lines[-1] += f" {who}摄"
        for ln in lines:
            lay.out.append(ln)
        lay.blank()
        item_byline: str | None = who
    else:
        first = True
        last = max(j for j, (k, _) in enumerate(st.blocks) if k == "paragraph")
        for j, (k, t) in enumerate(st.blocks):
            if k == "subhead":
                lay.blank()
                lay.emit(t)
                lay.blank()
                continue
            own = (st.lead_chars if first else 0, st.credit_chars if j == last else 0)
            lay.paragraph(t, lead if first else "", first, own)
            lead, first = "", False
        if credit:
            lay.emit(credit)
            lay.blank()
        item_byline = _unmarked(st.byline)
    return {
        "kind": st.kind,
        "title": st.title,
        "subtitle": st.subtitle,
        "kicker": st.kicker,
        "byline": item_byline,
        "publication": None,
        **_body_truth(st),
        "subheads": [t for k, t in st.blocks if k == "subhead"],
        "captions": [],
        "duplicate_of": None,
        "complete": True,
    }


def markdown_page(
    stories: list[_Story], rng: random.Random, name: str
) -> tuple[str, dict[str, object]]:
    """A page saved as Markdown: ``#`` titles, one line a paragraph, ``##`` subheads."""
    out: list[str] = []
    items: list[dict[str, object]] = []
    for n, st in enumerate(stories, 1):
        if st.kind == "photo" or not st.title:
            continue
        out += [f"# {st.title}", ""]
        if st.subtitle:
            out += [st.subtitle, ""]
        lead, credit = _lead_style(st, rng)
        if st.byline and (_names_only(st.byline) or rng.random() < 0.5):
            out += [st.byline, ""]
            lead, credit = "", None
        first = True
        for kind, text in st.blocks:
            out += [f"## {text}" if kind == "subhead" else (lead if first else "") + text, ""]
            first = first and kind == "subhead"
        if credit:
            out += [credit, ""]
        items.append(
            {
                "id": f"{name[:-4]}-{n:02d}",
                "kind": st.kind,
                "title": st.title,
                "subtitle": st.subtitle,
                "kicker": None,
                "byline": _unmarked(st.byline),
                "publication": None,
                **_body_truth(st),
                "subheads": [t for k, t in st.blocks if k == "subhead"],
                "captions": [],
                "probes": [],
                "must_not_contain": [],
                "duplicate_of": None,
                "complete": True,
            }
        )
    gold = {"source_file": name, "layout": "synthetic markdown", "items": items}
    return "\n".join(out) + "\n", gold


def make_page(pool: list[_Story], rng: random.Random, name: str) -> tuple[str, dict[str, object]]:
    """One raw page and its gold."""
    stories = rng.sample(pool, k=rng.randint(3, 6))
    if rng.random() < 0.12:
        return markdown_page(stories, rng, name)
    lay = _Layout(
        width=rng.randint(11, 25),
        indent=rng.choice([0, 0, 1, 2, 2]),
        col_height=rng.randint(14, 40),
        blank_paras=rng.choice([1.0, 1.0, 0.7]),
        rng=rng,
    )
    at_end: list[list[str]] = []
    items: list[dict[str, object]] = []
    for n, st in enumerate(stories, 1):
        heads = _headline_lines(st, rng)
        lead, credit = _lead_style(st, rng)
        # a story with no lead-in of its own is set apart by its headline
        unmarked = not lead and not st.blocks[0][1].startswith("据") and n > 1
        r = rng.random()
        before = _names_only(st.byline) or r < 0.3 or (unmarked and r < 0.65)
        # a photo's title is printed with the photo, under its caption
        after = st.kind == "photo" or (not before and (r < 0.4 or unmarked))
        before = before and st.kind != "photo"
        if before:
            for h in heads:
                lay.blank()
                lay.out.extend(h)
            lay.blank()
            if st.byline and _names_only(st.byline):
                lay.out += [st.byline, ""]
            elif lead and st.byline and not st.lead_chars:
                # some papers print the byline on a line of its own, behind an ornament
                # (drawn from a stream of its own: other pages stay exactly as they were)
                mark = random.Random(f"{name}:{n}:byline")
                if mark.random() < _BYLINE_LINE:
                    lay.out += [f"{mark.choice(_ORNAMENTS)}{st.byline}", ""]
                    lead = ""
        elif not after:
            at_end.append([ln for h in heads for ln in (*h, "")])
        lay.breaks = []
        if lead and _opens_on_note(st):
            # an editor's note opening the story is the editors', not the reporter's: the
            # byline stands on a line of its own over it, never glued to its first words
            lay.out += [st.byline or "", ""]
            lead = ""
        item = _lay_story(st, lay, rng, lead, credit)
        if after:
            for h in heads:
                lay.blank()
                lay.out.extend(h)
            lay.blank()
        item["id"] = f"{name[:-4]}-{n:02d}"
        item["probes"] = _probes(lay.breaks, rng)
        items.append(item)
    lines = lay.out
    if rng.random() < 0.5:
        rng.shuffle(at_end)  # the headline block is not always in the order of the bodies
    # drawn from a stream of its own, so that pages without it stay exactly as they were
    at_end = _side_by_side(at_end, random.Random(f"{name}:side"))
    for group in at_end:
        lines.append("")
        lines.extend(group[:-1])
    body_idx = [k for k, ln in enumerate(lines) if len(ln) >= 6]
    for k in rng.sample(body_idx, k=min(len(body_idx), rng.choice([0, 0, 1, 2]))):
        lines[k] = _spaced(lines[k])
    for it in items:
        others = [o for o in items if o is not it]
        it["must_not_contain"] = _must_not(it, others, stories, items)
    gold = {"source_file": name, "layout": f"synthetic width {lay.width}", "items": items}
    return "\n".join(lines) + "\n", gold


def _side_by_side(groups: list[list[str]], rng: random.Random) -> list[list[str]]:
    """Two short one-line headlines in the end block, sometimes printed on one line
    side by side with a space between (more bodies than headline lines)."""
    out: list[list[str]] = []
    for g in groups:
        prev = out[-1] if out else None
        short = len(g) == 2 and " " not in g[0] and 4 <= len(g[0]) <= 12
        pair = prev and short and len(prev) == 2 and " " not in prev[0] and len(prev[0]) >= 4
        if pair and prev and len(prev[0]) <= 12 and rng.random() < 0.35:
            out[-1] = [f"{prev[0]} {g[0]}", ""]
            continue
        out.append(g)
    return out


def _probes(breaks: list[tuple[str, int, int, int]], rng: random.Random) -> list[str]:
    out = []
    for text, pos, start, end in rng.sample(breaks, k=min(len(breaks), 6)):
        lo, hi = max(start, pos - 6), min(end, pos + 6)
        if hi - lo >= 8:
            out.append(text[lo:hi])
    return out


def _must_not(
    it: dict[str, object], others: list[dict[str, object]], stories: list[_Story], items: list
) -> list[str]:
    """Other stories' headlines: glued into this body they would be a merge."""
    own = next(s for s, i in zip(stories, items, strict=True) if i is it)
    body = re.sub(r"\s+", "", "".join(t for _, t in own.blocks))
    out = []
    for o in others:
        for key in ("title", "subtitle"):
            t = o.get(key)
            if isinstance(t, str) and len(t) >= 5 and re.sub(r"\s+", "", t) not in body:
                out.append(t)
    return out[:4]


def cpp_pool(seed: int) -> list[_Story]:
    """Stories built from text the cleaner never saw (``benchmarks/relay_cpp.py``)."""
    pool: list[_Story] = _sibling("relay_cpp").story_pool(_Story, seed)
    return pool


def json_pool(path: Path) -> list[_Story]:
    """Stories from a JSON file of your own (``benchmarks/relay_json.py``)."""
    pool: list[_Story] = _sibling("relay_json").story_pool(_Story, path)
    return pool


def generate(out: Path, pages: int, seed: int, source: str = "seeds") -> dict[str, Path]:
    """Write ``out/{tune,confirm}/{pages,gold}``; return the two half directories.

    *source* is ``seeds``, ``cpp`` or the path of a JSON file (see :func:`json_pool`)."""
    if source == "cpp":
        pool = cpp_pool(seed)
    elif source == "seeds":
        pool = story_pool()
    else:
        pool = json_pool(Path(source))
    halves = {"tune": out / "tune", "confirm": out / "confirm"}
    for d in halves.values():
        for sub in ("pages", "gold"):
            (d / sub).mkdir(parents=True, exist_ok=True)
            for f in (d / sub).glob("*"):
                f.unlink()
    for n in range(pages):
        half = "tune" if n % 2 == 0 else "confirm"
        rng = random.Random(seed * 100_003 + n)
        mark = {"seeds": "", "cpp": "c"}.get(source, "j")
        name = f"{n:03d}_relay{seed}{mark}.txt"
        text, gold = make_page(pool, rng, name)
        (halves[half] / "pages" / name).write_text(text, "utf-8")
        gpath = halves[half] / "gold" / name.replace(".txt", ".json")
        gpath.write_text(json.dumps(gold, ensure_ascii=False, indent=1), "utf-8")
    return halves


def evaluate(d: Path, verbose: bool = False) -> str:
    """Clean the pages of one half and score them with the project's scorer."""
    pred = d / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for p in sorted((d / "pages").glob("*.txt")):
            for a in clean_page(p.read_text("utf-8"), p.name).articles:
                f.write(
                    json.dumps(a.to_dict(), ensure_ascii=False) + "\n"
                )  # as dubao clean --jsonl
    args = [sys.executable, str(SCORER), str(pred), "--gold", str(d / "gold")]
    res = subprocess.run(args + (["-v"] if verbose else []), capture_output=True, text=True)
    return res.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path("/tmp/relay"))
    ap.add_argument("--half", choices=["tune", "confirm", "both"], default="both")
    ap.add_argument(
        "--source",
        default="seeds",
        help="seeds (the seed pages' stories), cpp (built from benchmarks/data/cpp: unseen "
        "text) or the path of a JSON file of stories of your own (see json_pool)",
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    halves = generate(args.out, args.pages, args.seed, args.source)
    for name, d in halves.items():
        if args.half in (name, "both"):
            print(f"{name}: {evaluate(d, args.verbose)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
