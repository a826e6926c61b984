"""``dubao://`` links: the one place that knows their format.

An exported note carries a link that opens Dubao at its highlight::

    dubao://article/<article id>
    dubao://article/<article id>#annotation=<uuid>

The article id is the one ``dubao articles`` prints.  The app registers the scheme and hands
every URL it receives to :func:`parse_link`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

SCHEME = "dubao"
_UUID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._~-]{0,127}$")


class LinkError(ValueError):
    """A URL that is not a Dubao link (the message says why, for the user)."""


@dataclass(frozen=True)
class Link:
    """Where a ``dubao://`` link points: an article, and optionally one highlight on it."""

    article_id: int
    annotation: str | None = None


def article_link(article_id: int) -> str:
    return f"{SCHEME}://article/{int(article_id)}"


def annotation_link(article_id: int, uuid: str) -> str:
    """The link that opens ``article_id`` scrolled to the highlight ``uuid``."""
    if not _UUID.match(uuid):
        raise LinkError(f"{uuid!r} is not an annotation id")
    return f"{article_link(article_id)}#annotation={uuid}"


def parse_link(url: str) -> tuple[int, str | None]:
    """``(article_id, annotation uuid or None)`` of a ``dubao://`` link; LinkError otherwise."""
    link = parse(url)
    return link.article_id, link.annotation


def parse(url: str) -> Link:
    """Like :func:`parse_link`, as a :class:`Link`."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != SCHEME:
        raise LinkError(f"{url!r} is not a {SCHEME}:// link")
    if parts.netloc.lower() != "article":
        raise LinkError(f"{url!r} does not point at an article")
    path = parts.path.strip("/")
    if not path.isdecimal() or not path.isascii():
        raise LinkError(f"{url!r} has no article id")
    annotation: str | None = None
    if parts.fragment:
        values = parse_qs(parts.fragment).get("annotation")
        if not values or not _UUID.match(values[0]):
            raise LinkError(f"{url!r} has an unreadable annotation part")
        annotation = values[0]
    return Link(int(path), annotation)
