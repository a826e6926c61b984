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


def test_a_pair_of_subheads_over_text_plainly_more_of_the_story_heads_a_section() -> None:
    # the upper line names only what the section tells (良种, none of the words above);
    # the text under the pair, past its second line, names what the story does
    text = (
        "麦田里的新农具\n\n本报记者 张三\n\n"
        "初夏，河南周口的麦田里，合作社的\n联合收割机来回穿梭。老王说，合\n作社的收割机装上了北斗导航，麦\n田收割又快又干净。\n\n"
        "老王的合作社有二十台收割机，今\n年都换上了智能终端，麦田作业数\n据实时上传，合作社的收割机调度\n更省心，麦田收割更快。\n\n"
        "良种底座更坚实\n\n良种撑起麦田高产\n\n"
        "老王的合作社今年在麦田种上了良\n种，老王说，合作社的收割机收\n新品种的麦田也顺当，合作社的麦\n田亩产比去年高出一成。\n\n"
        "老王算了一笔账，合作社的麦田种\n上良种，加上智能收割机，麦田\n每亩多收一百多斤。\n\n"
        "老王说，合作社的联合收割机装上\n北斗导航和智能终端，麦田作业数\n据实时上传，收割机调度更省心，\n麦田收割又快又干净。\n"
    )
    (story,) = clean_page(text, "p.txt").articles
    assert [b.text for b in story.blocks if b.type == "subhead"] == [
        "良种底座更坚实",
        "良种撑起麦田高产",
    ]


def test_a_cry_under_a_titled_storys_last_paragraph_is_its_last_paragraph() -> None:
    # an editorial closes on a cry set on a line of its own: no headline ends on the
    # stop of a sentence there (nor is it the kicker of the story under it)
    text = (
        "社论\n\n团结奋进 共谋发展\n\n热烈祝贺市职工代表大会开幕\n\n"
        "春潮涌动，万象更新。市第十届职工代\n表大会今天在市会议中心隆重开幕。我\n"
        "们向大会表示热烈的祝贺！\n\n"
        "五年来，全市职工在各条战线上建功立\n业，为城市发展作出了重要贡献。新征\n"
        "程上，职工代表大会肩负光荣使命。\n\n"
        "让我们团结一心，共同书写城市发展的\n新篇章。\n\n"
        "预祝大会圆满成功！\n\n"
        "港口吞吐量创新高\n\n"
        "本报讯 记者李四报道 昨日，港口集团\n新开两条集装箱航线，港口吞吐量有\n望再创新高。\n"
    )
    editorial, news = clean_page(text, "p.txt").articles
    assert editorial.blocks[-1].text == "预祝大会圆满成功！"
    assert (news.title, news.kicker) == ("港口吞吐量创新高", None)


def test_a_question_opening_the_text_under_a_markdown_heading_and_its_author() -> None:
    # a page that marks its headings and sets a paragraph a line: the name under the
    # heading is the author, the short question under it the first paragraph
    text = (
        "# 新潮商场成青年新去处\n\n张伟\n\n商场是什么样的？\n\n"
        "封闭式建筑里，从地下到顶层，餐饮、服饰、文娱等店面依次分布——这是人们对传统商场的"
        "固有印象。\n\n"
        "如今的年轻人更愿意为兴趣买单，瞄准青年需求、打破传统模式的新潮商场应运而生。\n\n"
        "多元化的商场业态，让年轻人更愿意逛逛逛、买买买，从而提振了消费、活跃了市场。\n"
    )
    (art,) = clean_page(text, "p.md").articles
    assert (art.title, art.byline) == ("新潮商场成青年新去处", "张伟")
    assert [b.type for b in art.blocks] == ["paragraph"] * 4
    assert art.blocks[0].text == "商场是什么样的？"


def test_pairs_of_even_parallel_headings_are_the_sections_of_one_story() -> None:
    # each pair two halves of one width, as the next pair is: a feature's sections, even
    # where a heading names the text above it more than the text under it
    paras = [
        "今年1月10日是第五个中国人民警察节。面对一次次大考，人民公安队伍赓续红色血脉，"
        "用实际行动守护万家平安。",
        "赓续红色血脉",
        "坚守为民初心",
        "黄墙黛瓦，古樟繁茂，江西瑞金叶坪村的老屋前，游客络绎不绝，讲解员讲述着民警坚守为民"
        "初心的故事。",
        "在这里，新入职的民警重温入警誓词，接受一堂特殊的党课。",
        "推进公安改革",
        "强化主防警务",
        "大数据为基层警务插上智慧翅膀，让一线警务越来越聪明。公安改革持续推进，主防警务不断强化。",
        "筑牢安全防线",
        "守护百姓平安",
        "向严重暴力、电诈网赌等突出违法犯罪发起凌厉攻势，加强人员密集场所安全防范，筑牢安全"
        "防线，守护百姓平安。",
    ]
    column = ["\n".join(t[k : k + 16] for k in range(0, len(t), 16)) for t in paras]
    text = "熠熠警徽耀忠诚\n\n本报记者 张天培\n\n" + "\n\n".join(column) + "\n"
    (story,) = clean_page(text, "p.txt").articles
    assert story.title == "熠熠警徽耀忠诚"
    subheads = [b.text for b in story.blocks if b.type == "subhead"]
    assert subheads[:2] == ["赓续红色血脉", "坚守为民初心"]


def test_a_dateline_alone_before_a_column_break_goes_on_into_its_text() -> None:
    text = (
        "甘肃启动河西走廊国家\n遗产线路建设\n\n本报兰州6月11日电  \n\n"
        "（记者赵帅杰）日前，记者\n从甘肃省政府新闻办举行的\n新闻发布会上获悉，甘肃将\n"
        "启动河西走廊国家遗产线路\n建设。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("甘肃启动河西走廊国家遗产线路建设", "记者赵帅杰")
    assert art.blocks[0].text.startswith("本报兰州6月11日电 日前，记者")


def test_a_labelled_line_the_column_cut_in_a_clause_is_text() -> None:
    # one full line opening on a label, its words running on in a clause, the column cut
    # after it: the first line of a paragraph, not a label heading what follows
    text = (
        "以案说法\n\n隔夜醉驾“当严则严”\n\n"
        "【案情】隔夜醉驾，一般是指行为人在饮酒\n\n"
        "当日没有驾驶机动车，而是经过一段时间休\n息，次日驾驶机动车时血液酒精含量仍达醉\n"
        "酒标准的情形。\n\n"
        "【说法】根据刑法的规定，在道路上醉酒驾\n驶机动车的，构成危险驾驶罪。法院认为，\n"
        "隔夜醉驾同样危害公共安全。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert art.blocks[0].text.startswith("【案情】隔夜醉驾，一般是指行为人在饮酒当日")


def test_a_line_opening_on_a_label_after_a_short_line_opens_a_paragraph() -> None:
    text = (
        "一封婉拒信，缘何暖人心\n\n海平\n\n"
        "【关键词】拒拆鸟巢\n【事件】前不久，因学习受\n噪鹃叫声干扰，一名高三学\n"
        "生写信请求学校拆除鸟巢，\n学校回信婉拒。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert [b.text[:6] for b in art.blocks] == ["【关键词】拒", "【事件】前不"]


def test_a_full_line_of_two_phrases_set_apart_by_a_space_is_a_subhead() -> None:
    # as wide as the column, but two phrases with a space between and no mark: running
    # text has no space between its words
    text = (
        "本报讯 记者张三报道 居民向大兴区清\n源街道表达谢意。需求被看见，居民\n"
        "向街道《清源》报表达谢意。\n\n"
        "楼道难下脚 两小时被清理\n\n"
        "“今天电梯坏了，孩子上班\n走楼梯，楼梯也都堆满了，\n根本过不了人。”社区的李\n女士说。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph", "subhead", "paragraph"]
