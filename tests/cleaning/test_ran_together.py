"""Stories that ran together with nothing on the page to mark the seam, found with
``relay.py --source cpp`` and real news laid out by ``relay.py --source FILE.json``: a
headline left over, two bylines in one body, a title printed apart from its story."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s05_model import Piece
from desktop.core.cleaning.s05_split import seams

RAN_TOGETHER = """\
本报讯 记者张三报道 上周，市
图书馆启动古籍修复工程，首批
修复的善本将在年底前向读者开
放。

图书馆古籍部负责人介绍，修复
工程分三期进行，首期修复明清
刻本一百二十种。

修复完成的古籍将以数字化方式
保存，读者可在图书馆网站在线
阅读。

港口集团昨日宣布新开两条集装
箱航线，分别通往东南亚和中东
地区。

集团负责人表示，新航线开通后，
港口年吞吐量有望突破一千万标
准箱。

港口集团新开两条集装箱航线

本报讯 记者李四报道 本周末，
市体育中心将举办全民健身运动
会，设跑步、游泳等十个项目。

市民可通过体育中心公众号报名
参加，所有项目均免费。

全民健身运动会周末开幕

图书馆启动古籍修复工程
"""


def test_a_leftover_headline_splits_two_stories_that_ran_together() -> None:
    """Nothing marks where the port story begins, but a headline is left over that fits
    the library story, while the title printed after the port story fits the rest."""
    arts = clean_page(RAN_TOGETHER, "p.txt").articles
    assert [a.title for a in arts] == [
        "图书馆启动古籍修复工程",
        "港口集团新开两条集装箱航线",
        "全民健身运动会周末开幕",
    ]
    assert [a.byline for a in arts] == ["记者张三", None, "记者李四"]
    assert arts[1].blocks[0].text.startswith("港口集团昨日宣布")


TITLE_AT_THE_SEAM = """\
本报讯 记者张三报道 清晨七点，
城西老街的早点铺刚刚开门，几
位老人已经在门口排起长队，热
气腾腾的包子和豆浆是这条街上
几十年不变的味道，也是许多老
街坊一天的开始。

修复师介绍，古籍修复讲究修旧
如旧，每一页都要经过清洗、补
洞、压平等十多道工序。

此外，修复工程得到出版集团资
助，馆方还邀请市民参观修复室。

港口集团新航线

港口集团昨日宣布新开两条集装
箱航线，分别通往东南亚和中东
地区。

集团负责人表示，新航线开通后，
港口年吞吐量有望突破一千万标
准箱。

（通讯员李四）

图书馆启动古籍修复工程
"""


def test_two_bylines_cut_at_the_one_line_that_heads_what_follows() -> None:
    """A lead-in names one reporter and a closing credit another: two stories ran
    together.  The cut falls at the one headline-shaped line whose words are those of
    the paragraph under it (a common word above does not matter), not after a lead
    paragraph that shares few words with the rest of its story."""
    arts = clean_page(TITLE_AT_THE_SEAM, "p.txt").articles
    assert [(a.title, a.byline) for a in arts] == [
        ("图书馆启动古籍修复工程", "记者张三"),
        ("港口集团新航线", "通讯员李四"),
    ]
    assert [len(a.blocks) for a in arts] == [3, 2]


TITLES_COLLECTED = """\
本报讯 记者张三报道 上周，市
图书馆启动古籍修复工程，首批
修复的善本将在年底前向读者开
放。

修复师介绍，古籍修复讲究修旧
如旧，每一页都要经过清洗、补
洞、压平等十多道工序。

图书馆还将开设古籍保护讲座，
向读者普及善本知识，讲座每月
举办一次，读者可以免费参加。

市博物馆的青铜器修复室昨日首
次向公众开放，市民可以隔着玻
璃观看修复师工作。

博物馆负责人说，青铜器修复周
期长，一件器物往往要修复一年
以上。

（通讯员李四）

图书馆启动古籍修复工程

博物馆青铜器修复室开放
"""

FLAT_WORDS = """\
本报讯 记者张三报道 清晨七点，
城西老街的早点铺刚刚开门，几
位老人已经在门口排起长队。

今年夏天雨水偏多，郊外水库蓄
水充足，农田灌溉不成问题，瓜
果长势喜人。

此外，少年宫暑期开设围棋、书
法和游泳课程，报名人数比去年
翻了一番。

港口集团昨日宣布新开两条集装
箱航线，分别通往东南亚和中东
地区。

一位出租车司机告诉记者，他开
车二十年，最难忘的是雪夜送产
妇去医院。

（通讯员李四）

港口集团新开两条航线
"""


def test_two_bylines_cut_where_the_words_change_and_where_a_headline_begins() -> None:
    """Two stories ran together, both titles collected at the page's end.  The cut falls
    where the words change most; when they never change much (unrelated sentences
    throughout), the headline printed apart that speaks of a paragraph puts it there."""
    arts = clean_page(TITLES_COLLECTED, "p.txt").articles
    assert [(a.title, a.byline) for a in arts] == [
        ("图书馆启动古籍修复工程", "记者张三"),
        ("博物馆青铜器修复室开放", "通讯员李四"),
    ]
    assert [len(a.blocks) for a in arts] == [3, 2]
    arts = clean_page(FLAT_WORDS, "p.txt").articles
    assert [(a.title, a.byline) for a in arts] == [
        (None, "记者张三"),
        ("港口集团新开两条航线", "通讯员李四"),
    ]
    assert [len(a.blocks) for a in arts] == [3, 2]


SCENE_OPENING = """\
货物砸中司机 交警送医救治

8月28日，高速交警一支队接到一名司机
求助称，他被自己运载的货物砸伤背部，
交警很快赶到现场，将受伤司机送医救治。

交警提醒货车司机，出发前一定要将货物
捆扎牢靠，行驶途中也要对货物进行检查。

锣鼓声响起，扮演杨延昭的连永圣迈步走
上戏台开唱，赢得阵阵鼓掌叫好。

“我每周都来，带点干粮就能从下午看到
晚上。”戏台下，两百多把椅子坐满了人。

大田县有十九个乡村剧团坚持在田间地头
演出，县里建起戏曲文化园，邀请剧团每
周轮流到城里展演。

乡村剧团演到城里去
"""


def test_a_leftover_headline_not_named_by_its_lead_cuts_where_the_words_change() -> None:
    """The theatre story opens on a scene its headline does not name; its later
    paragraphs do, and the words change most where it begins."""
    arts = clean_page(SCENE_OPENING, "p.txt").articles
    assert [a.title for a in arts] == ["货物砸中司机 交警送医救治", "乡村剧团演到城里去"]
    assert arts[1].blocks[0].text.startswith("锣鼓声响起")


TITLES_BOTH_SIDES = """\
肝胆“火线”操刀60年

他，是中国肝脏外科主要创始人；

他，是国际肝癌研究重要开拓者；

他，手中一把刀，游刃肝胆，异常精准；

他说，只要做得动手术，就会一直做下去，如果
真的有一天倒在手术台上，那也许就是最大的幸福。

多年来，常常听闻吴老还在为病人做手术，有时
一天就要做两三台，总觉得不可思议，心里一直
盼着能跟随吴老走进手术室，一睹“吴氏刀法”。

9月27日上午，长宁“职工代表工作站”的4名职
工代表与区总工会负责人座谈，职工代表工作站
正式成立，他们将重点关注职工群众的诉求，并
通过各种形式反馈至相关部门。

长宁“职工代表工作站”成立
"""


def test_a_title_above_and_a_title_below_one_body_are_two_stories() -> None:
    """The portrait's title is printed right above it; the brief after it has its title
    printed under it.  Where the first title stands says it heads the top."""
    arts = clean_page(TITLES_BOTH_SIDES, "p.txt").articles
    assert [a.title for a in arts] == ["肝胆“火线”操刀60年", "长宁“职工代表工作站”成立"]
    assert arts[1].blocks[0].text.startswith("9月27日上午")


def test_a_paragraph_that_refers_back_is_no_seam() -> None:
    """A story cannot open on a reference to what came before (``此外，…``, ``…介绍，此次
    培训…``): no cut is made in front of such a paragraph."""
    paras = [
        "日前，金华市总工会在职工学校举办新就业形态女职工插花培训。",
        "金华市总工会党组成员、副主席李蓓介绍，此次培训拉开了维权服务月的序幕。",
        "此外，市总工会还将推出三大行动。",
        "接下来，将推出“法治护航”“健康巡航”等三大行动。",
        "从抢占移动互联网先机到电商直播蓬勃发展，杭州一次次站在了时代的风口。",
        # a story opening on a quotation goes on with what it was (这是…)
        "“太方便了，在单位就能做全套体检。”参加完体检的吴师傅说。",
        "这是近段时间以来，市总工会为非公企业职工开展的第三次免费体检。",
        # … and so does one saying what else was done that day
        "当天共为村民送去春联六百余副、福字三百余张。",
    ]
    pieces = [Piece("paragraph", t) for t in paras]
    assert [k for k, _ in seams(pieces)] == [4, 5]


RUN_ON = """\
本报讯 本报记者许立群报道 天灰
蒙蒙的，飘洒的雨丝更添了几分凉
意。不过，对长跑选手来说，这种
氛围恰到好处。

起先，男子10000米决赛并没引起
人们的注意。观众的目光都聚焦在
女子撑杆跳高的场地上。

近日，湖北高速交警宜昌大队民警
在巡查时发现一行驶中的半挂车后
部铁板摇摇欲坠，随时可能掉落。

民警立即将货车拦停，司机却称不
停车是为了“安全”，民警对其进行
了批评教育并责令整改铁板。

货车后部铁板摇摇欲坠
司机：不停车是为了“安全”

“要为男儿争口气”
"""


def test_a_title_naming_only_the_text_after_a_seam_leaves_the_text_before() -> None:
    # the truck story's title names its lead and nothing of the race above it, the two
    # share no words, and a headline is left over: two stories, each with its title
    first, second = clean_page(RUN_ON, "p.txt").articles
    assert first.title == "“要为男儿争口气”" and first.byline == "本报记者许立群"
    assert [b.text[:4] for b in first.blocks] == ["天灰蒙蒙", "起先，男"]
    assert second.title == "货车后部铁板摇摇欲坠"
    assert second.subtitle == "司机：不停车是为了“安全”"
    assert second.blocks[0].text.startswith("近日，湖北高速交警")
    # with no headline left over, the page shows no missing title: one story
    [one] = clean_page(RUN_ON.replace("\n“要为男儿争口气”\n", ""), "p.txt").articles
    assert len(one.blocks) == 4


CROSSED = """\
昨日晚上，市民王先生在一家自助银
行取钱，发现柜员机里插着一张别人
忘记取走的银行卡，卡里还有一万元。

王先生没有犹豫，当即拨打电话报警。
民警赶到后，王先生把银行卡交给民
警，请民警一定要找到失主。

昨日下午，失主李女士来到派出所领
回银行卡，她说：“太感谢王先生了，
市民的好心让我很感动。”

近年来，社区书屋受到市民欢迎。昨
日，记者走访了市内几家社区书屋，
发现前来看书的市民络绎不绝。

家住城南的李女士说，她每个周末都
带孩子来社区书屋，“这里的图书很
多，孩子在这里看书很安静。”

记者发现，社区书屋的图书大多由市
民捐赠，志愿者轮流值班，书屋晚上
也开门，方便下班的市民前来看书。

拾金不昧好心人

本报讯 今年以来，全市新建口袋公园
三十个，园内种下各类花木上万株，
成为附近居民休闲健身的好去处。

口袋公园建在家门口

社区书屋里书香浓
"""


def test_a_title_naming_only_the_text_after_and_a_leftover_only_the_text_before_cross() -> None:
    # the two stories share everyday words (昨日, 市民, 李女士), so the seam is no plain
    # change of subject; but the book story's title names nothing before it, and the
    # headline left over names the text before (好心) and nothing after: two stories
    atm, books, parks = clean_page(CROSSED, "p.txt").articles
    assert atm.title == "拾金不昧好心人"
    assert [b.text[:4] for b in atm.blocks] == ["昨日晚上", "王先生没", "昨日下午"]
    assert books.title == "社区书屋里书香浓"
    assert books.blocks[0].text.startswith("近年来，社区书屋")
    assert parks.title == "口袋公园建在家门口"


CROSS_ON_FEW_WORDS = """\
机器人走进中学课堂

一年前，一台下棋机器人战胜了人
类的围棋冠军，人工智能从此成为
教育界议论最多的话题之一。

“人工智能时代到来了，学校该教
什么？”在昨天的教育论坛上，几
位大学校长给出了各自的回答。

一位校长认为，今后的学生要学会
终身学习，课堂上要多教提问的方
法，少教背诵的内容。

另一位校长说，人工智能可以替学
生批改作业，老师省下的时间要用
来和学生谈心。

昨晚，在城东一家自助银行里，刘
老师站在取款机前犯了愁：他还没
有把卡放进去，它就吐出了一沓
百元大钞，足有一万元。

刘老师没有把钱拿走，而是拨打了
110。民警赶到后查明，这是前一
位顾客忘记取走的现金。

今天下午，失主张女士来到派出所
领回了现金，她说：“太感谢刘老
师了！”

市民未插卡取款机吐出一万元 不受诱惑忙报警

本报讯 （记者王五）今年以来，全
市新建口袋公园三十个，园内种下
各类花木上万株。

口袋公园建在家门口
"""


def test_a_leftover_naming_few_words_of_its_side_cuts_a_clean_cross() -> None:
    # the headline left over shares only a few words with the ATM story (报警 is not
    # there: 110), too few to cut on their own; but it names nothing of the school story,
    # whose title names nothing of the ATM story: each headline has its own side
    school, atm, parks = clean_page(CROSS_ON_FEW_WORDS, "p.txt").articles
    assert school.title == "机器人走进中学课堂"
    assert len(school.blocks) == 4
    assert atm.title == "市民未插卡取款机吐出一万元 不受诱惑忙报警"
    assert atm.blocks[0].text.startswith("昨晚，在城东")
    assert parks.title == "口袋公园建在家门口"
