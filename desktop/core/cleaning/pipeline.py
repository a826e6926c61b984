"""The cleaning pipeline: numbered stages run in order with one options object.

``clean_page`` turns the raw text of one page into a :class:`CleanedPage`;
``clean_pages`` cleans several and links duplicate editions across them.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import normalize
from desktop.core.cleaning.s03_reflow import reflow
from desktop.core.cleaning.s04_roles import assign_roles
from desktop.core.cleaning.s05_segment import segment
from desktop.core.cleaning.s05_split import split_merged
from desktop.core.cleaning.s06_headlines import attach_headlines
from desktop.core.cleaning.s07_join import join_parts
from desktop.core.cleaning.s08_assemble import assemble
from desktop.core.cleaning.s09_editions import link_editions
from desktop.core.models import CleanedPage


def clean_page(text: str, source: str, options: CleanOptions | None = None) -> CleanedPage:
    """Clean one page of raw text into articles (keys ``source#n``) and furniture."""
    opts = options or CleanOptions()
    page = CleanedPage(source=source)
    if len(text) > opts.max_chars:
        page.warnings.append(
            f"The page is too long ({len(text):,} characters; the limit is "
            f"{opts.max_chars:,}); it was not cleaned."
        )
        return page
    units = reflow(normalize(text, opts), opts)
    if not units:
        if text.strip():
            page.warnings.append("The page has no readable text.")
        return page
    roles = assign_roles(units, opts)
    seg = segment(units, roles, opts)
    heads = [units[i].text for i in seg.pool if roles[i] == "headline"]
    seg.segments = split_merged(seg.segments, opts, heads)
    left = attach_headlines(units, roles, seg, opts)
    segments = join_parts(seg.segments, opts) if opts.join_parts else seg.segments
    page.articles = assemble(segments, source, opts)
    page.furniture = seg.furniture + left
    return page


def clean_pages(
    pages: Sequence[tuple[str, str]], options: CleanOptions | None = None
) -> list[CleanedPage]:
    """Clean ``(source, text)`` pages, then link duplicate editions across them."""
    opts = options or CleanOptions()
    out = [clean_page(text, source, opts) for source, text in pages]
    link_editions([a for p in out for a in p.articles], opts.edition_overlap)
    return out
