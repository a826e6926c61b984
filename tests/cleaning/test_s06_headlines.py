"""Stage 6 on small pages: a global headline assignment, side-by-side headlines, and
pictures printed with a headline in the end block."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s06_titles import side_by_side

BODIES = """\
 本报讯 记者张三报道 昨日，
全省外卖骑手驿站建设推进会
在杭州召开，会议明确今年骑
手驿站全天开放。

本报讯 通讯员李四报道 近
日，宁波港口集装箱吞吐量再
创新高，港口集团表示将继续
扩大航线。

本报讯 记者王五报道 市图
书馆从下月起夜间开放，读者
可以在晚上借阅图书。
"""


def test_two_headlines_side_by_side_go_to_two_bodies() -> None:
    page = clean_page(BODIES + "\n骑手驿站全天开放 港口吞吐再创新高\n\n图书馆夜间开放\n", "p.txt")
    titles = [a.title for a in page.articles]
    assert titles == ["骑手驿站全天开放", "港口吞吐再创新高", "图书馆夜间开放"]


def test_one_spaced_headline_stays_whole_when_every_body_has_one() -> None:
    page = clean_page(
        BODIES + "\n骑手驿站 全天开放\n\n港口吞吐再创新高\n\n图书馆夜间开放\n", "p.txt"
    )
    assert [a.title for a in page.articles][1:] == ["港口吞吐再创新高", "图书馆夜间开放"]
    assert page.articles[0].title is not None
    assert page.articles[0].title.replace(" ", "") == "骑手驿站全天开放"


def test_side_by_side_needs_two_headline_shaped_halves() -> None:
    assert side_by_side("以花为媒 关爱女工") == ("以花为媒", "关爱女工")
    assert side_by_side("昨日，全省 召开会议") is None  # a clause, not a headline
    # a space inside a quotation divides no headline in two
    assert side_by_side("总工会开展“最美劳动者 微笑带回家”活动") is None
    assert side_by_side("AI 工具进车间") is None  # one half too short
    assert side_by_side("港口吞吐再创新高") is None


def test_a_headline_leading_into_the_line_under_it_is_that_titles_kicker() -> None:
    # the line ending in a dash speaks of the first story most, yet leads into the
    # title under it: the story's kicker and title, wherever the pair stands in the block
    kicker = "全省外卖骑手驿站建设推进会在杭州召开——"
    for block in (
        f"{kicker}\n\n驿站暖心（探访）\n\n港口吞吐再创新高\n\n图书馆夜间开放\n",
        f"港口吞吐再创新高\n\n图书馆夜间开放\n\n{kicker}\n\n一个个小家暖人心\n",
    ):
        page = clean_page(BODIES + "\n" + block, "p.txt")
        first = page.articles[0]
        assert first.kicker == kicker
        assert first.title in block and first.title != kicker
        assert [a.title for a in page.articles[1:]] == ["港口吞吐再创新高", "图书馆夜间开放"]
        assert page.furniture == []


def test_a_caption_under_an_end_block_headline_belongs_to_its_story() -> None:
    text = (
        BODIES
        + "\n港口吞吐再创新高\n\n码头夜景。 通讯员赵六 摄\n\n图书馆夜间开放\n\n骑手驿站全天开放\n"
    )
    page = clean_page(text, "p.txt")
    assert [a.kind for a in page.articles] == ["article"] * 3
    port = next(a for a in page.articles if a.title == "港口吞吐再创新高")
    assert [b.text for b in port.blocks if b.type == "caption"] == ["码头夜景。"]
    assert any("赵六" in f for f in page.furniture)


def test_every_story_of_a_headline_block_gets_its_own_title(
    seeds: list[tuple[str, str]],
) -> None:
    """Page 004 prints five stories' headlines in one block, two of them on one line."""
    source, text = next(s for s in seeds if s[0].startswith("004"))
    page = clean_page(text, source)
    stories = [a for a in page.articles if a.kind == "article"]
    titles = [a.title for a in stories]
    assert None not in titles and len(set(titles)) == len(titles)
    assert all(" " not in (t or "") for t in titles)


HANDED_ON = """\
 本报讯 记者张三报道 昨日，
花艺培训在职工学校举行，女
工们插花、拥抱幸福，感受工会
的关爱，展现半边天风采。

本报讯 通讯员李四报道 近
日，女职工权益宣讲走进企业，
倡导企业关心关爱女职工。

关爱半边天

宣讲现场座无虚席。

以花为媒拥抱幸福
"""


def test_a_headline_that_fits_two_bodies_goes_to_the_one_no_other_fits() -> None:
    """The second headline fits only the first body; the first fits both: each body
    gets one, the pairing with the better fit overall."""
    page = clean_page(HANDED_ON, "p.txt")
    assert [a.title for a in page.articles] == ["以花为媒拥抱幸福", "关爱半边天"]


HEADED_OVER_LEAD = """\
骑手驿站建设提速

本报讯 记者张三报道 昨日，全省
外卖骑手驿站建设推进会在杭州召
开，会议明确今年新建驿站两百个，
各地要在年底前完成驿站建设任务。

会上，各地交流了驿站建设经验，
多地驿站实现全天开放，骑手可以
在驿站歇脚、喝水、给手机充电，
推进会要求各地把好事办好办实。

推进会召开

港口集团负责人介绍，上半年宁波
港口集装箱吞吐量再创新高，同比
增长百分之八，货物吞吐量也保持
增长，多项指标位居全国前列。

港口集团新开两条远洋航线，分别
通往东南亚和中东地区，下半年还
将扩建码头泊位，提升装卸效率。
"""


def test_a_story_headed_over_its_lead_in_takes_no_bonus_for_a_headline_after_it() -> None:
    # its title is printed over its lead-in: a headline printed after it is the next
    # story's (or a section's), so it earns no credit for sitting next to it, only its words
    from desktop.core.cleaning.options import CleanOptions
    from desktop.core.cleaning.s02_normalize import normalize
    from desktop.core.cleaning.s03_reflow import reflow
    from desktop.core.cleaning.s04_roles import assign_roles
    from desktop.core.cleaning.s05_segment import segment
    from desktop.core.cleaning.s06_headlines import Attacher

    opts = CleanOptions()
    units = reflow(normalize(HEADED_OVER_LEAD), opts)
    roles = assign_roles(units, opts)
    seg = segment(units, roles, opts)
    att = Attacher(units, roles, seg, opts)
    after = next(i for i, u in enumerate(units) if u.text == "推进会召开")
    assert att.raw[(after, 0)] == att.scorer.score("推进会召开", 0)
    # the story under it opens on no lead-in: the headline over it does earn the bonus
    assert att.raw[(after, 1)] > att.scorer.score("推进会召开", 1)
