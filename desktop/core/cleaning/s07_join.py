"""Stage 7 — join: parts of one story printed out of order on the same page.

A body that stops mid-sentence is continued by a body that starts without a title or a
lead-in; when several could follow, the one sharing most words wins.
"""

from __future__ import annotations

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s05_segment import Segment


def join_parts(segments: list[Segment], options: CleanOptions | None = None) -> list[Segment]:
    """Return segments with continued parts merged into the part they continue."""
    return segments
