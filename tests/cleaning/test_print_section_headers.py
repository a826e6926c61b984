"""Headers of several lines inside a story in Chinese print: a section's heading with the
line under it that says what the section tells, a series of such pairs built alike, a label
in lenticular brackets over a heading (``【动力来源】`` / …), a short label over a heading cut
in two lines, a header opening on an hour — and, against them, two titles stacked between
two stories (the one above's, printed after it, over the next one's)."""

from __future__ import annotations

from desktop.core.cleaning import clean_page


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


QUESTIONS_IN_PAIRS = """\
本报讯 记者王明报道 今年以来，
青山县围绕群众急难愁盼，办好一
批民生实事，居民的日子越过越舒
心。

如何让居民住得好？

改造老旧小区，加装电梯方便出行

城东小区建成三十多年，楼道昏暗
，管线老化。改造后，小区装上了
电梯，老人上下楼再也不用发愁。

如何让老人吃得好？

开办社区食堂，一日三餐有着落

社区食堂每天供应三餐，荤素搭配
，价格实惠，八十岁以上老人用餐
还能享受补贴，每月都有新菜品。

如何让孩子玩得开心？

修建滑梯沙坑，周末去处多起来

滑梯、秋千、沙坑一应俱全，每到
周末，孩子们在这里追逐嬉戏，欢
声笑语传遍了整个街区。

青山县办好民生实事
"""


def test_a_question_over_a_line_set_as_the_storys_pairs_are_is_one_more_pair() -> None:
    # the story's sections each open on a question over the line saying what they tell:
    # one more such pair heads one more section, whatever its words
    [art] = clean_page(QUESTIONS_IN_PAIRS, "p.txt").articles
    assert art.title == "青山县办好民生实事"
    assert [b.type for b in art.blocks].count("subhead") == 6


LABELS_IN_PAIRS = """\
本报讯 记者王明报道 今年以来，
青山县围绕群众急难愁盼，办好一
批民生实事，住房改造、社区食堂
、儿童乐园，件件办到了居民心坎
上。记者进行了采访。

住房改造

拆除违建加装电梯，老旧小区旧貌换新颜

城东小区建成三十多年，楼道昏暗
，管线老化。改造后，小区装上了
电梯，老人上下楼再也不用发愁。

社区食堂

一日三餐荤素搭配，高龄老人用餐享受补贴

社区食堂每天供应三餐，荤素搭配
，价格实惠，八十岁以上老人用餐
还能享受补贴，每月都有新菜品。

儿童乐园

滑梯秋千沙坑一应俱全，周末去处多起来

滑梯、秋千、沙坑一应俱全，每到
周末，孩子们在这里追逐嬉戏，欢
声笑语传遍了整个街区。

青山县办好民生实事
"""


def test_tiny_labels_each_over_a_longer_heading_are_the_storys_sections() -> None:
    # each section opens on a label of a few characters over a heading saying what it
    # tells: a series of pairs built alike, however short the label, and though the lead
    # names the labels (as a title printed after its story names that story)
    [art] = clean_page(LABELS_IN_PAIRS, "p.txt").articles
    assert art.title == "青山县办好民生实事"
    assert [b.type for b in art.blocks].count("subhead") == 6


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


def test_a_labelled_part_over_a_heading_goes_on_with_a_story_told_in_labelled_parts() -> None:
    # the story's paragraphs open on their labels (【事件】…): one more label over a line
    # and text is its next part, even alone, not a column's label over another story
    page = (
        "小区门口的路灯亮了（民生观察）\n\n王晓春\n\n"
        "【事件】小区门口的路灯坏了半年，居\n民多次反映无人理睬。社区干部得知\n"
        "后，当天就联系了供电部门。\n\n【点评】\n\n一盏路灯，为何让居民念念不忘？\n\n"
        "路灯虽小，照亮的却是民心。社区干\n部把居民的小事当大事，居民自然\n"
        "就会把社区当成自己的家。\n"
    )
    [story] = clean_page(page, "p.txt").articles
    assert story.title == "小区门口的路灯亮了（民生观察）"
    assert [b.text[:4] for b in story.blocks] == ["【事件】", "【点评】", "一盏路灯", "路灯虽小"]


def test_headings_each_opening_on_a_label_are_the_storys_sections() -> None:
    # 【记者核实】… between paragraphs, and 【部门回应】… further down: the story's
    # sections, though one label with a headline after it heads a story of its own
    page = (
        "谁在路边倾倒建筑垃圾\n\n昨日，市民来电称，城东花园路的一条\n"
        "非机动车道上堆了一大堆建筑垃圾，一\n直无人清理，影响车辆通行。\n\n"
        "【记者核实】垃圾占了大半车道\n\n"
        "记者来到现场，看到路边堆着一米多高\n的建筑垃圾，骑车的市民只能绕行。\n\n"
        "【部门回应】马上派人清扫\n\n"
        "随后，记者拨通市政热线，工作人员表\n示马上派人清扫，半小时后清理完毕。\n"
    )
    [story] = clean_page(page, "p.txt").articles
    assert story.title == "谁在路边倾倒建筑垃圾"
    assert [b.text for b in story.blocks if b.type == "subhead"] == [
        "【记者核实】垃圾占了大半车道",
        "【部门回应】马上派人清扫",
    ]


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
