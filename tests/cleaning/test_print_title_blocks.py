"""Conventions of Chinese print for how the lines of a headline block divide into kicker, title
and deck: the wrapped block (the biggest type) is the title, a line leading into it with a
colon or a dash is its kicker, a column's label with its headline on one line is the title,
and a headline over a story's title is its main title.  Telling a headline from the text is
in :mod:`tests.cleaning.test_print_headlines`."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from tests.cleaning.pages import PORTRAIT


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


def test_a_line_ending_in_a_quotation_over_a_dash_deck_is_the_title() -> None:
    # it ends as a sentence would (！”), but a ——deck under it, over text, makes it a title
    text = (
        "义诊活动进乡村\n\n5月23日，路桥区知联会在洋屿村\n举办了大型义诊活动，来自医院的\n"
        "专家为老人们测量血压和血糖。\n\n"
        "【新闻特写】“师傅们，你们辛\n苦了！”\n\n——“送清凉”活动记事\n\n"
        "“天气热，要注意防暑，多喝点水\n啊！”8月1日上午，市总工会主席\n来到公交车站工地慰问工人。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("测量血压和血糖。")
    assert second.title == "【新闻特写】“师傅们，你们辛苦了！”"
    assert second.subtitle == "——“送清凉”活动记事"
    # … printed after its story, over the next story's title
    after = (
        "“天气热，要注意防暑，多喝点水\n啊！”8月1日上午，市总工会主席\n来到公交车站工地慰问工人。\n"
        "（本报乌鲁木齐8月1日电）\n\n"
        "【新闻特写】“师傅们，你们辛\n苦了！”\n\n——“送清凉”活动记事\n\n"
        "两位老人走失 民警护送回家\n\n"
        "本报讯 记者张鑫报道 昨日，两位\n走失的老人被民警护送回家。\n"
    )
    first, second = clean_page(after, "p.txt").articles
    assert (first.title, first.subtitle) == (
        "【新闻特写】“师傅们，你们辛苦了！”",
        "——“送清凉”活动记事",
    )
    assert second.title == "两位老人走失 民警护送回家"
    # a ——line naming who said the words above is no deck
    said = text.replace("——“送清凉”活动记事", "——市总工会主席 张三")
    assert all(
        a.title != "【新闻特写】“师傅们，你们辛苦了！”" for a in clean_page(said, "p.txt").articles
    )


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


def test_a_column_label_with_its_headline_on_one_line_is_the_title() -> None:
    # 【发现最美铁路】“数”看… is a headline printed with its column's label: the story's
    # title (a label alone, 【服务先锋】, is its kicker), and never a section of the story
    # above
    page = (
        "本报讯 近日，某集团第十届职工技\n能大赛在总装车间开赛，两百余\n名选手参加了比拼。\n\n"
        "【发现最美铁路】“数”看江\n西革命老区的“高铁时代”\n\n"
        "近日，记者先后走访南昌、吉安\n、赣州等地，感受“红色铁路”\n魅力。赣深高铁全线如期建成。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert [a.title for a in arts] == [None, "【发现最美铁路】“数”看江西革命老区的“高铁时代”"]


def test_a_line_leading_into_the_headline_with_a_dash_is_its_kicker() -> None:
    # 中国农业大学教授丛汶峰—— / 扎根田间助农增产增收: who the story is about, then the
    # headline saying what it tells
    text = (
        "中国农业大学教授丛汶峰——\n\n扎根田间助农增产增收\n\n本报记者  吴  月\n\n"
        "丛汶峰和团队扎根河北曲周县，推进“绿色吨半粮”\n行动，帮助当地农业增产、农民增收。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title, art.subtitle) == (
        "中国农业大学教授丛汶峰——",
        "扎根田间助农增产增收",
        None,
    )


def test_of_a_line_over_a_wrapped_block_the_wrapped_one_is_the_title() -> None:
    # the title is set in the biggest type, so the column wraps it: a line over it is its
    # kicker, a line under it its deck
    text = (
        "本报讯 记者张三报道 近日，省公安厅交\n管总队上线群众意见平台，市民扫\n"
        "码即可提出意见建议，半年来平台\n"
        "收到群众意见两万余条，解决问题\n一万余件。\n\n"
        "交管总队负责人表示，将继续用好\n群众意见平台，推动执法服务改进。\n\n"
        "本报讯 记者李四报道 近日，市出入境\n管理部门推出七项便民举措，包括\n"
        "延长办证窗口时间、开通外国人来\n沪办证绿色通道等。去年到沪外国\n人数创历史新高。\n\n"
        "省公安交管部门\n\n群众意见扫码提 半年\n解决问题万余件\n\n"
        "市出入境管理部门推\n出七项便民举措\n\n去年到沪外国人数创历史新高\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert (first.kicker, first.title, first.subtitle) == (
        "省公安交管部门",
        "群众意见扫码提 半年解决问题万余件",
        None,
    )
    assert (second.kicker, second.title, second.subtitle) == (
        None,
        "市出入境管理部门推出七项便民举措",
        "去年到沪外国人数创历史新高",
    )


def test_a_line_saying_who_issued_what_over_the_title_is_its_kicker() -> None:
    # 引题 and 主题: the news that a body issued a paper leads into what the paper says
    from desktop.core.cleaning.wording import subject_over_predicate

    for upper, lower in (
        ("国办印发实施意见", "完善全国统一电力市场体系"),
        ("五部门印发意见提出20条举措", "进一步健全就业公共服务体系"),
        ("中消协倡议", "反对食品浪费  抵制极端吃播"),
        ("教育部发布两项指南", "助推中小学人工智能教育发展"),
        ("水利部部署", "农村供水工程“提质增效”专项行动"),  # an order and what it asks
    ):
        assert subject_over_predicate(upper, lower), upper
    # a title that says what was issued, over its deck, names no issuer alone
    assert not subject_over_predicate("全民阅读促进条例正式施行", "各地图书馆延长开放时间")
    # … nor does the paper itself issued, named before the verb
    assert not subject_over_predicate("纺织工业绿色低碳发展方案印发", "到2030年能耗下降18%左右")
    text = (
        "本报北京1月8日电 （记者张三）国务院办\n公厅日前印发实施意见，提出加快完\n"
        "善全国统一电力市场体系，推动电力\n资源在更大范围内优化配置。\n\n"
        "国办印发实施意见\n\n完善全国统一电力市场体系\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title) == ("国办印发实施意见", "完善全国统一电力市场体系")


def test_a_line_over_the_title_its_words_chose_is_its_kicker_not_its_deck() -> None:
    text = (
        "以案说法\n\n隔夜醉驾“当严则严”\n\n"
        "【案情】隔夜醉驾，一般是指行为人在饮\n酒当日没有驾驶机动车，次日驾驶机动车\n"
        "时血液酒精含量仍达醉酒标准的情形。\n\n"
        "【说法】根据刑法的规定，在道路上醉酒\n驾驶机动车的，构成危险驾驶罪。法院认\n"
        "为，隔夜醉驾同样危害公共安全。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title, art.subtitle) == ("以案说法", "隔夜醉驾“当严则严”", None)


def test_a_title_opening_on_for_whom_goes_on_from_the_line_over_it() -> None:
    # what was done, then for whom or towards what (为, 向, 给): the upper line leads into
    # the title, as a kicker does
    from desktop.core.cleaning.wording import subject_over_predicate

    assert subject_over_predicate("省总工会慰问团分赴全省各地", "为一线职工送清凉")
    assert subject_over_predicate("全球贸易投资促进峰会在京举行", "向新而行  链接未来")
    assert not subject_over_predicate("让职工在创新大潮中站“C位”", "杭州市总工会全链式助力")
    text = (
        "本报讯 记者张三报道 连日来，省总工会\n慰问团分赴全省各地，为高温下坚守一\n"
        "线的职工送去防暑降温物资。\n\n"
        "省总工会慰问团分赴全省各地\n\n为一线职工送清凉\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title) == ("省总工会慰问团分赴全省各地", "为一线职工送清凉")


def test_a_note_in_brackets_under_the_last_sentence_is_no_title() -> None:
    text = (
        "【案情】黄先生在自家房屋外的三楼公共平\n台种植花木，搭建花园，物业多次要求清\n"
        "理未果，诉至法院。\n\n"
        "【说法】法官表示，小区公共区域是全体\n业主共有的空间，任何业主不得擅自占用。\n\n"
        "（案例来源：最高人民法院，本报记者张三整理）\n\n"
        "以案说法\n\n业主私搭花园\n物业有权清理\n\n"
        "本报南宁4月14日电 （记者李四）记者从\n广西壮族自治区水利厅获悉，今年一季\n"
        "度广西水利投资同比增长。\n"
    )
    case, news = clean_page(text, "p.txt").articles
    assert case.blocks[-1].text == "（案例来源：最高人民法院，本报记者张三整理）"
    assert news.title is None or not news.title.startswith("（")


def test_a_headline_wrapped_between_a_verb_and_its_quoted_object_is_one_title() -> None:
    from desktop.core.cleaning.s06_titles import split_title

    lines = ["城东区康乐街道阳光花园社区开展", "“月圆邻里 情暖中秋”活动"]
    assert split_title(lines) == ("城东区康乐街道阳光花园社区开展“月圆邻里 情暖中秋”活动", None)


def test_a_headline_between_a_storys_title_and_its_text_is_in_its_title_block() -> None:
    # its words fit a section further down better, but it is printed where only this
    # story's headline can be
    portrait = next(a for a in clean_page(PORTRAIT, "p.txt").articles if a.byline)
    assert "找到致富路 兑现老承诺" in (portrait.kicker, portrait.title, portrait.subtitle)


def test_a_person_named_by_their_post_over_what_they_did_is_the_kicker() -> None:
    # jieba cuts an unknown name into characters, one of them a verb (刘玉梅, 赵会杰)
    from desktop.core.cleaning.wording import names_who_acts

    assert names_who_acts("山东临沂市李家庄村党支部书记刘玉梅")
    assert not names_who_acts("刘玉梅当选村支书")
    portrait = next(a for a in clean_page(PORTRAIT, "p.txt").articles if a.byline)
    assert portrait.kicker == "山东临沂市李家庄村党支部书记刘玉梅"
    assert portrait.title == "找到致富路 兑现老承诺"


def test_a_wrapped_block_narrower_than_the_line_under_it_is_the_title() -> None:
    # the column wrapped the upper block at 11 em while the line under it runs 17: the
    # upper is set bigger, though it says a paper was issued (…方案印发), as a kicker may
    text = (
        "纺织工业绿色低碳发展方\n案印发\n\n"
        "到2030年重点企业能耗下降18%左右\n\n"
        "本报北京4月9日电  （记者王明）近日，工业和信息化部等\n部门联合印发《纺织工业绿色低碳"
        "发展方案》，提出\n到2030年，重点企业单位产值能耗下降18%左右。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "纺织工业绿色低碳发展方案印发"
    assert art.subtitle == "到2030年重点企业能耗下降18%左右"
    assert art.kicker is None


def test_on_a_page_that_marks_its_headings_the_heading_is_the_title() -> None:
    # the plain line under it is its deck, however short and whatever it says
    text = (
        "# “惠工学堂”发布300门公益课程\n\n"
        "20门新设“AI技术”课程火爆\n\n"
        "记者王明\n\n"
        "新一轮“惠工学堂”公益课程在企业和社区同步开课，其中新设的20门“AI技术”课程报名火爆。\n\n"
        "据介绍，300门课程涵盖技能提升、文化艺术、身心健康等类别，职工可免费报名。\n"
    )
    [art] = clean_page(text, "p.md").articles
    assert art.title == "“惠工学堂”发布300门公益课程"
    assert art.subtitle == "20门新设“AI技术”课程火爆"
    assert art.kicker is None
