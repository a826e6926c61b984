"""A feature in Chinese print: an editor's note signed at its end (``——编  者``) over reports
gathered under it, each under a header of its own (who it is about, its heading, its
reporter).  The reports are the feature's sections, not stories of their own; the note is
the feature's opening, even when it is printed right under the story above with no
headline between them (the feature's title collected at the end of the page)."""

from __future__ import annotations

from desktop.core.cleaning import clean_page

FEATURE = """\
本报讯 记者李凡报道 2月24日，市总工会召
开全市工会工作会议，总结去年工作，部署
今年任务。会议提出，要把职工技能提升作
为重点，全年培训职工五万人次。

会议要求，各级工会要深入基层，为职工办
实事，解难题，让职工群众有更多获得感。

新春伊始，万象更新。劳动者们怀揣新的梦
想，踏上新的征程。他们有的扎根田间，有
的坚守车间，有的奔波在城市的大街小巷。

本报今起推出系列报道，讲述普通劳动者的
新年心愿，敬请关注。
——编  者

种粮大户张大山——
今年要多种五百亩小麦
本报记者  王  五

清晨，张大山已经来到了田间地头。看着
返青的麦苗，他的脸上露出了笑容。去年
他承包的八百亩地喜获丰收，亩产超过一
千斤。“今年我打算再流转五百亩地。”

张大山说，现在种地靠科技，无人机打药
、智能灌溉样样都用上了，种粮越来越省
心，收入也越来越高。

快递小哥刘小明——
争取早日买上房子
本报记者  赵  六

上午九点，刘小明骑着电动车穿梭在小区
之间。他每天要派送三百多件快递，虽然
辛苦，但收入稳定。他说：“今年的目标
是攒够首付，在城里买套房子。”

刘小明告诉记者，公司为快递员缴纳了社
保，还建起了爱心驿站，冬天能喝上热水
，心里暖乎乎的。

市总工会部署今年重点工作

劳动者的新春新打算
"""


def test_reports_under_a_signed_editors_note_are_the_features_sections() -> None:
    story, feature = clean_page(FEATURE, "p.txt").articles
    assert story.title == "市总工会部署今年重点工作"
    assert [b.text[:4] for b in story.blocks] == ["2月24", "会议要求"]
    assert feature.title == "劳动者的新春新打算"
    assert feature.byline is None
    kinds = [(b.type, b.text[:6]) for b in feature.blocks]
    assert kinds == [
        ("paragraph", "新春伊始，万"),
        ("paragraph", "本报今起推出"),
        ("paragraph", "——编者"),
        ("subhead", "种粮大户张大"),
        ("paragraph", "本报记者 王"),
        ("paragraph", "清晨，张大山"),
        ("paragraph", "张大山说，现"),
        ("subhead", "快递小哥刘小"),
        ("paragraph", "本报记者 赵"),
        ("paragraph", "上午九点，刘"),
        ("paragraph", "刘小明告诉记"),
    ]


def test_a_signed_note_over_the_text_of_its_story_opens_it() -> None:
    # no section header under the signature: the note opens the story printed under it
    text = FEATURE.split("种粮大户")[0] + (
        "清晨，张大山已经来到了田间地头。看着\n返青的麦苗，他的脸上露出了笑容。\n\n"
        "张大山说，现在种地靠科技，无人机打药\n、智能灌溉样样都用上了。\n\n"
        "市总工会部署今年重点工作\n\n劳动者的新春新打算\n"
    )
    story, feature = clean_page(text, "p.txt").articles
    assert story.title == "市总工会部署今年重点工作"
    assert feature.title == "劳动者的新春新打算"
    texts = [b.text[:4] for b in feature.blocks]
    assert texts == ["新春伊始", "本报今起", "——编者", "清晨，张", "张大山说"]


def test_a_reporters_line_over_a_signed_note_opens_its_story() -> None:
    # the feature's headlines printed over its reporter's line, away from the note: the
    # note under the reporter is the story's opening, whole, and not cut from the story
    # above as a note printed under it would be
    story_text, note_and_text = FEATURE.split("新春伊始")
    text = (
        story_text
        + "市总工会部署今年重点工作\n\n劳动者的新春新打算\n\n本报记者 王五\n\n新春伊始"
        + note_and_text.split("种粮大户")[0]
        + "清晨，张大山已经来到了田间地头。看着\n返青的麦苗，他的脸上露出了笑容。\n\n"
        "张大山说，现在种地靠科技，无人机打药\n、智能灌溉样样都用上了。\n"
    )
    story, feature = clean_page(text, "p.txt").articles
    assert story.title == "市总工会部署今年重点工作"
    assert (feature.title, feature.byline) == ("劳动者的新春新打算", "本报记者 王五")
    texts = [b.text[:4] for b in feature.blocks]
    assert texts == ["新春伊始", "本报今起", "——编者", "清晨，张", "张大山说"]
