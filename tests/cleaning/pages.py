"""Texts shared by the print-conventions tests: a story's two paragraphs set in a narrow
column, to put under a headline, a byline, a page header or another story; a page of a
series with its boxes; and a page whose portrait of a village head is headed by a kicker
naming her by her post and divided into sections by one-run headings of one length."""

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


PORTRAIT = (
    "省内三十二家博物馆推出暑期研学活动\n\n"
    "本报讯 记者从省文物局获悉，今年暑期，省内三十\n二家博物馆将推出研学活动一百余场。\n\n"
    "活动面向中小学生，内容涵盖考古体验、文物修\n复等，报名可通过各馆公众号进行。\n\n"
    "山东临沂市李家庄村党支部书记刘玉梅\n\n"
    "找到致富路  兑现老承诺\n\n"
    "本报记者  王  林报道 走进沂蒙山区的李家庄，宽阔的水泥\n"
    "路通到家家户户门口，满山的苹果压弯了枝头。\n\n"
    "说起村支书刘玉梅，68岁的村民张大伯感慨：\n“她来了以后，咱庄上大变样了！”\n\n"
    "兑现当初的承诺\n\n"
    "2008年，刘玉梅接过了村支书的担子。那时进\n山只有一条土路，雨天车辆根本进不来。\n\n"
    "“当初说过的话，一定要兑现当初的承诺！”她\n挨家挨户上门商量，用了两年时间把路修通。\n\n"
    "种下致富的果树\n\n"
    "路通了，刘玉梅又琢磨起产业。她请来农技专\n家，带着乡亲们在荒坡上种下了上千亩苹果。\n\n"
    "如今，李家庄的苹果卖到了全国各地，村民人\n均年收入翻了两番。\n\n"
    "留住返乡的青年\n\n"
    "这几年，村里办起了电商服务站，不少在外打\n工的年轻人回到了李家庄。\n\n"
    "“日子越过越有奔头！”刘玉梅说。\n"
)


#: A page of a series on the new forms of employment: an editor's note, numbered headings,
#: a named box (``相关链接``) and a photo.
SERIES = """\
工会服务暖人心

编者按：新就业形态劳动者
的权益保障，是近年来社会
关注的热点。本报今起推出
系列报道，敬请关注。

一、建会入会有了新渠道

今年以来，全市各级工会组
织深入快递网点、外卖站点
，推动新就业形态劳动者入
会，新发展会员两万余人。

二、服务阵地遍布街头

全市已建成户外劳动者服务
站点三百余个，为快递员、
外卖员提供歇脚、饮水、充
电等服务。

（本报记者 王五）

相关链接

截至去年底，全国新就业形
态劳动者已超过八千万人。

春风送岗暖人心

本报讯（记者 赵六）2月28日，
市总工会举办春风行动专场
招聘会，120家企业提供岗位
三千余个。

图为招聘会现场。新华社发 张七 摄
"""
