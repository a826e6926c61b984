"""The HTML export as a browser shows it: rendered by headless Chromium, not string-matched.

Skipped only when Chromium is not installed (``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import numpy as np
import pytest

from desktop.core.export import export_notes
from desktop.core.export.html import SWATCHES
from desktop.core.links import parse_link

from .support import HOSTILE_NOTE, Annotated

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)"
)


def _chromium(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={out / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=True)


@pytest.fixture
def exported(annotated: Annotated, out: Path) -> Path:
    dest = out / "notes.html"
    export_notes(annotated.library, "html", dest)
    return dest


@needs_chromium
def test_browser_dom_shows_user_text_as_text(
    annotated: Annotated, exported: Path, out: Path
) -> None:
    dom = _chromium(out, "--dump-dom", exported.as_uri()).stdout
    doc = lxml.html.fromstring(dom)
    assert doc.xpath("//script") == []  # the note's <script> never became an element
    assert doc.xpath("//main//b") == []
    comments = [c.text_content() for c in doc.xpath('//div[@class="comment"]')]
    assert HOSTILE_NOTE in comments
    assert [h.text_content() for h in doc.xpath("//article/h2")] == [
        a.title or "(untitled)" for a in annotated.articles
    ]
    quotes = [q.text_content() for q in doc.xpath("//blockquote")]
    assert sorted(quotes) == sorted(a.quote for a in annotated.made)
    links = [a.get("href") for a in doc.xpath('//div[@class="meta"]/a')]
    assert {parse_link(u) for u in links} == {(a.article_id, a.uuid) for a in annotated.made}


def _pixels(png: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull()
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    # Copy: the array must not outlive the QImage that owns the buffer.
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h).copy()
    return raw.reshape(h, stride)[:, : w * 3].reshape(h, w, 3)


def _count(pixels: np.ndarray, hex_colour: str) -> int:
    rgb = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    return int(np.all(np.abs(pixels.astype(int) - rgb) <= 2, axis=2).sum())


@needs_chromium
def test_screenshot_shows_styled_highlights_and_text(
    annotated: Annotated, exported: Path, out: Path
) -> None:
    png = out / "notes.png"
    _chromium(out, f"--screenshot={png}", "--window-size=1200,1600", exported.as_uri())
    pixels = _pixels(png)
    assert pixels.shape == (1600, 1200, 3)
    for colour in {a.color for a in annotated.made}:
        fill, bar = SWATCHES[colour]
        assert _count(pixels, fill) > 2000, f"no {colour} highlight drawn"
        assert _count(pixels, bar) > 100, f"no {colour} bar drawn"
    dark = int((pixels.max(axis=2) < 90).sum())
    assert dark > 5000  # text was drawn (glyphs, not an empty page)


@needs_chromium
def test_prints_to_pdf(exported: Path, out: Path) -> None:
    pdf = out / "notes.pdf"
    _chromium(out, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", exported.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data
