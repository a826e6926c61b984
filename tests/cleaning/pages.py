"""A story's text shared by the print-conventions tests: two paragraphs set in a narrow
column, to put under a headline, a byline, a page header or another story."""

from __future__ import annotations

BODY = """\
近日，某集团第十届职工技能大赛在
总装车间开赛，来自各分厂的两百余
名选手参加了焊接、钳工、电工等六
个工种的比拼。

大赛设置了理论考试和实际操作两
个环节，获奖选手将按规定晋升技能
等级。往届大赛中，共有三十多名选
手获得了技师资格。
"""
