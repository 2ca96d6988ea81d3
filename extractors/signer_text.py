"""The signer of a plain-text copy, where the signature block lost its layout.

Web and portal copies drop the line breaks and capitals the signature-block reader (`signature.find_signer`)
relies on: the title runs into the name ("PHÓ CHỦ NHIỆMNguyễn Quốc Huy", "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH
PHỦĐoàn Mạnh Giao"), the block shares a line with the "Nơi nhận" list, or is written in sentence case
("KT. Chủ tịch / Phó Chủ tịch / Trần Văn B"). `unglue` splits the first kind; `plain_signer` takes the last
title followed by a name in the lines around "Nơi nhận:" (before it when the block comes first, after it
otherwise), which is where the signer stands in every layout.
"""

from __future__ import annotations

import re

from extractors.people import FAMILY_NAMES
from extractors.titles import CENTRAL_SIGNING_TITLES, SIGNING_TITLES, office_of, pattern
from extractors.vntext import Line, fold, readable_case, squash
from schemas.document import Signer, Span

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_LOWER = "a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+"
_GLUED = re.compile(
    rf"^(?P<title>[{_UPPER}][{_UPPER},.\s]*[{_UPPER}])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})\s*$"
)
_SIGNING_TITLES = pattern([*SIGNING_TITLES, *CENTRAL_SIGNING_TITLES])
SIGNING_TITLE_RE = re.compile(rf"(?i:(?:phó\s+)?(?:{_SIGNING_TITLES}))")
"""A signature block's title in any case, from the lexicon; "Phó" goes before any of them."""
_MODE = r"(?:(?P<mode>KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\s*[.:]\s*[^\n]*?\s)?"
_MODE_WORD = re.compile(r"(?<!\w)(?P<mode>KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\s*[.:]")
"""Each mode of a block: "TM. ỦY BAN NHÂN DÂN / KT. Chủ tịch / Phó Chủ tịch" signs KT. (the deputy for the head)."""
_BLOCK = re.compile(
    rf"{_MODE}(?P<title>{SIGNING_TITLE_RE.pattern})(?:\s+[{_UPPER}{_LOWER}., ]{{0,60}}?)??\s*(?:\((?i:đã ký)\)\s*)?"
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})(?=\s*(?:$|\n|[.;,])|\s+(?i:Nơi nhận)\b)"
)
"""A title, then a name that ends its line or a sentence, or runs into the "Nơi nhận" list a copy put on the same
line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Trần Văn B Nơi nhận: - Như Điều 3; …")."""
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
        if words[0] in FAMILY_NAMES and not fold(match.group("name")).startswith("noi nhan"):
            found = match
    if found is None:
        return None
    modes = list(_MODE_WORD.finditer(region, found.start(), found.start("name")))
    mode = modes[-1].group("mode") if modes else None
    after_mode = modes[-1].end() if modes else found.start()
    titles = list(SIGNING_TITLE_RE.finditer(region, after_mode, found.start("name")))
    own = titles[1:] if len(titles) > 1 and modes else titles  # "KT. THỦ TƯỚNG / Phó Thủ tướng": the signer's own
    name_start = start + found.start("name")
    return Signer(
        name=found.group("name"),
        title=office_of(readable_case(own[-1].group() if own else found.group("title"))),
        mode=mode.replace("/", "") + "." if mode else None,
        span=Span(
            page=text.count("\f", 0, name_start) + 1, start=name_start, end=name_start + len(found.group("name"))
        ),
    )
