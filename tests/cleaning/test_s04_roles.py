"""Stage 4: lead-ins, credits, photo credits and unit roles."""

from __future__ import annotations

import pytest

from desktop.core.cleaning.s02_normalize import normalize
from desktop.core.cleaning.s03_reflow import reflow
from desktop.core.cleaning.s04_bylines import (
    parse_credit,
    parse_lead,
    split_credit,
    split_photo_credit,
    tidy_byline,
)
from desktop.core.cleaning.s04_roles import assign_roles


@pytest.mark.parametrize(
    ("text", "byline", "publication", "rest"),
    [
        ("本报讯 记者李凡报道 2月24日，余杭区", "记者李凡", None, "2月24日，余杭区"),
        (
            "记者吴晓静 通讯员姚似璐、杭工宣报道 刚刚过去的",
            "记者吴晓静 通讯员姚似璐、杭工宣",
            None,
            "刚刚过去的",
        ),
        ("本报讯 通讯员徐冰怡见习记者任杰报道 在节日", "通讯员徐冰怡 见习记者任杰", None, "在节日"),
        ("本报讯（记者 张三 通讯员 李四）今天上午", "记者 张三 通讯员 李四", None, "今天上午"),
        ("据新华社北京2月24日电 海关总署", None, "新华社", "据新华社北京2月24日电 海关总署"),
        ("新华社北京3月1日电（记者 王五）今天", "记者 王五", "新华社", "新华社北京3月1日电 今天"),
        ("今天天气很好。", None, None, "今天天气很好。"),
        # a site's or another paper's own label works like 本报讯
        ("中电新闻网讯 通讯员 刘丽娟 报道 夜晚，", "通讯员 刘丽娟", "中电新闻网", "夜晚，"),
        ("中工网讯（记者 张三） 昨日，", "记者 张三", "中工网", "昨日，"),
        ("生活报讯 日前，哈市", None, "生活报", "日前，哈市"),
        ("本报讯 在江西吉水县", None, None, "在江西吉水县"),
        ("通讯员来讯息称，", None, None, "通讯员来讯息称，"),
        # the paper's own dateline stays in the text as printed; only the reporter moves
        ("本报南京11月28日电 记者缪鲁报道 第六届", "记者缪鲁", None, "本报南京11月28日电 第六届"),
        ("本报合肥18日电 在辽阔的淮北平原上", None, None, "本报合肥18日电 在辽阔的淮北平原上"),
    ],
)
def test_parse_lead(text: str, byline: str | None, publication: str | None, rest: str) -> None:
    people, body = parse_lead(text)
    assert (people.byline, people.publication, body) == (byline, publication, rest)


def test_parse_credit() -> None:
    p = parse_credit("（《劳动报》记者李嘉宝 展翔/摄影）")
    assert (p.byline, p.publication) == ("记者李嘉宝 展翔", "劳动报")
    p = parse_credit("（《南方工报》特约评论员刘胜坤）")
    assert (p.byline, p.publication) == ("特约评论员刘胜坤", "南方工报")


def test_split_credit_at_paragraph_end() -> None:
    text, p = split_credit("和职工就业“双赢”。 （《浙江工人日报》记者金钧胤）")
    assert text == "和职工就业“双赢”。"
    assert p is not None and (p.byline, p.publication) == ("记者金钧胤", "浙江工人日报")


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("做强物流保障。 通讯员王树成摄", "做强物流保障。", "通讯员王树成"),
        ("活动现场。 通讯员许丰麟 摄", "活动现场。", "通讯员许丰麟"),
        ("活动现场。 张三 摄", "活动现场。", "张三"),
        ("图为活动现场。（张三 摄）", "图为活动现场。", "张三"),
        ("他正在认真地拍摄", "他正在认真地拍摄", None),
    ],
)
def test_split_photo_credit(text: str, caption: str, credit: str | None) -> None:
    assert split_photo_credit(text) == (caption, credit)


def test_tidy_byline_spaces_role_words() -> None:
    assert tidy_byline("通讯员申春记者羊荣江") == "通讯员申春 记者羊荣江"
    assert tidy_byline("全媒体记者许接英 林婷玉") == "全媒体记者许接英 林婷玉"


def test_roles_of_short_lines() -> None:
    raw = (
        "第一段正文写在这里，内容完整。\n\n责任编辑：魏志民\n\n第23期\n\n"
        "【头条聚焦】关键词：产业生态；人文积淀\n\n一个标题\n\n"
        "（《浙江工人日报》记者吴晓静）\n"
    )
    units = reflow(normalize(raw))
    assert assign_roles(units) == ["para", "furniture", "furniture", "kicker", "headline", "credit"]
    # who coordinated the page's series, under its last story: the page's staff
    units = reflow(normalize("第一段正文写在这里，内容完整。\n\n本期统筹：崔 斌\n\n一个标题\n"))
    assert assign_roles(units) == ["para", "furniture", "headline"]
    # where to read more, in brackets under the last sentence: the story's closing note
    units = reflow(normalize("第一段正文写在这里，内容完整。\n\n（获奖名单详见本刊2、3版）\n"))
    assert assign_roles(units) == ["para", "source"]
