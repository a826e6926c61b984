"""Conventions of Chinese print for where a story begins and ends: a headline over a news lead
dated the way news is (``5月28日，…``), an editor's note (``编者按：``, ``编者的话``) or a
column's opening note (``开栏的话``), a box printed with its story (``【执纪者说】``, ``核心阅读``),
a briefs column (``简讯`` and its ``●`` items), a note on the author (``（作者系某大学教授）``),
the source or the editor's code after the last sentence, and jump lines (``（下转第3版）``,
``（上接第1版）``).  Headlines inside a story are in :mod:`tests.cleaning.test_print_subheads`;
boxes printed with a story in :mod:`tests.cleaning.test_print_boxes`; the source, a closing
note and a note on the author after the last sentence in
:mod:`tests.cleaning.test_print_credits`."""

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


#: Text of other things than the story above (set in the same column).


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
