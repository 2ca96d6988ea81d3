"""The close of a letter, telegram or diplomatic note copied without a header: the writer's name alone on its line,
maybe under (or over) the writer's title, after the letter's own place-and-date line ("Hà Nội, ngày 1 tháng 3 năm
1957" / "Chủ tịch nước Việt Nam Dân chủ Cộng hoà" / "HỒ CHÍ MINH").

Such a text has no number, no signing mode and no title line in capitals, so the signature-block readers
(`signature`, `signer_text`) see no block. What tells a signature from a news item's by-line (also a name alone) is
the letter's form: the place-and-date line right above the block, or a salutation opening the text ("Kính gửi …",
"Gửi Bác sĩ …,", "Thưa Đồng chí …,").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractors.first_chars import compile_led
from extractors.signature import capitals_name, split_name
from extractors.titles import TITLE_PATTERN, canonical, office_of
from extractors.vntext import Line, is_upper_line, readable_case, squash
from schemas.document import Signer, Span

_SALUTATION = re.compile(r"^\s*(?:Kính\s+gửi\b|Điện\s+v[ăǎ]n\s+gửi\s|(?:Gửi|Thưa)\s+[^\n]{3,80}[,:]\s*$)")
"""How a letter opens: "Kính gửi …" (its address on the line or under it), a telegram's title line "Điện văn gửi
Đô đốc …" (the old print's "vǎn" too), or "Gửi …," / "Thưa …," ending with its comma; "Gửi lời chúc mừng …" opening a
news item's sentence is no salutation."""
_SALUTATION_REACH = 4
"""How many of the text's first lines (blank ones aside) may hold the salutation: a title line or two stand above."""
_MARK = re.compile(r"^\s*\([^()\n]{1,20}\)\s*$")
"""A mark between the date and the name saying the original is signed or sealed: "(Đã ký)", "(Ấn ký)", "(Ký tên)"."""
_TITLE_AT_START = compile_led(TITLE_PATTERN, re.IGNORECASE)
_TITLE_REACH = 2
"""How many title lines may stand over the name (an office printed on two lines), and how far under it a note's title
line is looked for ("PHẠM VĂN ĐỒNG" / "Thủ tướng Chính phủ"). The state's name under an office is no title line: an
office written with it on one line ("Chủ tịch nước Việt Nam Dân chủ Cộng hoà") is read whole."""


@dataclass(frozen=True)
class LetterClose:
    """The signer a letter's close names, and its place-and-date line when one stands right above the close."""

    signer: Signer
    dateline: Line | None


def letter_close(block: list[Line], text: str, is_dateline: Callable[[Line], bool]) -> LetterClose | None:
    """The close of a letter in `block` (the text's lines, no header among them): a name alone on its line after the
    body, the title lines over it or, as a note prints them, under it (`_TITLE_REACH`). The last close right under a
    dateline (`is_dateline`) is taken; without one, in a text opening with a salutation, the first close after the
    body's first line. None otherwise: a name alone closing a news item is its by-line."""
    filled = [line for line in block if line.stripped]
    opening = next((k for k, line in enumerate(filled[:_SALUTATION_REACH]) if _SALUTATION.match(line.text)), None)
    dated = saluted = None
    for k in range(2, len(filled)):
        name = _name(filled[k].text)
        found = _close(filled, k, name, text) if name is not None else None
        if found is None:
            continue
        signer, above = found
        if is_dateline(above):
            dated = LetterClose(signer, above)
        elif saluted is None and opening is not None and above.index > filled[opening].index:
            saluted = LetterClose(signer, None)
    return dated or saluted


def _close(filled: list[Line], k: int, name: str, text: str) -> tuple[Signer, Line] | None:
    """The signer whose name stands on `filled[k]`, titles over it (after a mark maybe), else under it, and the line
    right above the close; None when that line is itself a name or a title (a list of people, not a close)."""
    top = k
    while top > 0 and _MARK.match(filled[top - 1].text):
        top -= 1
    titles: list[str] = []
    while top > 0 and len(titles) < _TITLE_REACH and (title := _title(filled[top - 1].text)) is not None:
        titles.insert(0, title)
        top -= 1
    above = filled[top - 1] if top > 0 else None
    while top > 0 and _MARK.match(filled[top - 1].text):  # "Hà-nội, ngày … / (Ấn ký) / PHẠM VĂN ĐỒNG"
        top -= 1
        above = filled[top - 1] if top > 0 else None
    if above is None or _name(above.text) is not None or _title(above.text) is not None:
        return None
    if not titles:
        titles = [title for line in filled[k + 1 : k + 1 + _TITLE_REACH] if (title := _title(line.text))][:1]
    line = filled[k]
    start = line.start + len(line.text) - len(line.text.lstrip())
    span = Span(page=text.count("\f", 0, start) + 1, start=start, end=start + len(line.stripped))
    return Signer(name=name, title=titles[0] if titles else None, span=span), above


def _name(line: str) -> str | None:
    """The personal name a line holds alone, in name case or in capitals (`signature.capitals_name`: "HỒ CHÌ MINH",
    a misprinted given name kept as printed)."""
    words = squash(line.strip())
    _, named = split_name(words)
    return named or capitals_name(words)


def _title(line: str) -> str | None:
    """The office a title line of a close names ("Chủ tịch nước Việt Nam Dân chủ Cộng hoà" → "Chủ tịch nước",
    "Thủ tướng Chính Phủ" → "Thủ tướng"): the line opens with a title and goes on with no sentence (no period, no
    lower-case word but the body's); None otherwise."""
    line = squash(line.strip())
    found = _TITLE_AT_START.match(line)
    if found is None or len(line) > 80 or re.search(r"[.;:!?]", line):
        return None
    rest = line[found.end() :].split()
    if rest and not (rest[0][:1].isupper() or is_upper_line(line) or office_of(line) != line):
        return None  # "Chủ tịch nói …": a sentence, not a title line
    return canonical(office_of(readable_case(found.group()))) or None
