"""The query parser on its own."""

from __future__ import annotations

from desktop.core.search import Term, parse_query


def test_and_or_exclude_and_fields() -> None:
    parsed = parse_query('科技 a OR b -c title:机器人 paper:"人民 日报"')
    assert parsed.clauses == (
        (Term("科技"),),
        (Term("a"), Term("b")),
        (Term("机器人", "title"),),
        (Term("人民 日报", "paper", quoted=True),),
    )
    assert parsed.excluded == (Term("c"),)


def test_field_prefix_is_case_insensitive_and_needs_a_value() -> None:
    assert parse_query("Title:x").clauses == ((Term("x", "title"),),)
    assert parse_query("title:").clauses == ((Term("title:"),),)
    assert parse_query("byline:x").clauses == ((Term("byline:x"),),)


def test_lone_minus_and_hyphenated_words() -> None:
    assert parse_query("-").clauses == ((Term("-"),),)
    assert parse_query("Wi-Fi").clauses == ((Term("Wi-Fi"),),)


def test_lowercase_or_is_a_word() -> None:
    assert parse_query("a or b").clauses == ((Term("a"),), (Term("or"),), (Term("b"),))


def test_folded_terms() -> None:
    assert Term("ＤｅｅｐＳｅｅｋ６５").folded == "deepseek65"


def test_repeated_terms_are_searched_once() -> None:
    parsed = parse_query("字 字 a OR a -b -b " + "字 " * 500)
    assert parsed.clauses == ((Term("字"),), (Term("a"),))
    assert parsed.excluded == (Term("b"),)
