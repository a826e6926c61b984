"""Conventions of Chinese print for telling a headline from the text: a title the column wrapped,
inside a word or after a comma (``为了赶走烂物业，`` over ``我被举报到纪委了``), two phrases set
apart by a space (``目击高考首日：家长穿红衣`` over ``“送考” 心情比孩子紧张``), a title over its
deck (``――本报记者眼中的六位全国劳模``) or under a kicker (``编者按``), labels and numbered
headings in a story (``北京：``, ``案例一：``), and questions that are a sentence of the text
(``这到底是怎么回事呢？``).  Where a title stands (a wire title line, over the lead-in, among
those collected at the end) is in :mod:`tests.cleaning.test_print_title_places`; how a
headline block divides into kicker, title and deck in
:mod:`tests.cleaning.test_print_title_blocks`."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.textutil import BYLINE_LINE_RE, ENUM_HEAD_RE
from tests.cleaning.pages import BODY

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


@pytest.mark.parametrize(
    "head", [("为了赶走烂物业，", "我被举报到纪委了"), ("整治“物业收费、", "小区停车”等乱象")]
)
def test_a_headline_broken_after_its_comma(head: tuple[str, str]) -> None:
    text = (
        "4月22日上午，市第二人民医院将在陈\n家垟村老年人活动中心开展义诊活\n动，欢迎村民前来。\n\n"
        "义诊项目包括测量血压、血糖和健\n康咨询，医生还将送药上门。\n\n"
        f"{head[0]}\n{head[1]}\n\n"
        "二三十个身着黑色制服的物业保安\n将小区大门围得水泄不通，业主们\n纷纷赶来。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    # wrapped text fills every line but its last: a short line ending in a comma (or the
    # comma between items of a list, 、) is a break
    assert second.title == "".join(head)
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
    from desktop.core.cleaning.wording import cuts_word

    assert cuts_word("上海长宁工会全过程人民民主实", "践点“职工代表工作站”成立")
    assert not cuts_word("让职工在创新大潮中站“C位”", "杭州市总工会全链式助力培育新质生产力")
    title = split_title(["我国港口外贸韧性凸显外贸集装箱吞", "吐量快速增长国际航线持续加密"])
    assert title == ("我国港口外贸韧性凸显外贸集装箱吞吐量快速增长国际航线持续加密", None)
    # a quotation left open, or a full first line over a shorter one: one headline run over
    assert split_title(["三条新线今日开通，广州实现“区区通", "地铁” 市民大赞“方便”"])[1] is None
    # … or a column's label (【两节送温暖行动·暖 / 闻】西宁开展暖冬专项行动)
    assert split_title(["【送温暖行动·暖", "闻】西宁开展暖冬专项行动"])[1] is None
    assert split_title(["爱心驿站、“清凉小摊”……各地推出暖心", "举措 为户外劳动者送清凉"])[1] is None
    # a line ending in a word that cannot end a phrase (向, 的, 和 …) was cut mid-phrase
    assert split_title(["40℃高温下，上海工会流动车向", "户外劳动者送饮品、防暑药品"])[1] is None
    # … and so was a number (1. / 2亿元, 1 / 500亿斤)
    assert split_title(["两部门紧急预拨中央救灾资金1.", "2亿元支持地震灾区抢险救援"])[1] is None
    assert split_title(["今年全省粮食总产量首次突破1", "500亿斤 再创历史新高"])[1] is None
    # … and so was a line ending in a comma: no title ends on one
    assert split_title(["百年风雨砥砺前行初心如磐，", "新的征程奋楫扬帆再启航程"])[1] is None
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


def test_a_question_put_by_a_speaker_is_dialogue_not_a_subhead() -> None:
    text = (
        "民警在服务区拦下一辆货车，发现车上货物\n捆扎松散，随时可能掉落。\n\n"
        "民警随即与司机李某进行了交谈，了解车辆\n行驶情况。\n\n"
        "高速交警:车上装了什么东西?\n\n李某:我开得慢。\n\n"
        "高速交警:昨天晚上睡好了吗?\n\n李某:睡得挺好的。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert all(b.type == "paragraph" for b in art.blocks)


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


def test_a_features_numbered_cases_are_numbered_headings() -> None:
    numbered = ("案例一：拼多多平台“人参面膜”涉嫌虚假宣传", "镜头二：深夜的车间")
    numbered += ("一、三次举报", "3. 成效")
    for line in numbered:
        assert ENUM_HEAD_RE.match(line), line
    # a headline opening on a decimal number is numbered nothing
    for line in ("案例分析显示，多数消费者", "镜头前的他显得有些紧张", "1.5亿购买腾讯所持股份"):
        assert not ENUM_HEAD_RE.match(line), line


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


def test_two_headline_lines_of_one_length_are_one_title_in_two_lines() -> None:
    # two phrases of 15 and 16 em, neither as wide as the column: a title set in two
    # parallel lines (对仗), not a title over a deck, which runs shorter or longer
    text = (
        "紧扣一体化和高质量抓好重点工作\n推动长三角一体化发展不断取得成效\n\n"
        "本报合肥8月22日电 座谈会20日在合肥召开，与会同\n"
        "志围绕推动长三角一体化发展谈了意见和建议。\n\n"
        "座谈会强调，要紧扣一体化和高质量两个关键词抓好\n"
        "重点工作，推动一体化发展不断取得成效。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "紧扣一体化和高质量抓好重点工作推动长三角一体化发展不断取得成效"
    assert art.subtitle is None


def test_two_phrases_set_apart_by_a_space_are_a_headline_however_full() -> None:
    from desktop.core.cleaning.s03_short import phrases_spaced

    assert phrases_spaced(["目击高考首日：家长穿红衣", "“送考” 心情比孩子紧张"])
    # a slogan quoted in running text, names: no headline
    assert not phrases_spaced(["他说“人民城市 百年", "工运”是一句口号"])
    assert not phrases_spaced(["张三 李四"])
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
    from desktop.core.cleaning.s03_chunks import Chunk
    from desktop.core.cleaning.s03_short import is_question_head

    def chunk(text: str) -> Chunk:
        return Chunk([Line(text, 0)])

    assert not is_question_head(chunk("这到底是怎么回事呢？"))
    assert is_question_head(chunk("向新闻单位投稿错了吗？"))
    assert is_question_head(chunk("超长加班现象怎么解？"))


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


def test_a_line_ending_no_sentence_between_a_heading_and_its_lead_in_is_the_deck() -> None:
    text = (
        "# 江北区总工会 又收锦旗\n\n去年帮了58名职工讨薪，涉及金额90余万元\n\n"
        "本报讯 通讯员王明报道 “感谢总工会法律援助帮我父亲讨薪成功。”近日，江北区总工会"
        "收到了一封感谢信和一面锦旗。\n\n"
        "去年，区总工会职工服务中心共帮助58名职工讨回欠薪。\n"
    )
    [art] = clean_page(text, "p.md").articles
    assert (art.title, art.subtitle) == (
        "江北区总工会 又收锦旗",
        "去年帮了58名职工讨薪，涉及金额90余万元",
    )
    assert art.byline == "通讯员王明"
    assert len(art.blocks) == 2


SECTION_LABELS = """\
复工的返乡的，步入洒
满阳光的车厢

今天，上海4条轨交线和273条公交线恢复运营

公交

今天，跨区交通开始恢复，优先恢复
的公交线路主要服务于申城机场、火
车站、三甲医院和各区中心医院。

929路公交车的一头在北蔡。车上
有带着行李的乘客，打算回家拥抱妻
儿；有赶往北外滩的打工人，带着被
子去替换同事。

轨交

今天，轨交3号线、6号线、10号
线和16号线恢复运营，车厢里洒满
了阳光，乘客们戴着口罩，有说有笑
。
"""


def test_a_section_label_right_above_the_text_is_no_deck() -> None:
    # title, deck, then 公交 right above the text: the text's later section is labelled
    # alike (轨交), so 公交 is its first section, not the deck
    [art] = clean_page(SECTION_LABELS, "p.txt").articles
    assert art.title == "复工的返乡的，步入洒满阳光的车厢"
    assert art.subtitle == "今天，上海4条轨交线和273条公交线恢复运营"
    assert [b.text for b in art.blocks if b.type == "subhead"] == ["公交", "轨交"]


def test_a_headline_set_across_columns_may_hold_a_comma() -> None:
    # lines wider than the column are no text of it: a headline over several columns,
    # commas and all, not the opening of a paragraph
    page = (
        BODY + "\n脱贫不能“等靠要”，而要“加油干”（现\n场评论·走向我们的小康生活）\n\n"
        "本报讯 脱贫致富路上，农村面貌\n反映脱贫攻坚成效，干群风貌折\n射发展致富势头。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[-1].title == "脱贫不能“等靠要”，而要“加油干”（现场评论·走向我们的小康生活）"
    assert arts[-1].blocks[0].text.startswith("脱贫致富路上")


def test_a_headline_whose_first_line_stops_short_in_mid_phrase_may_hold_a_comma() -> None:
    # running text fills every line of a column but its last: a first line well short of
    # the column that ends no phrase belongs to a headline, commas and all
    page = (
        "近日，全市各中小学开展了新学期安全\n大检查，重点检查校舍、食堂和消防设\n"
        "施。（记者 王明）\n\n"
        "改革开放再出发：百年风雨，历\n史选择了这条道路\n\n"
        "改革开放是决定当代中国命运的关键一\n招，也是实现民族复兴的关键一招。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[-1].title == "改革开放再出发：百年风雨，历史选择了这条道路"
    assert arts[-1].blocks[0].text.startswith("改革开放是")


def test_a_headline_broken_after_a_comma_two_em_short_of_a_narrow_column() -> None:
    # in a column twelve em wide, a line two em short ending on 、 is no line of text
    page = (
        "中小学开展安全大检查\n\n"
        "近日，全市各中小学开展了\n新学期安全大检查，重点检\n查校舍、食堂和消防设施。\n\n"
        "重点整治“大字吸睛、\n小字免责”等广告乱象\n\n"
        "本报讯 午后阳光正好，在江\n西南昌东湖区贤士湖管理处\n长巷村，裁缝魏正莲坐在缝\n纫机前。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[-1].title == "重点整治“大字吸睛、小字免责”等广告乱象"
    assert arts[-1].blocks[0].text.startswith("午后阳光正好")
    assert len(arts[0].blocks) == 1


def test_a_headline_cut_inside_a_latin_word_is_one_headline() -> None:
    from desktop.core.cleaning.textutil import ends_continuing

    assert not ends_continuing("摩托罗拉联手北电 注资Wi-")
    assert ends_continuing("培训、")


def test_a_quoted_headline_with_its_column_in_brackets_is_a_headline() -> None:
    # a quotation's end is no sentence's: “…”（外媒看中国） is no sentence and its credit
    page = (
        BODY + "\n“为全球经济复苏提供\n支撑”（外媒看中国）\n\n"
        "本报讯 近日，武汉水上音乐节引发外\n媒热议，外媒认为中国经济社会恢复\n正常。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[-1].title == "“为全球经济复苏提供支撑”（外媒看中国）"


def test_a_headline_ending_in_a_word_is_not_left_open() -> None:
    from desktop.core.cleaning.wording import ends_open

    # 向 ends 方向 here, and 的 ends 目的: the phrase is whole
    assert not ends_open("加快建设美好安徽指明方向")
    assert not ends_open("这是我们的目的")
    assert ends_open("上海工会流动车向")
    page = (
        "风劲潮涌奋楫先 习近平为\n加快建设美好安徽指明方向\n\n"
        "8月18日至21日，中共中央总书记习\n近平在安徽省考察，行到江淮紧要\n地。\n"
    )
    [art] = clean_page(page, "p.txt").articles
    assert art.title == "风劲潮涌奋楫先 习近平为加快建设美好安徽指明方向"


def test_a_headline_wrapped_between_two_words_its_body_prints_together_is_one_title() -> None:
    from desktop.core.cleaning.s06_titles import split_title

    lines = ["多地出台措施全力保障春运返乡", "旅客出行安全（新春走基层）"]
    body = "春运首日，多地交通部门出台措施，保障返乡旅客平安出行。"
    assert split_title(lines, body=body) == ("".join(lines), None)
    # the seam of a title and its longer deck is no phrase of the story: two headlines
    # stay two (lines of one length are one title set in two lines either way)
    decked = [lines[0], "旅客出行安全有了新保障（新春走基层）"]
    assert split_title(decked, body="春运首日，多地交通部门出台措施。")[1] is not None
    text = (
        "本报讯（记者 林远）春运首日，多地交\n通部门出台措施，保障返乡旅客平安\n"
        "出行。各地车站增开临时窗口，为返\n乡旅客提供便利。\n\n"
        "多地出台措施全力保障春运返乡\n旅客出行安全（新春走基层）\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.subtitle) == ("".join(lines), None)


def test_a_question_cut_in_two_lines_at_its_comma_is_a_headline() -> None:
    # running text fills its column: a line stopping well short after a comma, over a
    # question, was broken where the headline's sense breaks
    text = (
        "【案情】王先生在楼道里堆放旧家具多年，邻居\n多次反映消防通道被堵，"
        "物业公司多次劝说\n无果，将家具清运，王先生诉至法院，要求物\n业公司赔偿损失。\n\n"
        "【说法】法官表示，楼道属于全体业主共有的\n公共区域，任何人不得擅自占用。"
        "物业公司\n依法清理，是履行管理职责的必要措施。\n\n"
        "以案说法\n\n"
        "楼道堆放杂物，\n物业能否清运？\n\n"
        "本报杭州5月6日电  （记者赵明）记者从浙江\n省交通运输厅获悉，全省今年将新改建农村\n"
        "公路五千公里，新增通客车建制村两百个。\n"
    )
    case, news = clean_page(text, "p.txt").articles
    assert (case.kicker, case.title) == ("以案说法", "楼道堆放杂物，物业能否清运？")
    assert news.title is None


def test_a_question_cut_at_its_comma_is_a_headline_only_where_the_column_shows_it() -> None:
    from desktop.core.cleaning.s02_normalize import Line
    from desktop.core.cleaning.s03_chunks import Chunk
    from desktop.core.cleaning.s03_short import is_question_head

    cut = Chunk([Line("楼道堆放杂物，", 0), Line("物业能否清运？", 1)])
    assert is_question_head(cut, 20)
    assert not is_question_head(cut, 8)  # lines as full as the column: a speaker's words
    assert not is_question_head(cut)  # no column to measure against


def test_a_line_over_a_dated_opening_in_a_narrow_column_is_a_title() -> None:
    # as wide as an indented opening line cut off by a column break, but the text under
    # it opens as a news story's first sentence does (12月11日，…): nothing of it is left
    text = (
        "新征程上，我们比以往任\n何时候都更加需要发挥工人\n阶级主力军作用。\n\n"
        "“最美工匠”名单发布\n\n"
        "12月11日，省委宣传部、省\n总工会联合发布100名“最\n美工匠”名单。\n"
    )
    _, second = clean_page(text, "p.txt").articles
    assert second.title == "“最美工匠”名单发布"
    assert second.blocks[0].text.startswith("12月11日，")
