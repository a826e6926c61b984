"""The relay's truth for stories of your own (``relay.py --source FILE.json``): what the
story's text prints of its own lead-in, credit or wire title line is not body text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cleaning.conftest import load_module

ROOT = Path(__file__).resolve().parents[2]


def _story(tmp_path: Path, paragraphs: list[str]) -> tuple[Any, Any]:
    relay = load_module(ROOT / "benchmarks" / "relay.py", "dubao_relay_truth")
    src = tmp_path / "stories.json"
    blocks = [["paragraph", p] for p in paragraphs]
    src.write_text(json.dumps([{"title": "老旧小区改造中的暖心故事", "blocks": blocks}]), "utf-8")
    [story] = relay.json_pool(src)
    return relay, story


def test_a_wire_title_line_is_not_body_text(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path,
        [
            "新华社北京6月27日电 题：老旧小区改造中的暖心故事",
            "“中国式现代化，民生为大。”今年4月，习近平总书记在重庆考察。",
            "老旧小区改造是提升群众获得感的重要工作。",
        ],
    )
    assert len(story.body_paras()) == 2
    assert relay._body_truth(story)["body_start"].startswith("“中国式现代化")


def test_a_dateline_glued_to_the_text_is_its_own_lead_in(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path,
        ["新华社北京6月27日电 今年4月，习近平总书记在重庆考察。", "老旧小区改造是重要工作。"],
    )
    assert len(story.body_paras()) == 2
    assert relay._body_truth(story)["body_start"].startswith("今年4月")


def test_a_note_on_the_author_is_no_credit(tmp_path: Path) -> None:
    # （作者为本报评论部编辑） is the story's last paragraph, not names run together
    relay, story = _story(
        tmp_path, ["老旧小区改造是提升群众获得感的重要工作。", "（作者为本报评论部编辑）"]
    )
    assert story.credit_chars == 0
    assert relay._body_truth(story)["body_end"] == "（作者为本报评论部编辑）"


def test_a_note_on_the_author_naming_the_reporter_is_no_credit(tmp_path: Path) -> None:
    note = "（作者为市气象台高级工程师，本报记者李红采访整理）"
    relay, story = _story(tmp_path, ["老旧小区改造是提升群众获得感的重要工作。", note])
    assert story.credit_chars == 0
    assert relay._body_truth(story)["paragraphs"] == 2


def test_a_label_alone_heads_the_part_under_it(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["【事件】路灯坏了半年。", "【点评】", "一盏路灯照亮民心。"])
    assert story.blocks[1] == ("subhead", "【点评】")
    assert relay._body_truth(story)["paragraphs"] == 2


def test_a_bullet_opening_the_text_is_no_body_text(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["■ 要深刻认识老旧小区改造的意义", "改造是重要工作。"])
    assert relay._body_truth(story)["body_start"].startswith("要深刻认识")


def test_a_credit_on_a_paragraph_of_its_own_is_no_body_text(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path, ["改造是提升群众获得感的重要工作。", "(本报实习生\u3000郭艳艳)"]
    )
    assert story.body_paras() == ["改造是提升群众获得感的重要工作。"]
    assert relay._body_truth(story)["body_end"] == "改造是提升群众获得感的重要工作。"[-15:]
    assert relay._body_truth(story)["paragraphs"] == 1


def test_a_readers_signature_on_a_paragraph_of_its_own_is_no_body_text(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["门前的土路终于修好了。", "河南沁阳市 张三丰"])
    assert story.body_paras() == ["门前的土路终于修好了。"]
    assert relay._body_truth(story)["paragraphs"] == 1


def test_the_pages_staff_under_the_last_paragraph_is_no_body_text(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["门前的土路终于修好了。", "本期统筹：崔 斌"])
    assert relay._body_truth(story)["paragraphs"] == 1


def test_a_note_on_where_to_read_more_goes_with_the_paragraph_above(tmp_path: Path) -> None:
    _relay, story = _story(tmp_path, ["门前的土路终于修好了。", "（获奖名单详见本刊2、3版）"])
    assert story.note_alone


def test_a_dateline_set_at_the_end_is_no_body_text(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path, ["改造是提升群众获得感的重要工作。", "（本报伊斯兰堡8月22日电）"]
    )
    assert relay._body_truth(story)["paragraphs"] == 1


def test_a_sites_dated_feature_label_is_its_own_lead_in(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path, ["天极网8月3日特稿(戴寻严 编译)在过去的第二季度中，摩托罗拉找回了感觉。"]
    )
    assert relay._body_truth(story)["body_start"].startswith("在过去的第二季度")


def test_a_sites_label_in_lenticular_brackets_is_its_own_lead_in(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["【搜狐IT消息】4月3日消息，黑客攻击程序在黑市就可买卖。"])
    assert relay._body_truth(story)["body_start"].startswith("4月3日消息")


def test_who_else_reported_it_on_a_line_of_its_own_is_left_out_of_the_count_once(
    tmp_path: Path,
) -> None:
    # （夏冕参与采写） reads as a credit of its own and as a closing note: one line, not two
    relay, story = _story(
        tmp_path, ["改造是提升群众获得感的重要工作。", "居民纷纷点赞。", "（夏冕参与采写）"]
    )
    assert relay._body_truth(story)["paragraphs"] == 2


def test_a_summary_boxs_label_heads_the_box(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["核心阅读", "老旧小区改造惠及万户居民。", "改造是重要工作。"])
    assert story.blocks[0] == ("subhead", "核心阅读")
    assert relay._body_truth(story)["paragraphs"] == 2


def test_a_story_opening_on_an_editors_note_gets_no_lead_in(tmp_path: Path) -> None:
    relay, story = _story(
        tmp_path,
        ["新春伊始，万象更新。本报今起推出系列报道。", "——编  者", "清晨，张大山来到田间。"],
    )
    assert relay._opens_on_note(story)
    relay, story = _story(tmp_path, ["新春伊始，万象更新。", "清晨，张大山来到田间。"])
    assert not relay._opens_on_note(story)


def test_who_wrote_and_took_the_pictures_named_first_is_a_credit(tmp_path: Path) -> None:
    relay, story = _story(tmp_path, ["老旧小区改造是重要工作。", "居民纷纷点赞。（陈向阳 文/图）"])
    assert story.credit_chars == len("（陈向阳 文/图）")
    assert relay._body_truth(story)["body_end"].endswith("居民纷纷点赞。")
