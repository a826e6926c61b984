"""A headline line inside a story in Chinese print: a subhead of it (one of a series set
alike, a heading that echoes the title or names only its section), or a title — of the next
story, when the text under it tells of other things, or of the story above, printed after
it.  Headers of several lines are in :mod:`tests.cleaning.test_print_section_headers`, and
headings set alike in :mod:`tests.cleaning.test_print_series`."""

from __future__ import annotations

import pytest

from desktop.core.cleaning import clean_page


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
    # a word of the title found by chance in the text under it (完成) changes nothing
    stray = TITLE_AFTER.replace("进行为期", "完成为期")
    first, second = clean_page(stray, "p.txt").articles
    assert (first.title, second.title) == ("书法家协会完成换届", "大学生暑期走进营业厅")


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


def test_a_headline_opening_on_a_decimal_number_heads_the_next_story() -> None:
    # 1.5亿… is no numbered section heading (1. …): a title over text on other things
    page = TITLE_AFTER.replace("书法家协会完成换届\n", "1.5亿元建成大学生实践基地\n")
    first, second = clean_page(page, "p.txt").articles
    assert len(first.blocks) == 3
    assert second.blocks[0].text.startswith("7月20日下午")


SCENE_THEN_SECTION = """\
本报讯 记者赵霞报道 酷暑袭人，而
日系手机企业在中国市场的日子却并
不好过，多家日系手机企业销量下滑，
有的已经退出了中国市场。

在日系手机企业举步维艰之际，松下
却在中国市场高调亮相，推出了三大
系列共七款手机。松下中国公司总经
理表示，能达到百分之五的占有率就
满意了。

强调功能创新

其实，日系手机也曾诞生数款经典机
型。松下总经理之所以对此次推出的
新品充满信心，是因为这些手机在功
能上的提升，迎合了中国消费者对手
机的新需求。

业内人士认为，日系手机企业要在中
国市场站稳脚跟，还要在价格和渠道
上下功夫，松下能否扳回颓势，还要
看市场的检验。
"""


def test_a_heading_named_by_a_word_under_it_over_more_of_the_story_is_a_subhead() -> None:
    # 强调功能创新 shares no word with the lead above and just one (功能) with the text under
    # it: too little to name a new story, and that text goes on with the story (日系手机,
    # 松下, 中国市场) as much as its paragraphs usually do
    [art] = clean_page(SCENE_THEN_SECTION, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph", "paragraph", "subhead"] + ["paragraph"] * 2


LITTLE_SHARED = """\
今夜流星雨迎来最佳观测时机

“这是今年最值得推荐观测的流星雨。”北京
天文馆馆长前日表示，今夜英仙座流星雨将
迎来极大，每小时可见流星数十颗。

据国际流星组织估计，今年英仙座流星雨的
高峰期将在今晚九时前后，天文馆专家说，
我国正好处在最佳观测区域。

天文馆专家提醒，观测英仙座流星雨最好远
离城市灯光，选择视野开阔的郊外，躺在地
上仰望星空，观测流星雨不需要望远镜。

但专家也表示，夏天天气多变，今夜何地适
合观测，还需根据最新的天气预报来判断，
北京地区总会有晴朗的地方可看到星空。

北京老人坐在地上苦等失主

昨日上午，家住北京城东的李大爷在公交站台捡
到一个黑色钱包，里面有现金两千多元和几
张银行卡，还有一张身份证。

李大爷没有离开，而是坐在地上等失主回
来找。两个小时过去了，失主仍然没有出现，
李大爷只好把钱包送到了附近的派出所。

民警根据身份证联系上了失主王先生。王先
生赶到派出所后连声道谢，要拿出五百元酬
谢李大爷，被老人婉言谢绝。
"""


# the same page, its first story's paragraphs sharing fewer words among themselves: the
# text under the headline shares more than half of what they usually do
LITTLE_SHARED_LOOSER = """\
今夜流星雨迎来最佳观测时机

“这是今年最值得推荐观测的流星雨。”北京
天文馆馆长前日表示，今夜英仙座流星雨将
迎来极大，每小时可见流星数十颗。

据国际流星组织估计，今年英仙座流星雨的
高峰期将在今晚九时前后，我国正好处在最
佳观测区域，各地都有机会一饱眼福。

天文馆专家提醒，观测流星雨最好远离城市
灯光，选择视野开阔的郊外，躺在地上仰望
星空，不需要望远镜等任何设备。

但专家也表示，夏天天气多变，今夜何地适
合观测，还需根据最新的天气预报来判断，
北京地区总会有晴朗的地方可看到星空。

北京老人坐在地上苦等失主

昨日上午，家住北京城东的李大爷在公交站台捡
到一个黑色钱包，里面有现金两千多元和几
张银行卡，还有一张身份证。

李大爷没有离开，而是坐在地上等失主回
来找。两个小时过去了，失主仍然没有出现，
李大爷只好把钱包送到了附近的派出所。

民警根据身份证联系上了失主王先生。王先
生赶到派出所后连声道谢，要拿出五百元酬
谢李大爷，被老人婉言谢绝。
"""


@pytest.mark.parametrize("page", [LITTLE_SHARED, LITTLE_SHARED_LOOSER])
def test_text_sharing_less_than_any_section_does_under_a_headline_is_a_new_story(
    page: str,
) -> None:
    # the headline shares two words with the story above (北京, 地上) and the text under
    # it a few everyday ones (昨日, 北京): more than the page's own measure alone would
    # call no sharing, but less than any story's section shares with its story
    meteors, wallet = clean_page(page, "p.txt").articles
    assert len(meteors.blocks) == 4
    assert wallet.title == "北京老人坐在地上苦等失主"
    assert wallet.blocks[0].text.startswith("昨日上午")


# the same, the new story's lead a sentence long, its first section under a subhead
SHORT_LEAD_UNDER_HEADLINE = """\
今夜流星雨迎来最佳观测时机

“这是今年最值得推荐观测的流星雨。”北京
天文馆馆长前日表示，今夜英仙座流星雨将
迎来极大，每小时可见流星数十颗。

据国际流星组织估计，今年英仙座流星雨的
高峰期将在今晚九时前后，我国正好处在最
佳观测区域，各地都有机会一饱眼福。

天文馆专家提醒，观测流星雨最好远离城市
灯光，选择视野开阔的郊外，躺在地上仰望
星空，不需要望远镜等任何设备。

但专家也表示，夏天天气多变，今夜何地适
合观测，还需根据最新的天气预报来判断，
北京地区总会有晴朗的地方可看到星空。

北京老人坐在地上苦等失主

昨日上午，家住城东的李大爷在公交站台捡
到一个黑色钱包。

钱包里有现金两千多元

钱包里除了现金，还有几张银行卡和一张身
份证，李大爷担心失主着急，决定原地等候。

李大爷没有离开，而是坐在地上等失主回
来找。两个小时过去了，失主仍然没有出现，
李大爷只好把钱包送到了附近的派出所。

民警根据身份证联系上了失主王先生。王先
生赶到派出所后连声道谢，要拿出五百元酬
谢李大爷，被老人婉言谢绝。
"""


def test_the_text_under_a_headline_is_read_on_past_a_short_lead_and_a_subhead() -> None:
    # the lead alone is too short to tell what it shares with the story above: the text
    # is read on past the next subhead, as far as a brief's worth
    meteors, wallet = clean_page(SHORT_LEAD_UNDER_HEADLINE, "p.txt").articles
    assert len(meteors.blocks) == 4
    assert wallet.title == "北京老人坐在地上苦等失主"
    assert [b.type for b in wallet.blocks][:3] == ["paragraph", "subhead", "paragraph"]


def test_a_headline_bearing_its_columns_name_is_no_subhead() -> None:
    # set like the story's question subheads, it names a column: a story's title
    text = (
        "本报讯 记者张三报道 社区食堂开到了家\n门口，老人们吃上了热乎饭。\n\n"
        "场地点位如何选？\n\n"
        "社区把闲置用房改成食堂，选址靠近老人\n集中居住的小区，步行十分钟就能到。\n\n"
        "收支不平衡如何解？\n\n"
        "食堂引入社会力量运营，政府给予补贴，\n老人用餐享受优惠，食堂也能持平。\n\n"
        "雾凇奇观是怎么形成的？（自然讲堂）\n\n"
        "“琼敷缀叶齐如剪，瑞树开花不待春。”\n每到冬季，北方的雾凇引来游客观赏。\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert [b.type for b in first.blocks].count("subhead") == 2
    assert second.title == "雾凇奇观是怎么形成的？（自然讲堂）"


def test_a_new_storys_opening_over_its_first_section_heading_goes_with_it() -> None:
    # titles printed after their stories (and one over its own): the paragraph over the
    # heading shares nothing with the story above and much with the text under it — the
    # next story's opening, whose first section the heading heads
    text = (
        "教育部加快推进就业能力提升“双千”计划\n\n"
        "本报北京7月2日电 （记者吴明）2日，记者从教育部获悉：教育部加快推进就业能力\n"
        "提升“双千”计划，面向高校毕业生开设微专业和职业能力培训课程。\n\n"
        "目前，国家智慧教育平台已遴选一千余门微专业课程和职业能力培训课程，供高校毕业\n"
        "生免费学习，帮助毕业生提升就业能力。\n\n"
        "据介绍，教育部部署实施“双千”计划以来，全国高校开设微专业课程一千个，\n"
        "职业能力培训课程一千个，助力毕业生找准职业方向。\n\n"
        "近年来，针对农村高额彩礼问题，各地持续发力、综合施治，引导农村青年树立正\n"
        "确的婚恋观，培育简约文明的婚俗文化，农村高额彩礼治理取得明显成效。\n\n"
        "党员干部带头示范树新风\n\n"
        "“他们小两口用实际行动践行婚俗新风，树了好榜样！”镇党委副书记王军专程来\n"
        "到村民黄会元家中，颁发全镇首张“农村婚俗新风光荣证”。\n\n"
        "作为一名老党员，黄会元从女儿女婿商量婚事起，就主动提出不要高额彩礼，\n"
        "带头践行婚俗新风，在村里赢得了赞誉。\n\n"
        "建章立制画下“硬杠杠”\n\n"
        "各地把治理高额彩礼纳入村规民约，为农村婚俗立下规矩，彩礼金额较治理前\n"
        "明显下降，婚俗新风在农村蔚然成风。\n\n"
        "（本报记者 张贺）\n\n"
        "治理农村高额彩礼、推进移风易俗成效明显\n\n"
        "为爱情“减负” 为幸福“加分”\n"
    )
    first, second = clean_page(text, "p.txt").articles
    assert len(first.blocks) == 3
    assert second.blocks[0].text.startswith("近年来，")
    assert [b.text for b in second.blocks if b.type == "subhead"] == [
        "党员干部带头示范树新风",
        "建章立制画下“硬杠杠”",
    ]
