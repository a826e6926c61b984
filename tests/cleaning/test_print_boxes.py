"""Conventions of Chinese print for a box printed with its story: a label in lenticular brackets
over text inside a story (``【执纪者说】``), a box set after the story's credit (a named box,
``相关链接``; readers' comments under their label), a Markdown section after the credit, a
summary box over the text (``核心阅读``) and bulleted points over a lead-in.  Where a story
begins and ends is in :mod:`tests.cleaning.test_print_story_bounds`."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from tests.cleaning.pages import BODY, SERIES


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


def test_a_named_box_opening_on_its_own_heading_belongs_to_the_story() -> None:
    # ■延伸阅读 over the box's heading and its first item's two lines: the story's box
    box = (
        "\n■延伸阅读\n\n各地驿站各有特色\n\n◆浙江杭州\n\n驿站配上了充电柜\n\n"
        "杭州的新就业形态劳动者驿站配\n上了充电柜和微波炉，骑手歇脚\n更方便了。\n"
    )
    page = clean_page(SERIES.split("相关链接")[0] + box, "p.txt")
    [art] = page.articles
    assert art.title == "工会服务暖人心"
    subheads = [b.text for b in art.blocks if b.type == "subhead"][2:]
    assert subheads == ["延伸阅读", "各地驿站各有特色", "浙江杭州", "驿站配上了充电柜"]
    assert art.blocks[-1].text.startswith("杭州的新就业")


def test_a_named_box_holding_a_dated_brief_belongs_to_the_story() -> None:
    # ■链接 over a brief's own title and dateline: the reporters named in its lead-in
    # wrote the box, printed inside the story's frame, not a story of their own
    box = (
        "\n■链接\n\n全国驿站超过十万个\n\n本报北京2月1日电 （记者李四）全\n"
        "国总工会日前发布，全国已建成户外\n劳动者服务站点十万余个。\n\n"
        "各地驿站普遍配备了饮水机、微波\n炉和充电设施。\n"
    )
    page = clean_page(SERIES.split("相关链接")[0] + box, "p.txt")
    [art] = page.articles
    assert art.title == "工会服务暖人心"
    assert art.byline == "本报记者 王五"
    subheads = [b.text for b in art.blocks if b.type == "subhead"][2:]
    assert subheads == ["链接", "全国驿站超过十万个"]
    assert art.blocks[-2].text.startswith("本报北京2月1日电 （记者李四）全国总工会")
    assert art.blocks[-1].text.startswith("各地驿站")


def test_a_named_box_holding_a_dated_brief_on_a_markdown_page_belongs_to_the_story() -> None:
    text = (
        "# 工会服务暖人心\n\n本报讯（记者 王五）今年以来，全市各级工会组织深入快递网点，"
        "推动新就业形态劳动者入会。\n\n全市已建成户外劳动者服务站点三百余个。\n\n"
        "## ■链接\n\n## 全国驿站超过十万个\n\n"
        "本报北京2月1日电 （记者李四）全国总工会日前发布，"
        "全国已建成户外劳动者服务站点十万余个。\n\n"
        "各地驿站普遍配备了饮水机、微波炉和充电设施。\n\n"
        "# 春风送岗暖人心\n\n本报讯（记者 赵六）2月28日，市总工会举办春风行动专场招聘会。\n"
    )
    first, second = clean_page(text, "p.md").articles
    assert "王五" in (first.byline or "")
    assert [b.text for b in first.blocks if b.type == "subhead"] == ["■链接", "全国驿站超过十万个"]
    assert first.blocks[-1].text.startswith("各地驿站")
    assert second.title == "春风送岗暖人心"


def test_readers_comments_under_their_label_after_the_credit_belong_to_the_story() -> None:
    # 留言: what readers wrote of the story, printed after its credit, in its frame
    box = (
        "\n网友留言\n\n网友“小熊”：为这波操作点赞！驿站\n配上了充电柜，骑手歇脚更方便\n了。\n\n"
        "网友“晨光”：希望驿站越建越多。\n"
    )
    page = clean_page(SERIES.split("相关链接")[0] + box, "p.txt")
    [art] = page.articles
    assert art.title == "工会服务暖人心"
    assert [b.text for b in art.blocks if b.type == "subhead"][-1] == "网友留言"
    assert art.blocks[-1].text.startswith("网友“晨光”")
