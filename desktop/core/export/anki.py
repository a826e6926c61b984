"""Saved words as an Anki deck (.apkg), built with genanki.

Fields: Hanzi, Pinyin (tone marks), Meaning, Sentence (the word in bold), Source (paper,
article title).  Anki fields are HTML, so every value is escaped.  Each note's guid comes
from the word and its sentence, so importing a later export updates cards instead of
duplicating them.
"""

from __future__ import annotations

import html
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from desktop.core.export.progress import Ticker
from desktop.core.export.vocab import VocabCard

# Fixed ids: Anki recognises later exports as the same note type and deck.
MODEL_ID = 1_734_862_011
DECK_ID = 1_734_862_012
DECK_NAME = "Dubao 读报"
FIELDS = ("Hanzi", "Pinyin", "Meaning", "Sentence", "Source")

_CSS = """
.card { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
        font-size: 22px; text-align: center; color: #222; background: #fffdf8; }
.hanzi { font-size: 56px; margin: 12px 0; }
.pinyin { font-size: 26px; color: #b03a2e; }
.meaning { margin: 12px auto; max-width: 36em; }
.sentence { font-size: 24px; margin: 16px auto; max-width: 30em; line-height: 1.7; }
.sentence b { color: #b03a2e; }
.source { font-size: 14px; color: #777; }
"""

_FRONT = '<div class="hanzi">{{Hanzi}}</div><div class="sentence">{{Sentence}}</div>'
_BACK = (
    '{{FrontSide}}<hr id="answer"><div class="pinyin">{{Pinyin}}</div>'
    '<div class="meaning">{{Meaning}}</div><div class="source">{{Source}}</div>'
)


def model() -> genanki.Model:
    return genanki.Model(
        MODEL_ID,
        "Dubao word",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Recognise", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def marked_sentence(sentence: str, word: str) -> str:
    """The sentence as HTML with each occurrence of ``word`` in bold."""
    if not word:
        return _html(sentence)
    return f"<b>{_html(word)}</b>".join(_html(part) for part in sentence.split(word))


def note(card: VocabCard, note_model: genanki.Model) -> genanki.Note:
    fields = [
        _html(card.word),
        _html(card.pinyin_marks),
        _html(card.definition),
        marked_sentence(card.sentence, card.word),
        _html(card.source),
    ]
    return genanki.Note(
        model=note_model,
        fields=fields,
        guid=genanki.guid_for("dubao", card.word, card.sentence),
        tags=["dubao"],
    )


def write(cards: Sequence[VocabCard], path: Path, tick: Ticker) -> None:
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    note_model = model()
    seen: set[str] = set()
    for card in cards:
        n = note(card, note_model)
        if n.guid not in seen:  # the same word saved twice from one sentence: one card
            seen.add(n.guid)
            deck.add_note(n)
        tick.step()
    _write_package(genanki.Package(deck), path)


def _write_package(package: genanki.Package, path: Path) -> None:
    """Package.write_to_file without its leftover temporary database (it never deletes it)."""
    stamp = time.time()
    with tempfile.TemporaryDirectory(prefix="dubao-apkg-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
            out.write(db_path, "collection.anki2")
            out.writestr("media", "{}")
