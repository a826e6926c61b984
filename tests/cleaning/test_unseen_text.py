"""Cues that must not depend on the seed pages' habits (found with ``relay.py --source cpp``
and with real news laid out by ``relay.py --source FILE.json``): a bare photographer name
glued to 摄, a six-character title over a longer deck, paragraphs opening with a conjunction,
unpunctuated lines set full, a series of subheads, credits cut by the column or naming
people alone, headlines broken after their colon or dash, list items, captions set apart.
Stories that ran together are in ``test_ran_together.py``."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s04_bylines import split_photo_credit
from desktop.core.cleaning.wording import starts_mid_sentence


def test_bare_name_glued_to_she_is_a_photo_credit() -> None:
    assert split_photo_credit("笼口倾斜，而非垂直。 潘颖平摄") == ("笼口倾斜，而非垂直。", "潘颖平")
    assert split_photo_credit("笼口倾斜，而非垂直。潘颖平摄") == ("笼口倾斜，而非垂直。", "潘颖平")
    # a sentence about filming is no credit
    assert split_photo_credit("剧组在那里 进行拍摄")[1] is None


def test_sentence_words_are_not_continuations() -> None:
    for text in ("之后，他回到北京。", "与此同时，工程开工。", "过去的十年里", "地处盆地中央。"):
        assert not starts_mid_sentence(text), text
    for text in ("的社保标准为参照", "和他们一起出发。", "与披着铠甲的骑兵不同", "的，"):
        assert starts_mid_sentence(text), text
    assert not starts_mid_sentence("市民纷纷前来。")
    # a word opening the text, though its first character is a particle more often
    # (过道 is rarer than 过 and 道 apart): a paragraph of its own, in the story
    for text in ("过道里，之前主要展示小微农机，", "着陆后，机组人员", "地铁站外排起长队"):
        assert not starts_mid_sentence(text, strict=True), text


BODY = """\
本报讯 记者张三报道 上周，市图书馆
启动古籍修复工程，首批修复的善本
将在年底前向读者开放。

之后，图书馆还将建设数字阅览室，
让读者在线阅读修复后的古籍。

本报讯 记者李四报道 昨日，港口集团
新开两条集装箱航线，港口吞吐量有
望再创新高。

古籍修复迎新生

图书馆启动古籍修复工程首批善本年底开放

港口新开航线
"""


def test_short_title_over_longer_deck_and_paragraph_opening_with_zhihou() -> None:
    arts = clean_page(BODY, "p.txt").articles
    assert [a.title for a in arts] == ["古籍修复迎新生", "港口新开航线"]
    assert arts[0].subtitle == "图书馆启动古籍修复工程首批善本年底开放"
    assert sum(b.type == "paragraph" for b in arts[0].blocks) == 2


def test_side_by_side_halves_may_hold_a_headline_colon() -> None:
    from desktop.core.cleaning.s06_titles import side_by_side

    assert side_by_side("计划：剩余宁妃石虎 问题影响分析") == ("计划：剩余宁妃石虎", "问题影响分析")
    assert side_by_side("时间： 问题影响分析") is None


def _paras(text: str) -> list[list[str]]:
    return [
        [b.text for b in a.blocks if b.type == "paragraph"]
        for a in clean_page(text, "p.txt").articles
    ]


CONJUNCTION = """\
本报讯 记者张三报道 上周，市图书
馆启动古籍修复工程，首批修复的善
本将在年底前向读者开放。

与往年不同，今年的修复工作由青年
修复师担纲，馆方为此开设培训班。

古籍修复迎新生
"""


def test_a_paragraph_may_open_with_a_conjunction() -> None:
    """``与往年不同…`` after a finished sentence is the same story's next paragraph; only a
    particle that cannot open a sentence (``的``, ``了``…) marks a part printed elsewhere."""
    assert _paras(CONJUNCTION) == [
        [
            "上周，市图书馆启动古籍修复工程，首批修复的善本将在年底前向读者开放。",
            "与往年不同，今年的修复工作由青年修复师担纲，馆方为此开设培训班。",
        ]
    ]


INDENTED_FRAGMENT = """\
本报讯 记者王五报道 昨日，
市交通局发布网约车管理新规，
明确驾驶员须持证上岗，平台须
核验车辆信息。

新规要求平台公开计价规则，
并设立投诉渠道，接受乘客监督。

交通执法部门将每季度对各
平台开展联合检查并向社会公布

检查结果。对违规平台，将依法
处罚。

市民普遍认为，新规有助于
保障乘客安全，提升出行体验。

网约车新规出台
"""

PUSHED_FRAGMENT = """\
本报讯 记者王五报道 昨日，
市交通局发布网约车管理新规，
明确驾驶员须持证上岗，平台
须核验车辆信息。

此前该平台因多次违规已被交
通部门和市场监管部门列为

“重点监管对象”，被责令限
期整改。新规实施后，平台须
每月报送运营数据。

市民普遍认为，新规有助于保
障乘客安全，提升出行体验。

网约车新规出台
"""


def test_unpunctuated_lines_set_full_are_text_cut_by_a_column_break() -> None:
    """Lines as full as a compositor sets them — the first indented, or the last one short
    only because the next line's opening quote could not fit — are running text, not a
    headline, however unpunctuated; the sentence goes on after the column break."""
    paras = _paras(INDENTED_FRAGMENT)
    assert len(paras) == 1
    assert (
        "交通执法部门将每季度对各平台开展联合检查并向社会公布检查结果。对违规平台，将依法处罚。"
        in paras[0]
    )
    paras = _paras(PUSHED_FRAGMENT)
    assert len(paras) == 1
    assert paras[0][1].startswith(
        "此前该平台因多次违规已被交通部门和市场监管部门列为“重点监管对象”"
    )


SUBHEAD_SERIES = """\
本报讯 记者张三报道 今年以来，
我市持续推进老旧小区改造，惠
及居民两万余户。

加装电梯

在城东街道，十二个小区新装电
梯四十部，老人上下楼不再发愁。

街道负责人说，电梯加装前广泛
征求居民意见，做到应装尽装。

供水燃气管网更新

供水管道和燃气管网的更新同步
进行，全市更换老化管道一百二
十公里，管网漏损率明显下降，
居民用水用气更加安全，管道爆
裂等突发情况大幅减少。

施工单位采取分段作业的办法，
尽量减少对居民生活的影响，每
段管网更新完成后立即恢复路面。
管网改造还同步铺设了光纤，小
区宽带速率大幅提升，居民反映
良好。

截至目前，已有三十个小区完成
管网更新，其余小区将在年底前
全部完工，届时全市老旧小区供
水燃气管道将实现全面更新，安
全隐患基本消除。

市燃气公司还组织技术人员入户
检查，为居民免费更换老化的燃
气软管和阀门，累计服务八千余
户，并向居民讲解安全用气常识，
发放宣传资料一万余份，居民安
全用气意识明显增强，燃气事故
起数同比下降三成，相关做法得
到省住建部门肯定并在全省推广。

老旧小区改造惠及两万余户
"""


def test_a_story_with_subheads_keeps_the_next_one_in_the_series() -> None:
    """The second subhead shares no words with the story so far and has a long text under
    it — alone, the look of a new story's title — but the story already has a subhead of
    that size: it is the next one in the series."""
    arts = clean_page(SUBHEAD_SERIES, "p.txt").articles
    assert len(arts) == 1
    assert [b.text for b in arts[0].blocks if b.type == "subhead"] == [
        "加装电梯",
        "供水燃气管网更新",
    ]


CREDITS_AND_COLON = """\
昨日，市供电公司组织抢修队伍，对城
郊线路开展集中检修，共消除隐患二十
余处。

供电所员工不畏酷暑，坚持战斗在抢修
第一线上，用辛勤和汗水守护着一方电
网。（记者杨明清 通讯员
宋洁）

大学生村官黎锦林：
秀水河畔的时代足音

二〇〇六年开春，黎锦林辞去上海的工
作，回到通城县宝塔村担任村委会主任。

几年来，他带领村民修路建厂，宝塔村
的集体收入翻了两番。（王飞）

供电公司集中检修城郊线路
"""


def test_credits_close_a_story_and_a_headline_may_break_after_its_colon() -> None:
    """A closing credit cut by the column (``（记者杨明清 通讯员`` / ``宋洁）``) still closes
    its paragraph, so the headline under it is no caption wedged into the text; a
    headline's first line may end in its colon; names alone in brackets after the last
    sentence (``（王飞）``) are a credit."""
    arts = clean_page(CREDITS_AND_COLON, "p.txt").articles
    assert [(a.title, a.byline) for a in arts] == [
        ("供电公司集中检修城郊线路", "记者杨明清 通讯员宋洁"),
        ("大学生村官黎锦林：秀水河畔的时代足音", "王飞"),
    ]
    assert arts[1].blocks[-1].text.endswith("翻了两番。")


def test_a_headline_broken_after_its_dash_is_one_title() -> None:
    """``一场跨越三年的生态文明考试——`` over ``保山东河流域水污染综合治理纪实`` is one
    headline (title——subtitle on one line in big type), not a sentence cut mid-phrase;
    a line opening with the dash is still a deck."""
    from desktop.core.cleaning.s06_titles import split_title

    page = CREDITS_AND_COLON.replace(
        "大学生村官黎锦林：\n秀水河畔的时代足音", "一位村官的十年——\n秀水河畔的时代足音"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[1].title == "一位村官的十年——秀水河畔的时代足音"
    assert arts[1].subtitle is None
    assert split_title(["用匠心沃土滋养更多“小龙”", "——“工”力量赋能科技创新的杭州探索"]) == (
        "用匠心沃土滋养更多“小龙”",
        "——“工”力量赋能科技创新的杭州探索",
    )


FEATURE_TITLE = """\
本报讯 记者张三报道 上周，市图书
馆启动古籍修复工程，首批修复的善
本将在年底前向读者开放。

修复师介绍，古籍修复讲究修旧如旧，
每一页都要经过十多道工序。

乡村剧团演到城里去

锣鼓声响起，扮演杨延昭的演员迈步
登台，台下观众掌声雷动。这支来自
山区的业余剧团，今年已在城里演出
二十多场。

古籍修复迎新生
"""


def test_a_line_sharing_nothing_with_the_story_above_heads_the_text_under_it() -> None:
    """A feature's title names little of its lead (``乡村剧团演到城里去`` over a paragraph
    that says ``剧团`` once), but it shares no word at all with the story above: the next
    story starts there (a subhead shares words with its story)."""
    arts = clean_page(FEATURE_TITLE, "p.txt").articles
    assert [(a.title, a.byline) for a in arts] == [
        ("古籍修复迎新生", "记者张三"),
        ("乡村剧团演到城里去", None),
    ]
    assert len(arts[0].blocks) == 2


SCHEDULE = """\
本报讯 记者陈成成报道 本周有好几支
医疗义工队伍将送义诊下乡，具体安排
如下：

4月18日上午，陶山镇卫生院将在桐岭
村开展义诊活动；

4月19日下午，上望街道社区卫生服务
中心将在薛后村开展健康讲座；

4月22日上午，市第二人民医院将在陈
家垟村开展义诊活动。

本周有多场义诊活动
"""


def test_a_short_line_ending_in_a_semicolon_or_colon_ends_its_paragraph() -> None:
    """A column break falls after a full line; a visibly short line ending in ``；`` or
    ``：`` before a blank line ends a list item (or the line announcing the list)."""
    (a,) = clean_page(SCHEDULE, "p.txt").articles
    paras = [b.text for b in a.blocks if b.type == "paragraph"]
    assert len(paras) == 4
    assert paras[0].endswith("具体安排如下：")
    assert paras[1].endswith("开展义诊活动；")


SET_APART_CAPTION = """\
本报讯 记者张三报道 昨日，杭州市
工具钳工职业技能竞赛在市职业技术
学院举行，两百余名选手同台竞技。

竞赛设理论和实操两个环节，获奖选
手将获得相应的职业技能等级证书。

杭州市工具钳工职业技能竞赛举行


杭州市工具钳工职业技能竞赛现场

本报讯 记者李四报道 本周末，市体
育中心将举办全民健身运动会。

全民健身运动会周末开幕


杭州读地云
"""


def test_a_line_set_apart_by_blank_lines_is_the_caption_of_the_story_it_describes() -> None:
    """Extraction leaves a photo caption set apart by several blank lines; one that shares
    most of its words with a story is that story's caption, listed apart from the body in
    the JSON form (as in the gold format).  The page's last line, a site name, is not."""
    page = clean_page(SET_APART_CAPTION, "p.txt")
    first = page.articles[0]
    assert [b.text for b in first.blocks if b.type == "caption"] == [
        "杭州市工具钳工职业技能竞赛现场"
    ]
    d = first.to_dict()
    assert d["captions"] == ["杭州市工具钳工职业技能竞赛现场"]
    assert all(b["type"] != "caption" for b in d["blocks"])
    assert "杭州读地云" in page.furniture


def test_numbers_are_not_words_a_headline_shares_with_the_story_above() -> None:
    """A year in the headline that the story above also prints (``2024``) is no sign
    that the headline is that story's subhead."""
    page = FEATURE_TITLE.replace(
        "每一页都要经过十多道工序。", "每一页都要经过十多道工序，2024\n年已修复三百册。"
    ).replace("乡村剧团演到城里去\n", "乡村剧团 2024 演到城里去\n")
    arts = clean_page(page, "p.txt").articles
    assert [a.title for a in arts] == ["古籍修复迎新生", "乡村剧团2024演到城里去"]
