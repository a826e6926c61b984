"""Conventions of Chinese print for paragraphs, captions and the page around them: where a
paragraph ends (a short line ending in ``；``, a full stop typed as a period, ``断电.``, the last
words and a credit after a column break) and where it runs on (a word the column cut,
``劳动者权`` over ``益保障``), numbered headings in a story (``一、建会入会有了新渠道``), captions
(``图为招聘会现场。``, ``图①：…``), and the page's header and furniture (``本版编辑：张三``,
``责任编辑 张三 版式设计 李四``, ``E-mail:grrb@163.com``)."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s02_normalize import normalize
from desktop.core.cleaning.s03_reflow import reflow
from tests.cleaning.pages import BODY, SERIES


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
    from desktop.core.cleaning.s03_chunks import Chunk
    from desktop.core.cleaning.s03_short import is_short_chunk

    chunk = Chunk([Line("拿了下来!(远德亮孙丽梅)", 0)])
    assert not is_short_chunk(chunk, 13.0, CleanOptions())


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
    from desktop.core.cleaning.wording import cuts_word

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


def test_a_line_ending_in_half_a_number_runs_on_after_a_column_break() -> None:
    from desktop.core.cleaning.wording import cuts_word

    assert cuts_word("怀仁市毛皂镇柳东营村80", "0余亩重盐碱地里，玉米长势喜人。")
    assert not cuts_word("全民健身日活动启动2", "2025年8月8日，全市举行…")  # a date opens
    text = (
        "攻克关键技术\n\n破解堵点难点\n\n"
        "怀仁市毛皂镇柳东营村80\n\n"
        "0余亩重盐碱地里，玉米、西瓜等作物长\n势喜人，这得益于煤矸石改良土壤技术。\n"
    )
    blocks = clean_page(text, "p.txt").articles[-1].blocks
    assert blocks[-1].text.startswith("怀仁市毛皂镇柳东营村800余亩重盐碱地里")


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


def test_a_letters_salutation_opens_its_text() -> None:
    # a short line cut off by the column, but it opens on a salutation: the letter's text
    text = (
        "我们喜爱《陕西工人报》\n\n兴平市66号信箱杨晓勇\n\n编辑同志：多年来，我们陕西\n\n"
        "建筑机械厂历任工会主席都十分\n重视《陕西工人报》的订阅工作，\n并将此列入工会工作的重要内容。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "我们喜爱《陕西工人报》"
    assert art.blocks[0].text.startswith("编辑同志：多年来，我们陕西建筑机械厂")


def test_a_short_line_ending_in_a_semicolon_ends_its_list_item() -> None:
    text = (
        "他，是中国肝脏外科主要创始\n人；\n\n"
        "他，手中一把刀，游刃肝胆，异\n常精准；\n他，心中一团火，守着誓言，从\n未熄灭；\n"
        "他，是不知疲倦的老马，要把病\n人一个个“背过河”。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.text[-4:] for b in art.blocks] == ["创始人；", "常精准；", "未熄灭；", "过河”。"]


def test_a_short_line_ending_in_a_dash_ends_its_paragraph() -> None:
    # the dash leads into the paragraphs under it; a column break falls after a full line
    text = (
        "入夏以来，全市公安机关\n开展夏季治安打击整治\n行动，全面净化社会面\n环境——\n\n"
        "快侦快破，严打盗窃、\n诈骗等多发犯罪，破获\n案件一千余起；\n\n"
        "守好校园，在中小学周\n边设置护学岗三百个。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.text[-4:] for b in art.blocks] == ["环境——", "千余起；", "三百个。"]


def test_a_paragraph_opening_on_a_label_on_an_indented_line_runs_on() -> None:
    # a page that indents its paragraphs: the label's first line stops two em short, the
    # next one is full, and the column breaks mid-sentence — text, not a heading
    text = (
        "当然，对高三学生而言，备考毫\n无疑问是需要保障好的大事，但这与拒\n"
        "拆鸟巢并不矛盾。有媒体回访发现，校\n方一系列举措取得了积极成效。\n\n"
        "【事件】前不久，因学习受鸟鸣\n干扰，某市一名高三学生写信请求学校\n\n"
        "拆除鸟巢。校长没有简单照办，也没有\n直接拒绝，而是以一封公开信回应。\n\n"
        "【点评】这封回信之所以暖人心\n，在于它把学生的诉求当回事，也把鸟\n儿的生存当回事。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title is None and art.subtitle is None
    assert [b.text[:4] for b in art.blocks] == ["当然，对", "【事件】", "【点评】"]
    assert art.blocks[1].text.endswith("以一封公开信回应。")


def test_full_lines_ending_on_a_word_glossed_in_brackets_run_on_after_a_column_break() -> None:
    # …结合AI（人工智能） reads like a title bearing its column's name, but the lines are
    # as full as the column's and hold a comma: running text the column cut
    text = (
        "小区门禁必须“刷脸”才能解锁，酒店\n入住须“刷脸”验证，商场购物也会被\n"
        "摄像头“刷脸”识别……人脸识别技术\n广泛应用，带来便利的同时也引发了\n不少担忧。\n\n"
        "同时，不当使用人脸识别技术导致的\n敏感个人信息泄露也广受关注。\n\n"
        "一些不法分子利用深度伪造技术和泄\n露的人脸信息，结合AI（人工智能）\n\n"
        "换脸，实施犯罪行为。去年夏天，某\n地公安机关破获了一个此类团伙。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title is None
    assert [b.text[:6] for b in art.blocks] == ["小区门禁必须", "同时，不当使", "一些不法分子"]
    assert "AI（人工智能）换脸" in art.blocks[2].text


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
    # 图①：… captions the pictures printed with the story; 又讯, a second dispatch under
    # the same headline, goes on with it as printed (no title of its own to stand under)
    [story] = clean_page(PHOTOS, "p.txt").articles
    captions = [b.text for b in story.blocks if b.type == "caption"]
    assert captions == ["图①：农民在田间驾驶拖拉机作业。", "图②：技术人员为农户讲解种植技术。"]
    assert story.blocks[-1].text.startswith("又讯 （记者 李华）3月10日")


UNDER_BYLINE = """\
这样的报道让职工感动

读者 薛芳玲

陕工报日前推出的“高温酷暑访
一线”栏目中有一组反映企业

职工在高温下作业的稿件，其中
有一篇写的是西安煤矿机械厂。
稿件见报后，职工们传阅报纸，
各分厂更是多处寻找当日报纸。
工会复印了几十份报纸，分发到
各车间。
"""


def test_full_lines_under_a_byline_line_are_the_text() -> None:
    # no comma in two full lines, but the byline stands between a title and its text
    [art] = clean_page(UNDER_BYLINE, "p.txt").articles
    assert (art.title, art.byline) == ("这样的报道让职工感动", "读者 薛芳玲")
    assert art.blocks[0].text.startswith("陕工报日前推出的“高温酷暑访一线”栏目中有一组反映企业职工")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_pages_index_is_furniture(gap: str) -> None:
    # 今日导读 and its entries (a headline and the page it is on) head no story here
    index = gap.join(["▲ 快递小哥有了新驿站 2版", "▲ 劳模工匠进校园 3版", "▲ 春风行动送岗位 4版"])
    text = (
        f"今日导读\n\n{index}\n\n全市职工技能大赛开幕\n\n"
        "本报讯（记者 赵六）3月4日，全\n市职工职业技能大赛在市体育中心开\n"
        "幕，1200余名选手参加比赛。\n"
    )
    page = clean_page(text, "p.txt")
    [art] = page.articles
    assert (art.title, art.subtitle, art.kicker) == ("全市职工技能大赛开幕", None, None)
    assert "劳模工匠进校园3版" in page.furniture


def test_a_markdown_pictures_alt_text_is_its_caption() -> None:
    text = (
        "# 职工技能大赛开幕\n\n3月4日，全市职工职业技能大赛开幕，1200余名选手参赛。\n\n"
        "![大赛现场](https://example.com/a.jpg)\n\n大赛设置焊工、电工等18个工种。\n"
    )
    [art] = clean_page(text, "p.md").articles
    assert [(b.type, b.text[:4]) for b in art.blocks] == [
        ("paragraph", "3月4日"),
        ("caption", "大赛现场"),
        ("paragraph", "大赛设置"),
    ]


def test_a_bullet_opens_an_item_of_its_own() -> None:
    # a box of key points (■ …) set over the story: each point is a paragraph, however
    # it ends, and the unpunctuated lines over the first one are the title
    page = (
        "紧扣重点抓好三项工作 推动\n区域协调发展取得新成效\n\n"
        "■ 要深刻认识区域发展在全局中\n的地位和作用，坚持目标导向和\n问题导向相统一\n\n"
        "■ 面对严峻复杂的形势，必须集\n中力量办好自己的事，发挥超大\n规模市场优势\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.title == "紧扣重点抓好三项工作 推动区域协调发展取得新成效"
    assert [b.text[:4] for b in art.blocks] == ["要深刻认", "面对严峻"]


def test_an_editors_code_after_the_last_sentence_ends_the_story() -> None:
    # some papers print a code after a story (…选拔赛。②11): the story has ended, and the
    # headline under it opens the next one instead of being a caption set into it
    page = (
        "本报讯 近日，全县组织开展谢师\n恩主题活动，党员们带头在全县\n"
        "掀起了尊师重教的高潮，各单位\n"
        "已经组织了演讲选拔赛。②11\n\n"
        "百万园丁奉献三尺讲台\n\n"
        "（记者冯芸）百年大计，教育为\n本。记者从省教育厅了解到，目\n前全省专任教师已达百万人。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert [a.title for a in arts] == [None, "百万园丁奉献三尺讲台"]
    assert arts[0].blocks[-1].text.endswith("②11")
    assert arts[1].byline == "记者冯芸"
    assert arts[1].blocks[0].text.startswith("百年大计")


def test_an_editors_code_in_brackets_after_the_last_sentence_ends_the_paragraph() -> None:
    from desktop.core.cleaning.s03_ends import closes

    assert closes("陈金桥这样说道。(c000)")
    assert not closes("陈金桥这样说道(c000")


def test_one_line_between_headlines_on_a_page_of_one_line_paragraphs_is_a_brief() -> None:
    # text saved from the web sets each paragraph on a line: one line under a headline is
    # a story of one paragraph, not a photo caption
    page = (
        "教师节前送温暖\n\n新一轮结对帮扶活动启动，全县两百多名教师参加。\n\n"
        "百万园丁奉献三尺讲台\n\n（记者冯芸）百年大计，教育为本。记者从省教育厅了解到，专任教师已达百万人。\n\n"
        "统计显示，全省现共有中小学专任教师八十七万人。\n\n"
        "为促进教育均衡发展，全省积极开展城镇教师支援农村教育活动。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert [a.title for a in arts] == ["教师节前送温暖", "百万园丁奉献三尺讲台"]
    assert arts[0].kind != "photo" and len(arts[0].blocks) == 1


PLACE_HEADING = """\
本报讯 记者王明报道 八月十八日至二十一日，
省委主要负责同志深入沿江各地考察，调研防汛救
灾和经济发展。

黄河边，再次讲述生态保护的深刻道理

特殊之年，汛情牵动人心。考察第一天，他来到黄
河岸边的防洪大堤，察看水情，看望受灾群众。

群众纷纷表示，一定保护好母亲河，让黄河成为造
福人民的幸福河。
"""


def test_a_heading_on_a_place_and_a_comma_is_no_line_of_the_paragraph_under_it() -> None:
    # 黄河边，…: one line well short of the column, no stop at its end
    [art] = clean_page(PLACE_HEADING, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph", "subhead", "paragraph", "paragraph"]
    assert art.blocks[1].text == "黄河边，再次讲述生态保护的深刻道理"
    # a line the column filled is text cut by a column break, comma or not
    full = "黄河边，再次讲述生态保护的深刻道理和重要意义"
    cut = PLACE_HEADING.replace("黄河边，再次讲述生态保护的深刻道理", full)
    [art] = clean_page(cut, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph"] * 3


def test_a_heading_on_a_label_and_a_quotation_is_no_line_of_the_paragraph_under_it() -> None:
    # 敲诈风波：“…”: nearly as wide as the column, but quoted words in running text end on
    # a stop inside the marks
    head = "敲诈风波：“根据‘行规’，一口价500万元”"
    [art] = clean_page(
        PLACE_HEADING.replace("黄河边，再次讲述生态保护的深刻道理", head), "p.txt"
    ).articles
    assert [b.type for b in art.blocks] == ["paragraph", "subhead", "paragraph", "paragraph"]
    assert art.blocks[1].text == head


SCENES = (
    "本报讯 记者王明报道 在金水区的大街小巷，\n活跃着这样一大群人，维护绿色，他们“管\n"
    "闲事儿”。\n\n"
    "走进由金水区社会工作服务中心,目\n睹旗下的210余名义工行动,记者撷取\n这样一组镜头——\n\n"
    "镜头一:一手塑料袋,一手小镊子,不时\n弯下腰,将瓶子纸屑等垃圾放入袋中。\n"
)


def test_a_paragraph_typed_with_half_width_commas_is_no_headline() -> None:
    # three lines with commas, ending on a dash that leads into what follows: text,
    # whether its commas are full-width or typed half-width
    [art] = clean_page(SCENES, "p.txt").articles
    assert art.title is None
    assert art.blocks[1].type == "paragraph" and art.blocks[1].text.startswith("走进")


def test_a_numbered_scene_after_a_dash_opens_a_paragraph() -> None:
    # …这样一组镜头—— / 镜头一：…: the dash leads into the scenes, each a paragraph
    [art] = clean_page(SCENES, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph"] * 3
    assert art.blocks[1].text.endswith("这样一组镜头——")


def test_a_note_on_the_author_closes_its_paragraph() -> None:
    # set as a paragraph of its own, cut by the column, it ends the story: the headline
    # under it heads the next story, not a caption wedged into an open paragraph
    text = (
        "在城市的家中种菜，首先要根据阳台朝向\n选择适宜的作物，南向阳台适合种植绝大\n多数蔬菜。\n\n"
        "（作者为某农业大学园艺学院教授，\n本报记者王五采访整理）\n\n"
        "让地方立法成为发展“推\n进器”\n\n张三\n\n"
        "在某市，一条科创大走廊绵延39公里，如\n同一把钥匙，打开了创新发展的大门。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("采访整理）")
    assert (second.title, second.byline) == ("让地方立法成为发展“推进器”", "张三")
    # … however many lines a narrow column cut it into
    narrow = text.replace(
        "（作者为某农业大学园艺学院教授，\n本报记者王五采访整理）",
        "（作者为某农业大学园艺\n学院教授，本报记者王五\n采访整理，实习生李四参\n与整理）",
    )
    first, second = clean_page(narrow, "p.txt").articles
    assert first.blocks[-1].text.endswith("参与整理）")
    assert (second.title, second.byline) == ("让地方立法成为发展“推进器”", "张三")


def test_a_paragraph_opening_on_a_label_runs_on_across_a_column_break() -> None:
    # 【说法】 opens a paragraph whose full lines run on: no label heading a box
    text = (
        "本报讯 记者张三报道 王某与某公司签订\n担保约定，约定公司于年底前支付欠款。\n\n"
        "到期后，公司以资金紧张为由拒绝付款，\n王某多次催要未果，遂诉至法院，要求公\n"
        "司按约定支付欠款及利息。\n\n"
        "【说法】根据民法典的规定，当事人一方\n明确表示不履行合同的义务，对方就可以\n\n"
        "请求其承担违约责任。法院认为，双方均\n应全面履行约定。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph"] * 3
    assert art.blocks[2].text.startswith("【说法】") and art.blocks[2].text.endswith("履行约定。")


def test_a_note_in_brackets_set_as_a_paragraph_closes_it() -> None:
    text = (
        "法官表示，用人单位与劳动者协商解除劳动\n合同时，应当全面履行承诺的各项义务。\n\n"
        "（案例来源：最高人民法院，本\n报记者王五整理）\n\n"
        "当飞天与航天相遇\n\n黄超\n\n"
        "飞天与航天相遇，看似机缘巧合，实则是\n文化传承在牵引，科技创新在驱动。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text == "（案例来源：最高人民法院，本报记者王五整理）"
    assert (second.title, second.byline) == ("当飞天与航天相遇", "黄超")


def test_a_paragraph_ending_short_without_a_stop_ends_there() -> None:
    # a summary over the text ends on no stop, its last line well short of the column:
    # a column break falls after a full line, so the blank line under it is a paragraph's
    text = (
        "本报讯 记者张三报道 畅通消费渠道，优化\n消费场景，银龄群体将创造新的消费增长\n点\n\n"
        "想办健身卡时被告知“不予接待”，租房时\n屡遭拒绝，想报旅游团却被要求家属陪同\n"
        "……一些老年人遇到了消费难题。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert [b.text[:4] for b in art.blocks] == ["畅通消费", "想办健身"]
