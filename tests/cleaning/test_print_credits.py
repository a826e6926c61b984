"""Conventions of Chinese print for the lines that close a story and name who wrote it: a
credit in brackets after the last sentence (``（图/李宏宇 文/晚山）``, ``(孟西安祁鸿斌)``,
``(本报实习生 郭艳艳)``), a signature under it (``齐鲁晚报记者 王媛``, ``——编者``), where a
reader writes from and their name under a letter, names alone on a line under the text,
and the notes that close a story: where it came from (``（据新华社郑州9月9日电）``), the
editor's (``（本系列评论到此结束）``) and one on the author (``作者系…``)."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s03_chunks import LEAD_START_RE
from desktop.core.cleaning.s04_bylines import parse_lead
from tests.cleaning.pages import BODY


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


def test_who_read_the_news_out_in_brackets_closes_its_story() -> None:
    text = (
        "全市今年新建口袋公园四十多个，\n周边居民散步有了好去处。\n\n"
        "（播报人：林丹 许一俊）\n\n"
        "昨晚7点50分左右，城东一民房起火，\n消防及时赶到将火扑灭，所幸无人员伤亡。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.byline == "播报人：林丹 许一俊"
    assert first.blocks[-1].text.endswith("好去处。")
    assert second.blocks[0].text.startswith("昨晚7点50分")


def test_a_writer_named_after_a_colon() -> None:
    page = clean_page(f"技能大赛点燃车间热情\n\n撰稿：王晓涵\n\n{BODY}", "p.txt")
    assert page.articles[0].byline == "撰稿：王晓涵"


def test_two_names_run_together_in_a_closing_credit() -> None:
    from desktop.core.cleaning.s04_bylines import split_credit

    text, people = split_credit("将为本次赛会提供尽善尽美的服务。(孟西安祁鸿斌)")
    assert text.endswith("服务。") and people is not None and people.byline == "孟西安祁鸿斌"
    text, people = split_credit("硬是通过两天三夜拿了下来!(周昭健林婷玉)")
    assert people is not None and people.byline == "周昭健林婷玉"
    # a note in brackets is no credit of two names
    assert split_credit("下期再见。（未完待续之后再说）")[1] is None


def test_the_last_of_several_reporters_glued_to_baodao() -> None:
    people, rest = parse_lead("本报记者 皮树义 张锦力报道 300名新工人进厂，")
    assert people.byline == "本报记者 皮树义 张锦力"
    assert rest == "300名新工人进厂，"


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


def test_a_role_word_inside_a_headline_names_nobody() -> None:
    from desktop.core.cleaning.s03_chunks import names_only

    # 暨 joins two things (通讯员暨信息员); it opens no name
    assert not names_only("开发区·铁山区工会通讯员暨劳动领")
    assert names_only("开发区工会通讯员 暴小明")


def test_a_closing_credit_with_a_note_of_its_own() -> None:
    from desktop.core.cleaning.s04_bylines import split_credit

    text, people = split_credit("广州地铁开通了。（羊城晚报记者 陈泽云报道（除署名外））")
    assert text == "广州地铁开通了。"
    assert people is not None and people.byline == "羊城晚报记者 陈泽云"
    text, people = split_credit("出行更好把握。”（《南方工报》（大众新闻记者 王青山））")
    assert text == "出行更好把握。”"
    assert people is not None
    assert (people.byline, people.publication) == ("大众新闻记者 王青山", "南方工报")
    # a closing credit naming its paper is no lead-in, whatever it holds
    assert not LEAD_START_RE.match("（羊城晚报记者 陈泽云报道（除署名外））")


def test_the_papers_commentator_signs_without_a_name() -> None:
    from desktop.core.cleaning.s04_bylines import split_credit

    text, people = split_credit("营造尊重劳动的良好氛围。（本报评论员）")
    assert text == "营造尊重劳动的良好氛围。"
    assert people is not None and people.byline == "本报评论员"


@pytest.mark.parametrize("credit", ["(本报实习生 郭艳艳)", "(彭超 人民邮电报)"])
def test_a_credit_of_an_intern_or_with_the_paper_closes_the_story(credit: str) -> None:
    page = (
        BODY
        + f"\n{credit}\n\n新学期校园安全检查展开\n\n"
        + "本报讯 近日，全市各中小学\n开展了新学期安全大检查。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].byline is not None and arts[0].byline.split()[-1] in credit
    assert arts[-1].title == "新学期校园安全检查展开"


def test_a_note_on_who_took_the_storys_pictures_stays_in_its_last_paragraph() -> None:
    text = (
        "本报讯 记者张三报道 昨日，全省外卖骑手驿站建设推\n进会在杭州召开。\n\n"
        "省总工会负责人、各市工会负责人参加会议并作交流\n发言。（本文图片 李刚 拍摄）\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.byline == "记者张三"
    assert art.blocks[-1].text.endswith("发言。（本文图片 李刚 拍摄）")
    assert [b.type for b in art.blocks] == ["paragraph", "paragraph"]


def test_names_in_brackets_alone_on_a_line_end_their_block() -> None:
    # the next story's first line follows with no blank line (its title printed after it)
    text = (
        "骑手驿站今年新建两百个\n\n全省外卖骑手驿站建设推进会昨日在\n"
        "杭州召开，今年全省将新建骑手驿站\n两百个，为骑手提供休息场所。\n\n"
        "（广文）\n投诉人：徐先生\n\n"
        "投诉内容：小区门口的路灯已经二十\n天不亮了，市民夜行深一脚浅一脚，\n叫苦不迭。\n\n"
        "记者联系了市路灯管理处，工作人员\n表示，登记之后将尽快派人维修，争\n取本周内恢复照明。\n\n"
        "快报记者 马晶晶\n\n路灯“瞎眼” 夜行市民叫苦\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert (first.title, first.byline) == ("骑手驿站今年新建两百个", "广文")
    assert second.byline == "快报记者 马晶晶"
    assert second.title == "路灯“瞎眼” 夜行市民叫苦" and second.kicker is None
    # the complaint is set out as its form has it: the complainant's field opens the text
    assert [b.text[:4] for b in second.blocks[:2]] == ["投诉人：", "投诉内容"]


@pytest.mark.parametrize(
    ("story", "credit", "byline"),
    [
        (
            "骑手驿站今年新建两百个\n\n全省外卖骑手驿站建设推进会昨日在杭\n州召开。",
            "(广文)",
            "广文",
        ),
        # who sent the story in: an organisation, not a person, but a credit all the same
        (
            "社区托管班暑期开班\n\n暑期托管班昨日在城东社区开\n班，首批招收职工子女四十\n名。",
            "（城东区总工会）",
            "城东区总工会",
        ),
    ],
)
def test_names_alone_in_brackets_on_a_line_under_the_last_sentence_are_its_credit(
    story: str, credit: str, byline: str
) -> None:
    # (not the title of the story under it)
    text = (
        f"{story}\n\n{credit}\n\n"
        "宁波港口集装箱吞吐量创新高\n\n上半年，宁波港口集装箱吞吐量再创新\n高。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert (first.title, first.byline) == (story.split("\n")[0], byline)
    assert second.title == "宁波港口集装箱吞吐量创新高"


def test_names_under_a_headings_deck_are_the_byline_and_the_line_its_deck() -> None:
    page = (
        "# 一个小仓库，两个合伙人，月销水果8万元\n\n"
        "社交平台和消费需求对接后，开出一片新天地\n\n"
        "本报记者 徐秀雰\n\n"
        "这几天，一个卖煎饼阿姨的真实案例，成为网络热传的故事。\n\n"
        "有许多业内人士评价，这才是最接地气的模式。\n"
    )
    [art] = clean_page(page, "p.md").articles
    assert art.title == "一个小仓库，两个合伙人，月销水果8万元"
    assert art.subtitle == "社交平台和消费需求对接后，开出一片新天地"
    assert art.byline == "本报记者 徐秀雰"
    assert [b.text[:4] for b in art.blocks] == ["这几天，", "有许多业"]


def test_where_a_reader_writes_from_and_their_name_sign_the_letter_above() -> None:
    page = (
        "免费凉菜也要适量\n\n"
        "每年暑假，我都会到一家烧烤店打\n工。店里提供免费凉菜，不少食客\n一盛就是满满一大盘。\n\n"
        "我建议，服务员可以先了解食客的\n需求，再为他们提供免费凉菜，这\n样能避免浪费。\n\n"
        "辽宁大连市 王忠鹏\n\n"
        "酷暑袭人，而日系手机企业在中国\n市场的日子却并不好过。\n"
    )
    letter, phones = clean_page(page, "p.txt").articles
    assert letter.title == "免费凉菜也要适量"
    assert letter.byline == "辽宁大连市 王忠鹏"
    assert len(letter.blocks) == 2
    assert phones.blocks[0].text.startswith("酷暑袭人")


def test_names_in_brackets_on_the_line_under_the_last_sentence_with_no_blank() -> None:
    text = (
        "我的良师益友\n\n每当新报一到，人们总会利用工余时间争\n相传阅，不少栏目的材料都被职工剪收，\n"
        "深受职工群众的青睐。\n（王天恩）\n\n"
        "港口吞吐量创新高\n\n本报讯 记者李四报道 昨日，港口集团\n新开两条集装箱航线，港口吞吐量有\n"
        "望再创新高。\n"
    )
    letter, _news = clean_page(text, "p.txt").articles
    assert letter.byline == "王天恩"
    assert [b.text[-5:] for b in letter.blocks] == ["众的青睐。"]


def test_two_photographers_run_together_before_she_end_the_paragraph() -> None:
    # the column cut 摄 onto a line of its own: the title under the blank line is no
    # more of that paragraph
    text = (
        "保洁员上岗后，能够严格要求\n自己，工作认真负责，不管严\n寒酷暑，坚持按时上下班，清\n"
        "除垃圾不间断，受到了全镇群\n众的广泛好评。王立新赵海波\n摄\n\n"
        "开展安全教育 预防暑期溺水\n\n"
        "本报讯 为增强学生安全意\n识，提高自救互救能力，24日\n上午，区文体旅游局联合街道\n"
        "开展暑期防溺水安全教育活动。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert "开展安全教育" not in first.blocks[-1].text
    assert second.title == "开展安全教育 预防暑期溺水"


def test_names_then_what_they_made_in_brackets_are_a_credit_that_ends_the_story() -> None:
    # （陈向阳 文/图）: the text and the pictures are theirs; the text under it is another
    # story, whose title is printed further down
    text = (
        "开展安全教育 预防暑期溺水\n\n"
        "本报讯 为增强学生安全意识，24日上午，区\n文体旅游局在游泳馆开展防溺水主题活动。\n\n"
        "下午，志愿者在社区暑期乐园为学生们上了\n一堂写作公益课。（王向阳 文/图）\n\n"
        "近日，某县石门口乡“青年之家”揭牌仪式在\n该县税务所举行，青年代表参加了仪式。\n\n"
        "下一步，团县委将继续整合资源，探索更多\n联系青年、凝聚青年的途径。\n\n"
        "石门口乡“青年之家”启用\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.byline == "王向阳 文/图"
    assert first.blocks[-1].text.endswith("写作公益课。")
    assert second.blocks[0].text.startswith("近日，某县石门口乡")


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


@pytest.mark.parametrize("note", ["（本系列评论到此结束）", "（实习生李明参与采写）"])
def test_an_editors_closing_note_ends_the_story_and_titles_nothing(note: str) -> None:
    # so does who else helped report it
    page = (
        BODY + f"\n{note}\n\n蚕丝吐尽春未老\n\n" + "本报讯 她是红烛，燃烧自己，照亮\n莘莘学子。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith(f"。{note}")
    assert arts[-1].title == "蚕丝吐尽春未老"


def test_a_closing_note_the_column_cut_in_two_lines_ends_the_last_paragraph() -> None:
    # both lines as full as the narrow column's: read as text, a note all the same
    page = (
        "本报讯 日前，第三届“西湖\n工匠”认定结果出炉，共有\n二十位高素质劳动者被认定\n"
        "为“西湖工匠”。\n\n"
        "新征程上，我们比以往任\n何时候都更加需要发挥工人\n阶级主力军作用，让每一位\n"
        "劳动者书写出更多更精彩动\n人的“工匠故事”。\n\n"
        "（第三届“西湖工匠”及提\n名奖名单详见本刊2、3版）\n\n"
        "“最美工匠”名单发布\n\n"
        "本报讯 12月11日，省委宣\n传部、省总工会联合发布100\n名“最美工匠”名单。\n"
    )
    first, second = clean_page(page, "p.txt").articles
    assert len(first.blocks) == 2
    assert first.blocks[-1].text.endswith(
        "“工匠故事”。（第三届“西湖工匠”及提名奖名单详见本刊2、3版）"
    )
    assert second.title == "“最美工匠”名单发布"
