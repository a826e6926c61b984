"""Stage 2: line endings, markup, control characters and spaced-out runs."""

from __future__ import annotations

from desktop.core.cleaning.s02_normalize import collapse_spaced, normalize, strip_markup


def texts(raw: str) -> list[str]:
    return [ln.text for ln in normalize(raw)]


def test_mixed_line_endings_and_nul() -> None:
    assert texts("甲乙\r\n丙\x00丁\r戊己\n") == ["甲乙", "丙丁", "戊己"]


def test_blank_lines_are_counted() -> None:
    lines = normalize("甲\n\n\n乙\n丙")
    assert [ln.blank_before for ln in lines] == [0, 2, 0]


def test_leading_space_marks_a_new_frame() -> None:
    lines = normalize("甲乙丙\n 丁戊己")
    assert [ln.frame for ln in lines] == [False, True]


def test_sup_becomes_superscript_and_tags_are_dropped() -> None:
    assert strip_markup("面积(m <sup>2</sup> )") == "面积(m²)"
    assert strip_markup("<b>粗体</b>&amp;<span class='x'>文字</span>") == "粗体&文字"


def test_spaced_out_characters_are_collapsed() -> None:
    assert collapse_spaced("八 小 时 工 作 制 并 不 是") == "八小时工作制并不是"
    assert collapse_spaced("观 察 ：职 工 是 创 新 的“ 源 头 活") == "观察：职工是创新的“源头活"
    # inside a letter-spaced run, digits and punctuation stand alone too
    assert collapse_spaced("9 月 1 1 日 1 8 时 , 山 东 淄 博") == "9月11日18时,山东淄博"
    assert collapse_spaced("全 年 GDP 增 长 5 %") == "全年 GDP 增长5%"
    assert collapse_spaced("1 2 3 4") == "1 2 3 4"  # no Han: not letter-spaced text


def test_real_spaces_are_kept() -> None:
    assert collapse_spaced("“AI PPT”“数小智”") == "“AI PPT”“数小智”"
    assert collapse_spaced("“人民城市 百年工运”文创") == "“人民城市 百年工运”文创"


def test_spaces_around_numbers_are_dropped() -> None:
    assert texts("东流路 88 号的宇树科技 3 楼") == ["东流路88号的宇树科技3楼"]


def test_embedded_lead_in_starts_a_new_line() -> None:
    lines = normalize("——副题在这里 本报讯 通讯员某某报")
    assert [ln.text for ln in lines] == ["——副题在这里", "本报讯 通讯员某某报"]
    assert lines[1].frame


def test_full_width_characters_are_kept() -> None:
    assert texts("２０２５年（一）：“好”！") == ["２０２５年（一）：“好”！"]


def test_markdown_inline_syntax_is_not_text() -> None:
    raw = "> 引用**加粗**的文字，[链接](https://x.cn/a)。\n\n![图片说明](a.jpg)\n\n---\n"
    assert texts(raw) == ["引用加粗的文字，链接。", "图片说明"]


def test_pipe_table_becomes_tab_separated() -> None:
    lines = normalize("| 甲 | 乙 |\n|---|:---:|\n| 1 | 2 |\n")
    assert [ln.text for ln in lines] == ["甲\t乙", "1\t2"]
    assert [ln.blank_before for ln in lines] == [0, 0]


def test_double_spaced_narrow_columns_lose_the_extra_blanks() -> None:
    raw = "\n\n".join(
        ["甲乙丙丁戊己庚辛"] * 5 + ["", "壬癸子丑寅卯辰巳"] + ["甲乙丙丁戊己庚辛"] * 4
    )
    gaps = [ln.blank_before for ln in normalize(raw)]
    assert gaps == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]


def test_paragraphs_set_apart_by_two_blanks_count_as_one() -> None:
    raw = "\n\n\n".join(
        f"这是第{n}段，写得足够长，是一段正常的文字，不是标题也不是图片说明。"
        for n in "一二三四五六七八九"
    )
    assert {ln.blank_before for ln in normalize(raw)[1:]} == {1}


def test_html_blocks_become_paragraphs_headings_and_tables() -> None:
    raw = (
        "<h1>出让公告</h1><p>根据有关规定，现公告如下：</p>"
        "<table><tr><td>地块</td><td>面积(m<sup>2</sup>)</td></tr>"
        "<tr><td>一号</td><td>100</td></tr></table><p>第二段&nbsp;内容。</p>"
    )
    lines = normalize(raw)
    assert [ln.text for ln in lines] == [
        "# 出让公告",
        "根据有关规定，现公告如下：",
        "地块\t面积(m²)",
        "一号\t100",
        "第二段 内容。",
    ]
    assert [ln.blank_before for ln in lines][1:] == [1, 1, 0, 1]
