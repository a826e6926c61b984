"""Bad input never crashes: a clear message or an empty result."""

from __future__ import annotations

import os

import pytest

from desktop.core.cleaning import CleanOptions, DecodeError, clean_page, decode


def test_empty_page() -> None:
    page = clean_page("", "empty.txt")
    assert page.articles == [] and page.warnings == []


def test_whitespace_only_page() -> None:
    page = clean_page(" \n\n\t\n \u3000\n", "blank.txt")
    assert page.articles == []


def test_page_of_only_furniture() -> None:
    page = clean_page("责任编辑：魏志民\n专栏邮箱：sg_tszs@163.com\n\n第23期\n", "f.txt")
    assert page.articles == []
    assert "第23期" in page.furniture


def test_five_megabyte_single_line() -> None:
    text = "这是一句很长的话，没有换行。" * (5_000_000 // 14)
    page = clean_page(text, "long.txt", CleanOptions(max_chars=6_000_000))
    assert page.articles
    assert sum(len(b.text) for a in page.articles for b in a.blocks) >= len(text) * 0.99


def test_too_long_page_is_refused_with_a_warning() -> None:
    page = clean_page("字" * 101, "big.txt", CleanOptions(max_chars=100))
    assert page.articles == [] and "too long" in page.warnings[0]


def test_nul_bytes_and_mixed_line_endings() -> None:
    text = "本报讯 记者张三报道 今天\x00天气很好。\r\n\r\n大家都出门了。\r明天也会很好。\n"
    page = clean_page(text, "nul.txt")
    body = "".join(b.text for a in page.articles for b in a.blocks)
    assert "\x00" not in body and "今天天气很好。" in body


def test_binary_file_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode(os.urandom(5000) + bytes(5000))


def test_decoded_garbage_still_cleans() -> None:
    text = "".join(chr(c) for c in range(32, 3000))
    page = clean_page(text, "garbage.txt")
    assert isinstance(page.articles, list)
