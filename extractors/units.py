"""A person's title and unit cleaned of what the sentence around them adds.

Party documents put the committee membership first ("Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy"): the
membership is not the post, so the title is the one after it. "Trưởng Ban Dân vận Tỉnh ủy" names the post
and the body at once: title "Trưởng ban", unit "Ban Dân vận Tỉnh ủy", as "Giám đốc Sở Y tế" gives "Sở Y tế".
A unit written inside a sentence ends where the clause goes on ("Sở Công Thương làm trưởng đoàn",
"Sở Tài chính thành phố, được xuất cảnh"); a bare "tỉnh"/"thành phố" after a department's name is the
issuing locality, not part of the department's name.
"""

from __future__ import annotations

import re

from extractors.first_chars import compile_led
from extractors.titles import TITLE_PATTERN
from extractors.vntext import fold

MEMBERSHIP = re.compile(
    r"^[\s,–-]*(?:(?:(?:nguyen|cuu)\s+)?"
    r"(?:(?:tinh|huyen|thanh|quan|dang)\s+uy\s+vien|tvtu|uv(?:tu|tw|bct|btv|bch|tv[thq]u)\b[^,–-]{0,30}?|[thq]uv\b|thuong\s+vu\s+(?:tinh|huyen|thanh)\s+uy|"
    r"(?:uy\s+vien|uv)\s+(?:du\s+khuyet\s+)?"
    r"(?:(?:uy\s+)?ban\s+(?:thuong\s+vu|chap\s+hanh|bi\s+thu)|thuong\s+vu|btv|bch|bo\s+chinh\s+tri|dang\s+uy|quan\s+uy|ban\s+can\s+su|ban\s+lanh\s+dao|trung\s+uong|thuong\s+truc|quoc\s+hoi|t\.?\s?[uw]\.?)"
    r"[^,–-]{0,60}?)\s*[,;–-]\s*)+(?=\S)"
)
"""Memberships of collective bodies before the post, one or more ("Ủy viên Bộ Chính trị, Ủy viên Trung ương
Đảng, Bí thư ...", "Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm …", a standing membership "Ủy viên Thường trực,
Phó Trưởng ban …", "Ủy viên BTV Tỉnh ủy, …", a seat on a leadership board "Ủy viên Ban Lãnh đạo, Phó Chủ
nhiệm …", a party committee's "Ủy viên Đảng ủy Công an Trung ương, Thứ trưởng …", the army's "Ủy viên Quân ủy
Trung ương, Bộ trưởng …"), a former one ("nguyên Ủy viên Ban Chấp hành Đảng bộ tỉnh, nguyên Giám đốc Sở …"), "Ủy
viên" abbreviated ("UV BCH Trung ương Đoàn, Tỉnh ủy viên, Bí
thư …", glued: "UVTƯ Đảng, Phó Chủ tịch …", a standing committee's "UVTVTU" and a committee member's "TUV", "HUV":
"X, TUV, Phó Chủ tịch HĐND tỉnh"), the party's secretariat ("Ủy viên Ban Bí thư, Trưởng Ban Đối ngoại
…"), a seat in a parliament ("Ủy viên Quốc hội Hàn Quốc, Chủ tịch Ủy ban …"): the post is what follows them."""
CLAUSE = re.compile(
    r"(?:\s*,\s*|\s+)(?:làm|dẫn đầu|được|đi|sang|tham dự|tham gia|(?<!đồng thời )là|đã|sẽ|chịu|cùng|về|có tên|"
    r"xuất cảnh)(?=\s|$|[,.;])"
)
_STORY_GOES_ON = re.compile(
    r"\s+(?:bày tỏ|cho biết|trân trọng|vui mừng|nhân dịp|cảm ơn|nhấn mạnh|khẳng định|phát biểu|đánh giá|trình bày|"
    r"báo cáo|ban hành|hội đàm|hội kiến|chào xã giao|tặng|ký|(?<![bB]an )chỉ đạo|đến (?:thăm|làm việc|dự|chúc)|"
    r"tiếp(?= (?:[đĐ]oàn|ông|bà|ngài|đồng chí|các))|vào ngày|(?:ngày|tháng) \d)(?=\s|$|[,.;:])"
)
"""What the office holder does, or when, after the unit ("Công an tỉnh Nghệ An bày tỏ vui mừng", "Tỉnh ủy Ninh Bình
tiếp đoàn", "Văn phòng Chính phủ vào ngày 30 tháng 8"): the story's verb, no part of the body's name."""
_BARE_LOCALITY = re.compile(r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã)$")
_KEEPS_LOCALITY = re.compile(r"^(?:ubnd|hdnd|uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan)\b")
_HEAD_OF_BAN = re.compile(r"^((?:pho\s+)?truong\s+)ban$")
"""A board's head, folded; with its marks the last word is not "bản": "Trưởng bản" heads a village (bản), and the
village's name after it is no "Ban …"."""


SEAT = re.compile(r"^uy vien\b")
"""A seat on a committee, folded ("Ủy viên Ban Thường vụ Tỉnh ủy"): a rank the person holds, not a post in a unit.
A scope definition may put such members out ("Không thuộc diện …: … Ủy viên Ban Thường vụ Tỉnh ủy … (thực hiện theo
quy định của Trung ương)") whatever post they also head, so a member's title keeps it (`split_membership`)."""


def split_membership(text: str) -> tuple[str | None, str]:
    """(the committee seats a title opens with, `SEAT`, as written and joined by ", "; the post after every
    membership): "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy" → ("Ủy viên Ban Thường vụ Tỉnh ủy",
    "Trưởng Ban Tổ chức Tỉnh ủy"); a membership that is no seat ("Tỉnh ủy viên", a former one: "nguyên Ủy viên …")
    is dropped."""
    match = MEMBERSHIP.match(fold(text))
    if not match:
        return None, text
    held = [part.strip() for part in re.split(r"[,;–-]", text[: match.end()])]
    seats = [part for part in held if SEAT.match(fold(part))]
    return ", ".join(seats) or None, text[match.end() :]


def trim_unit(unit: str | None) -> str | None:
    """The unit up to where the sentence goes on, without a trailing bare locality word."""
    if not unit:
        return unit
    clause = CLAUSE.search(unit)
    if clause:
        unit = unit[: clause.start()]
    if story := _STORY_GOES_ON.search(unit):
        unit = unit[: story.start()]
    unit = unit.strip(" ,;.:")
    if not _KEEPS_LOCALITY.match(fold(unit)) and len(unit.split()) > 2:
        unit = _BARE_LOCALITY.sub("", unit)
    return unit or None


_FIELD_OF = re.compile(r"^(?P<field>(?:[^\W\d_A-ZĐ]+ ){1,3})của (?P<whose>.+)$")
"""An office's field in lower case, then whose office it is: "Cố vấn" + "đối ngoại của Thủ tướng"."""
_HEADS_A_KIND = re.compile(r"(?<![a-z])(?:phong|khoa|bo\s+mon|bo\s+phan)$")
"""A head's title that names the kind of unit it heads ("Trưởng phòng", "Trưởng bộ phận"): the small letters after
it name that unit ("bộ phận kỹ thuật của công ty"), no field of the office."""
_NOT_FIELD = {"nuoc", "tinh", "thanh", "pho", "huyen", "vung", "bang", "xa", "quan", "thi", "tai", "o", "cua"}
"""Words of a place or a preposition: "vùng Los Rios" is a unit, not a field."""


_LOCALITY_HEAD = compile_led(r"(?:pho\s+)?(?:tinh|thi)\s+truong$")
"""A locality's head or deputy head ("Phó Tỉnh trưởng", "Thị trưởng"), folded: a deputy's portfolio may follow."""
_PORTFOLIO = re.compile(r"^(?P<field>[A-ZĐ][^\W\d_]*(?: [^\W\d_A-ZĐ]+)?) (?P<place>(?:tỉnh|thành phố) \S.*)$")
"""A portfolio in capitals, then the locality ("Kinh tế tỉnh Gyeonggi" after "Phó Tỉnh trưởng"): the field is the
title's ("Phó Tỉnh trưởng Kinh tế"), as an office's field in lower case is (`_FIELD_OF`)."""


_TITLE_WORD_START = re.compile(rf"(?i:{TITLE_PATTERN})(?![^\W\d_])")
"""A title, whole words, at the start of a text: compiled once, as the `re` module's cache drops patterns passed as
strings when real texts overrun it."""


def title_and_unit(title: str | None, unit: str | None) -> tuple[str | None, str | None]:
    """ "Trưởng Ban" + "Dân vận Tỉnh ủy" → ("Trưởng ban", "Ban Dân vận Tỉnh ủy"); "Cố vấn" + "đối ngoại của Thủ
    tướng" → ("Cố vấn đối ngoại", None): the lower-case field is the title's, and a holder named after "của"
    ("của Thủ tướng") is no unit; other pairs with the unit trimmed."""
    unit = trim_unit(unit)
    if title and unit and _LOCALITY_HEAD.search(fold(title)) and (portfolio := _PORTFOLIO.match(unit)):
        return f"{title} {portfolio['field']}", portfolio["place"]
    field = _FIELD_OF.match(unit) if title and unit else None
    if (
        title
        and field
        and not _NOT_FIELD & set(fold(field.group("field")).split())
        and not _HEADS_A_KIND.search(fold(title))
    ):
        whose = field.group("whose")
        holder = _TITLE_WORD_START.match(whose)
        return f"{title} {field.group('field').strip()}", None if holder else whose
    if (
        title
        and unit
        and (head := _HEAD_OF_BAN.match(fold(title)))
        and title[head.end(1) :].lower() != "bản"
        and not fold(unit).startswith("ban ")
    ):
        return f"{title[: head.end(1)]}ban", f"Ban {unit}"
    return title, unit
