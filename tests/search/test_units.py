"""The pure pieces: folding, grams, posting encoding, spans, snippets, package boundaries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.search import fold
from desktop.core.search.analysis import GramFormat, gram_positions, iter_grams, query_grams
from desktop.core.search.engine import covering_grams
from desktop.core.search.locate import find_all, make_snippet, merge_spans

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "core" / "search"


def test_fold_keeps_every_character_in_place() -> None:
    every_bmp = "".join(map(chr, range(0x10000)))
    assert len(fold(every_bmp)) == 0x10000


@given(st.text())
def test_fold_is_length_preserving_and_per_character(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "".join(fold(c) for c in text)


def test_fold_examples() -> None:
    assert fold("ＤｅｅｐＳｅｅｋ　６５") == "deepseek 65"
    assert fold("科技创新") == "科技创新"
    assert fold("ﬁ") == "ﬁ" and fold("İ") == "İ"  # would change length: kept
    assert fold("𝐀😀") == "a😀"


def test_grams_positions_are_character_offsets() -> None:
    assert list(iter_grams("abc")) == [("a", 0), ("b", 1), ("c", 2), ("ab", 0), ("bc", 1)]
    poses = gram_positions(["ab", "cd"])
    assert poses["ab"] == [0] and poses["cd"] == [3]
    assert "bc" not in poses  # no bigram across two fields


def test_query_grams_and_covering_grams() -> None:
    assert query_grams("a") == ["a"] and query_grams("ab") == ["ab"]
    assert query_grams("abcd") == ["ab", "bc", "cd"]
    assert covering_grams("abc") == [(0, "ab"), (1, "bc")]
    assert covering_grams("abcd") == [(0, "ab"), (2, "cd")]
    assert covering_grams("abcde") == [(0, "ab"), (2, "cd"), (3, "de")]


@given(st.lists(st.integers(0, 10**7), min_size=1, unique=True))
def test_posting_encoding_round_trips(positions: list[int]) -> None:
    fmt = GramFormat()
    positions.sort()
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)


def test_spans_and_snippets() -> None:
    assert find_all("aaaa", "aa") == [(0, 2), (1, 3), (2, 4)]
    assert merge_spans([(2, 4), (0, 2), (1, 3)]) == [(0, 4)]
    text = "开头" + "正文" * 60 + "关键词" + "结尾\n下一段"
    start = text.index("关键词")
    snip = make_snippet("body", text, [(start, start + 3)])
    assert snip.text.startswith("…")
    assert [snip.text[s:e] for s, e in snip.marks] == ["关键词"]
    assert snip.start + snip.marks[0][0] - 1 == start
    assert "\n" not in snip.text


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_search_core_never_imports_qt() -> None:
    for path in PACKAGE.glob("*.py"):
        assert not {"PySide6", "PyQt5", "PyQt6"} & _imports(path), path


def test_importing_the_package_does_not_load_jieba() -> None:
    code = "import sys, desktop.core.search; assert 'jieba' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@given(st.text(max_size=40))
def test_gram_positions_group_iter_grams(text: str) -> None:
    grouped: dict[str, list[int]] = {}
    for gram, pos in iter_grams(text):
        grouped.setdefault(gram, []).append(pos)
    assert dict(gram_positions([text])) == {g: sorted(p) for g, p in grouped.items()}


@given(
    st.binary(max_size=200),
    st.lists(
        st.tuples(st.sampled_from(["read", "readline", "seek", "tell"]), st.integers(-1, 220)),
        max_size=20,
    ),
)
def test_view_io_reads_like_bytes_io(data: bytes, ops: list[tuple[str, int]]) -> None:
    import io

    from desktop.core.search.storage import _ViewIO

    view, ref = _ViewIO(data), io.BytesIO(data)
    for op, n in ops:
        if op == "seek":
            n = max(n, 0)
            assert view.seek(n) == ref.seek(n)
        elif op == "tell":
            assert view.tell() == ref.tell()
        else:
            assert getattr(view, op)(n) == getattr(ref, op)(n)
