"""Conventions of Chinese print for who wrote a story and where it was filed: a byline on a line
of its own (``■本报记者 王晓东``, ``□ 张三``, ``◎文/张治``, ``撰稿：王晓涵``), the lead-ins of
other papers and sites (``东南网莆田1月17日讯``, ``央视网消息：``, ``新华社北京2月24日电``,
``齐鲁晚报·齐鲁壹点记者 王媛报道``).  The credits and signatures that close a story are
in test_print_credits.py."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s03_chunks import LEAD_START_RE, STRONG_LEAD_RE
from desktop.core.cleaning.s04_bylines import parse_lead, tidy_byline
from desktop.core.cleaning.textutil import BYLINE_LINE_RE, MARKED_BYLINE_RE
from tests.cleaning.pages import BODY


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
        # … or what they did after the names: wrote the text and took the pictures
        ("□见习记者 刘涛 文/图", "见习记者 刘涛 文/图"),
        ("据北部湾晨报", "据北部湾晨报"),  # the paper the story is taken from
        ("工人日报-中工网记者 刘晓", "工人日报-中工网记者 刘晓"),
        ("新华社记者 王某某", "新华社记者 王某某"),
        ("沈琳 韦友 张晓燕", "沈琳 韦友 张晓燕"),
        ("读者 薛芳玲", "读者 薛芳玲"),  # a reader's letter
        # two-character names letter-spaced to the width of three
        # (each closed up, the names kept apart)
        ("姚雪青 钱 艳 宋 岩", "姚雪青 钱艳 宋岩"),
        ("●本报记者 李 纵 周小苑", "本报记者 李纵 周小苑"),
        # a reporter of a magazine named in title marks
        ("◎《环球人物》记者  田  亮", "《环球人物》记者 田亮"),
        # names with their paper or news service, or with what they did
        ("冯晓芳 新华社", "冯晓芳 新华社"),
        ("中央纪委国家监委网站 陈昊", "中央纪委国家监委网站 陈昊"),
        ("刘易守 编译", "刘易守 编译"),
        ("总编 项立刚", "总编 项立刚"),
        ("肖凯凯 吕婷", "肖凯凯 吕婷"),  # 肖, among the commonest surnames
        ("李洪兴", "李洪兴"),  # one name alone under the title: a commentary's author
        # who read the news out, who wrote the note on it
        ("播报人：林丹 许一俊", "播报人：林丹 许一俊"),
        ("圈点：程莉莉", "圈点：程莉莉"),
        # a group or a body signing a letter
        ("东方机械厂工会宣委会", "东方机械厂工会宣委会"),
        ("城关镇集体商业公司部分职工", "城关镇集体商业公司部分职工"),
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


def test_one_name_alone_is_a_byline_only_under_a_title_and_over_the_text() -> None:
    # under a deck too
    page = clean_page(
        f"技能大赛点燃车间热情\n\n青年职工同台竞技比拼绝活\n\n李洪兴\n\n{BODY}", "p.txt"
    )
    [art] = page.articles
    assert (art.subtitle, art.byline) == ("青年职工同台竞技比拼绝活", "李洪兴")
    # a line between paragraphs that happens to open with a surname is no byline
    page = clean_page(f"技能大赛点燃车间热情\n\n{BODY}\n高温来袭\n\n{BODY}", "p.txt")
    assert all(a.byline is None for a in page.articles)


def test_a_deck_naming_an_event_is_no_signer() -> None:
    page = clean_page(f"技能大赛点燃车间热情\n\n全市第三届职工运动会\n\n{BODY}", "p.txt")
    [art] = page.articles
    assert (art.subtitle, art.byline) == ("全市第三届职工运动会", None)


def test_one_name_under_two_lines_cut_mid_phrase_is_their_author() -> None:
    # the first line ends in a word that cannot end a phrase (我), so the two lines read
    # as text the column cut; the name alone under them makes them a title over its author
    page = (
        "本报讯 记者张三报道 昨日，全省外卖骑手驿站\n建设推进会在杭州召开。\n\n"
        "专家：暴雨影响有限，我\n国粮食安全有保障\n\n聂凤英\n\n"
        "今年以来，长江流域遭遇洪涝灾\n害，我国粮食生产受到一定影响。\n\n"
        "但专家认为，今年粮食丰收的基\n础仍然牢固。\n"
    )
    first, second = clean_page(page, "p.txt").articles
    assert len(first.blocks) == 1
    assert (second.title, second.byline) == ("专家：暴雨影响有限，我国粮食安全有保障", "聂凤英")
    assert len(second.blocks) == 2


def test_a_name_over_a_storys_labelled_parts_is_its_author() -> None:
    # a commentary told in labelled parts: the short first label (【关键词】…) is text,
    # so the name alone over it is the author, and the title is the line above the name
    page = (
        "全市今年新建口袋公园四十多个，\n周边居民散步有了好去处。\n\n"
        "社区食堂如何办得更长久（民生观察）\n\n王晓春\n\n【关键词】社区食堂\n\n"
        "【故事】中午十一点半，社区食堂\n门口已经排起了队。老人们说，\n"
        "这里的饭菜合口味，价格也实在。\n\n【点评】\n\n"
        "办好社区食堂，既要算好经济账，\n也要算好民生账。\n"
    )
    first, second = clean_page(page, "p.txt").articles
    assert first.title is None and len(first.blocks) == 1
    assert (second.title, second.byline) == ("社区食堂如何办得更长久（民生观察）", "王晓春")
    assert second.blocks[0].text == "【关键词】社区食堂"


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
    # … with a space after the role word, and names letter-spaced
    page = "增收致富门路宽\n\n本报记者 李 纵 周小\n苑报道 “这是两万元，表\n哥你点点。”他说。\n"
    [art] = clean_page(page, "p.txt").articles
    assert art.byline == "本报记者 李纵 周小苑"
    assert art.blocks[0].text.startswith("“这是两万元")


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
        # a dispatch named by the place it came from names no paper
        ("芬兰赫尔辛基消息　8月2日，诺基亚宣布", None, None, "8月2日，诺基亚宣布"),
        ("华盛顿消息 美国国会昨日通过", None, None, "美国国会昨日通过"),
        ("芬兰赫尔辛基消息8月2日全球最大", None, None, "8月2日全球最大"),  # its space closed up
        ("湖北日报消息 一股清泉跃出幕阜山", None, "湖北日报", "一股清泉跃出幕阜山"),
        ("齐鲁晚报·齐鲁壹点记者 王媛报道 3月26日", "齐鲁晚报·齐鲁壹点记者 王媛", None, "3月26日"),
        # … or of a magazine named in title marks
        ("本报讯 《环球人物》记者  田  亮报道 “从东", "《环球人物》记者 田 亮", None, "“从东"),
        ("本报讯 本报记者 皮树义 张锦力报道 300名", "本报记者 皮树义 张锦力", None, "300名"),
        # more of the paper's staff, the last glued to 报道
        (
            "本报通讯员 薛汇础 本报记者余雯雯报道 这个儿童节",
            "本报通讯员 薛汇础 本报记者余雯雯",
            None,
            "这个儿童节",
        ),
        # how the story was made stays with the byline
        ("本报讯 本报记者 惠正一 综合报道 西门子", "本报记者 惠正一 综合报道", None, "西门子"),
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
        # a site's label in lenticular brackets
        ("【赛迪网讯】8月3日外电消息，近日", None, "赛迪网", "8月3日外电消息，近日"),
        ("【据新华社电】(记者赵长春)全球最大", "记者赵长春", "新华社", "【据新华社电】 全球最大"),
        # the paper's correspondent abroad, the column cutting the lead-in
        (
            "本报驻巴基斯坦记者 丁雪真报道 据当地媒体",
            "本报驻巴基斯坦记者 丁雪真",
            None,
            "据当地媒体",
        ),
        # a site's dated feature, its translator in brackets
        ("天极网8月3日特稿(戴寻严 编译)在过去", "戴寻严 编译", "天极网", "天极网8月3日特稿 在过去"),
        # the reporters in brackets, with no label before them
        ("（记者冯芸）百年大计，教育为本。", "记者冯芸", None, "百年大计，教育为本。"),
        # a news app, a site's channel, a paper with the city it was filed from
        (
            "长城网·冀云客户端讯（记者 张三 通讯员 李四）为引导",
            "记者 张三 通讯员 李四",
            "长城网·冀云客户端",
            "为引导",
        ),
        ("山西新闻网三农频道讯 为了弘扬", None, "山西新闻网三农频道", "为了弘扬"),
        ("东方今报郑州讯 25日上午10点", None, "东方今报", "25日上午10点"),
        # an app's report, its reporter in brackets
        ("云上咸宁报道（记者 夏晖）12月21日，在", "记者 夏晖", "云上咸宁", "12月21日，在"),
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


def test_news_in_a_sentence_is_no_lead_in() -> None:
    for text in ("好消息是，今年粮食丰收", "最新消息显示，两人获救", "消息传来，全村沸腾"):
        assert not LEAD_START_RE.match(text), text
    # the paper's reporter asking or learning something, in the text of an interview
    for text in ("本报记者问：“10多年前你来过斯德哥尔摩吗？”", "本报记者了解到，该市已建成"):
        assert not LEAD_START_RE.match(text), text
    assert LEAD_START_RE.match("本报记者 张三报道 昨日")


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


FEATURE_CREDITS = (
    "专题策划 廖卓斌　专题撰文 信息时报特派记者 彭博　专题摄影 信息时报特派记者 朱元斌"
)


def test_a_features_credits_opening_its_lead_are_its_byline() -> None:
    # who planned, wrote and photographed the feature, glued to its first line by 报道
    page = (
        "三亚宰客排档被吊销执照\n\n"
        f"{FEATURE_CREDITS}报道 龙年春节，三亚“宰客门”事件\n引起广泛关注。\n\n"
        "记者调查发现，海鲜排档的海鲜售价几乎是零售价格的两三倍。\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.byline is not None and "廖卓斌" in art.byline and "朱元斌" in art.byline
    assert art.blocks[0].text.startswith("龙年春节")
    # the column may cut the line right after a name, and the space after it with it
    cut = page.replace("廖卓斌　专题撰文", "廖卓斌　\n专题撰文")
    [art] = clean_page(cut, "p.txt").articles
    assert art.byline is not None and "朱元斌" in art.byline
    assert art.blocks[0].text.startswith("龙年春节")


def test_a_features_credits_in_brackets_after_its_last_sentence_close_it() -> None:
    page = (
        "三亚宰客排档被吊销执照\n\n"
        "龙年春节，三亚“宰客门”事件引起广泛关注。\n\n"
        "记者调查发现，海鲜排档的海鲜售价几乎是零售价格的两三倍。\n\n"
        f"（{FEATURE_CREDITS}）\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.byline is not None and "廖卓斌" in art.byline and "朱元斌" in art.byline
    assert len(art.blocks) == 2


def test_a_lead_ins_names_alone_under_a_heading_are_the_byline() -> None:
    page = (
        "# 苏宁“财技”：剥离PPTV剑指独立上市\n\n"
        "见习记者倪雨晴广州报道\n\n"
        "成立于2005年的PPTV，十年之后脱离苏宁财报，重新“独立”。\n\n"
        "苏宁发布公告称，将其所持的PPTV股权转让给苏宁文化。\n"
    )
    [art] = clean_page(page, "p.md").articles
    assert art.byline is not None and art.byline.startswith("见习记者倪雨晴")
    assert [b.text[:4] for b in art.blocks] == ["成立于2", "苏宁发布"]


def test_a_names_line_ends_at_its_last_name() -> None:
    # the name and the first word under it make a word (王五 / 天刚亮: 五天), but a
    # reporter's name ends its line: the text does not run on from it
    text = (
        "种粮大户的新春打算\n本报记者  王  五\n\n"
        "天刚蒙蒙亮，张大山已经来到了田间\n地头。看着返青的麦苗，他的脸上露\n出了笑容。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.byline == "本报记者 王五"
    assert art.blocks[0].text.startswith("天刚蒙蒙亮")


def test_a_readers_signature_under_a_letter_closes_it() -> None:
    # the place and the name under a reader's letter end it: the headline under them
    # heads the next story, not a caption wedged into an open paragraph
    text = (
        "希望有关部门重视此事，尽快修好这“最\n后一百米”，方便居民出行。\n某某市 萧凛然\n\n"
        "乡村拔节话“三力”\n\n王锦涛\n\n"
        "乡村会客厅，现磨咖啡热销，卖一杯村集\n体分红三元，村民干一天能挣一百五十元。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("萧凛然")
    assert (second.title, second.byline) == ("乡村拔节话“三力”", "王锦涛")


def test_a_bare_name_under_a_title_ends_at_the_name() -> None:
    # 李洪兴 / 文博…: the name and the first word under it read as a word cut by the
    # column (兴文), but a name alone on its line does not run on into the text
    text = (
        "数字文博何以向新而活\n\n李洪兴\n\n"
        "文博共创意味着文化共融，当文物被激\n活、观众被激发，博物馆便有了新的生\n命力。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("数字文博何以向新而活", "李洪兴")
    assert art.blocks[0].text.startswith("文博共创")


def test_a_reader_and_where_they_write_from_under_a_heading_is_the_byline() -> None:
    page = (
        "# 开好“生活常识课”\n\n河南省漯河市 张玉胜\n\n"
        "医保报销、租房合同、就业求职、人际关系等，都是大学生走入社会必须面对的课题。\n\n"
        "生活即教育，但不是所有的事项都值得纳入教育体系。\n"
    )
    [art] = clean_page(page, "p.md").articles
    assert (art.title, art.byline) == ("开好“生活常识课”", "河南省漯河市 张玉胜")
    assert art.blocks[0].text.startswith("医保报销")


def test_a_names_line_after_a_story_closed_by_its_source_opens_the_next_story() -> None:
    # （摘编自…） closed the story above: 本报记者 倪弋 under it is no credit of that
    # story but the byline of the text under it
    text = (
        "技能大赛点燃车间热情\n\n" + BODY + "\n（摘编自《安徽日报》）\n\n本报记者 倪弋\n\n"
        "近年来，随着互联网快速发展，一些不法\n分子利用网络平台传播涉企谣言，严重侵\n"
        "害企业合法权益。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("（摘编自《安徽日报》）")
    assert second.byline == "本报记者 倪弋"
    assert second.blocks[0].text.startswith("近年来")


def test_a_names_line_opening_the_page_is_the_byline_of_the_text_under_it() -> None:
    # its title printed further down, after the story: the names are its byline
    text = "本报记者 王观\n\n" + BODY + "\n技能大赛点燃车间热情\n"
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("技能大赛点燃车间热情", "本报记者 王观")


def test_a_names_line_after_a_lead_in_with_no_text_keeps_both_names() -> None:
    # (found by the nothing-lost property test) the lead-in's names are not replaced by
    # the names line under it, and 报道 is no part of a byline
    # (the page as the property test made it, every character spaced out)
    text = (
        "一 \n \n #   标 题 \n \n 本 报 讯   记 者 李 凡 报 道   \n \n 一 \n \n"
        " 记 者 金 钧 胤 报 道   \n"
    )
    page = clean_page(text, "p.txt")
    assert [a.byline for a in page.articles] == ["记者李凡 记者金钧胤"]


def test_a_question_under_a_commentarys_author_opens_its_text() -> None:
    # no section is headed before the text begins: the author's name is the byline and
    # the question the first paragraph
    text = (
        "快评\n\n“夜市经济”成城市“新名片”\n\n李明远\n\n夜市是什么样的？\n\n"
        "路边摊、塑料凳、烟火气——这是人们对\n传统夜市的固有印象。\n\n"
        "如今，不少城市把夜市搬进街区，用灯\n光、音乐和文创留住了年轻人。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("“夜市经济”成城市“新名片”", "李明远")
    assert [b.type for b in art.blocks] == ["paragraph"] * 3
    assert art.blocks[0].text == "夜市是什么样的？"


def test_names_letter_spaced_to_the_width_of_four_are_a_byline_line() -> None:
    # 人民日报 sets a two-character name as wide as four (张  枨), among longer ones
    assert BYLINE_LINE_RE.match("本报记者  王乐文  方  敏  朱佩娴")
    assert BYLINE_LINE_RE.match("◎本报记者  张  枨")
    assert not BYLINE_LINE_RE.match("本报记者  张  枨生")


def test_names_of_rarer_surnames_are_names() -> None:
    # 亓, 眭, 况 …: surnames too, though rare; 暨 (and) is a word that joins two names
    for line in ("本报记者  亓玉昆", "记者 眭小林", "通讯员 况明"):
        assert BYLINE_LINE_RE.match(line), line
    assert not BYLINE_LINE_RE.match("通讯员暨劳动领")
