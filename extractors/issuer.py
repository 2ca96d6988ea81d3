"""The issuing body when a web copy has flattened the two-column header.

Two flattenings are common on legal-library and portal copies:
- the header table's cells broken into short lines, a "|" closing each cell (alone on its line or after the
  cell's last words), words of one cell split anywhere
  ("ỦY\\nBAN NHÂN DÂN\\nTỈNH QUẢNG NGÃI\\n-------\\n|\\nCỘNG\\nHÒA XÃ HỘI ..."): `join_table_cells`
  puts each cell back on one line (a newline becomes a space, so every offset stays);
- both columns on one line ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THỦ TƯỚNG
  CHÍNH PHỦ CỘNG HÒA ... Số: 27/CT-TTg Hà Nội, ngày ..."), or the parent body and the issuer run together
  ("UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ"): `issuer_part` keeps what stands before the national motto, the
  number or the place-and-date, and `split_bodies` cuts it where a new body starts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pycountry

from extractors.docnumber import NUMBER_LABEL
from extractors.first_chars import compile_led
from extractors.ocr_titles import DEPARTMENTS
from extractors.vntext import UPPER, fold, is_upper_line

_CELL_END = re.compile(r"^[^|]*\|[ \t]*$")
"""A cell's end: a lone "|" line, or one "|" after the cell's last words ("TÀI CHÍNH |"); a line with a "|"
inside is a whole row of the table ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |"), not a cell broken over lines."""
_HEADER_CELLS = 4
"""The header table's cells: issuer, motto, number, place and date (the signature's cells later keep their lines)."""
_CELL_LINES = 8
"""A header cell broken over lines holds a few words a line ("ỦY" / "BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI" / "---"):
a "|" after more lines than this closes no header cell but ends a line of the body (a born-digital PDF's
text layer: "… Phó Thủ tướng Thường trực Chính phủ - |", rs_02), and nothing is joined."""

REPUBLIC = r"c[o0]?ng\s*h[o0]a\s*(?:xa\s*)?h[o0]?i\s*chu?\s*nghia"
"""The motto's first line, folded, up to its "Việt Nam" (OCR reads "o" as "0"): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"; a copy
whose font lost the letters with a dot or a hook under them drops them ("CNG HÒA HI CH NGHĨA"), and "XÃ" with them."""
INDEPENDENCE = r"d[o0]c\s*lap\s*[-–—]?\s*tu\s*do"
"""The motto's second line up to its "Hạnh phúc", folded: "Độc lập - Tự do"."""
SLOGAN = rf"{INDEPENDENCE}\s*[-–—]?\s*hanh\s*phuc"
"""The motto's second line, folded: "Độc lập - Tự do - Hạnh phúc"."""
PARTY_MOTTO = r"dang\s*c[o0]ng\s*san\s*viet\s*nam"
"""The party's motto in the place of the state's, folded: "ĐẢNG CỘNG SẢN VIỆT NAM"."""

_MOTTO_OR_NUMBER = re.compile(
    rf"{REPUBLIC}|{INDEPENDENCE}|{PARTY_MOTTO}"
    r"|viet\s*nam\s*dan\s*chu\s*c[o0]ng\s*h[o0]a(?=[^a-z0-9]*(?:$|d[o0]c\s*lap|so\b))"
    r"|(?:^|\s|\*)so\s*:?\s*\d|(?:^|\s)so\s*:\s*/|\|"
)
"""The national motto (also the Democratic Republic's, "VIỆT NAM DÂN CHỦ CỘNG HÒA", where it ends the line or runs
into the slogan or the number: "ĐẠI SỨ QUÁN NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA TẠI …" is a body's name), the number or
a table's pipe."""
_HEAD = re.compile(
    r"(?:so|ban|vu|bo(?!\s+(?:chinh\s+tri|tu\s+lenh|doi\b))|cuc|tong\s+cuc|chi\s+cuc|van\s+phong|cong\s+an|bo\s+chi\s+huy|"
    r"truong|vien|trung\s+tam|phong|hoi\s+dong|uy\s+ban|ubnd|hdnd|(?:tinh|huyen|thanh|quan|thi|dang)\s+uy)\b"
)
_LOCALITY = re.compile(r"\b(?:tinh|huyen|thanh\s+pho|thanh(?=\s+uy)|tp\.?|quan|thi\s+xa|xa|phuong)(?:\s+uy)?\s+\S")
_MINISTRY = re.compile(r"^(?:(?:bo|uy\s+ban)\s+\S+|tong\s+cuc)\s+\S")
"""A ministry or commission with its name (two words at least: "BỘ Y TẾ"), or a general department with its
one-word name ("TỔNG CỤC THUẾ"): a complete first body that a second one may follow on the same line."""
_NOT_A_SPLIT_AFTER = {"uy", "van", "tong", "chi", "dang", "thuong", "nhan", "bien", "quoc", "du", "moi", "benh"}
"""Words that begin a compound head ("ỦY BAN", "VĂN PHÒNG", "TỔNG CỤC", "ĐẢNG BỘ", "THƯỜNG VỤ", "BỆNH VIỆN"...) or
make a word with one ("BIÊN PHÒNG", "QUỐC PHÒNG", "DỰ PHÒNG", "MÔI TRƯỜNG": no "PHÒNG" or school of its own)."""
_HOSPITAL = re.compile(r"benh\s+vien\s+\S")
"""A hospital's head with its name: no other body's name holds it, so a flattened line is cut there after a
complete department ("SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT", `_department`)."""
_OTHER_HEAD = re.compile(
    r"(?:benh\s+vien|hoc\s+vien|dai\s+hoc|tap\s+doan|(?:tong\s+)?cong\s+ty|chi\s+nhanh|ngan\s+hang|kho\s+bac|"
    r"thanh\s+tra|toa\s+an|vien\s+kiem\s+sat|(?:tong\s+)?lien\s+doan|hoi|bao|dai|dang\s+bo|dang\s+uy|"
    r"chi\s+bo|doan|thuong\s+truc|ban\s+chap\s+hanh|bch|tieu\s+ban)\b"
)
"""Heads of other bodies, which a header line may start with but which a flattened line is not cut at (they
begin as many names' inner words: "ĐẠI HỌC" in "TRƯỜNG ĐẠI HỌC", "HỘI" in "XÃ HỘI")."""
_UNFINISHED_END = re.compile(
    r"(?:\s(?:va|cua)|[,&–-]|\b(?:bo\s+tu\s+lenh|bo\s+chi\s+huy|uy\s+ban\s+trung\s+uong)|^(?:thu\s+tuong|chu\s+tich)"
    r"|\scac\s+\S+)$"
)
"""A header line that cannot end a body's name: a conjunction or a comma ("BỘ TÀI NGUYÊN VÀ" / "MÔI TRƯỜNG"),
or a head whose owner the next line names ("BỘ TƯ LỆNH" / "BỘ ĐỘI BIÊN PHÒNG", "ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN
TỔ QUỐC VIỆT NAM"), or a plural and its noun alone, which the next line qualifies ("LIÊN HIỆP CÁC HỘI" / "KHOA HỌC
VÀ KỸ THUẬT VIỆT NAM": no body is named "các hội"), or an office's title alone, whose body the next line names
("THỦ TƯỚNG" / "CHÍNH PHỦ": the Thủ tướng Chính phủ, not the Chính phủ under a "Thủ tướng")."""


_PAGE_NUMBER = re.compile(r"\d{1,4}\s+(?=\S)")
_LOCAL_HEAD = re.compile(r"(?<![a-z0-9])(?:(?:hoi\s+dong|uy\s+ban)\s+nhan\s+dan|hdnd|ubnd)\b")
"""A local council's or committee's head: a running title's words hold other heads ("VĂN BẢN", "CÁC SỞ")."""


def after_running_head(heading: str) -> str:
    """A header line a printed book's page opens with its page number and running title ("456 CÁC NGHỊ QUYẾT THÔNG
    QUA TẠI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH X"): the local body from its head on ("HỘI ĐỒNG NHÂN DÂN TỈNH X"); a
    line that starts a body after the number, or names no local body, as it is."""
    number = _PAGE_NUMBER.match(heading)
    if number is None or starts_a_body(heading[number.end() :]):
        return heading
    rest = heading[number.end() :]
    head = _LOCAL_HEAD.search(fold(rest))
    return rest[head.start() :] if head is not None and head.start() > 0 else heading


def starts_a_body(heading: str) -> bool:
    """Whether a header line opens a body of its own ("SỞ …", "TRƯỜNG …", "BỆNH VIỆN …"), rather than going on
    with the name above it."""
    folded = fold(" ".join(heading.split()))
    return bool(_HEAD.match(folded) or _OTHER_HEAD.match(folded))


_ORGANISING_BOARD = re.compile(r"\bban\s+(?:to\s+chuc|chi\s+dao)$")
_EVENT = re.compile(r"(?:dai\s+hoi|hoi\s+nghi|hoi\s+thao|hoi\s+thi|hoi\s+dien|le\s+ky\s+niem|cuoc\s+thi)\b")


def continues_name(previous: str, heading: str) -> bool:
    """Whether `heading` goes on with the body's name on the line above: after a line that cannot end a name
    (`_UNFINISHED_END`), or opening with "và", "của" ("ỦY BAN ĐỐI NGOẠI" / "CỦA QUỐC HỘI") or "các" (a plural opens no
    body: "ĐẠI HỘI ĐẠI BIỂU" / "CÁC DÂN TỘC THIỂU SỐ VIỆT NAM"), or naming the event of an organising board ("BAN TỔ
    CHỨC" / "ĐẠI HỘI …": the board of that congress, not the congress), or ending a province's name the line above
    began ("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN" / "HUẾ") or its level word ends ("ỦY BAN NHÂN DÂN TỈNH" / "THỪA THIÊN
    HUẾ"); not a body of its own under it."""
    before, folded = (fold(" ".join(text.split())) for text in (previous, heading))
    return (
        bool(_UNFINISHED_END.search(before))
        or folded.startswith(("va ", "cua ", "cac "))
        or bool(_ORGANISING_BOARD.search(before) and _EVENT.match(folded))
        or (_cut_locality(before) and not starts_a_body(heading) and not _cut_locality(f"{before} {folded}"))
        or (_LEVEL_END.match(before) is not None and not starts_a_body(heading))
    )


def without_speck_comma(previous: str, heading: str) -> str:
    """`previous` without the comma ending it when `heading`, the header line under it, is a province's or a central
    city's name alone ("TRƯỜNG CAO ĐẲNG CÔNG NGHỆ," / "VĨNH LONG"): a body's name puts no comma before the place it is
    of (a list of fields ends with "và" and its last field, `_open_list`), so the comma is a speck a scan read. As it is
    otherwise ("BỘ VĂN HÓA," / "THỂ THAO …")."""
    place = " ".join(fold(heading).replace("-", " ").split())
    if not previous.endswith(",") or place not in _units_of_type("Province") | _units_of_type("Municipality"):
        return previous
    return previous.removesuffix(",")


def join_table_cells(text: str) -> str:
    """`text` with each header-table cell of a web copy on one line (same length, same offsets).

    Only when at least two "|" close cells near the top; cells after the header are untouched."""
    lines = text.split("\n")
    ends = [i for i, line in enumerate(lines[:80]) if _CELL_END.match(line)]
    if len(ends) < 2:
        return text
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    cells = []
    start = 0
    for end in ends[:_HEADER_CELLS]:
        last = end if lines[end].strip() == "|" else end + 1  # "TÀI CHÍNH |" is the cell's own last line
        cell = [i for i in range(start, last) if lines[i].strip()]
        if start == 0:  # the first cell starts at the issuer's capitals, not at a page's lines above the table
            cell = cell[next((k for k, i in enumerate(cell) if is_upper_line(lines[i])), len(cell)) :]
        if len(cell) > _CELL_LINES:
            return text
        cells.append(cell)
        start = end + 1
    out = list(text)
    for cell in filter(None, cells):
        for newline in range(offsets[cell[0] + 1] - 1, offsets[cell[-1]], 1):
            if out[newline] == "\n":
                out[newline] = " "
    return "".join(out)


_PAGE_MARK = re.compile(rf"^\s*(?P<mark>Trang[ \t]*\d{{1,3}})(?=[{UPPER}]{{2}})")
"""A document site's page mark glued before the header's first word ("Trang 1THỦ TƯỚNG", a 123doc page's): the
digits run into the capitals, which no header line writes."""


def blank_page_mark(text: str) -> str:
    """`text` with a page mark glued before its first line (`_PAGE_MARK`) blanked (same length, same offsets): else
    the issuer's first line is not read as one ("THỦ TƯỚNG" / "CHÍNH PHỦ" would give "Chính phủ")."""
    found = _PAGE_MARK.match(text)
    if found is None:
        return text
    return text[: found.start("mark")] + " " * len(found["mark"]) + text[found.end("mark") :]


_REPUBLIC = re.compile(rf"{REPUBLIC}\s*viet\s*nam\s*")
_SLOGAN = re.compile(INDEPENDENCE)


def issuer_part(line: str) -> str:
    """What a flattened header line says before the motto, the number or a pipe: the issuing body's part.

    A header flattened row by row puts the issuer's second line between the motto's two lines ("UBND TỈNH X
    CỘNG HÒA … VIỆT NAM SỞ Y Độc lập - Tự do …"): that line is the issuer's too; a scan may put it after the number's
    label, before the number's garbled pen digits and its symbol ("Số: THÀNH PHỐ HÀ NỘI D2] ì /QĐ-UBND")."""
    labelled = _after_number_label(line)
    if labelled is not None:
        return labelled
    folded = fold(line)
    match = _MOTTO_OR_NUMBER.search(folded)
    if not match:
        return line
    part = line[: match.start()]
    second = second_cell(line)
    return f"{part.rstrip()} {second}" if second else part


_NUMBER_LABEL = re.compile(rf"[ \t]*{NUMBER_LABEL}[ \t]*:[ \t]*")


def _after_number_label(line: str) -> str | None:
    """The capitalised words between a number's label and its symbol on one line, two at least ("Số: THÀNH PHỐ HÀ
    NỘI D2] ì /QĐ-UBND" → "THÀNH PHỐ HÀ NỘI"), or None."""
    label = _NUMBER_LABEL.match(fold(line))
    if label is None or "/" not in line[label.end() :]:
        return None
    words = []
    for word in line[label.end() :].split():
        if not (word.isalpha() and word.isupper()):
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else None


def second_cell(line: str) -> str | None:
    """The issuer's second line of a header flattened row by row, printed between the motto's two lines (`issuer_part`),
    or None."""
    folded = fold(line)
    match = _MOTTO_OR_NUMBER.search(folded)
    republic = _REPUBLIC.match(folded, match.start()) if match else None
    slogan = _SLOGAN.search(folded, republic.end()) if republic else None
    if republic is None or slogan is None:
        return None
    second = line[republic.end() : slogan.start()].strip()
    return second if second and is_upper_line(second) and not _MOTTO_OR_NUMBER.search(fold(second)) else None


def split_cells(heading: str, second: str | None) -> list[str]:
    """`split_bodies` of a heading `issuer_part` joined from two cells, each cell cut on its own: the cells' border
    is a body's ("BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "ĐẠI HỌC ĐÀ NẴNG", a head `split_bodies` does not cut a line at)."""
    first = heading.removesuffix(f" {second}") if second else heading
    if second is None or first == heading or not first.strip() or not starts_a_body(second):
        return split_bodies(heading)
    return [*split_bodies(first), *split_bodies(second)]


def split_bodies(heading: str) -> list[str]:
    """A heading naming two bodies in a row, cut where the second starts.

    "UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ" → ["UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ"]; "TỈNH ỦY LẠNG SƠN BAN TỔ CHỨC" →
    two; "ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "UBND THÀNH PHỐ HẢI PHÒNG", "BAN THƯỜNG VỤ TỈNH ỦY" stay one. A cut needs
    a complete first body: a locality with its name ("TỈNH LẠNG SƠN") or a ministry with its name."""
    words = heading.split()
    folded = [fold(word) for word in words]
    parts: list[str] = []
    start = 0
    heads = [
        i
        for i in range(1, len(words) - 1)  # a head ends no heading: "UBND THÀNH PHỐ HẢI PHÒNG"
        if folded[i - 1] not in _NOT_A_SPLIT_AFTER and _HEAD.match(" ".join(folded[i:]))
    ]
    hospitals = [i for i in range(1, len(words) - 2) if _HOSPITAL.match(" ".join(folded[i:]))]
    branches = [i for i in range(2, len(words) - 1) if _BRANCH_HEAD.match(" ".join(folded[i:]))]
    for i in sorted({*heads, *hospitals, *branches}):
        if i + 1 in heads:
            continue  # "HẢI PHÒNG SỞ NGOẠI VỤ": the first head word ends the place's name
        before = " ".join(folded[start:i])
        if (
            (i in heads or i in hospitals)
            and (_LOCALITY.search(before) or _MINISTRY.match(before) or (i in hospitals and _department(before)))
        ) or (i in branches and (_NATIONAL_BODY.search(before) is not None or _ends_at_province(before))):
            parts.append(" ".join(words[start:i]))
            start = i
    parts.append(" ".join(words[start:]))
    return [part for part in parts if part]


_NATIONAL_BODY = re.compile(r"(?:\sviet\s+nam|^tong\s+lien\s+doan\s+lao\s+dong)$")
"""A national body's complete name, which ends with the country's ("HỘI NÔNG DÂN VIỆT NAM"), or the labour
federation's without it: the branch or body under it may follow on the same line (`_BRANCH_HEAD`)."""
_BRANCH_HEAD = compile_led(rf"(?:{_HEAD.pattern}|{_OTHER_HEAD.pattern}|cong\s+doan\b)")
"""A body's head after a national body's name on a flattened line ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM LIÊN ĐOÀN LAO
ĐỘNG TỈNH X", "… VIỆT NAM CÔNG ĐOÀN NGÀNH GIÁO DỤC"): the header's second line, the issuer under its parent."""


def _ends_at_province(folded: str) -> bool:
    """Whether a folded heading ends with a province's or a central city's whole name after its level word ("lien
    doan lao dong tinh nghe an"): a complete body, which a union's or branch's head after it does not go on."""
    level = re.search(r"\b(?:tinh|thanh\s+pho|tp\.?)\s+(?P<name>[^.]+)$", folded)
    units = _units_of_type("Province") | _units_of_type("Municipality")
    return level is not None and level["name"].replace("-", " ") in units


def _department(folded: str) -> bool:
    """Whether a folded heading is a province's department whole: "sở", a department's name (`DEPARTMENTS`), and
    nothing after it but a province's or central city's name ("so y te nghe an")."""
    head = re.match(r"so\s+", folded)
    if head is None:
        return False
    name = " ".join(folded[head.end() :].replace("-", " ").replace(",", " ").split())
    units = _units_of_type("Province") | _units_of_type("Municipality")
    return any(
        name == known or (name.startswith(f"{known} ") and name[len(known) :].strip() in units)
        for known in _DEPARTMENT_NAMES
    )


_GLUED_DASH = re.compile(r"(?<=[^\W\d_])[-–](?=[^\W\d_])")


def spaced_joint(heading: str) -> str:
    """A joint heading's dash spaced where a second body starts after it: "BỘ NGOẠI GIAO-BỘ NỘI VỤ" (as a copy
    glues it) → "BỘ NGOẠI GIAO - BỘ NỘI VỤ", the form a joint issuer is written in. A dash inside one body's
    name ("CU-BA", "VIỆT-NHẬT") stays glued."""
    return _GLUED_DASH.sub(lambda m: f" {m.group()} " if _HEAD.match(fold(heading[m.end() :])) else m.group(), heading)


_BARE_RE = compile_led(
    r"(?P<holder>Chủ tịch )?(?P<body>UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)"
    r"(?: (?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?",
    re.IGNORECASE,
)
"""A local body's kind, with at most its level and no name ("UBND", "HĐND tỉnh"), or its chairman's office so ("Chủ
tịch Ủy ban nhân dân", a decision the chairman issues in his own name): every locality has one."""
_LOCALITY_IN = re.compile(r"(?<!\S)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) \S", re.IGNORECASE)


def complete_bare_issuer(issuer: str, later_headings: Iterable[str]) -> str:
    """A bare "UBND" given its locality from the decision's authority line under the title ("ỦY BAN NHÂN DÂN
    TỈNH CÀ MAU", in running form; its chairman's, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", names the same body), when a
    flattened copy dropped the header's second line. The authority
    line may miss one word of the body's name ("ỦY BAN NHÂN TỈNH ..."): its locality is still the issuer's,
    when of the level the header prints ("UBND TỈNH" takes a tỉnh's name only)."""
    bare = _BARE_RE.fullmatch(issuer)
    if bare is None:
        return issuer
    level = fold(bare["level"] or "")
    for heading in later_headings:
        heading = _HOLDER.sub("", heading)  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X": the chairman's, for the body
        locality = _LOCALITY_IN.search(heading)
        if (
            locality
            and _same_body(heading[: locality.start()].split(), bare["body"].split())
            and fold(heading[locality.start() :]).startswith(level)
        ):
            return f"{bare['holder'] or ''}{bare['body']} {heading[locality.start() :]}"
    return issuer


def _lost_letters_of(damaged: str, whole: str) -> bool:
    """Whether `damaged` is `whole` with some letters dropped, word for word ("tnh" of "tỉnh", "P" of "Phú")."""

    def within(short: str, long: str) -> bool:
        rest = iter(long)
        return all(char in rest for char in short)

    pairs = list(zip(damaged.casefold().split(), whole.casefold().split(), strict=False))
    return len(damaged.split()) == len(whole.split()) and all(within(a, b) for a, b in pairs)


def restored_issuer(issuer: str, later_names: Iterable[str]) -> str:
    """The header's issuer as an authority line under the title spells it, when the header's copy dropped the
    letters its font could not map ("UBND tnh P Yên" under "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"): the same body, word
    for word, with its letters whole; or spaced its letters out (`_spaced_out`). `later_names`: those lines in running
    form."""
    for name in later_names:
        if name != issuer and _lost_letters_of(issuer, name):
            return name
        if (spaced := _spaced_out(issuer, name)) is not None:
            return spaced
    if _letter_by_letter(issuer):
        return issuer  # no line under the title spells its letters: no head to restore, `is_cut` says so
    for head, short in _WHOLE_HEADS.items():  # no such line: the body's own words, when the copy dropped letters
        length = len(head.split())
        words = issuer.split()
        damaged = " ".join(words[:length])
        if damaged.casefold() != head.casefold() and _lost_letters_of(damaged, head):
            return " ".join([short, *words[length:]])
    return issuer


_MARKED_HEADS = ("Tổng cục", "Chi cục", "Cục", "Bộ", "Sở", "Văn phòng", "Trung tâm", "Ủy ban", "Hội đồng")
"""Heads of a body's name whose letters, unmarked, spell no other head: "TỎNG CỤC" read for "TỔNG CỤC" is damage,
never another body (not "Ban", whose letters are also a hamlet's "Bản", nor "Trường", also "Trưởng")."""


def respelled_issuer(issuer: str, text: str) -> str | None:
    """The issuer as the document's running text spells it, when OCR damaged the marks of the header's head ("TỎNG
    CỤC THUÊ" for "TỔNG CỤC THUẾ"): the same letters without marks, word for word, written with the head whole, the
    spelling most often met (strictly); None when no such proof is written (a damaged name is never spelt by guess).
    A header whose head is whole is kept as printed."""
    head = next((h for h in _MARKED_HEADS if fold(issuer).startswith(f"{fold(h)} ")), None)
    if head is None or issuer.casefold().startswith(head.casefold()):
        return issuer
    letters = re.compile(r"(?<![^\W_])" + r"\s+".join(map(re.escape, fold(issuer).split())) + r"(?![^\W_])")
    spellings = (" ".join(text[found.start() : found.end()].split()) for found in letters.finditer(fold(text)))
    met = Counter(s for s in spellings if s.casefold().startswith(head.casefold()) and not s.isupper())
    ranked = met.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _spaced_out(spaced: str, name: str) -> str | None:
    """The words that end `name` when `spaced` is them printed letter by letter, the letters spaced for show ("T H Ủ
    T Ư Ớ N G" of "Thủ tướng", "Bộ Tài chính" of "Bộ trưởng Bộ Tài chính"): the spaces no longer tell its words, the
    letters alone must be the name's; else None."""
    if not _letter_by_letter(spaced):
        return None
    words = name.split()
    joined = spaced.replace(" ", "").casefold()
    found = next((" ".join(words[k:]) for k in range(len(words)) if "".join(words[k:]).casefold() == joined), None)
    return found[0].upper() + found[1:] if found else None


def _letter_by_letter(issuer: str) -> bool:
    """Whether an issuer is printed letter by letter ("T H Ủ T Ư Ớ N G"): no word in it, only letters."""
    letters = issuer.split()
    return len(letters) >= 3 and all(len(letter) == 1 for letter in letters)


_WHOLE_HEADS = {"Hội đồng nhân dân": "HĐND", "Ủy ban nhân dân": "UBND", "Bộ": "Bộ"}
"""Bodies whose name a copy's font may lose a letter of ("Hội đng nhân dân tỉnh Trà Vinh", "B Tài chính"), and the
short form running text writes them in (`header.running_name`: "HĐND tỉnh Trà Vinh", as the header's name whole would
read)."""


def _open_list(folded: str) -> bool:
    """Whether a body's name lists fields with a comma and stops before the list's "và" ("bo van hoa, the thao"
    of "Bộ Văn hóa, Thể thao và Du lịch"): such a list always ends with "và" and its last field. A comma before
    a second body ("Bộ Tài chính, Bộ Ngoại giao") opens no list."""
    if "," not in folded:
        return False
    last = folded.rsplit(",", 1)[1].strip()
    return bool(last) and not re.search(r"\bva\b", last) and not starts_a_body(last)


_DEPARTMENT_NAMES = tuple(" ".join(fold(name).replace("-", " ").replace(",", " ").split()) for name in DEPARTMENTS)


def _cut_pair(folded: str) -> bool:
    """Whether a ministry's or department's name stops after the joint of its pair, short of the known name it begins:
    "bo lao dong - thuong binh" of "Bộ Lao động - Thương binh và Xã hội", "bo nong nghiep va phat trien" of "Bộ Nông
    nghiệp và Phát triển nông thôn". A name with no joint may be a former ministry's whole name ("Bộ Giáo dục"), and
    a pair no known name begins with is one ("Bộ Văn hóa - Thông tin")."""
    head = re.match(r"(?:bo|so)\s+(?=.*\s(?:-|va)\s)", folded)
    if head is None:
        return False
    name = " ".join(folded[head.end() :].replace("-", " ").split())
    return name not in _DEPARTMENT_NAMES and any(known.startswith(f"{name} ") for known in _DEPARTMENT_NAMES)


_LOCAL_BODY = re.compile(
    r"^(?:(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(?:tinh|thanh pho|tp\.?)|tinh uy|thanh uy)\s*(?<=\s|\.)"
)
_LEVEL_END = re.compile(
    r"^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)$"
)
"""A local body whose line ends at its level word ("ỦY BAN NHÂN DÂN TỈNH" / "THỪA THIÊN HUẾ"): the name follows."""


def _cut_locality(folded: str) -> bool:
    """Whether a province's or a central city's body names its place cut short: the words after "tỉnh" / "thành
    phố" begin the name of one (ISO 3166-2:VN) and are none themselves ("ubnd tinh ba ria" of Bà Rịa - Vũng Tàu,
    "ubnd tinh thua thien" of Thừa Thiên Huế). A former province no longer listed ("Hà Tây") begins none."""
    body = _LOCAL_BODY.match(folded)
    if body is None:
        return False
    place = " ".join(folded[body.end() :].replace("-", " ").split())
    units = _units_of_type("Province") | _units_of_type("Municipality")
    return bool(place) and place not in units and any(unit.startswith(f"{place} ") for unit in units)


def is_cut(issuer: str) -> bool:
    """Whether an issuer as read cannot be a body's whole name: it is printed letter by letter (`_letter_by_letter`),
    ends where no name can (`_UNFINISHED_END`), stops inside a list of fields (`_open_list`, `_cut_pair`) or inside a
    province's name (`_cut_locality`)."""
    folded = fold(" ".join(issuer.split()))
    return (
        _letter_by_letter(issuer)
        or bool(_UNFINISHED_END.search(folded))
        or _open_list(folded)
        or _cut_pair(folded)
        or _cut_locality(folded)
    )


def finished_issuer(issuer: str, later_names: Iterable[str], number: str | None = None) -> str | None:
    """The header's issuer whole, when its copy lost the cell's last line ("BỘ TÀI NGUYÊN VÀ" without "MÔI
    TRƯỜNG", "BỘ VĂN HÓA, THỂ THAO" without "VÀ DU LỊCH", "UBND TỈNH BÀ RỊA" without "- VŨNG TÀU"): a name that
    cannot end there (`is_cut`) is finished by the first line under the title that holds it word for word and goes
    on ("BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), else by the one ministry it starts whose abbreviation the number's
    symbol holds (`_ministry_by_symbol`). None when neither does: a cut name is a wrong issuer.
    `later_names`: those lines in running form."""
    if not is_cut(issuer):
        return issuer
    words = issuer.split()
    size = len(words)
    for name in later_names:
        other = name.split()
        for start in range(len(other) - size):
            if [w.casefold() for w in other[start : start + size]] == [w.casefold() for w in words]:
                return " ".join([*words, *other[start + size :]])
    return _ministry_by_symbol(issuer, number)


def _ministry_by_symbol(issuer: str, number: str | None) -> str | None:
    """The ministry a cut name starts ("Bộ Văn hóa, Thể thao" of "Bộ Văn hóa, Thể thao và Du lịch"; the ministries
    are a closed set, `ocr_titles.DEPARTMENTS`), when exactly one does and the number's symbol holds its abbreviation
    ("274/CT-BVHTTDL": the initials without "và"); None otherwise."""
    if not number:
        return None
    cut = fold(issuer).replace(",", "").split()
    parts = {fold(part).upper() for part in re.split(r"[-/.\s]+", number)}
    found = [
        f"Bộ {name}"
        for name in DEPARTMENTS
        if (whole := fold(f"Bộ {name}").replace(",", "").split())[: len(cut)] == cut and len(whole) > len(cut)
    ]
    if len(found) != 1:
        return None
    initials = "".join(word[0] for word in fold(found[0]).replace(",", "").split() if word != "va").upper()
    return found[0] if initials in parts else None


_YOUTH_UNION_MOTTO = re.compile(r"ĐOÀN TNCS HỒ CHÍ MINH(?!\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\b)")
"""The Youth Union's motto, printed where the state's stands ("ĐOÀN TNCS HỒ CHÍ MINH" over the dateline); not
a provincial Đoàn's name ("BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH X")."""
_CENTRAL_BOARDS = {"ban chap hanh trung uong", "ban bi thu trung uong", "ban thuong vu trung uong"}


def youth_union_issuer(issuer: str, header: str) -> str:
    """A central board under the Youth Union's motto is the Union's ("BAN CHẤP HÀNH TRUNG ƯƠNG" over "ĐOÀN TNCS
    HỒ CHÍ MINH" → "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"); under the Party's ("ĐẢNG CỘNG SẢN VIỆT
    NAM") it is the Party's own, named as printed. `header`: the header's lines, as printed."""
    if fold(issuer) not in _CENTRAL_BOARDS or "dang cong san viet nam" in fold(header):
        return issuer
    return f"{issuer} Đoàn TNCS Hồ Chí Minh" if _YOUTH_UNION_MOTTO.search(header) else issuer


_NATIONAL_ASSOCIATION = re.compile(r"hoi (?!dong )[a-z ]+ viet nam")
"""A national association's name ("Hội Nông dân Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"); not a council
("Hội đồng …")."""


def association_board_issuer(issuer: str, parent: str | None) -> tuple[str, str | None]:
    """A central board printed under a national association's name is that association's ("HỘI NÔNG DÂN VIỆT NAM /
    BAN CHẤP HÀNH TRUNG ƯƠNG" → "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"): the board's words alone name the
    Party's. Returns the issuer and the parent left over (none once the association joins the board's name)."""
    if parent is None or fold(issuer) not in _CENTRAL_BOARDS or not _NATIONAL_ASSOCIATION.fullmatch(fold(parent)):
        return issuer, parent
    return f"{issuer} {parent}", None


def is_bare(issuer: str | None) -> bool:
    """Whether an issuer is a local body's kind without its locality's name ("UBND", "HĐND tỉnh"): no issuer of
    its own, since every province, district and commune has one."""
    return issuer is not None and _BARE_RE.fullmatch(issuer) is not None


_LEVEL_ONLY = re.compile(
    r"(?:(?:chu tich|thuong truc)\s+)?(?P<body>uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(?P<level>tinh|thanh pho)"
)
"""An authority line that names the level and lost the locality's name ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", a council's
standing body: "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH")."""
_LEVELS = {"tinh": ("tỉnh", "Province"), "thanh pho": ("thành phố", "Municipality")}
"""A level word as written, and the ISO 3166-2 type of the units it names (a province; a city under the centre)."""


@cache
def _units_of_type(kind: str) -> frozenset[str]:
    """Vietnam's provinces or centrally-run cities (ISO 3166-2:VN), folded, a hyphen read as a space."""
    return frozenset(
        _unit_key(unit.name) for unit in pycountry.subdivisions.get(country_code="VN") if unit.type == kind
    )


def _unit_key(name: str) -> str:
    """A unit's name folded, a hyphen read as a space however it is spaced ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu",
    "Thừa Thiên-Huế"), so that a dateline, a text and the list of units agree."""
    return " ".join(fold(name).replace("-", " ").split())


def bare_issuer_by_place(issuer: str, later_headings: Iterable[str], place: str | None, text: str) -> str | None:
    """A bare "UBND" (`is_bare`) completed when the text says for sure which province or city issues it, else None.

    Sure means three things agree: the level is printed (in the header, "UBND TỈNH", in an authority line under
    the title that lost only the name, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", or where the body names itself the author of
    what it issues, `_AUTHOR`, or a council's own committee reviews its draft, `_REVIEWING_COMMITTEE`), the
    dateline's place is a province's
    (a city's) own name, and the text writes that unit in full ("tỉnh Bình Định"). A dateline alone is not
    enough: a city of a province shares its name and dateline ("Bắc Ninh" for the UBND of thành phố Bắc Ninh),
    and a province's body may date from its capital ("Quy Nhơn"). When the body's own header or authority line
    prints "tỉnh" ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH"), the province's name as the dateline's place is enough: no
    city is a tỉnh, and a province dating from its capital names no province. A centrally-run city's dateline may
    print its level before the name ("TP. Hồ Chí Minh")."""
    bare = _BARE_RE.fullmatch(issuer)
    if bare is None or not place:
        return None
    level = fold(bare["level"]) if bare["level"] else None
    for heading in later_headings if level is None else ():
        found = _LEVEL_ONLY.fullmatch(fold(" ".join(heading.split())))
        if found is not None and _same_body(found["body"].split(), bare["body"].split()):
            level = found["level"]
            break
    own_level = level == "tinh"  # the body's own lines print "tỉnh": no city of the dateline's name is it
    city = _CITY_WORD.sub("", place)  # "TP. Hồ Chí Minh": a city's dateline may print its level
    flat = " ".join(text.split())
    for source in (_AUTHOR, _REVIEWING_COMMITTEE) if level is None else ():
        author = source.search(flat)
        if author is not None and _same_body(author["body"].split(), bare["body"].split()):
            if author.groupdict().get("place") and _unit_key(author["place"]) != _unit_key(city):
                continue  # a report of another unit's body
            level = fold(author["level"])
            break
    if level not in _LEVELS:
        return None
    written, kind = _LEVELS[level]
    place = city if level == "thanh pho" else place
    wanted = _unit_key(place)
    if wanted in _units_of_type(kind) and (own_level or f"{level} {wanted}" in _unit_key(text)):
        return f"{bare['holder'] or ''}{bare['body']} {written} {place}"
    return None


_CITY_WORD = re.compile(r"^(?:TP\.?|Tp\.?|T\.P\.?|[Tt]hành phố)[ \t]*(?=[A-ZĐ])")
"""A city's level written before its name in a dateline ("TP. Hồ Chí Minh, ngày …"): the name is the rest."""


_AUTHOR = re.compile(
    r"(?<![^\W\d_])(?P<body>UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) (?P<level>(?i:tỉnh|thành phố)) "
    r"(?:(?:xây dựng|ban hành) (?:Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Chương trình|Quy chế|Quy định)"
    r"|(?P<place>[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}) (?:(?:đã|sẽ) )?(?:tiếp tục )?có [Bb]áo cáo số)(?![^\W\d_])"
)
"""The body naming itself as the author of what it issues, with its level only ("… UBND tỉnh xây dựng Kế hoạch hành
động …", "Ủy ban nhân dân Thành phố ban hành Kế hoạch …", the level capitalised as a city's own): the level of a bare
header's body. Another body's level in a sentence ("theo chỉ đạo của UBND tỉnh", in a
city's plan) is no author's. A report the body says it has made, under its full name with the dateline's place
("Ủy ban nhân dân thành phố Hồ Chí Minh đã có Báo cáo số 75/BC-UBND …", rt-1583), names its level too: a report
goes up from the body that made it, so a lower body's letter would not cite its superior's this way."""


_REVIEWING_COMMITTEE = re.compile(
    r"(?<![^\W\d_])[Bb]áo cáo thẩm tra\b[^;]{0,80}? của Ban [^;]{1,40}? (?:của )?"
    r"(?P<body>HĐND|Hội đồng nhân dân) (?P<level>(?i:tỉnh|thành phố))(?![^\W\d_])"
)
"""A council's resolution weighing the review report of one of its own committees ("Báo cáo thẩm tra số 71/BC-HĐND
… của Ban Dân tộc của Hội đồng nhân dân tỉnh"): a draft goes to the committees of the council that votes on it, so
their council's level is the bare header's."""


def _spelled_out(folded: str) -> str:
    """A folded body name with its abbreviation spelled out ("ubnd" → "uy ban nhan dan")."""
    return folded.replace("ubnd", "uy ban nhan dan").replace("hdnd", "hoi dong nhan dan")


def _same_body(words: list[str], body: list[str]) -> bool:
    """Whether `words` are the body's words, or all but one of them in order (at least one left)."""
    folded, wanted = (_spelled_out(fold(" ".join(w))).split() for w in (words, body))
    return folded == wanted or (
        len(folded) == len(wanted) - 1 > 0 and any(wanted[:k] + wanted[k + 1 :] == folded for k in range(len(wanted)))
    )


_AUTHORITY = (
    r"(?P<authority>thu tuong chinh phu|chinh phu"
    r"|(?:chu tich\s+)?(?:uy ban nhan dan|ubnd)\s+(?:tinh|thanh pho|huyen|quan|thi xa)\s+[a-z]+(?:\s+[a-z]+){0,3}?"
    r"|bo truong\s+bo\s+[a-z]+(?:,?\s+[a-z]+){0,6}?|giam doc\s+so\s+[a-z]+(?:,?\s+[a-z]+){0,5}?)"
)
_ENACTING_RE = re.compile(
    rf"(?:^|[;:,.]\s+)(?:nay\s+)?{_AUTHORITY}\s+(?:quyet\s+dinh(?:\s*:|\s+ban\s+hanh\b)|ban\s+hanh\s+thong\s+tu\b)"
)
"""The enacting formula after the legal bases: "…; Thủ tướng Chính phủ quyết định ban hành …", "Chủ tịch Ủy ban
nhân dân tỉnh X quyết định:", a minister's "Bộ trưởng Bộ X ban hành Thông tư …" — the authority that issues the
document, whoever signs for it."""
_HOLDER = re.compile(r"^(?:Chủ tịch|Bộ trưởng|Giám đốc)\s+(?=\S)", re.IGNORECASE)
"""The office holder of an authority: the issuer is the body ("Chủ tịch UBND tỉnh X" issues as "UBND tỉnh X")."""


def is_authority(heading: str) -> bool:
    """Whether a heading is an authority that issues in its own name (`_AUTHORITY`: "THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH
    ỦY BAN NHÂN DÂN TỈNH X"), which names no body's head of its own (`starts_a_body`)."""
    return re.fullmatch(_AUTHORITY, fold(" ".join(heading.split()))) is not None


def issuer_from_authority(body: str, headings: Iterable[str]) -> tuple[str, int, int] | None:
    """The issuer of a decision whose header cells came out empty (a web copy's '|' lines), from the
    authority the decision names itself by: its upper-case line under the title ("THỦ TƯỚNG CHÍNH PHỦ") or
    its enacting formula (`_ENACTING_RE`). The body's words as printed and where they stand in `body`; None
    when neither names one (nothing is guessed from a symbol)."""
    for heading in headings:
        if is_authority(heading):
            at = body.find(heading)
            return _HOLDER.sub("", " ".join(heading.split())), max(at, 0), max(at, 0) + len(heading)
    flat = fold(body).replace("\n", " ")
    found = _ENACTING_RE.search(flat)
    if found is None:
        return None
    start, end = found.span("authority")
    return _HOLDER.sub("", " ".join(body[start:end].split())), start, end


_CENTRAL_COMMITTEE = "ban chap hanh trung uong"
_CENTRAL_BOARD = re.compile(r"(?:ban|uy\s+ban|hoi\s+dong)\s+\S")


def central_board(parent: str, board: str) -> str | None:
    """A board or commission printed under the Party's Central Committee, by the name the Party gives it: "BAN CHẤP
    HÀNH TRUNG ƯƠNG / ỦY BAN KIỂM TRA" is the "Ủy ban Kiểm tra Trung ương", "… / BAN NỘI CHÍNH" the "Ban Nội chính
    Trung ương" (as "TỈNH ỦY X / BAN TỔ CHỨC" is the Tỉnh ủy's), "… / VĂN PHÒNG" the "Văn phòng Trung ương Đảng".
    None when the parent is no Central Committee or the line below names no board (the Youth Union's "ĐOÀN TNCS HỒ
    CHÍ MINH" is the committee's own name)."""
    low = fold(" ".join(board.split()))
    if fold(" ".join(parent.split())) != _CENTRAL_COMMITTEE:
        return None
    if low == "van phong":
        return f"{board} Trung ương Đảng"  # the committee's office: the Party writes "Văn phòng Trung ương Đảng"
    if not _CENTRAL_BOARD.match(low):
        return None
    return board if low.endswith("trung uong") else f"{board} Trung ương"


_SHARED_LOCALITY = re.compile(r"\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+\S.*$", re.IGNORECASE)
_MIN_INITIALS = 3


def _initials(name: str) -> str:
    """A body's name as its symbol abbreviates it: each word's first letter, a word in capitals kept whole
    ("ỦY BAN MTTQ VIỆT NAM" → "UBMTTQVN", "TÒA ÁN NHÂN DÂN TỐI CAO" → "TANDTC"), folded."""
    words = re.findall(r"[^\W\d_]+", name)
    return "".join(word if _is_abbreviation(word) else word[0] for word in words).upper()


_CONJUNCTION = re.compile(r"(?<![^\W\d_])và(?![^\W\d_])", re.IGNORECASE)


def symbol_abbreviation(name: str) -> str:
    """A body's name as the symbols of its own documents abbreviate it: `_initials` with the conjunction "và" left
    out, as the forms write it ("Bộ Giáo dục và Đào tạo" → "BGDĐT", "Bộ Văn hóa, Thể thao và Du lịch" → "BVHTTDL"),
    marks dropped but the stroke of "Đ" kept (it tells "Đ" from "D" in a symbol)."""
    initials = _initials(_CONJUNCTION.sub(" ", name))
    return "".join(letter if letter == "Đ" else fold(letter).upper() for letter in initials)


def _is_abbreviation(word: str) -> bool:
    """A word that is an abbreviation, even in a header all in capitals: no vowel ("MTTQ", "TNCS"), or a local
    body's ("UBND", "HĐND")."""
    folded = fold(word)
    return len(word) > 1 and (not re.search(r"[aeiouy]", folded) or folded in {"ubnd", "hdnd"})


def _abbreviated_in(name: str, parts: list[str]) -> int | None:
    """The index of the symbol's part that abbreviates `name` (its initials, or their start of three letters or
    more: "UBMTTQ" for "Ủy ban MTTQ Việt Nam"), or None."""
    initials = fold(_initials(name)).upper()
    for index, part in enumerate(parts):
        if part == initials or (len(part) >= max(_MIN_INITIALS, len(initials) - 2) and initials.startswith(part)):
            return index
    return None


def joint_issuer(heading: str, number: str) -> tuple[str, str] | None:
    """Both bodies of a joint document's header (to be written apart by a spaced dash, as rt-239's "Bộ Ngoại giao -
    Bộ Nội vụ"), when its number abbreviates each of them in a part of its own ("TÒA ÁN NHÂN DÂN TỐI CAO /
    VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "01-TANDTC-VKSNDTC/TTLT"). A locality printed once under both ("ỦY BAN NHÂN
    DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK", "…/UBND-UBMTTQ") is each body's. None when the number does not name
    both bodies: a body under its parent ("BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN", "…/TCHQ-GSQL") is no joint issuer.
    `heading`: the header's body lines, joined."""
    parts = [fold(part).upper() for part in re.split(r"[-/.\s]+", number) if re.fullmatch(r"[^\W\d_]+", part)]
    heading = " ".join(heading.split())
    words = heading.split()
    locality = _SHARED_LOCALITY.search(heading)
    for cut in range(1, len(words)):
        if words[cut - 1] in {"-", "–", "—"}:
            return None  # printed joint already ("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ"): read as one heading
        if not starts_a_body(" ".join(words[cut:])):
            continue
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        bare_second = (
            second[: locality.start() - len(first) - 1] if locality and locality.start() > len(first) else second
        )
        found = (_abbreviated_in(first, parts), _abbreviated_in(bare_second, parts))
        if None in found or found[0] == found[1]:
            continue
        if locality and locality.start() > len(first) and not _SHARED_LOCALITY.search(first):
            first = f"{first}{locality.group()}"
        return first, second
    return None


_LOCAL_ORGAN_END = re.compile(
    r"(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|mttq viet nam|mat tran to quoc viet nam|tinh uy|thanh uy)$"
)
"""A local body's name without its locality: a joint heading's first body, its locality printed once after the
last ("THƯỜNG TRỰC HĐND - UBND TỈNH X")."""


def shared_locality(issuer: str | None) -> str | None:
    """A joint issuer printed with one dash and its locality once, at the end ("Thường trực HĐND - UBND tỉnh Hòa
    Bình"), with the locality given to each body ("Thường trực HĐND tỉnh Hòa Bình - UBND tỉnh Hòa Bình"), as for a
    joint heading over two lines (`joint_issuer`). Only when every earlier body is a local body's name without a
    locality; any other issuer as it is ("UBND tỉnh Bà Rịa - Vũng Tàu", "Bộ Văn hóa - Thông tin")."""
    if not issuer or " - " not in issuer:
        return issuer
    *firsts, last = issuer.split(" - ")
    locality = _SHARED_LOCALITY.search(last)
    if locality is None or not all(_LOCAL_ORGAN_END.search(fold(first)) for first in firsts):
        return issuer
    return " - ".join([*(f"{first}{locality.group()}" for first in firsts), last])


_ORGANS = {
    ("uy", "ban", "nhan", "dan"): "Ủy ban nhân dân",
    ("hoi", "dong", "nhan", "dan"): "Hội đồng nhân dân",
}
"""Bodies whose name OCR of a header may glue together ("ỦYBANNHÂN DÂN" read as "Ủybannhân dân")."""
_GLUED_ORGAN = re.compile("|".join(r"\b" + r"\s*".join(words) + r"\b" for words in _ORGANS), re.IGNORECASE)


def respaced_organ(body: str | None) -> str | None:
    """A body's name with a standard organ's words apart again ("Ủybannhân dân tỉnh Lào Cai" → "Ủy ban nhân dân
    tỉnh Lào Cai"): the name is shown in findings as the rule's source. Only a name OCR glued changes."""
    if not body:
        return body
    folded = fold(body)
    out, last = [], 0
    for match in _GLUED_ORGAN.finditer(folded):
        written = body[match.start() : match.end()]
        if len(written.split()) == 4:
            continue
        spelled = next(name for words, name in _ORGANS.items() if re.fullmatch(r"\s*".join(words), match.group()))
        out += [body[last : match.start()], spelled if written[:1].isupper() else spelled.lower()]
        last = match.end()
    return "".join([*out, body[last:]]) if out else body


_NATIONAL_MARKS = re.compile(r"^(?:Tổng\s+)?(?P<branch>.+?)(?:\s+Việt\s+Nam)?$", re.IGNORECASE)
"""A national mass organisation's name and its branch's, the same words without "Tổng" and "Việt Nam" ("Tổng Liên
đoàn Lao động Việt Nam" over each "Liên đoàn Lao động tỉnh X")."""


def lost_branch(issuer: str, number: str | None) -> str | None:
    """The branch's name when a header kept only its national organisation's line (a web copy's cell cut after its
    first line: "TỔNG LIÊN ĐOÀN LAO ĐỘNG" over a lost "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ …"), which the number tells: its
    symbol abbreviates the branch ("12/LĐLĐ"), never the national body ("…/TLĐ"). None otherwise: the header's line
    is the issuer."""
    marks = _NATIONAL_MARKS.match(" ".join(issuer.split()))
    if marks is None or marks["branch"] == issuer or not number:
        return None
    parts = [fold(part).upper() for part in re.split(r"[-/.\s]+", number) if re.fullmatch(r"[^\W\d_]+", part)]
    branch = marks["branch"]
    own = fold(_initials(branch)).upper()
    if len(own) < _MIN_INITIALS or own not in parts or _abbreviated_in(issuer, parts) is not None:
        return None
    return branch


_SUPREME = {"vien kiem sat nhan dan": "VKSTC", "toa an nhan dan": "TANDTC"}
"""The judicial bodies every province has one of, and the symbol part of their supreme one ("01/2009/CT-VKSTC")."""


def supreme_body(issuer: str | None, number: str | None) -> str | None:
    """A judicial body's line kept without its second one ("VIỆN KIỂM SÁT NHÂN DÂN" over a lost "TỐI CAO") is the
    supreme one when the number's symbol names it ("…/CT-VKSTC"); the issuer as it is otherwise (a province's has its
    province's name, and its own symbol)."""
    wanted = _SUPREME.get(fold(" ".join((issuer or "").split())))
    if wanted is None or not number or wanted not in re.split(r"[-/.\s]+", number):
        return issuer
    return f"{issuer} tối cao"


def branch_by_place(branch: str, place: str | None, text: str) -> str | None:
    """The branch whose national body's line a header kept alone (`lost_branch`), named when the text says for sure
    which: it names itself by its level ("Liên đoàn Lao động Thành phố triển khai …", a province's or a central
    city's level and no name after it), the dateline is a unit of that level by its own name ("TP. Đà Nẵng"),
    and the text writes that unit in full ("Thành phố Đà Nẵng"), as for a bare "UBND" (`bare_issuer_by_place`).
    None when not sure."""
    words = r"\s+".join(map(re.escape, branch.split()))
    pattern = re.compile(rf"(?<![^\W\d_])(?P<name>{words}\s+(?P<level>tỉnh|thành phố))(?:\s+(?P<next>\w)|[,.;:])", re.I)
    own = next((found for found in pattern.finditer(text) if not (found["next"] or "a").isupper()), None)
    if own is None or not place:
        return None
    level = fold(own["level"])
    name = re.sub(r"(?i)^(?:tp\.?|thành phố|tỉnh)\s*", "", " ".join(place.split()))
    wanted = fold(name.replace("-", " "))
    if wanted not in _units_of_type(_LEVELS[level][1]) or f"{level} {wanted}" not in " ".join(fold(text).split()):
        return None
    return f"{' '.join(own['name'].split())} {name}"
