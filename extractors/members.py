"""Delegation members from a trip decision: name, title, unit and role in the delegation.

Three forms occur. A numbered or dashed list ("1. Ông Nguyễn Văn A, Giám đốc Sở Ngoại vụ – Trưởng đoàn;"),
an inline enumeration ("cử các ông (bà) có tên sau: Ông A, ...; Bà B, ... đi công tác tại ..."), and a table
whose rows reach us as lines with cells joined by " | " (pdfplumber and DOCX tables; OCR lines when the
layout kept the columns). Names are told from titles by the title vocabulary, so a row without commas
("1 Nguyễn Văn A Giám đốc Sở Ngoại vụ Trưởng đoàn", as OCR gives a table without rulings) still splits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from extractors.first_chars import compile_led
from extractors.names import KNOWN_FAMILY, KNOWN_GIVEN, name_list
from extractors.normalize import TONE_MARKS
from extractors.paragraphs import blank_recipients, unwrap_lines
from extractors.people import FAMILY_NAMES, family_name
from extractors.titles import DELEGATION_ROLES, OFFICES, STAFF_ROLES
from extractors.units import CLAUSE, split_membership, title_and_unit
from extractors.vntext import LOWER, UPPER, fold, is_syllable, is_upper_line, squash
from schemas.document import TripMember

_TITLE_HEADS = [
    title
    for title in (*OFFICES, *STAFF_ROLES)
    if not title.startswith(("Phó ", "Quyền ")) and title not in DELEGATION_ROLES
]
"""The lexicon's posts a member's title starts with ("Phó" and "Quyền" go before any of them), and the trades a
delegation list names ("Lái xe"); a role in the delegation ("Trưởng đoàn") is read apart (`_ROLE_RE`)."""
_TITLE_ALTERNATION = "|".join(sorted(_TITLE_HEADS, key=len, reverse=True))
# Folded (diacritic-free, lower-case) so OCR text that lost its tone marks still matches; the exact form
# tells a title from a look-alike name when the diacritics are there ("Trường" is a name, "Trưởng" a title).
_TITLE_RE = re.compile(r"(?:(?:pho|quyen)\s+)?(?:" + fold(_TITLE_ALTERNATION).lower() + r")\b")
_TITLE_EXACT_RE = compile_led(r"(?:(?:Phó|Quyền)\s+)?(?:" + _TITLE_ALTERNATION + r")\b", re.IGNORECASE)


def is_title(text: str) -> bool:
    """Whether `text` starts with a member's title, as printed."""
    return _TITLE_EXACT_RE.match(text) is not None


_JOINED_ROLE = re.compile(
    r"(?:\s*,\s*|\s+kiem\s+|\s*,?\s+dong\s+thoi\s+(?:la\s+)?)"
    + _TITLE_RE.pattern
    + r"(?:\s+(?:dang\s+uy|chi\s+bo|dang\s+bo)(?=\s+(?:so|ban|uy\s+ban|ubnd|cuc|chi\s+cuc|vien|truong|"
    r"benh\s+vien|trung\s+tam|cong\s+ty|van\s+phong)\b|\s*$))?"
)
"""A second role joined to the first ("Phó Giám đốc, Bí thư Đảng ủy Sở …", "… kiêm Bí thư Chi bộ"), folded:
titles join roles, and a deputy who heads the party committee is a key leader (extractors/scope.py), so the
party post belongs to the title, not the unit. "Đảng ủy" stays in the title when the unit follows it."""
_BARE_UNIT = re.compile(
    r"\s+(?:so|ban|cuc|chi\s+cuc|vien|ubnd|hoi\s+dong\s+(?:truong|quan\s+tri|thanh\s+vien|khoa\s+hoc))(?=\s*,)"
)
"""The first role's unit named by its kind alone before the second role ("Phó Giám đốc Sở, Bí thư Đảng ủy Sở X"),
or by a council of the unit that has no name of its own ("Chủ tịch Hội đồng trường, Bí thư Đảng ủy Trường Đại
học X", "Chủ tịch Hội đồng quản trị, …"): part of the title, the unit comes after the second role."""
_BARE_PARTY = re.compile(r"\s+(?:dang\s+uy|dang\s+bo|chi\s+bo)\s*,\s*(?=\S)")
"""The first role's party committee named bare before a second role of the same unit ("Bí thư Đảng ủy, Chủ tịch Hội
đồng thành viên Tổng công ty X", "Bí thư Chi bộ, Phó Giám đốc Sở Y"), folded: the party post is part of the title,
and the second role is read as a member's title and unit of its own."""
_TRAILING_ROLE = re.compile(
    r"(?:\s*,\s*|\s+kiem\s+|\s*,?\s+dong\s+thoi\s+(?:la\s+)?)("
    + _TITLE_RE.pattern
    + r"(?:\s+(?:dang\s+uy|chi\s+bo|dang\s+bo))?)(?:\s+(?P<unit>\S.*?))?\s*$"
)
"""A second role after the unit, ending the entry ("Phó Giám đốc Sở Y tế, Bí thư Đảng ủy") or naming its unit
again ("…, Bí thư Đảng ủy Sở Y tế", "Phó Chủ tịch UBND xã X kiêm Bí thư Đảng ủy xã X")."""
_HONORIFIC_RE = re.compile(
    r"^(?:(?:ong|ba)\s*\((?:ong|ba)\)|ong|ba|doo?ng chi|d/c|thuong ta|trung ta|dai ta|thieu ta|thieu tuong)\s+"
)
"""An honorific opening a member's entry, folded; "Đôồng chí" (a scan's "ô" read twice) is "Đồng chí"."""
_DROP_TONES = dict.fromkeys(map(ord, TONE_MARKS))
_HONORIFIC_VOWELS = {"ong": ("ông", "ong"), "ba": ("ba",)}
""""ông" and "bà" with their tone marks aside (OCR confuses those: "bả"): OCR's "ờng" (the end of "Lường" in a
signature) folds to "ong" too, but its horned "ơ" makes it no honorific."""


_SPECIALIST = r"(?:bs|ds)?\.?\s?ck(?:ii|i|1|2|[il1t]{2}|[ht](?=\.))"
"""A specialist physician's or pharmacist's grade, folded: "BSCKII", "BS.CKI", "DSCKI", "CKII" (bác sĩ / dược sĩ
chuyên khoa cấp I, II). Printed without a dot too ("BSCKI Kiều Thị Nga"): a word no name or sentence has. OCR
reads the grade's "II" as "TI", "Il", "1I", "TT" (scenario 23's "BSCKTT. Xa Thị Thủy"), or "H" before its dot
("BSCKH. Đoàn Thị Hoa"), and the grade's "I" as "T" before its dot ("BSCKT. Kha Văn Lộc") …"""
_DOTTED_TITLES = r"gs|pgs|tskh|ts|th[s§]|ncs|cn|cndd|ktv|ks|bs|ds|dd|ttut|ngut|ttnd|ngnd|bsnt"
"""Degrees, professions and honours a list prints before a name with a dot, folded: "TS.", "ThS.", "BS.", "DS."
(dược sĩ), "ĐD." (điều dưỡng), "CN.", "CNĐD." (cử nhân điều dưỡng), "KTV." (kỹ thuật viên), "KS.", "BSNT." (bác sĩ
nội trú), "TTƯT."/"NGƯT."/"TTND."/"NGND." (thầy thuốc, nhà giáo ưu tú / nhân dân). OCR reads the S of "ThS."
as "§" ("Th§. Nông Thị Thảo"): a sign no word has."""
_COMMA_TITLES = r"p?gs|tskh|ts|ths"
"""Degrees a scan may print with a comma for the dot ("1.TS, Tạ Quang Vinh"): no word a list has."""
ACADEMIC = rf"(?:(?:{_SPECIALIST}|{_DOTTED_TITLES})\.+\s*|(?:{_COMMA_TITLES}),\s*|{_SPECIALIST}\s+)+(?=[^\W\d_])"
_ACADEMIC_RE = re.compile("^" + ACADEMIC)
"""An academic title, degree or honour before a name, folded: "PGS.TS. Đặng Thị Thu Hà", "GS.TSKH. A", "ThS. B",
"ThS.BSCKII C", "BSCKI D", "TTƯT.BS.CKII E" (in hospitals' and universities' lists there is no "Ông/Bà": the title
addresses the person). Only with its dot, but for a specialist's grade: a bare "TS" may be a word or a speck."""


def _academic(text: str) -> re.Match[str] | None:
    """The academic titles opening `text` (matched folded), if any."""
    return _ACADEMIC_RE.match(fold(text))


def _honorific(text: str) -> re.Match[str] | None:
    """The honorific opening `text` (matched folded), unless its word is another word folded alike ("ờng")."""
    match = _HONORIFIC_RE.match(fold(text))
    if match is None:
        return None
    head = match.group().split("(")[0].split()[0]
    spellings = _HONORIFIC_VOWELS.get(head)
    word = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text[: len(head)].lower()).translate(_DROP_TONES))
    return None if spellings and word not in spellings else match


_UNIT_HEAD_RE = re.compile(
    r"(?:so|ban|bo|uy\s+ban|ubnd|hdnd|hoi\s+dong|phong|van\s+phong|cong\s+an|trung\s+tam|cuc|chi\s+cuc|vien|"
    r"truong|benh\s+vien|tinh\s+uy|huyen\s+uy|thanh\s+uy|dang\s+uy|mat\s+tran|bo\s+chi\s+huy|bao|dai|"
    r"hoi|lien\s+doan|tinh\s+doan|doan|cong\s+ty|tong\s+cong\s+ty|khu|thanh\s+tra|kho\s+bac|cuc|vu)\b"
)
_ROLE_RE = re.compile(
    r"[\s,;:–—\-]*\(?\s*(?:lam\s+|kiem\s+)?(?:thanh\s+vien\s+(?=thap))?"
    r"(?P<role>(?:pho\s+)?tr?uong\s+(?:[^\w\s]\s*)?doan|thap\s+tung|(?<!hoi dong )thanh\s+vien(?:\s+doan)?|"
    r"thu\s+ky\s+doan|phien\s+dich)"
    r"\s*\)?[\s;.,]*$"
)
"""A role in the delegation closing a member's entry ("…, Giám đốc Sở X - Trưởng đoàn"), folded; "thành viên tháp
tùng" goes as an escort (role "tháp tùng", which a trips-per-year rule's exception may leave out of the count). A
scan's "(tướng đoàn)", its "r" lost, is the head's role all the same. "Chủ tịch Hội đồng thành viên" ends in a
company's council, no role."""
_LOST_R = compile_led(r"(?P<deputy>pho\s+)?tr?uong\s+(?:[^\w\s]\s*)?doan")
"""A head's role as a scan may print it, folded: its "r" lost ("(tướng đoàn)"), a speck before its second word
("Trưởng\n„ đoàn")."""


def _role(written: str) -> str:
    """A role as `_ROLE_RE` read it, lower case, in its spelling: "(tướng đoàn)" is "trưởng đoàn"."""
    role = squash(written).lower()
    lost = _LOST_R.fullmatch(fold(role))
    if lost is None or re.fullmatch(r"(?:pho )?truong doan", fold(role)):
        return role  # as written, "truong doan" of a text without its marks too
    return ("phó " if lost["deputy"] else "") + "trưởng đoàn"


_ENUM_RE = re.compile(
    r"^\s*(?:\d{1,2}(?!\d|[.,/:]\d)\s*[.;)/_–-]?\s*\|?\s*|[a-zđ]\)\s+|[-–•+*]\s+)(?=[^\W_])", re.IGNORECASE
)
"""A list item's number or dash, with a word after it: a lone "2)" or "2<" is a seal's speck, not an item (on a
scan the seal's edge over the signer's title read "2<", and the signer's name below it became the only member);
never the start of a date or a number wrapped to the line's head ("15/9/2026. Ông A làm Trưởng đoàn" is a
sentence's end, not item 15)."""
_APOSTROPHE_NAME = re.compile(r"^[hk]'\w")
_SURNAMES = {
    fold(name) for name in name_list("member_family_names.txt") | name_list("highland_family_names.txt") | FAMILY_NAMES
}
"""The family names a member listed without "Ông/Bà" is known by (data/member_family_names.txt and
data/highland_family_names.txt say which and why), and those of running text; "H'…" and "K'…" (`_APOSTROPHE_NAME`)
start a name too."""
_MARKED_SURNAMES = KNOWN_FAMILY | name_list("marked_family_names.txt")
"""Family names taken only as written, marks and all, and only with a title after the name (`_family_first`): rarer
ones whose folded spelling is a word an item starts with ("Dư Thị Cẩm Tú, Chuyên viên …", never "Du lịch …" nor
"Dự kiến …"; data/marked_family_names.txt says which and why), and the statistics' list (data/family_names.txt)."""
_KNOWN_SURNAMES = _SURNAMES | {fold(name) for name in _MARKED_SURNAMES}
"""Every family name known, folded."""
_ANY_SURNAME = _KNOWN_SURNAMES | {fold(name) for name in name_list("other_family_names.txt")}
"""`_KNOWN_SURNAMES` and the rarer family names no item is taken to start with (data/other_family_names.txt)."""


def is_family_name(word: str) -> bool:
    """Whether `word`, with its marks or without them, is a family name of any list: a scan's family name that is
    none, a letter off a known one ("Dùi" for Bùi), is a misread rather than a rare name (`extractors.trips`)."""
    return fold(word) in _ANY_SURNAME


_CELL_SEP = re.compile(r"\s*(?:(?<=\s)\|(?=\s|$)|^\|)\s*|\t")
_HEADER_NAME = re.compile(r"(?:\b|va)ten\b")
"""The name column's header, folded: "Họ và tên", also as OCR glues it ("Họ vàtên")."""
_HEADER_TITLE = re.compile(r"chuc (?:vu|danh)")
_HEADER_UNIT = re.compile(r"don vi|co quan|noi cong tac")
_HEADER_ROLE = re.compile(r"ghi chu|vai tro|nhiem vu|trong doan")
_INLINE_RE = re.compile(
    r"\b(?:cu|cho phep|gom(?:\s*:)?)\s+(?:(?:\d{1,2}|[a-z]{2,5}\s*\(\d{1,2}\))\s+)?(?:cac\s+)?"
    r"(?:(?:ong|ba|dong chi|d/c)\b|" + ACADEMIC + ")"
    r"(?:\s*\((?:ong|ba)\)|\s*[,/]\s*(?:ong|ba)\b)?(?:\s+(?:co\s+ten\s+)?sau(?:\s+day)?)?\s*:?"
    r"|\bgom\s+(?:\d{1,2}|[a-z]{2,5}\s*\(\d{1,2}\))\s+(?:nguoi|thanh\s+vien)\s*:(?=\s*(?:(?:ong|ba|dong chi|d/c)\b|"
    + ACADEMIC
    + "))"
)
"""An opening naming people: "Cử ông A, …", "Cử PGS.TS. A, …" (the honorific or title is the first member's), or a
list's opening: "Cử các ông (bà) có tên sau đây", "Cử các đồng chí sau", "… gồm các đồng chí:", "gồm 03 đồng chí:"
(the members follow), or a delegation's "… gồm: ông A, …; bà B, …" (the colon before the first member's honorific),
"Thành phần đoàn gồm 06 người: ông A, …" (its head count before the colon)."""
_LATE_COLON = re.compile(r"[^:.\n]{0,300}?:")
"""The clause between "có tên sau đây" and the list ("đi công tác tại ... từ ngày ...:")."""
_INLINE_END_RE = re.compile(
    r",?\s+(?:di\s+(?:cong\s+tac|nuoc\s+ngoai|tham|lam\s+viec|du|hoc|bieu\s+dien|xuc\s+tien|khao\s+sat)|sang\s"
    r"|tham\s+(?:du|gia)|lam\s+viec\s+tai)|\n\s*\n|\.\s"
)
"""Where an inline enumeration ends: the trip's verb ("đi công tác", "đi biểu diễn", "tham dự" …), a paragraph's or
a sentence's end."""
_LED_BY_RE = re.compile(
    r"\bcu\s+doan\b(?:(?:(?!\b(?:doan|thap\s+tung|tham\s+gia|cung)\b)[^.:;\n]){0,80}?|[^:;\n]{0,300}?\.\s+doan\s+)"
    r"\bdo\s+(?=(?:ong|ba|dong chi|d/c)\s)"
)
"""A delegation named by its leader: "Cử đoàn công tác của tỉnh do đồng chí A, …, làm Trưởng đoàn đi …", also
of a unit whose name has a comma ("Cử đoàn công tác của Sở Văn hóa, Thể thao và Du lịch do bà A, …"); not when
another delegation comes between, whom the members join ("… tham gia Đoàn của Bộ … do ông X dẫn đầu"); or a sentence
of its own after the one sending it ("Cử đoàn … từ ngày … đến ngày …. Đoàn do bà A, … làm Trưởng đoàn; thành viên gồm
…")."""
_ESCORT_RE = re.compile(
    r"\b(?:thap\s+tung|di\s+cung|cung\s+di)\b[^.:;\n]{0,80}?\bco\s*:?\s*"
    r"(?:(?=(?:ong|ba|dong chi|d/c)\s)"
    r"|(?:cac|nhung)\s+(?:dong chi|ong\s*\(ba\)|ong/ba|ong|ba)(?:\s+sau(?:\s+day)?)?\s*:\s*)"
)
"""The people going with the leader, in the sentence after: "Tháp tùng đồng chí … có (:) ông B, …, và bà C, …", or
after a heading that carries the honorific for them all, the names bare ("Cùng đi có các đồng chí: B, …; C, …")."""
_RUNS_ON = compile_led(r"(?:,|\b(?:va|voi|cung|cua|tai))\s*$")
"""A line ending mid-sentence ("… Sở Văn hóa, Thể thao và Du lịch và"): the next line goes on with it, even
when it opens with a person and a title."""
_ADDRESSED = re.compile(r"(?:ong|ba|dong chi|d/c)\b|" + ACADEMIC)
"""Where a person named inline starts: an honorific or an academic title."""
_NEXT = r"(?=(?:ong|ba|dong chi|d/c)\s|" + ACADEMIC + ")"
"""The next person named inline: by an honorific or an academic title ("và ThS. B")."""
_INLINE_SPLIT_RE = re.compile(
    r";\s*(?:va\s+|cung(?:\s+voi)?\s+(?:cac\s+)?" + _NEXT + ")?"
    r"|,?\s+(?:va|cung(?:\s+voi)?)\s+(?:cac\s+)?"
    + _NEXT
    + r"|,\s*"
    + _NEXT
    + r"|,?\s+(?:(?:dan\s+dau|lam\s+truong)\s+doan\s+)?gom(?:\s+co)?\s+(?=(?:ong|ba|dong chi|d/c)\s)"
)
"""Where one person named inline ends and the next begins: "; ", ", và ông", ", bà", "…, Trưởng đoàn; cùng bà B, …",
"… dẫn đầu đoàn gồm ông B, …" (the leader, then the members he leads), and "…, cùng các đồng chí B, …; C, …" (the
plural honorific the members after it share)."""


_NAME_JOINERS = str.maketrans("", "", "-'’")
"""Marks inside one name word: a hyphen, and the apostrophe of Ê Đê and Gia Rai given names ("H'Lan", "Ksor
H'Bia"), which start with the letter before it."""


def _family_first(name: str, rest: str = "") -> bool:
    """Whether a name without an honorific starts as a person's does: a known family name, or "H'"/"K'"; or a
    family name of `_MARKED_SURNAMES` spelt as written when `rest`, what follows the name, starts with a title."""
    first = name.split()[0]
    if fold(first) in _SURNAMES or _APOSTROPHE_NAME.match(fold(first)):
        return True
    return unicodedata.normalize("NFC", first) in _MARKED_SURNAMES and _title_starts(rest.split())


def _is_name_word(word: str) -> bool:
    """A capitalised word ('Nguyễn', "H'Lan"), not a heading's capitals ('CHỦ') nor a lower-case word."""
    letters = word.translate(_NAME_JOINERS)
    return bool(letters) and word[0].isupper() and letters.isalpha() and not word[1:].translate(_NAME_JOINERS).isupper()


def _title_starts(words: list[str]) -> bool:
    """A title begins here: with its diacritics, or without any (OCR loss) but never with other ones."""
    text = " ".join(words)
    if _TITLE_EXACT_RE.match(text):
        return True
    match = _TITLE_RE.match(fold(text))
    return match is not None and fold(text[: match.end()]) == text[: match.end()].lower()


_DEGREE_WORD = re.compile(rf"(?:p?gs|ts|ths|tskh|ncs|(?:ths\.?)?{_SPECIALIST})\.?")
"""A degree's cell after the name in a row whose cell borders were lost ("6 Ung Văn Lộc ThS giảng viên …"), folded:
no name word (it has no vowel), so the name ends before it."""


_NAME_END = re.compile(r"[,;:–-]+\.?$")
"""What ends a name before the post: a comma, colon or dash, a scan's speck of a dot after it ("Lý Thanh Bình,. Trưởng
phòng …") aside."""


def _split_name(item: str) -> tuple[str, str] | None:
    """(name, rest) from "Nguyễn Văn A, Giám đốc ..." or "Nguyễn Văn A Giám đốc ..."; None if no name leads, or if
    a dot cuts its words before anything but a title. A title
    leads no name: a misaligned row gave its title cell as the name cell, and "Phó Giám đốc Sở …" became a member
    "Phó Giám" (scenario 18's QĐ 1885 on its scan)."""
    words = item.split()
    if _title_starts(words):
        return None
    count = 0
    for index, word in enumerate(words[:6]):
        bare = _NAME_END.sub("", word)
        if index >= 2 and (_title_starts(words[index:]) or _DEGREE_WORD.fullmatch(fold(bare))):
            break
        if index >= 1 and word.endswith(".") and _is_name_word(word[:-1]):
            # a scan's dot for the comma before the post ("Mai Thị Hằng. Trưởng phòng …"); before anything else
            # ("Mai Thị Hằng. Trưởng }ý …") where the name ends is unsure: "Mai Thị" would be a wrong member
            if not _title_starts(words[index + 1 :]):
                return None
            count = index + 1
            break
        if not _is_name_word(bare):
            break
        count = index + 1
        if bare != word:  # the name ends at a comma, colon or dash
            break
    if not 2 <= count <= 5:
        return None
    name = _NAME_END.sub("", " ".join(words[:count])).removesuffix(".")
    if fold(name.split()[-1]) == "thi":  # "Phan Thị Kin¡ anh": a name cut by a garbled word is no member
        return None
    after = words[count:]
    if after and _DEGREE_WORD.fullmatch(fold(after[0].rstrip(",;:–-"))):  # "Ung Văn Lộc ThS giảng viên …"
        after = after[1:]
    rest = " ".join(after).lstrip(",;:–- ")
    return name, rest


_RELATION = re.compile(
    r"\s*(?:(?:phu\s+nhan|phu\s+quan)\b|(?:vo|chong|con(?:\s+(?:trai|gai|ruot|de))?|than\s+nhan|nguoi\s+nha)"
    r"\s+(?:cua\s+)?(?:dong\s+chi|d/c|ong|ba)\s)"
)
"""A member described as another's relative ("vợ đồng chí Đặng Hữu Lộc", "con trai của ông X", "Phu nhân Chủ tịch
UBND tỉnh"): the relation is who the member is, not a unit; the relatives' rule reads it in the title."""
_RELATION_END = re.compile(r"[,;](?![^(]*\))")


def _split_title_unit(text: str) -> tuple[str | None, str | None]:
    """ "Giám đốc Sở Ngoại vụ" → ("Giám đốc", "Sở Ngoại vụ"); "Trưởng phòng X, Sở Y" → ("Trưởng phòng X", "Sở Y");
    "vợ đồng chí X, đi cùng Đoàn" → ("vợ đồng chí X", None)."""
    if _RELATION.match(fold(text)):
        relation = squash(_RELATION_END.split(text, maxsplit=1)[0]).strip(" ,;.:")
        return relation or None, None
    seats, post = split_membership(squash(text))
    title, unit = _title_unit_parts(post)
    tail = _TRAILING_ROLE.search(fold(unit)) if title and unit else None
    if title and unit and tail and _same_unit(unit[: tail.start()], tail.group("unit")):
        # "Phó Giám đốc Sở Y tế, Bí thư Đảng ủy (Sở Y tế)": both roles are the title, of the first unit
        title, unit = f"{title}, {unit[tail.start(1) : tail.end(1)]}", unit[: tail.start()]
    elif title and unit and (second := _SECOND_ROLE.match(fold(unit))):
        # "Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy Viện X": both roles are the title, "Viện X" the unit
        title, unit = f"{title}, {unit[: second.end()]}", unit[second.end() :].strip(" ,") or None
    title, unit = title_and_unit(title, unit)
    return (f"{seats}, {title}" if seats and title else title), unit


_SECOND_ROLE = compile_led(
    _TITLE_RE.pattern + r"(?:\s+(?:dang\s+uy|chi\s+bo|dang\s+bo))?(?=\s+" + _UNIT_HEAD_RE.pattern + r"|\s*$)"
)
"""A second role opening what was read as the unit, before the unit itself, folded: the first role named its own
part of the unit ("Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy Viện X"), so the comma after it split the roles
apart; the party post is the member's, and "Viện X" the unit of both."""


def _same_unit(first: str, again: str | None) -> bool:
    """Whether a second role's unit is the first role's (not named, named again, or named by its place alone:
    "Ủy ban nhân dân xã X" and "xã X"): only then do the roles join into one title of one unit."""
    if again is None:
        return True
    first_key, again_key = squash(fold(first)).lower(), squash(fold(again)).strip(" ,;.").lower()
    return bool(again_key) and (first_key == again_key or first_key.endswith(" " + again_key))


def _title_unit_parts(text: str) -> tuple[str | None, str | None]:
    text = squash(text).strip(" ,;.:")
    clause = CLAUSE.search(text)
    if clause:
        text = text[: clause.start()].strip(" ,;.:")
    if not text:
        return None, None
    match = _TITLE_RE.match(fold(text))
    party = _BARE_PARTY.match(fold(text), match.end()) if match else None
    if party and _TITLE_RE.match(fold(text), party.end()):
        title, unit = _title_unit_parts(text[party.end() :])
        return f"{text[: party.start()].strip()} {text[party.start() : party.end()].strip(' ,')}, {title}", unit
    bare = _BARE_UNIT.match(fold(text), match.end()) if match else None
    if match and (joined := _JOINED_ROLE.match(fold(text), bare.end() if bare else match.end())):
        # "Phó Giám đốc, Bí thư Đảng ủy Sở X": both roles are the title, "Sở X" the unit
        return text[: joined.end()].strip(), text[joined.end() :].strip(" ,") or None
    rest = text[match.end() :].strip(" ,") if match else text
    if match and (not rest or _UNIT_HEAD_RE.match(fold(rest))):  # "Giám đốc Sở Văn hóa, Thể thao và Du lịch"
        return text[: match.end()].strip(), rest or None
    comma = text.find(",")
    unit_at = next(
        (head.start() for head in _UNIT_START.finditer(fold(text), match.end()) if _starts_unit(text, head.start())),
        None,
    ) if match else None  # fmt: skip
    if unit_at is not None and (comma < 0 or unit_at < comma):
        # "Trưởng phòng Quy hoạch Sở Xây dựng", "… Sở Văn hóa, Thể thao và Du lịch": the unit starts at its head
        return text[:unit_at].strip(), text[unit_at:].strip()
    fields = _FIELDS_AFTER_COMMA.match(text, comma) if comma >= 0 and match else None
    if fields and not _UNIT_HEAD_RE.match(fold(text[comma + 1 :].lstrip())):
        # "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Mỹ Tho": the comma is the office's own
        return text[: fields.end()].strip(), text[fields.end() :].strip(" ,") or None
    if comma >= 0:  # "Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ"
        title, unit = (part.strip() for part in text.split(",", 1))
        return title or None, unit or None
    if match is None:
        return None, text
    return text[: match.end()].strip(), rest or None


_PLACE_WORDS = r"(?:phường|xã|thị trấn|thị xã|quận|huyện|tỉnh|thành phố|đặc khu)"
_FIELD = rf"[{UPPER}][{LOWER}]*(?:\s+(?!{_PLACE_WORDS}\b)[{LOWER}]+)*"
_FIELDS_AFTER_COMMA = re.compile(rf",\s*{_FIELD}(?:,\s*{_FIELD})*\s+và\s+{_FIELD}(?=\s*(?:,|$)|\s+{_PLACE_WORDS}\b)")
"""The rest of an office's name after its first comma, its fields capitalised and the last after "và", up to a
place or the end ("Kinh tế, Hạ tầng và Đô thị phường X", "Văn hóa, Khoa học và Thông tin"): the title's, not the
start of a unit — which a unit head opens (`_UNIT_HEAD_RE`: "…, Sở Văn hóa, Thể thao và Du lịch")."""


def garbled_post(unit: str | None) -> bool:
    """Whether a member's words after the name, where no title was found, are a post and unit a scan garbled
    ("Giányđốc Eở ø Thương", "Giánh đốc Sởẩ\\ớnd ngHiiệp và Môi thường" under a stamp's pen strokes): they open with
    no unit head, as a unit always does (the post was there), and hold a word no reading of Vietnamese gives. Neither
    the post nor the unit can be taken from them: a wrong unit makes one person two to linking."""
    if not unit or _UNIT_HEAD_RE.match(fold(unit)):
        return False
    return any(_unread_word(word) for word in unit.split())


_READ_INSIDE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _unread_word(word: str) -> bool:
    """A word with a letter that is no Vietnamese syllable nor a name's capital run ("UBND", "ĐHQNa"): letters and
    symbols mixed ("Giáh+", "Sởẩ\\ớnd"), or marked letters no syllable spells ("ngHiiệp", "Giányđốc"); a word
    without marks may be a foreign name ("Hanul")."""
    bare = word.strip(WORD_PUNCTUATION)
    if not any(char.isalpha() for char in bare) or bare[:2].isupper():
        return False
    if not _READ_INSIDE.fullmatch(bare):
        return True
    parts = re.split(r"['’-]", bare)
    spelt = all(is_syllable(part) or (len(part) == 1 and part.isupper()) for part in parts)
    return fold(bare) != bare.lower() and not spelt


WORD_PUNCTUATION = ",;.:()\"'“”"
"""The punctuation a word of a member line may carry at its edges, stripped before the word is judged."""


def _starts_unit(text: str, at: int) -> bool:
    """A capitalised unit head starting a word; not a party committee, whose board is one unit with it
    ("Trưởng Ban Tuyên giáo Tỉnh ủy": the board of the Tỉnh ủy, `title_and_unit`)."""
    return text[at].isupper() and text[at - 1] == " " and not _COMMITTEE.match(fold(text), at)


_COMMITTEE = re.compile(r"(?:tinh|huyen|thanh|dang)\s+uy\b")
_UNIT_START = re.compile(
    r"(?:so|ban|uy\s+ban|ubnd|hdnd|hoi\s+dong|phong|van\s+phong|cong\s+an|trung\s+tam|cuc|chi\s+cuc|vien|truong|"
    r"benh\s+vien|mat\s+tran|bo\s+chi\s+huy|cong\s+ty|tong\s+cong\s+ty|thanh\s+tra|kho\s+bac)\b"
)
"""Unit heads that start a unit inside a title's words with no comma before it ("Trưởng phòng Quy hoạch Sở Xây
dựng"): `_UNIT_HEAD_RE` without the ones that are common words too ("Bảo vệ thực vật", "Du lịch", "Khu")."""


def _is_junk(token: str) -> bool:
    """An OCR speck, not a word: a stamp's edge ('_Ẳ_', '9ã', '=5...') or a lower-case run without a vowel ('mm').

    Abbreviations without vowels (TNHH, UBND) are capitals and stay.
    """
    bare = token.strip(",;.:()")
    if not bare:
        return token not in {"-", "–", "|", ","}
    if any(char in "_|=%^*~" or char.isdigit() for char in bare):
        return True
    return not any(char in "aeiouy" for char in fold(bare)) and not bare.isupper()


def _lone_capital(words: list[str]) -> bool:
    """Whether an item's first word is one consonant capital before a known family name ("T Vương Đình Khoa, …"): what
    a scan kept of an academic title the stamp's frame crossed ("TS.BS."), or a speck; no name or unit opens so."""
    first = words[0].strip(",;.:")
    return (
        len(words) > 2
        and len(first) == 1
        and first.isupper()
        and fold(first).lower() not in "aeiouy"
        and words[1] in FAMILY_NAMES
    )


_ONE_READ_AS_STROKES = re.compile(r"[Il|!]{1,2}[.,]?|[Il|!]\d[.,]?|\d[Il|!]")
"""What OCR makes of an item's "1." in strokes ("II", "Il", "l.", or a stroke beside a digit: "I8"): no word, a
speck before the honorific."""


def _unspecked(text: str) -> str:
    """A list line without what OCR made of its number before a capitalised honorific ("ết Ông A, …" for
    "2. Ông A, …", "II Ông A, …" for "1. Ông A, …", "ø. Bà B" for "5. Bà B", "SẲ Ông C" for "3. Ông C", ". Ông D" for
    "4. Ông D"): a lower-case fragment of up to three letters, two capitals, or strokes, with or without the number's
    dot, or the dot alone, is no word that can open an item ("In Ông A" is). An honorific is no fragment: in "bà Ông
    Thị Nga" the "Ông" is her family name."""
    words = text.split(maxsplit=2)
    bare = words[0].rstrip(".,") if words else ""
    speck = len(words) > 2 and (
        (bare.isalpha() and ((len(bare) <= 3 and bare.islower()) or (len(bare) == 2 and bare.isupper())))
        or _ONE_READ_AS_STROKES.fullmatch(words[0]) is not None
        or not bare  # the number's dot alone, its digit lost at a photocopy's edge (". Ông A, …")
    )
    if speck and _honorific(words[0] + " ") is None and words[1][:1].isupper() and fold(words[1]) in _HONORIFIC_VOWELS:
        return text.split(maxsplit=1)[1]
    return text


def _drop_junk(text: str) -> str:
    return " ".join(token for token in text.split() if not _is_junk(token))


_LABEL = re.compile(
    r"\b(?:chuc\s+(?:vu|danh)|don\s+vi(?:\s+cong\s+tac)?|co\s+quan(?:\s+cong\s+tac)?|noi\s+cong\s+tac)\s*:\s*"
)
"""A field's label before its value ("bà X, chức vụ: Phó Giám đốc, đơn vị: Sở Y"), folded: dropped."""


_TWO_STEMS = re.compile(r"(?<!\S)[\[1Il|!][iIl1|!](?P<rest>[^\W\d_]+)(?=[\s,;]|$)")
"""A capital H whose crossbar a fax's thresholding lost, read as two stems and the rest of the word: "1iạnh" for
"Hạnh" (scenario 20's QĐ 902 on its fax, the name cell "Lưu Thị 1iạnh" cut to "Lưu Thị"); its left stem may read as
a bracket ("[lầu Văn Mạnh" for "Hầu", scenario 38's QĐ 512)."""


_ONE_STEM = re.compile(r"(?<!\S)[1I|!](?P<rest>[^\W\d_]+)(?=[\s,;]|$)")
"""A capital T whose crossbar a fax or a photocopy lost, read as one stem before the rest of the word: "1hị" for
"Thị" ("Bà Trần 1hị X" was read as no member at all). Not a small "l": "lâm" is a word."""


def _crossbars(text: str) -> str:
    """`text` with each two-stem word (`_TWO_STEMS`) spelt with an H, and then each one-stem word (`_ONE_STEM`) with
    a T, where that makes a known name (a given, middle or family name, `names.KNOWN_GIVEN`): stems before a
    lower-case letter are no word; of the letters two stems may be, only H is open at top and bottom, and of those
    one stem may be, only T loses a stroke (its crossbar) to stand as one. A word that makes no known name is left
    as read."""

    def spelt(capital: str) -> Callable[[re.Match[str]], str]:
        def known_name_or_as_read(match: re.Match[str]) -> str:
            word = capital + match.group("rest")
            return word if word in KNOWN_GIVEN and match.group("rest")[0].islower() else match.group()

        return known_name_or_as_read

    return _ONE_STEM.sub(spelt("T"), _TWO_STEMS.sub(spelt("H"), text))


_RULE_BEFORE_NAME = re.compile(r"^[\s|]+(?=[^\W\d_])")
"""A scan's stroke between the honorific and the name ("không cử ông |Phan Văn Thắng"): a rule or speck, not a
letter of the name."""


def parse_member(item: str, named: bool = False) -> TripMember | None:
    """One member from a list item, table row text or enumeration part; None when no person is named.

    Without an honorific or academic title the name must start with a known family name, unless the item is
    `named`: a cell its table's header calls the name ("Họ và tên"), where a family name the lists lack (Tày, Nùng, Dao
    names such as "Lộc", or one OCR damaged) is still a name."""
    item = "".join(item[a:b] for a, b in _outside(_LABEL.finditer(fold(item)), len(item)))
    # a bar before the honorific is a rule or a stamp's frame read ("…;|đồng chí Trần Thị X"), no letter
    text = squash(_ENUM_RE.sub("", item, count=1)).strip(" ;.|")
    leading = _academic(text)  # "ThS. A": a title, not a speck for having no vowel
    words = text[leading.end() if leading else 0 :].split()
    while words and (_is_junk(words[0]) or _lone_capital(words)):  # "mN Triệu Công Thành": a speck before the name
        words.pop(0)
    text = _unspecked(" ".join(words))
    honorific = None if leading else _honorific(text)  # "TS. Ông Văn Đạt": after a title, "Ông" is a family name
    item_text = text
    if honorific:
        text = _RULE_BEFORE_NAME.sub("", text[honorific.end() :])
    academic = _academic(text)  # "Ông TS. B"
    if academic:
        text = text[academic.end() :]
    academic = academic or leading
    role = None
    role_match = _ROLE_RE.search(fold(text))
    if role_match and role_match.start() > 0:
        role = _role(text[role_match.start("role") : role_match.end("role")])
        text = text[: role_match.start()]
    split = _split_name(_crossbars(text))
    if split is None:
        return None
    name, rest = split
    if honorific is not None and _honorific_is_family(item_text, honorific, name):
        name = f"{item_text[: len(honorific.group())].strip()} {name}"
    if honorific is None and academic is None and not named and not _family_first(name, rest):
        return None
    title, unit = _split_title_unit(_drop_junk(_unbracketed(rest)))
    return TripMember(name=name, title=title, unit=unit, role=role)


_BRACKETED = re.compile(r"\((?P<inner>[^()]*)\)?")
"""A post in brackets after the name, as running prose gives it ("ông A (Phó Giám đốc Sở Y tế), bà B (…)"), its
closing bracket gone when the delegation's role was cut off before it ("(Chủ tịch UBND xã X, trưởng đoàn)")."""


def _unbracketed(rest: str) -> str:
    """What follows a name without the brackets around the whole of it: the post inside is the title and unit."""
    bracketed = _BRACKETED.fullmatch(rest.strip())
    return bracketed.group("inner") if bracketed else rest


_MIDDLE_ONLY = {"thi"}
"""Middle names that never open a name: "Thị" (a woman's), so "Thị Nga" lacks its family name."""


def _honorific_is_family(text: str, honorific: re.Match[str], name: str) -> bool:
    """Whether the capitalised "Ông"/"Bà" read as an honorific is the family name of what follows: "Ông Thị Nga"
    (family name Ông) when the rest starts with a middle name that opens no name ("Thị Nga" is no complete
    name)."""
    word = text[: len(honorific.group())].strip()
    return (
        fold(word) in _HONORIFIC_VOWELS
        and word[:1].isupper()
        and fold(name.split()[0]) in _MIDDLE_ONLY
        and len(name.split()) >= 2
    )


def _outside(matches: Iterable[re.Match[str]], length: int) -> list[tuple[int, int]]:
    """The spans of a text of `length` between the matches."""
    spans, start = [], 0
    for match in matches:
        spans.append((start, match.start()))
        start = match.end()
    return [*spans, (start, length)]


_SPACED = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
"""A gap of two spaces or more between a plain-text table's cells (columns aligned with spaces)."""
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\.?[ \t]{2,}\S")


def _spaced_cells(text: str) -> str:
    """A table whose columns are aligned with spaces ("TT  Họ và tên       Chức vụ / Đơn vị" over "1   Nguyễn Văn A
    Giám đốc Sở …"): its header and numbered rows with their gaps made " | ", so the columns are read by the
    header (`_table_members`): a title starting with a capital ("Đạo diễn", "Kỹ thuật âm thanh") is then no part of
    the name before it. Other lines are kept as they are."""
    lines = text.splitlines()
    inside = False
    for index, line in enumerate(lines):
        if _is_header_row(line) and _SPACED.search(line.strip()):
            inside = True
        elif not (inside and _ROW_NUMBER.match(line)):
            inside = inside and not line[:1].strip()  # a wrapped cell, indented, or a blank line: the table goes on
            continue
        lines[index] = _SPACED.sub(" | ", line.strip())
    return "\n".join(lines)


_BARE_ROW = re.compile(r"\s*\d{1,3}\.?\s+(?=[^\W\d_])")
"""A table row's number with no cell border after it, a capital or any letter next."""


def _table_members(text: str) -> list[TripMember]:
    """Members from " | "-joined table rows, mapping columns by the header row when there is one."""
    members: list[TripMember] = []
    opened: list[str | None] = []  # the honorific each member's name cell opens with
    columns: dict[str, int] | None = None
    header: list[str] = []  # the header's cells, folded
    in_rows = False  # the line before was a row of a table whose header was read
    for line in _spaced_cells(text).splitlines():
        if not _CELL_SEP.search(line):
            # a numbered row whose cell borders a scan lost ("10 Nguyễn Thành Tâm Đạo diễn, Đoàn ca múa nhạc") right
            # after the table's rows: still one of them, read as a list item
            bare = _BARE_ROW.match(line) if in_rows else None
            if bare and (member := parse_member(line[bare.end() :], named=True)) is not None:
                members.append(member)
                opened.append(None)
            else:
                in_rows = False
            continue
        cells = [cell.strip() for cell in _CELL_SEP.split(line)]
        folded = [fold(cell) for cell in cells]
        if any(_HEADER_NAME.search(cell) for cell in folded) and not any(c[:1].isdigit() for c in cells[:1] if c):
            columns, header = _header_columns(folded), folded
            continue
        row = _aligned(cells, header) if columns else cells
        member = _row_member(row, columns)
        if member is not None:
            members.append(member)
            opened.append(_opening_honorific(row, columns))
        in_rows = columns is not None and member is not None
    return _honorifics_as_family(members, opened)


def _opening_honorific(row: list[str], columns: dict[str, int] | None) -> str | None:
    """The capitalised "Ông"/"Bà" a row's name cell opens with, as written."""
    index = columns.get("name") if columns else None
    if index is None or index >= len(row):
        return None
    cell = squash(_ENUM_RE.sub("", row[index], count=1))
    honorific = _honorific(cell)
    word = cell[: len(honorific.group())].strip() if honorific else ""
    return word if word[:1].isupper() and fold(word) in _HONORIFIC_VOWELS else None


def _honorifics_as_family(members: list[TripMember], opened: list[str | None]) -> list[TripMember]:
    """A table's members with a lone "Ông"/"Bà" given back to the name as its family name: where the other rows name
    their members without one (a table addresses no one), a name cell opening with it before a name that opens with
    no known family name ("Ông Ích Khang": "Ích" is none) is of the family Ông."""
    if 2 * sum(word is not None for word in opened) >= len(members):
        return members
    return [
        member.model_copy(update={"name": f"{word} {member.name}"})
        if word and fold(member.name.split()[0]) not in _KNOWN_SURNAMES | {fold(word)}
        else member
        for member, word in zip(members, opened, strict=True)
    ]


_NUMBER_HEADING = compile_led(r"[\[(|!]?(?:s?tt|so (?:tt|thu tu)|thu tu)\.?")
"""The heading of a table's column of row numbers, folded: "STT", "TT", "Số TT", "Số thứ tự"; a scan may put the
table's left rule before it as a bracket or a bar ("[TT")."""
_LONE_NUMBER = re.compile(r"(?:\d{1,3}\.?)?")
"""A cell holding only a row's number, or nothing (a number OCR lost)."""
_NUMBER_THEN_NAME = re.compile(r"(\d{1,3}\.?)\s+(?=[^\W\d_])")


def _aligned(cells: list[str], header: list[str]) -> list[str]:
    """A row's cells counted the way its table's header counts them, where a scan drew the border between the row's
    number and the name in this row and not in the header, or the other way round: "4 | Bà A | Trưởng phòng …" under
    "STT Họ và tên | Chức vụ" (the number joined to the name cell), "1 Bà A | Giám đốc …" under "STT | Họ và tên |
    Chức vụ" (the number split off). A row counted as its header, or off by anything else, is kept as it is."""
    filled, columns = (len(r) - next((i for i, c in enumerate(reversed(r)) if c), len(r)) for r in (cells, header))
    number_column = bool(header) and _NUMBER_HEADING.fullmatch(header[0]) is not None
    if filled == columns + 1 and not number_column and _LONE_NUMBER.fullmatch(cells[0]):
        return [f"{cells[0]} {cells[1]}".strip(), *cells[2:]]
    if filled == columns - 1 and number_column and (number := _NUMBER_THEN_NAME.match(cells[0])):
        return [number.group(1), cells[0][number.end() :], *cells[1:]]
    return cells


def _header_columns(folded: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(folded):
        for key, pattern in (("name", _HEADER_NAME), ("title", _HEADER_TITLE), ("unit", _HEADER_UNIT)):
            if pattern.search(cell) and key not in columns:
                columns[key] = index
        if _HEADER_ROLE.search(cell) and "role" not in columns and "name" in columns and columns["name"] != index:
            columns["role"] = index
    return columns


def _row_member(cells: list[str], columns: dict[str, int] | None) -> TripMember | None:
    if not columns or "name" not in columns or columns["name"] >= len(cells):
        row = ", ".join(cell for cell in cells if cell and not cell.rstrip(".").isdigit())
        return parse_member(row)

    def cell(key: str) -> str:
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    base = parse_member(_capital_lost(_unglued(_crossbars(_unspecked_name(cell("name"))))), named=True)
    if base is None:
        return None
    title, unit = cell("title"), cell("unit")
    role = base.role
    if "role" not in columns and (trailing := _ROLE_RE.search(fold(title))) and trailing.start() > 0:
        # "Giám đốc Sở X, Trưởng đoàn": the role closes the title cell when no column holds it
        role = _role(title[trailing.start("role") : trailing.end("role")])
        title = title[: trailing.start()]
    if title and ("unit" not in columns or columns.get("title") == columns.get("unit")):  # "Chức vụ, đơn vị"
        split_title, split_unit = _split_title_unit(title)
        title, unit = split_title or "", split_unit or ""
    if found := _ROLE_RE.search(" " + fold(cell("role"))):  # the role without a speck before it ("k Trưởng đoàn")
        role = squash((" " + cell("role"))[found.start("role") : found.end("role")]).lower()
    elif columns.get("role") in (None, columns.get("title"), columns.get("unit")):
        # no role column of its own (a scan lost the header's last rule: "Chức vụ, đơn vị Ì Ghi chú"): a cell past
        # the header's, holding a role and nothing else, is the row's role
        role = next(
            (squash(c).lower() for c in cells[max(columns.values()) + 1 :] if _ROLE_RE.match(" " + fold(c))), role
        )
    return TripMember(name=base.name, title=title or None, unit=unit or None, role=role)


def _capital_lost(name: str) -> str:
    """A name cell whose first word a scan read in lower case, the words after it capitalised ("lãm Văn Khoa" for Lâm
    Văn Khoa, "l.ù Văn Chiến" for Lù Văn Chiến): the first word capitalised when it then reads as a family name (the
    scanned trip's reader gives it its marks back and judges how sure it is); an honorific ("bà Lê Thị A") stays."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if not first[:1].islower() or not words or not all(word[:1].isupper() for word in words) or _honorific(name):
        return name
    speck = _SPECKED_L.match(first)  # "l.ù Văn Chiến": the capital L read as an l and a speck
    for capital in (first[:1].upper() + first[1:], *([f"L{first[speck.end() :]}"] if speck else [])):
        if family_name(capital, ocr=True):
            return f"{capital} {rest}"
    return name


_SPECKED_L = re.compile(r"l[.,'`](?=[^\W\d_])")
"""A capital L a scan read as a small l and a speck ("l.ù" for Lù)."""


def _unspecked_name(name: str) -> str:
    """A name cell without a lone small letter between its words ("Vương ụ Văn Dũng": a stamp's speck read as a
    letter): each word of a name opens with a capital, so one small letter standing alone is no word of it."""
    words = name.split()
    inner = range(1, len(words) - 1)
    specks = {index for index in inner if len(words[index]) == 1 and words[index].islower()}
    return " ".join(word for index, word in enumerate(words) if index not in specks)


def _unglued(name: str) -> str:
    """A name cell whose spaces OCR lost ("VöĐìnhNam", "TrầnThị Mai Phương"): a space before each capital that
    follows a lower-case letter. Only a cell the table's header calls the name is read this way, and only after the
    academic titles opening it, which are written so ("ThS. Bùi Thị Yến": "Th S." is no title)."""
    titles = _academic(name)
    start = titles.end() if titles else 0
    return name[:start] + "".join(
        f" {char}" if index and char.isupper() and name[start + index - 1].islower() else char
        for index, char in enumerate(name[start:])
    )


def _starts_member(line: str) -> bool:
    """A line that opens with a person's name and then a title: "Hoàng Quang Thắng Phó Trưởng phòng ..."."""
    member = parse_member(line)
    return member is not None and member.title is not None and _TITLE_EXACT_RE.match(member.title) is not None


def _continues(line: str) -> bool:
    """A wrapped member line: lower-case, or a unit's words without a label ("Thời gian:") or article."""
    if line[0].islower():
        return True
    head = fold(line[:25]).rstrip().removesuffix(":")  # a colon ending the line ("Đào tạo:") is no label
    return (
        ":" not in head
        and not re.match(r"dieu\s+\d|danh\s+sach|kt\.|tm\.|noi\s+nhan", head)
        and not is_upper_line(line)
    )


_MISREAD_LABEL = re.compile(r"^(?:[lI|],?|(?P<number>\d{1,2})[,:]|\.)[ \t]+(?=\S)")
"""An item's number a scan misread: 1 read as a letter or a bar ("l TS. Lưu Thị A, …", "I, PGS.TS. …"), or its dot
read as a comma or a colon ("2, PGS.TS. Lê Văn B, …", "1: Ông Dương Văn Thành, …"), or its digit lost, the dot left
(". Đồng chí A, …"): the item's label when a person addressed by an honorific or an academic title follows ("2, 3 và
4" is no item: no one is addressed)."""


_GARBLED_LEAD = re.compile(r"^(?P<lead>\S[^\n]{0,38}?)[ \t]+(?P<number>\d{1,2})[ \t]*\.[ \t]+(?=\S)")
_STAMP_SYMBOL = re.compile(rf"[^{UPPER}{LOWER}0-9\s.,;:()/-]")
"""A character no Vietnamese list line prints ("Œ", "¬", "+", ">"): what OCR reads a stamp's ink as."""
_VIETNAMESE_WORD = re.compile(rf"(?<!\S)[{LOWER}]{{2,}}(?!\S)")


def _stamp_lead(line: str) -> re.Match[str] | None:
    """An item's number and dot after a stamp's garble ("Œœ ¬I1 CƠI +> C2 Œ 2 . Ông A, …"), when a person addressed
    by an honorific follows: the garble holds a stamp's symbol (`_STAMP_SYMBOL`) and no lower-case word, which
    running text before a number would ("Căn cứ khoản 2. Ông …" is no item). None otherwise."""
    found = _GARBLED_LEAD.match(line)
    if found is None or not _addressed(line[found.end() :]):
        return None
    lead = found["lead"]
    return found if _STAMP_SYMBOL.search(lead) and not _VIETNAMESE_WORD.search(lead) else None


def _after_stamp(line: str) -> int | None:
    """Where a person addressed by an honorific starts after a stamp's garble that took the item's number too ("ĐỘ
    #0 -xI'Ê- Đồng chí A, …"): the garble, as `_stamp_lead`'s, holds a stamp's symbol and no lower-case word.
    None otherwise."""
    for gap in re.finditer(r"[ \t]+", line[:40]):
        lead = line[: gap.start()]
        if _honorific(line[gap.end() :]) and _STAMP_SYMBOL.search(lead) and not _VIETNAMESE_WORD.search(lead):
            return gap.end()
    return None


def _addressed(line: str) -> bool:
    """Whether a line opens with an honorific ("Ông", "Bà", "Đồng chí") or an academic title ("TS.", "ThS.")."""
    return _honorific(_unspecked(line)) is not None or _academic(line) is not None


_PROSE_NEXT = re.compile(r";\s*(?:va\s+)?" + _NEXT)
"""The next person named on the same line after a ";" (folded): "ông A, Bí thư Đảng ủy phường X (trưởng đoàn); ông
Tống" — running prose ("gồm các ông (bà) có tên sau:" / "ông A, …; bà B, … và ông C, …") a scan wrapped after its
colon, which a list of one member a line never writes."""


def _list_members(text: str) -> list[TripMember]:
    """Members from enumerated lines, joining a wrapped line that continues in lower case. A list may also
    go unnumbered, each line led by an honorific ("gồm:" / "Ông A  Giám đốc Sở X" / "Bà B  Trưởng khoa …", a
    borderless table whose columns OCR joined): such a line opens the list right after a line ending in a colon
    or after the table's header row ("Họ và tên  Chức vụ  Đơn vị"). A numbered row under such a header, the cell
    borders lost ("3 Tẩn Văn Chiêu Viên chức Bảo tàng tỉnh"), is a name cell's row: its name needs no family name
    the lists know (`parse_member`'s `named`)."""
    items: list[str] = []
    named: list[bool] = []  # per item: a numbered row under a header row naming the name column
    in_table = False  # the lines since a header row ("TT Họ và tên Chức vụ, đơn vị") are its rows
    open_item = False  # whether the last item may still continue on the next line
    runs_on = False  # whether the line before ended mid-sentence
    previous = ""
    lines = text.splitlines()
    first_at = None  # the line of the first item
    for index, line in enumerate(lines):
        if first_at is None and items:  # the first item was the line before
            first_at = index - 1
        stripped = line.strip()
        after_opening, previous = previous.endswith(":") or _is_header_row(previous), stripped or previous
        if not stripped or _CELL_SEP.search(line):
            open_item = runs_on = False
            continue
        after_run_on, runs_on = runs_on, _RUNS_ON.search(fold(stripped)) is not None
        if (label := _MISREAD_LABEL.match(stripped)) and _addressed(stripped[label.end() :]):
            stripped = f"{label['number'] or 1}. {stripped[label.end() :]}"
        elif items and (garbled := _stamp_lead(stripped)):  # a list under way: its item under a stamp
            stripped = f"{garbled['number']}. {stripped[garbled.end() :]}"
        elif items and (person := _after_stamp(stripped)):  # the same, the item's number lost under the stamp
            stripped = f"{len(items) + 1}. {stripped[person:]}"
        addressed = _addressed(stripped)
        opens = after_opening and addressed and _starts_member(stripped)  # "TS. A, Giám đốc …": its "1." lost
        if _is_header_row(stripped):
            in_table, open_item = True, False
            continue
        numbered = _ENUM_RE.match(stripped) is not None
        if numbered or opens or (items and not after_run_on and _starts_member(stripped)):
            # OCR may lose a row's number; a person in running text wrapped to a new line is no item
            items.append(stripped)
            named.append(in_table and numbered)
            open_item = True
        elif (
            open_item
            and not items[-1].rstrip().endswith((";", "."))
            # OCR's ":" for an item's ";": a line led by an honorific after it is the next member
            and not (items[-1].rstrip().endswith(":") and _honorific(_unspecked(stripped)))
            and _continues(stripped)
        ):
            items[-1] += " " + stripped
        elif items and not after_run_on and _honorific(_unspecked(stripped)):
            items.append(stripped)
            named.append(False)
            open_item = True
        else:
            open_item = in_table = False
    if any(_ENUM_RE.match(item) is None and _PROSE_NEXT.search(fold(item)) for item in items):
        return []  # running prose wrapped after its colon, not one member a line: the inline reader's
    members = [member for item, row in zip(items, named, strict=True) if (member := parse_member(item, row))]
    if first_at is None:  # the first item is the last line, or there is none
        first_at = len(lines) - 1
    return _leader_before(lines[:first_at], _escorting(lines[:first_at], members)) if members else members


_LEADS_WITH = re.compile(
    r"\b(?:cu|cho\s+phep)\s+(?P<leader>(?:ong|ba|dong chi|d/c)\s[^:;\n]{3,300}?),?\s+(?:cung|va)(?:\s+voi)?\s+"
    r"(?:cac\s+)?(?:ong|ba|dong chi|d/c|thanh\s+vien|can\s+bo)\b[^:.;\n]{0,80}:\s*$"
)
"""A list opened by its leader, named in the running text before it: "Cử ông A, Phó Giám đốc …, Trưởng đoàn,
cùng các ông, bà:" (folded)."""


def _leader_before(before: list[str], members: list[TripMember]) -> list[TripMember]:
    """The members of a list whose opening sentence names one more person (`_LEADS_WITH`): that one first."""
    text = unwrap_lines("\n".join(before)).rstrip()
    opening = _LEADS_WITH.search(fold(text))
    leader = parse_member(text[opening.start("leader") : opening.end("leader")]) if opening else None
    return [leader, *members] if leader else members


_ESCORT_HEADING = re.compile(
    r"\bthap\s+tung\b[^.:;\n]{0,80}?\b(?:gom|co)\s*:?\s*$"
    r"|\bco\s+ten\s+(?:sau(?:\s+day)?|duoi\s+day)\s+(?:di\s+)?thap\s+tung\b[^\n]*:\s*$"
)
"""A list's opening naming its people as escorts: "Tháp tùng đồng chí Phó Chủ tịch UBND tỉnh gồm:", or "Cử các ông
có tên sau tháp tùng Thủ tướng Chính phủ … :" (the whole list escorts)."""


def _escorting(before: list[str], members: list[TripMember]) -> list[TripMember]:
    """A list opened by "Tháp tùng … gồm:" under a delegation named by its leader ("Cử đoàn … do ông A, …, làm
    trưởng đoàn …"): the leader leads, the listed people go as escorts (`role` "tháp tùng"), as in the inline
    form (`_inline_members`). Any other list is returned as it is."""
    text = unwrap_lines("\n".join(before))  # a scan wraps the opening: "… tháp tùng Thủ tướng …\nphủ:"
    heading = next((line for line in reversed(text.splitlines()) if line.strip()), "")
    if not _ESCORT_HEADING.search(fold(heading.strip())):
        return members
    folded = fold(text)
    led = list(_LED_BY_RE.finditer(folded))
    leaders = _enumerated(text, folded, led[-1].end())[0] if led else []
    escorts = [m.model_copy(update={"role": m.role or "tháp tùng"}) for m in members]
    return [*leaders, *escorts]


def _is_header_row(line: str) -> bool:
    """A member table's header as one line: the name column's and the title's or unit's."""
    folded = fold(line)
    return _HEADER_NAME.search(folded) is not None and bool(_HEADER_TITLE.search(folded) or _HEADER_UNIT.search(folded))


def _inline_members(text: str) -> list[TripMember]:
    """Members from "Cử các ông (bà) có tên sau: Ông A, ...; Bà B, ... đi công tác tại ...", or one "Cử ông A, ..."."""
    folded = fold(text)
    openings = sorted([*_INLINE_RE.finditer(folded), *_LED_BY_RE.finditer(folded)], key=lambda m: m.start())
    for match in openings:
        opening = folded[match.start() : match.end()]
        start = match.end()
        is_list = opening.endswith(":") or re.search(r"\bsau\b|\bcac\s|\d", opening) is not None
        if is_list and not opening.endswith(":"):
            late = _LATE_COLON.match(folded, start)
            start = late.end() if late else start
        elif not is_list and match.re is _INLINE_RE:  # "Cử ông A, ...": the honorific belongs to the first member
            start = _ADDRESSED.search(folded, match.start()).start()  # type: ignore[union-attr]
        members, end = _enumerated(text, folded, start)
        if members and match.re is _LED_BY_RE and (escort := _ESCORT_RE.search(folded, end, end + 300)):
            escorting = escort.group().startswith("thap")  # "đi cùng" is a member, "tháp tùng" goes as escort
            others = _enumerated(text, folded, escort.end())[0]
            members += [m.model_copy(update={"role": m.role or "tháp tùng"}) if escorting else m for m in others]
        elif members and match.re is _LED_BY_RE:
            members = [*members, *_composition(text, folded, end)]
        if members:
            return members
    return []


_COMPOSITION = re.compile(
    r"\.\s+(?:(?:thanh\s+(?:phan|vien)(?:\s+(?:cua\s+)?doan)?|doan)\s+gom(?:\s+co)?\s*:?"
    r"|thanh\s+(?:phan|vien)(?:\s+(?:cua\s+)?doan)?\s*:)\s*"
    r"(?:cac\s+(?:ong|ba|dong chi|d/c)\b(?:\s*\((?:ong|ba)\))?\s*(?:co\s+ten\s+)?(?:sau(?:\s+day)?)?\s*:\s*)?"
)
"""The sentence after a delegation named by its leader that lists who goes (folded): "Thành phần đoàn gồm ông A,
…; bà B, …", "Thành viên đoàn gồm các đồng chí: B, …; C, …", "Thành viên đoàn: ông A, …" (the leader named again,
or not)."""


def _composition(text: str, folded: str, end: int) -> list[TripMember]:
    """The members listed in the paragraph's sentence after the leader's (`_COMPOSITION`), or none: without it the
    leader alone was read ("Cử đoàn … do ông A, … làm Trưởng đoàn đi …. Thành phần đoàn gồm ông A, …; bà B, …")."""
    stop = folded.find("\n", end)
    listed = _COMPOSITION.search(folded, end, len(folded) if stop < 0 else stop)
    return _enumerated(text, folded, listed.end())[0] if listed else []


def _goes_to(text: str, end: re.Match[str]) -> bool:
    """Whether an enumeration's end is one: "sang" (to a country) only as written, in lower case, since "sáng"
    folds to it too ("Phòng Đổi mới sáng tạo; và bà …" goes on) and a capitalised "Sang" is a given name ("ông
    Danh Hoàng Sang (Bí thư …), bà …": the list goes on after him)."""
    return not end.group().lstrip(", \t").startswith("sang") or "sang" in text[end.start() : end.end()]


_TITLE_DOT = re.compile(rf"(?<![^\s.(])(?:{_SPECIALIST}|{_DOTTED_TITLES})$")
"""An academic title before a dot (folded): "PGS.TS. B" goes on, its ". " is no sentence's end."""


def _title_dot(folded: str, end: re.Match[str]) -> bool:
    """Whether an enumeration's end is the dot of an academic title ("… và ThS. C", "… và BSCKII. D")."""
    return end.group().startswith(".") and _TITLE_DOT.search(folded, max(0, end.start() - 8), end.start()) is not None


def _speck_dot(text: str, end: re.Match[str]) -> bool:
    """Whether an enumeration's end is a scan's speck of a dot inside a name, the words going on in lower case
    ("Trường Đại học Thủ.\nđô Hà Nội (trưởng đoàn) và ThS. B …"): no sentence ends there."""
    return end.group().startswith(".") and text[end.end() : end.end() + 1].islower()


_UNIT_AFTER_DOT = re.compile(rf"\.\s+{_UNIT_HEAD_RE.pattern}[^.:;\n]{{0,80}};")
"""A unit's name after a dot, closed by the list's ";" (folded): "Trưởng phòng Quản lý khoa học. Sở Khoa học và Công
nghệ; ông B, …" — a scan's comma read as a dot inside a member's entry."""


def _unit_dot(folded: str, end: re.Match[str]) -> bool:
    """Whether an enumeration's end is a dot a scan read for the comma before a member's unit (`_UNIT_AFTER_DOT`): the
    entry goes on to the ";" that ends it, and the list after it."""
    return end.group().startswith(".") and _UNIT_AFTER_DOT.match(folded, end.start()) is not None


def _enumerated(text: str, folded: str, start: int) -> tuple[list[TripMember], int]:
    """The members named from `start` to the enumeration's end ("đi công tác …", a sentence's end), and that end."""
    ends = _INLINE_END_RE.finditer(folded, start)
    end = next(
        (
            m.start()
            for m in ends
            if _goes_to(text, m) and not _title_dot(folded, m) and not _speck_dot(text, m) and not _unit_dot(folded, m)
        ),
        len(text),
    )
    bounds = [start]
    for separator in _INLINE_SPLIT_RE.finditer(folded, start, end):
        bounds += [separator.start(), separator.end()]
    bounds.append(end)
    parts = [piece for i in range(0, len(bounds), 2) for piece in _colon_parts(text[bounds[i] : bounds[i + 1]])]
    return [member for part in parts if (member := parse_member(part)) is not None], end


_COLON = re.compile(r":\s*|\s+và\s+")


def _colon_parts(part: str) -> list[str]:
    """One inline part split where OCR read a ";" as ":" ("…, Sở Công Thương: Mạc Thị Ánh Hồng, Phó Trưởng phòng
    …", scenario 18's QĐ 1768, whose third member went into the second's unit), or at a "và" before the last of
    members a plural honorific named ("cùng các đồng chí B, …; C, Phó Chánh Văn phòng Tỉnh ủy và D, chuyên viên
    …"). Only where what follows is a person as a bare list names one: a known family name, the name up to a
    comma, then a title; a label's value ("đơn vị: Sở Y") or a unit's "và" ("Sở Văn hóa, Thể thao và Du lịch") is
    no person."""
    pieces, start = [], 0
    for colon in _COLON.finditer(part):
        rest = part[colon.end() :]
        split = _split_name(rest)
        if split and _family_first(*split) and rest.startswith(split[0] + ",") and _title_starts(split[1].split()):
            pieces.append(part[start : colon.start()])
            start = colon.end()
    return [*pieces, part[start:]]


def _name_only(line: str) -> str | None:
    """The name on a line that holds nothing else (after an optional row number): a name column's cell."""
    text = _ENUM_RE.sub("", line.strip(), count=1)
    words = [word for word in text.split() if not _is_junk(word)]
    if not 2 <= len(words) <= 5 or not all(_is_name_word(word) for word in words):
        return None
    if fold(words[0]) not in _SURNAMES or _title_starts(words[1:]):
        return None
    return " ".join(words)


def _column_members(text: str) -> list[TripMember]:
    """A table OCR read column by column: a run of names, then one title-and-unit entry per name.

    Entries start at a line opening with a title; other lines continue the entry (wrapped cells). When the
    counts differ the pairing would be a guess, so only the names are kept.
    """
    lines = [line.strip() for line in text.splitlines()]
    for start in range(len(lines)):
        names: list[str] = []
        index = start
        while index < len(lines) and (name := _name_only(lines[index])):
            names.append(name)
            index += 1
        if len(names) < 2:
            continue
        entries: list[str] = []
        for line in lines[index:]:
            if not line or re.match(r"noi\s+nhan|dieu\s+\d", fold(line)):
                break
            if _TITLE_EXACT_RE.match(line):
                entries.append(line)
            elif entries:
                entries[-1] += " " + line
        if not entries:  # a run of names with no title column after it is not a table (e.g. signatures)
            continue
        if len(entries) != len(names):
            return [TripMember(name=name) for name in names]
        return [_column_member(name, entry) for name, entry in zip(names, entries, strict=True)]
    return []


def _column_member(name: str, entry: str) -> TripMember:
    """Title, unit and role from one entry of the title column; the "Ghi chú" cell's "Trưởng đoàn" is often
    split around the unit's wrapped words ("... Thể thao và | Trưởng" / "Du lịch đoàn") or loses "Trưởng"."""
    role = None
    entry = _drop_junk(entry)
    folded = fold(entry)
    split_role = re.search(r"\|?\s*\btruong\b(?P<between>.*?)\bdoan$", folded)
    lone = re.search(r"\s(?<!tinh\s)doan$", folded)
    if split_role:
        role = "trưởng đoàn"
        between = entry[split_role.start("between") : split_role.end("between")]
        entry = entry[: split_role.start()] + " " + between
    elif lone:
        role = "trưởng đoàn"
        entry = entry[: lone.start()]
    title, unit = _split_title_unit(entry.replace("|", " "))
    return TripMember(name=name, title=title, unit=unit, role=role)


_PAGE_BREAK = compile_led(r"[ \t]*\n?\f(?:[ \t]*(?:-\s*)?\d{1,3}(?:\s*-)?[ \t]*\n)?")
"""A page break and the next page's number on a line of its own ("2", "- 2 -"): a list or a sentence goes on
across it ("… Sở Xây" / "2" / "dựng;")."""


_FRAMED_ITEM = re.compile(
    r"^[ \t]*\|[ \t]*(\d{1,2})[ \t]*[.:;|)]?[ \t]*(?=(?:Ông|Bà|Đồng chí)\s[^|\n]*$)", re.MULTILINE
)
"""A list item with a bar before its number and none after ("| 1: Ông A, …", "| 2| Ông B, …"): a received
stamp's frame, read beside the lines it crosses, made the items table rows, and the first unframed item ("3. Bà
C") was lost. A table's row ("| 1 | Ông A | Giám đốc … |") has bars after."""


def find_members(text: str) -> list[TripMember]:
    """The delegation's members: a table, a list, a table OCR read by columns, else the inline form."""
    finders = (_table_members, _column_members, _list_members, lambda t: _inline_members(unwrap_lines(t)))
    text = _FRAMED_ITEM.sub(r"\1. ", _PAGE_BREAK.sub("\n", blank_recipients(text)))
    for finder in finders:
        members = _dedupe(finder(text))
        if members:
            return members
    return []


def _dedupe(members: list[TripMember]) -> list[TripMember]:
    seen: set[str] = set()
    unique: list[TripMember] = []
    for member in members:
        key = fold(member.name)
        if key not in seen:
            seen.add(key)
            unique.append(member)
    return unique
