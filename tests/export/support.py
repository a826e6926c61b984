"""Shared test data for the export tests (imported by conftest and the tests)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.models import Annotation, Article
from desktop.core.store import Library
from desktop.core.store.annotations import Annotations

#: A note a careless exporter would run as code, in every format.
HOSTILE_NOTE = '<script>alert("x")</script> & <b>粗</b>\n=SUM(A1)\n# 不是标题'


@dataclass
class Annotated:
    library: Library
    notes: Annotations
    articles: list[Article]
    made: list[Annotation]
