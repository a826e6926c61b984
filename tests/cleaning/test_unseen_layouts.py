"""Layouts the seed pages do not show but the same newspapers print (see benchmarks/relay.py)."""

from __future__ import annotations

from desktop.core.cleaning import clean_page

#: A story with a lead-in, then one with only a closing credit: no blank, no headline
#: between them; both headlines are collected at the end of the page.
TWO_TEAMS = """\
本报讯 记者张三报道 昨日，
全省外卖骑手驿站建设推进会
在杭州召开，会议明确今年新
建骑手驿站两百个。

会议要求各地骑手驿站做到
全天开放、设施齐全。

宁波港口集装箱吞吐量再创新
高，港口集团表示将继续扩大
远洋航线，开辟新的集装箱航
线。

集装箱码头负责人说，宁波港
口的集装箱业务今年还将增长。
（通讯员李四）

骑手驿站
今年新建两百个

宁波港口集装箱
吞吐量创新高
"""


def test_lead_in_and_unrelated_credit_are_two_stories() -> None:
    page = clean_page(TWO_TEAMS, "p.txt")
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"骑手驿站今年新建两百个", "宁波港口集装箱吞吐量创新高"}
    riders = by_title["骑手驿站今年新建两百个"]
    port = by_title["宁波港口集装箱吞吐量创新高"]
    assert riders.byline == "记者张三"
    assert port.byline == "通讯员李四"
    assert [b.text[:6] for b in port.blocks] == ["宁波港口集装", "集装箱码头负"]


def test_credit_naming_the_reporter_again_keeps_one_story() -> None:
    for credit in ("（记者张三）", "（记者张三 通讯员李四）"):
        page = clean_page(TWO_TEAMS.replace("（通讯员李四）", credit), "p.txt")
        assert len([a for a in page.articles if a.title]) == 1


def test_credit_naming_a_partly_different_team_is_another_story() -> None:
    raw = TWO_TEAMS.replace("本报讯 记者张三报道", "本报讯 记者张三 通讯员王五报道")
    page = clean_page(raw.replace("（通讯员李四）", "（通讯员李四 记者张三）"), "p.txt")
    assert len(page.articles) == 2


def test_byline_lead_in_right_after_a_finished_story() -> None:
    raw = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭\n州召开。\n"
        "通讯员李四报道 近日，宁波港\n口集装箱吞吐量再创新高，港\n口集团将继续扩大航线。\n"
    )
    page = clean_page(raw, "p.txt")
    assert [a.byline for a in page.articles] == ["记者张三", "通讯员李四"]


def test_upper_of_two_headline_lines_is_the_title() -> None:
    raw = TWO_TEAMS.replace(
        "骑手驿站\n今年新建两百个\n", "骑手有了新驿站\n\n全省今年新建骑手驿站两百个\n"
    )
    page = clean_page(raw, "p.txt")
    riders = next(a for a in page.articles if a.byline == "记者张三")
    assert riders.title == "骑手有了新驿站"
    assert riders.subtitle == "全省今年新建骑手驿站两百个"


#: A page that indents paragraphs (first lines two characters short): a blank line after a
#: full line ending a sentence, before another full line, is a column break.
INDENTED = """\
本报讯 记者张三报道 昨日
，全省外卖骑手驿站建设推进会
在杭州召开。

会议要求各地驿站全天开放
并且设施齐全、提供热水座椅。

各地要在五月前完成选址工作，
驿站由工会和商户共同运营，
新驿站年底前投入使用。

各地工会负责人参加会议
并作交流发言，表示将按时完成
建设任务。

会议还部署了夏季送清凉活
动，为户外劳动者送去防暑降温
物品。

会上还表彰了一批优秀驿
站和先进个人，与会代表纷纷表
示备受鼓舞。
"""


def test_column_break_at_a_sentence_end_on_an_indenting_page() -> None:
    (a,) = clean_page(INDENTED, "p.txt").articles
    paras = [b.text for b in a.blocks if b.type == "paragraph"]
    assert len(paras) == 5
    assert "提供热水座椅。各地要在五月前" in paras[1]


def test_short_line_ending_a_sentence_closes_its_paragraph() -> None:
    raw = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州\n召开，"
        "会议明确新建驿站两百个。”\n负责人表示。\n会议要求各地骑手驿站做到全\n天开放、设施齐全。\n"
    )
    (a,) = clean_page(raw, "p.txt").articles
    paras = [b.text for b in a.blocks if b.type == "paragraph"]
    assert paras[0].endswith("两百个。”负责人表示。")


def test_wire_story_then_a_story_closed_by_a_staff_credit() -> None:
    raw = TWO_TEAMS.replace("本报讯 记者张三报道 昨日，", "据新华社杭州3月1日电 昨日，")
    page = clean_page(raw, "p.txt")
    port = next(a for a in page.articles if a.byline == "通讯员李四")
    assert port.blocks[0].text.startswith("宁波港口集装箱")
    assert len(page.articles) == 2


def test_markdown_lead_in_under_its_heading() -> None:
    raw = (
        "# 骑手驿站今年新建两百个\n\n"
        "本报讯（记者张三） 昨日，全省外卖骑手驿站建设推进会在杭州召开。\n\n"
        "会议要求各地骑手驿站做到全天开放。\n\n# 宁波港口集装箱吞吐量创新高\n\n"
        "本报讯（通讯员李四） 近日，宁波港口集装箱吞吐量再创新高。\n"
    )
    page = clean_page(raw, "m.txt")
    assert [(a.title, a.byline, len(a.blocks)) for a in page.articles] == [
        ("骑手驿站今年新建两百个", "记者张三", 2),
        ("宁波港口集装箱吞吐量创新高", "通讯员李四", 1),
    ]


def test_short_line_whose_sentence_goes_on_after_a_column_break() -> None:
    raw = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州\n"
        "召开，会议明确新建驿站两百个。\n\n"
        "在杭州，骑手们有了自己\n\n的驿站。\n\n会议要求各地骑手驿站做到全\n天开放、设施齐全。\n"
    )
    (a,) = clean_page(raw, "p.txt").articles
    assert [b.type for b in a.blocks] == ["paragraph"] * 3
    assert a.blocks[1].text == "在杭州，骑手们有了自己的驿站。"


def test_full_unpunctuated_lines_before_a_column_break_are_text() -> None:
    raw = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州\n"
        "召开，会议明确新建驿站两百个。\n\n"
        "全国总工会公布的第九次全国职\n工队伍状况调查结果显示目前全\n\n国新就业形态劳动者已达八千\n四百万人。\n"
    )
    (a,) = clean_page(raw, "p.txt").articles
    assert a.title is None
    assert a.blocks[-1].text.startswith("全国总工会公布的第九次全国职工队伍")


def test_closing_quote_on_a_line_of_its_own_stays_with_its_sentence() -> None:
    raw = (
        "本报讯 记者张三报道 骑手张伟说：“有\n了职工医保，至少敢去医院看病了。\n”\n"
        "会议要求各地骑手驿站做到全天开\n放、设施齐全。\n"
    )
    (a,) = clean_page(raw, "p.txt").articles
    assert a.blocks[0].text.endswith("看病了。”")


PHOTO_THEN_STORY = """\
本报讯 记者张三报道 昨日，
全省外卖骑手驿站建设推进会
在杭州召开，会议明确今年新
建骑手驿站两百个。

近日，绍兴一家水务公司的班组长们在车间里带头宣讲安全生产知识，为全年工作开好头。 通讯员王五摄

唱好开年“序曲”

本报讯（通讯员李四） 近
日，宁波港口集装箱吞吐量再
创新高，港口集团表示将继续
扩大远洋航线。

骑手驿站
今年新建两百个

宁波港口集装箱
吞吐量创新高
"""


def test_headline_under_a_photo_caption_titles_the_photo() -> None:
    page = clean_page(PHOTO_THEN_STORY, "p.txt")
    titles = {a.kind: a.title for a in page.articles if a.kind == "photo"}
    assert titles == {"photo": "唱好开年“序曲”"}
    port = next(a for a in page.articles if a.byline == "通讯员李四")
    assert port.title == "宁波港口集装箱吞吐量创新高"


def test_dash_deck_is_never_a_main_title() -> None:
    raw = TWO_TEAMS.replace("宁波港口集装箱\n吞吐量创新高\n", "——港口集团扩大远洋航线\n")
    page = clean_page(raw, "p.txt")
    assert all(not (a.title or "").startswith("—") for a in page.articles)


#: An agency's own dispatch: the dateline names nobody, the reporters are credited at the end.
WIRE_OWN = """\
新华社长沙3月1日电 今年以来，
长沙市为一千户困难老人家庭实
施居家适老化改造，安装扶手、防
滑垫、可移动坐便椅等设施，让老
人在家中生活得更安全、更方便。

“过去只能扶墙走，现在墙上有
扶手，心里踏实多了。”家住雨花
区的老人说。

长沙市民政局负责人介绍，居家
适老化改造将在全市推开，每年
惠及一千户家庭。

从建设社区养老服务中心到开展
上门服务，我国正在探索应对老龄
化的养老服务模式。
（记者王五、赵六）

长沙推进居家适老化改造
"""


def test_an_agencys_dispatch_credits_its_own_reporters_at_the_end() -> None:
    (a,) = clean_page(WIRE_OWN, "p.txt").articles
    assert (a.title, a.byline) == ("长沙推进居家适老化改造", "记者王五、赵六")
    assert len([b for b in a.blocks if b.type == "paragraph"]) == 4


def test_a_closing_credit_the_dispatch_cannot_carry_is_another_story() -> None:
    # the paper quoting the wire (据…电) names no reporter of its own, and the agency's
    # own dispatch names no paper's staff (本报记者) and no bare name
    for lead, credit in (
        ("新华社杭州3月1日电", "（李四）"),
        ("新华社杭州3月1日电", "（本报记者 李四）"),
        ("据新华社杭州3月1日电", "（记者李四）"),
    ):
        raw = TWO_TEAMS.replace("本报讯 记者张三报道", lead).replace("（通讯员李四）", credit)
        assert len(clean_page(raw, "p.txt").articles) == 2, (lead, credit)
    # a site's own news (…讯) may close on a bare name
    raw = WIRE_OWN.replace("新华社长沙3月1日电", "新浪财经讯 3月1日消息，").replace(
        "（记者王五、赵六）", "（王五）"
    )
    assert len(clean_page(raw, "p.txt").articles) == 1


def test_a_markdown_round_up_credits_each_section_under_its_own_heading() -> None:
    raw = (
        "# 一起为梦想奋斗\n\n新的一年到来之际，本报记者走访各行各业的奋斗者。\n\n"
        "## 农业大学教授丛汶峰——\n\n## 扎根田间助农增产\n\n本报记者  吴  月\n\n"
        "今年当地冬小麦喜获丰收，亩产再创新高。\n\n"
        "## 导航雷达班班长安永国——\n\n## 练就可靠的深蓝之眼\n\n本报记者  金正波\n\n"
        "忙完日常巡检，安永国又开始研究新装备。\n"
    )
    [art] = clean_page(raw, "m.md").articles
    assert art.title == "一起为梦想奋斗"
    assert [b.type for b in art.blocks] == ["paragraph"] + (
        ["subhead", "subhead", "paragraph", "paragraph"] * 2
    )
    assert art.blocks[3].text == "本报记者 吴月"


def test_a_line_over_a_markdown_section_heading_is_part_of_that_sections_header() -> None:
    # a question printed plain over the section's ## heading, under an editor's note or
    # a paragraph: the section's header, not the title of another story
    text = (
        "# 增值税抵扣链条更优化\n\n本报记者 王五\n\n"
        "今年1月1日起，增值税法正式实施。税率结构、抵扣链条有何变化？哪些行业能受益？"
        "记者进行了采访。\n\n——编 者\n\n"
        "税率结构变化有何影响？\n\n## 确保政策衔接顺畅，企业发展预期更稳\n\n"
        "增值税法中明确了三档税率，与此前相比并无变化，企业发展预期更加稳定。\n\n"
        "哪些行业能受益？\n\n## 顺应新变化，为经营业务提供法律依据\n\n"
        "税收优惠是不少人关心的重点，增值税法规定了一些免征增值税的项目。\n"
    )
    [art] = clean_page(text, "p.md").articles
    assert art.title == "增值税抵扣链条更优化"
    assert [b.text for b in art.blocks if b.type == "subhead"] == [
        "税率结构变化有何影响？",
        "确保政策衔接顺畅，企业发展预期更稳",
        "哪些行业能受益？",
        "顺应新变化，为经营业务提供法律依据",
    ]
