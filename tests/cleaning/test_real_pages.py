"""Cues found with real news laid out by ``relay.py --source FILE.json`` (人民日报 of 2025–26
and the labour and local press): section headings in pairs, a cry closing an editorial, a
dateline alone before a column break, labels in lenticular brackets, a page that marks its
headings with ``#``, two phrases set apart by a space.  The texts here are made up in the
same shapes."""

from __future__ import annotations

from desktop.core.cleaning import clean_page


def test_a_pair_of_subheads_over_text_plainly_more_of_the_story_heads_a_section() -> None:
    # the upper line names only what the section tells (良种, none of the words above);
    # the text under the pair, past its second line, names what the story does
    text = (
        "麦田里的新农具\n\n本报记者 张三\n\n"
        "初夏，河南周口的麦田里，合作社的\n联合收割机来回穿梭。老王说，合\n作社的收割机装上了北斗导航，麦\n田收割又快又干净。\n\n"
        "老王的合作社有二十台收割机，今\n年都换上了智能终端，麦田作业数\n据实时上传，合作社的收割机调度\n更省心，麦田收割更快。\n\n"
        "良种底座更坚实\n\n良种撑起麦田高产\n\n"
        "老王的合作社今年在麦田种上了良\n种，老王说，合作社的收割机收\n新品种的麦田也顺当，合作社的麦\n田亩产比去年高出一成。\n\n"
        "老王算了一笔账，合作社的麦田种\n上良种，加上智能收割机，麦田\n每亩多收一百多斤。\n\n"
        "老王说，合作社的联合收割机装上\n北斗导航和智能终端，麦田作业数\n据实时上传，收割机调度更省心，\n麦田收割又快又干净。\n"
    )
    (story,) = clean_page(text, "p.txt").articles
    assert [b.text for b in story.blocks if b.type == "subhead"] == [
        "良种底座更坚实",
        "良种撑起麦田高产",
    ]


def test_a_cry_under_a_titled_storys_last_paragraph_is_its_last_paragraph() -> None:
    # an editorial closes on a cry set on a line of its own: no headline ends on the
    # stop of a sentence there (nor is it the kicker of the story under it)
    text = (
        "社论\n\n团结奋进 共谋发展\n\n热烈祝贺市职工代表大会开幕\n\n"
        "春潮涌动，万象更新。市第十届职工代\n表大会今天在市会议中心隆重开幕。我\n"
        "们向大会表示热烈的祝贺！\n\n"
        "五年来，全市职工在各条战线上建功立\n业，为城市发展作出了重要贡献。新征\n"
        "程上，职工代表大会肩负光荣使命。\n\n"
        "让我们团结一心，共同书写城市发展的\n新篇章。\n\n"
        "预祝大会圆满成功！\n\n"
        "港口吞吐量创新高\n\n"
        "本报讯 记者李四报道 昨日，港口集团\n新开两条集装箱航线，港口吞吐量有\n望再创新高。\n"
    )
    editorial, news = clean_page(text, "p.txt").articles
    assert editorial.blocks[-1].text == "预祝大会圆满成功！"
    assert (news.title, news.kicker) == ("港口吞吐量创新高", None)


def test_a_question_opening_the_text_under_a_markdown_heading_and_its_author() -> None:
    # a page that marks its headings and sets a paragraph a line: the name under the
    # heading is the author, the short question under it the first paragraph
    text = (
        "# 新潮商场成青年新去处\n\n张伟\n\n商场是什么样的？\n\n"
        "封闭式建筑里，从地下到顶层，餐饮、服饰、文娱等店面依次分布——这是人们对传统商场的"
        "固有印象。\n\n"
        "如今的年轻人更愿意为兴趣买单，瞄准青年需求、打破传统模式的新潮商场应运而生。\n\n"
        "多元化的商场业态，让年轻人更愿意逛逛逛、买买买，从而提振了消费、活跃了市场。\n"
    )
    (art,) = clean_page(text, "p.md").articles
    assert (art.title, art.byline) == ("新潮商场成青年新去处", "张伟")
    assert [b.type for b in art.blocks] == ["paragraph"] * 4
    assert art.blocks[0].text == "商场是什么样的？"


def test_pairs_of_even_parallel_headings_are_the_sections_of_one_story() -> None:
    # each pair two halves of one width, as the next pair is: a feature's sections, even
    # where a heading names the text above it more than the text under it
    paras = [
        "今年1月10日是第五个中国人民警察节。面对一次次大考，人民公安队伍赓续红色血脉，"
        "用实际行动守护万家平安。",
        "赓续红色血脉",
        "坚守为民初心",
        "黄墙黛瓦，古樟繁茂，江西瑞金叶坪村的老屋前，游客络绎不绝，讲解员讲述着民警坚守为民"
        "初心的故事。",
        "在这里，新入职的民警重温入警誓词，接受一堂特殊的党课。",
        "推进公安改革",
        "强化主防警务",
        "大数据为基层警务插上智慧翅膀，让一线警务越来越聪明。公安改革持续推进，主防警务不断强化。",
        "筑牢安全防线",
        "守护百姓平安",
        "向严重暴力、电诈网赌等突出违法犯罪发起凌厉攻势，加强人员密集场所安全防范，筑牢安全"
        "防线，守护百姓平安。",
    ]
    column = ["\n".join(t[k : k + 16] for k in range(0, len(t), 16)) for t in paras]
    text = "熠熠警徽耀忠诚\n\n本报记者 张天培\n\n" + "\n\n".join(column) + "\n"
    (story,) = clean_page(text, "p.txt").articles
    assert story.title == "熠熠警徽耀忠诚"
    subheads = [b.text for b in story.blocks if b.type == "subhead"]
    assert subheads[:2] == ["赓续红色血脉", "坚守为民初心"]


def test_a_dateline_alone_before_a_column_break_goes_on_into_its_text() -> None:
    text = (
        "甘肃启动河西走廊国家\n遗产线路建设\n\n本报兰州6月11日电  \n\n"
        "（记者赵帅杰）日前，记者\n从甘肃省政府新闻办举行的\n新闻发布会上获悉，甘肃将\n"
        "启动河西走廊国家遗产线路\n建设。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert (art.title, art.byline) == ("甘肃启动河西走廊国家遗产线路建设", "记者赵帅杰")
    assert art.blocks[0].text.startswith("本报兰州6月11日电 日前，记者")


def test_a_labelled_line_the_column_cut_in_a_clause_is_text() -> None:
    # one full line opening on a label, its words running on in a clause, the column cut
    # after it: the first line of a paragraph, not a label heading what follows
    text = (
        "以案说法\n\n隔夜醉驾“当严则严”\n\n"
        "【案情】隔夜醉驾，一般是指行为人在饮酒\n\n"
        "当日没有驾驶机动车，而是经过一段时间休\n息，次日驾驶机动车时血液酒精含量仍达醉\n"
        "酒标准的情形。\n\n"
        "【说法】根据刑法的规定，在道路上醉酒驾\n驶机动车的，构成危险驾驶罪。法院认为，\n"
        "隔夜醉驾同样危害公共安全。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert art.blocks[0].text.startswith("【案情】隔夜醉驾，一般是指行为人在饮酒当日")


def test_a_line_opening_on_a_label_after_a_short_line_opens_a_paragraph() -> None:
    text = (
        "一封婉拒信，缘何暖人心\n\n海平\n\n"
        "【关键词】拒拆鸟巢\n【事件】前不久，因学习受\n噪鹃叫声干扰，一名高三学\n"
        "生写信请求学校拆除鸟巢，\n学校回信婉拒。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert [b.text[:6] for b in art.blocks] == ["【关键词】拒", "【事件】前不"]


def test_a_full_line_of_two_phrases_set_apart_by_a_space_is_a_subhead() -> None:
    # as wide as the column, but two phrases with a space between and no mark: running
    # text has no space between its words
    text = (
        "本报讯 记者张三报道 居民向大兴区清\n源街道表达谢意。需求被看见，居民\n"
        "向街道《清源》报表达谢意。\n\n"
        "楼道难下脚 两小时被清理\n\n"
        "“今天电梯坏了，孩子上班\n走楼梯，楼梯也都堆满了，\n根本过不了人。”社区的李\n女士说。\n"
    )
    (art,) = clean_page(text, "p.txt").articles
    assert [b.type for b in art.blocks] == ["paragraph", "subhead", "paragraph"]


def test_a_heading_between_speakers_named_with_their_posts_divides_one_round_up() -> None:
    # what deputies said, each paragraph opening on a name, a post in brackets and a
    # colon: a heading between two such paragraphs divides the round-up, even naming
    # only the text under it
    paras = [
        "李某委员（某省政协副主席）：法院依法审理跨境电信诈骗犯罪集团案，彰显了维护人民群众"
        "安全的决心。",
        "张某代表（某省高级人民法院院长）：近年来，新型犯罪时有发生，法院依法从严惩处，守住"
        "安全底线。",
        "让法治成为安心发展的“定心丸”",
        "毕某代表（某智能装备公司董事长）：以法治维护市场公平竞争秩序，让法治成为企业安心发展"
        "的“定心丸”。",
        "赵某代表（某大学校长）：法院出台保护民营经济的具体举措，让企业家安心发展，定心丸吃得"
        "更踏实。",
    ]
    column = ["\n".join(t[k : k + 14] for k in range(0, len(t), 14)) for t in paras]
    text = "严格司法守公正\n\n本报记者 魏某\n\n" + "\n\n".join(column) + "\n"
    (story,) = clean_page(text, "p.txt").articles
    assert [b.type for b in story.blocks] == ["paragraph"] * 2 + ["subhead"] + ["paragraph"] * 2


def test_a_label_over_a_wide_heading_and_a_question_heads_a_section_as_one_before_it() -> None:
    # the story already has a section headed by a two-character label over a heading:
    # a label like it over a wide heading and a question is the next section's header
    paras = [
        "小区门禁必须刷脸才能解锁，移动支付平台开通了扫脸即付，人脸信息在不法平台上被低价出售。",
        "烦  恼",
        "滥用人脸识别，信息储存不当",
        "一些经营场所强制刷脸，人脸信息存储不当，人脸识别乱象让不少市民感到烦恼。",
        "人脸识别乱象不利于构建安全清朗的网络生态，也不利于保护个人权益，专家说，要健全法律规制。",
        "探  索",
        "针对乱象，出台完善相关规范",
        "如何应对刷脸乱象？",
        "专家说，小区门禁强制刷脸、移动支付扫脸即付、人脸信息存储不当等人脸识别乱象，要靠健全法律规制来治理。",
        "近日，有关部门联合发布办法，规范人脸识别技术应用，不法平台出售人脸信息、经营场所强制刷脸等乱象将受到规制。",
    ]
    column = ["\n".join(t[k : k + 16] for k in range(0, len(t), 16)) for t in paras]
    text = "人脸信息安全保护有了新办法\n\n本报记者 金某\n\n" + "\n\n".join(column) + "\n"
    (story,) = clean_page(text, "p.txt").articles
    subheads = [b.text for b in story.blocks if b.type == "subhead"]
    assert subheads[1:] == ["探索", "针对乱象，出台完善相关规范", "如何应对刷脸乱象？"]


def test_a_short_label_over_a_left_over_headline_cuts_no_story_of_its_own() -> None:
    # a case report run into the story above it, its headline block (a column label over
    # the title) printed at the page's end: the label is the title's kicker, it does not
    # cut the report in two where the report's second part names it
    news = [
        "新华社北京2月11日电 日前，国务院办公厅印发关于完善全国统一电力市场体系的实施意见，"
        "提出到2030年基本建成全国统一电力市场体系。",
        "意见明确，要健全多层次电力市场体系，推动电力资源在更大范围内共享互济和优化配置。",
        "意见提出，加快推进电力市场信用体系建设，建立电力市场评价制度。",
    ]
    case = [
        "【案情】黄先生在自家房屋外的三楼公共平台种植花木，搭建花园。楼下商铺出现漏水，物业要求"
        "黄先生清理花园未果，诉至法院。",
        "法院审理认为，公共平台属于全体业主共有，黄先生擅自搭建花园，物业有权要求清理，判决驳回"
        "黄先生的诉讼请求。",
        "【说法】以案说法，法官表示，日常生活中，物业管理服务已经成为保障居民生活质量的重要支撑，"
        "小区公共区域是全体业主共同使用的空间。",
        "法官提醒，业主应当遵守管理规约，物业清理行为应当依法依约，共同构建安全整洁的美好家园。",
    ]
    column = ["\n".join(t[k : k + 18] for k in range(0, len(t), 18)) for t in news + case]
    text = (
        "国办印发实施意见\n\n完善全国统一电力市场体系\n\n"
        + "\n\n".join(column)
        + "\n\n（案例来源：最高人民法院，本报记者张三整理）\n\n"
        + "以案说法\n\n业主私搭“花园”，\n物业有权清理吗？\n"
    )
    _news, report = clean_page(text, "p.txt").articles
    assert (report.kicker, report.title) == ("以案说法", "业主私搭“花园”，物业有权清理吗？")
    assert report.blocks[0].text.startswith("【案情】")
