"""Stage 3: column breaks, paragraph breaks, short blocks, Markdown."""

from __future__ import annotations

from desktop.core.cleaning.s02_normalize import normalize
from desktop.core.cleaning.s03_reflow import Unit, reflow

COLUMN = """\
人们尝试着总结原因：完善
的产业生态、先进的发展理念、
积极的政策扶持、深厚的人文积
淀……事实上，在这些缺一不可
的浓厚氛围中，还有“一双眼”始
终满怀关切，全心全意地助力。

为了给职工创新工作提供
坚实的保障，市总工会提供

了全方位的有力支撑。在政策
激励上，推出“五小”创新活动、

“高技能人才”和“数字工匠”的认
定，激发了职工的创新热情。
"""


def units(raw: str) -> list[Unit]:
    return reflow(normalize(raw))


def test_blank_line_mid_sentence_is_a_column_break() -> None:
    us = [u for u in units(COLUMN) if u.kind == "text"]
    assert len(us) == 2
    assert "市总工会提供了全方位的有力支撑" in us[1].text
    assert "创新活动、“高技能人才”" in us[1].text


def test_short_sentence_end_breaks_a_paragraph_without_blank_line() -> None:
    raw = (
        "近年来，金华坚持系统集成、协同\n高效的改革理念，一体推进服务\n"
        "端、治理端、工作端的数字化。\n金华市县两级重构机构\n"
        "在乡镇建立了基层公共服务站点，\n实现靠前化解、源头治理。\n"
    )
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert len(texts) == 2
    assert texts[1].startswith("金华市县两级")


def test_short_isolated_lines_are_headline_candidates() -> None:
    raw = COLUMN + "\n工报观察\n\n用匠心沃土滋养更多“小龙”\n"
    shorts = [u.text for u in units(raw) if u.kind == "short"]
    assert shorts == ["工报观察", "用匠心沃土滋养更多“小龙”"]


def test_insert_inside_an_open_sentence_is_kept_apart() -> None:
    raw = "行家与职工结成对子，发挥传帮带作用。仅\n\n\n\n展馆模型\n\n今年以来全市组织专项活动。\n"
    us = units(raw)
    assert [u.kind for u in us] == ["text", "short"]
    assert us[0].text == "行家与职工结成对子，发挥传帮带作用。仅今年以来全市组织专项活动。"
    assert us[1].inserted


def test_markdown_headings_tables_and_items() -> None:
    raw = "# 标题\n\n## 小标题\n\n甲\t乙\n1\t2\n\n- 第一项；\n- 第二项。\n"
    us = units(raw)
    assert [u.kind for u in us] == ["heading", "heading", "table", "item", "item"]
    assert [u.level for u in us[:2]] == [1, 2]
    assert us[2].rows == [["甲", "乙"], ["1", "2"]]


def test_lead_in_starts_a_new_paragraph() -> None:
    raw = "上一篇的最后一句话还没有完\n本报讯 记者李凡报道 2\n月24日，余杭区上线新系统。\n"
    us = units(raw)
    assert us[-1].leadin
    assert us[-1].text.startswith("本报讯")


def test_lone_opening_line_between_column_breaks_is_text() -> None:
    raw = (
        "上一段的文字写在这里，一直写\n到本段结束的时候才停下来，然\n后又写了一行才算结束了。\n\n"
        "既然单凭员工和企业已经无力扭\n\n"
        "转这种局面，这就需要相关部门\n的坚定出手，依法维护劳动者的\n合法权益。\n"
    )
    us = units(raw)
    assert [u.kind for u in us] == ["text", "text"]
    assert us[1].text.startswith("既然单凭员工和企业已经无力扭转这种局面")


def test_short_question_on_its_own_line_is_a_headline_candidate() -> None:
    raw = "上一段的文字写在这里，内容完整。\n\n受益群体有多大？\n\n下一段的文字也写在这里。\n"
    assert [u.kind for u in units(raw)] == ["text", "short", "text"]


def test_unbalanced_quote_is_running_text() -> None:
    raw = "上一段的文字写在这里，内容完整。\n\n“这是平台经济用工模式的\n\n重要转折点。”他说。\n"
    us = units(raw)
    assert [u.kind for u in us] == ["text", "text"]
    assert us[1].text == "“这是平台经济用工模式的重要转折点。”他说。"


def _flush_page() -> str:
    """Flush paragraphs (a blank line after each) in columns of six lines: breaks at lines
    12, 18 and 24 cut a sentence; the one at line 6 follows a full line ending in 。."""
    han = "职工创新成果推广转化服务体系建设能级工资集体协商质效评估"
    n = 0

    def line(end: str = "", size: int = 10) -> str:
        nonlocal n
        n += 1
        body = (han * 3)[n : n + size - len(end)]
        return body[:4] + "，" + body[5:] + end if size == 10 else body + end

    paras = [
        [line() for _ in range(5)] + [line("。"), line(), line("。", 5)],
        [line() for _ in range(6)] + [line("。", 6)],
        [line() for _ in range(6)] + [line("。", 4)],
        [line() for _ in range(5)] + [line("。", 7)],
    ]
    out, count = [], 0
    for p in paras:
        for t in p:
            out.append(t)
            count += 1
            if count % 6 == 0:
                out.append("")
        if out[-1]:
            out.append("")
    return "\n".join(out) + "\n"


def test_column_break_after_a_finished_sentence_on_a_flush_page() -> None:
    raw = _flush_page()
    lines = raw.splitlines()
    assert lines[5].endswith("。") and lines[6] == ""  # the break in question
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert len(texts) == 4
    assert lines[5] + lines[7] in texts[0]


def test_line_short_only_because_an_opening_quote_cannot_end_it() -> None:
    raw = (
        "职工创新成果推广转化\n服务体系建设能级工资\n集体协商质效评1。\n"
        "“职工”创新成果推广转\n化服务体系建设能级。\n"
    )
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert len(texts) == 1


def test_one_em_indent_opens_a_paragraph_after_a_full_line() -> None:
    han = "职工创新成果推广转化服务体系建设能级工资集体协商质效评估"

    def body(k: int) -> list[str]:
        return [han[k + j : k + j + 10] for j in (1, 3, 5)]

    first = [han[k : k + 9] for k in range(0, 20, 4)]  # indented by one em
    paras = [
        [first[0], *body(0), han[:5] + "。"],
        [first[1], *body(1), han[2:6] + "。"],
        [first[2], *body(2), han[3:9] + "。"],
        [first[3], *body(3), han[7:16] + "。"],  # ends on a full line
        [first[4], *body(4), han[4:8] + "。"],
    ]
    raw = "\n".join(t for p in paras for t in p) + "\n"
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert len(texts) == 5
    assert texts[4].startswith(first[4])


def test_a_paragraph_ending_on_a_dash_before_an_indented_line_ends_there() -> None:
    # …随即展开—— / (blank) / an indented first line over full lines, on a page that
    # indents its paragraphs: the dash leads into a new paragraph
    raw = (
        "港口码头是水陆联结\n的纽带，也是货物贸易的\n关键节点。\n\n"
        "我国港口规模多年位\n居世界第一，货物吞吐量\n持续增长。\n\n"
        "近年来，自动化码头\n建设加快推进，装卸效率\n不断提升。\n\n"
        "元旦上午，“东方”\n轮满载货物缓缓抵港。待\n船靠泊后，一场智能化的\n作业随即展开——\n\n"
        "只见多台桥吊从高空\n落下“抓手”，巨大的集\n装箱被精准抓起放下。\n"
    )
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert texts[-2].endswith("展开——") and texts[-1].startswith("只见")


#: A commentary's opening: a summary over the text, then paragraphs each set in by two em.
SUMMARY_PAGE = (
    "制度规定越细化，反浪\n费越有据可依、有章可循，\n{end}\n\n"
    "{start}\n离我们每个人都不远。在这\n方面，笔者近来留意到两件\n事。\n\n"
    "一件是越来越多零食包\n装用上了可封口设计，一次\n吃不完一袋不要紧，封上口\n还能保存一段时间。\n\n"
    "另一件是单位食堂提供\n更多小份菜、推出称重计费\n后，不少同事都反馈按需取\n"
    "菜更方便、能够品尝到更丰\n富的菜品，减少浪费效果显\n著。\n\n"
    "包装上的一个小设计，\n轻松化解“吃不完就浪费”\n与“强吃吃不下”的两难；\n"
)


def test_an_unfinished_summary_before_an_indented_line_ends_there() -> None:
    # the summary ends on a quotation, no full stop; after a blank line an indented
    # first line over full lines: a new paragraph (a column break falls inside running
    # text, and the line after it is full)
    raw = SUMMARY_PAGE.format(end="就越能有效防止“跑冒滴漏”", start="节约粮食、防止浪费，")
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert texts[0].endswith("“跑冒滴漏”") and texts[1].startswith("节约粮食")


def test_a_word_or_a_bracket_cut_by_a_column_goes_on_over_an_indented_line() -> None:
    # the same shape, but the column cut a word (报 / 道) or a bracket (（… / …）)
    for end, start in [
        ("就越能有效防止（本报记者", "李晓艳）节约粮食、防"),
        ("就越能有效防止跑冒滴", "漏，节约粮食、防止"),
    ]:
        raw = SUMMARY_PAGE.format(end=end, start=start)
        texts = [u.text for u in units(raw) if u.kind == "text"]
        assert end + start in texts[0], texts


#: A commentary's summary, then its text, with no blank line between them.
RUN_ON_SUMMARY = (
    "飞天与航天相遇，看似机缘巧合，实\n{end}\n"
    "前不久，神舟十九号航天员乘组圆满\n完成“太空出差之旅”的第三次出舱活\n"
    "动。舱外航天服的左臂印有五星红旗，\n右臂则是中国载人航天的标识。\n"
)


def test_a_short_unfinished_line_between_full_lines_ends_its_paragraph() -> None:
    texts = [u.text for u in units(RUN_ON_SUMMARY.format(end="则是文化传承在牵引"))]
    assert texts[0].endswith("在牵引") and texts[1].startswith("前不久")


def test_a_short_line_that_asks_for_more_goes_on() -> None:
    # a comma, an open bracket or a word the line cuts (作 / 用): it only stopped short
    for end in ["则是文化传承在牵引，", "（新华社记者李四"]:
        texts = [u.text for u in units(RUN_ON_SUMMARY.format(end=end))]
        assert len(texts) == 1, texts
    cut = RUN_ON_SUMMARY.format(end="则是文化传承在发挥作").replace("\n前不久", "\n用。前不久")
    assert len(units(cut)) == 1


def test_a_short_line_ending_in_half_a_word_goes_on_after_a_column_break() -> None:
    # the line stops short after full ones, but the column cut 突 / 破性: one word, one
    # paragraph (the same reading of what asks for more as inside a block)
    raw = (
        "人们尝试着总结原因：完善\n的产业生态、先进的发展理\n念和技术突\n\n"
        "破性成果惊艳全球，都让聚\n光灯再一次对准了杭州。\n"
    )
    texts = [u.text for u in units(raw) if u.kind == "text"]
    assert any("技术突破性成果" in t for t in texts), texts


def test_a_label_alone_in_brackets_heads_the_line_under_it() -> None:
    # 【破坏程度】 / a heading as wide as the column, no stop in it / text: the heading
    # stands under its label, it is no paragraph's first line cut by a column break
    raw = (
        "这种大尺度的地表变形是地震引起\n的弹性形变，随着时间的推移会逐\n渐停息，恢复到原来的稳定状态。\n\n"
        "【破坏程度】\n\n四大原因致县城房屋严重破坏\n\n"
        "专家表示，这次地震的破裂起始点\n在地面的投影就在县城附近，所\n以县城的破坏最为严重。\n"
    )
    us = units(raw)
    assert [(u.kind, u.text) for u in us[1:3]] == [
        ("short", "【破坏程度】"),
        ("short", "四大原因致县城房屋严重破坏"),
    ]
    assert us[3].text.startswith("专家表示")


def test_a_label_in_brackets_over_a_line_never_goes_on_with_the_text_above() -> None:
    # 据新华社电 ends no sentence, but a bracketed label opens what follows: a headline
    # (however wide its lines), neither the rest of that line nor a caption wedged into it
    raw = (
        "这次地震造成的破坏范围很广，专\n家正在进行详细的分析和评估。\n\n据新华社电\n\n"
        "【在希望的田野上·三夏】\n全国夏粮小麦进入收获高峰期\n\n"
        "本报讯 眼下，随着各地小麦机收相\n继结束，冬小麦收获已过七成。\n"
    )
    us = units(raw)
    assert us[1].text == "据新华社电"
    assert (us[2].kind, us[2].inserted) == ("short", False)
    assert us[2].text == "【在希望的田野上·三夏】全国夏粮小麦进入收获高峰期"


def test_a_finished_sentence_with_a_credit_in_brackets_ends_the_paragraph() -> None:
    # …比较老。(新浪财经 刘丽丽 发自北京): the sentence is finished, the credit after it
    # too; the short line under it is the next story's title, no caption wedged in
    raw = (
        "消息人士表示，李总到任后\n排名不会太靠后，因为她资\n历确实也比较老。(新浪财\n"
        "经 刘丽丽 发自北京)\n\n会议部署最后阶段工作\n\n"
        "本报讯 中共中央政治局27\n日召开会议，研究部署筹办\n最后阶段重点工作。\n"
    )
    us = units(raw)
    assert us[0].text.endswith("发自北京)")
    assert (us[1].kind, us[1].inserted) == ("short", False)


def test_unfinished_lines_then_a_short_one_over_a_lead_in_are_headlines() -> None:
    # two lines as wide as the column and no stop in them could be text the column cut,
    # but a lead-in comes next and no text goes on after it: they were a headline, and
    # the short line under them another one, no caption wedged into them
    raw = (
        "日本不是南海问题的当事\n方，我们敦促日方停止炒\n作南海问题，以实际行动\n\n维护地区和平稳定。\n\n"
        "外交部回应土耳其反华示\n威游行:望土方谨言慎行\n\n"
        "习近平致电祝贺\n\n"
        "央视网消息（新闻联播）：\n国家主席习近平14日向新\n任国王致贺电表示祝贺。\n"
    )
    us = units(raw)
    assert [(u.kind, u.inserted) for u in us[1:3]] == [("short", False), ("short", False)]
    assert us[1].text == "外交部回应土耳其反华示威游行:望土方谨言慎行"
    assert us[3].leadin
