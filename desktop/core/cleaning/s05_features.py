"""Stage 5, in part — features: reports gathered under an editor's note.

An editor's note signed at its end (``——编  者``) opens a feature: the reports printed
under it, each under a header of its own — a line on who it is about, ending in a dash,
over its heading and its reporter (``中国农业大学教授丛汶峰——`` / ``扎根田间助农增产增收`` /
``本报记者 吴月``) — are the feature's sections, not stories of their own.  The header right
under the note sets the build; every later header built the same way (as many heading
lines, a reporter or none, the same mark closing its first line) is one more section.

The note itself is short and has no lead-in.  Printed with no headline between it and the
story above (the feature's title collected elsewhere on the page), it reads as more of that
story; it begins at the paragraph break where the words change most.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s05_likeness import Cohesion
from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.s05_split import seams
from desktop.core.cleaning.textutil import EDITORS_SIGNATURE_RE

#: Most heading lines in a section's header.
_HEADER_LINES = 3
#: Most characters of an editor's note.
_NOTE_TEXT = 600
#: Characters of the first section read to tell where the note begins.
_SECTION_TEXT = 400
#: A story with no lead-in is the note's own text unless, at some break, what comes
#: before shares less than this part of what the page's paragraphs usually do.
_NOTE_APART = 0.4


@dataclass(frozen=True)
class Build:
    """How a section's header is set: its heading lines, whether a reporter's line
    follows them, and the mark closing its first line (a dash, a colon or none)."""

    lines: int
    reporter: bool
    mark: str


class Features:
    """The feature an editor's note opened on the page, where its note begins and the
    headers of its sections."""

    def __init__(self, units: list[Unit], roles: list[str], cohesion: Cohesion) -> None:
        self.units = units
        self.roles = roles
        self.cohesion = cohesion
        #: The feature the last signed note opened, and how its sections' headers are
        #: set (None until the first section is read).
        self.feature: Segment | None = None
        self.build: Build | None = None

    def open(self, feature: Segment | None) -> None:
        """The note signed last opens *feature*."""
        self.feature, self.build = feature, None

    def cut_note(self, story: Segment, signature: int) -> Segment | None:
        """The editor's note signed at line *signature*, cut from the end of *story* where
        it was printed with no headline between them; None when *story* is the note."""
        k = self.note_start(story, signature)
        return None if k == 0 else cut_at(story, k, signature)

    def section(self, i: int, last: Segment | None) -> int | None:
        """Where the text under a section's header at line *i* begins, when *last* (the
        page's last segment so far) is the open feature and the header is the one right
        under its note or one set like it; else None."""
        feature = self.feature
        if feature is None or last is not feature:
            self.feature = None
            return None
        header = self.header(i)
        if header is None:
            return None
        end, build = header
        if self.build is None:
            signed = feature.pieces[-1]
            if signed.unit != i - 1 or not EDITORS_SIGNATURE_RE.match(signed.text.strip()):
                self.feature = None  # the note opened no sections: the story is its text
                return None
            self.build = build
        elif build != self.build:
            return None
        return end

    def header(self, i: int) -> tuple[int, Build] | None:
        """The header of a section starting at line *i*: (the line of text under it, its
        build), or None if line *i* does not start one."""
        j = i
        while j < len(self.roles) and self.roles[j] in ("headline", "kicker"):
            j += 1
            if j - i > _HEADER_LINES:
                return None
        if j == i or j >= len(self.roles):
            return None
        reporter = self.roles[j] == "byline"
        if reporter:
            j += 1
        if j >= len(self.roles) or self.roles[j] != "para" or self.units[j].leadin:
            return None
        first = self.units[i].text.rstrip()
        mark = "—" if first.endswith(("——", "—")) else ("：" if first.endswith(("：", ":")) else "")
        return j, Build(j - i - reporter, reporter, mark)

    def note_start(self, story: Segment, signature: int | None = None) -> int:
        """The piece of *story* where the editor's note signed at line *signature* (or
        closing the story) begins: 0 when the whole story is the note, else the paragraph
        break (within the note's length of its end) where what comes before shares least
        with the note and the section under it — always one when the story opened on a
        lead-in, which a note never has."""
        pieces = story.pieces
        if not pieces:
            return 0
        below = [] if signature is None else self._section_text(signature + 1)
        best: tuple[float, int] | None = None
        for k, head in seams(pieces):
            note = [p.text for p in pieces[k:]]
            if head or sum(map(len, note)) > _NOTE_TEXT:
                continue
            c = self.cohesion.shared([p.text for p in pieces[:k]], note + below)
            if best is None or c < best[0]:
                best = (c, k)
        if best is None:
            return 0
        c, k = best
        # (a reporter's line over the first paragraph opens a story as well as a note)
        lead_in = self.units[pieces[0].unit].leadin
        return k if lead_in or c < _NOTE_APART * self.cohesion.usual() else 0

    def _section_text(self, j: int) -> list[str]:
        """The text of the lines from *j* on, up to about :data:`_SECTION_TEXT`
        characters."""
        out: list[str] = []
        while j < len(self.units) and sum(map(len, out)) < _SECTION_TEXT:
            if self.roles[j] == "para":
                out.append(self.units[j].text)
            j += 1
        return out


def cut_at(story: Segment, k: int, last: int) -> Segment:
    """The pieces of *story* from piece *k* on, cut from it as a segment of their own
    ending at line *last* (a note printed at the story's end); *story* is closed."""
    note = Segment(story.pieces[k].unit, last, story.pieces[k:], headed=True)
    del story.pieces[k:]
    story.last, story.closed = story.pieces[-1].unit, True
    return note
