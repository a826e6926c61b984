"""Saved words: the store, and the Anki, Pleco and pinyin forms they are exported in."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.export import export_vocabulary
from desktop.core.export.anki import FIELDS, MODEL_ID, marked_sentence
from desktop.core.export.pinyin_marks import to_marks, to_numbers
from desktop.core.store.vocabulary import Vocabulary, VocabularyError

from .support import Annotated

TRADITIONAL = {"机器人": "機器人", "绿色": "綠色", "创新": "創新"}


def test_store_add_update_known_delete(annotated: Annotated) -> None:
    vocab = Vocabulary(annotated.library)
    art = annotated.articles[0]
    entry = vocab.add(" 工匠 ", "gong1 jiang4", "craftsman", "劳模工匠进校园", art.id)
    assert (entry.word, entry.article_id, entry.known) == ("工匠", art.id, False)
    assert vocab.update(entry.id, definition="artisan").vocabulary
    vocab.set_known(entry.id)
    got = vocab.get(entry.id)
    assert got is not None and (got.definition, got.known) == ("artisan", True)
    assert [e.id for e in vocab.all(known=True)] == [entry.id]
    assert vocab.all(known=False) == []
    assert [e.word for e in vocab.all(search="ARTISAN")] == ["工匠"]
    assert [e.word for e in vocab.all(search="工")] == ["工匠"]
    vocab.delete(entry.id)
    assert vocab.all() == []


def test_store_refuses_bad_requests(annotated: Annotated) -> None:
    vocab = Vocabulary(annotated.library)
    with pytest.raises(VocabularyError, match="empty"):
        vocab.add("  ")
    with pytest.raises(VocabularyError, match="no article"):
        vocab.add("词", article_id=987654)
    with pytest.raises(VocabularyError, match="no saved word"):
        vocab.set_known(987654)


def _notes(apkg: Path) -> list[list[str]]:
    """The notes of an .apkg as Anki reads it: a zip holding an SQLite collection."""
    with zipfile.ZipFile(apkg) as z:
        assert "collection.anki2" in z.namelist()
        db_file = apkg.with_suffix(".anki2")
        db_file.write_bytes(z.read("collection.anki2"))
    con = sqlite3.connect(db_file)
    try:
        models = json.loads(con.execute("SELECT models FROM col").fetchone()[0])
        fields = [f["name"] for f in models[str(MODEL_ID)]["flds"]]
        assert tuple(fields) == FIELDS
        assert con.execute("SELECT count(*) FROM cards").fetchone()[0] >= 1
        rows = con.execute("SELECT flds FROM notes ORDER BY id").fetchall()
    finally:
        con.close()
    return [r[0].split("\x1f") for r in rows]


def test_anki_deck(words: Vocabulary, out: Path) -> None:
    dest = out / "words.apkg"
    result = export_vocabulary(words.library, "apkg", dest, traditional=TRADITIONAL.get)
    notes = _notes(dest)
    assert result.count == len(notes) == 3
    by_word = {n[0]: dict(zip(FIELDS, n, strict=True)) for n in notes}
    innovation = by_word["创新"]
    assert innovation["Pinyin"] == "chuàng xīn"
    assert innovation["Meaning"] == "innovation;<br>to innovate"
    assert innovation["Sentence"] == "科技<b>创新</b>成为关键词，<b>创新</b>无止境"
    art = words.library.article(words.all()[0].article_id or 0)
    assert art is not None and art.title and art.title in innovation["Source"]
    assert by_word["绿色"]["Pinyin"] == "lǜ sè"
    assert by_word["绿色"]["Meaning"] == "green &lt;colour&gt; &amp; eco"


def test_marked_sentence_escapes_before_marking() -> None:
    assert marked_sentence("a<b>词c", "词") == "a&lt;b&gt;<b>词</b>c"
    assert marked_sentence("没有", "词") == "没有"


def test_pleco_file(words: Vocabulary, out: Path) -> None:
    dest = out / "words.txt"
    export_vocabulary(words.library, "pleco", dest, traditional=TRADITIONAL.get)
    lines = dest.read_bytes().decode("utf-8").splitlines()
    assert lines == [
        "创新[創新]\tchuang4xin1\tinnovation; to innovate",
        "机器人[機器人]\tji1qi4ren2\trobot",
        "绿色[綠色]\tlu:4se4\tgreen <colour> & eco",
    ]
    export_vocabulary(words.library, "pleco", dest)  # no traditional forms known
    assert dest.read_text(encoding="utf-8").splitlines()[1] == "机器人\tji1qi4ren2\trobot"


def test_known_words_can_be_left_out(words: Vocabulary, out: Path) -> None:
    first = words.all()[0]
    words.set_known(first.id)
    result = export_vocabulary(words.library, "pleco", out / "w.txt", known=False)
    assert result.count == 2
    assert first.word not in (out / "w.txt").read_text(encoding="utf-8")


def test_pinyin_forms() -> None:
    assert to_marks("zhong1 guo2 ren2") == "zhōng guó rén"
    assert to_marks("xiu1 gou3 liu2 lv4 nu:3 de5") == "xiū gǒu liú lǜ nǚ de"
    assert to_marks("jī qì rén") == "jī qì rén"
    assert to_numbers("jī qì rén") == "ji1 qi4 ren2"
    assert to_numbers("lǜ de") == "lu:4 de5"


_SYLLABLES = ["zhong", "guo", "ren", "xiu", "gou", "liu", "hao", "mai", "lu:", "nu:", "er", "a"]


@given(st.lists(st.tuples(st.sampled_from(_SYLLABLES), st.sampled_from("12345")), min_size=1))
def test_numbers_to_marks_and_back(syllables: list[tuple[str, str]]) -> None:
    numbered = " ".join(s + t for s, t in syllables)
    assert to_numbers(to_marks(numbered)) == numbered
