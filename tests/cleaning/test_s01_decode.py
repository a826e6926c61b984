"""Stage 1: encodings are detected; binary and unknown encodings are refused clearly."""

from __future__ import annotations

import codecs
import os

import pytest

from desktop.core.cleaning import DecodeError, decode

TEXT = "本报讯 记者李凡报道 2月24日，杭州市余杭区“AI PPT”上线。\n第二段。\n"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_detects_encoding(data: bytes, name: str) -> None:
    text, enc = decode(data)
    assert text == TEXT
    assert enc == name


def test_empty_bytes_are_an_empty_page() -> None:
    assert decode(b"") == ("", "utf-8")


def test_binary_is_refused_with_a_message() -> None:
    data = bytes(range(256)) * 40 + os.urandom(2000)
    with pytest.raises(DecodeError, match=r"binary|encoding"):
        decode(data)


def test_png_header_is_refused() -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    with pytest.raises(DecodeError):
        decode(data)


def test_undetectable_encoding_is_refused() -> None:
    # Shift-JIS Japanese is neither UTF-8 nor plausible GB18030 Chinese.
    data = "これは日本語のテキストです。カタカナとひらがな。".encode("shift_jis") * 5
    with pytest.raises(DecodeError, match="encoding"):
        decode(data)


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(DecodeError, ValueError)
