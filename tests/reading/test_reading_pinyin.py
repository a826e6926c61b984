"""Pinyin in context: polyphones, the seeds' tricky words, alignment and the CLI format."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.reading import pinyin_tokens, sentence_pinyin
from desktop.core.reading.pinyin import add_phrase_readings
from desktop.core.reading.segment import is_han

CPP = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "cpp"


def reading_of(sentence: str, word: str) -> list[str | None]:
    start = sentence.index(word)
    return sentence_pinyin(sentence)[start : start + len(word)]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("这个行业的竞争很激烈。", "行业", ["hang2", "ye4"]),
        ("我明天去银行取钱。", "银行", ["yin2", "hang2"]),
        ("我们要立即采取行动。", "行动", ["xing2", "dong4"]),
        ("你喝茶还是喝咖啡？", "还是", ["hai2", "shi4"]),
        ("请按时归还图书馆的书。", "归还", ["gui1", "huan2"]),
        ("他是一位著名的音乐家。", "音乐家", ["yin1", "yue4", "jia1"]),
        ("他还没来，我去银行还钱。", "还没", ["hai2", "mei2"]),
        ("他还没来，我去银行还钱。", "还钱", ["huan2", "qian2"]),
    ],
)
def test_polyphones_in_sentences(sentence: str, word: str, expected: list[str]) -> None:
    assert reading_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("行业", ["hang2", "ye4"]),
        ("银行", ["yin2", "hang2"]),
        ("行动", ["xing2", "dong4"]),
        ("还是", ["hai2", "shi4"]),
        ("归还", ["gui1", "huan2"]),
    ],
)
def test_polyphones_as_bare_words(word: str, expected: list[str]) -> None:
    assert sentence_pinyin(word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # Lines from the seed pages, as the reader shows them.
        ("时表示，“996”（朝九晚九、一周六天工作）", "朝九晚九", ["zhao1", "jiu3", "wan3", "jiu3"]),
        ("“深夜跑单单价会高一点，", "单价", ["dan1", "jia4"]),
        ("进而压低骑手单价收入", "单价", ["dan1", "jia4"]),
        ("这个行业的人都很乐观，喜欢音乐。", "乐观", ["le4", "guan1"]),
        ("这个行业的人都很乐观，喜欢音乐。", "音乐", ["yin1", "yue4"]),
        ("国语言，长期从事公益调解，为", "长期", ["chang2", "qi1"]),
        ("孩子们都长大了。", "长大", ["zhang3", "da4"]),
        ("国语言，长期从事公益调解，为", "调解", ["tiao2", "jie3"]),
        ("不断调整优化，让劳模工匠进校园行动更切合实际", "调整", ["tiao2", "zheng3"]),
        ("面的重要内容，列入2025年十", "重要", ["zhong4", "yao4"]),
        ("重庆是一座山城。", "重庆", ["chong2", "qing4"]),
        ("这种做法就是朝三暮四。", "朝三暮四", ["zhao1", "san1", "mu4", "si4"]),
    ],
)
def test_seed_tricky_words(sentence: str, word: str, expected: list[str]) -> None:
    assert reading_of(sentence, word) == expected


def test_mixed_text_keeps_one_slot_per_character() -> None:
    text = "我有2个😀Apple，行不行？ OK 3.5元"
    out = sentence_pinyin(text)
    assert len(out) == len(text)
    assert [(ch, r) for ch, r in zip(text, out, strict=True) if r is not None] == [
        ("我", "wo3"),
        ("有", "you3"),
        ("个", "ge4"),
        ("行", "xing2"),
        ("不", "bu4"),
        ("行", "xing2"),
        ("元", "yuan2"),
    ]


_pieces = st.sampled_from(
    [
        "银行",
        "行动",
        "还是",
        "了",
        "😀",
        "👩‍💻",
        "ABC",
        "2025",
        "，",
        "。",
        " ",
        "\n",
        "é",
        "長",
        "〇",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_pieces, st.text(max_size=3)), max_size=12).map("".join))
def test_alignment_property(text: str) -> None:
    out = sentence_pinyin(text)
    assert len(out) == len(text)
    for ch, reading in zip(text, out, strict=True):
        if reading is not None:
            assert is_han(ch)
            assert reading[-1] in "12345"
        elif "\u4e00" <= ch <= "\u9fa5":
            pytest.fail(f"no reading for common character {ch!r}")


def test_cli_tokens_format() -> None:
    assert pinyin_tokens("绿色的 女孩, 好吗？") == [
        "lv4", "se4", "de5", "nv3", "hai2", ",", "hao3", "ma5", "？"
    ]  # fmt: skip
    assert pinyin_tokens("  ") == []
    assert pinyin_tokens("A 行业") == ["A", "hang2", "ye4"]


def test_overrides_win_and_are_normalised() -> None:
    text = "我去银行。"
    assert sentence_pinyin(text, {3: "xíng"})[3] == "xing2"
    assert sentence_pinyin(text, {3: "Hang2"})[3] == "hang2"
    assert sentence_pinyin(text)[3] == "hang2"  # the cache is not changed by an override
    with pytest.raises(IndexError):
        sentence_pinyin(text, {9: "hang2"})
    with pytest.raises(ValueError):
        sentence_pinyin(text, {3: "银"})


def test_added_phrase_readings() -> None:
    with pytest.raises(ValueError):
        add_phrase_readings({"银行": "yin2"})
    add_phrase_readings({"行行好": "hang2 hang2 hao3"})  # not in the dictionaries
    assert sentence_pinyin("行行好吧")[:3] == ["hang2", "hang2", "hao3"]


def test_cpp_sample_accuracy_floor() -> None:
    """Every 40th dev sentence (≈250): a floor that catches a broken model or misalignment."""
    sents = (CPP / "dev.sent").read_text(encoding="utf-8").splitlines()[::40]
    labels = (CPP / "dev.lb").read_text(encoding="utf-8").splitlines()[::40]
    hits = 0
    for sent, label in zip(sents, labels, strict=True):
        pos = sent.index("\u2581")
        hits += sentence_pinyin(sent.replace("\u2581", ""))[pos] == label.replace("u:", "v")
    assert hits / len(sents) >= 0.96


def test_long_sentences_are_read_in_pieces_consistently() -> None:
    clause = "我们去银行还是去行动，"
    text = clause * 40 + "好。" + "行业" * 200
    out = sentence_pinyin(text)
    assert len(out) == len(text)
    assert out[3:6] == ["yin2", "hang2", "hai2"]
    # The same sentence inside a longer text reads the same way.
    assert sentence_pinyin("前言。" + text)[3:] == out
