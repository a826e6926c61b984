"""Stage 1 — decode: bytes of a page file to text, detecting the encoding.

Accepts UTF-8 (with or without BOM), UTF-16 (BOM, or detected from its NUL pattern) and
GB18030 (which covers GBK and GB2312).  Anything else — binary files, unknown encodings —
is refused with a :class:`DecodeError` that says why in plain words.
"""

from __future__ import annotations

import codecs

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.textutil import is_han


class DecodeError(ValueError):
    """The bytes are not a text page in an encoding the cleaner understands."""


#: Share of control characters above which decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.02
#: Share of "unusual" characters (not Han, ASCII, common punctuation) tolerated in GB18030.
_MAX_ODD_SHARE_GB = 0.2
#: Share of rare Han characters above which GB18030 text is taken for another encoding.
_MAX_RARE_HAN = 0.5


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad / len(text)


def _odd_share(text: str) -> float:
    """Share of characters that ordinary Chinese text rarely contains."""
    if not text:
        return 0.0
    odd = 0
    for c in text:
        o = ord(c)
        if o < 0x80 or is_han(c) or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            continue
        if 0x2000 <= o <= 0x206F or 0x2E80 <= o <= 0x2FDF:
            continue
        odd += 1
    return odd / len(text)


def _rare_han_share(text: str) -> float:
    """Share of Han characters outside the 3,755 most common (GB2312 level 1).

    Bytes of another encoding (Shift-JIS, Big5, Latin-1) read as GB18030 turn into rare
    characters; real Chinese text is overwhelmingly made of common ones.
    """
    han = [c for c in text[:20000] if is_han(c)]
    if len(han) < 10:
        return 0.0
    rare = 0
    for c in han:
        try:
            b = c.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
            continue
        rare += not 0xB0 <= b[0] <= 0xD7
    return rare / len(han)


def _utf16_guess(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes sit on one side of each code unit."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(
            f"This file looks like binary data, not a text page (decoded as {encoding}, "
            "but it is full of control characters)."
        )
    return text, encoding


def decode(data: bytes, options: CleanOptions | None = None) -> tuple[str, str]:
    """Decode a page file; returns ``(text, encoding name)`` or raises :class:`DecodeError`."""
    opts = options or CleanOptions()
    if len(data) > opts.max_chars * 4:
        raise DecodeError(f"This file is too large to be a page ({len(data):,} bytes).")
    if not data:
        return "", "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _checked(data.decode("utf-8-sig"), "utf-8-sig")
        except UnicodeDecodeError as e:
            raise DecodeError(f"The file starts like UTF-8 but is broken at byte {e.start}.") from e
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(name), "utf-16")
            except UnicodeDecodeError as e:
                raise DecodeError(
                    f"The file starts like UTF-16 but is broken at byte {e.start}."
                ) from e
    guess = _utf16_guess(data)
    if guess:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            text = ""
        # Without a BOM, only text that reads as Chinese or ASCII counts: binary data with
        # NULs on one side of each pair decodes too, into characters no page contains.
        if text and _odd_share(text) <= _MAX_ODD_SHARE_GB:
            return _checked(text, guess)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise DecodeError(
            "The text encoding of this file could not be recognised (tried UTF-8, UTF-16 "
            f"and GB18030; it fails at byte {e.start}). Save the page as UTF-8 and try again."
        ) from e
    if _odd_share(text) > _MAX_ODD_SHARE_GB or _rare_han_share(text) > _MAX_RARE_HAN:
        raise DecodeError(
            "The text encoding of this file could not be recognised: it is not UTF-8 or "
            "UTF-16, and read as GB18030 it is not Chinese text."
        )
    return _checked(text, "gb18030")
