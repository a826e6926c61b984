"""Dubao's cleaner: raw newspaper page text to clean articles.

Stages (one module each, numbered): decode → normalise → reflow → roles → segment →
split → headlines → join → assemble → editions.  See :mod:`desktop.core.cleaning.pipeline`.
"""

from __future__ import annotations

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.pipeline import clean_page, clean_pages
from desktop.core.cleaning.s01_decode import DecodeError, decode
from desktop.core.cleaning.s09_editions import link_editions

#: Bump whenever the cleaner's output changes; the library re-cleans stored pages then.
CLEANER_VERSION: int = 21

__all__ = [
    "CLEANER_VERSION",
    "CleanOptions",
    "DecodeError",
    "clean_page",
    "clean_pages",
    "decode",
    "link_editions",
]
