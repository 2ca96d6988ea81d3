"""Who a rule binds: its scope from its own sentence, the definition a dispatch gives of that scope, and a
person-title classifier that applies the definition.

Dispatches limit some rules to "lãnh đạo chủ chốt" (key leaders) or to "cán bộ thuộc diện Ban Thường vụ …
quản lý" (cadres a standing committee manages), and often define the group in the next sentence: "Lãnh đạo
chủ chốt gồm: Bí thư Đảng ủy, Giám đốc sở, Trưởng ban; cấp phó không thuộc diện này." The definition is
stored with the rule, and a member's title is judged against it role by role, because titles join roles:
"Phó Giám đốc Sở, Bí thư Đảng ủy" is a deputy director *and* the head of the party committee, so a key
leader; "Phó Giám đốc Sở" alone is not. Plain regex over lower-cased text: the phrases are fixed and few.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, product

from extractors.first_chars import compile_led
from extractors.unit_offices import find_unit_offices, in_unit_offices
from extractors.units import SEAT
from extractors.vntext import UPPER, blanked, fold, squash
from schemas.document import ScopeDefinition, Span, UnitOffices

ALL = "all"
KEY_LEADER = "key_leader"
MANAGED_CADRE = "managed_cadre"
UNIT_LEADER = "unit_leader"
"""The leaders of units ("lãnh đạo đơn vị": heads and their deputies) as the dispatch defines them, often by office
and kind of unit (`extractors.unit_offices`); a rule gets this scope only with its dispatch's definition."""
LISTED = "listed"
"""The posts a rule's own clause lists as whom it binds ("Các đồng chí sau đây đi công tác nước ngoài không quá hai
(02) lần trong một năm: a) Bí thư, Phó Bí thư Tỉnh ủy; … d) …"): everyone else is out, deputies included unless
listed. A rule gets this scope only with its list (`find_listed_scope`)."""

DEFAULT_HEADS = (
    "bí thư",
    "giám đốc",
    "tổng giám đốc",
    "trưởng ban",
    "chủ tịch",
    "thủ trưởng",
    "chánh văn phòng",
    "cục trưởng",
    "vụ trưởng",
    "hiệu trưởng",
    "viện trưởng",
    "chánh án",
    "viện trưởng viện kiểm sát",
)
"""Head titles of a unit when no dispatch says otherwise: heads of the party committee and of the agency."""

_PARTY_HEADS = ("bí thư",)
_AGENCY_HEADS = tuple(h for h in DEFAULT_HEADS if h not in _PARTY_HEADS)
_SERVICE_UNIT_HEADS = ("giám đốc", "tổng giám đốc", "viện trưởng", "hiệu trưởng", "thủ trưởng")
"""Heads of a public service unit (đơn vị sự nghiệp: a centre, hospital, institute, school): not a Chánh Văn
phòng, a Chủ tịch or a Cục trưởng, who head offices, committees and agencies."""
_SERVICE_UNIT_GROUP = (
    r"(?:nguoi dung dau|thu truong) (?:cac )?(?:don vi (?:su nghiep|truc thuoc so)|co quan trung uong)"
)
"""The heads of public service units as a group, folded with single spaces ("người đứng đầu các đơn vị sự nghiệp",
"thủ trưởng các đơn vị trực thuộc sở (bệnh viện, trung tâm)", "người đứng đầu cơ quan Trung ương đóng trên địa bàn
tỉnh (Trường Đại học Vinh)": a school or a hospital the centre runs)."""
_SERVICE_UNIT = re.compile(_SERVICE_UNIT_GROUP)
_SERVICE_UNITS_WITH_KINDS = re.compile(
    _SERVICE_UNIT_GROUP.replace(" ", r"\s+") + r"(?:[^(),;]|,(?=\s*(?:cac\s+)?(?:so|ban|nganh|co\s+quan)\b))*\([^()]*\)"
)
"""An excluded group of service units' heads with the kinds of unit it means, folded ("người đứng đầu các đơn vị sự
nghiệp công lập trực thuộc sở, ban, ngành (bệnh viện, trung tâm, trường học)"): kept as one item, its kinds with it."""
_AND_SERVICE_UNITS = re.compile(r"\s*(?:,|\bva\b)\s*(?=(?:cac\s+)?don\s+vi\s+su\s+nghiep\b)")
"""The service units after the kinds of unit under a department whose heads are out, folded ("người đứng đầu phòng,
chi cục, trung tâm và đơn vị sự nghiệp trực thuộc sở (nhà hát, trường học)"): their heads too."""
_SUBUNIT_HEADS = {"phong": "trưởng phòng", "chi cuc": "chi cục trưởng", "trung tam": "giám đốc trung tâm"}
"""The head title of each kind of unit under a department, by the kind's folded word."""
_SUBUNITS = "|".join(kind.replace(" ", r"\s+") for kind in _SUBUNIT_HEADS)  # a scan wraps "chi\ncục"
_SUBUNIT_HEAD_UNDER = re.compile(
    rf"^(?P<head>{'|'.join(fold(head) for head in _SUBUNIT_HEADS.values())})\s+(?:truc\s+)?thuoc\s+(?:cac\s+)?so\b"
)
"""An excluded head of a kind of unit under a department, folded ("Giám đốc trung tâm thuộc sở"): the head of any
unit of that kind ("Giám đốc Trung tâm Khuyến công" of the Sở Công Thương), as `_SUBUNIT_HEADS_OUT` reads a group."""
_SUBUNIT_HEADS_OUT = re.compile(
    rf"(?:nguoi\s+dung\s+dau|cap\s+truong)(?:\s*(?:,|\bva\b)\s*(?:cap\s+)?pho)?\s+(?:cua\s+)?(?:cac\s+)?"
    rf"(?:{_SUBUNITS})\b(?:\s*(?:,|\bva\b)\s*(?:{_SUBUNITS})\b)*"
)
"""An excluded group of the heads of units under a department, folded ("người đứng đầu, cấp phó của các phòng, chi
cục, trung tâm … trực thuộc sở"; "người đứng đầu và cấp phó của phòng, …"): kept as one item, its kinds with it, and
read as each kind's head title (a "Giám đốc Trung tâm X" of a sở is no head of the sở, though "giám đốc" alone heads
one)."""
_SERVICE_UNIT_KINDS = ("bệnh viện", "trung tâm", "trường")
"""The kinds of service unit meant when an excluded group names none: a hospital, a centre, a school."""


_FIRM_HEAD_OUT = re.compile(r"^(?P<title>.+?) (?:cac |nhung )?(?:doanh nghiep|cong ty)\b.*\bco (?:chu tich|hoi dong)\b")
"""An excluded firm's executive under a chair, folded ("giám đốc doanh nghiệp có chủ tịch công ty"): a state
company has a chair or a members' council over its director (Luật Doanh nghiệp 2020, Điều 79), so a firm's
director is no head."""
_FIRM_KINDS = ("cong ty", "tong cong ty", "tap doan", "doanh nghiep")


def _excluded_titles(excludes: Iterable[str]) -> tuple[list[str], frozenset[str]]:
    """The excluded items as titles a role is matched against, and those of them only guessed: a group of service
    units' heads stands for each head of each kind of unit it names in brackets, or of the usual kinds ("giám đốc
    bệnh viện", "hiệu trưởng trường": guessed, so a listing of who is in that names the kind of unit — "Hiệu trưởng
    trường đại học trực thuộc tỉnh" — keeps its own in, `classify`); a group of the heads of units under a department
    (`_SUBUNIT_HEADS_OUT`) for each kind's head title; a firm's executive under a chair (`_FIRM_HEAD_OUT`) for that
    title in any firm ("giam doc cong ty"); every other item as written."""
    titles: list[str] = []
    guessed: list[str] = []
    for item in excludes:
        if firm := _FIRM_HEAD_OUT.match(squash(fold(item))):
            titles.extend(f"{firm.group('title')} {kind}" for kind in _FIRM_KINDS)
            continue
        if under := _SUBUNIT_HEAD_UNDER.match(squash(fold(item))):
            titles.append(next(head for head in _SUBUNIT_HEADS.values() if fold(head) == under.group("head")))
            continue
        if _SUBUNIT_HEADS_OUT.match(squash(fold(item))):
            titles.extend(head for kind, head in _SUBUNIT_HEADS.items() if re.search(rf"\b{kind}\b", fold(item)))
            continue
        if not _SERVICE_UNIT.match(squash(fold(item))):
            # "hiệu trưởng các trường phổ thông": a class of units read with its qualifier (`_CLASS_OF_UNITS` reads
            # a listing wide), so the Hiệu trưởng of a university is not put out with the schools'
            classed = _CLASS_OF_UNITS.match(squash(fold(item)))
            titles.append(re.sub(r"\s+(?:các|những)\s+", " ", item, count=1, flags=re.I) if classed else item)
            continue
        named = re.search(r"\(([^()]*)\)", item)
        kinds = re.split(r"\s*(?:,|\bvà\b|\bhoặc\b)\s*", named.group(1).lower()) if named else []
        kinds = [re.sub(r"^trường học$", "trường", " ".join(k.split())) for k in kinds if k.strip()]
        heads = [f"{head} {kind}" for head in _SERVICE_UNIT_HEADS for kind in kinds or _SERVICE_UNIT_KINDS]
        titles.extend(heads)
        guessed.extend([] if kinds else heads)
    return titles, frozenset(_lower(title) for title in guessed)


_AGENCY_GENERICS = (
    r"nguoi dung dau (?:cac )?(?:co quan|don vi(?! su nghiep)|dia phuong|so|nganh|chinh quyen)",
    r"thu truong (?:cac )?(?:co quan|don vi)",
)
"""The heads of agencies and localities named generically ("người đứng đầu cơ quan, đơn vị, địa phương")."""
_GENERIC_HEADS = {
    r"nguoi dung dau (?:cac )?(?:cap uy|dang uy|to chuc dang)|bi thu (?:cap uy|dang uy)(?! (?:cac )?"
    r"(?:xa|phuong|dac khu|thi tran|huyen|quan|thi xa|tinh|thanh pho)\b)": _PARTY_HEADS,
    _SERVICE_UNIT_GROUP: _SERVICE_UNIT_HEADS,
    **dict.fromkeys(_AGENCY_GENERICS, _AGENCY_HEADS),
    r"^(?:nguoi dung dau|cap truong)$": tuple(dict.fromkeys(_AGENCY_HEADS + _SERVICE_UNIT_HEADS)),
}
"""Definitions name heads generically ("người đứng đầu cấp ủy", "Bí thư cấp ủy"): the titles each phrase
stands for (folded). Not a party head of a level ("Bí thư Đảng ủy xã, phường"): the secretaries of those levels'
committees only, as a title listed for those kinds of unit. A bare "người đứng đầu" whose units follow a partner
("người đứng đầu và bí thư cấp ủy của các vụ, cục, …; … của các trường, viện") is the head of any of them: an
agency's or a service unit's."""
COUNCIL_CHAIR = "chủ tịch hội đồng nhân dân"
"""The chair of a People's Council (HĐND), which elects a locality's People's Committee: the locality's head
(người đứng đầu) is the committee's chair, so a generic "người đứng đầu cơ quan, đơn vị, địa phương" leaves the
council's chair out unless the definition lists that post itself."""


def _council_chair_out(includes: Iterable[str]) -> bool:
    """Whether a definition's heads leave a People's Council's chair out: it names agencies' and localities' heads
    generically (`_AGENCY_GENERICS`: a "chủ tịch" among them is the committee's) and lists no council chair."""
    folded = [squash(fold(item)) for item in includes]
    generic = any(re.search(pattern, item) for item in folded for pattern in _AGENCY_GENERICS)
    return generic and not any(re.search(r"\bchu tich (?:hdnd|hoi dong nhan dan)\b", item) for item in folded)


_COUNCIL_COMMITTEE = re.compile(r"(?:pho )?truong ban\b.*\b(?:hdnd|hoi dong nhan dan)\b")
"""A People's Council committee's head, folded ("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"): a council's member, no
agency's head, so out of generic agencies' heads ("Thủ trưởng cơ quan tương đương sở") as the council's chair is."""


KEY_LEADER_PHRASE = r"(?:cán bộ )?lãnh đạo chủ chốt|cán bộ chủ chốt"
"""The key leaders as dispatches name them: "lãnh đạo chủ chốt", "cán bộ lãnh đạo chủ chốt", or "cán bộ chủ chốt" (the
key cadres: the same group, the party's older word for it)."""
HEADS_PHRASE = (
    r"người đứng đầu|cấp trưởng|thủ trưởng|lãnh đạo (?:của )?(?:các )?(?:ubnd|ủy ban nhân dân|tỉnh|thành phố|huyện|quận"
    r"|thị xã|sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương)\b"
    r"|cán bộ lãnh đạo\b(?!,?\s+(?:và\s+)?(?:quản lý|công chức|viên chức|cán bộ|các cấp|chủ chốt)\b)"
)
"""Words for a unit's leaders other than "lãnh đạo chủ chốt": its heads ("người đứng đầu", "cấp trưởng", "thủ
trưởng cơ quan"), the leaders of a province, city, district, department or agency ("lãnh đạo thành phố",
"lãnh đạo các sở, ngành", "lãnh đạo của các ban Đảng, Bộ, ngành", "lãnh đạo cơ quan"), or "cán bộ lãnh đạo"
alone (not "cán bộ lãnh đạo, quản lý" nor "cán bộ lãnh đạo, công chức": managers and staff are more than the
leaders). As whom a limit binds they are key leaders, the nearest of the three scopes."""
_SENDS = r"\b(?:cử|quyết định|cho phép|phê duyệt|xem xét|chịu|bố trí|tổ chức|trách nhiệm|quản lý|chỉ đạo|yêu cầu)\b"
_TRAVELS = r"\s+(?:(?:mỗi|hằng|hàng) năm,?\s+)?(?:(?:chỉ|không|được)\s+){0,2}(?:đi|ra)\s+(?:công tác\b|nước ngoài)"
HEAD_SUBJECT_PHRASE = (
    rf"(?:(?<!\w )(?<!\w)|(?<=chỉ đạo )|(?<=yêu cầu )|(?<=đồng chí ))(?:{HEADS_PHRASE})(?:(?!{_SENDS})[^.;:]){{0,80}}?"
    rf"(?={_TRAVELS})"
    rf"|(?<=mỗi )(?:{HEADS_PHRASE})(?:(?!{_SENDS})[^.;:]){{0,80}}?(?={_TRAVELS}|\s+(?:không quá|tối đa)\b)"
)
"""The leaders as the subject of a limit on their own travel ("Người đứng đầu cơ quan, đơn vị, địa phương đi công
tác nước ngoài không quá 02 lần …", "Lãnh đạo thành phố không đi công tác quá 2 lần …"), each of them ("Mỗi người
đứng đầu quy định tại khoản 2 Điều 3 … được đi công tác …"), or right before the count ("Bảo đảm mỗi người đứng đầu
đơn vị không quá 02 lần/năm"), also as whom a
directive binds ("UBND thành phố chỉ đạo cán bộ lãnh đạo phải thực hiện … chế độ đi công tác nước ngoài …, không
quá 2 lần/năm"), also after the party's "đồng chí" ("Các đồng chí lãnh đạo của các ban Đảng, Bộ, ngành, địa
phương, thực hiện đúng quy định đi công tác nước ngoài không quá hai lần …"): key leaders. Not the
heads as an object ("Không bố trí hai người đứng đầu …", "trách nhiệm của người đứng đầu"), nor the heads who
send others ("Người đứng đầu … cử đoàn …", "Thủ trưởng cơ quan quyết định cử cán bộ đi công tác …")."""
MANAGED_CADRE_PHRASE = (
    r"(?:cán bộ|công chức|đảng viên|đối tượng)(?: khác)?(?:, (?:công chức|viên chức))* (?:thuộc )?diện "
    r"(?:ban thường vụ |(?:tỉnh|thành|huyện|quận|thị|đảng) ủy )[\w\s]*?quản lý"
)
"""How dispatches name the two scoped groups (lower case): the cadres on a party committee's list, however the
list is named ("thuộc diện Ban Thường vụ Tỉnh ủy quản lý", "diện Tỉnh ủy quản lý", "thuộc diện Thành ủy quản lý")."""
_TERM_FOLDED = (
    r"(?P<term>(?:can\s*bo\s+)?lanh\s*dao\s*chu\s*chot|can\s*bo\s*chu\s*chot|nguoi\s*dung\s*dau|thu\s*truong|"
    r"lanh\s*dao\s+(?:cac\s+)?(?:co\s*quan,?\s+)?don\s*vi|"
    r"(?:can\s*bo|cong\s*chuc|dang\s*vien|doi\s*tuong)(?:,\s*(?:cong\s*chuc|vien\s*chuc))*\s+(?:thuoc\s+)?dien\s+"
    r"(?:ban\s*thuong\s*vu\s|(?:tinh|thanh|huyen|quan|thi|dang)\s*uy\s)[\w\s]*?quan\s*ly)"
)
_ALIAS = r"\(\s*sau\s+(?:day|nay)\s+(?:duoc\s+)?goi\s+(?:chung\s+|tat\s+)?la\b[^()]*\)"
"""The short name a definition gives its term before its verb, folded ("Người đứng đầu đơn vị thuộc Bộ (sau đây gọi
chung là người đứng đầu) gồm: …"): part of the term's words, read whole so its "là" is not the definition's verb."""
_DEFINES = compile_led(
    _TERM_FOLDED + rf"(?P<gap>(?:{_ALIAS}|\((?!\s*sau\s+(?:day|nay)\b)|[^.;:(]){{0,80}}?)\s+"
    r"(?P<verb>bao\s*gom|gom(?:\s+co)?|la)\b\s*[:;,]?\s*(?P<body>[^.]+)"
)
"""A definition, on folded text (OCR drops and swaps tone marks: "chủ chôt", "gôm", "Lãnh dạo"): of the key leaders,
the managed cadres, or the leaders of units ("Lãnh đạo đơn vị là người đứng đầu và cấp phó …"). "Người đứng
đầu" defines the key leaders only with "gồm" ("Người đứng đầu nói tại văn bản này gồm Giám đốc sở, …"): "Người
đứng đầu cơ quan là người chịu trách nhiệm …" says what heads do."""
_ROLE_WORD = re.compile(
    r"\b(?:giam doc|chu tich|bi thu|truong|thu truong|nguoi dung dau|pho|cap truong|cap pho|uy vien|lanh dao|"
    r"chanh|chu nhiem|tong bien tap|chuc vu|chuc danh)\b"
)
"""A definition lists people by role: without one of these words in any item it is not a definition."""
_NOT_A_DEFINITION = re.compile(r"\b(?:khong|chua|phai)\b")
"""A gap with these words is a rule about the group ("Lãnh đạo chủ chốt không là thành viên …")."""
_SENTENCE = re.compile(
    r"[^.\s](?:[^.\n\f]|\.(?=[^\s.])|[\n\f](?![ \t]*(?:\n|\d{1,2}[ \t]*[.)][ \t]|[IVX]{1,4}[ \t]*[.)][ \t])))*\.?"
)
"""A sentence: up to a full stop followed by a space, over wrapped lines and page breaks (scans and PDFs wrap at
the margin anywhere: "… quy định\ntại Công văn này gồm: …"), but never over a blank line or into the next numbered
item ("…, đơn vị\n2. Mỗi đoàn …": OCR drops full stops). A page break after a line's end ("…, phường;\n\fc) …") is
no blank line. A dot inside a token ("06.2020") does not end it."""
_PAGE_NUMBER_LINE = re.compile(r"(?<=\f)[ \t]*-?[ \t]*\d{1,3}[ \t]*-?[ \t]*\n")
"""The page number atop a scan's next page ("… bí thư đảng ủy\f2\nvà hiệu trưởng …"): blanked, so a definition
cut by the page break reads on as one sentence."""
_EXCLUDES = re.compile(
    r"(?P<who>(?:[^,;.:()]|\([^()]*\)|,(?=\s*(?:cac\s+)?(?:xa|phuong|dac\s+khu|thi\s+tran|huyen|quan|thi\s+xa)\b))+?)"
    r"(?:\s+cung)?,?\s+(?:khong\s+thuoc\s+(?:dien|doi\s*tuong|nhom|pham\s+vi)\b|"
    r"khong\s+(?:duoc\s+)?tinh\s+la\s+lanh\s*dao\s*chu\s*chot|khong\s+phai\s+la\s+lanh\s*dao\s*chu\s*chot)"
    r"(?![^.;:()]{0,40}:)|"
    r"\b(?:khong\s+bao\s+gom|khong\s+ap\s+dung\s+(?:doi\s+)?voi|(?P<but>ngoai\s+tru|tru|khong\s+ke))\s+(?!so\b)"
    r"(?P<after>[^.;)]+?)(?=\s*,?\s*\b(?:tru|khong\s+ke)\s+(?!so\b)|\s*[.;)]|\s*$)|"
    r"\b(?:khong\s+(?:thuoc|phai\s+la)\s+(?:(?:dien|doi\s*tuong|nhom|pham\s+vi)\b[^.;:()]{0,40}|(?:cac\s+)?lanh\s*dao\s*chu\s*chot\s*)"
    r"(?:\b(?:(?:quy\s+dinh|neu|noi)\s+tai|theo)\s+[^.;:()]{0,40})?|khong\s+bao\s+gom):\s*"
    r"(?P<listed>(?:(?<=[\s:;])[a-z]\)|[^.()]|\.(?=\w)|\((?:[^()]|\([^()]*\))*\))+)"
)
"""Who is out, on folded text ("trừ" folds to "tru", as does "trụ sở"): "… không thuộc diện này" (a comma before it
too: "Cấp phó của người đứng đầu, kể cả Phó Cục trưởng điều hành, không thuộc diện này"), "… không thuộc
diện lãnh đạo chủ chốt", "… không thuộc đối tượng này", "… không tính là lãnh đạo chủ chốt", "không bao gồm …",
"không áp dụng đối với …", "trừ …" (each up to a following "trừ …" or "không kể …", its exception: `but`). The
excluded may carry its
examples in parentheses ("cấp phó (Phó Cục trưởng, Phó Vụ trưởng) không thuộc diện …"): one group, commas and
all. Or the group after a colon ("Không thuộc diện lãnh đạo chủ chốt: cấp phó của người đứng đầu (…) và người đứng
đầu các đơn vị sự nghiệp … (bệnh viện, trung tâm, trường học)", or "Không thuộc lãnh đạo chủ chốt: …"), to the
sentence's end, brackets and all, also after the definition it refers to ("Không thuộc diện cán bộ lãnh đạo chủ
chốt quy định tại khoản 2 Điều này: …"); so with "Không bao gồm: cấp phó của người đứng đầu (…), Phó Bí thư đảng ủy các
cấp; …" (a numbered item of its own), its items lettered or not ("không bao gồm:\na) …;\nb) …": a label's bracket opens
nothing). A bracket may hold one of its own ("cấp phó (trừ trường hợp nêu tại tiết (iv));
phó bí thư …"): the list reads on past it.
"""
_EXCLUDED_TERM = re.compile(
    r"\bkhong\s+(?:phai\s+la|thuoc(?:\s+(?:dien|doi\s*tuong|nhom|pham\s+vi))?|(?:duoc\s+)?tinh\s+la)\s+(?:cac\s+)?$"
)
"""The term as the object of an exclusion ("… không phải là lãnh đạo chủ chốt, trừ trường hợp đồng chí đó đồng
thời là Bí thư …"): the "là" after it names the exception, so the sentence defines nothing of its own."""
_TERM_NAMED = re.compile(r"\b(?:can\s*bo\s+)?lanh\s*dao\s*chu\s*chot|\bcan\s*bo\s*chu\s*chot")
"""The key leaders named in a sentence, folded: a later item of the definition's article about who is or is not one."""
_STILL_IN = re.compile(
    r"\s*(?:\d{1,2}\s*[.)]\s*)?(?!truong\s+hop\b)(?P<who>[^.;:]+?)(?:\s+(?:giu\s+chuc\s+(?:vu|danh)|dong\s+thoi|kiem)\b[^.;:]*?)?"
    r"\s+(?:van|cung)\s+(?:duoc\s+(?:xac\s+dinh|coi|tinh)\s+)?la\s+(?=\S)"
)
"""An item of its own putting a post back in, folded ("2. Bí thư cấp ủy giữ chức vụ cấp phó của người đứng đầu (Phó Giám
đốc, …) vẫn là lãnh đạo chủ chốt …"): the post (`who`, before what else it holds) is in, whatever else it holds. Not
a case ("Trường hợp cấp phó đồng thời … thì vẫn được xác định là …": `_CASE_BACK_IN` reads its post)."""
_INTRO = re.compile(r"[^:;.()]{0,80}?\b(?:chuc\s+vu|chuc\s+danh|nhom)(?:\s+(?:nhu\s+)?sau(?:\s+day)?)?\s*:\s*")
"""A definition body's lead-in before its list, folded ("… là những người giữ một trong các chức vụ sau: Bí thư, …"):
no role of its own; left out, the list's first role is an item as written."""
_LABEL = re.compile(r"\s*(?:\d{1,2}|[ivx]{1,4}|[a-z])\s*[.)]\s*")
"""A sentence that is only an item's number ("2.", "b)"): the clause after it is the next sentence that counts."""
_REINCLUDED = re.compile(
    r"truong\s+hop\s+[^,;]*?\b(?:dong\s+thoi\s+(?:la|giu|dam\s+nhiem)|kiem(?:\s+nhiem)?)(?:\s+(?:chuc\s+vu|chuc\s+danh|chuc))?\s+(?P<role>[^,;]+?)(?=\s+cua\s|[,;]|$)"
)
"""The exception to an exclusion, folded: "cấp phó không thuộc diện này, trừ trường hợp cấp phó đồng thời là
Bí thư cấp ủy của cơ quan" (or "… đồng thời giữ chức Bí thư Đảng ủy cơ quan", "… kiêm nhiệm Bí thư") puts the
deputies who are party secretaries back in."""
_EXCEPTED = re.compile(
    r"(?:truong\s+hop\s+)?(?:[^,;]*?\s(?:(?:dong\s+thoi|cung)\s+)?(?:la|giu|kiem(?:\s+nhiem)?|dam\s+nhiem)"
    r"(?:\s+chuc(?:\s+vu|\s+danh)?)?\s+)?(?P<role>[^,;(]+?)(?=\s+cua\s|\s*[,;(]|$)"
)
"""What a "trừ …" or "không kể …" right after an exclusion puts back in, folded: the role after "là" ("Cấp phó của
người đứng đầu đơn vị không thuộc diện này, trừ cấp phó là Bí thư Đảng ủy đơn vị": the deputies who are its party
secretary), or the post it names ("…, không kể Phó Giám đốc phụ trách")."""
_ROLE_START = re.compile(r"(?:(?:cac|nhung)\s+)?" + _ROLE_WORD.pattern.replace(" ", r"\s+"))
"""A post's words from their start, folded ("Bí thư Đảng ủy cơ quan"; not "đặc biệt do Chủ tịch … quyết định"), over a
scan's line break inside the post ("… là Bí\nthư Đảng ủy cơ quan")."""
_EXCEPTION_GAP = re.compile(r"[^.;:]{0,40}")
"""Between an exclusion and the "trừ" that is its exception, folded (" này, "): the same clause."""
_STOP = re.compile(r"(?<!\btp)(?<!\btx)\.(?=\s|$)")
"""A full stop ending a sentence, folded; not an abbreviation's ("TP. Hồ Chí Minh")."""
_IN_CHARGE_BACK = re.compile(
    r"truong\s+hop\s+(?P<role>(?:cap\s+)?pho\b[^,;]*?\bphu\s+trach\b[^,;]*?)(?=\s+(?:trong|khi)\s|[,;]|$)"
)
"""The exception that makes a deputy in charge the head, folded: "không áp dụng đối với cấp phó, trừ trường hợp
cấp phó được giao phụ trách cơ quan, đơn vị trong thời gian chưa có người đứng đầu"."""
_IN_CHARGE = re.compile(
    r"^(?:cap\s+)?pho\s+(?P<head>.+?)\s+(?:duoc\s+giao\s+)?phu\s+trach"
    r"(?:\s+(?:so|ban|co\s+quan|don\s+vi|uy\s+ban|ubnd|vien|benh\s+vien|trung\s+tam|chi\s+cuc|cuc|phong|truong|"
    r"van\s+phong|dang\s+uy|xa|phuong)\b.*)?$"
)
"""A deputy in charge of the unit, folded ("Phó Giám đốc phụ trách Sở …", "Phó Giám đốc phụ trách"), and the head
they stand for; not a deputy in charge of a field ("Phó Giám đốc phụ trách lĩnh vực …")."""
_CASE_BACK_IN = re.compile(
    r"(?<!tru )\btruong\s+hop\s+(?P<cases>[^.;]+?)\s+(?:thi\s+)?"
    r"(?:(?:van\s+)?duoc\s+(?:xac\s+dinh|coi|tinh)|van|cung)\s+la\b"
)
"""Cases a clause of their own puts in without a "trừ", folded, each case after "hoặc" read as `_REINCLUDED` or
`_IN_CHARGE_BACK` reads one: after an exclusion ("…; trường hợp cấp phó đồng thời là bí thư cấp ủy của chính cơ quan
đó, hoặc cấp phó được giao phụ trách cơ quan khi chưa có người đứng đầu thì được xác định là lãnh đạo chủ chốt") or
with none to be the exception of ("trường hợp cấp phó được giao phụ trách cơ quan, đơn vị trong thời gian chưa bổ
nhiệm người đứng đầu thì được xác định là lãnh đạo chủ chốt")."""
_MANAGED_ELSEWHERE = re.compile(r"\s*(?P<who>[^.:;]+?)\s+thuoc\s+dien\s+(?P<body>[^.:;]+?)\s+quan\s+ly\s*\.?$")
"""A sentence after a managed cadres' definition naming posts another body manages, folded ("Ủy viên Ban Thường vụ
Tỉnh ủy, Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân tỉnh thuộc diện Bộ Chính trị, Ban Bí thư quản lý"): out of the
group the definition names."""
_RULED_ELSEWHERE = re.compile(
    r"\s*(?:viec\s+di\s+(?:cong\s+tac\s+)?nuoc\s+ngoai\s+cua\s+)?(?P<who>[^.:;]+?)\s+"
    r"(?:di\s+cong\s+tac\s+nuoc\s+ngoai\s+)?(?:thuc\s+hien|ap\s+dung)\s+theo\s+quy\s+dinh\s+"
    r"(?:rieng|cua\s+(?:trung\s+uong|bo\s+chinh\s+tri|ban\s+bi\s+thu))\b[^.:;]*\.?$"
)
"""A sentence after a definition naming posts whose trips another body's rules govern, folded ("Các đồng chí Ủy viên
Ban Thường vụ Tỉnh ủy, …, lãnh đạo Ủy ban nhân dân tỉnh đi công tác nước ngoài thực hiện theo quy định của Trung
ương", or "Việc đi nước ngoài của lãnh đạo Tỉnh ủy … thực hiện theo …"): out of the group the dispatch limits,
whatever else they head (a seat's exclusion is the person's)."""
_THIS_GROUP = re.compile(r"\bkhong\s+thuoc\s+(?:dien|doi\s*tuong|nhom|pham\s+vi)\s+nay\b")
"""An exclusion that points back at the group just defined, folded ("Trưởng phòng, …, Giám đốc trung tâm thuộc sở
cũng không thuộc diện này"): part of the definition though it does not name the term again."""
_CASE = "truong hop "
_CASE_SPLIT = re.compile(r"(,?\s*\bhoac\s+)")
"""Between two cases of one "trường hợp …" clause, folded (", hoặc")."""
_DEPUTY = re.compile(r"^(?:(?:cac|nhung) )?(?:pho|cap pho)\b")
"""A deputy's title, folded ("Phó Giám đốc", "Pho Giam doc", a listing's "các Phó Chủ tịch")."""
_ROLE_SPLIT = re.compile(r"\s*(?:[,;]|\bkiêm\b|\bđồng thời là\b|\s-\s|\bvà\b)\s*")


def _lower(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def scope_of(applies_to: str | None, kind: str | None = None, definition: ScopeDefinition | None = None) -> str:
    """The checkable scope of who a rule binds, as written: key leaders, cadres a standing committee manages,
    the leaders of units as its dispatch defines them (`definition`, when the rule names its term), or everyone.
    The two-key-leaders rule is about key leaders whoever it names first."""
    text = _lower(applies_to or "")
    if kind == "no_two_key_leaders_same_unit":
        return KEY_LEADER
    if definition is not None and definition.scope == UNIT_LEADER and names_term(applies_to, definition):
        return UNIT_LEADER
    if re.search(r"\svà (?:các |mọi )?(?:cán bộ|công chức|viên chức|đảng viên)\b", text):
        return ALL  # "lãnh đạo chủ chốt và cán bộ của đơn vị": everyone
    bare = fold(text)  # a scan's "lãnh dạo chú chốt" is the key leaders too
    if "chu chot" in bare or "nguoi dung dau" in bare or re.match(HEADS_PHRASE, text):
        return KEY_LEADER
    if "diện" in text and "quản lý" in text:
        return MANAGED_CADRE
    return ALL


def names_term(applies_to: str | None, definition: ScopeDefinition) -> bool:
    """Whether a rule's words for whom it binds name the term a definition defines ("Lãnh đạo đơn vị")."""
    return bool(applies_to) and squash(fold(definition.term)).lower() in squash(fold(applies_to or "")).lower()


def _items(body: str) -> list[str]:
    """The listed roles of a definition body: split at commas, semicolons, bullets and "và", parentheses
    opened. Cuts are found on the folded copy (OCR's "vả", "hoăc"), items keep the text as written; a part that
    only continues the previous one's units joins it ("Chủ tịch UBND các huyện, thành phố"), and a part that
    names no role is no item ("… (Bí thư đảng ủy hoặc Bí thư chi bộ) của Cục, Vụ, Viện": "Viện" is a unit, and
    as a listed head it would make anyone whose title ends in ", Viện …" a key leader); after a title of a class of
    units ("Tổng biên tập các báo, tạp chí thuộc Bộ"), a part past a comma that names no role is another kind of
    the same units, not a member of its own: it joins the title (`_head_keys` reads it as "Tổng biên tập tạp chí"), as
    it does after a head of a kind of unit ("Giám đốc nhà hát, bảo tàng, trung tâm thuộc Bộ")."""
    items: list[str] = []
    start, cut, in_case, after_item = 0, "", False, False
    for match in [*_ITEM_CUT.finditer(fold(body)), None]:
        end = match.start() if match else len(body)
        part = " ".join(body[start:end].strip(" :-+•\n\t").split())
        folded = squash(fold(part))
        previous = fold(items[-1]) if items else ""
        of_kind = bool(_OF_UNITS.search(previous) or (_KIND_OF_UNIT.match(folded) and _HEAD_OF_KIND.match(previous)))
        another_kind = after_item and cut == "," and not _ROLE_WORD.search(folded) and of_kind
        # "Cấp phó của người đứng đầu, kể cả Phó Cục trưởng điều hành": an example of the item, not one of its own
        example = after_item and cut == "," and folded.startswith("ke ca ") and not _CASE_PART.match(folded)
        continues = bool(_CONTINUES.match(folded) or another_kind or example)
        after_item = False  # set when this part makes or joins an item
        of_another = _OF_ANOTHER.match(folded)
        if _CASE_PART.match(folded) or (in_case and continues):
            # "kể cả trường hợp bí thư là cấp phó của người đứng đầu cơ quan, đơn vị", "(trừ trường hợp nêu tại
            # tiết (iv))": a case, its units with it
            in_case = True
        elif part and not continues and _ROLE_WORD.search(folded):
            in_case, after_item = False, True
            items.append(part[: referred.start()] if (referred := _UNITS_REFERRED.search(folded)) else part)
        elif part and of_another and cut == "," and items and (head_of := _OF_UNIT.search(fold(items[-1]))):
            # "Giám đốc của mỗi sở, của Bệnh viện X": the same head of the next unit, "Giám đốc Bệnh viện X"
            items.append(f"{items[-1][: head_of.start()]} {part[of_another.end() :]}")
            after_item = True
        elif part and continues and items and cut == ",":
            items[-1], after_item = f"{items[-1]}, {part}", True
        if match:
            start, cut = match.end(), match.group().strip()
    return _with_shared_units(items)


def _with_shared_units(items: list[str]) -> list[str]:
    """A bare head before its own deputy takes the deputy's unit: "Chủ tịch, Phó Chủ tịch Hội đồng nhân dân
    thành phố" lists the city council's chairman, not every chairman ("Giám đốc, các Phó Giám đốc Sở Y tế"); so
    does a bare "trưởng" or "người đứng đầu" before a bare deputy of units ("trưởng, phó các phòng": the heads of
    the rooms, not every "Trưởng …"; "người đứng đầu, cấp phó của các đơn vị trực thuộc sở")."""
    shared = list(items)
    for index, (item, after) in enumerate(pairwise(items)):
        head = squash(fold(item))
        deputy = re.match(rf"(?:cac |nhung )?pho {re.escape(head)} (?=\S)", squash(fold(after)))
        if deputy is None and head in _BARE_HEADS:
            deputy = re.match(r"(?:cap )?pho (?:cua )?(?=(?:cac |nhung )?\S)", squash(fold(after)))
        if deputy:
            shared[index] = f"{item} {squash(after)[deputy.end() :]}"
    return shared


_BARE_HEADS = ("truong", "cap truong", "nguoi dung dau")
"""Heads named by no title of their own, folded: before "phó các phòng" they head the deputy's units."""


_OF_UNITS = re.compile(r"\s(?:cac|nhung)\s+\S")
"""A title listed for a class of units, folded ("Tổng biên tập các báo", "Hiệu trưởng các trường đại học")."""
_KINDS_OF_UNIT = (
    r"(?:nha hat|bao tang|trung tam|thu vien|benh vien|hoc vien|vien|truong|nha xuat ban|bao|tap chi|dai phat thanh|"
    r"dai truyen hinh|doan nghe thuat|nha van hoa|ban quan ly)"
)
_KIND_OF_UNIT = re.compile(rf"{_KINDS_OF_UNIT}\b")
"""A part of a list naming only a kind of unit, folded ("bảo tàng", "trung tâm thuộc Bộ")."""
_HEAD_OF_KIND = re.compile(rf"^(?P<title>.+?) (?P<kind>{_KINDS_OF_UNIT})\b")
"""A head's title over a kind of unit, folded ("Giám đốc nhà hát"): the kinds after its commas ("Giám đốc nhà hát,
bảo tàng, trung tâm thuộc Bộ hoặc thuộc Cục") have the same head ("Giám đốc bảo tàng", "Giám đốc trung tâm")."""
_OF_ANOTHER = re.compile(r"cua\s+(?:moi\s+|tung\s+)?(?=\S)")
"""A part naming only another unit of the head before it, folded: "…, của Bệnh viện X"."""
_CASE_PART = re.compile(r"(?:tru |ke ca )?truong hop\b|ke ca khi\b")
"""A part of a list that names a case, folded ("kể cả trường hợp …", "kể cả khi …", "trừ trường hợp nêu tại tiết
(iv)"), not a role: "trường" would read as one."""
_UNITS_REFERRED = re.compile(
    r"\s+(?:cua\s+)?(?:cac\s+|nhung\s+)?(?:co\s+quan,?\s+)?don\s+vi\s+(?:neu|quy\s+dinh|noi)\s+tai\s+"
    r"(?:tiet|diem|khoan|muc|dieu)\b.*$"
)
"""Units an item names by a reference to other items, folded ("Bí thư đảng ủy của các đơn vị nêu tại tiết (ii)"):
the units are those items', so the title is kept bare, as it is in each of them."""
_ITEM_CUT = re.compile(r"\s*(?:[,;()]|\n[ \t]*[-+•*]|\bva\b|\bhoac\b|\bcac dong chi\b)\s*")
_CONTINUES = re.compile(
    r"(?:cac )?(?:co quan|don vi|dia phuong|so|ban|nganh|thanh pho|thi xa|quan|huyen|xa|phuong|dac khu|"
    r"(?:cac )?chuc danh)\b"
    r"|tuong duong\b|$"
)
"""Parts that only continue the previous item's units ("người đứng đầu cơ quan, đơn vị, địa phương")."""


def find_definitions(text: str) -> list[ScopeDefinition]:
    """Every scope definition a text gives: the term, who is in, who is out, the sentence and its span.

    Matched on the folded text with sentences taken over wrapped lines, so a scan's line breaks and lost
    tone marks do not hide it. The exclusions may sit in the same sentence ("…; cấp phó không thuộc diện
    này") or the next one, numbered or not ("2. Cấp phó … không phải là lãnh đạo chủ chốt"), and an exclusion's
    own exception ("trừ trường hợp cấp phó đồng thời là Bí thư cấp ủy") is a role put back in; the exclusion
    sentence is the definition's, never one of its own."""
    text = _PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group()), unicodedata.normalize("NFC", text))
    folded = fold(text)  # the same length: offsets index both
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(folded)]
    definitions: list[ScopeDefinition] = []
    consumed = 0
    for index, (start, end) in enumerate(sentences):
        if start < consumed:
            continue  # the exclusion sentence of the definition before
        match = _DEFINES.search(folded, start, end)
        gap = re.sub(_ALIAS, "", match.group("gap")) if match else ""
        if not match or _NOT_A_DEFINITION.search(gap) or "(" in gap:
            continue  # a rule about the group, or "(bao gồm cả lãnh đạo Bộ)": a widening, not a definition
        if _EXCLUDED_TERM.search(folded, start, match.start()):
            continue  # "Cấp phó … không phải là lãnh đạo chủ chốt, trừ trường hợp … là Bí thư": an exclusion
        if match.group("verb") == "la" and re.search(r"dung\s*dau|thu\s*truong", match.group("term")):
            continue
        body_start, body_end = match.span("body")
        listing = text
        if points_end := _points_end(folded, sentences[index + 1 :], body_start, body_end):
            # "… gồm hai nhóm:\na) Nhóm A: …; ….\nb) Nhóm B: …": every point, each an item list of its own
            end = body_end = consumed = points_end
            listing = _points_as_items(text, body_start, body_end)
        if intro := _INTRO.match(folded, body_start, body_end):
            body_start = intro.end()
        listed_end, narrowed = _listed_end(folded, body_start, body_end)
        scope = _term_scope(match.group("term"))
        offices_in, offices_out = (
            _unit_offices(text, body_start, narrowed[0][0] if narrowed else listed_end, body_end)
            if scope == UNIT_LEADER
            else ([], [])
        )
        back_in: list[str] = []
        if offices_in:  # "người đứng đầu và cấp phó của người đứng đầu các Vụ, …; trừ cấp phó … các Viện"
            includes, excludes = [o.words for o in offices_in], [o.words for o in offices_out]
        else:
            includes = _unconditional(blanked(listing, narrowed), body_start, listed_end)
            excludes, back_in = _excluded(text, body_start, body_end)
        if not any(_ROLE_WORD.search(fold(item)) for item in includes + back_in):
            continue  # "… tối đa là 02 lần/năm": a rule's value after "là", no one listed
        stop = end
        later = (s for s in sentences[index + 1 :] if s[0] >= end and not _LABEL.fullmatch(folded, *s))
        for nth, after in enumerate(later):
            following, following_back = _excluded(text, *after, sentence=True)
            still = _STILL_IN.match(folded, *after)
            elsewhere = _MANAGED_ELSEWHERE.match(folded, *after) if scope == MANAGED_CADRE else None
            ruled = _RULED_ELSEWHERE.match(folded, *after)
            if elsewhere and squash(elsewhere.group("body")) not in squash(match.group("term")):
                following += _items(text[elsewhere.start("who") : elsewhere.end("who")])
            elif ruled and _ROLE_WORD.search(ruled.group("who")):
                who = text[ruled.start("who") : ruled.end("who")]
                # the posts it names, not its words before "không thuộc phạm vi điều chỉnh …" read as an exclusion too
                following = _items(re.sub(r"^(?:các đồng chí|đồng chí|các|những)\s+", "", who, flags=re.IGNORECASE))
            elif nth and not (_TERM_NAMED.search(folded, *after) or _THIS_GROUP.search(folded, *after)):
                break  # past the sentence right after it, only those about the term (or "this group") are its
            if still and _TERM_NAMED.match(folded, still.end()):
                following_back.append(squash(text[still.start("who") : still.end("who")]))
            elif held_too := _held_too(text, *after):
                following_back.append(held_too)
            if not (following or following_back):
                break
            excludes += following
            back_in += following_back
            stop = consumed = after[1]
        definitions.append(
            ScopeDefinition(
                term=squash(text[match.start("term") : match.end("term")]),
                scope=scope,
                includes=includes + [role for role in back_in if role.lower() not in {i.lower() for i in includes}],
                excludes=excludes,
                offices_in=offices_in,
                offices_out=offices_out,
                sentence=squash(text[start:stop]),
                span=Span.in_text(text, start, stop),
            )
        )
    return definitions


_POINT_OPENS = re.compile(r":\s*a\s*\)")
_POINT_STARTS = re.compile(r"[ \t]*[b-zđ][ \t]*\)")
_POINT_HEAD = re.compile(r"(?m)^[ \t]*[a-zđ][ \t]*\)[ \t]*(?:nhóm[ \t]+\w{1,4}[ \t]*[-–:][ \t]*)?", re.IGNORECASE)
_POINT_STOP = re.compile(r"\.(?=[ \t]*(?:\n|$))")


def _points_end(folded: str, later: Sequence[tuple[int, int]], body_start: int, body_end: int) -> int | None:
    """Where a definition whose body opens a lettered list after its colon ("… gồm hai nhóm:\na) …") ends: past the
    sentences that are that list's next points ("b) …", each closed by its own full stop); None for no such list."""
    if not _POINT_OPENS.search(folded, body_start, body_end):
        return None
    end = None
    for start, stop in later:
        if not _POINT_STARTS.match(folded, start):
            break
        end = stop
    return end


def _points_as_items(text: str, start: int, end: int) -> str:
    """`text` with text[start:end]'s point labels and group names blanked ("b) Nhóm B: " → spaces) and each point's
    closing full stop made a semicolon: the points' posts read as one list, offsets kept."""
    part = _POINT_HEAD.sub(lambda m: " " * len(m.group()), text[start:end])
    return text[:start] + _POINT_STOP.sub(";", part) + text[end:]


def _listed_end(folded: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """Where a definition body's list of who is in ends, and the exceptions inside it: the list ends at its first
    exclusion, unless that is a "trừ …" that closes one item of the list at a semicolon with more items after it
    ("(ii) Hiệu trưởng, Viện trưởng các đơn vị trực thuộc Bộ, trừ các trường phổ thông; (iii) Chủ tịch Hội đồng
    thành viên …"): that exception narrows its own item (what it names is still read as out, and no item is read
    in it), and the list goes on."""
    narrowed: list[tuple[int, int]] = []
    at = start
    while exclusion := _EXCLUDES.search(folded, at, end):
        item_ends = exclusion.group("after") is not None and re.match(r"\s*;", folded[exclusion.end() : end])
        if not item_ends or not _ROLE_WORD.search(folded, exclusion.end(), end):
            return exclusion.start(), narrowed
        narrowed.append(exclusion.span())
        at = exclusion.end()
    return end, narrowed


_LISTS_WHO = re.compile(
    r"\b(?:cac|nhung)\s+(?:dong\s+chi|nguoi|can\s+bo|chuc\s+danh|chuc\s+vu)\b[^:.;]{0,60}?\bsau(?:\s+day)?\b"
)
"""A clause naming whom it binds as the posts listed after it, folded ("Các đồng chí sau đây …:", "Những người giữ
các chức vụ sau …:")."""
_LIST_ITEM = re.compile(r"[ \t]*(?:[a-zđ][ \t]*\)|[-+•])[ \t]*")
"""A listed item's label at a line's start ("a)", "-", "+")."""
_LIST_ENDS = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*[.)]|[IVX]{1,4}[ \t]*[.)]|Điều[ \t]+\d|Chương\b)")
"""The next numbered item, article or chapter: the list and the sentences closing it end there."""
_NOT_BOUND = re.compile(
    r"(?P<who>.+?)\s+(?:không\s+thuộc\s+(?:diện|đối\s+tượng|phạm\s+vi)|không\s+áp\s+dụng)\b", re.IGNORECASE
)
"""A sentence closing the list with who it leaves out ("Cấp phó của người đứng đầu sở, ban, ngành, xã, phường, … không
thuộc diện áp dụng khoản này"): the group as written, one item."""


_LEVELS = r"(?:xa|phuong|dac khu|thi tran|huyen|quan|thi xa|tinh|thanh pho)"
_BODY_OF_LEVELS = re.compile(
    rf"\b(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy) (?P<levels>{_LEVELS}(?:, {_LEVELS})*)$"
)
"""A listed post's body closed by the levels it is held at ("Chủ tịch Ủy ban nhân dân xã, phường"), folded: a scan's
marks ("Bí thư Đáng úy, Chú tịch … xã, phường") change no level."""
_BODY_ALONE = re.compile(r"\b(?:dang uy|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)$")
"""A listed post ending with a local body and no level ("Bí thư Đảng ủy"), folded: it shares the levels of the
line's last post (`_level_shared`)."""


def _level_shared(items: list[str]) -> list[str]:
    """The posts of one listed line, the levels its last post closes with shared by a post before it that names a
    body and no level ("c) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã, phường": the Bí thư of a xã's or a phường's
    party committee, not of a hospital's)."""
    levels = _BODY_OF_LEVELS.search(fold(items[-1])) if items else None
    if levels is None:
        return items
    shared = items[-1][levels.start("levels") : levels.end("levels")]
    return [f"{item} {shared}" if _BODY_ALONE.search(fold(item)) else item for item in items]


def find_listed_scope(text: str, start: int, end: int) -> ScopeDefinition | None:
    """The posts a rule's clause text[start:end] lists as whom it binds, when the clause names them as "các đồng chí
    sau đây" and ends in a colon: the labelled lines after it ("a) Bí thư, Phó Bí thư Tỉnh ủy; Chủ tịch, Phó Chủ
    tịch Ủy ban nhân dân tỉnh;", "b) Giám đốc sở; …") are who is in, and a sentence closing the list ("Cấp phó … không
    thuộc diện áp dụng khoản này") who is out, up to the next numbered item or a blank line. None without such a
    list: a rule's scope comes from its own clause, never from a list elsewhere."""
    text = unicodedata.normalize("NFC", text)
    clause = text[start:end]
    named = _LISTS_WHO.search(fold(clause))
    if named is None or not clause.rstrip().endswith(":"):
        return None
    includes: list[str] = []
    excludes: list[str] = []
    stop = end
    line_start = text.find("\n", end) + 1
    while 0 < line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not line.strip() or _LIST_ENDS.match(line):
            break
        item = _LIST_ITEM.match(line)
        if item and not excludes:
            includes += _level_shared(_items(line[item.end() :].rstrip(" .;")))
        elif includes and (who := _NOT_BOUND.match(line.strip())):
            excludes.append(squash(who.group("who")))
        elif includes:
            excluded, back_in = _excluded(text, line_start, line_end)
            excludes += excluded
            includes += back_in
        else:
            break
        stop, line_start = line_end, line_end + 1
    if not includes:
        return None
    return ScopeDefinition(
        term=squash(clause[named.start() : named.end()]),
        scope=LISTED,
        includes=includes,
        excludes=excludes,
        sentence=squash(text[start:stop]),
        span=Span.in_text(text, start, stop),
    )


_POSTS_SUBJECT = re.compile(
    r"[ \t]*(?:(?:\d{1,2}|[a-zđ])[ \t]*[.)][ \t]*)?(?:(?:các|những)\s+)?(?:đồng chí\s+)?"
    r"(?P<posts>(?:ủy viên|uỷ viên|(?:phó )?bí thư|(?:phó )?chủ tịch|(?:phó |tổng )?giám đốc|(?:phó )?trưởng ban"
    r"|chánh văn phòng)\b[^.;:()]{0,120}?)"
    r"\s+(?:(?:mỗi|hằng|hàng) năm,?\s+)?(?:(?:chỉ|được)\s+)?(?:đi\s+(?:công tác\s+)?nước ngoài|đi công tác)\b",
    re.IGNORECASE,
)
"""A limit whose subject is a post or posts by their title ("2. Ủy viên Ban Thường vụ Tỉnh ủy đi công tác nước ngoài
không quá ba (03) chuyến trong một năm"): who it binds, and no one else."""
_GROUP_WORDS = re.compile(r"\b(?:can bo|cong chuc|vien chuc|lanh dao|nguoi dung dau|thu truong|doan)\b")
"""A subject naming a group rather than posts ("Chủ tịch và các cán bộ …"): not a list of posts."""


def find_post_scope(text: str, start: int, end: int) -> ScopeDefinition | None:
    """The posts a limit's clause text[start:end] names as its subject by their titles (`_POSTS_SUBJECT`), as a
    listed scope (`LISTED`: holders of those posts are in, everyone else out, deputies too unless named); None when
    its subject is no post, or names a group as well."""
    clause = unicodedata.normalize("NFC", text[start:end])
    subject = _POSTS_SUBJECT.match(clause)
    if subject is None or _GROUP_WORDS.search(squash(fold(subject.group("posts")))):
        return None
    posts = _items(subject.group("posts"))
    if not posts:
        return None
    return ScopeDefinition(
        term=squash(subject.group("posts")),
        scope=LISTED,
        includes=posts,
        sentence=squash(clause),
    )  # no span: the posts are the clause's own words, and the clauses after it are read as after any limit's


_GROUP_SUBJECT = re.compile(
    r"[ \t]*(?:(?:\d{1,2}|[a-zđ])[ \t]*[.)][ \t]*)?(?:(?:mỗi|các|những)\s+)?(?:đồng chí\s+)?"
    r"(?P<group>[^\W\d][^.;:()]{2,60}?)"
    r"(?:\s*:|\s+(?:(?:mỗi|hằng|hàng) năm,?\s+)?(?:(?:chỉ|được)\s+)?(?:đi|ra)\s+(?:công tác\s+)?nước ngoài\b)",
    re.IGNORECASE,
)
"""A limit's subject up to its verb or its colon ("Mỗi đồng chí Thường trực Tỉnh ủy đi công tác nước ngoài …",
"Thường trực Tỉnh ủy: 01 lần/năm"): the group it binds, as written."""


def group_subject(text: str, start: int, end: int) -> str | None:
    """The named group a limit's clause text[start:end] binds (`_GROUP_SUBJECT`, capitalised past its first word: a
    body's name, "Thường trực Tỉnh ủy"), as written; None when its subject is no such name ("Mỗi cán bộ …", "Cán bộ
    đi công tác nước ngoài …": a sentence's capital alone names no group)."""
    subject = _GROUP_SUBJECT.match(unicodedata.normalize("NFC", text), start, end)
    words = squash(subject.group("group")).split() if subject else []
    # after "đồng chí" a group's first word is no sentence's capital: "Mỗi đồng chí lãnh đạo HĐND tỉnh …" names one
    named = subject is not None and "đồng chí" in subject.group()[: subject.start("group") - subject.start()].lower()
    opens = words[:1] and (words[0][:1].isupper() or named)
    return " ".join(words) if opens and any(w[:1].isupper() for w in words[1:]) else None


def find_group_scope(text: str, start: int, end: int) -> ScopeDefinition | None:
    """The posts of the group a limit's clause text[start:end] names as its subject (`group_subject`), as the text
    lists them in brackets after the group's name elsewhere ("a) Các đồng chí Thường trực Tỉnh ủy (Bí thư Tỉnh ủy, Phó
    Bí thư Thường trực Tỉnh ủy, Phó Bí thư Tỉnh ủy - Chủ tịch Ủy ban nhân dân tỉnh)") or after "gồm" up to the
    sentence's end ("Lãnh đạo HĐND tỉnh gồm Chủ tịch và các Phó Chủ tịch HĐND tỉnh;"), as a listed scope (`LISTED`:
    those posts in, everyone else out); None when the subject is no group the text lists so."""
    group = group_subject(text, start, end)
    if group is None:
        return None
    text = unicodedata.normalize("NFC", text)
    listings = (
        rf"{re.escape(group)}\s*\((?P<posts>[^()]+)\)",
        rf"{re.escape(group)}\s+(?:bao\s+)?gồm\s+(?P<posts>[^.;:()]+)",  # "Lãnh đạo HĐND tỉnh gồm Chủ tịch …;"
    )
    for listed in (found for listing in listings for found in re.finditer(listing, text, re.IGNORECASE)):
        if not _ROLE_WORD.search(squash(fold(listed.group("posts")))):
            continue
        posts = _items(listed.group("posts"))
        if posts:
            return ScopeDefinition(term=group, scope=LISTED, includes=posts, sentence=squash(listed.group()))
    return None  # no span: the posts are listed away from the limit, whose later clauses are read as any limit's


_ROMAN_GLYPHS = {"I": ("I",), "l": ("I",), "1": ("I",), "|": ("I",), "T": ("I",), "H": ("I", "II"), "V": ("V",)}
"""How tesseract reads the glyphs of a group's Roman number in a serif face: an "I" as "T", "l", "1" or "|", one or
two as "H" ("Cán bộ Nhóm HT" for "Nhóm II", "Nhóm T" for "Nhóm I"); V as itself."""
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_GROUP_NAME = r"(?P<name>(?-i:[IVXTHl1|]{1,4})|\d{1,2}|[a-zđ])"
_GROUP_NAMED = re.compile(rf"\bnhóm\s+{_GROUP_NAME}(?!\w)", re.IGNORECASE)
"""A group named by its number or letter in a limit's subject ("Cán bộ Nhóm II", "… thuộc nhóm a")."""
_POINTS_CITED = re.compile(
    r"\b(?:các\s+)?điểm\s+(?P<points>[a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\s+khoản\s+(?P<clause>\d{1,2})"
    r"\s+Điều\s+(?P<article>\d{1,3})\b",
    re.IGNORECASE,
)
"""A group cited by the points of a list ("quy định tại các điểm b, c, d và đ khoản 1 Điều 2")."""
_GROUP_LABEL = re.compile(rf"\s*(?:-\s*)?nhóm\s+{_GROUP_NAME}\s*[-–:]\s*", re.IGNORECASE)
"""A listed line's group name before its posts ("a) Nhóm I - Thường trực Tỉnh ủy …")."""
_CALLED = re.compile(r"\s*\((?:sau\s+đây\s+)?gọi\s+(?:chung\s+)?là\s+nhóm\s+(?P<name>[^\s)]+)\s*\)", re.IGNORECASE)
"""A listed line's short name after its posts ("… (sau đây gọi là nhóm a)")."""
_HELD_TOO_ITEM = re.compile(r"\s(?:neu\s+)?dong\s+thoi\s+(?:la|giu)\s+(?:chuc(?:\s+(?:vu|danh))?\s+)?(?P<role>\S.*)$")
"""A listed item naming others in only by a post they hold too, folded ("đ) Cấp phó của người đứng đầu đồng thời là
Bí thư cấp ủy của cơ quan, đơn vị"): that post is listed, not them (as `_unconditional` reads a definition)."""
_ITEM = re.compile(r"^[ \t]*(?P<label>[a-zđ]|[^\w\s()])[ \t]*\)[ \t]*(?P<body>\S[^\n]*)$", re.MULTILINE)
"""A list item's first line: its letter, or the lone symbol a scan made of it ("€) Nhóm II - …" for "c)")."""
_LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The letters of a Vietnamese list in order (no f, j, w, z; đ after d)."""
_LISTED = re.compile(r"^[ \t]*\d{1,2}[ \t]*[.)]?[^\n]*\bgom(?:[ \t]+(?:\S+[ \t]+)?nhom)?[ \t]*:[ \t]*$", re.MULTILINE)
"""The folded clause a list of posts or groups follows ("1. Người giữ chức vụ chủ chốt … gồm:", "… gồm hai nhóm:"),
its stop or the mark of "gồm" lost on a scan ("1 Cán bộ chủ chốt … göm:")."""


def _subject_end(clause: str) -> int:
    """Where a limit's subject ends: at its verb ("đi nước ngoài", "đi công tác") or its colon, else the clause."""
    verb = re.search(r"\b(?:mỗi năm\s+)?(?:đi|ra)\s+(?:công tác\s+)?nước ngoài\b|:", clause, re.IGNORECASE)
    return verb.start() if verb else len(clause)


_PART_ENDS = re.compile(rf"^[ \t]*(?:\d{{1,2}}(?:[ \t]*[.)]|[ \t]+(?=[{UPPER}]))|Điều[ \t]+\d|Chương\b)", re.MULTILINE)
"""The next numbered clause, article or chapter: a list and the clause closing it end there. A clause's number may
have lost its stop on a scan ("1 Người giữ chức vụ chủ chốt …"): a number and a capital open a clause too."""


def _numbered_part(text: str, article: str, clause: str, before: int) -> tuple[int, int] | None:
    """The span of clause `clause` of the last article `article` before `before` that has one ("Điều 2 … 1. …": a
    decision and the regulation it issues both have an Điều 2), to the next clause or article."""
    found = None
    for heading in re.finditer(rf"^[ \t]*Điều[ \t]+{article}\b", text[:before], re.MULTILINE):
        at = heading.end()
        while (part := _PART_ENDS.search(text, at)) and part.group().strip()[:1].isdigit():
            if re.match(rf"[ \t]*{clause}(?!\d)", part.group()):
                stop = _PART_ENDS.search(text, part.end())
                found = (part.start(), stop.start() if stop else len(text))
                break
            at = part.end()
    return found


def _list_items(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The lettered items of a list in text[start:end], each its letter and its body read whole: a scan wraps an item
    at the margin ("… (sau đây gọi là" / "nhóm a);"), and a label it misread takes the letter its place in the list
    gives — a symbol ("€)" for "c)"), or the letter before it again ("d)" for "đ)", the bar lost)."""
    items: list[tuple[str, str]] = []
    firsts = list(_ITEM.finditer(text, start, end))
    for item, following in zip(firsts, [*firsts[1:], None], strict=True):
        stop = following.start() if following else end
        label = item.group("label").lower()
        expected = _LETTERS[_LETTERS.index(items[-1][0]) + 1] if items and items[-1][0] in _LETTERS[:-1] else "a"
        if label not in _LETTERS or (items and label == items[-1][0] and expected == "đ"):
            label = expected
        items.append((label, squash(text[item.start("body") : stop])))
    return items


def _roman_readings(name: str) -> frozenset[str]:
    """The Roman numbers a group's name as read may be (`_ROMAN_GLYPHS`); none when a glyph is no numeral's."""
    if any(glyph not in _ROMAN_GLYPHS for glyph in name):
        return frozenset()
    return frozenset(
        number for parts in product(*(_ROMAN_GLYPHS[g] for g in name)) if _ROMAN.fullmatch(number := "".join(parts))
    )


def _item_group(body: str) -> str | None:
    """The group an item names before its posts ("Nhóm I - …") or after them ("… (sau đây gọi là nhóm a)")."""
    found = _GROUP_LABEL.match(body) or _CALLED.search(body)
    return found.group("name") if found else None


def _group_named(name: str, names: Sequence[str | None]) -> tuple[str, set[str]] | None:
    """Group `name` as the list's items name it (`names`): the item names that are it, and the name as printed. A
    letter or a number is compared as written; a Roman number as the one numeral it and an item's name can both be
    read as among those the list names for sure ("HT" is "II" beside a "II" and an "I"); None when that is not
    one."""
    readings = _roman_readings(name)
    if not readings:
        return name, {n for n in names if n is not None and n.lower() == name.lower()}
    sure = {number for n in names if n is not None and len(read := _roman_readings(n)) == 1 for number in read}
    meant = readings & sure
    if len(meant) != 1:
        return None
    [number] = meant
    return number, {n for n in names if n is not None and _roman_readings(n) & sure == meant}


def _group_posts(items: Iterable[tuple[str, str]], names: set[str] | None, points: set[str]) -> list[str]:
    """The posts of the items of a list that belong to a group: by their point's letter (`points`), or by the name
    they give their group (`names`)."""
    posts: list[str] = []
    for letter, whole in items:
        body = whole.rstrip(" .;")
        if (names is not None and _item_group(body) not in names) or (names is None and letter not in points):
            continue
        label = _GROUP_LABEL.match(body)
        body = _CALLED.sub("", body[label.end() :] if label else body)
        if held := _HELD_TOO_ITEM.search(fold(body)):  # "Cấp phó … nếu đồng thời giữ chức Bí thư Đảng ủy …"
            role_end = _OF_UNIT.search(fold(body), held.start("role"))
            posts.append(squash(body[held.start("role") : role_end.start() if role_end else len(body)]))
        else:
            posts += _level_shared(_items(body))
    return posts


def _list_exclusions(text: str, end: int) -> list[str]:
    """Who the clauses right after a list put out of it ("2. Các Phó Chủ tịch … không thuộc diện này", then "3. Người
    đứng đầu các đơn vị thuộc Cục … không thuộc diện này"), each read whole up to its stop when a scan wrapped it at
    the margin; the first clause that puts no one out ends them."""
    excluded: list[str] = []
    while read := _clause_exclusions(text, end):
        excluded += read[0]
        text, end = read[1], read[2]
    return excluded


def _clause_exclusions(text: str, end: int) -> tuple[list[str], str, int] | None:
    """Who the clause at `end` puts out ("… không thuộc diện này"), the text with its wrapped lines joined, and where
    the clause ends; None when it puts no one out."""
    stop = re.compile(r"[.;:][ \t]*(?:\n|$)|\n[ \t]*\n")
    closed = stop.search(text, end)
    following = _PART_ENDS.search(text, end + 1)
    stopped = closed.start() + (text[closed.start()] in ".;:") if closed else len(text)  # its stop, not the next line
    clause_end = min(stopped, following.start() if following else len(text))
    if not re.search(r"không\s+thuộc\s+diện", text[end:clause_end], re.IGNORECASE):
        return None
    text = text[:end] + text[end:clause_end].replace("\n", " ") + text[clause_end:]
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    number = re.match(r"[ \t]*\d{1,2}[ \t]*[.)]?[ \t]*", text[end:line_end])
    at = end + (number.end() if number else 0)
    excluded = _excluded(text, at, line_end, sentence=True)[0]
    whole = _NOT_BOUND.match(squash(text[at:line_end]))  # "Các Phó Chủ tịch …, kể cả …, không thuộc diện này"
    return excluded or ([squash(whole.group("who")).rstrip(" ,")] if whole else []), text, line_end + 1


def find_numbered_group(text: str, start: int, end: int) -> tuple[str, ScopeDefinition | None] | None:
    """The group a limit's clause text[start:end] names by number, letter or cited points ("Cán bộ Nhóm I",
    "… thuộc nhóm a", "… quy định tại các điểm b, c, d và đ khoản 1 Điều 2"), and its posts as a listed scope
    (`LISTED`) read from the text's list of them ("a) Nhóm I - …", "a) … (sau đây gọi là nhóm a)", the cited
    points), with who the clause after that list puts out. None when the clause names no such group; the group as
    written and None when the text lists no posts for it: a reviewer's, never everyone's. A scan's wraps, lost
    stops and misread labels and numbers are read as the text's (`_list_items`, `_group_named`)."""
    text = unicodedata.normalize("NFC", text)
    clause = text[start:end]
    subject = clause[: _subject_end(clause)]
    cited = _POINTS_CITED.search(subject)
    named = None if cited else _GROUP_NAMED.search(subject)
    reference = cited or named
    if reference is None:
        return None
    group = squash(reference.group())
    if cited:
        part = _numbered_part(text, cited.group("article"), cited.group("clause"), start)
        points = {p.lower() for p in re.split(r"\s*(?:,|\bvà\b)\s*", cited.group("points")) if p}
        posts = _group_posts(_list_items(text, *part), None, points) if part else []
        stop = part[1] if part else 0
    else:
        posts = []
        stop = 0
        for listed in _LISTED.finditer(fold(text)):
            ends = _PART_ENDS.search(text, listed.end())
            stop = ends.start() if ends else len(text)
            items = _list_items(text, listed.end(), stop)
            meant = _group_named(reference.group("name"), [_item_group(body) for _, body in items])
            if meant is None:
                continue
            number, names = meant
            posts = _group_posts(items, names, set())
            if posts:
                group = squash(text[reference.start() + start : reference.start("name") + start] + number)
                break
    if not posts:
        return group, None
    excludes = _list_exclusions(text, stop)
    return group, ScopeDefinition(term=group, scope=LISTED, includes=posts, excludes=excludes, sentence=squash(subject))


def _term_scope(term: str) -> str:
    """The scope a defined term (folded) names: key leaders ("lãnh đạo chủ chốt", "người đứng đầu"), the leaders of
    units ("lãnh đạo đơn vị"), or the cadres a committee manages."""
    if re.search(r"chu\s*chot|dung\s*dau|thu\s*truong", term):
        return KEY_LEADER
    return UNIT_LEADER if re.match(r"lanh\s*dao\b", term) else MANAGED_CADRE


_EXCEPT = re.compile(r"\b(?:ngoai\s+tru|tru|khong\s+bao\s+gom)\s+")


def _unit_offices(text: str, start: int, listed_end: int, end: int) -> tuple[list[UnitOffices], list[UnitOffices]]:
    """A leaders-of-units definition by office and kind of unit (`extractors.unit_offices`): who is in, in the
    clauses of text[start:listed_end], and who is out, in the clauses after its "trừ" up to `end`; none in when it
    names no office of kinds of unit."""
    folded = fold(text)
    offices_in = [o for part in _clauses(text, start, listed_end) if (o := find_unit_offices(part))]
    excepted = _EXCEPT.search(folded, listed_end, end) if offices_in else None
    offices_out = (
        [o for part in _clauses(text, excepted.end(), end) if (o := find_unit_offices(part))] if excepted else []
    )
    return offices_in, offices_out


def _clauses(text: str, start: int, end: int) -> list[str]:
    return [part for part in text[start:end].split(";") if part.strip()]


_CONDITIONAL = re.compile(
    r"\s*(?P<who>[^;]+?)\s+dong\s+thoi\s+(?:la|giu)\s+(?:chuc\s+(?:vu|danh)\s+)?(?P<role>[^;]+?)"
    r"\s+(?:duoc\s+(?:xac\s+dinh|coi|tinh)|cung)\s+la\b[^;]*$"
)
"""A clause that names others in only by a post they hold too, folded: "cấp phó của người đứng đầu, Chủ tịch Hội
đồng trường hoặc người giữ chức vụ khác đồng thời là Bí thư cấp ủy đơn vị được xác định là lãnh đạo chủ chốt"."""


_OF_UNIT = re.compile(r"\s+cua\s")
"""Where a post goes on to whose it is, folded: named by "đồng thời là" ("bí thư cấp ủy của chính đơn vị đó"), the
post is what is listed, its unit the member's own; in an item ("Giám đốc của mỗi sở"), what `_items` gives the next
unit ("…, của Bệnh viện X") stands before it."""


def _unconditional(text: str, start: int, end: int) -> list[str]:
    """A definition's listed roles in text[start:end]: a clause naming others only by a post they hold too
    (`_CONDITIONAL`) lists that post, not them — a Chủ tịch Hội đồng trường who is no Bí thư is no key leader."""
    folded = fold(text)
    kept, roles, at = text[start:end], [], start
    for part in text[start:end].split(";"):
        if conditional := _CONDITIONAL.match(folded, at, at + len(part)):
            roles.append(_held_role(text, folded, conditional))
            blank_from, blank_to = at, at + len(part)
            opened = folded.rfind("(", at, conditional.start("role"))
            if opened > folded.rfind(")", at, conditional.start("role")):
                # "Bí thư cấp ủy và Giám đốc sở (cấp phó đồng thời là bí thư cấp ủy … được xác định là …)": the
                # bracket alone names others in by the post; the pair before it is listed
                closed = folded.find(")", opened, at + len(part))
                blank_from, blank_to = opened, closed + 1 if closed >= 0 else at + len(part)
            width = blank_to - blank_from
            kept = kept[: blank_from - start] + " " * width + kept[blank_to - start :]
        at += len(part) + 1
    items = list(dict.fromkeys(_items(kept)))
    listed = {item.lower() for item in items}  # a bracket's "bí thư cấp ủy", listed as "Bí thư cấp ủy" before
    return items + list(dict.fromkeys(role for role in roles if role.lower() not in listed))


def _held_too(text: str, start: int, end: int) -> str | None:
    """The post a sentence of its own after a definition names others in by, when they hold it too ("Cấp phó của
    người đứng đầu đồng thời là Bí thư Đảng ủy của chính cơ quan, đơn vị đó được tính là lãnh đạo chủ chốt": the Bí
    thư Đảng ủy), as `_unconditional` reads such a clause inside the definition; None for another sentence. Read, the
    sentence is the definition's, so the exclusions after it ("3. Lãnh đạo chủ chốt không bao gồm: …") are too."""
    folded = fold(text)
    conditional = _CONDITIONAL.match(folded, start, end)
    if conditional is None or not _TERM_NAMED.search(folded, conditional.end("role"), end):
        return None
    return _held_role(text, folded, conditional)


def _held_role(text: str, folded: str, conditional: re.Match[str]) -> str:
    """The post a `_CONDITIONAL` clause names others in by, without whose it is ("Bí thư Đảng ủy của chính cơ quan
    đó": the member's own unit's)."""
    role_end = _OF_UNIT.search(folded, conditional.start("role"), conditional.end("role"))
    return squash(text[conditional.start("role") : role_end.start() if role_end else conditional.end("role")])


def _excluded(text: str, start: int, end: int, *, sentence: bool = False) -> tuple[list[str], list[str]]:
    """Who text[start:end] puts out of the scope, as written, and the roles its exceptions put back in ("trừ
    trường hợp …", or a clause of cases of its own, `_CASE_BACK_IN`). A `sentence` of its own after the definition
    may list the excluded over semicolons from its start ("Trưởng phòng, …, Giám đốc trung tâm thuộc sở và cấp phó
    của họ; Phó Giám đốc doanh nghiệp nhà nước không thuộc diện …")."""
    folded = fold(text)
    out: list[str] = []
    back_in: list[str] = []
    read_to = -1  # where the last exclusion ends: a "trừ …" or "không kể …" right after it is its exception
    for match in _EXCLUDES.finditer(folded, start, end):
        group = next(g for g in ("who", "after", "listed") if match.group(g))
        but = bool(match.group("but")) and read_to >= 0
        but = but and _EXCEPTION_GAP.fullmatch(folded, read_to, match.start()) is not None
        read_to = match.end()
        exception = (
            _REINCLUDED.match(folded, match.start(group), match.end(group))
            or _IN_CHARGE_BACK.match(folded, match.start(group), match.end(group))
            or (_EXCEPTED.match(folded, match.start(group), match.end(group)) if but else None)
        )
        if exception and (not but or _ROLE_START.match(exception.group("role"))):
            back_in.append(squash(text[exception.start("role") : exception.end("role")]))
            continue
        if but or match.group("but") == "khong ke" or folded.startswith("truong hop", match.start(group)):
            continue  # an exception naming no post ("trừ trường hợp đặc biệt …"): a circumstance, not a role
        who = text[
            _listed_from(folded, start, match.start(group), sentence=sentence)
            if group == "who"
            else match.start(group) : match.end(group)
        ]
        who = re.sub(r"^(?:các đồng chí|đồng chí|các|những)\s+", "", who.strip(" ,;:"), flags=re.IGNORECASE)
        if subunits := _SUBUNIT_HEADS_OUT.search(fold(who)):  # "người đứng đầu, cấp phó của các phòng, chi cục, …"
            out.append(squash(who[subunits.start() : subunits.end()]))
            shared = _AND_SERVICE_UNITS.match(fold(who), subunits.end())  # "… và đơn vị sự nghiệp …": same heads
            rest = f"người đứng đầu {who[shared.end() :]}" if shared else who[subunits.end() :]
            who = f"{who[: subunits.start()]} {rest}"
        while service := _SERVICE_UNITS_WITH_KINDS.search(fold(who)):
            # "người đứng đầu các đơn vị sự nghiệp … (bệnh viện, trung tâm)": one item, its kinds kept
            out.append(squash(who[service.start() : service.end()]))
            who = who[: service.start()] + who[service.end() :]
        out.extend(_items(who))
    for case in _CASE_BACK_IN.finditer(folded, start, end):
        at = case.start("cases")
        for part in _CASE_SPLIT.split(folded[at : case.end("cases")]):
            exception = _REINCLUDED.match(_CASE + part) or _IN_CHARGE_BACK.match(_CASE + part)
            if exception and not _CASE_SPLIT.fullmatch(part):
                role_at = at + exception.start("role") - len(_CASE)
                role = squash(text[role_at : role_at + len(exception.group("role"))])
                if role.lower() not in {r.lower() for r in back_in}:
                    back_in.append(role)
            at += len(part)
    return out, back_in


_PART_CUT = re.compile(r";|,(?!\s*(?:cac\s+)?(?:xa|phuong|dac\s+khu|thi\s+tran|huyen|quan|thi\s+xa)\b)")
"""A cut between listed roles, folded: not the comma before a level ("Phó Chủ tịch Ủy ban nhân dân xã, phường")."""


def _list_parts(folded: str) -> list[str]:
    """The parts of a folded list of roles, its brackets' words left out ("thủ trưởng các đơn vị trực thuộc sở (bệnh
    viện, trung tâm)" is one part, its examples no parts of their own)."""
    return _PART_CUT.split(re.sub(r"\([^()]*\)", "", folded))


def _listed_from(folded: str, start: int, at: int, *, sentence: bool = False) -> int:
    """Where a list of the excluded that ends in "… không thuộc diện …" begins: back over the roles before it, one
    comma at a time ("Phó Hiệu trưởng, Phó Viện trưởng, Trưởng khoa, giảng viên và nghiên cứu viên không thuộc
    diện lãnh đạo chủ chốt"), to the clause's start (a semicolon, a colon, the sentence's start; a `sentence` of its
    own whose every part names a role, to its start); only when each of them names a role, so a clause's lead ("Theo
    đó, cấp phó …") stays out."""
    opened = max((stop.end() for stop in _STOP.finditer(folded, start, at)), default=start)  # its sentence's start
    clause = max(folded.rfind(";", opened, at), folded.rfind(":", opened, at), opened - 1) + 1
    if (
        sentence
        and folded.rfind(":", opened, at) < 0
        and all(_ROLE_WORD.search(part) for part in _list_parts(folded[opened:at]) if part.strip())
    ):
        clause = opened  # a sentence that is the list: its items over semicolons too
    parts = _list_parts(folded[clause:at])
    if len(parts) < 2 or not all(_ROLE_WORD.search(part) for part in parts[:-1]):
        return at
    return clause + len(folded[clause:at]) - len(folded[clause:at].lstrip())


def roles_of(title: str | None) -> list[str]:
    """The roles a title joins, lower case: "Phó Giám đốc Sở, Bí thư Đảng ủy" → ["phó giám đốc sở",
    "bí thư đảng ủy"]; "Q. Giám đốc" is an acting director."""
    if not title:
        return []
    roles = []
    for role in _ROLE_SPLIT.split(_lower(title)):
        role = re.sub(r"^(?:quyền|quyen|q\.)\s*", "", role).strip()
        if role:
            roles.append(role)
    return roles


@lru_cache(maxsize=256)
def _heads_of(items: tuple[str, ...]) -> tuple[str, ...]:
    """What a definition's items mean as title heads: generic phrases expanded, others kept as written — also a
    title of a class of units ("Bí thư Đảng ủy các trường đại học thành viên" is no party head of any unit). Cached:
    `classify` asks it for every title judged against one definition."""
    heads: list[str] = []
    for item in items:
        folded = squash(fold(item))
        units = _CLASS_OF_UNITS.match(folded)
        titled = units is not None and not re.match(
            r"(?:(?:cap )?pho (?:cua )?)?(?:nguoi dung dau|thu truong|cap truong)", units.group("title")
        )
        generic = [] if titled else [t for pattern, t in _GENERIC_HEADS.items() if re.search(pattern, folded)]
        if generic:
            # "cấp phó của người đứng đầu các sở, ban, ngành": the deputies of those heads, not the heads
            deputy = "phó " if _DEPUTY.match(folded) else ""
            heads.extend(f"{deputy}{t}" for titles in generic for t in titles)
        else:
            heads.append(_lower(item))
    return tuple(heads)


_PROVINCIAL_ITEM = re.compile(r"\b(?:tuong duong so|cap (?:tinh|so)|so|nganh|tinh)\b")
"""A generic item qualified by the province's level ("người đứng đầu cơ quan tương đương sở", "… cấp tỉnh"):
the titles it stands for are heads of provincial agencies only."""
_LOCAL_UNIT = re.compile(r"\b(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã)\b")
"""A unit below the province, in the role's own spelling (folded, "quận" would be "quản lý"'s "quan")."""


@lru_cache(maxsize=256)
def _provincial_heads(items: tuple[str, ...]) -> frozenset[str]:
    """The heads only a provincially qualified generic item brings (`_PROVINCIAL_ITEM`): a ward's "Chánh Văn
    phòng HĐND và UBND phường" heads no agency "tương đương sở", so such a head is not matched in a local unit."""
    provincial = set(_heads_of(tuple(i for i in items if _PROVINCIAL_ITEM.search(squash(fold(i))))))
    other = set(_heads_of(tuple(i for i in items if not _PROVINCIAL_ITEM.search(squash(fold(i))))))
    return frozenset(provincial - other)


_TITLE_KEY_REWRITES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\buy ban nhan dan\b", "ubnd"),
        (r"\bhoi dong nhan dan\b", "hdnd"),
        (r"^cap pho cua ", "pho "),
        (r"\btp\b\.?", "thanh pho"),
        (r"^((?:(?:cac|nhung) )?pho (?:bi thu|chu tich)) thuong truc\b", r"\1"),
        (r"\bcua (?:moi|tung)\b", " "),  # "Giám đốc của mỗi sở" lists "Giám đốc sở …"
        (r" cac cap$", ""),  # "Phó Bí thư đảng ủy các cấp": of every level, so of any unit
        (r"\b(?:cac|nhung)\b", " "),
    )
)
"""`_title_key`'s rewrites of a folded title, in order, compiled once: it runs for every role against every item."""


@lru_cache(maxsize=4096)
def _title_key(title: str) -> str:
    """A title compared diacritics aside (OCR's "Giám đôc"), "Ủy ban nhân dân" as "UBND" (and "HĐND", "TP" as
    "thành phố", "cấp phó của Chủ tịch …" as "Phó Chủ tịch …", "Phó Bí thư Thường trực" as the "Phó Bí thư" he is),
    and a listing's plural "các" or "của mỗi" dropped ("Giám đốc các sở", "Giám đốc của mỗi sở" list "Giám đốc sở …"),
    the units after a comma too ("Chủ tịch UBND các huyện, thành phố"), and "các cấp" (of every level: "Phó Bí thư
    đảng ủy các cấp" is the Phó Bí thư of any party committee)."""
    key = squash(fold(title.split(",")[0]))
    for pattern, replacement in _TITLE_KEY_REWRITES:
        key = pattern.sub(replacement, key)
    return squash(key)


_UNIT_KIND = r"(?:xa|phuong|dac khu|thi tran|huyen|quan|thi xa|thanh pho|so|ban|nganh|co quan|don vi|dia phuong)"
_KIND_ENDS = re.compile(rf"\b{_UNIT_KIND}$")
_KIND_ONLY = re.compile(rf"(?:(?:cac|nhung) )?(?P<kind>{_UNIT_KIND})")


_CLASS_OF_UNITS = re.compile(
    r"^(?P<title>.+?) (?:cac|nhung) (?P<kind>truong dai hoc|dai hoc|hoc vien|vien|truong|benh vien|trung tam|"
    r"so|cuc|chi cuc|ban|phong|khoa)\b(?=.)"
)
"""A title listed for a class of units that it describes ("Viện trưởng các viện nghiên cứu trực thuộc", "Bí thư
Đảng ủy các trường đại học thành viên"), folded: the title and the kind of unit, whose qualifiers a unit's own name
does not repeat ("Viện Môi trường và Tài nguyên" is one of those institutes)."""


_STATE_FIRMS = re.compile(
    r"^(?P<title>.+?) (?:cua )?(?:cac |nhung )?doanh nghiep (?:nha nuoc\b|(?P<owner>do .+? (?:lam|la) "
    r"(?:dai dien )?chu so huu\b))"
)
"""A title listed for the state's enterprises, folded ("Chủ tịch Hội đồng thành viên doanh nghiệp nhà nước do tỉnh
làm chủ sở hữu", "chủ tịch công ty của các doanh nghiệp nhà nước", or an owner's: "Tổng Giám đốc doanh nghiệp do
Bộ làm đại diện chủ sở hữu"): a class of units whose own names never say "doanh nghiệp nhà nước"."""
_FIRM_POSTS = ("tong giam doc", "chu tich hoi dong thanh vien", "chu tich hoi dong quan tri", "chu tich cong ty")
"""A company's own posts, title keys (the Luật Doanh nghiệp's organs): listed for an owner's enterprises, such a post
held in a unit whose name shows no company's form ("Tổng Giám đốc Nhà xuất bản X") is the owner's enterprise's, as
the owner's papers name it; "Giám đốc" heads agencies too, so it is no such post."""
STATE_FIRM_NAMES = ("cong ty tnhh mtv", "cong ty tnhh mot thanh vien", "cong ty mtv", "tong cong ty")
"""The names only a state-owned company's forms take, folded: a one-member limited company or a corporation
("Công ty TNHH MTV …", "Tổng công ty …") with a members' council is the state's; a joint-stock one is not sure."""
NOT_SURELY_STATE = re.compile(r"\b(?:co phan|cp)\b")
_FIRM = re.compile(r"(?:cong ty|tong cong ty|tap doan|doanh nghiep)\b")


@lru_cache(maxsize=1024)
def _state_firms_title(head: str) -> str | None:
    """The title key (`_title_key`) of a listed title for the state's enterprises (`_STATE_FIRMS`: "chu tich hoi dong
    thanh vien"), None for another listed title. Cached: asked for every listed title against every role."""
    firms = _STATE_FIRMS.match(squash(fold(head)))
    return _title_key(firms.group("title")) if firms else None


def _firm_unsure(role: str, head: str) -> bool:
    """Whether a role is a state-enterprise listing's title held in a company its name does not show to be the
    state's ("Chủ tịch Hội đồng thành viên Công ty cổ phần X"): neither in nor out, for a person to check."""
    title = _state_firms_title(head)
    if title is None:
        return False
    key = _title_key(role)
    if not key.startswith(title + " "):
        return False
    unit = key[len(title) + 1 :]
    state = unit.startswith(STATE_FIRM_NAMES) and not NOT_SURELY_STATE.search(unit)
    return bool(_FIRM.match(unit)) and not state


@lru_cache(maxsize=4096)
def _head_keys(head: str) -> tuple[str, ...]:
    """A listed title's keys, one per kind of unit it lists: "Chủ tịch Ủy ban nhân dân xã, phường, đặc khu" is
    the chairman of a xã's, a phường's and a đặc khu's committee ("chu tich ubnd xa", "… phuong", "… dac khu"); a
    class of units described ("Viện trưởng các viện nghiên cứu trực thuộc") is any unit of its kind ("vien truong
    vien")."""
    first, *others = head.split(",")
    key = _title_key(first)
    kind = _KIND_ENDS.search(key)
    keys = [key]
    if units := _CLASS_OF_UNITS.match(squash(fold(first))):
        keys.append(f"{_title_key(units.group('title'))} {units.group('kind')}")
    if (firms_title := _state_firms_title(first)) is not None:
        keys += [f"{firms_title} {name}" for name in STATE_FIRM_NAMES]
        owned = _STATE_FIRMS.match(squash(fold(first)))
        if owned and owned.group("owner") and firms_title in _FIRM_POSTS:
            keys.append(firms_title)  # not in a company another form names: `_firm_unsure` asks first
    plural = _PLURAL_CLASS.match(squash(fold(first)))
    for other in others:
        other_kind = _KIND_ONLY.fullmatch(squash(fold(other)))
        if kind and other_kind:
            keys.append(key[: kind.start()] + other_kind.group("kind"))
        elif (
            not plural
            and (titled := _HEAD_OF_KIND.match(squash(fold(first))))
            and _KIND_OF_UNIT.match(named := _QUALIFIED.sub("", squash(fold(other))))
        ):
            keys.append(f"{_title_key(titled.group('title'))} {named}")
        elif plural and (named := _QUALIFIED.sub("", squash(fold(other)))):
            title, shared = _title_key(plural.group("title")), _SHARED_NOUN.match(plural.group("kind"))
            keys.append(f"{title} {named}")
            if shared and not named.startswith(shared.group()):
                keys.append(f"{title} {shared.group()}{named}")  # "các trường đại học, cao đẳng": trường cao đẳng
    return tuple(keys)


_PLURAL_CLASS = re.compile(r"^(?P<title>.+?) (?:cac|nhung) (?P<kind>\S.*)$")
"""A title listed for a plural of units, folded: "tong bien tap cac bao" (its other kinds follow commas)."""
_QUALIFIED = re.compile(r"^(?:(?:cac|nhung) )?|\s+(?:truc thuoc|thuoc|cua|tren dia ban|do)\b.*$")
"""What is not the kind of unit in a part after a listing's comma, folded: "các" before it, a qualifier after it
("tạp chí thuộc Bộ": "tạp chí")."""
_SHARED_NOUN = re.compile(r"(?:truong|vien|trung tam) (?=\S)")
"""A noun a plural's next kinds share, folded: "các trường đại học, cao đẳng" are trường đại học and trường cao
đẳng."""


_FULL = "full"
_PARTIAL = "partial"


def _match(role: str, head: str) -> str | None:
    """How a role held matches a listed title: full when the role is the listed title or goes on from it with
    its unit ("giám đốc sở y tế" ~ "giám đốc sở", "chủ tịch ubnd phường x" ~ "chủ tịch"); partial when the listing
    names more than the role says ("phó chủ tịch" ~ "phó chủ tịch ubnd thành phố": of which unit?); None
    when they differ, a unit of another level included ("phó chủ tịch ubnd phường x" ≁ "… ubnd thành phố")."""
    role = _title_key(role)
    keys = _head_keys(head)
    if any(role == key or role.startswith(key + " ") for key in keys):
        firms_title = _state_firms_title(head)
        if firms_title is not None and NOT_SURELY_STATE.search(role[len(firms_title) :]):
            return None  # "Tổng công ty cổ phần …": not surely the state's (`_firm_unsure`)
        return _FULL
    return _PARTIAL if any(key.startswith(role + " ") for key in keys) else None


def _matches(role: str, head: str) -> bool:
    """A role held matches a listed title, fully or partly."""
    return _match(role, head) is not None


@lru_cache(maxsize=4096)
def _is_deputy(role: str) -> bool:
    """Whether a role is a deputy's (`_DEPUTY`: "phó …", "cấp phó"). Cached: asked for every listed title of every
    role judged."""
    return bool(_DEPUTY.match(squash(fold(role))))


def _acting_head(role: str, listed: Sequence[str]) -> str | None:
    """The listing that makes a deputy in charge of the unit its head, when the definition puts deputies in
    charge back in ("… trừ trường hợp cấp phó được giao phụ trách cơ quan"): the deputy's head title is listed."""
    in_charge = _IN_CHARGE.match(squash(fold(role)))
    back_in = next((h for h in listed if _is_deputy(h) and "phu trach" in squash(fold(h))), None)
    if in_charge is None or back_in is None:
        return None
    head = next((h for h in listed if not _is_deputy(h) and _matches(in_charge.group("head"), h)), None)
    return f"{back_in}; {head}" if head else None


@dataclass(frozen=True)
class Membership:
    """Whether a title is in a scope, and the role and listing that decided it (for the finding)."""

    member: bool | None
    reason: str


def with_unit(title: str | None, unit: str | None) -> str | None:
    """A member's title with the unit it is held in, as one title to judge ("Phó Chủ tịch" of "Ủy ban nhân dân
    phường X"): a listed "Phó Chủ tịch UBND thành phố" is a key leader, a ward's deputy chairman is not. A unit
    the title already names is not repeated."""
    if not title or not unit or squash(fold(unit)) in squash(fold(title)):
        return title
    return f"{squash(title)} {squash(unit)}"


def _held_roles(title: str | None, unit: str | None) -> list[str]:
    """The roles of a title held in a unit: the title's own, the last one with the unit, and a part of the unit
    after a comma only when it names a role ("Đảng ủy, Chủ tịch UBND phường X"), not a unit's own words ("Trung
    tâm Dân ca Ví, Giặm": "giặm" as a role would match "Giám đốc" diacritics aside)."""
    roles = roles_of(with_unit(title, unit))
    own = len(roles_of(title))
    return roles[:own] + [role for role in roles[own:] if _ROLE_WORD.search(squash(fold(role)))]


def classify(
    title: str | None,
    scope: str,
    definition: ScopeDefinition | None = None,
    heads: Sequence[str] = DEFAULT_HEADS,
    unit: str | None = None,
) -> Membership:
    """Is a person with this title (in this unit) inside the scope? None when the title is unknown (never
    assumed out), or when only a listing that names more than the title says would decide it (a bare "Phó Chủ
    tịch" against "Phó Chủ tịch UBND thành phố" in, "Phó Chủ tịch UBND xã" out).

    Key leaders: a role whose title is a listed head, never a deputy unless the definition lists that deputy
    title for the deputy's own unit. Managed cadres and leaders of units: listed heads and their deputies; a
    definition by office and kind of unit is applied as such (`extractors.unit_offices`). A role the definition
    excludes is out, and so are a People's Council's chair and its committees' heads when the definition names the
    heads generically (`_council_chair_out`)."""
    if scope == ALL:
        return Membership(True, "mọi cán bộ")
    roles = _held_roles(title, unit)
    if not roles:
        return Membership(None, "chưa rõ chức vụ")
    if definition and definition.offices_in:  # by office and kind of unit: "cấp phó … các Viện" is out
        member, why = in_unit_offices(roles_of(title), unit, definition.offices_in, definition.offices_out)
        return Membership(member, f"{why} theo định nghĩa: “{definition.sentence}”")
    listed = _heads_of(tuple(definition.includes)) if definition and definition.includes else [h.lower() for h in heads]
    provincial = _provincial_heads(tuple(definition.includes)) if definition else frozenset()
    # a unit's name may hold "và" ("Văn phòng HĐND và UBND phường X"), which splits roles: the whole title says it
    local = bool(_LOCAL_UNIT.search(unicodedata.normalize("NFC", (with_unit(title, unit) or "").lower())))
    excluded_titles, guessed = _excluded_titles(definition.excludes) if definition else ([], frozenset())
    excluded = [_lower(e) for e in excluded_titles]
    # a kind of unit the listing names in ("c) … Giám đốc bệnh viện tuyến tỉnh") is no guess of the excluded service
    # units' kinds ("người đứng đầu … đơn vị sự nghiệp trực thuộc sở"): its heads stay in
    listed_kinds = frozenset(e for e in guessed if any(_match(h, e) == _FULL for h in listed))
    if definition and _council_chair_out(definition.includes):
        excluded.append(COUNCIL_CHAIR)
    deputies_out = scope in (KEY_LEADER, LISTED) or any(_is_deputy(e) for e in excluded)
    source = f"theo định nghĩa: “{definition.sentence}”" if definition else "theo danh sách chức danh mặc định"
    whole = _lower(with_unit(title, unit) or "")
    if COUNCIL_CHAIR in excluded and _COUNCIL_COMMITTEE.match(squash(fold(whole))):  # its " - " splits no post off
        return Membership(False, f"{whole}: không thuộc diện {source}")
    unsure: list[str] = []
    for role in roles:
        # a role listed in for its kind of unit ("hiệu trưởng các trường đại học …") is not put out by a guessed kind
        classed = any(_CLASS_OF_UNITS.match(squash(fold(h))) and _match(role, h) == _FULL for h in listed)
        out = {
            _match(role, e)
            for e in excluded
            if not _DEPUTY.fullmatch(squash(fold(e))) and not (classed and e in guessed) and e not in listed_kinds
        }
        if _FULL in out and SEAT.match(squash(fold(role))):
            return Membership(False, f"{role}: không thuộc diện {source}")
        if _FULL in out:
            continue
        if _PARTIAL in out and _is_deputy(role):
            unsure.append(role)  # "phó chủ tịch" against an excluded "phó chủ tịch ubnd xã": which unit?
            continue
        candidate = role
        if _is_deputy(role):
            listed_deputies = [(h, _match(role, h)) for h in listed if _is_deputy(h)]
            listed_deputy = next((h for h, match in listed_deputies if match == _FULL), None)
            if listed_deputy:
                return Membership(True, f"{role} ({listed_deputy}) {source}")
            if any(match == _PARTIAL for _, match in listed_deputies):
                unsure.append(role)
                continue
            acting = _acting_head(role, listed)
            if acting:
                return Membership(True, f"{role} ({acting}) {source}")
            if deputies_out:
                continue
            candidate = role.split(" ", 1)[1] if " " in role else role
        if any(_firm_unsure(candidate, h) for h in listed):
            unsure.append(role)  # a listed state enterprise's chair, in a company not surely the state's
            continue
        head = next((h for h in listed if _matches(candidate, h) and not (local and h in provincial)), None)
        if head:
            return Membership(True, f"{role} ({head}) {source}")
    if unsure:
        return Membership(None, f"{', '.join(unsure)}: chưa rõ cấp đơn vị để đối chiếu {source}")
    return Membership(False, f"{', '.join(roles)}: không thuộc diện {source}")
