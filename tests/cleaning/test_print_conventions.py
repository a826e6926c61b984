"""Conventions of Chinese print that the seed pages do not show but other papers use:
a byline on a line of its own (``■本报记者 王晓东``, ``□ 张三``, ``◎文/张治``), jump lines
(``（下转第3版）``, ``（上接第1版）``), and lead-ins of other papers and sites (``东南网莆田
1月17日讯``, ``央视网消息：``, ``齐鲁晚报·齐鲁壹点记者 王媛报道``)."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s02_normalize import normalize
from desktop.core.cleaning.s03_chunks import LEAD_START_RE, STRONG_LEAD_RE
from desktop.core.cleaning.s03_reflow import reflow
from desktop.core.cleaning.s04_roles import parse_lead, tidy_byline
from desktop.core.cleaning.textutil import BYLINE_LINE_RE, ENUM_HEAD_RE, MARKED_BYLINE_RE

BODY = """\
近日，某集团第十届职工技能大赛在
总装车间开赛，来自各分厂的两百余
名选手参加了焊接、钳工、电工等六
个工种的比拼。

大赛设置了理论考试和实际操作两
个环节，获奖选手将按规定晋升技能
等级。往届大赛中，共有三十多名选
手获得了技师资格。
"""


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("本报记者 王晓东", "本报记者 王晓东"),
        ("■本报记者 王晓东", "本报记者 王晓东"),
        ("□记者 李明 通讯员 张华", "记者 李明 通讯员 张华"),
        ("◎文/张治", "文/张治"),
        ("文 | 剑胆琴心", "文 | 剑胆琴心"),
        ("本报记者 张三 实习生 李四", "本报记者 张三 实习生 李四"),
        ("□ 张三", "张三"),
        ("文/图 李四", "文/图 李四"),
        ("工人日报-中工网记者 刘晓", "工人日报-中工网记者 刘晓"),
        ("新华社记者 王某某", "新华社记者 王某某"),
        ("沈琳 韦友 张晓燕", "沈琳 韦友 张晓燕"),
        ("读者 薛芳玲", "读者 薛芳玲"),  # a reader's letter
    ],
)
def test_byline_on_a_line_of_its_own(line: str, byline: str) -> None:
    page = clean_page(f"技能大赛点燃车间热情\n\n{line}\n\n{BODY}", "p.txt")
    [art] = page.articles
    assert art.title == "技能大赛点燃车间热情"
    assert art.byline == byline
    assert art.blocks[0].text.startswith("近日，某集团")
    assert len(art.blocks) == 2
    assert not page.furniture


def test_byline_line_grammar() -> None:
    for line in ("本报记者 王晓东", "▲本报通讯员 孙六", "特约记者 吴七", "本报评论员"):
        assert MARKED_BYLINE_RE.match(line), line
    # prose, a lead-in cut by the column, a headline of two phrases: not a marked byline
    for line in (
        "近日，某集团第十届职工技能大赛在",
        "现场，花香阵阵，芬芳扑",
        "本报讯 通讯员李晓艳报",
        "通讯员陈明报道 为推动全",
        "搭台铺路 助力产",
    ):
        assert not MARKED_BYLINE_RE.match(line), line
    # bare names are told from a two-phrase headline only by their place under a title
    assert BYLINE_LINE_RE.match("沈琳 韦友 张晓燕")


def test_tidy_byline_keeps_the_paper_before_the_first_role() -> None:
    assert tidy_byline("中工网记者 刘晓") == "中工网记者 刘晓"
    assert tidy_byline("通讯员葛玲燕记者吴晓静") == "通讯员葛玲燕 记者吴晓静"
    assert tidy_byline("文/本报记者 赵四") == "文/本报记者 赵四"


def test_a_byline_line_cut_into_a_lead_in_still_reads_as_one() -> None:
    page = (
        "记者吴晓静 通讯员姚似\n璐报道 刚刚过去的春节假期，\n“科技创新”成为全民聚焦的关键\n词。\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.byline == "记者吴晓静 通讯员姚似璐"
    assert art.blocks[0].text.startswith("刚刚过去")


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


@pytest.mark.parametrize(
    ("text", "byline", "publication", "rest"),
    [
        (
            "东南网莆田1月17日讯(通讯员 卓丽双)昨日17时许",
            "通讯员 卓丽双",
            "东南网",
            "东南网莆田1月17日讯 昨日17时许",
        ),
        (
            "浙江在线4月28日讯(记者 陈雷)4月下旬",
            "记者 陈雷",
            "浙江在线",
            "浙江在线4月28日讯 4月下旬",
        ),
        ("央视网消息：各地推出多项暖心举措", None, "央视网", "各地推出多项暖心举措"),
        ("湖北日报消息 一股清泉跃出幕阜山", None, "湖北日报", "一股清泉跃出幕阜山"),
        ("齐鲁晚报·齐鲁壹点记者 王媛报道 3月26日", "齐鲁晚报·齐鲁壹点记者 王媛", None, "3月26日"),
        ("本报讯 本报记者 皮树义 张锦力报道 300名", "本报记者 皮树义 张锦力", None, "300名"),
        ("新华社北京2月24日电（记者 张三）近日", "记者 张三", "新华社", "新华社北京2月24日电 近日"),
        # the paper's own label with the city it was filed from, and its own dateline
        ("本报扬州讯 近日，由中共扬州市", None, None, "近日，由中共扬州市"),
        ("本报南京讯（记者 王某）近日，", "记者 王某", None, "近日，"),
        ("本报北京2月24日讯（记者 王某）近日", "记者 王某", None, "本报北京2月24日讯 近日"),
        # the reporters after a dateline, unbracketed
        ("本报大连5月9日电 记者张书政报道:承办", "记者张书政", None, "本报大连5月9日电 承办"),
        ("新华社北京2月24日电 记者张三报道 近日", "记者张三", "新华社", "新华社北京2月24日电 近日"),
        # a news app's reporter, with a rank
        ("本报讯 澎湃新闻高级记者 李佳蔚报道 8月2日", "澎湃新闻高级记者 李佳蔚", None, "8月2日"),
        # a round-up of the paper's own reports, dated
        ("本报8月31日综合消息 新学期如期而至", None, None, "本报8月31日综合消息 新学期如期而至"),
        # a portal's channel
        (
            "新浪体育讯 2006年度中国女足的最后一项赛事",
            None,
            "新浪体育",
            "2006年度中国女足的最后一项赛事",
        ),
    ],
)
def test_lead_ins_of_other_papers_and_sites(
    text: str, byline: str | None, publication: str | None, rest: str
) -> None:
    assert LEAD_START_RE.match(text)
    people, body = parse_lead(text)
    assert (people.byline, people.publication, body) == (byline, publication, rest)


def test_a_reporter_quoted_in_the_text_is_no_lead_in() -> None:
    assert not LEAD_START_RE.match("中央电视台记者张三在现场报道了这件事")


def test_the_papers_correspondents_are_no_label() -> None:
    # 本报通讯员 opens no 本报…讯 label: 通讯 is part of the role word
    assert not STRONG_LEAD_RE.match("本报通讯员乌镇采风接受革命传统教育")
    assert STRONG_LEAD_RE.match("本报扬州讯 近日")


def test_a_news_service_named_in_a_headline_is_no_lead_in() -> None:
    for lead in ("新华社电 近日", "据新华社报道，", "新华社记者 王五", "中新社北京电 近日"):
        assert LEAD_START_RE.match(lead), lead
    assert not LEAD_START_RE.match("新华社关注 新河羊毛衫集体协商制度")
    text = (
        "近日，某集团职工技能大赛落下帷\n幕，两百余名选手参加了比拼。\n\n"
        "新华社关注 新河羊\n毛衫集体协商制度\n\n"
        "本报讯（通讯员林绍禹）近日\n，新华社记者一行8人来到温\n岭，就新河镇羊毛衫行业工资\n"
        "集体协商制度进行了采访。\n"
    )
    _first, second = clean_page(text, "p.txt").articles
    assert second.title == "新华社关注 新河羊毛衫集体协商制度"
    assert second.blocks[0].text.startswith("近日，新华社记者")


SERIES = """\
工会服务暖人心

编者按：新就业形态劳动者
的权益保障，是近年来社会
关注的热点。本报今起推出
系列报道，敬请关注。

一、建会入会有了新渠道

今年以来，全市各级工会组
织深入快递网点、外卖站点
，推动新就业形态劳动者入
会，新发展会员两万余人。

二、服务阵地遍布街头

全市已建成户外劳动者服务
站点三百余个，为快递员、
外卖员提供歇脚、饮水、充
电等服务。

（本报记者 王五）

相关链接

截至去年底，全国新就业形
态劳动者已超过八千万人。

春风送岗暖人心

本报讯（记者 赵六）2月28日，
市总工会举办春风行动专场
招聘会，120家企业提供岗位
三千余个。

图为招聘会现场。新华社发 张七 摄
"""


def test_numbered_headings_and_a_box_belong_to_their_story() -> None:
    page = clean_page(SERIES, "p.txt")
    first, second = page.articles
    assert first.title == "工会服务暖人心"
    assert first.byline == "本报记者 王五"
    subheads = [b.text for b in first.blocks if b.type == "subhead"]
    # a numbered heading nearly as wide as the column is no paragraph's cut-off first line
    assert subheads == ["一、建会入会有了新渠道", "二、服务阵地遍布街头", "相关链接"]
    assert first.blocks[-1].text.startswith("截至去年底")
    assert second.title == "春风送岗暖人心"


def test_a_numbered_heading_after_a_line_announcing_it_is_no_caption() -> None:
    text = (
        "临近五一，郑州高速交警温馨提示：\n\n一、严格遵守车辆载物规定\n\n"
        "货车驾驶人要严格遵守相关法律规\n定，不超载、不超限，同时在上高速\n前，要认真检"
        "查车上货物是否捆紧\n绑牢。\n\n二、行车途中也要检查车辆安全性能\n\n驾驶人在行车"
        "前，一定要认真检查\n车辆，包括轮胎、刹车系统等。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.type for b in art.blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "subhead",
        "paragraph",
    ]


def test_a_caption_saying_it_shows_the_picture_goes_with_the_story() -> None:
    page = clean_page(SERIES, "p.txt")
    story = page.articles[-1]
    assert story.blocks[-1].type == "caption"
    assert story.blocks[-1].text == "图为招聘会现场。"
    assert "新华社发 张七" in page.furniture  # the photographer, with the agency


BRIEFS = """\
工人日报
2025年3月5日 星期三
3 要闻
本版编辑：张三 美编：李四

简讯

本报讯 3月3日，市总工会召开
全委会议，部署今年重点工作。
会议要求各级工会聚焦主责主
业，扎实推进产改工作。

本报讯（通讯员 钱八）日前，区
总工会为困难职工发放慰问金
共计二十万元，惠及职工四百
余人。

E-mail:grrb@163.com
http://www.workercn.cn
"""


def test_a_page_header_block_and_a_briefs_column() -> None:
    page = clean_page(BRIEFS, "p.txt")
    # the header lines are set without blank lines between them: still furniture, each
    assert page.furniture[:4] == [
        "工人日报",
        "2025年3月5日 星期三",
        "3要闻",
        "本版编辑：张三 美编：李四",
    ]
    assert "简讯" in page.furniture  # the column's heading is no brief's title
    assert [(a.title, a.byline) for a in page.articles] == [(None, None), (None, "通讯员 钱八")]
    assert page.articles[0].blocks[0].text.startswith("3月3日")
    assert "http://www.workercn.cn" in page.furniture


INDENTED = """\
职工书屋点亮精神家园
　　本报讯（记者 李华）近日，市总工会在
全市开展职工书屋建设提升行动，
计划年内新建和提档升级职工书屋
一百家。
书屋配套全面升级
　　据了解，职工书屋将配备图书、
电子阅读设备等，并定期开展读书
分享会、主题讲座等活动。
技能比武展风采
　　本报讯（通讯员 周九）日前，某
公司举办青年职工技能比武，五十
余名选手同台竞技。
"""


def test_headlines_between_indented_paragraphs_without_blank_lines() -> None:
    first, second = clean_page(INDENTED, "p.txt").articles
    assert (first.title, first.byline) == ("职工书屋点亮精神家园", "记者 李华")
    assert [b.type for b in first.blocks] == ["paragraph", "subhead", "paragraph"]
    assert (second.title, second.byline) == ("技能比武展风采", "通讯员 周九")


def test_an_author_mark_credit_closes_its_story() -> None:
    text = (
        "中央八项规定，反的绝不是职工的\n正常福利，这也是反腐的最终目的\n"
        "之一。 （图/李宏宇 文\n/晚山）\n\n"
        "昨晚7点50分左右，福田区下沙村五\n坊93号一民房起火，消防及时赶到将\n火扑灭，所幸无人员伤亡。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.byline == "图/李宏宇 文/晚山"
    assert first.blocks[-1].text.endswith("最终目的之一。")
    assert second.blocks[0].text.startswith("昨晚7点50分")


def test_a_headline_broken_after_its_comma() -> None:
    text = (
        "4月22日上午，市第二人民医院将在陈\n家垟村老年人活动中心开展义诊活\n动，欢迎村民前来。\n\n"
        "义诊项目包括测量血压、血糖和健\n康咨询，医生还将送药上门。\n\n"
        "为了赶走烂物业，\n我被举报到纪委了\n\n"
        "二三十个身着黑色制服的物业保安\n将小区大门围得水泄不通，业主们\n纷纷赶来。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    # wrapped text fills every line but its last: a short line ending in a comma is a break
    assert second.title == "为了赶走烂物业，我被举报到纪委了"
    assert first.blocks[-1].text.endswith("送药上门。")


def test_a_headline_set_wider_than_the_column() -> None:
    text = (
        "早高峰的地铁站里，有乘客拖着行\n李箱赶火车，有乘客低头看手机。\n\n"
        "客拖着行李箱赶火车；有乘客拿\n手机记录窗外风景；还有复工的、\n跨区回家的……扫“场所码”，\n"
        "进站，依旧是熟悉的地铁。\n\n"
        "董洪林创新工作室荣获2022年湖北省示范\n性职工（劳模、工匠）创新工作室\n\n"
        "近日，2022年湖北省示范性职工（\n劳模、工匠）创新工作室评选结\n果揭晓，董洪林创新工作室榜上\n有名。\n"
    )
    titles = [a.title for a in clean_page(text, "p.txt").articles]
    assert titles[-1] == "董洪林创新工作室荣获2022年湖北省示范性职工（劳模、工匠）创新工作室"


def test_a_headline_wrapped_inside_a_word_is_one_title() -> None:
    from desktop.core.cleaning.s06_titles import split_title
    from desktop.core.cleaning.textutil import cuts_word

    assert cuts_word("上海长宁工会全过程人民民主实", "践点“职工代表工作站”成立")
    assert not cuts_word("让职工在创新大潮中站“C位”", "杭州市总工会全链式助力培育新质生产力")
    title = split_title(["我国港口外贸韧性凸显外贸集装箱吞", "吐量快速增长国际航线持续加密"])
    assert title == ("我国港口外贸韧性凸显外贸集装箱吞吐量快速增长国际航线持续加密", None)
    # a quotation left open, or a full first line over a shorter one: one headline run over
    assert split_title(["三条新线今日开通，广州实现“区区通", "地铁” 市民大赞“方便”"])[1] is None
    assert split_title(["爱心驿站、“清凉小摊”……各地推出暖心", "举措 为户外劳动者送清凉"])[1] is None
    # a line ending in a word that cannot end a phrase (向, 的, 和 …) was cut mid-phrase
    assert split_title(["40℃高温下，上海工会流动车向", "户外劳动者送饮品、防暑药品"])[1] is None
    # a title over its deck breaks between phrases
    assert split_title(["让职工在创新大潮中站“C位”", "杭州市总工会全链式助力培育新质生产力"]) == (
        "让职工在创新大潮中站“C位”",
        "杭州市总工会全链式助力培育新质生产力",
    )


def test_a_deck_under_a_horizontal_bar_and_an_editors_note_label() -> None:
    from desktop.core.cleaning.s06_titles import split_title

    assert split_title(["平凡的岁月，留下不平凡的足迹", "――本报记者眼中的六位全国劳模"]) == (
        "平凡的岁月，留下不平凡的足迹",
        "――本报记者眼中的六位全国劳模",
    )
    text = (
        "平凡的岁月，留下不平凡的足迹\n\n编者按\n\n本报讯（本报记者 谢念）“五一”国际\n"
        "劳动节临近，全国劳动模范和先进工\n作者表彰大会即将在北京召开。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.kicker, art.byline) == (
        "平凡的岁月，留下不平凡的足迹",
        "编者按",
        "本报记者 谢念",
    )


def test_a_writer_named_after_a_colon() -> None:
    page = clean_page(f"技能大赛点燃车间热情\n\n撰稿：王晓涵\n\n{BODY}", "p.txt")
    assert page.articles[0].byline == "撰稿：王晓涵"


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


def test_two_names_run_together_in_a_closing_credit() -> None:
    from desktop.core.cleaning.s04_roles import split_credit

    text, people = split_credit("将为本次赛会提供尽善尽美的服务。(孟西安祁鸿斌)")
    assert text.endswith("服务。") and people is not None and people.byline == "孟西安祁鸿斌"
    text, people = split_credit("硬是通过两天三夜拿了下来!(周昭健林婷玉)")
    assert people is not None and people.byline == "周昭健林婷玉"
    # a note in brackets is no credit of two names
    assert split_credit("下期再见。（未完待续之后再说）")[1] is None


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


def test_the_last_words_and_credit_after_a_column_break_end_the_paragraph() -> None:
    text = (
        "灾情发生后，供电公司立即行动，四个\n小时内就调集了抢修人员上千人，硬\n是通过两天三夜\n\n"
        "拿了下来！（远德亮孙丽梅）\n\n三条地铁新线今日开通\n\n"
        "本报讯 上午10时，三条地铁新线同时\n开通运营，市民纷纷前来体验。\n"
    )
    art, _ = clean_page(text, "p.txt").articles
    assert len(art.blocks) == 1
    assert "两天三夜拿了下来！" in art.blocks[0].text
    # read alone, a sentence's end and its credit are no headline
    from desktop.core.cleaning.options import CleanOptions
    from desktop.core.cleaning.s02_normalize import Line
    from desktop.core.cleaning.s03_chunks import Chunk, is_short_chunk

    chunk = Chunk([Line("拿了下来!(远德亮孙丽梅)", 0)])
    assert not is_short_chunk(chunk, 13.0, CleanOptions())


def test_the_last_of_several_reporters_glued_to_baodao() -> None:
    people, rest = parse_lead("本报记者 皮树义 张锦力报道 300名新工人进厂，")
    assert people.byline == "本报记者 皮树义 张锦力"
    assert rest == "300名新工人进厂，"


def test_a_full_stop_typed_as_a_period_ends_the_sentence() -> None:
    from desktop.core.cleaning.textutil import ends_sentence

    assert ends_sentence("造成线路断线断电.")
    assert not ends_sentence("增长了3.")  # a number cut by the column
    text = (
        "这时，张何村支部书记蒋帮田打来电话：\n一辆收割机撞断了10千伏线路，造成线路\n断线断电.\n\n"
        "这条线路没有电，意味着草庙\n全镇8000多居民户无电，还有造纸厂、面\n粉厂等专变断电。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert len(art.blocks) == 2


def test_a_line_ending_in_half_a_word_runs_on_after_a_column_break() -> None:
    from desktop.core.cleaning.textutil import cuts_word

    assert cuts_word("2025年或将成为新就业形态劳动者权", "益保障的历史性节点。")
    assert not cuts_word("一条莘庄全长", "虹莘路，是上海市闵行区的一条道路")
    text = (
        "平台为骑手缴纳社\n保是“双赢思维”\n\n□全媒体记者许接英 林婷玉\n\n"
        "2025年或将成为新就业形态劳动者权\n\n益保障的历史性节点。\n\n"
        "2月19日至20日，京东、美团、饿了\n么三大平台几乎同时发布社保缴纳计划。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.byline == "全媒体记者许接英 林婷玉"
    assert art.blocks[0].text == "2025年或将成为新就业形态劳动者权益保障的历史性节点。"


def test_editors_named_without_a_colon_are_furniture() -> None:
    text = "2024年3月5日 星期二\n要闻 3\n责任编辑 张三 版式设计 李四\n\n" + BODY
    page = clean_page(text, "p.txt")
    assert page.furniture == ["2024年3月5日 星期二", "要闻3", "责任编辑 张三 版式设计 李四"]
    assert [a.title for a in page.articles] == [None]


def test_a_first_line_cut_off_under_a_line_of_bare_names() -> None:
    text = (
        "抱团合作社 增收有门路\n\n王应良 郭兴筌 张小蕾\n\n"
        "走进云县幸福镇邦洪村低热河谷的田坝,呈现\n\n"
        "在眼前的是成片的甜玉米在微风吹拂下泛起层层\n绿浪，长势喜人的四季豆、西红柿、南瓜、辣椒、\n"
        "茄子等蔬菜布满了田边地脚，一派繁忙的劳动景象。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("抱团合作社 增收有门路", "王应良 郭兴筌 张小蕾")
    assert art.blocks[0].text.startswith("走进云县幸福镇邦洪村低热河谷的田坝,呈现在眼前")


def test_a_question_put_by_a_speaker_is_dialogue_not_a_subhead() -> None:
    text = (
        "民警在服务区拦下一辆货车，发现车上货物\n捆扎松散，随时可能掉落。\n\n"
        "民警随即与司机李某进行了交谈，了解车辆\n行驶情况。\n\n"
        "高速交警:车上装了什么东西?\n\n李某:我开得慢。\n\n"
        "高速交警:昨天晚上睡好了吗?\n\n李某:睡得挺好的。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert all(b.type == "paragraph" for b in art.blocks)


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


def test_a_title_filling_its_column_over_a_byline_line() -> None:
    # both title lines are as wide as the column, but a byline line follows: a title
    text = (
        "我院志愿者协同泉西村社区居\n委会开展走访慰问老人活动\n\n文:靖中华\n\n"
        "自古以来，中华民族就倡导\n“尊老、爱老、敬老”的传\n统美德。重阳节前夕，我院\n"
        "组织志愿者协同泉西村社区\n居委会开展走访慰问老人活\n动，为社区老人送去温暖。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "我院志愿者协同泉西村社区居委会开展走访慰问老人活动"
    assert art.byline == "文:靖中华"
    assert art.blocks[0].text.startswith("自古以来")


def test_a_paragraph_opening_with_an_editors_note_opens_a_story() -> None:
    text = BODY + (
        "\n编者按：近期，本报推出了“拒绝随手\n扔”专栏，受到读者的广泛关注。日前，\n"
        "本报记者与环卫工人零距离接触一天。\n\n凌晨3时，家住龙东小区的王会香就起\n"
        "床了。她骑上电动车，消失在夜色中。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.blocks[0].text.startswith("编者按：近期")


def test_two_full_lines_without_a_stop_are_a_title() -> None:
    # the title fills both lines of its narrow column like text, but no comma or stop
    # falls anywhere in it: prose does not run 27 characters without one
    text = (
        "市民热线开通以来，共受理各类\n来电三千余次。\n\n"
        "热线将群众反映的问题通过各种\n形式反馈至相关部门，受到好评。\n\n"
        "上海长宁工会全过程人民民主实\n践点“职工代表工作站”成立\n\n"
        "9月27日上午，长宁“职工代\n表工作站”的4名职工代表来到\n"
        "电台，与企业管理者、一线职工\n等共同讨论人才选树。\n"
    )
    page = clean_page(text, "p.txt")
    titled = [a for a in page.articles if a.title]
    assert [a.title for a in titled] == ["上海长宁工会全过程人民民主实践点“职工代表工作站”成立"]
    assert titled[0].blocks[0].text.startswith("9月27日上午")


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


def test_a_column_opening_note_is_a_piece_of_its_own() -> None:
    text = BODY + (
        "\n开栏的话\n\n五月的鲜花，献给奔走在大街小巷的新业态\n劳动者。今日，本报推出系列报道，"
        "\n讲述他们的故事。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.title == "开栏的话"
    assert second.blocks[0].text.startswith("五月的鲜花")


def test_on_a_page_set_flush_a_short_line_is_no_cut_off_opening_line() -> None:
    # every paragraph opens on a full line, so a line two em short of the column over a
    # full line is a headline, not the first line of a paragraph cut off by a column break
    text = (
        "本报讯 前来参会的几位产业工人不约\n而同地带着一个物件，这是他们工作\n中的伙伴。\n\n"
        "方文墨带了一把锉刀，他每天要在工\n作台上反复磨锉八千多次，为的是打\n造航空产品。\n\n"
        "黄金娟带来了一个家家户户都有的智\n能电表，她成功研发出智能化检定系\n统。\n\n"
        "听着他们讲述自己工作中的故事，你\n会觉得他们仿佛就是一个个神奇的魔\n术师。\n\n"
        "新时代大国工匠在平凡岗位奋斗\n\n"
        "他，是中国肝脏外科主要创始人，也\n是国际肝癌研究重要开拓者，从医六\n十年。\n"
    )
    units = reflow(normalize(text))
    assert [u.kind for u in units] == ["text", "text", "text", "text", "short", "text"]


def test_a_source_abbreviated_in_the_closing_credit_names_no_second_team() -> None:
    # a portal's lead-in and its own name abbreviated at the end (（新体）): one story,
    # though a lead-in naming nobody and a credit naming staff would show two
    text = (
        "新浪体育讯2006年度中国女足的最后一项赛事\n女足超霸杯11月11日在贵州结束，结果上海\n"
        "队战胜北京队，获得本次比赛的冠军。\n\n在双方势均力敌的较量当中，上海队最终是以\n"
        "一比零险胜，夺得本次比赛的冠军。（新体）\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.publication == "新浪体育"
    assert len(art.blocks) == 2


def test_a_features_numbered_cases_are_numbered_headings() -> None:
    for line in ("案例一：拼多多平台“人参面膜”涉嫌虚假宣传", "镜头二：深夜的车间", "一、三次举报"):
        assert ENUM_HEAD_RE.match(line), line
    for line in ("案例分析显示，多数消费者", "镜头前的他显得有些紧张"):
        assert not ENUM_HEAD_RE.match(line), line


def test_a_signature_after_the_last_sentence_ends_the_story() -> None:
    # the last line ends in a name, not a stop, yet the story is over: the headline under
    # it is the next story's, not a caption set into an unfinished paragraph
    text = BODY + (
        "\n职工们说，记者冒酷暑来到高温车间，写\n出了真实可信的稿件。 齐鲁晚报记者 王\n媛\n\n"
        "送戏下乡惠百姓\n\n1月15日，贺兰县洪广镇欣荣村广场上\n热闹非凡，欢声笑语此起彼伏，秦腔剧\n"
        "团送戏下乡，为村民演出。\n"
    )
    arts = clean_page(text, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith("齐鲁晚报记者王媛")
    assert arts[-1].title == "送戏下乡惠百姓"
    assert arts[-1].blocks[0].text.startswith("1月15日")


def test_a_label_ending_in_a_colon_over_a_subhead_is_one_subhead() -> None:
    text = (
        "本报讯 新学期如期而至，各地各校早谋划、\n早行动，为学生们开启新学期保驾护航。\n\n"
        "北京：\n\n服务再升级，带来新变化\n\n"
        "新学期，北京市推出一系列教育服务新举\n措，为学生们营造安全、优质的教育环境。\n\n"
        "李某：\n\n我开得慢，一直在最右边的车道上行驶，\n没有感觉到危险。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.type for b in art.blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "paragraph",
        "paragraph",
    ]
    assert art.blocks[1].text == "北京： 服务再升级，带来新变化"


@pytest.mark.parametrize(
    "head",
    [
        "新华社北京6月27日电 题：老旧小区改造中的暖心故事\n",
        # the title line cut by a column break, its first line full
        "新华社北京6月27日电 题：老旧小区改造\n\n中的暖心故事\n",
    ],
)
def test_a_wire_title_line_is_the_title(head: str) -> None:
    text = head + (
        "\n“中国式现代化，民生为大。”今年4月，\n习近平总书记在重庆考察时语重心长地\n说。\n\n"
        "老旧小区改造是提升群众获得感、幸福\n感、安全感的重要工作。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "老旧小区改造中的暖心故事"
    assert art.publication == "新华社"
    assert art.blocks[0].text.startswith("新华社北京6月27日电 “中国式现代化")
    assert len(art.blocks) == 2


def test_a_headline_over_text_on_another_subject_opens_a_story() -> None:
    # the headline shares no word with the text on either side, but the text under it
    # names none of the people and things of the story above: a new story, not a subhead
    text = (
        "近日，某集团第十届职工技能大赛在总装车间开\n赛，两百余名选手参加了焊接、钳工等工种比拼。\n\n"
        "大赛设置了理论考试和实际操作两个环节，焊接\n比赛中选手们的精湛技艺赢得了阵阵掌声。\n\n"
        "集团工会负责人介绍，技能大赛已连续举办十届，\n获奖选手将按规定晋升技能等级。\n\n"
        "往届大赛中，共有三十多名选手获得了技师资格，\n技能大赛成为职工成长成才的舞台。\n\n"
        "一把扳手的故事\n\n"
        "“我文化底子薄，靠的是笨鸟先飞。”在淮北煤\n矿，李师傅一边检修采煤机一边对记者说。\n\n"
        "三十年来，李师傅扎根井下，摸索出一套采煤\n机快速检修法，为煤矿节约资金上千万元。\n\n"
        "井下空间狭小，采煤机一旦停机，整个工作面\n就得停产。李师傅练就了听声辨故障的本领。\n\n"
        "如今，李师傅带出的徒弟已有二十多人，不少\n人成了煤矿的检修骨干。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 4
    assert second.title == "一把扳手的故事"
    assert second.blocks[0].text.startswith("“我文化底子薄")


def test_a_signature_on_lines_of_its_own_ends_the_story_too() -> None:
    # the sentence ends at a line's end and the signature fills the next line and a bit
    text = (
        "地铁开通后，王女士上下班坐地\n铁估计十分钟左右就能到，省\n下了不少时间，非常方便快捷\n"
        "，她和同事们都说好。\n\n地铁二号线的开通，让沿线市\n民的出行更加便捷，上班路上\n"
        "的时间节省了二十分钟左右。\n齐鲁晚报·齐鲁壹点记者 王\n媛\n\n"
        "送戏下乡惠百姓\n\n1月15日，贺兰县洪广镇欣荣\n村广场上热闹非凡，欢声笑语\n"
        "此起彼伏，秦腔剧团送戏下乡\n，为村民演出。（记者 胡俊\n）\n"
    )
    arts = clean_page(text, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith("王媛")
    assert arts[-1].title == "送戏下乡惠百姓"
    assert arts[-1].byline == "记者 胡俊"
    assert len(arts[-1].blocks) == 1


def test_a_letters_salutation_opens_its_text() -> None:
    # a short line cut off by the column, but it opens on a salutation: the letter's text
    text = (
        "我们喜爱《陕西工人报》\n\n兴平市66号信箱杨晓勇\n\n编辑同志：多年来，我们陕西\n\n"
        "建筑机械厂历任工会主席都十分\n重视《陕西工人报》的订阅工作，\n并将此列入工会工作的重要内容。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "我们喜爱《陕西工人报》"
    assert art.blocks[0].text.startswith("编辑同志：多年来，我们陕西建筑机械厂")


def test_a_deck_set_across_the_page_is_a_deck() -> None:
    # a deck spanning three columns comes out of the PDF as one line of 40-odd em
    deck = (
        "全国棉花、油料、糖料、茶叶、桑蚕茧、黄红麻、肉类七种主要产品创高产新纪录，农村一片生机勃勃"
    )
    text = (
        "据新华社北京6月20日电 我国农业在走过了多\n年“单打一抓粮食”的曲折道路之后，现在正\n"
        "朝着多种经营的方向转变。去年，棉花、油\n料、糖料、茶叶等七种主要产品创造了高产\n新纪录。\n\n"
        f"我国多种经营发展之快历史少见\n\n{deck}\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "我国多种经营发展之快历史少见"
    assert art.subtitle == deck
    assert len(art.blocks) == 1


def test_a_headline_the_column_wrapped_is_one_title() -> None:
    # its first line is exactly as wide as the column, its second shorter: one headline
    # the column wrapped, not a title over its deck (both lines are 12 em or more)
    text = (
        "“向着太阳遇见你”日照非遗\n精品展在山东省文化馆开展\n\n"
        "3月20日上午，由山东省文化\n和旅游厅指导的日照非遗精品\n展在山东省文化馆开展。\n\n"
        "本次展览精心遴选出了日照市\n最具代表性的非遗项目，展现\n了日照独特的风土人情。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "“向着太阳遇见你”日照非遗精品展在山东省文化馆开展"
    assert art.subtitle is None


def test_two_phrases_set_apart_by_a_space_are_a_headline_however_full() -> None:
    from desktop.core.cleaning.s03_chunks import _phrases_spaced

    assert _phrases_spaced(["目击高考首日：家长穿红衣", "“送考” 心情比孩子紧张"])
    # a slogan quoted in running text, names: no headline
    assert not _phrases_spaced(["他说“人民城市 百年", "工运”是一句口号"])
    assert not _phrases_spaced(["张三 李四"])
    text = (
        "近日，某集团职工技能大赛落\n下帷幕，两百余名选手参加了\n比拼。\n\n"
        "目击高考首日：家长穿红衣\n“送考” 心情比孩子紧张\n\n"
        "本报讯 今日上午9时，2016年\n高考正式开考，考场外的家长\n们身穿红衣，为孩子加油。\n"
    )
    _first, second = clean_page(text, "p.txt").articles
    assert second.title == "目击高考首日：家长穿红衣“送考” 心情比孩子紧张"


def test_a_title_ending_in_an_exclamation_over_a_byline_line() -> None:
    # the byline's role may carry a slash (记者/周斐); the line over it ends in ！ but speaks
    # of the story under the byline, not of the one above: it is that story's title
    assert BYLINE_LINE_RE.match("记者/周斐 通讯员刘梦宇")
    text = (
        "5月23日，路桥区知联会在洋屿村\n举办了大型义诊活动，来自医院的\n专家为老人们"
        "测量血压和血糖。\n\n"
        "暖心！工会圆梦“微心愿” 困难\n职工秒变幸福“收货人”！\n\n"
        "记者/周斐 通讯员刘梦宇\n\n"
        "日前，沧州市总工会面向困难职工\n发起“微心愿”征集活动，共收集\n到53个“微心愿”。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("测量血压和血糖。")
    assert second.title == "暖心！工会圆梦“微心愿” 困难职工秒变幸福“收货人”！"
    assert second.byline == "记者/周斐 通讯员刘梦宇"


def test_a_role_word_inside_a_headline_names_nobody() -> None:
    from desktop.core.cleaning.s03_chunks import names_only

    # 暨 joins two things (通讯员暨信息员); it opens no name
    assert not names_only("开发区·铁山区工会通讯员暨劳动领")
    assert names_only("开发区工会通讯员 暴小明")


def test_a_closing_credit_with_a_note_of_its_own() -> None:
    from desktop.core.cleaning.s04_roles import split_credit

    text, people = split_credit("广州地铁开通了。（羊城晚报记者 陈泽云报道（除署名外））")
    assert text == "广州地铁开通了。"
    assert people is not None and people.byline == "羊城晚报记者 陈泽云"
    text, people = split_credit("出行更好把握。”（《南方工报》（大众新闻记者 王青山））")
    assert text == "出行更好把握。”"
    assert people is not None
    assert (people.byline, people.publication) == ("大众新闻记者 王青山", "南方工报")
    # a closing credit naming its paper is no lead-in, whatever it holds
    assert not LEAD_START_RE.match("（羊城晚报记者 陈泽云报道（除署名外））")


def test_a_labelled_subhead_under_a_titles_deck_opens_the_text() -> None:
    # a title block ends with its deck: the label and line under it are the first subhead
    text = (
        "大国工匠刷出自豪感\n\n"
        "不久前，我国首批两百名高技能人才\n获评大国工匠，劳模们备受鼓舞。\n\n"
        "劳模，是他们共同的名字\n\n——全国劳模休养活动群像素描\n\n包起帆：\n\n"
        "依靠聪明才智创造奇迹\n\n"
        "【人物档案】包起帆，60岁，连续\n五届获得全国劳模称号，上海国际\n港务集团原副总裁。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.title == "大国工匠刷出自豪感"
    assert second.title == "劳模，是他们共同的名字"
    assert second.subtitle == "——全国劳模休养活动群像素描"
    assert [b.type for b in second.blocks] == ["subhead", "subhead", "paragraph"]
    # at the top of the page no story above can own the block: any line under the deck
    # (a place label, a phrase) opens the text, a lead-in or not
    text = (
        "东引西进迎难而上\n\n——驻地记者话省情（中）\n\n安徽\n\n抢抓机遇 东出西进\n\n"
        "本报记者 刘杰报道 跨进新千年，面对\n西部大开发机遇，安徽人又憋足了一\n口气。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.subtitle, art.byline) == (
        "东引西进迎难而上",
        "——驻地记者话省情（中）",
        "本报记者 刘杰",
    )
    assert [b.text for b in art.blocks[:2]] == ["安徽", "抢抓机遇 东出西进"]


def test_a_question_ending_on_a_particle_of_speech_is_a_sentence_of_the_text() -> None:
    from desktop.core.cleaning.s02_normalize import Line
    from desktop.core.cleaning.s03_chunks import Chunk, is_question_head

    def chunk(text: str) -> Chunk:
        return Chunk([Line(text, 0)])

    assert not is_question_head(chunk("这到底是怎么回事呢？"))
    assert is_question_head(chunk("向新闻单位投稿错了吗？"))
    assert is_question_head(chunk("超长加班现象怎么解？"))


def test_a_short_line_ending_in_a_semicolon_ends_its_list_item() -> None:
    text = (
        "他，是中国肝脏外科主要创始\n人；\n\n"
        "他，手中一把刀，游刃肝胆，异\n常精准；\n他，心中一团火，守着誓言，从\n未熄灭；\n"
        "他，是不知疲倦的老马，要把病\n人一个个“背过河”。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.text[-4:] for b in art.blocks] == ["创始人；", "常精准；", "未熄灭；", "过河”。"]


def test_a_headline_opening_with_the_words_of_a_lead_in() -> None:
    # 本报通讯员… opens a lead-in only when the text goes on (stops, spaces, names)
    text = (
        "本报讯 5月21日，公司组织本报通讯\n员队伍前往乌镇，接受革命传统教育\n，弘扬革命精神。\n\n"
        "本报通讯员乌镇采风接受革命\n传统教育\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "本报通讯员乌镇采风接受革命传统教育"


def test_a_colon_line_between_a_heading_and_its_lead_in_is_the_deck() -> None:
    text = (
        "# 有工匠精神才能创新发展\n\n“大国工匠——国家创新发展论坛”热议：\n\n"
        "本报北京12月16日电（中国青年报·中青在线记者 任明超）在2016国际创新创业博览会上，"
        "“大国工匠”与“创新发展”成为人们关注的焦点。\n\n"
        "辽宁省总工会经济技术部副部长杨韧与大家分享了对于搭建创新平台的思考。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "有工匠精神才能创新发展"
    assert art.subtitle == "“大国工匠——国家创新发展论坛”热议："
    assert art.byline == "中国青年报·中青在线记者 任明超"
    assert len(art.blocks) == 2


SECTIONS = """\
在火热奋斗一线聆听春天的故事

非常时期，采访殊为不易。我们通过电话联
系了几家企业，斟酌再三决定去西安隆基乐
叶光伏项目工地，隆基乐叶的工人们正在车
间里赶制订单，工地上机器轰鸣。

隆基乐叶光伏项目的车间主任告诉记者，工
人们加班赶工，车间订单排到了五月，光
伏组件一天能下线两万片，工地一派繁忙。

这个春天令人鼓舞

春节期间，我选择留在延安过年，陈树东是
安塞区双山则村的一名残疾人，他不等不靠
，养鸡圆了致富梦，如今鸡舍里有三千只鸡
，年收入超过十万元，村里人都夸他能干。

在这里，我感受到了乡村生生不息的活力。
陈树东说，明年还要再盖两间鸡舍，带着乡
亲们一起养鸡。
"""


def test_a_section_heading_that_echoes_the_title_stays_in_the_story() -> None:
    # the second section tells of other people and places, but its heading takes up a
    # rare word of the title over the story (春天): a section, not a new story
    [art] = clean_page(SECTIONS, "p.txt").articles
    assert [b.type for b in art.blocks].count("subhead") == 1
    # a heading that echoes nothing of the title over text on another subject opens one
    other = SECTIONS.replace("这个春天令人鼓舞", "养鸡圆了致富梦")
    assert len(clean_page(other, "p.txt").articles) == 2


def test_a_headline_over_a_storys_title_is_its_main_title() -> None:
    # the lower line names the story (吉水县…) and took the title by its words; the line
    # printed over it, sharing no words, is no other story's (the one above has its own)
    text = (
        "供电所抢修保供电\n\n"
        "本报讯 初春的夜晚，寒气逼人，供电所\n的工作人员却连夜进行故障抢修，以实\n"
        "际行动诠释了服务理念。\n\n"
        "贯彻阶级路线 大争一\n定胜利\n\n"
        "吉水县干部会关于在“富村”辩论粮食问题能不能辩赢的结论\n\n"
        "本报讯 在江西吉水县干部大会上讨论\n开展粮食问题大辩论，发生了一场在\n"
        "“富村”能不能辩得赢的争论。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.title == "供电所抢修保供电"
    assert second.title == "贯彻阶级路线 大争一定胜利"
    assert second.subtitle == "吉水县干部会关于在“富村”辩论粮食问题能不能辩赢的结论"


PHOTOS = """\
春耕备耕正当时

本报记者 王明 李华

眼下正值春耕备耕关键时期，各地
抢抓农时，组织农民开展春耕生产。

图①：农民在田间驾驶拖拉机作业。
新华社记者 张伟摄

图②：技术人员为农户讲解种植技术。
本报记者 王明摄

又讯 （记者 李华）3月10日，省农业
农村厅召开春耕生产调度会，部署
春耕备耕各项工作。
"""


def test_numbered_photo_captions_and_a_second_dispatch() -> None:
    # 图①：… captions the pictures printed with the story; 又讯 opens another dispatch
    story, brief = clean_page(PHOTOS, "p.txt").articles
    captions = [b.text for b in story.blocks if b.type == "caption"]
    assert captions == ["图①：农民在田间驾驶拖拉机作业。", "图②：技术人员为农户讲解种植技术。"]
    assert (brief.byline, brief.blocks[0].text[:5]) == ("记者 李华", "3月10日")


def test_a_note_on_the_author_closes_the_commentary_above() -> None:
    text = (
        "工人时评\n\n让技能人才有更多获得感\n\n□ 张三\n\n"
        "技能人才是支撑中国制造的重要力\n量。要让技能人才有更多获得感，\n就要畅通职业发展通道。\n\n"
        "（作者系某大学教授）\n\n对话劳模\n\n"
        "记者：您从事焊接工作多少年了？\n\n李四：整整30年了，是师傅手把手\n教会了我。\n"
    )
    comment, talk = clean_page(text, "p.txt").articles
    assert comment.blocks[-1].text == "（作者系某大学教授）"
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
