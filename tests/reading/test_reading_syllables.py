"""Syllable spelling: numbered tones for storage, tone marks for display."""

from __future__ import annotations

import pytest

from desktop.core.reading.syllables import join_marks, normalize, tone_marks


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [
        ("hang2", "háng"),
        ("xing2", "xíng"),
        ("lv4", "lǜ"),
        ("nve4", "nüè"),
        ("liu2", "liú"),
        ("gui4", "guì"),
        ("zhou1", "zhōu"),
        ("le5", "le"),
        ("er2", "ér"),
        ("m2", "ḿ"),
        ("ng2", "ńg"),
        ("hm5", "hm"),
    ],
)
def test_tone_marks(numbered: str, marked: str) -> None:
    assert tone_marks(numbered) == marked


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("hang2", "hang2"),
        ("Hang2", "hang2"),
        ("háng", "hang2"),
        ("lu:4", "lv4"),
        ("lü4", "lv4"),
        ("lǜ", "lv4"),
        ("le", "le5"),
        ("nüè", "nve4"),
    ],
)
def test_normalize(given: str, expected: str) -> None:
    assert normalize(given) == expected


@pytest.mark.parametrize("bad", ["", "银", "ha ng2", "hang7", "2"])
def test_normalize_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        normalize(bad)


def test_round_trip_over_every_model_syllable() -> None:
    from desktop.core.reading._g2pm import G2pModel

    for syllable in G2pModel().classes:
        assert normalize(tone_marks(syllable)) == syllable


def test_join_marks_keeps_latin_runs_together() -> None:
    assert join_marks(["yin2", "hang2"], "银行") == "yín háng"
    assert join_marks([None, "xu4", "shan1"], "T恤衫") == "T xù shān"
    assert join_marks([None, None, None, None], "2025") == "2025"
