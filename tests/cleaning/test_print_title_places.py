"""Where a story's title stands in Chinese print: on a wire story's title line
(``新华社北京6月27日电 题：…``) or printed over it by the paper, right over the lead-in (a
question, an exclamation, lines that stop without a mark), or among the headlines collected
away from their bodies."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.wording import subject_over_predicate


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


def test_a_wire_title_line_may_carry_the_deck_and_the_headline_printed_again_is_used() -> None:
    text = (
        "老旧小区改造中的暖心故事\n\n——来自重庆的报道\n\n"
        "新华社北京6月27日电 题：老旧小区改造中的暖心故事 ——来自重庆的报道\n\n"
        "“中国式现代化，民生为大。”今年4月，\n习近平总书记在重庆考察时语重心长地\n说。\n\n"
        "老旧小区改造是提升群众获得感、幸福\n感、安全感的重要工作。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.title, art.subtitle) == ("老旧小区改造中的暖心故事", "——来自重庆的报道")
    assert len(art.blocks) == 2


def test_the_headline_the_paper_printed_over_a_wire_story_is_its_title() -> None:
    # the paper titled the dispatch its own way, over a deck: the wire's title, which
    # the deck repeats, is neither the title nor lost
    body = (
        "新华社北京6月27日电 题：老旧小区改造中的暖心故事\n\n"
        "“中国式现代化，民生为大。”今年4月，\n习近平总书记在重庆考察时说。老旧小区\n"
        "改造在重庆全面推开。\n\n老旧小区改造是提升群众获得感、幸福\n感、安全感的重要工作。\n"
    )
    deck = "（民生观察）老旧小区改造中的暖心故事"
    page = clean_page(f"重庆老旧小区焕新颜\n\n{deck}\n\n{body}", "p.txt")
    [art] = page.articles
    assert (art.title, art.subtitle) == ("重庆老旧小区焕新颜", deck)
    assert art.blocks[0].text.startswith("新华社北京6月27日电 “中国式现代化")
    # over a deck that does not repeat it, the wire's title is kept with the furniture
    page = clean_page("重庆老旧小区\n焕新颜\n\n——来自重庆的报道\n\n" + body, "p.txt")
    [art] = page.articles
    assert (art.title, art.subtitle) == ("重庆老旧小区焕新颜", "——来自重庆的报道")
    assert page.furniture == ["老旧小区改造中的暖心故事"]


def test_a_question_over_a_deck_and_a_lead_in_is_the_title() -> None:
    # a line or two ending in ？ after a finished paragraph, over a deck and a lead-in,
    # speaking of the story under it: its title, not the last paragraph of the one above
    text = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州召\n开。\n\n"
        "“厨艺竞拍”能让餐饮\n业掀起“创新热”吗？\n\n"
        "电视美食真人秀节目热播，一道菜拍出一百八十万元“天价”\n\n"
        "本报讯（本报记者祝瑶） 跟着真人\n秀节目觅寻商机，餐饮企业把厨艺\n竞拍搬进了门店。\n\n"
        "业内人士认为，厨艺竞拍能否带来\n餐饮业的创新热，还有待观察。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 1
    assert second.title == "“厨艺竞拍”能让餐饮业掀起“创新热”吗？"
    assert second.subtitle == "电视美食真人秀节目热播，一道菜拍出一百八十万元“天价”"


def test_a_question_among_the_headlines_collected_at_the_end_is_a_headline() -> None:
    text = (
        "本报讯（本报记者祝瑶） 跟着真人\n秀节目觅寻商机，餐饮企业把厨艺\n竞拍搬进了门店。\n\n"
        "业内人士认为，厨艺竞拍能否带来\n餐饮业的创新热，还有待观察。\n\n"
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州召\n开。\n\n"
        "全省今年新建骑手驿站两百个\n\n"
        "“厨艺竞拍”能让餐饮\n业掀起“创新热”吗？\n\n"
        "电视美食真人秀节目热播，一道菜拍出一百八十万元“天价”\n"
    )
    art, _riders = clean_page(text, "p.txt").articles
    assert (art.title, art.subtitle) == (
        "“厨艺竞拍”能让餐饮业掀起“创新热”吗？",
        "电视美食真人秀节目热播，一道菜拍出一百八十万元“天价”",
    )
    assert len(art.blocks) == 2


def test_an_exclamation_inside_a_headline_among_those_collected_at_the_end() -> None:
    # 3亿元一座！… reads as text for its ！, but no text stands among the headlines
    text = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州召\n开。\n\n"
        "据了解，今年全省外卖骑手驿站\n的造价平均为三亿元一座。\n\n"
        "本报讯（本报记者祝瑶） 跟着真人\n秀节目觅寻商机，餐饮企业把厨艺\n竞拍搬进了门店。\n\n"
        "业内人士认为，厨艺竞拍能否带来\n餐饮业的创新热，还有待观察。\n\n"
        "餐饮企业把厨艺竞拍搬进门店\n\n"
        "3亿元一座！全省骑手驿\n站造价吓住了网友\n"
    )
    riders, auction = clean_page(text, "p.txt").articles
    assert riders.title == "3亿元一座！全省骑手驿站造价吓住了网友"
    assert auction.title == "餐饮企业把厨艺竞拍搬进门店"
    assert len(riders.blocks) == len(auction.blocks) == 2


def test_lines_stopping_without_a_mark_right_over_a_lead_in_are_its_title() -> None:
    # the first line ends in a comma, so the two read as text; but text never stops
    # without a mark right before a new story's lead-in
    text = (
        "本报讯 记者张三报道 昨日，全省\n外卖骑手驿站建设推进会在杭州召\n开。\n\n"
        "南果北果都能在这里结出好果，\n黄冈渐成水果之乡\n\n"
        "湖北日报讯（记者王兵）走进塑料\n大棚，火龙果树上挂满了果子。\n\n"
        "南方的水果在黄冈结出了好果，当\n地农民的收入年年增加。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 1
    assert second.title == "南果北果都能在这里结出好果，黄冈渐成水果之乡"
    assert second.byline == "记者王兵"
    # … also under the title of the story above, printed after it
    stacked = text.replace("开。\n\n", "开。\n\n骑手驿站建设推进会召开\n\n")
    first, second = clean_page(stacked, "p.txt").articles
    assert first.title == "骑手驿站建设推进会召开"
    assert second.title == "南果北果都能在这里结出好果，黄冈渐成水果之乡"


@pytest.mark.parametrize("mark", ["：", "——"])
def test_a_line_leading_into_the_title_under_it_is_its_kicker(mark: str) -> None:
    # on a line of its own over the title, ending in a colon or a dash, it leads into it
    text = (
        "本报讯 记者张三报道 “吱呀、吱呀……”在\n沙窝村的一处农家院里，中学生脚蹬踏棍\n"
        "，双手执刀，刀头在旋转的木坯上快速游\n走。木镟技艺传承人李师傅在一旁指点。\n\n"
        "李师傅说，木镟讲究千刀成器，一件玲珑\n的木器要经过上千次旋削。\n\n"
        f"木镟技艺传承人李师傅{mark}\n\n千刀成器 玲珑匠心\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title) == (f"木镟技艺传承人李师傅{mark}", "千刀成器 玲珑匠心")
    assert art.subtitle is None


@pytest.mark.parametrize("setting", ["青山县城关镇", "“十四五”时期", "“职工书屋怎么办”讨论之三"])
def test_a_line_naming_only_where_when_or_which_part_over_the_title_is_its_kicker(
    setting: str,
) -> None:
    text = (
        "本报讯 记者张三报道 今年以来，青山县\n城关镇把老旧小区改造作为民生实事，\n"
        "加装电梯，改造管网，居民生活更方便。\n\n"
        "改造工程已完成八成，年底前全部完工。\n\n"
        f"{setting}\n\n老旧小区改造惠及万户居民\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title, art.subtitle) == (setting, "老旧小区改造惠及万户居民", None)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        # who, over what they did: one clause cut in two, the subject the kicker
        ("青山县总工会、县体育局", "联合举办全县职工运动会"),
        # who said it, over what they said
        ("市机床厂厂长在职代会上说", "每季度向职工汇报一次"),
    ],
)
def test_a_subject_over_its_predicate_is_the_kicker_over_the_title(upper: str, lower: str) -> None:
    text = (
        "本报讯 记者张三报道 近日，青山县\n总工会和县体育局联合举办职工运动\n"
        "会，两千多名职工参加了比赛。\n\n职工们说，运动会丰富了业余生活。\n\n"
        f"{upper}\n\n{lower}\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title, art.subtitle) == (upper, lower, None)


@pytest.mark.parametrize(
    ("upper", "lower", "want"),
    [
        # a shorter line under a longer one: the main title under its kicker
        ("青山村文化礼堂里热闹非凡", "村民开心秀才艺", (0, 1, None)),
        # a longer line under a shorter one: the title over its deck
        ("村民开心秀才艺", "青山村文化礼堂里举办春节联欢会", (None, 0, 1)),
    ],
)
def test_of_two_headline_lines_the_shorter_under_the_longer_is_the_title(
    upper: str, lower: str, want: tuple[int | None, int, int | None]
) -> None:
    # a deck says more than its title, in smaller type
    text = (
        "本报讯 记者张三报道 正月初四上午，\n青山村文化礼堂里锣鼓喧天，村民们\n"
        "登台表演，开心秀才艺。\n\n舞龙、腰鼓、越剧轮番上演，台下掌\n声不断。\n\n"
        f"{upper}\n\n{lower}\n"
    )
    [art] = clean_page(text, "p.txt").articles
    lines = (upper, lower)
    assert (art.kicker, art.title, art.subtitle) == tuple(
        None if w is None else lines[w] for w in want
    )


def test_a_notices_number_under_its_title_is_no_title() -> None:
    text = (
        "青山县国有建设用地使用权挂牌出让公告\n\n青规划资源告[2024]17号\n\n"
        "经青山县人民政府批准，青山县规划和自然资源局决定以挂牌方式出让一宗国有建设用地使用权。\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == "青山县国有建设用地使用权挂牌出让公告"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("技能大赛点燃车间热情", "青年职工同台竞技比拼绝活"),  # a clause of its own
        ("专家：暴雨影响有限", "保障粮食安全有底气"),  # a title in two parts
        ("职工书屋里的新气象", "推动全民阅读走深走实"),  # names no one who acts
    ],
)
def test_a_title_over_its_deck_is_no_subject_over_a_predicate(upper: str, lower: str) -> None:
    assert not subject_over_predicate(upper, lower)


@pytest.mark.parametrize(
    ("upper", "lower", "want"),
    [
        # the kicker over the title
        ("运用数智技术推动管理升级", "纺织行业加速“智”变（大数据观察）", (0, 1, None)),
        # the title over its deck
        ("纺织行业加速“智”变（大数据观察）", "运用数智技术推动管理升级", (None, 0, 1)),
    ],
)
def test_the_headline_bearing_its_columns_name_is_the_title(
    upper: str, lower: str, want: tuple[int | None, int, int | None]
) -> None:
    text = (
        "本报讯 记者张三报道 近年来，某市纺织\n企业运用数智技术，推动管理升级、流程\n"
        "再造，纺织行业加速“智”变。\n\n"
        "数智技术让纺织企业的生产效率提高了三\n成，管理升级成效明显。\n\n"
        f"{upper}\n\n{lower}\n"
    )
    [art] = clean_page(text, "p.txt").articles
    lines = (upper, lower)
    assert (art.kicker, art.title, art.subtitle) == tuple(
        None if w is None else lines[w] for w in want
    )


def test_headlines_collected_at_the_end_bearing_a_column_name_or_leading_in() -> None:
    # a title with a comma, wrapped by a narrow column, closes on its column's name, not
    # on a stop: no paragraph ends so; a kicker set wider than the column ends in a dash
    text = (
        "一早，某镇的田野在晨光中\n慢慢苏醒，旋耕机在田间来\n回穿梭，小田变成了大田。\n\n"
        "村民说，过去最大一块地两\n亩多，现在小田变大，机器\n下得去，种地省心多了。\n\n"
        "本报讯 今年是全民国家安\n全教育日，记者走访了多个\n社区，居民们说要多留意身\n边细节。\n\n"
        "这个村，小田变大用上\n旋耕机（春耕进行时）\n\n"
        "今天是第十一个全民国家安全教育日——\n\n"
        "维护国家安全，这些细\n节需要多留意\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.title == "这个村，小田变大用上旋耕机（春耕进行时）"
    assert (second.kicker, second.title) == (
        "今天是第十一个全民国家安全教育日——",
        "维护国家安全，这些细节需要多留意",
    )


def test_a_place_a_title_and_a_deck_printed_after_the_story_head_it_whole() -> None:
    # the deck speaks of the second half of the story, but it is the third line of the
    # story's own headline block (a place, the title, the deck), not another story's title
    text = (
        "本报讯 在青山区裕园社区有群特殊的热心居民，他们经常义务在社区里巡视，\n"
        "一旦发现问题就及时和居委会沟通，在最短的时间内解决居民遇到的问题。\n\n"
        "日前，家住裕园社区4号楼的张先生向居委会反映了困扰自己很长时间的难\n"
        "题。了解到这一情况后，社区的志愿者们参与了社区的环境治理活动。\n\n"
        "张先生告诉记者，这些志愿者定期维护花坛卫生，还经常清理楼道垃圾和小\n"
        "广告。自从有了这批志愿者，社区里的环境变得好多了。\n\n"
        "记者在社区里还看到了不少温馨提示牌，这些提示牌是志愿者从居民家中收\n"
        "集木板后自己制作的，提示牌上还有公厕指向路标。\n\n"
        "裕园社区\n\n“俺们社区有群热心人”\n\n维护花坛、清理楼道垃圾和小广告，他们啥都干\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title, art.subtitle) == (
        "裕园社区",
        "“俺们社区有群热心人”",
        "维护花坛、清理楼道垃圾和小广告，他们啥都干",
    )


def test_a_kicker_with_a_comma_as_wide_as_the_column_leads_into_the_title_under_it() -> None:
    # it ends in a dash, alone over a headline: a kicker however wide and whatever it holds
    text = (
        "本报讯 一早，某镇的田野在晨光中慢慢苏醒，旋\n耕机在田间来回穿梭，小田变成了大田。村民说\n"
        "，过去最大一块地两亩多，现在种地省心多了。\n\n"
        "镇农业站的同志介绍，今年全镇新建高标准农田\n三千亩，粮食生产有了更坚实的保障。\n\n"
        "高标准农田建设加快推进，小田变大田——\n\n"
        "这个村，小田变大用上\n旋耕机（春耕进行时）\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert (art.kicker, art.title) == (
        "高标准农田建设加快推进，小田变大田——",
        "这个村，小田变大用上旋耕机（春耕进行时）",
    )


@pytest.mark.parametrize(
    "head",
    [
        "训练受伤，只能自\n担风险？（以案说法）",
        "训练受伤，只能自担风险？\n（以案说法）",
        # a series named after the column, with a comma
        "训练受伤，只能自担风险？（以\n案说法·体育培训，风险谁担）",
    ],
)
def test_a_question_title_bearing_its_columns_name(head: str) -> None:
    # the name in brackets after the question mark is the column's, not a credit
    text = (
        "本报讯 记者张三报道 某市一家体育\n公司的学员在训练中受伤，家长将公\n"
        "司诉至法院，要求赔偿医疗费。\n\n"
        "法院审理认为，体育公司未尽到安全\n保障义务，应承担相应的赔偿责任。\n\n"
        f"{head}\n"
    )
    [art] = clean_page(text, "p.txt").articles
    assert art.title == head.replace("\n", "")
    assert art.blocks[-1].text.endswith("赔偿责任。")


def test_a_title_asking_and_answering_bearing_its_columns_name() -> None:
    # a question, then more words, then the column's name: a title, even in two full
    # lines, and not text running on past the name under it into the next paragraph
    text = (
        "本报讯 记者张三报道 今年以来，\n全市新建社区食堂四十多家，老\n人吃饭更方便了。\n\n"
        "六十岁以上不能办卡？健身房岂\n能一拒了之（民生观）\n\n王晓春\n\n"
        "想办健身卡时被告知不予接待，\n不少老人遇到过这样的事。商家\n担心风险，可以理解。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert first.blocks[-1].text.endswith("更方便了。")
    assert (second.title, second.byline) == (
        "六十岁以上不能办卡？健身房岂能一拒了之（民生观）",
        "王晓春",
    )


def test_a_kicker_as_wide_as_the_column_over_a_headline() -> None:
    # a line ending in a dash alone over a headline leads into it: text cut by a column
    # break after a dash runs on into more text
    text = (
        "本报讯 记者张三报道 市图书馆启动古籍\n修复工程，首批修复的善本将在年底前向\n读者开放。\n\n"
        "修复师介绍，古籍修复讲究修旧如旧，每\n一页都要经过十多道工序。\n\n"
        "着力提升城市发展、服务、治理能力——\n\n"
        "某市推进数字化转型\n\n"
        "“产业链上下游联系更紧密了。”在某市，\n一家汽车企业推进数字化转型，研发时间\n缩短二成，城市治理能力不断提升。\n"
    )
    arts = clean_page(text, "p.txt").articles
    assert (arts[-1].kicker, arts[-1].title) == (
        "着力提升城市发展、服务、治理能力——",
        "某市推进数字化转型",
    )
    assert arts[-1].blocks[0].text.startswith("“产业链")


def test_a_line_with_no_stop_alone_over_a_headline_is_no_text() -> None:
    # one line as wide as the column, after a finished paragraph and right over a
    # headline, is no text: text a column break cut runs on into more text
    text = (
        "市图书馆启动古籍修复工程\n\n"
        "本报讯 记者张三报道 市图书馆启动古籍\n修复工程，首批修复的善本将在年底前向\n读者开放。\n\n"
        "修复师介绍，古籍修复讲究修旧如旧，每\n一页都要经过十多道工序。\n\n"
        "截至去年底，全市已开通定制班线六百条\n\n"
        "“定制”班车 出行更便捷\n\n"
        "“以前去市区办事，得掐着点赶车；现在\n上约车平台一点，班车就到家门口来接。\n”"
        "市民李女士分享了自己的出行新体验。\n"
    )
    arts = clean_page(text, "p.txt").articles
    assert [len(a.blocks) for a in arts] == [2, 1]
    # which of the two is the title the words alone do not tell (a kicker over a title,
    # or a title over its deck), but both head the story under them
    heads = {arts[1].kicker, arts[1].title, arts[1].subtitle} - {None}
    assert heads == {"截至去年底，全市已开通定制班线六百条", "“定制”班车 出行更便捷"}


def test_a_line_ending_no_sentence_under_a_title_printed_after_its_story_is_its_deck() -> None:
    # kicker, title and deck printed after the story they head, right over the next
    # story's lead-in: the deck's words are the story's above, not the lead-in's
    text = (
        "本报4月5日讯（见习记者 陈伟） 在某区某社区有群特殊的\n"
        "热心人，他们自发组成志愿者队伍，维护花坛卫\n"
        "生、清理楼道垃圾、撕除小广告。\n\n"
        "志愿者代表王先生说，平时闲着没事，就喜欢在\n社区里溜达，及时发现问题，让社区变得更好。\n\n"
        "裕园社区\n\n"
        "“俺们社区有群热心人”\n\n"
        "维护花坛、清理楼道垃圾和小广告，他们啥都干\n\n"
        "本报5月10日讯（记者 林媛媛） 10日下午，一场特别\n"
        "的母亲节活动在某工地举行，工人们的母亲来到\n"
        "工地，和孩子们一起过节。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert (first.kicker, first.title, first.subtitle) == (
        "裕园社区",
        "“俺们社区有群热心人”",
        "维护花坛、清理楼道垃圾和小广告，他们啥都干",
    )
    assert len(first.blocks) == 2
    assert second.blocks[0].text.startswith("本报5月10日讯 10日下午")
