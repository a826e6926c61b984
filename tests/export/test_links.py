"""dubao:// links: one format, one parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.links import LinkError, annotation_link, article_link, parse_link


def test_annotation_link_round_trips() -> None:
    url = annotation_link(42, "2044b7df-04ad-4506-ad03-b43d357c3aa4")
    assert url == "dubao://article/42#annotation=2044b7df-04ad-4506-ad03-b43d357c3aa4"
    assert parse_link(url) == (42, "2044b7df-04ad-4506-ad03-b43d357c3aa4")


def test_article_link_has_no_annotation() -> None:
    assert parse_link(article_link(7)) == (7, None)
    assert parse_link("DUBAO://article/7/") == (7, None)


@given(st.integers(min_value=1, max_value=10**12), st.uuids())
def test_any_id_and_uuid_round_trip(article_id: int, uuid: object) -> None:
    assert parse_link(annotation_link(article_id, str(uuid))) == (article_id, str(uuid))


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/article/1",
        "dubao://page/1",
        "dubao://article/",
        "dubao://article/abc",
        "dubao://article/１２",  # full-width digits are not an id
        "dubao://article/1#annotation=",
        "dubao://article/1#annotation=<script>",
    ],
)
def test_rejects_what_is_not_a_dubao_link(url: str) -> None:
    with pytest.raises(LinkError):
        parse_link(url)


def test_refuses_to_make_a_link_with_a_bad_uuid() -> None:
    with pytest.raises(LinkError):
        annotation_link(1, "a b")
