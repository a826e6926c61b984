"""A story's section headings in Chinese print are set alike — built to one pattern, opening
on a like label, one line each or pairs — and titles of different stories are not: a line
set like the story's other headings is one of them, unless the text under it tells of other
things.  :mod:`desktop.core.cleaning.s05_series` reads them."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from tests.cleaning.pages import PORTRAIT


def test_a_label_is_set_like_the_label_of_a_two_part_subhead() -> None:
    from desktop.core.cleaning.s05_likeness import set_like_its_subheads
    from desktop.core.cleaning.s05_model import Piece, Segment

    story = Segment(0, 0)
    story.pieces.append(Piece("subhead", "旷视研究院员工周而进： 让人工智能成为解决问题的日常工具"))
    assert set_like_its_subheads("佳格联合创始人顾竹：", story)
    assert not set_like_its_subheads("声智", story)


def test_the_first_of_a_series_of_headings_built_alike_is_a_subhead() -> None:
    # the first section heading shares no word with the intro above it, but its twins
    # further down show the series
    story = (
        "本报讯 广西大莫村“九分石头一分土”，\n到2015年全村贫困发生率仍高达\n八成。\n\n"
        "近些年，广西持续加大少数民族地区\n脱贫攻坚力度，改善基础设施。\n\n"
        "技术有人教，销售有保障\n\n"
        "大莫村请来养牛技术员，黄牛的销售\n也有了保障，陆金从家还养了羊。\n\n"
        "引来山泉水，用水不再愁\n\n"
        "拧开家中水龙头，不一会儿，村民就\n接满了一大桶清水。\n"
    )
    [art] = clean_page(story, "p.txt").articles
    assert [b.text for b in art.blocks if b.type == "subhead"] == [
        "技术有人教，销售有保障",
        "引来山泉水，用水不再愁",
    ]


LABELLED_SECTIONS = """\
本报讯 记者王明报道 八月十八日至二十一日，
省委主要负责同志深入沿江各地考察，调研防汛救
灾和经济发展。

考察期间，省委主要负责同志强调，要统筹抓好防
汛救灾和经济社会发展各项工作。

黄河边，讲述防洪大堤的老故事

特殊之年，汛情牵动人心。考察第一天，他来到防
洪大堤，察看水情，看望受灾群众。

渭河畔，创新是跨越式发展的关键所在

渭河北岸，科技创新馆里人头攒动。他仔细察看创
新成果，勉励企业加大研发投入。

汉江口，在协同发展中找准自身定位

汉江口岸，货轮往来穿梭。他叮嘱当地干部，要在
区域协同发展中找准自身定位。
"""


def test_headings_opening_on_a_label_and_a_comma_are_a_series_of_subheads() -> None:
    # 黄河边，… / 渭河畔，… / 汉江口，…: the same build up to the comma, rests of any length
    [art] = clean_page(LABELLED_SECTIONS, "p.txt").articles
    assert [b.type for b in art.blocks].count("subhead") == 3
    assert art.byline == "记者王明"


SERIES_THEN_OTHER_STORY = """\
本报讯 记者王明报道 青山县石
门村村民李大山今年种了十亩苹果
，石门村的果园迎来丰收。

李大山说，石门村的苹果个大味甜
，收购商早早就上门订货，一斤能
卖五元钱。

果园来了技术员

县里的技术员常到石门村果园，教
李大山和果农们剪枝、施肥，苹果
亩产提高了三成。

技术员说，石门村的苹果品质好，
明年还要推广新品种。

网店打开了销路

石门村村民在电商平台开起网店，
李大山种的苹果卖到了全国各地，
价格比过去高了两成。

石门村电商服务站负责人说，今年
已有三十多户果农开了网店，苹果
销量翻了一番。

港口开通新航线

上半年，宁波港集装箱吞吐量再创
新高，同比增长百分之八，远洋航
线增至一百二十条。

港口集团负责人表示，下半年还将
扩建码头泊位，提升装卸效率，服
务外贸企业。

今年以来，宁波港新增东南亚和中
东航线十条，外贸集装箱吞吐量持
续增长。

石门村苹果丰收
"""


def test_a_line_set_like_the_storys_subheads_over_unrelated_text_heads_a_new_story() -> None:
    # 港口开通新航线 is built like 果园来了技术员 and 网店打开了销路, but the text under it
    # shares next to nothing with the story about the village: another story starts there
    first, second = clean_page(SERIES_THEN_OTHER_STORY, "p.txt").articles
    assert [b.type for b in first.blocks].count("subhead") == 2
    assert (second.title, len(second.blocks)) == ("港口开通新航线", 3)


SINGLE_LINE_SECTIONS_THEN_TITLE_AND_DECK = """\
社区游泳馆暑期人满为患

暑假以来，市内多家社区游泳馆迎来客流高峰，
不少家长带着孩子排队等候入场，馆内泳道一位
难求，部分场馆不得不实行分时段限流。

家住东湖路的王女士说，她每天下午带孩子来游
泳，常常要等半个多小时，“孩子们放假在家，
游泳既能锻炼身体，又能消暑。”

现场：泳池边挤满等候的家长

记者在一家社区游泳馆看到，泳池边的休息区挤
满了等候的家长，救生员在高台上来回巡视，不
时吹哨提醒在深水区嬉戏的孩子注意安全。

管理：救生员配备有待加强

据场馆负责人介绍，按照规定，每二百五十平方
米水面须配备一名救生员，暑期客流大增，救生
员人手明显不足，场馆正在临时招聘。

大学生河边勇救落水男孩

男孩玩耍不慎落水 大学生跳进河里施救

前天傍晚，城西滨河公园发生惊险一幕：一名男
孩在河边玩耍时不慎落水，正在散步的大学生李
明见状，毫不犹豫地跳进河里施救。

李明告诉记者，他从小在河边长大，水性很好，
“当时来不及多想，只想着先把孩子救上来。”
男孩被救上岸后，很快恢复了意识。
"""


def test_a_title_over_its_deck_after_single_line_sections_heads_a_new_story() -> None:
    # the story's sections are headed by one line each (现场：… / 管理：…); a headline over
    # a second line under them is a title and its deck, though the text under it shares
    # a word or two with the story (游泳, 孩子): the next story, not one more section
    first, second = clean_page(SINGLE_LINE_SECTIONS_THEN_TITLE_AND_DECK, "p.txt").articles
    assert [b.type for b in first.blocks].count("subhead") == 2
    assert second.title == "大学生河边勇救落水男孩"
    assert second.subtitle == "男孩玩耍不慎落水 大学生跳进河里施救"
    assert second.blocks[0].text.startswith("前天傍晚")


def test_one_run_headings_of_one_length_three_times_are_a_series() -> None:
    # the first shares no word with the short intro above it and is named in the text
    # under it, as a new story's title would be; two twins of its very length further
    # down show the story's sections
    portrait = next(a for a in clean_page(PORTRAIT, "p.txt").articles if a.byline)
    assert [b.text for b in portrait.blocks if b.type == "subhead"] == [
        "兑现当初的承诺",
        "种下致富的果树",
        "留住返乡的青年",
    ]
    assert portrait.blocks[-1].text == "“日子越过越有奔头！”刘玉梅说。"


def test_one_run_headlines_of_one_length_twice_are_no_series() -> None:
    # one twin is not enough for so common a build: a title over a story of its own
    text = (
        "本报讯 今年以来，市总工会组织开展职工技能\n大赛，三千余名职工参赛。\n\n"
        "大赛设置了焊工、电工等十个工种，赛出了一\n批技术能手。\n\n"
        "新区图书馆开门迎客\n\n"
        "本市新区图书馆昨天正式开馆，馆内藏书三十\n万册，设有少儿阅览区。\n\n"
        "图书馆开馆首日接待读者两千余人次。\n\n"
        "城西菜市场改造完工\n\n"
        "经过三个月改造，城西菜市场昨天重新开业，\n摊位整齐，地面干净。\n"
    )
    titles = [a.title for a in clean_page(text, "p.txt").articles]
    assert titles == [None, "新区图书馆开门迎客", "城西菜市场改造完工"]
