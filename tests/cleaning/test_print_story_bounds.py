"""Conventions of Chinese print for where a story begins and ends: a headline over a news lead
dated the way news is (``5月28日，…``), an editor's note (``编者按：``, ``编者的话``) or a
column's opening note (``开栏的话``), a box printed with its story (``【执纪者说】``, ``核心阅读``),
a briefs column (``简讯`` and its ``●`` items), a note on the author (``（作者系某大学教授）``),
the source or the editor's code after the last sentence, and jump lines (``（下转第3版）``,
``（上接第1版）``).  Headlines inside a story are in :mod:`tests.cleaning.test_print_subheads`."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from tests.cleaning.pages import BODY

JUMPS = """\
技能大赛点燃车间热情

□记者 李明 通讯员 张华

近日，某集团第十届职工技能大赛在总
装车间开赛，来自各分厂的两百余名选
手参加了焊接、钳工、电工等六个工种
的比拼。

大赛设置了理论考试和实际操作两个环
节，获奖选手将按规定晋升技能等级。
（下转第3版）

读书让生活更美好

◎文/张治

读书是一件快乐的事。每当夜深人静，
捧起一本好书，心就静了下来。书中有
远方，也有我们未曾经历的人生。

我常想，一个人的精神发育史，就是他
的阅读史。
"""


def test_a_jump_line_ends_the_part_and_is_furniture() -> None:
    page = clean_page(JUMPS, "p.txt")
    first, second = page.articles
    assert first.title == "技能大赛点燃车间热情"
    assert not first.complete  # the story goes on on page 3
    assert first.blocks[-1].text.endswith("晋升技能等级。")
    assert second.title == "读书让生活更美好"
    assert second.byline == "文/张治"
    assert second.complete and len(second.blocks) == 2
    assert "（下转第3版）" in page.furniture


def test_a_jump_line_on_a_line_of_its_own() -> None:
    text = JUMPS.replace("等级。\n（下转第3版）", "等级。\n\n（下转第3版）")
    page = clean_page(text, "p.txt")
    assert [a.title for a in page.articles] == ["技能大赛点燃车间热情", "读书让生活更美好"]
    assert not page.articles[0].complete
    assert "（下转第3版）" in page.furniture


def test_continued_from_another_page_opens_a_part() -> None:
    text = (
        "读书是一件快乐的事。每当夜深人静，\n捧起一本好书，心就静了下来。\n\n"
        "（上接第1版）大赛设置了理论考试和实\n际操作两个环节，获奖选手将按规定晋\n升技能等级。\n"
    )
    page = clean_page(text, "p.txt")
    assert len(page.articles) == 2
    part = page.articles[1]
    assert part.blocks[0].text.startswith("大赛设置了")
    assert not part.complete
    assert "（上接第1版）" in page.furniture


def test_an_editors_note_label_opens_a_story_without_a_lead_in() -> None:
    text = (
        "在29日的首盘比赛中，孔杰执白中盘战\n胜宋泰坤，以1∶0领先。\n\n"
        "次日的第二盘，孔杰再胜一局，以2∶0\n夺得冠军。\n\n"
        "加班加点：职工不能承受之痛\n\n编者的话\n\n"
        "为了争取八小时工作制，十九世纪八十\n年代美国工人阶级为之奋斗，流血牺牲。\n"
        "如今，加班加点却成了一些职工的常\n态，职工身心不能承受。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("夺得冠军。")
    assert (second.title, second.kicker) == ("加班加点：职工不能承受之痛", "编者的话")


def test_a_headline_after_a_bracketed_credit_heads_the_next_story() -> None:
    # the writers' names run together in brackets (not every surname is a common one):
    # the paragraph has ended, and the line under it is no caption set into it
    text = (
        "电网抢修两天三夜\n\n"
        "灾情发生后，供电公司立即行动，四个\n小时内就调集了抢修人员上千人，连夜\n"
        "组织抢修，硬是通过两天三夜拿了下来！\n（远德亮孙丽梅）\n\n"
        "小区物业撤出 居民生活受扰\n\n"
        "本报5月8日讯 5月7日，某小区物业撤\n出小区，小区垃圾无人清理，蚊蝇成群\n"
        "，居民生活受到影响。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.title == "电网抢修两天三夜"
    assert second.title == "小区物业撤出 居民生活受扰"
    assert second.blocks[0].text.startswith("本报5月8日讯")


def test_a_byline_under_a_headline_ends_the_paragraph_cut_above_it() -> None:
    # the last line of the story above stops short and ends no sentence (a signature),
    # so the headline under it could be a caption set into that paragraph -- but a byline
    # line follows the headline, and a byline opens a story
    text = (
        "读者来信说，记者冒酷暑来到高温车间，通过\n看、问、听的方式写出了稿件，真实、可信。\n"
        "毕竟职工是企业的主力军。 读者 薛\n芳玲\n\n"
        "为了赶走烂物业,我被举报到\n纪委了\n\n作者:吕银玲\n\n"
        "二三十个身着黑色制服的壮汉，几名身穿白\n衬衫的中年人，把小区大门堵得严严实实。\n"
        "被挡在闸门外的几辆车上，装载着横幅。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("薛芳玲")
    assert second.title == "为了赶走烂物业,我被举报到纪委了"
    assert second.byline == "作者:吕银玲"
    assert [b.text[:4] for b in second.blocks] == ["二三十个"]


def test_a_paragraph_opening_with_an_editors_note_opens_a_story() -> None:
    text = BODY + (
        "\n编者按：近期，本报推出了“拒绝随手\n扔”专栏，受到读者的广泛关注。日前，\n"
        "本报记者与环卫工人零距离接触一天。\n\n凌晨3时，家住龙东小区的王会香就起\n"
        "床了。她骑上电动车，消失在夜色中。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.blocks[0].text.startswith("编者按：近期")


def test_a_title_over_a_dated_news_lead_opens_a_story_under_one_paragraph() -> None:
    # one paragraph of the story above, then a headline naming the text under it, which
    # opens on its date the way a news lead does: a new story, not a subhead
    text = (
        "本报讯 今年以来，我市持续推进老旧小区改造，\n惠及居民两万余户，群众满意度明显提升。\n\n"
        "江西省非物质文化遗产展开幕\n\n"
        "5月28日，“百艺庆百年”——江西省非物质文化\n遗产展在江西省美术馆开幕，来自全省的\n"
        "两百余件非遗作品集中亮相。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert second.title == "江西省非物质文化遗产展开幕"
    assert second.blocks[0].text.startswith("5月28日")
    assert len(first.blocks) == 1
    # a lead dated over several days (3月26~27日) opens on its date too
    days = text.replace("5月28日，“百艺庆百年”", "5月26~28日，“百艺庆百年”")
    first, second = clean_page(days, "p.txt").articles
    assert second.blocks[0].text.startswith("5月26~28日")


def test_more_news_under_the_same_headline_goes_on_with_the_story() -> None:
    # 又讯: a second item printed under the story's headline, not a story of its own
    text = (
        "工会免费大巴送务工者返乡\n\n" + BODY + "\n又讯 近日，市总工会联合多家单位组成慰问团，\n"
        "给五十名在本市务工的人员送去节日慰问。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "工会免费大巴送务工者返乡"
    assert art.blocks[-1].text.startswith("又讯 近日，市总工会")


def test_the_guests_a_dialogue_lists_are_its_text_not_headlines() -> None:
    # each named with their posts on a line of their own, under 对话嘉宾：: the dialogue
    # goes on under them, its first section's heading and all
    text = (
        "技能人才如何更好成长\n\n本报记者 王五\n\n"
        "技能人才是支撑中国制造的重要\n力量。如何让技能人才有更多获得\n感？本报邀请"
        "两位代表委员进行\n了对话。\n\n"
        "近年来，各地出台措施提高技能人\n才待遇，技能人才成长通道不断拓\n宽，中国制造"
        "有了更多大国工匠。\n\n对话嘉宾：\n\n"
        "张明华 全国人大代表、某机床厂工会主席\n\n李建国 全国政协委员、某职业技术学院教授\n\n"
        "畅通发展通道\n\n"
        "张明华：技能人才的职业发展通道\n还要进一步畅通，评价体系要更\n加完善，让技能人才"
        "有更多获\n得感，让更多年轻人愿意当技能\n人才。\n\n"
        "李建国：职业院校要和企业深度合\n作，培养更多高素质技能人才，\n让技能人才在"
        "中国制造中挑大\n梁、当主角，有更多获得感。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "技能人才如何更好成长"
    assert [b.text for b in art.blocks if b.type == "subhead"] == ["畅通发展通道"]
    assert [b.text[:3] for b in art.blocks[2:5]] == ["对话嘉", "张明华", "李建国"]


def test_a_column_opening_note_is_a_piece_of_its_own() -> None:
    text = BODY + (
        "\n开栏的话\n\n五月的鲜花，献给奔走在大街小巷的新业态\n劳动者。今日，本报推出系列报道，"
        "\n讲述他们的故事。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.title == "开栏的话"
    assert second.blocks[0].text.startswith("五月的鲜花")


def test_a_column_opening_note_printed_with_no_title_over_it_is_cut_from_the_story_above() -> None:
    # its title collected after it: the note is the text above, back to where the words
    # change; the story above keeps its own
    text = (
        "本报讯 记者张三报道 近日，某集团第十届职工技能大赛在总装车间开\n"
        "赛，来自各分厂的两百余名选手参加了焊接、钳工、电工等六个工种的比拼。\n\n"
        "大赛设置了理论考试和实际操作两个环节，获奖选手将按规定晋升技能\n"
        "等级。往届大赛中，共有三十多名选手获得了技师资格。\n\n"
        "五月的鲜花，献给奔走在大街小巷的新业态劳动者。快递小哥、外卖骑手\n"
        "风里来雨里去，撑起了城市的烟火气。今日起，本报开设专栏，讲述他们\n"
        "的故事，倾听他们的心声。\n\n"
        "开栏的话\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.title == "开栏的话"
    assert second.blocks[0].text.startswith("五月的鲜花")
    # a story above that announces no column is no note: the title is another's
    news = text.replace(
        "今日起，本报开设专栏，讲述他们\n的故事，倾听他们的心声。", "他们\n的辛劳值得尊重。"
    )
    assert all(len(a.blocks) != 1 for a in clean_page(news, "p.txt").articles)


# (the note may hold brackets of its own)
@pytest.mark.parametrize("note", ["（作者系某大学教授）", "（作者为某市广播电视台（集团）总编辑）"])
def test_a_note_on_the_author_closes_the_commentary_above(note: str) -> None:
    text = (
        "工人时评\n\n让技能人才有更多获得感\n\n□ 张三\n\n"
        "技能人才是支撑中国制造的重要力\n量。要让技能人才有更多获得感，\n就要畅通职业发展通道。\n\n"
        f"{note}\n\n对话劳模\n\n"
        "记者：您从事焊接工作多少年了？\n\n李四：整整30年了，是师傅手把手\n教会了我。\n"
    )
    comment, talk = clean_page(text, "p.txt").articles
    assert comment.blocks[-1].text == note
    assert talk.title == "对话劳模"


BRIEFS_COLUMN = """\
小区加装电梯圆了老人下楼梦

本报讯（记者 赵六）日前，某市老
旧小区加装的第100部电梯投入使
用，七十岁的刘大爷终于能下楼晒太
阳了。

编后：加装电梯是民生实事，也是民
心工程，期待更多老人圆梦。

简讯

●杭州市总工会日前启动“春风行动
”，为外来务工人员提供就业岗位5
万个。

●宁波市举办第三届职工书画展，展
出作品200余件，吸引市民观展。

新春送温暖

本报讯 温州市总工会为环卫工人送
去慰问品，总价值10万元，惠及一
线职工。
"""


def test_each_paragraph_under_a_briefs_label_is_a_brief() -> None:
    story, first, second, titled = clean_page(BRIEFS_COLUMN, "p.txt").articles
    assert story.blocks[-1].text.startswith("编后：")
    assert first.blocks[0].text.startswith("杭州市总工会") and len(first.blocks) == 1
    assert second.blocks[0].text.startswith("宁波市") and first.title is second.title is None
    assert titled.title == "新春送温暖"


def test_the_line_under_an_editors_note_label_is_the_notes_text() -> None:
    # one line nearly as wide as the column (its half-width comma makes it narrower), cut
    # mid-sentence under 编者的话: the note's text, not a headline
    text = (
        "编者的话\n\n为了争取八小时工作制,十九世纪八十年代\n\n"
        "美国工人阶级为之奋斗,流血牺牲,工人阶级赢得\n的胜利,成为我们全世界工人的劳动时间标准。\n"
        "然而法律规定的八小时工作制,在一些企业如今\n似乎不存在了,本报从即日起推出系列报道。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title is None
    assert art.blocks[0].text.startswith("为了争取八小时工作制,十九世纪八十年代美国")


def test_a_note_on_the_author_without_brackets_closes_the_commentary() -> None:
    # 作者系… on a line of its own after the last paragraph is no headline of the next story
    page = (
        BODY + "\n作者系某大学经济学院\n教授\n\n"
        "新学期校园安全检查展开\n\n本报讯 近日，全市各中小学\n开展了新学期安全大检查。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].blocks[-1].text == "作者系某大学经济学院教授"
    assert arts[-1].title == "新学期校园安全检查展开"


@pytest.mark.parametrize(
    "source",
    [
        "（据新华社郑州9月9日电）",
        "（本报伊斯兰堡8月22日电）",
        "（本报布鲁塞尔、莫斯科8月22日电）",
        # the paper a commentary was reprinted from
        "（摘编自《南方日报》）",
        "（原载《某某日报》，原题为《谁来守护职工健康？》）",
    ],
)
def test_the_source_in_brackets_after_the_last_sentence_closes_the_story(source: str) -> None:
    # （据新华社郑州9月9日电） on the line under the last sentence is where the story came
    # from, not the lead-in of the next one
    page = (
        BODY + f"{source}\n\n玛可河的日与夜\n\n"
        "位于青海班玛县的玛可河林区，是三\n江源国家级自然保护区的一部分。\n"
    )
    arts = clean_page(page, "p.txt").articles
    # printed after the last sentence, it ends that paragraph, which ends the story
    assert arts[0].blocks[-1].text.endswith("。" + source)
    assert len(arts[0].blocks) == 2 and arts[0].complete
    assert arts[-1].title == "玛可河的日与夜"
    assert arts[-1].blocks[0].text.startswith("位于青海")


@pytest.mark.parametrize("after", ["", "本报讯 ", "新华社西宁8月2日电 "])
def test_where_the_story_came_from_alone_without_brackets_closes_it(after: str) -> None:
    # 据新华社电 alone under the last sentence, with the next lead-in or nothing under it
    rest = "位于青海班玛县的玛可河林区，是三\n江源国家级自然保护区的一部分。\n"
    page = BODY + "据新华社电\n" + (f"\n{after}{rest}" if after else "")
    arts = clean_page(page, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith("。据新华社电")
    assert all("据新华社电" not in b.text for a in arts[1:] for b in a.blocks)
    # over text of its own it is that text's lead-in, set on a line of its own
    arts = clean_page(BODY + "据新华社电\n\n" + rest, "p.txt").articles
    assert not arts[0].blocks[-1].text.endswith("据新华社电")


def test_a_label_in_lenticular_brackets_over_text_inside_a_story_is_its_box() -> None:
    page = BODY + "\n【执纪者说】\n\n纪检监察机关作为政治机关，既要\n用纪律约束党员干部。\n"
    [art] = clean_page(page, "p.txt").articles
    assert [b.type for b in art.blocks][-2:] == ["subhead", "paragraph"]


def test_a_label_over_a_one_line_heading_and_more_of_the_story_is_its_box() -> None:
    # 【编辑点评】 over its own heading (a sentence set as one) and text on the story's
    # subject: the editor's comment printed in the story, not a column over a title
    page = (
        BODY + "\n【编辑点评】\n\n练就技能，成就人生。\n\n"
        "技能大赛为职工搭建了成长成才的\n舞台，选手们比技能、赛水平，一\n批技术能手脱颖而出。\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert [b.type for b in art.blocks][-3:] == ["subhead", "subhead", "paragraph"]
    assert art.blocks[-3].text == "【编辑点评】"
    # … so is a heading that is no sentence, over more of the story's subject
    unstopped = page.replace("练就技能，成就人生。", "练就技能 成就人生").replace(
        "脱颖而出。",
        "脱颖而出。往届大赛中获得技师\n资格的选手，如今已是各分厂的技能\n骨干，"
        "又当起了焊接、钳工、电\n工比赛的教练，带出了一批批获奖选\n手和青年技术骨干。",
    )
    [art] = clean_page(unstopped, "p.txt").articles
    assert [b.type for b in art.blocks][-3:] == ["subhead", "subhead", "paragraph"]
    # over a title and text on other things, a column's label heads the next story
    other = (
        BODY + "\n【幸福花开】\n\n老街区里开起社区书屋\n\n"
        "在城南的老街区，一间社区书屋近日\n开门迎客，书架上摆满了两千多册图\n书，市民都可以免费借阅。\n"
    )
    assert clean_page(other, "p.txt").articles[-1].title == "老街区里开起社区书屋"


def test_a_summary_box_label_opens_the_story_under_it() -> None:
    # 核心阅读 sums up the story under it: its first block, never its title
    page = (
        BODY + "（记者 王明）\n\n核心阅读\n\n"
        "本报讯 南召县打破行业、条块限制，\n组建临时党组织推进脱贫攻坚。\n\n"
        "两年前，张伟一家搬下山，住进了\n白河新村的搬迁房。\n\n拧成一股绳 合力拔穷根\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[-1].title == "拧成一股绳 合力拔穷根"
    assert arts[-1].blocks[0].type == "subhead" and arts[-1].blocks[0].text == "核心阅读"


BOX_AFTER_CREDIT = """\
华达电器收购恒远数码

本报讯 记者王明报道 7月31日，
华达电器宣布收购连锁商场恒远数码，
华达电器在全省的门店增至六百家。

恒远数码是全省第二大电器连锁商场，
在省城有四十家门店，去年销售额超过
十亿元。

华达电器负责人表示，收购恒远数码之
后，华达电器将在未来两年内把门店开
到全省各县。(王明)

【业界声音】

恒远数码副总经理：李建国

华达电器收购恒远数码之后，全省六百
家门店连成一片，华达电器把门店开到
全省各县指日可待。恒远数码在省城的
四十家门店和员工都会保留，恒远数码
的老顾客不会流失，去年十亿元的销售
额还会增长，全省电器市场的格局也会
随之改变。

宁波港口集装箱
吞吐量创新高

本报讯 记者李四报道 上半年，宁波
港口集装箱吞吐量再创新高，同比增长
百分之八。

港口集团新开两条远洋航线，分别通往
东南亚和中东地区。

集团负责人表示，下半年还将扩建码头
泊位，提升装卸效率。

图书馆古籍修复
工程启动

本报讯 记者赵六报道 上周，市图书
馆启动古籍修复工程，首批善本年底前
向读者开放。

修复工程分三期进行，首期修复明清刻
本一百二十种。

修复完成的古籍将以数字化方式保存，
读者可在网站在线阅读。

全民健身运动会
本周末开幕

本报讯 记者钱七报道 本周末，体育
中心将举办全民健身运动会，设跑步、
游泳等十个项目。

市民可通过公众号报名参加，所有项目
均免费。

运动会期间，游泳馆延长开放时间至晚
上十点。

秋粮收购
全面展开

本报讯 记者孙八报道 连日来，各地
秋粮收购全面展开，粮库门前排起运粮
车队。

今年玉米价格稳中有升，种粮农民算起
丰收账。

粮食部门提醒，售粮时要注意查验收购
凭证。
"""

#: Text of other things than the story above (set in the same column).
RAIN = """\
今年夏天雨水偏多，江南地区入梅时间
比常年提前一周，气象部门提醒公众出
行注意防范雷电、短时大风等强对流天
气，农业部门要做好田间排涝，防止农
作物受淹减产，城市要加强地下通道和
低洼路段的巡查。
"""


def test_a_bracketed_label_after_a_credit_over_more_of_the_story_is_its_box() -> None:
    # 【业界声音】 after the credit (王明), who speaks, and words of the story: its box
    first, *others = clean_page(BOX_AFTER_CREDIT, "p.txt").articles
    assert first.title == "华达电器收购恒远数码"
    assert [b.type for b in first.blocks][-3:] == ["subhead", "subhead", "paragraph"]
    assert len(others) == 4
    # over words of other things, the label heads the next story
    head, rest = BOX_AFTER_CREDIT.split("李建国\n\n")
    tail = rest.split("\n\n", 1)[1]
    first, second, *_ = clean_page(f"{head}李建国\n\n{RAIN}\n{tail}", "p.txt").articles
    assert [b.type for b in first.blocks] == ["paragraph"] * 3
    assert second.kicker == "【业界声音】"


def test_a_markdown_section_after_the_credit_stays_under_its_storys_heading() -> None:
    text = (
        "# 华达电器收购恒远数码\n\n"
        "本报讯 记者王明报道 7月31日，华达电器宣布收购连锁商场恒远数码。\n\n"
        "华达电器将在未来两年内把门店开到全省各县。(王明)\n\n"
        "## 【业界声音】\n\n恒远数码副总经理：李建国\n\n"
        "收购之后，恒远数码的老顾客不会流失。\n\n"
        "# 宁波港口集装箱吞吐量创新高\n\n"
        "本报讯 记者李四报道 上半年，宁波港口集装箱吞吐量再创新高。\n"
    )
    first, second = clean_page(text, "m.md").articles
    assert [b.type for b in first.blocks] == ["paragraph"] * 2 + ["subhead"] * 2 + ["paragraph"]
    assert second.title == "宁波港口集装箱吞吐量创新高"
    # … and in print, who speaks first may take two lines
    wrapped = BOX_AFTER_CREDIT.replace("恒远数码副总经理：李建国", "恒远数码副总经理：李\n建国")
    first, *_ = clean_page(wrapped, "p.txt").articles
    assert [b.type for b in first.blocks][-3:] == ["subhead", "subhead", "paragraph"]


def test_a_title_as_wide_as_the_column_under_a_closing_credit_heads_the_next_story() -> None:
    # a closing credit is no subhead: the full line under it is no paragraph's cut-off
    # opening line but the next story's title
    page = (
        BODY + "\n（本报记者 赵霞）\n\n钱库镇举行社区建设规划专家评审\n\n"
        "为统筹城乡发展，推进城乡一体化建\n设，1月17日，钱库镇举行新安、玉\n龙等社区建设规划的专家评审会。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].byline == "本报记者 赵霞"
    assert arts[-1].title == "钱库镇举行社区建设规划专家评审"
    assert arts[-1].blocks[0].text.startswith("为统筹城乡发展")


def test_who_said_the_words_above_is_text_not_a_deck() -> None:
    page = (
        BODY + "\n【执纪者说】\n\n纪检监察机关既要用纪律约束党员\n干部，又要激励干部担当作为。\n\n"
        "——某市纪委书记、监委主任 姜雪宁\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.blocks[-1].text == "——某市纪委书记、监委主任 姜雪宁"
    assert art.subtitle is None


@pytest.mark.parametrize("note", ["（本系列评论到此结束）", "（实习生李明参与采写）"])
def test_an_editors_closing_note_ends_the_story_and_titles_nothing(note: str) -> None:
    # so does who else helped report it
    page = (
        BODY + f"\n{note}\n\n蚕丝吐尽春未老\n\n" + "本报讯 她是红烛，燃烧自己，照亮\n莘莘学子。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith(f"。{note}")
    assert arts[-1].title == "蚕丝吐尽春未老"


EDITOR_CODE = """\
全省现有专任教师一百一十万人
，其中中小学专任教师八十七万
人。

全省高校专任教师中，具有研究
生学历的两万九千人，占百分之
四十一。②6

作为中华优秀传统文化的传承者
，中国共产党深知和平的可贵，
具有维护和平的坚定决心。

面对世界百年未有之大变局，我
们要直面挑战，为人类进步事业
而奋斗。

全省专任教师达一百一十万人

直面挑战，为人类进步事业而奋斗
"""


def test_the_editors_code_after_the_last_sentence_ends_the_story() -> None:
    # …占百分之四十一。②6: the code the editor set after the story; the text under it is
    # another story, even with no lead-in and both titles set at the end of the page
    first, second = clean_page(EDITOR_CODE, "p.txt").articles
    assert (first.title, len(first.blocks)) == ("全省专任教师达一百一十万人", 2)
    assert first.blocks[-1].text.endswith("。②6")
    assert (second.title, len(second.blocks)) == ("直面挑战，为人类进步事业而奋斗", 2)
    # the column may cut the code after its circled number
    first, second = clean_page(EDITOR_CODE.replace("②6", "②\n6"), "p.txt").articles
    assert first.blocks[-1].text.endswith("。②6")
    assert len(second.blocks) == 2


SUMMARY_BOX = """\
会议选举产生了协会第六届理事会成
员和负责人，通过了协会新章程。

抓好重点工作推动一体化发展

■ 要深刻认识区域一体化发展的
地位和作用，紧扣一体化和高质量两
个关键词抓好重点工作

■ 要提高把方向、谋大局的能力，
为一体化发展提供坚强保证

本报合肥8月22日电 座谈会20日在
合肥召开，与会同志围绕推动区域一
体化发展、抓好重点工作谈了意见。

座谈会强调，要紧扣一体化和高质量
两个关键词，推动一体化发展不断取
得成效。
"""


def test_bulleted_points_over_a_lead_in_are_the_storys_summary_box() -> None:
    # ■ points under a headline, then the dated lead-in: one story that opens on its box
    # (the headline shares words with the text above too: still no subhead of that story)
    meeting, story = clean_page(SUMMARY_BOX, "p.txt").articles
    assert len(meeting.blocks) == 1
    assert story.title == "抓好重点工作推动一体化发展"
    assert [b.text[:4] for b in story.blocks] == ["要深刻认", "要提高把", "本报合肥", "座谈会强"]
    # without bullets they are no box: the lead-in opens a story of its own
    plain = SUMMARY_BOX.replace("■ ", "")
    assert clean_page(plain, "p.txt").articles[-1].blocks[0].text.startswith("本报合肥")


#: A signed commentary, then a report whose reporter's names head its text (its title is
#: printed with the page's other headlines, at the end).
NAMES_BETWEEN = """\
年轻人为啥爱上逛集市（人民时评）

王珂

安徽滁州市紫薇中路，天还没亮透，大集里已
人头攒动。吆喝声此起彼伏，不少集市上还有
民俗表演、非遗体验，既新鲜，又好玩。

集市里有“浓浓的乡愁”。不同地区的集市，
特色不同、形式各异，但都承载着一地的文化
与传统，城乡循环将更加畅通。

本报记者 常钦

从一根鲜食玉米的供应链完善，到一盒饺子的
标准化生产，鲜食农产品正在丰富百姓餐桌。
今年以来，各地持续完善冷链物流体系，鲜食
农产品的流通效率不断提升。

鲜食农产品如何丰富餐桌（经济聚焦）
"""


def test_names_between_two_stories_head_the_one_below() -> None:
    # the commentary is signed at its top: other names under its last sentence, over more
    # text, are the next story's byline, not a credit closing the commentary
    arts = clean_page(NAMES_BETWEEN, "p.txt").articles
    by_title = {a.title: a for a in arts}
    commentary = by_title["年轻人为啥爱上逛集市（人民时评）"]
    assert commentary.byline == "王珂"
    assert commentary.blocks[-1].text.endswith("城乡循环将更加畅通。")
    report = by_title["鲜食农产品如何丰富餐桌（经济聚焦）"]
    assert report.byline == "本报记者 常钦"
    assert report.blocks[0].text.startswith("从一根鲜食玉米")


def test_names_under_a_signed_story_with_nothing_below_close_it() -> None:
    # the same names at the foot of the page, over no more text: the story's credit
    page = NAMES_BETWEEN.split("本报记者 常钦")[0] + "本报记者 常钦\n"
    [art] = clean_page(page, "p.txt").articles
    assert art.title == "年轻人为啥爱上逛集市（人民时评）"
    assert "常钦" in (art.byline or "")


#: A title over a lead-in whose first paragraph gives figures, its second what the title
#: says; another page's headline is left over at the end.
TITLE_OVER_FIGURES = """\
旅客乘机如何享受轮椅服务（服
务港）

本报讯 本报记者 邱超奕报道 2025年10月26
日至2026年3月28日，全国民航将执行冬春航
季航班计划。新航季共有210家国内外航空公
司计划每周安排客货运航班11.95万班，比去
年同期增长1.3%。

随着航班量增加，为更好服务旅客出行，不少
航司对行动不便的旅客提供轮椅服务。如何申
请轮椅服务？有啥注意事项？记者采访了国航
地服综合服务主管罗力和国航客舱服务部主任
乘务长王媞。

旅客可通过多种渠道提前申请轮椅服务，例如
通过国航官网、国航APP自助办理，或通过国
航95583客服热线、售票柜台等人工渠道预订
轮椅服务。因机型载运限制，旅客如需预订轮
椅服务，需要在航班起飞前一天下午4点前预
订。

《实施弹性退休制度暂
行办法》发布
"""


def test_a_title_over_a_lead_in_heads_the_lead_whatever_it_speaks_of() -> None:
    # the lead gives the season's flights; the title speaks of the paragraphs under it
    # and a headline is left over: still one story, begun where its title stands
    arts = [a for a in clean_page(TITLE_OVER_FIGURES, "p.txt").articles if a.blocks]
    story = next(a for a in arts if a.title == "旅客乘机如何享受轮椅服务（服务港）")
    assert story.byline == "本报记者 邱超奕"
    assert story.blocks[0].text.startswith("2025年10月26日")
    assert len(story.blocks) == 3
