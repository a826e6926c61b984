"""A headline line inside a story in Chinese print: a subhead of it (one of a series set
alike, a section's heading and the line under it, a heading that echoes the title or names
only its section), or a title — of the next story, when the text under it tells of other
things, or of the story above, printed after it."""

from __future__ import annotations

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
    # a word of the title found by chance in the text under it (完成) changes nothing
    stray = TITLE_AFTER.replace("进行为期", "完成为期")
    first, second = clean_page(stray, "p.txt").articles
    assert (first.title, second.title) == ("书法家协会完成换届", "大学生暑期走进营业厅")


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


def test_a_label_is_set_like_the_label_of_a_two_part_subhead() -> None:
    from desktop.core.cleaning.s05_likeness import set_like_its_subheads
    from desktop.core.cleaning.s05_model import Piece, Segment

    story = Segment(0, 0)
    story.pieces.append(Piece("subhead", "旷视研究院员工周而进： 让人工智能成为解决问题的日常工具"))
    assert set_like_its_subheads("佳格联合创始人顾竹：", story)
    assert not set_like_its_subheads("声智", story)


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


TITLES_BETWEEN = """\
本报讯 记者王平报道 从本月起，全城
的公交线路陆续换上电动公交车，市
民出行更安静，空气也更清新。

公交公司负责人介绍，首批三百辆电
动公交车已经投入运营，其余车辆年
底前全部更换。

电动公交夜间充电

为保障电动公交车充电，全市在公交
场站新建了两百多个充电桩，夜间集
中充电，白天正常运营。

公交公司负责人表示，今后全市还将
新建更多的充电场站，方便市民出行。

全城公交换上电动车

老街区里开起社区书屋

在城南的老街区，一间社区书屋近日
开门迎客，书架上摆满了两千多册图
书，全市市民都可以免费借阅。

书屋负责人介绍，社区书屋由一间闲
置的老房子改建而成，街坊们捐出了
家中的旧书，志愿者轮流值班。

每到周末，老街区的孩子们都会来书
屋读书，不少老人也成了这里的常客。
"""


def test_a_title_printed_after_its_story_over_the_next_storys_title_is_no_pair() -> None:
    # two headlines stacked between stories: the upper names the story above (公交, 电动),
    # the lower the text under it (社区书屋, 老街区) — two titles, not a section's two-line
    # heading, even in a story that has subheads set like them
    bus, books = clean_page(TITLES_BETWEEN, "p.txt").articles
    assert bus.title == "全城公交换上电动车"
    assert [b.type for b in bus.blocks].count("subhead") == 1
    assert books.title == "老街区里开起社区书屋"
    assert books.blocks[0].text.startswith("在城南的老街区")
    # an upper line ending in a colon leads into what follows: it names nothing above
    led = TITLES_BETWEEN.replace("全城公交换上电动车", "全城公交换上电动车：")
    assert len(clean_page(led, "p.txt").articles) == 1


LABELLED_SECTIONS_IN_BRACKETS = """\
本报讯 记者周明报道 入冬以来，北
方多地出现大范围降雪降温天气。寒
潮从何而来？今冬是否偏冷？气象专
家近日接受了记者采访。

国家气候中心专家介绍，这次寒潮影
响范围广、降温幅度大，北方部分地
区气温下降超过十摄氏度，多地出现
降雪天气，冷空气影响将持续数日。

【寒潮成因】

北极冷空气南下势力强

专家说，今年北极地区冷空气积聚较
多，在高空气流的引导下，冷空气一
路南下，造成北方多地寒潮天气，部
分地区气温创下入冬以来新低。

冷空气南下时与暖湿空气交汇，北方
多地出现降雪，部分地区积雪较深，
专家说，降雪天气还将持续两三天，
寒潮过后气温将缓慢回升。

【今冬趋势】

气温总体接近常年略偏低

专家预计，今冬全国大部地区气温接
近常年同期，北方部分地区略偏低，
冷空气活动较为频繁，寒潮天气偏多，
北方多地降雪也将多于常年。

专家提醒，寒潮天气期间，北方多地
群众要注意防寒保暖，出行注意交通
安全，及时关注天气预报，合理安排
出行，防范降雪降温带来的不利影响。

【防范提示】

做好防寒保暖和交通安全

专家提醒，寒潮来临时，北方多地降
雪结冰，群众出行要注意交通安全。
"""


def test_bracketed_labels_each_over_a_heading_are_the_storys_sections() -> None:
    # 【寒潮成因】 / heading / text … 【今冬趋势】 / heading / text: one story in sections
    [story] = clean_page(LABELLED_SECTIONS_IN_BRACKETS, "p.txt").articles
    assert [b.text for b in story.blocks if b.type == "subhead"] == [
        "【寒潮成因】",
        "北极冷空气南下势力强",
        "【今冬趋势】",
        "气温总体接近常年略偏低",
        "【防范提示】",
        "做好防寒保暖和交通安全",
    ]


def test_bracketed_column_labels_over_stories_on_other_things_head_stories() -> None:
    lead = LABELLED_SECTIONS_IN_BRACKETS.split("【寒潮成因】")[0]
    page = lead + (
        "【城市新闻】\n\n地铁三号线今天开通\n\n"
        "今天上午，地铁三号线正式开通运营，\n全线设车站二十座，连接城东新区和\n"
        "老城区，乘客从新区到老城区只需要\n半个小时，比坐公交车节省一半时间。\n\n"
        "【城市新闻】\n\n滨江公园改造完工\n\n"
        "经过一年的改造，滨江公园近日重新\n开放，园内新修了步道和儿童游乐场，\n"
        "种下各类花木上万株，成为附近居民\n休闲健身的好去处，周末游人如织。\n"
    )
    weather, metro, park = clean_page(page, "p.txt").articles
    assert (metro.title, park.title) == ("地铁三号线今天开通", "滨江公园改造完工")
    assert weather.title is None and len(weather.blocks) == 2


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


LABEL_OVER_TWO_LINE_HEADING = """\
本报讯 记者彭博报道 春节期间，
海岛渔村海鲜排档欺客宰客的事件
引起广泛关注，工商部门决定依法吊
销这家海鲜排档的营业执照。

记者从市物价局了解到，海鲜排档实
行最高限价，但游客表示看不懂海鲜
最高限价的计算公式，觉得海鲜排档
的价格还是太高。

一位来自北京的游客说，过年带着
家人出来旅游，本想好好放松几天，
没想到吃一顿饭就花了好几千元。

记者调查

排档海鲜价

基本顶格标示

2月4日上午，记者在一家海鲜排档看
到，芒果贝每斤114元，青花蟹每斤
209元，海鲜排档的价格几乎与最高限
价相差无几，游客直呼吃不起海鲜。

随后，记者又来到另外几家海鲜排档，
海鲜的标价也都和最高限价差不多，
有的海鲜排档甚至没有明码标价。
"""


def test_a_short_label_over_a_heading_in_two_short_lines_heads_a_section() -> None:
    # 记者调查 / 排档海鲜价 / 基本顶格标示: a section's header, the text under it goes on
    # with the story (海鲜排档, 最高限价)
    [story] = clean_page(LABEL_OVER_TWO_LINE_HEADING, "p.txt").articles
    assert [b.text for b in story.blocks if b.type == "subhead"] == [
        "记者调查",
        "排档海鲜价",
        "基本顶格标示",
    ]
    # a column's label over a title and its long deck heads a story of its own
    block = "记者调查\n\n排档海鲜价\n\n海鲜排档的标价几乎都与最高限价相差无几\n"
    page = LABEL_OVER_TWO_LINE_HEADING.replace("记者调查\n\n排档海鲜价\n\n基本顶格标示\n", block)
    assert len(clean_page(page, "p.txt").articles) == 2
