"""Character classes and small text measures shared by the cleaning stages.

Everything here is general typography of Chinese print: which characters end a sentence,
how wide a character is in a printed column, which role words introduce a byline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

#: Han ideographs (BMP blocks and extension A); the unit of the "nothing lost" guarantee.
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: Characters that end a sentence, optionally followed by closing quotes/brackets.
_TERMINAL = "。！？!?…"
_CLOSERS = "”’」』）)》】\"'"

#: Punctuation that cannot end a headline but often ends a line cut mid-sentence.
CONTINUING_END = "，、；：,;:（(“‘《【—-"
#: Of those, what a headline may break after onto a second line (``X：`` / ``Y``,
#: ``X——`` / ``Y``): the two lines are one title.
HEADLINE_BREAK = "：:—―"

#: How a deck line opens (``——…纪实``): an em dash or a horizontal bar, or two hyphens.
DECK_DASHES = ("—", "―", "--", "－－")

#: The label opening a paper's or site's own report: ``本报讯``, ``本报扬州讯``, ``中工网讯``,
#: ``中电新闻网讯``, ``央视网消息：``, a portal's channel (``新浪体育讯``), followed by a
#: space, a colon, a bracketed byline or the date (``本报讯2月24日``); a dispatch named by
#: its place (``芬兰赫尔辛基消息``), followed by a space or the date.
NEWS_TAG = (
    # the paper's own (本报讯, 本报扬州讯, 本报综合消息; not 本报通讯员), a second one (又讯)
    r"(?:本[报网][^\s，。、“”（）()]{0,6}?(?:讯(?!员)|综合消息|消息)|又讯|"
    # another paper's, a site's, an app's or a channel's (长城网·冀云客户端讯, 山西新闻网三农
    # 频道讯), perhaps with the city it was filed from (东方今报郑州讯), followed by a space,
    # a bracket, a colon or the date
    r"[^\s，。、“”（）()]{2,10}?(?:网|报|社|台|客户端|频道|体育|财经|科技)"
    r"(?:[\u4e00-\u9fff]{2,3}?)?(?:讯|消息)(?=[\s（(:：\d])|"
    # … or its report, the reporters in brackets (云上咸宁报道（记者 夏晖）)
    r"[^\s，。、“”（）()]{2,10}?报道(?=[（(]\s*(?:见习|全媒体|特约)?(?:记者|通讯员))|"
    # a dispatch named by the place it came from (芬兰赫尔辛基消息, 华盛顿消息), spaced off
    r"[\u4e00-\u9fff]{2,8}?消息(?=[\s\d])|"
    # … or set in lenticular brackets (【赛迪网讯】, 【据新华社电】)
    r"【[^\s，。【】]{1,10}?(?:讯|消息|电)】)"
)
#: How the name of a paper, site or news service ends (``新华社``, ``东南网``, ``浙江在线``,
#: ``澎湃新闻``).
SOURCE_END = r"(?:社|报|台|网|在线|客户端|新闻)"
#: A paper or a magazine named in title marks (``《环球人物》``): an outlet whatever its name.
TITLED_OUTLET = r"《[^《》\s]{2,12}》"
#: A dated lead-in: ``新华社北京2月24日电``, ``东南网莆田1月17日讯``, ``浙江在线4月28日讯``,
#: ``本报8月31日综合消息``.
DATED_TAG = (
    rf"(?:本报|本网|[^\s，。（）()]{{2,8}}?{SOURCE_END})[^\s，。]{{0,12}}?\d{{1,2}}月\d{{1,2}}日(?:\d{{1,2}}时)?"
    r"(?:电|讯|综合消息|消息|特稿)"
)

#: A reporter's rank before the role: ``见习记者``, ``全媒体记者``, ``高级记者``.
RANK = r"(?:见习|实习|特约|全媒体|首席|高级|资深)"
#: Role words that introduce the people behind a story.
ROLE = rf"(?:{RANK}|本报|新华社|中新社)?(?:记者|通讯员|评论员|摄影记者|摄影|编辑)"
ROLE_RE = re.compile(ROLE)

#: Ornaments some papers print before a byline line (``■本报记者 张三``, ``◎文/张治``).
ORNAMENTS = "□■◎●○▲△▼▽◆◇★☆▌▍"
#: A person's role with its paper and rank: ``本报记者``, ``新华社记者``, ``中工网记者``,
#: ``工人日报-中工网记者``, ``见习记者``, ``实习生``; ``读者`` signs a letter.
_PERSON_ROLE = (
    r"(?:[\u4e00-\u9fff]{2,10}?[-—·]?){0,2}?"
    rf"(?:{RANK}|驻[\u4e00-\u9fff]{{1,4}})?"
    r"(?:摄影记者|记者|通讯员|评论员|总编辑|总编|主编|编辑|实习生|读者)"
)
#: Chinese surnames (the 百家姓 and common modern ones, without characters that mostly open
#: ordinary words): a personal name in a byline begins with one.
_SURNAMES = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳"
    "酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧伏成戴谈宋茅庞熊"
    "纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫房裘缪宗丁宣贲邓郁单杭洪包"
    "诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭"
    "厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰鄂索咸籍赖卓蔺屠蒙池乔阴胥苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮"
    "牛寿边扈燕冀郏浦尚农温庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾衡步耿满弘匡国文寇广禄阙东殴殳沃蔚夔隆师巩厍聂晁勾敖融"
    "冷訾辛阚简饶曾毋沙乜鞠丰巢关蒯查荆红游竺权逯盖益桓仉岳帅缑亢郈琴海晋楚闫汝鄢涂钦商牟佘佴墨哈谯笪年阳佟言福付覃揭兰粟银练"
    "麦冼邝邸展仝矫鲜雒栗谌尉肖隋苟亓眭禚妫麴骞况"
)
_COMPOUND_SURNAMES = (
    "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|长孙|慕容|令狐|宇文|夏侯|澹台|轩辕|端木|申屠|独孤|"
    "南宫|西门|第五"
)
#: A name begins with a surname; a two-character name may be letter-spaced to the width of
#: three or four (``王 珂``, ``钱 艳``, ``张  枨``).
_PERSON = (
    rf"(?:(?:{_COMPOUND_SURNAMES})[\u4e00-\u9fff]{{1,2}}|[{_SURNAMES}][\u4e00-\u9fff]{{1,3}}"
    rf"|[{_SURNAMES}] {{1,2}}[\u4e00-\u9fff](?![\u4e00-\u9fff]))"
)
#: A wire story's title set after its dateline (``新华社北京6月27日电 题：老旧小区改造中的暖心
#: 故事``): the title line is a paragraph of its own, and the story's title.
TITLE_LINE_RE = re.compile(
    rf"^(?P<dateline>据?{DATED_TAG}|本报[^\s，。]{{0,10}}电)\s*题\s*[:：]\s*"
)
#: How a news story's first sentence opens: on its date (or days: ``3月26~27日``) or a word for
#: "recently".
NEWS_OPENING_RE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}(?:[~～至—－-]\d{1,2})?日"
    r"|^(?:近日|日前|昨日|昨天|今天|今日|近期|前不久)[，,]"
)
#: A paragraph that refers back to what came before (``此外，…``, ``该公司…``, ``…介绍，此次
#: 培训…``, ``这是…``, ``当天…``): it goes on with a story, it cannot open one.
REFERS_BACK_RE = re.compile(
    r"^(?:此外|同时|另外|然而|但是|不过|而且|并且|随后|此后|对此|为此|其中|因此|所以|于是|另据"
    r"|与此同时|接下来|下一步|这(?:也|就|正)?是|当天|当日|当晚|同日|次日"
    r"|该(?:[市县区镇村省]|公司|企业|单位|项目|活动|中心|厂|校|院))"
    r"|^[^。！？]{0,20}?(?:此次|这次|上述)"
)
#: A personal name, whole: it begins with a surname.
PERSON_RE = re.compile(rf"^{_PERSON}$")
#: What a person is: a post or a calling (``书记``, ``委员``, ``教授``, ``劳模``).
_POST = (
    r"(?:书记|主任|主席|局长|部长|厅长|市长|县长|区长|镇长|村长|校长|院长|所长|经理|董事长|总裁"
    r"|教授|研究员|专家|代表|委员|劳模|工匠|工人|职工|党员|干部|记者|作家)"
)
#: Who said the words above, on a line of its own after them: ``——山东烟台市芝罘区纪委
#: 书记、监委主任 姜雪宁``, ``——全国劳模 张三``.
ATTRIBUTION_RE = re.compile(rf"^(?:——|－－|--)\s*[^。！？]{{0,30}}?{_POST}\s*{_PERSON}$")
#: A person named by where they serve and their post (``内蒙古赤峰市小庙子村党总支书记
#: 赵会杰``, ``全国劳模 张三``): who, with no verb.
POSTED_PERSON_RE = re.compile(rf"^[^。！？，,：:\s]{{0,24}}?{_POST}\s?{_PERSON}$")
#: A person named with their posts, as a dialogue lists its guests (``鲍虎军 全国政协委员、
#: 民进浙江省委会副主委、浙江大学计算机科学与技术学院教授``).
GUEST_RE = re.compile(rf"^{_PERSON}\s+[^。！？\s][^。！？]{{2,70}}?{_POST}$")
#: What else the people signing a piece did: read it out (``播报人：林丹``), wrote the
#: note on it (``圈点：程莉莉``), set it down (``整理``, ``执笔``).
_WORK_DONE = r"(?:播报人?|圈点|整理|执笔)"
#: A pen name after ``文/`` may be any word (``文 | 剑胆琴心``).
_PEN_NAME = r"[\u4e00-\u9fff]{2,4}"
#: ``文/``, ``图/``, ``文/图``, ``文 |``, ``撰稿：``, ``作者：``: who wrote and who took the
#: pictures.
_AUTHOR_MARK = (
    rf"(?:(?:文图|图文|文|图)\s*[/／|｜:：]|文/图|(?:撰稿|撰文|作者|摄影|{_WORK_DONE})\s*[:：])"
)
_MARKED = (
    rf"(?:(?:{TITLED_OUTLET}\s*)?{_PERSON_ROLE}\s*[/／]?\s*{_PERSON}"
    rf"|{_AUTHOR_MARK}\s*(?:{_PERSON_ROLE}\s*{_PERSON}|{_PEN_NAME}))"
)
_WHO = rf"(?:{_MARKED}|{_PERSON})"
#: A line of names that says it is a byline, as printed under a title or over a story's
#: first paragraph: a role or author mark with names (``本报记者 王晓东``, ``文/张治``,
#: ``记者 李明 通讯员 张华``) or names behind an ornament (``□ 张三``).  Names are set apart
#: by a space or 、 unless a role word starts the next one; a slash may follow the role
#: (``记者/周斐 通讯员刘梦宇``).  ``张明英 图文``: the one who wrote the text and took the pictures.
_BOTH = r"\s+(?:图文|文图|文\s*[/／]\s*图|图\s*[/／]\s*文)"
_MARKED_LINE = (
    rf"^(?!.*报道)(?:[{ORNAMENTS}]\s*{_WHO}|{_MARKED})(?:\s*[ 、]\s*{_WHO}|\s*{_MARKED})*"
    rf"(?:{_BOTH})?$"
    r"|^(?:本报|特约|新华社|人民日报)?评论员$"
)
MARKED_BYLINE_RE = re.compile(_MARKED_LINE)
#: Any line of names only: a marked byline, or several bare names (``沈琳 韦友 张晓燕``),
#: which only their place under a title tells from a headline (``搭台铺路 助力产``).
_PERSONS = rf"{_PERSON}(?:\s*[ 、]\s*{_PERSON})*"
#: A few names, apart or run together (``远德亮孙丽梅``).
PERSONS_RE = re.compile(rf"^(?:{_PERSON}[ 、]?){{1,4}}$")
#: A paper, site or news service a byline names with the people (``冯晓芳 新华社``,
#: ``中央纪委国家监委网站 陈昊``).
_ORG = rf"[\u4e00-\u9fff]{{2,12}}?(?:网站|{SOURCE_END})"
BYLINE_LINE_RE = re.compile(
    rf"{_MARKED_LINE}|^{_PERSON}(?:(?:\s*[ 、]\s*{_PERSON})+(?:{_BOTH})?|{_BOTH})$"
    # the names with their paper, or with what they did (``刘易守 编译``)
    rf"|^{_ORG}\s+{_PERSONS}$|^{_PERSONS}\s+(?:{_ORG}|编译|整理|供稿)$"
)

#: Who did what for a feature, opening its credits (``专题策划 廖卓斌 专题撰文 …记者 彭博``).
_FEATURE_WORK = r"(?:专题)?(?:策划|统筹|撰文|摄影)"
FEATURE_ROLE = rf"{_FEATURE_WORK}\s*[\u4e00-\u9fff]{{2,4}}?(?:\s|(?={_FEATURE_WORK}))"
#: A reader's signature under a letter: the place they write from and their name
#: (``辽宁大连市 王忠鹏``).
PLACE_AND_NAME_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{1,12}}?(?:省|市|县|区|州|盟|旗|镇|乡|村)\s+{_PERSONS}$"
)


#: A line naming only where (``四川绵阳市游仙区``) or when (``“十四五”时期``) the story
#: under it happens, or which part of a series it is: the kicker over a title, never a
#: title or its deck.
SETTING_LINE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}?(?:省|自治区|市|县|区|州|盟|旗|镇|乡|村|街道|社区)){1,4}$"
    r"|^[“\"][^，。！？”\"\s]{1,8}[”\"](?:时期|期间|以来|前夕)$"
    # … or which part of a series it is (``“富平8名退休工人讨公道讨论”之九``)
    r"|^\S{2,30}之[一二三四五六七八九十]{1,3}$"
)


def is_han(ch: str) -> bool:
    """True for a Han ideograph."""
    return bool(HAN_RE.match(ch))


def han_chars(text: str) -> list[str]:
    """The Han characters of *text*, in order."""
    return HAN_RE.findall(text)


def char_width(ch: str) -> float:
    """Printed width of one character in em: ASCII is half a Han character."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


_NARROW_RE = re.compile(r"[\x00-\u1fff]")


@functools.lru_cache(maxsize=4096)
def width(text: str) -> float:
    """Printed width of a line (ASCII and spaces count as half a Han character)."""
    return len(text) - 0.5 * len(_NARROW_RE.findall(text))


@functools.lru_cache(maxsize=4096)
def ends_sentence(text: str) -> bool:
    """True when *text* ends with sentence-final punctuation (closing quotes allowed), an
    ellipsis typed as ``...``, or a full stop typed as ``.`` after Han text (``…断电.``)."""
    t = text.rstrip()
    if t.rstrip(_CLOSERS)[-1:] in _TERMINAL_SET:
        return True
    if t[-1:].isdigit() or t[-1:] in _CIRCLED:
        return ends_with_editor_code(t)  # …选拔赛。②11
    return t[-1:] == "." and (t.endswith("...") or t[-2:-1] in _BEFORE_DOT or is_han(t[-2:-1]))


_TERMINAL_SET = frozenset(_TERMINAL)
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
#: A sentence's end, then the code some papers print after a story: a circled number
#: (the editor or the page) and perhaps a number (``。②11``).
_EDITOR_CODE_RE = re.compile(r"[。！？!?”』」]\s*[①-⑳][0-9０-９]{0,3}$")


_WHITESPACE_RE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """*text* without its spaces and line breaks: how two printings of a line compare."""
    return _WHITESPACE_RE.sub("", text)


def ends_with_editor_code(text: str) -> bool:
    """The text's last sentence is followed by the code the editor set after the story
    (``…占41.43%。②6``): the story ends there."""
    t = text.rstrip()
    return (t[-1:].isdigit() or t[-1:] in _CIRCLED) and _EDITOR_CODE_RE.search(t[-8:]) is not None


_BEFORE_DOT = frozenset("”）)")


def ends_continuing(text: str) -> bool:
    """True when *text* visibly stops mid-sentence (comma, enumeration mark, open quote);
    a Latin word hyphenated at the line's end (``Wi-`` / ``Fi``) is only cut."""
    t = text.rstrip()
    if t[-1:] == "-" and t[-2:-1].isascii() and t[-2:-1].isalpha():
        return False
    return bool(t) and t[-1] in CONTINUING_END


_RUN_RE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]{2,}")


@functools.lru_cache(maxsize=512)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the Han/alphanumeric runs of *text* (a cheap bag of words).

    Cached: every stage weighs the same paragraphs and headlines of a page again."""
    out: set[str] = set()
    for r in _RUN_RE.findall(text):
        out.update(map(str.__add__, r, r[1:]))
    return frozenset(out)


def join_lines(lines: Iterable[str]) -> str:
    """Join lines cut by a narrow column: no separator (Chinese has no word spaces)."""
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        out += ln
    return out


def median(values: list[float]) -> float:
    """Median of a non-empty list (0.0 for an empty one)."""
    if not values:
        return 0.0
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


#: Names alone in brackets, a closing credit (``（王飞）``, ``（王飞 李明）``).
BARE_CREDIT = r"[（(][\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3}[）)]"
BARE_CREDIT_RE = re.compile(BARE_CREDIT)
#: A body named alone in brackets (``（城东区总工会）``, ``（县委宣传部）``): who sent the
#: story in, when it stands under the last sentence.
ORG_CREDIT = (
    r"[（(][\u4e00-\u9fff]{1,14}(?:总工会|工会|委员会|党委|团委|妇联|联合会|协会|学会|办公室|"
    r"宣传部|中心|局|厅|委|办|站|公司|集团|街道|社区|政府|学校|医院|法院|检察院)[）)]"
)
#: A credit closing an article: ``（《浙江工人日报》记者吴晓静）``, ``（记者 张三）``,
#: ``（图/李宏宇 文/晚山）``, or
#: names alone in brackets right after the last sentence (``…电网。（王飞）``, or two
#: names run together, each beginning with a surname: ``（孟西安祁鸿斌）``).
CREDIT_END_RE = re.compile(
    # the paper may be followed by its reporters in brackets: （《南方工报》（记者 王青山））
    r"(?:[（(]\s*(?:《[^》]{1,20}》(?:[^（）()]|[（(][^（）()]{1,30}[）)]){0,40}|[^（）()]{0,12}"
    # a note in brackets of its own may follow the names: （记者 陈泽云报道（除署名外））
    # the paper's commentator signs without a name: （本报评论员）
    r"(?:(?:记者|通讯员|实习生)[^（）()]{1,30}|评论员[^（）()]{0,30})(?:[（(][^（）()]{1,8}[）)])?|(?:文图|图文|文|图)\s*[/／|｜][^（）()]{2,30}"
    rf"|{_WORK_DONE}\s*[:：]\s*{_PERSONS}"
    # the names and their paper: （彭超 人民邮电报）; the names and what they made:
    # （陈向阳 文/图）
    rf"|{_PERSONS}\s+{_ORG}|{_PERSONS}\s*(?:文\s*[/／]\s*图|文图|图文)"
    # a feature's credits: （专题策划 廖卓斌　专题撰文 …记者 彭博）
    rf"|{FEATURE_ROLE}[^（）()]{{1,70}})[）)]"
    rf"|(?<=[。！？!?”])\s*(?:{BARE_CREDIT}|[（(]{_PERSON}{_PERSON}[）)]))$"
)


#: A signature set after the last sentence without brackets (``…主力军。 读者 薛芳玲``,
#: ``…就能到。 齐鲁晚报·齐鲁壹点记者 王媛``): the paragraph, and its story, end there.
SIGNATURE_END_RE = re.compile(
    r"(?<=[。！？!?”])\s*[^\s，。（(]{0,12}?(?:记者|通讯员|读者|作者)\s*"
    rf"{_PERSON}(?:[ 、]{_PERSON}){{0,3}}$"
)


_PAGE_NO = r"(?:第\s*)?[A-Za-z]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版[^（）()\s]{0,6}"
#: Jump lines: ``（上接第一版）`` opening a part of a story, ``（下转第3版）`` closing one.
JUMP_FROM_RE = re.compile(rf"^[（(]?\s*(?:(?:上接|紧接|接)\s*{_PAGE_NO}|接上版)[）)]?\s*")
JUMP_ON_RE = re.compile(rf"\s*[（(]?\s*(?:下转|转)\s*{_PAGE_NO}[）)]?$")


def jump_from(text: str) -> re.Match[str] | None:
    """The jump line opening *text* (``（上接第1版）…``), if any."""
    return JUMP_FROM_RE.match(text) if "接" in text[:6] else None


def jump_on(text: str) -> re.Match[str] | None:
    """The jump line ending *text* (``…（下转第3版）``), if any: only the last characters
    can hold one, and it names 转."""
    tail = max(0, len(text) - 20)
    return JUMP_ON_RE.search(text, tail) if "转" in text[tail:] else None


#: The people who made the page and where to write to it (``责任编辑：``, ``专栏邮箱：``).
PAGE_STAFF = (
    r"(?:本版|本期)?(?:责任编辑|编辑|责编|美编|美术编辑|校对|组版|版式设计|版式|制图|排版|"
    r"图片编辑|版面编辑|视觉设计|专栏邮箱|投稿邮箱|主编|值班主任|统筹)"
)
#: A full date (``2025年3月5日``).
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
#: A full date alone on its line: the last line of a notice's signature, or a letter's.
DATE_ALONE_RE = re.compile(rf"^{_DATE}$")
#: The page's date line (``2025年3月5日 星期三``), issue or page number, web or mail address.
DATE_LINE = rf"{_DATE}\s*(?:星期|周)[一二三四五六日天]"
ISSUE_LINE = r"^第\s*[0-9一二三四五六七八九十百零]+\s*(?:期|版)$"
ADDRESS_LINE = r"^(?:https?://|www\.)\S+$|^[\w.-]+@[\w-]+\.[\w.]+$"
#: A line of page furniture that never shares a paragraph with anything, blank line or
#: not: the editors (with a colon, or named after their role: ``责任编辑 张三 版式设计
#: 李四``), the date line, the page number, a web or mail address, the label over the
#: page's index (``今日导读``).
FURNITURE_LINE_RE = re.compile(
    rf"^{PAGE_STAFF}\s*[:：]"
    r"|^(?:本版|本期)?(?:责任编辑|责编|美编|美术编辑|校对|版式设计|版面编辑|图片编辑)"
    r"\s+[\u4e00-\u9fff]{2,4}(?:\s|$)"
    rf"|^{DATE_LINE}|{ISSUE_LINE}|{ADDRESS_LINE}|^E-?mail\s*[:：]"
    # the label over the page's index of stories printed on other pages
    r"|^(?:今日|本期|本版)?导读$|^(?:今日|本期)?要目$",
    re.IGNORECASE,
)
#: An entry of the page's index: a headline and the page it is printed on
#: (``快递小哥有了新驿站 2版``).
INDEX_ENTRY_RE = re.compile(r"^\S.{1,30}?\s*第?[A-Z]?\d{1,2}版$")
#: A column's or a section's label in lenticular brackets (``【动力来源】``).
LABEL = r"[【\[][^】\]]{1,12}[】\]]"
#: … alone on its line.
LABEL_ALONE_RE = re.compile(rf"^{LABEL}$")
#: A short label in brackets opening a line (``【事件】前不久，…``).
LABEL_RE = re.compile(r"[【\[][^【】\[\]]{1,8}[】\]]")
#: The label over an editor's note (``编者按``): it opens the story the note introduces.
EDITORS_NOTE_RE = re.compile(r"^[【\[]?(?:编者按|编者的话)[】\]]?[:：]?$")
#: The title of the note that opens a new column or series (``开栏的话``): a piece of its own.
OPENING_NOTE_RE = re.compile(r"^(?:开栏的话|开篇的话|开栏语|开篇语)$")
#: What a column's opening note says of itself: the paper opens a column or a series.
_ANNOUNCES_RE = re.compile(
    r"(?:本报|本刊|本版|今起|今日起|即日起).{0,12}?(?:开设|推出|开辟|刊发|刊登)|专栏|栏目"
)


def announces_column(text: str) -> bool:
    """*text* announces a column or a series (``今日起，本报开设“走近大国工匠”专栏``): what
    a column's opening note tells."""
    return bool(_ANNOUNCES_RE.search(text))


#: A paragraph that opens with that label (``编者按：近期，本报推出了…``).
EDITORS_NOTE_START_RE = re.compile(r"^[【\[]?(?:编者按|编者的话)[】\]]?\s*[:：]")
#: The editor's signature closing a note: ``——编者``, ``——编  者``.
EDITORS_SIGNATURE_RE = re.compile(r"^[—－]{1,2}\s*编\s*者$")
#: A numbered heading: ``一、建会入会有了新渠道``, ``（二）服务阵地``, ``3. 成效``,
#: ``案例一：…``.
ENUM_HEAD_RE = re.compile(
    # (not a decimal number: 1.5亿购买…)
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d)"
    # a feature's numbered scenes and cases: 案例一：…, 镜头二：…
    r"|(?:案例|镜头|场景|片段|故事|瞬间)[一二三四五六七八九十]{1,3}[:：、 ]"
    # … and the hours of a day's timeline (9：00, 14:30)
    r"|(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d))"
)
#: The label of a box printed with a story (``相关链接``, ``记者手记``, ``延伸阅读``, what
#: readers wrote of it: ``网友留言``): it belongs to the story above it, even after that
#: story's credit.
SIDEBAR_RE = re.compile(
    r"^[【\[]?(?:(?:相关|新闻|背景)?链接|延伸阅读|记者手记|采访手记|记者观察|编后(?:语|记)?|"
    r"小贴士|名词解释|背景资料|(?:网友|读者)?(?:留言|热评)|(?:网友|读者)评论|网友(?:声音|热议))[】\]]?$"
)


#: The label of a summary box set over a story's text (``核心阅读``, ``阅读提示``): the
#: story's first block, never its title.
SUMMARY_RE = re.compile(r"^[【\[]?(?:核心阅读|阅读提示|核心提示|内容提要|本文提要)[】\]]?$")


#: What a credit or a note in brackets holds (``（李明参与采写）``, ``（据新华社电）``): no
#: column's name.
NOTE_IN_BRACKETS = (
    r"[^）)]*(?:记者|通讯员|实习生|采写|采访|摄|供图|编辑|作者|来源|完|待续)|据|摘编?自|原载"
)
#: A column's name in brackets closing a title (``（春耕进行时）``, ``（大数据观察）``,
#: ``…风险？（以案说法）``), after words that end no clause; not a credit or a note.
COLUMN_TAG_RE = re.compile(
    rf"[^\s。，,、；;：:…（(][（(](?!{NOTE_IN_BRACKETS})(?P<name>[^（）()。！？!?；;：:]{{2,20}})[）)]$"
)
#: How a note on who the author is opens (``作者系某大学教授``, ``作者单位：…``).
AUTHOR_NOTE = r"作者(?:系|为|是|单位[:：]?)"
#: Where a story came from, printed in brackets after its last sentence: the source
#: (``据新华社郑州9月9日电``, ``来源：…``), the paper a reprint was taken from
#: (``摘编自《南方日报》``, ``原载《工人日报》，原题为《…》``) or the dateline set at the
#: end (``本报伊斯兰堡8月22日电``).  The inside of the brackets.
SOURCE_NOTE = (
    r"(?:据|来源[:：]?)\s*[^（）()，。]{2,24}"
    r"|(?:摘编?自|节选自|选自|转载?自|原载)\s*《[^（）()]{2,60}"
    r"|[^（）()，。\s]{2,24}(?:电|讯)"
)


#: Title words of an official notice (a land-sale 公告, a 通知 …).
NOTICE_TITLE_RE = re.compile(r"(?:公告|通告|公示|启事|声明|通知|告知书|招标|拍卖)$")

#: Marks that open what a later mark closes: quotations, titles, notes and labels.
MARK_PAIRS = (
    ("“", "”"),
    ("‘", "’"),
    ("《", "》"),
    ("（", "）"),
    ("(", ")"),
    ("【", "】"),
    ("「", "」"),
)


def opens_more_than_it_closes(text: str) -> bool:
    """*text* opens a bracket or a quotation it does not close: it goes on."""
    return any(text.count(a) > text.count(b) for a, b in MARK_PAIRS)
