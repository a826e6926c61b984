"""The one options object passed through every cleaning stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanOptions:
    """Tunable thresholds of the cleaner; the defaults suit ordinary newspaper pages."""

    #: Largest input accepted by :func:`decode` and :func:`clean_page`, in characters.
    max_chars: int = 5_000_000
    #: A line whose printed width is at most ``column width - short_margin`` counts as short
    #: (the last line of a paragraph, or the indented first line of the next one).
    short_margin: float = 1.5
    #: Median line width above which a page is taken as one line per paragraph (Markdown,
    #: web text) rather than narrow newspaper columns.
    prose_width: float = 34.0
    #: Longest line (in em) that can still be a headline, kicker or subhead (a deck set
    #: across three columns runs to 40-odd em).
    max_headline_width: float = 50.0
    #: Minimum share of a headline's weighted bigrams found in a body to attach it there.
    min_headline_overlap: float = 0.25
    #: Minimum share of shared character 4-grams for two articles to be editions of one story.
    edition_overlap: float = 0.5
    #: Collapse spaced-out characters (``八 小 时`` → ``八小时``).
    collapse_spaced: bool = True
    #: Join out-of-order parts of one story found on the same page.
    join_parts: bool = True
