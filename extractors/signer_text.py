"""The signer of a plain-text copy, where the signature block lost its layout.

Web and portal copies drop the line breaks and capitals the signature-block reader (`signature.find_signer`)
relies on: the title runs into the name ("PHÓ CHỦ NHIỆMNguyễn Quốc Huy", "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH
PHỦĐoàn Mạnh Giao"), the block shares a line with the "Nơi nhận" list, or is written in sentence case
("KT. Chủ tịch / Phó Chủ tịch / Trần Văn B"). `unglue` splits the first kind; `plain_signer` takes the last
title followed by a name in the lines around "Nơi nhận:" (before it when the block comes first, after it
otherwise), which is where the signer stands in every layout. `signed_name` reads an old decree's block that is
a name and "(Đã ký)" alone, with no title.
"""

from __future__ import annotations

import re

from extractors.first_chars import compile_led
from extractors.names import shape_doubts
from extractors.people import FAMILY_NAMES
from extractors.titles import CENTRAL_SIGNING_TITLES, QUALIFIERS, SIGNING_TITLES, canonical, office_of, pattern
from extractors.vntext import LOWER, UPPER, Line, fold, is_upper_line, readable_case, squash
from schemas.document import Signer, Span

_NAME_WORD = rf"[{UPPER}][{LOWER}]+"
_GLUED = re.compile(rf"^(?P<title>[{UPPER}][{UPPER},.\s]*[{UPPER}])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})\s*$")
_SIGNING_TITLES = pattern([*SIGNING_TITLES, *CENTRAL_SIGNING_TITLES])
SIGNING_TITLE_RE = re.compile(rf"(?i:(?:phó\s+)?(?:{_SIGNING_TITLES})(?:\s+(?:{pattern(QUALIFIERS)})(?![^\W\d_]))?)")
"""A signature block's title in any case, from the lexicon; "Phó" goes before any of them, a qualifier after
("BÍ THƯ THƯỜNG TRỰC")."""
_MODE = r"(?:(?P<mode>KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\s*[.:]\s*[^\n]*?\s|(?P<slashed>KT|TM|TL|TUQ)/\s*[^\n]*?\s)?"
_MODE_WORD = re.compile(
    r"(?<!\w)(?P<mode>KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\s*[.:]|(?<![\w/])(?P<slashed>KT|TM|TL|TUQ)/(?=\s)"
)
"""Each mode of a block: "TM. ỦY BAN NHÂN DÂN / KT. Chủ tịch / Phó Chủ tịch" signs KT. (the deputy for the head);
a copy may type the mode's dot as a slash ("KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ")."""
_BODY_BEFORE_TITLE = re.compile(r"(?<![a-z])(?:hoi dong|van phong)[ \t]+$")
"""A council's or an office's word right before a title on its line: the title is the end of the body's name ("Phó
Chủ tịch Hội đồng Bộ trưởng", "Văn phòng Chủ tịch nước"), no one's office; on the next line it is the title of a
block signed for the council ("TM. HỘI ĐỒNG / CHỦ TỊCH"). Not "Đoàn" (a presidium's "Đoàn Chủ tịch", but also the
Youth Union's: "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC")."""


def signing_titles(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The signing titles in `text[start:end]`, but a title that ends a body's name after the office before it
    (`_BODY_BEFORE_TITLE`): in "Phó Chủ tịch Hội đồng Bộ trưởng" only "Phó Chủ tịch" is an office; the words between
    two titles count, so "CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG" keeps its second."""
    kept: list[re.Match[str]] = []
    after = start
    for match in SIGNING_TITLE_RE.finditer(text, start, len(text) if end is None else end):
        if not _BODY_BEFORE_TITLE.search(fold(text[after : match.start()])):
            kept.append(match)
        after = match.end()
    return kept


_BLOCK = compile_led(
    rf"{_MODE}(?P<title>{SIGNING_TITLE_RE.pattern})(?:\s+[{UPPER}{LOWER}., ]{{0,60}}?)??\s*"
    rf"(?:(?P<signed>\((?i:đã ký)\))\s*)?(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})"
    rf"(?=[ \t]*(?:$|\n|[.;]|,[ \t]*(?:$|\n))|\s+(?i:Nơi nhận)\b|(?P<capitals>[ \t]+[{UPPER}]{{2,}}(?![{LOWER}])))"
)
"""A title, then a name that ends its line or a sentence, or runs into the "Nơi nhận" list a copy put on the same
line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Trần Văn B Nơi nhận: - Như Điều 3; …"), or into the capitals of an
attachment's header a copy ran on (`_runs_into_capitals`). A name followed by a comma and more words is an item of a
list of people ("…, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn, Phó Chánh …"), not a signer."""
_LIST_BEFORE = re.compile(r"(?i)\bnơi nhận\s*:")
_BLOCK_AFTER = re.compile(r"(?:^|\.)[ \t]*$")
"""What may stand before a block's title in sentence case on its line: nothing, or the end of a sentence (the "Nơi
nhận" list's last item, "- Lưu: VT."). Such a title after a comma or a word is an office named in running text
("Thúy Anh; Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn"); one in capitals is a block's wherever it stands ("- Lưu: VT
CHỦ TỊCH Nguyễn Văn A")."""
_HONORIFIC = re.compile(r"(?i)(?<!\w)(?:ông|bà|đồng chí)(?!\w)")
"""Between a title and a name, a sentence naming a person ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ và
ông Nguyễn Văn An"): a signature block never writes "ông", "bà" or "đồng chí" before the signer's name."""
_AROUND = 12
"""How many lines before and after "Nơi nhận:" may hold the signature block."""


def unglue(text: str) -> tuple[list[str], str] | None:
    """(title lines, name) of a line whose capitalised title runs into the name: "PHÓ CHỦ NHIỆMNguyễn Quốc Huy".
    Title lines glued together as well are split where a known title starts right after a letter ("KT. BỘ
    TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM" → "KT. BỘ TRƯỞNG, CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM")."""
    match = _GLUED.match(squash(text))
    if match is None or match.group("name").split()[0] not in FAMILY_NAMES:
        return None
    title = match.group("title").strip(" ,.")
    cuts = [m.start() for m in SIGNING_TITLE_RE.finditer(title) if m.start() > 0 and title[m.start() - 1].isalpha()]
    parts = [title[a:b].strip(" ,.") for a, b in zip([0, *cuts], [*cuts, len(title)], strict=True)]
    return parts, match.group("name")


def plain_signer(block: list[Line], text: str) -> Signer | None:
    """The last "title + name" in the lines around "Nơi nhận:" (or at the end when there is none)."""
    anchor = next((i for i, line in enumerate(block) if fold(line.text).strip().startswith("noi nhan")), None)
    lines = block[max(0, anchor - _AROUND) : anchor + _AROUND] if anchor is not None else block[-2 * _AROUND :]
    if not lines:
        return None
    start = lines[0].start
    region = text[start : lines[-1].end]
    found = None
    for match in _BLOCK.finditer(region):
        words = match.group("name").split()
        if _HONORIFIC.search(match.group()[: match.start("name") - match.start()]):
            continue
        line_start = region.rfind("\n", 0, match.start()) + 1
        if (
            match.group("mode") is None
            and match.group("slashed") is None
            and not match.group("title").isupper()
            and not _BLOCK_AFTER.search(region[line_start : match.start()])
        ):
            continue
        if match.group("capitals") and not _runs_into_capitals(match, region[line_start : match.start()]):
            continue
        if words[0] in FAMILY_NAMES and not fold(match.group("name")).startswith("noi nhan"):
            found = match
    if found is None:
        return None
    modes = list(_MODE_WORD.finditer(region, found.start(), found.start("name")))
    mode = _mode_of(modes[-1]) if modes else None
    after_mode = modes[-1].end() if modes else found.start()
    titles = signing_titles(region, after_mode, found.start("name"))
    own = titles[1:] if len(titles) > 1 and modes else titles  # "KT. THỦ TƯỚNG / Phó Thủ tướng": the signer's own
    name_start = start + found.start("name")
    return Signer(
        name=found.group("name"),
        title=canonical(office_of(readable_case(own[-1].group() if own else found.group("title")))),
        mode=mode,
        span=Span(
            page=text.count("\f", 0, name_start) + 1, start=name_start, end=name_start + len(found.group("name"))
        ),
    )


def _mode_of(match: re.Match[str]) -> str:
    """The signing mode a `_MODE_WORD` match names, as the schema writes it ("K/T", "KT/" → "KT.")."""
    return (match.group("mode") or match.group("slashed")).replace("/", "") + "."


def _runs_into_capitals(match: re.Match[str], before: str) -> bool:
    """Whether a block whose name runs into capitals (an attachment's title a copy ran on) is a signature: after
    "(đã ký)" ("BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi BAN CHẤP HÀNH …"), or with its title in capitals after the
    "Nơi nhận" list on the same line ("Nơi nhận: - Như điều 3; - Lưu VT GIÁM ĐỐC Nguyễn Văn A QUY CHẾ …": a whole
    decision flattened onto one line). `before`: the line up to the block. Else a name in running text."""
    return bool(match.group("signed")) or (match.group("title").isupper() and _LIST_BEFORE.search(before) is not None)


_LIST_ITEM_END = re.compile(r"^[ \t]*[-–+•][^;\n]*;[ \t]*(?=\S)")
"""A "Nơi nhận" item that ends with its ";" and has more on its line: a copy that flattened the two columns of the
page's foot line by line puts the signature block's piece there ("– Phòng, ban Sở; Lê Hồng Sơn")."""
_LIST_HEAD = re.compile(r"^[ \t]*(?i:nơi nhận)[ \t]*:[ \t]*(?=\S)")


def column_signer(block: list[Line], text: str) -> Signer | None:
    """The signature block of a foot whose two columns a copy ran together line by line: "Nơi nhận : GIÁM ĐỐC" /
    "– Như trên;" / "– BGĐ Sở; (đã ký)" / "– Phòng, ban Sở; Lê Hồng Sơn". The block's pieces are what follows the
    label and each item's ";"; they are read as a block only whole: a title in capitals first (a mode maybe
    before it), "(đã ký)" maybe, then a name that opens with a family name and ends its piece."""
    anchor = next((k for k, line in enumerate(block) if _LIST_HEAD.match(line.text)), None)
    if anchor is None:
        return None
    head = _LIST_HEAD.match(block[anchor].text)
    assert head is not None
    pieces = [(block[anchor].start + head.end(), block[anchor].text[head.end() :])]
    for line in block[anchor + 1 : anchor + _AROUND]:
        if (item := _LIST_ITEM_END.match(line.text)) is not None:
            pieces.append((line.start + item.end(), line.text[item.end() :]))
    title = squash(pieces[0][1]).strip(" ,.")
    mode = _MODE_WORD.match(title)
    if not title.isupper() or not SIGNING_TITLE_RE.fullmatch(title[mode.end() :].strip() if mode else title):
        return None
    rest = [(start, piece) for start, piece in pieces[1:] if not _SIGNED.match(piece)]
    named = _NAME_LINE.match(rest[0][1]) if rest else None
    if named is None or named.group("name").split()[0] not in FAMILY_NAMES:
        return None
    start = rest[0][0] + named.start("name")
    own = list(SIGNING_TITLE_RE.finditer(title))[-1].group()
    return Signer(
        name=named.group("name"),
        title=canonical(office_of(readable_case(own))),
        mode=_mode_of(mode) if mode else None,
        span=Span(page=text.count("\f", 0, start) + 1, start=start, end=start + len(named.group("name"))),
    )


_SIGNED = re.compile(r"^[ \t]*\((?i:đã ký|đã kí)\)[ \t]*$")
_NAME_LINE = re.compile(rf"^[ \t]*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})[ \t]*$")
_NAME_SIGNED_LINE = re.compile(
    rf"^[ \t|]*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})[ \t]*\((?i:đã ký|đã kí)\)[ \t|]*$"
)
"""A name and "(Đã ký)" on one line, maybe in a table's cell marks ("| Hồ Chí Minh (Đã ký)"): the same signature."""
_CELL_MARKS = re.compile(r"^[ \t|]*$")
"""A line of a table's cell marks alone ("|"), no text of the document."""
_TITLE_REACH = 3
"""How many lines above a signed name are looked at for a title: a block with one is `plain_signer`'s."""


def signed_name(block: list[Line], text: str) -> Signer | None:
    """A signature that is a name and "(Đã ký)" alone, next to each other (blank lines and cell marks aside) or on
    one line (`_NAME_SIGNED_LINE`) at the end of the text, as a copy prints an old decree or resolution signed
    without a title line ("Trường Chinh / (Đã ký)"): the name, title and mode null. Not when a signing title stands
    just above (a block whose title was not read: no name is taken without it); see `_signed_name_shape` for the
    name."""
    filled = _before_appendix([line for line in block if line.stripped and not _CELL_MARKS.match(line.text)])
    if filled and (one := _NAME_SIGNED_LINE.match(filled[-1].text)) and _signed_name_shape(one["name"]):
        if any(_is_title_line(line.text) for line in filled[-1 - _TITLE_REACH : -1]):
            return None
        start = filled[-1].start + one.start("name")
        end = start + len(one["name"])
        return Signer(name=one["name"], span=Span(page=text.count("\f", 0, start) + 1, start=start, end=end))
    if len(filled) < 2 or not any(_SIGNED.match(line.text) for line in filled[-2:]):
        return None
    name_line = next((line for line in filled[-2:] if _NAME_LINE.match(line.text)), None)
    named = _NAME_LINE.match(name_line.text) if name_line is not None else None
    if name_line is None or named is None or not _signed_name_shape(named.group("name")):
        return None
    if any(_is_title_line(line.text) for line in filled[-2 - _TITLE_REACH : -2]):
        return None
    start = name_line.start + named.start("name")
    end = start + len(named.group("name"))
    return Signer(name=named.group("name"), span=Span(page=text.count("\f", 0, start) + 1, start=start, end=end))


def closing_signer(block: list[Line], text: str) -> Signer | None:
    """The signature that ends a copy without a header ("HIỆU TRƯỞNG" / "(Đã ký)" / "Nguyễn Thị B", a school's
    notice put on its portal): the text's last line a name opening with a family name, above it "(Đã ký)" maybe and
    the block's title lines in capitals, each a mode or a signing title alone (`_is_title_line`). A news item ends
    with no such block (its by-line is a name alone); read as `plain_signer` reads a block."""
    filled = [line for line in block if line.stripped and not _CELL_MARKS.match(line.text)]
    named = _NAME_LINE.match(filled[-1].text) if filled else None
    if named is None or named.group("name").split()[0] not in FAMILY_NAMES:
        return None
    above = filled[-2:-1] if len(filled) > 1 and _SIGNED.match(filled[-2].text) else []
    titles = list(filled[-2 - len(above) - _TITLE_REACH + 1 : -1 - len(above)])
    while titles and not (is_upper_line(titles[0].text) and _is_title_line(titles[0].text)):
        titles.pop(0)
    if not titles or not all(is_upper_line(line.text) and _is_title_line(line.text) for line in titles):
        return None
    return plain_signer([*titles, *above, filled[-1]], text)


_APPENDIX_LINE = re.compile(r"^[ \t]*\((?:ban hành )?kèm theo\b", re.IGNORECASE)
"""An appendix's line under its title: "(Ban hành kèm theo Nghị định số …)"."""


def _before_appendix(filled: list[Line]) -> list[Line]:
    """The lines of the decree itself, when an appendix follows its signature: its title in capitals, then "(Ban
    hành kèm theo …)" ("QUY CHẾ / VỀ … / (Ban hành kèm theo Quyết định số …)"); all the lines when none does."""
    for k, line in enumerate(filled):
        if _APPENDIX_LINE.match(line.text):
            start = k
            while start > 0 and is_upper_line(filled[start - 1].text):
                start -= 1
            return filled[:start] if start < k else filled
    return filled


_NOT_A_NAME = ("ban ", "bo ", "so ", "uy ban", "hoi dong", "van phong", "nha ", "viet nam")
"""Capitals under a title that open a body's name, not a person's ("BAN TỔ CHỨC", "BỘ NGOẠI GIAO")."""


_CAPS_NAME_LINE = re.compile(rf"^[ \t]*(?P<name>[{UPPER}]+(?: [{UPPER}]+){{1,3}})[ \t]*$")


def titled_name(block: list[Line], text: str) -> Signer | None:
    """A signature that is a title alone and a name in capitals under it, the text's last two lines (an appendix
    aside), as a copy prints an old resolution under its body's name ("Chủ tịch / TRƯỜNG CHINH"): the block
    reader wants a family name first and the title in capitals; here the title's line says it is a signature, so a
    leader's pen name is taken too (`_signed_name_shape`). Mode null."""
    filled = _before_appendix([line for line in block if line.stripped])
    if len(filled) < 2 or not SIGNING_TITLE_RE.fullmatch(squash(filled[-2].text).strip(" ,.")):
        return None
    named = _CAPS_NAME_LINE.match(filled[-1].text)
    if named is None:
        return None
    name = " ".join(word.capitalize() for word in named.group("name").split())
    if not _signed_name_shape(name) or SIGNING_TITLE_RE.search(name) or fold(name).startswith(_NOT_A_NAME):
        return None
    start = filled[-1].start + named.start("name")
    return Signer(
        name=name,
        title=office_of(readable_case(squash(filled[-2].text).strip(" ,."))),
        span=Span(page=text.count("\f", 0, start) + 1, start=start, end=start + len(name)),
    )


def _is_title_line(text: str) -> bool:
    """A line of a signature block's titles: a mode ("KT. BỘ TRƯỞNG") or a signing title alone ("PHÓ THỦ TƯỚNG")."""
    line = squash(text)
    return bool(_MODE_WORD.match(line) or SIGNING_TITLE_RE.fullmatch(line.strip(" ,.")))


def _signed_name_shape(name: str) -> bool:
    """A name beside "(Đã ký)": a family name first, or (a leader's pen name: "Trường Chinh", "Tố Hữu") two or three
    Vietnamese syllables; neither holds a title's word ("Chủ Tịch" in title case is the title, not a name)."""
    words = name.split()
    if SIGNING_TITLE_RE.search(name) is not None:
        return False
    return words[0] in FAMILY_NAMES or (len(words) <= 3 and not shape_doubts(name))
