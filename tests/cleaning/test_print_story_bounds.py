"""Conventions of Chinese print for where a story begins and ends: a headline over a news lead
dated the way news is (``5月28日，…``), an editor's note (``编者按：``, ``编者的话``) or a
column's opening note (``开栏的话``), text on another subject under a headline, a section heading
that echoes the title, a briefs column (``简讯`` and its ``●`` items), a note on the author
(``（作者系某大学教授）``), and jump lines (``（下转第3版）``, ``（上接第1版）``)."""

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


def test_a_column_opening_note_is_a_piece_of_its_own() -> None:
    text = BODY + (
        "\n开栏的话\n\n五月的鲜花，献给奔走在大街小巷的新业态\n劳动者。今日，本报推出系列报道，"
        "\n讲述他们的故事。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 2
    assert second.title == "开栏的话"
    assert second.blocks[0].text.startswith("五月的鲜花")


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
    ["（据新华社郑州9月9日电）", "（本报伊斯兰堡8月22日电）", "（本报布鲁塞尔、莫斯科8月22日电）"],
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


def test_a_sections_header_of_several_lines_opening_on_an_hour_stays_in_the_story() -> None:
    # a timeline feature heads each section with its hour, place, person and theme
    page = (
        "本报讯 玛可河林区是三江源国家级自\n然保护区的一部分，这里有一群年轻\n人。\n\n"
        "9：00\n\n麦浪沟\n\n管护员卡日土保，30岁\n\n9公里巡线路\n\n"
        "备齐风干的牛肉、拌好的糍粑，卡日\n土保一天的工作就开始了。\n\n"
        "14：00\n\n灯塔乡\n\n“保育员”张启成，30岁\n\n"
        "午后的阳光颇有几分毒辣，张启成开\n始例行的野外调查。\n"
    )
    [art] = clean_page(page, "p.txt").articles
    heads = [b.text for b in art.blocks if b.type == "subhead"]
    assert heads[:2] == ["9：00", "麦浪沟"] and "14：00" in heads


def test_a_label_in_lenticular_brackets_over_text_inside_a_story_is_its_box() -> None:
    page = BODY + "\n【执纪者说】\n\n纪检监察机关作为政治机关，既要\n用纪律约束党员干部。\n"
    [art] = clean_page(page, "p.txt").articles
    assert [b.type for b in art.blocks][-2:] == ["subhead", "paragraph"]


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


def test_a_sections_heading_and_the_line_under_it_are_a_pair_of_subheads() -> None:
    # they speak of the section under them (a title printed after its story would speak
    # of the text above)
    story = (
        "本报讯 南召县组建临时党组织，合\n力推进脱贫攻坚，目前全县已有一\n"
        "百七十八个临时党支部。\n\n"
        "“不归我管”怎么管好？\n\n党员联手解难题\n\n"
        "白河新村的老人反映电不好用，供\n电部门说不归他们管。临时党支部\n"
        "把电工拉进党小组，难题很快解决。\n"
    )
    [art] = clean_page(story, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph", "subhead", "subhead", "paragraph"]


SECTION_PAIR = """\
本报讯 清水县组建临时党组织，把供
电、林业等部门的党员拉进同一个支
部，合力为易地搬迁群众解决难题。

两年前，八里湾村民张伟一家搬下山，
住进白河新村的新房。母亲和妻子身
患重病，儿女都在上学，日子只是能过。

清水县去年脱贫摘帽，临时党组织成
为巩固脱贫成果的抓手，各部门服务
群众更加主动。

部门之间怎么拧成一股绳？

临时党组织打通服务群众的堵点

清水县白河新村住着三百多户易地搬
迁户，从八里湾搬来的张伟的母亲说新房的电灯常灭，供电
所却说线路没有问题。

供电所所长加入党小组后，带着电工
挨家上门检修线路，还给搬迁户讲用
电知识，电灯再也不灭了。

如今张伟在村里的扶贫车间上班，每
月收入两千多元，一家人的日子越过
越红火。

港口集装箱吞吐量创新高

本报讯 记者李四报道 上半年，宁波
港口集装箱吞吐量再创新高，同比增
长百分之八。

港口集团新开两条远洋航线，分别通
往东南亚和中东地区。

集团负责人表示，下半年还将扩建码
头泊位，提升装卸效率。
"""


def test_a_section_heading_pair_summing_up_the_lead_stays_in_the_story() -> None:
    # the pair shares its words with the lead above, not with the text under it; but that
    # text goes on with the story (八里湾, 张伟, 白河新村): a section of it, not a new story
    # under the title of the story above
    first, port = clean_page(SECTION_PAIR, "p.txt").articles
    assert first.title is None
    assert [b.type for b in first.blocks].count("subhead") == 2
    assert port.title == "港口集装箱吞吐量创新高"
    # a line under a dash is a title's deck: the pair is a headline block, not a section's
    dashed = SECTION_PAIR.replace("\n临时党组织打通", "\n——临时党组织打通")
    assert len(clean_page(dashed, "p.txt").articles) == 3


TITLE_AFTER = """\
中国书法家协会第八次全国会员
代表大会昨日在京开幕，大会选
举产生了书法家协会新一届理事
会。

大会审议通过了书法家协会章程
修正案，明确了协会今后五年的
工作任务。

新当选的书法家协会主席表示，
协会将团结广大书法工作者，推
动书法事业繁荣发展。

书法家协会完成换届

7月20日下午，大学生暑期社
会实践活动在交通大学举行开幕
式，五十名大学生参加。

按照活动计划，这些大学生将进
入营业厅，进行为期二十多天的
实习。

实习期间，公司将按照企业标准
对大学生进行系统培训和规范管
理。

大学生暑期走进营业厅
"""


def test_a_line_naming_only_the_story_above_is_its_title_printed_after_it() -> None:
    # the text under it tells of other things: another story starts there
    first, second = clean_page(TITLE_AFTER, "p.txt").articles
    assert (first.title, len(first.blocks)) == ("书法家协会完成换届", 3)
    assert (second.title, len(second.blocks)) == ("大学生暑期走进营业厅", 3)


SECTIONS_IN_PAIRS = """\
本报讯 记者王明报道 近年来，
青山县发展特色产业，带动贫困群
众增收，全县特色产业年产值超过
十亿元。

栽种果树，成增收能手

“果子熟了，日子也甜了”

“今年苹果价高，能卖好价钱。”
六十岁的果农李大山喜上眉梢。他
种的十亩苹果今年丰收，果园收入
超过八万元。

青山县农业部门请来技术员，手把
手教果农剪枝、施肥，果园亩产提
高了三成。

开办民宿，促旅游兴旺

“游客来了，腰包也鼓了”

走进青山县石门村，一栋栋民宿依
山而建。村民张红梅把自家老屋改
成民宿，旺季每天接待游客二十多
人。

石门村已有民宿四十家，去年接待
游客五万人次，民宿收入两百多万
元。

建起工厂，家门口就业

“在家门口就能挣工资”

青山县引进服装企业建起扶贫车间
，村民王秀英在车间缝制衣服，每
月工资三千元。

目前，全县扶贫车间吸纳两千多名
村民就业，让村民在家门口挣上了
工资。

青山县特色产业带富一方
"""


def test_pairs_of_lines_heading_sections_built_alike_are_subheads() -> None:
    # each pair speaks only of the text under it; built alike (栽种果树，成增收能手 /
    # 开办民宿，促旅游兴旺 / 建起工厂，家门口就业), they head one story's sections
    [art] = clean_page(SECTIONS_IN_PAIRS, "p.txt").articles
    assert art.title == "青山县特色产业带富一方"
    assert [b.type for b in art.blocks].count("subhead") == 6


SUBHEAD_OF_ITS_OWN = """\
石门村苹果丰收

本报讯 记者王明报道 青山县石
门村村民李大山今年种了十亩苹果
，石门村的果园迎来丰收。

李大山说，石门村的苹果个大味甜
，收购商早早就上门订货，一斤能
卖五元钱。

在石门村，像李大山这样的苹果种
植户有一百多户，苹果成了村民增
收的主要来源。

网店打开销路

石门村村民在电商平台开起网店，
李大山种的苹果卖到了全国各地，
价格比过去高了两成。

石门村电商服务站负责人说，今年
石门村已有三十多户果农开了网店
，苹果销量翻了一番。

李大山打算明年再扩种五亩苹果，
还要在网店里卖石门村的核桃和蜂
蜜。

宁波港口集装箱
吞吐量创新高

本报讯 记者李四报道 上半年，
宁波港口集装箱吞吐量再创新高，
同比增长百分之八。

港口集团新开两条远洋航线，分别
通往东南亚和中东地区。

集团负责人表示，下半年还将扩建
码头泊位，提升装卸效率。

图书馆古籍修复
工程启动

本报讯 记者赵六报道 上周，市
图书馆启动古籍修复工程，首批善
本年底前向读者开放。

修复工程分三期进行，首期修复明
清刻本一百二十种。

修复完成的古籍将以数字化方式保
存，读者可在网站在线阅读。

全民健身运动会
本周末开幕

本报讯 记者钱七报道 本周末，
市体育中心将举办全民健身运动会
，设跑步、游泳等十个项目。

市民可通过公众号报名参加，所有
项目均免费。

运动会期间，体育中心游泳馆延长
开放时间至晚上十点。
"""


def test_a_heading_naming_only_its_section_over_more_of_the_story_is_a_subhead() -> None:
    # 网店打开销路 shares no word with the story above and one with the text under it, but
    # that text names the same village and grower (石门村, 李大山, 苹果): more of the story
    first, *others = clean_page(SUBHEAD_OF_ITS_OWN, "p.txt").articles
    assert first.title == "石门村苹果丰收"
    assert [b.type for b in first.blocks] == ["paragraph"] * 3 + ["subhead"] + ["paragraph"] * 3
    assert len(others) == 3


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


def test_a_label_is_set_like_the_label_of_a_two_part_subhead() -> None:
    from desktop.core.cleaning.s05_model import Piece, Segment
    from desktop.core.cleaning.s05_subject import set_like_its_subheads

    story = Segment(0, 0)
    story.pieces.append(Piece("subhead", "旷视研究院员工周而进： 让人工智能成为解决问题的日常工具"))
    assert set_like_its_subheads("佳格联合创始人顾竹：", story)
    assert not set_like_its_subheads("声智", story)


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


def test_the_first_of_a_series_of_headings_built_alike_is_a_subhead() -> None:
    # the first section heading shares no word with the intro above it, but its twins
    # further down show the series
    story = (
        "本报讯 广西大莫村“九分石头一分土”，\n到2015年全村贫困发生率仍高达\n八成。\n\n"
        "近些年，广西持续加大少数民族地区\n脱贫攻坚力度，改善基础设施。\n\n"
        "技术有人教，销售有保障\n\n"
        "大莫村请来养牛技术员，黄牛的销售\n也有了保障，陆金从家还养了羊。\n\n"
        "引来山泉水，用水不再愁\n\n"
        "拧开家中水龙头，不一会儿，村民就\n接满了一大桶清水。\n"
    )
    [art] = clean_page(story, "p.txt").articles
    assert [b.text for b in art.blocks if b.type == "subhead"] == [
        "技术有人教，销售有保障",
        "引来山泉水，用水不再愁",
    ]


def test_an_editors_closing_note_ends_the_story_and_titles_nothing() -> None:
    page = (
        BODY
        + "\n（本系列评论到此结束）\n\n蚕丝吐尽春未老\n\n"
        + "本报讯 她是红烛，燃烧自己，照亮\n莘莘学子。\n"
    )
    arts = clean_page(page, "p.txt").articles
    assert arts[0].blocks[-1].text.endswith("。（本系列评论到此结束）")
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


LABELLED_SECTIONS = """\
本报讯 记者王明报道 八月十八日至二十一日，
省委主要负责同志深入沿江各地考察，调研防汛救
灾和经济发展。

考察期间，省委主要负责同志强调，要统筹抓好防
汛救灾和经济社会发展各项工作。

黄河边，讲述防洪大堤的老故事

特殊之年，汛情牵动人心。考察第一天，他来到防
洪大堤，察看水情，看望受灾群众。

渭河畔，创新是跨越式发展的关键所在

渭河北岸，科技创新馆里人头攒动。他仔细察看创
新成果，勉励企业加大研发投入。

汉江口，在协同发展中找准自身定位

汉江口岸，货轮往来穿梭。他叮嘱当地干部，要在
区域协同发展中找准自身定位。
"""


def test_headings_opening_on_a_label_and_a_comma_are_a_series_of_subheads() -> None:
    # 黄河边，… / 渭河畔，… / 汉江口，…: the same build up to the comma, rests of any length
    [art] = clean_page(LABELLED_SECTIONS, "p.txt").articles
    assert [b.type for b in art.blocks].count("subhead") == 3
    assert art.byline == "记者王明"


SERIES_THEN_OTHER_STORY = """\
本报讯 记者王明报道 青山县石
门村村民李大山今年种了十亩苹果
，石门村的果园迎来丰收。

李大山说，石门村的苹果个大味甜
，收购商早早就上门订货，一斤能
卖五元钱。

果园来了技术员

县里的技术员常到石门村果园，教
李大山和果农们剪枝、施肥，苹果
亩产提高了三成。

技术员说，石门村的苹果品质好，
明年还要推广新品种。

网店打开了销路

石门村村民在电商平台开起网店，
李大山种的苹果卖到了全国各地，
价格比过去高了两成。

石门村电商服务站负责人说，今年
已有三十多户果农开了网店，苹果
销量翻了一番。

港口开通新航线

上半年，宁波港集装箱吞吐量再创
新高，同比增长百分之八，远洋航
线增至一百二十条。

港口集团负责人表示，下半年还将
扩建码头泊位，提升装卸效率，服
务外贸企业。

今年以来，宁波港新增东南亚和中
东航线十条，外贸集装箱吞吐量持
续增长。

石门村苹果丰收
"""


def test_a_line_set_like_the_storys_subheads_over_unrelated_text_heads_a_new_story() -> None:
    # 港口开通新航线 is built like 果园来了技术员 and 网店打开了销路, but the text under it
    # shares next to nothing with the story about the village: another story starts there
    first, second = clean_page(SERIES_THEN_OTHER_STORY, "p.txt").articles
    assert [b.type for b in first.blocks].count("subhead") == 2
    assert (second.title, len(second.blocks)) == ("港口开通新航线", 3)
