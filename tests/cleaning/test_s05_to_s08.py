"""Stages 5–8 on small pages: boundaries, headline attachment, joining, assembly."""

from __future__ import annotations

from desktop.core.cleaning import clean_page

NARROW = """\
 本报讯 记者张三报道 昨日，
全省外卖骑手驿站建设推进会
在杭州召开，会议明确今年新
建骑手驿站两百个。

会议要求各地骑手驿站做到
全天开放、设施齐全。

本报讯 通讯员李四报道 近
日，宁波港口集装箱吞吐量再
创新高，港口集团表示将继续
扩大航线。

港口集团负责人说，集装箱
业务今年还将增长。

骑手驿站
今年新建两百个

宁波港口集装箱
吞吐量创新高
"""


def test_headlines_at_the_end_attach_to_their_bodies() -> None:
    page = clean_page(NARROW, "p.txt")
    titles = {a.title: a for a in page.articles}
    assert set(titles) == {"骑手驿站今年新建两百个", "宁波港口集装箱吞吐量创新高"}
    a = titles["骑手驿站今年新建两百个"]
    assert a.byline == "记者张三"
    assert a.blocks[0].text.startswith("昨日，全省外卖骑手驿站")
    assert len(a.blocks) == 2
    assert [x.key for x in page.articles] == ["p.txt#1", "p.txt#2"]


def test_the_last_headline_left_pairs_with_the_last_untitled_story() -> None:
    # the first story's headline shares no word with it and is printed away from it, at
    # the end of the page: all the other stories found theirs
    story = "本报讯 记者王五报道 天灰\n蒙蒙的，飘洒的雨丝更添了几\n分凉意，长跑选手却很兴奋。\n\n"
    page = story + NARROW + "\n\n“要为男儿争口气”\n"
    titles = {a.title: a for a in clean_page(page, "p.txt").articles}
    assert titles["“要为男儿争口气”"].byline == "记者王五"
    assert titles["骑手驿站今年新建两百个"].byline == "记者张三"
    # set right under another title, a title over its own deck is still no deck of that one
    page = story + NARROW + "\n“要为男儿争口气”\n——记万米冠军董江民\n"
    titles = {a.title: a for a in clean_page(page, "p.txt").articles}
    assert titles["“要为男儿争口气”"].subtitle == "——记万米冠军董江民"
    assert titles["宁波港口集装箱吞吐量创新高"].subtitle is None
    # a body that may be the rest of a story printed elsewhere takes no leftover title
    rest = "的雨丝更添了几分凉意，长跑\n选手却很兴奋，跑得很快。\n\n"
    arts = clean_page(rest + NARROW + "\n\n“要为男儿争口气”\n", "p.txt").articles
    assert "“要为男儿争口气”" not in {a.title for a in arts}
    # … unless it is the text at the top of the page and begins a sentence
    top = "不久前，首批两百名高技能人才被\n授予“大国工匠”称号。本报今日起\n开设专栏。\n\n"
    arts = clean_page(top + NARROW + "\n\n开栏的话\n", "p.txt").articles
    assert arts[0].title == "开栏的话"


def test_subhead_between_paragraphs() -> None:
    raw = "# 标题在这里\n\n第一段正文，内容完整。\n\n## 小标题\n\n第二段正文，也很完整。\n"
    (a,) = clean_page(raw, "m.txt").articles
    assert a.title == "标题在这里"
    assert [b.type for b in a.blocks] == ["paragraph", "subhead", "paragraph"]


def test_page_title_above_story_titles() -> None:
    raw = "# 版面名称\n\n## 第一篇\n\n第一篇的正文。\n\n## 第二篇\n\n第二篇的正文。\n"
    page = clean_page(raw, "m.txt")
    assert [a.title for a in page.articles] == ["第一篇", "第二篇"]
    assert page.furniture == ["版面名称"]


def test_a_story_may_open_on_a_subhead_when_the_page_has_several_titles() -> None:
    # a level the page uses for every story is the titles' level, even where a story's
    # first section opens right under its title
    raw = (
        "# 港口吞吐量创新高\n\n宁波港口集装箱吞吐量再创新高。\n\n"
        "# 药品集采再降价\n\n## 核心阅读\n\n第三批药品集中采购开标，平均降价五成。\n\n"
        "## 品种接近前两批之和\n\n本次采购共纳入五十六个品种。\n"
    )
    page = clean_page(raw, "m.txt")
    assert [a.title for a in page.articles] == ["港口吞吐量创新高", "药品集采再降价"]
    blocks = page.articles[1].blocks
    assert [b.type for b in blocks] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert not page.furniture


def test_markdown_table_becomes_a_table_block() -> None:
    raw = "# 出让公告\n\n说明如下。\n\n地块\t面积(m <sup>2</sup>)\n一号\t100\n"
    (a,) = clean_page(raw, "t.txt").articles
    assert a.kind == "notice"
    table = a.blocks[-1]
    assert table.type == "table"
    assert table.rows == (("地块", "面积(m²)"), ("一号", "100"))


def test_out_of_order_parts_are_joined() -> None:
    raw = (
        "# 骑手社保\n\n平台从下月开始为全职和稳定兼职骑手缴纳社保，骑手们\n\n"
        "# 另一篇文章\n\n这是另一篇文章，讲的是别的事情。\n\n"
        "的反应各不相同，有人期待，有人观望。\n"
    )
    page = clean_page(raw, "j.txt")
    first = page.articles[0]
    assert first.title == "骑手社保"
    assert (
        first.blocks[0].text
        == "平台从下月开始为全职和稳定兼职骑手缴纳社保，骑手们的反应各不相同，有人期待，有人观望。"
    )
    assert len(page.articles) == 2


def test_fragment_at_page_start_is_incomplete() -> None:
    raw = "想买单。\n\n三十公里外的公司，研发团队同样不放过任何机会。\n"
    (a,) = clean_page(raw, "f.txt").articles
    assert a.complete is False


def test_a_story_ending_in_an_ellipsis_and_a_note_is_complete() -> None:
    # the note after the last sentence (who else reported) is no sign of a story cut off
    raw = (
        "本报讯 她在小店里修了二十年电器，\n收费往往只要几块钱。\n\n"
        "店里的空气弥漫着铁锈的味道，诉说着\n一个手艺人的坚守……（李明参与采写）\n"
    )
    (a,) = clean_page(raw, "f.txt").articles
    assert a.blocks[-1].text.endswith("……（李明参与采写）")
    assert a.complete


def test_a_story_ending_in_a_signature_after_its_last_sentence_is_complete() -> None:
    # names glued after the last sentence (a reader's, photographers' run together) close
    # the story whether or not the byline took them
    for tail in ("读者 薛芳玲", "王立新赵海波摄"):
        raw = (
            "本报讯 她在小店里修了二十年电器，\n收费往往只要几块钱。\n\n"
            f"街坊们都说，这样的手艺人越来越少\n了，大家都舍不得她。{tail}\n"
        )
        (a,) = clean_page(raw, "f.txt").articles
        assert a.complete, tail


def test_photo_item_with_credit_and_title() -> None:
    raw = (
        "2月24日，工人正在钢材物流区作业。近年来，湖州市持续发挥内河航运优势。"
        " 通讯员王树成摄\n\n物流园\n装卸忙\n"
    )
    (a,) = clean_page(raw, "ph.txt").articles
    assert (a.kind, a.title, a.byline) == ("photo", "物流园装卸忙", "通讯员王树成")


def test_headline_sharing_no_words_with_the_story_so_far_opens_a_new_one() -> None:
    raw = (
        "# 港口吞吐量创新高\n\n宁波港口集装箱吞吐量再创新高，港口集团表示将继续扩大航线。\n\n"
        "港口集团负责人说，集装箱业务今年还将增长。\n\n"
        "骑手驿站今年新建两百个\n\n"
        "全省今年将新建骑手驿站两百个，驿站全天开放。\n\n骑手们对新建驿站表示欢迎。\n"
    )
    page = clean_page(raw, "n.txt")
    assert [a.title for a in page.articles] == ["港口吞吐量创新高", "骑手驿站今年新建两百个"]


def test_new_words_open_a_brief_unless_the_story_has_a_series_of_subheads() -> None:
    """A mid-body line with words the story has not used yet, over text that uses them,
    heads the next story (in real news laid out by the relay, 70 such lines of 74 were
    titles) —
    unless the story already has subheads of its size: then it is one more of them."""
    raw = (
        "港口吞吐量创新高\n\n本报讯 记者张三报道 宁波港口集装箱吞吐量再创新高。\n\n"
        "集装箱业务增长\n\n"
        "港口集团负责人说，集装箱业务今年还将增长。\n\n港口将新开两条集装箱航线。\n\n"
        "骑手驿站今年新建两百个\n\n"
        "全省今年将新建骑手驿站两百个，驿站全天开放。\n\n"
        "本报讯 通讯员李四报道 近日，全市图书馆延长开放时间。\n\n图书馆延长开放\n"
    )
    page = clean_page(raw, "s.txt")
    first = page.articles[0]
    assert first.title == "港口吞吐量创新高"
    assert [b.type for b in first.blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "paragraph",
        "subhead",
        "paragraph",
    ]
    assert len(page.articles) == 2
    # without the series, the same line opens a brief of its own
    page = clean_page(raw.replace("集装箱业务增长\n\n", ""), "s.txt")
    assert [a.title for a in page.articles] == [
        "港口吞吐量创新高",
        "骑手驿站今年新建两百个",
        "图书馆延长开放",
    ]


def test_labelled_subhead_stays_inside_the_story() -> None:
    raw = (
        "# 标题\n\n第一段正文，讲骑手社保的事情。\n\n第二段正文，继续讲骑手社保。\n\n"
        "数据\n\n受益群体有多大？\n\n第三段正文，骑手社保的数据。\n"
    )
    (a,) = clean_page(raw, "l.txt").articles
    assert [b.type for b in a.blocks] == ["paragraph", "paragraph", "subhead", "paragraph"]
    assert a.blocks[2].text == "数据 受益群体有多大？"


def test_credit_and_source_lines() -> None:
    raw = "# 标题\n\n正文写在这里，内容完整。（来源：人民日报）\n"
    (a,) = clean_page(raw, "c.txt").articles
    assert a.publication == "人民日报"
    assert a.blocks[-1].text == "正文写在这里，内容完整。"


def test_headline_right_above_a_byline_lead_in() -> None:
    raw = (
        "物流园\n装卸忙\n记者金钧胤报道 杭州市西\n湖区云州国际工会驿站旁的\n"
        "“小哥食堂”，是外卖小哥每\n天午休时的好去处。\n"
    )
    (a,) = clean_page(raw, "h.txt").articles
    assert (a.title, a.byline) == ("物流园装卸忙", "记者金钧胤")
    assert a.blocks[0].text.startswith("杭州市西湖区云州国际工会驿站")


def test_dateline_of_any_paper_starts_a_story() -> None:
    raw = (
        "# 第一篇\n\n第一篇的正文写在这里，内容完整。\n"
        "人民日报北京3月5日电（记者 张三）今天上午，大会开幕。\n"
    )
    page = clean_page(raw, "d.txt")
    assert len(page.articles) == 2
    second = page.articles[1]
    assert (second.publication, second.byline) == ("人民日报", "记者 张三")
    assert second.blocks[0].text == "人民日报北京3月5日电 今天上午，大会开幕。"
