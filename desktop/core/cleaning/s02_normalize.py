"""Stage 2 — normalise: raw text to clean physical lines.

Unifies line endings, drops NUL/control characters, turns HTML remnants into the printed
characters they stand for (``<sup>2</sup>`` → ``²``; other tags are dropped as text),
collapses spaced-out characters (``八 小 时`` → ``八小时``) while keeping real spaces
(``AI PPT``, ``人民城市 百年工运``), and records blank lines and text-frame starts
(a line that the extractor indented with a space) for the reflow stage.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.textutil import (
    BYLINE_LINE_RE,
    MARKED_BYLINE_RE,
    ORNAMENTS,
    ends_sentence,
    median,
    width,
)

#: Longest physical line kept as one line; longer ones are cut after sentence ends.
MAX_LINE = 20_000

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·"
_CJK_RE = re.compile(rf"[{_CJK}]")
_HAN_PUNCT_TOKEN = re.compile(rf"^[^\w]*[\u3400-\u9fff][^\w]*$|^[{_CJK}]$")
_SUP = str.maketrans("0123456789+-()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ")
_SUB = str.maketrans("0123456789+-()", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎")
_SUP_RE = re.compile(r"\s*<sup>\s*([0-9+\-()n]{1,4})\s*</sup>\s*", re.I)
_SUB_RE = re.compile(r"\s*<sub>\s*([0-9+\-()]{1,4})\s*</sub>\s*", re.I)
_BR_RE = re.compile(r"<br\s*/?>", re.I)
#: Block-level HTML: each opens or closes a paragraph of its own.
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|section|article|blockquote|ul|ol|li|table|figure|figcaption|h[1-6])\b[^<>]*>",
    re.I,
)
_HEADING_TAG_RE = re.compile(r"<h([1-6])\b[^<>]*>", re.I)
_ROW_TAG_RE = re.compile(r"</tr\s*>", re.I)
_CELL_TAG_RE = re.compile(r"</t[dh]\s*>\s*(?=<t[dh]\b)", re.I)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b-\u200d\u2060]")
_DIGIT_HAN = re.compile(
    r"(?<=[0-9%])[ \u00a0]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ ]+(?=[0-9])"
)
#: A dateline or news-service lead-in printed on the same line as the end of something else.
_EMBEDDED_LEAD = re.compile(r"(?<=\S)\s+(?=本报讯|据[^\s，。]{2,8}社[^\s，。]{0,12}电)")


@dataclass
class Line:
    """One physical line after normalisation."""

    text: str
    #: Number of blank lines directly above this line.
    blank_before: int = 0
    #: The extractor started a new text frame here (leading space, embedded lead-in).
    frame: bool = False
    #: Index of the line in the normalised page.
    no: int = 0
    #: The alt text of a picture on a line of its own (a Markdown image): its caption.
    image: bool = False
    #: The line opened with a bullet (``■ 要…``), dropped as an ornament: an item begins.
    bullet: bool = False


def strip_markup(text: str) -> str:
    """HTML remnants to printed characters: superscripts kept, other tags dropped."""
    if "<" in text:
        text = _SUP_RE.sub(lambda m: m.group(1).translate(_SUP), text)
        text = _SUB_RE.sub(lambda m: m.group(1).translate(_SUB), text)
        text = _BR_RE.sub("\n", text)
        text = _HEADING_TAG_RE.sub(lambda m: "\n\n" + "#" * int(m.group(1)) + " ", text)
        text = _CELL_TAG_RE.sub("\t", text)
        text, blocks = _BLOCK_TAG_RE.subn("\n\n", text)
        text = _ROW_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub("", text)
        text = re.sub(r"(?m)^\t+|\t+$", "", text)
        if blocks:  # HTML paragraphs: one blank line between blocks, however many tags
            text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    if "&" in text:
        text = html.unescape(text)
    return text


_MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_IMAGE_LINE_RE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:https?://|/|#|\.)[^)]*\)")
_MD_EMPH_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_PIPE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_SPACES_RE = re.compile(r" {2,}")
#: What a line :func:`is_plain` holds: no space, Markdown syntax or ornament.
_PLAIN_RE = re.compile(rf"[^\s>*_|\]\-{ORNAMENTS}]+")


def is_plain(line: str) -> bool:
    """A line with nothing :func:`normalize` would change once its indent is gone: not
    blank, not too long, and holding no space, Markdown syntax or ornament."""
    return len(line) <= MAX_LINE and _PLAIN_RE.fullmatch(line) is not None


def strip_markdown_inline(line: str) -> str:
    """Markdown syntax that is not text: images → alt text, links → text, emphasis,
    block quotes, rules; a pipe-table row becomes tab-separated cells."""
    if _MD_RULE_RE.match(line):
        return ""
    if line.lstrip().startswith(">"):
        line = line.lstrip()[1:].lstrip()
    if "](" in line:
        line = _MD_IMAGE_RE.sub(r"\1", line)
        line = _MD_LINK_RE.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = _MD_EMPH_RE.sub(r"\2", line)
    t = line.strip()
    if t.startswith("|") and t.endswith("|") and t.count("|") >= 3:
        line = "\t".join(c.strip() for c in t[1:-1].split("|"))
    return line


def _single(tok: str) -> bool:
    return bool(_HAN_PUNCT_TOKEN.match(tok))


def collapse_spaced(line: str) -> str:
    """Remove the spaces of letter-spaced runs: ``职 工 是`` → ``职工是``.

    A gap is removed when a token next to it is a single Han character (possibly with
    punctuation) and the characters on both sides of the gap are CJK; spaces between
    longer words (``人民城市 百年工运``) and around Latin words (``AI PPT``) stay.
    """
    if " " not in line:
        return line
    toks = line.split(" ")
    spaced = _spaced_runs(toks)
    out = toks[0]
    for k, (prev, tok) in enumerate(itertools.pairwise(toks)):
        glue = spaced[k] or (
            bool(prev)
            and bool(tok)
            and (_single(prev) or _single(tok))
            and bool(_CJK_RE.match(prev[-1]))
            and bool(_CJK_RE.match(tok[0]))
        )
        out += tok if glue else " " + tok
    return out


def _close_spaced_names(line: str) -> str:
    """A byline line whose two-character names are letter-spaced to the width of three
    (``姚雪青 钱 艳 宋 岩``): each such name closed up, the names kept apart."""
    out: list[str] = []
    for tok in line.split(" "):
        if len(tok) == 1 and out and len(out[-1]) == 1 and _CJK_RE.match(tok):
            out[-1] += tok
        else:
            out.append(tok)
    return " ".join(out)


def _spaced_runs(toks: list[str]) -> list[bool]:
    """For each gap between tokens: inside a letter-spaced run, where every character of
    the text stands alone (``9 月 1 1 日 , 山 东``): digits and punctuation too."""
    gaps = [False] * max(0, len(toks) - 1)
    start = 0
    for end in range(len(toks) + 1):
        if end < len(toks) and len(toks[end]) == 1:
            continue
        run = toks[start:end]
        if len(run) >= _SPACED_RUN and sum(bool(_CJK_RE.match(c)) for c in run) >= 2:
            for k in range(start, end - 1):
                gaps[k] = True
        start = end + 1
    return gaps


#: Shortest run of lone characters read as letter-spaced text.
_SPACED_RUN = 4


def _split_long(line: str) -> list[str]:
    """Cut a pathological line (megabytes without a newline) after sentence ends."""
    if len(line) <= MAX_LINE:
        return [line]
    parts: list[str] = []
    start = 0
    while start < len(line):
        end = min(start + MAX_LINE, len(line))
        if end < len(line):
            cut = max(line.rfind(p, start, end) for p in "。！？.!?")
            if cut > start:
                end = cut + 1
        parts.append(line[start:end])
        start = end
    return parts


def normalize_line(raw: str, options: CleanOptions) -> str:
    """One physical line: whitespace unified, spaced-out runs collapsed, ends trimmed."""
    s = raw.replace("\u00a0", " ").replace("\u3000", " ").rstrip()
    s = s.lstrip(" ")
    bare = s.lstrip(ORNAMENTS).lstrip(" ")
    # an ornament goes, except before a line of names, where it marks a byline (□ 张三)
    if bare != s and not (len(bare) <= 40 and MARKED_BYLINE_RE.match(s[0] + bare)):
        s = bare
    if "  " in s:
        s = _SPACES_RE.sub(" ", s)
    spaced = options.collapse_spaced and " " in s
    if spaced and BYLINE_LINE_RE.match(s.lstrip(ORNAMENTS).lstrip(" ")):
        s = _close_spaced_names(s)  # 姚雪青 钱 艳 宋 岩: names apart, each one whole
    elif spaced:
        s = collapse_spaced(s)
        s = _DIGIT_HAN.sub("", s)
    return s


def normalize(text: str, options: CleanOptions | None = None) -> list[Line]:
    """Raw page text to normalised non-blank :class:`Line` objects."""
    opts = options or CleanOptions()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0c", "\n")
    text = _CONTROL_RE.sub("", text)
    if "<!--" in text:
        text = _COMMENT_RE.sub("", text)
    text = strip_markup(text)
    lines: list[Line] = []
    blanks = 0
    for raw in text.split("\n"):
        if "-" in raw and _PIPE_SEP_RE.match(raw):
            continue  # a pipe table's header rule: not a line of the page
        frame = raw[:1] in (" ", "\u3000", "\u00a0")
        core = raw.lstrip(" \u3000\u00a0")
        if is_plain(core):  # most lines: nothing to do but take the indent off
            lines.append(Line(core, blanks, frame=frame, no=len(lines)))
            blanks = 0
            continue
        image = "](" in raw and bool(_MD_IMAGE_LINE_RE.match(raw))
        raw = strip_markdown_inline(raw)
        for piece_no, piece in enumerate(_split_long(raw)):
            for k, part in enumerate(_EMBEDDED_LEAD.split(piece)):
                s = normalize_line(part, opts)
                bullet = part.lstrip(" \u3000\u00a0")[:1] in ORNAMENTS and s[:1] not in ORNAMENTS
                if not s:
                    blanks += 1
                    continue
                lines.append(
                    Line(
                        s,
                        blanks,
                        frame=(frame and piece_no == 0) or k > 0,
                        no=len(lines),
                        image=image,
                        bullet=bullet,
                    )
                )
                blanks = 0
    return _undouble(lines, opts)


def median_width(lines: list[Line]) -> float:
    """Median printed width of the lines."""
    return median([width(ln.text) for ln in lines])


def _undouble(lines: list[Line], options: CleanOptions) -> list[Line]:
    """Normalise the spacing of pages extracted with extra blank lines.

    Narrow columns with a blank line after every line lose one blank in two; pages whose
    paragraphs are all set apart by two or more blank lines get one blank per step, so
    that one blank line means a break and several still set a caption apart."""
    if len(lines) < 8:
        return lines
    mid = median_width(lines)
    narrow = 8 <= mid <= options.prose_width
    spaced = sum(1 for ln in lines[1:] if ln.blank_before >= 1)
    cut = sum(1 for ln in lines if not ends_sentence(ln.text))  # lines cut mid-sentence
    if narrow and spaced >= 0.8 * (len(lines) - 1) and cut >= 0.6 * len(lines):
        for ln in lines:
            # one blank between lines is the spacing; an original blank line shows as three
            ln.blank_before //= 2
    gaps = Counter(ln.blank_before for ln in lines[1:] if ln.blank_before > 0)
    if gaps:
        step = gaps.most_common(1)[0][0]
        if step >= 2:
            for ln in lines:
                ln.blank_before = -(-ln.blank_before // step)
    return lines
