"""A scope defined by an annex's table of posts: "Chức danh lãnh đạo chủ chốt là các chức danh được liệt kê tại Mục A
Phụ lục ban hành kèm theo Quy chế này. Các chức danh tại Mục B Phụ lục không thuộc chức danh lãnh đạo chủ chốt."

The sentence lists no one: who is in stands in the rows of the annex's section it names (each row a kind of unit
and its posts: "Xã, phường | Bí thư Đảng ủy; Chủ tịch Ủy ban nhân dân"), who is out in the other section's rows.
The rows are read as the prose definition `extractors.scope.find_definitions` reads ("Lãnh đạo chủ chốt gồm: …;
không thuộc diện lãnh đạo chủ chốt: …"), so the posts are matched as every other definition's are; the definition
keeps the dispatch's own sentence and the sections' rows as written.
"""

from __future__ import annotations

import re

from extractors.first_chars import compile_led
from extractors.paragraphs import unwrap_lines
from extractors.scope import find_definitions
from extractors.vntext import fold, squash
from schemas.document import ScopeDefinition, Span

_REFERS = compile_led(
    r"(?P<term>(?:chuc\s+danh\s+|can\s+bo\s+)?lanh\s+dao\s+chu\s+chot|can\s+bo\s+chu\s+chot)\s+la\s+(?:cac\s+|nhung\s+)?"
    r"(?:chuc\s+danh|chuc\s+vu)\s+(?:duoc\s+)?(?:liet\s+ke|neu|quy\s+dinh)?\s*tai\s+muc\s+(?P<section>[a-z])\s+phu\s+luc\b"
)
"""The key leaders defined as the posts of an annex's section, folded ("… là các chức danh được liệt kê tại Mục A Phụ
lục")."""
_OUT_SECTION = re.compile(
    r"(?:cac\s+)?(?:chuc\s+danh|chuc\s+vu)\s+(?:neu\s+)?tai\s+muc\s+(?P<section>[a-z])\s+phu\s+luc\s+khong\s+(?:thuoc|phai)"
)
"""The section whose posts are out, folded ("Các chức danh tại Mục B Phụ lục không thuộc chức danh lãnh đạo chủ
chốt")."""
_ANNEX = re.compile(r"(?m)(?:^|\f)[ \t\f]*phu luc\b")
"""The annex's heading line, folded: on a page of its own, right after the page break ("… Tỉnh ủy.\\fPhụ lục")."""
_SECTION = re.compile(r"(?m)^[ \t]*(?P<letter>[A-ZĐ])[ \t]*\.[ \t]+\S")
_ROW = re.compile(r"^[ \t]*\d{1,2}[ \t]*[.)]?(?:[ \t]*[\t|]|[ \t]+)[ \t]*(?P<cells>\S.*)$")
"""A numbered row of the section's table, its cells after the number (split by tabs or bars; a one-column table's
row may keep a space only: "1 Cấp phó của người đứng đầu …")."""
_CELLS = re.compile(r"[ \t]*[\t|][ \t]*")
_NAMES_UNIT = re.compile(
    r"\b(?:so|ban|nganh|co quan|don vi|dia phuong|xa|phuong|benh vien|truong|cong ty|doanh nghiep|uy ban nhan dan"
    r"|dang uy|tinh|huyen)\b"
)
"""A post that names its unit already after its title's two words ("Giám đốc sở", "Chủ tịch Ủy ban nhân dân"), folded;
"Hiệu trưởng" alone names none ("trưởng" is no "trường" here)."""
_CASE = re.compile(r",?\s*\b(?:kể cả|trừ) trường hợp\b.*$|\s*\(.*$")
"""A post's case and its brackets ("Bí thư đảng ủy, kể cả trường hợp bí thư đảng ủy giữ chức vụ cấp phó … (Phó Giám
đốc, Phó Hiệu trưởng)"): the post is the party secretary whatever else he holds, which is how a title is judged role
by role; the deputies the case names as examples are no posts of their own."""
_REFERS_ROWS = re.compile(r"\bneu\s+tai\s+(?:cac\s+)?dong\b")
"""A unit cell naming other rows ("Các cơ quan, đơn vị nêu tại các dòng 1 đến 5"): the post stands alone."""


def _section_rows(text: str, annex: int, letter: str) -> tuple[list[str], int, int] | None:
    """The posts of an annex section's rows, each joined with its unit cell when it names none ("Trưởng ban" of "Sở,
    ban, ngành tỉnh" → "Trưởng ban các sở, ban, ngành tỉnh"), and the section's span; None without the section."""
    sections = [m for m in _SECTION.finditer(text, annex)]
    found = next((i for i, m in enumerate(sections) if m.group("letter") == letter.upper()), None)
    if found is None:
        return None
    start = sections[found].start()
    end = sections[found + 1].start() if found + 1 < len(sections) else len(text)
    posts: list[str] = []
    for line in text[start:end].splitlines():
        row = _ROW.match(line)
        if row is None:
            continue
        cells = [c for c in _CELLS.split(row.group("cells").strip()) if c]
        unit = cells[0] if len(cells) > 1 else ""
        for post in re.split(r"\s*;\s*", cells[-1]):
            post = _CASE.split(post)[0]
            beyond_title = " ".join(fold(post).split()[2:])
            if not unit or _NAMES_UNIT.search(beyond_title) or _REFERS_ROWS.search(fold(unit)):
                posts.append(post)
            else:
                posts.append(f"{post} các {unit[:1].lower()}{unit[1:]}")
    return posts, start, end


def find_annex_definition(text: str) -> ScopeDefinition | None:
    """The key leaders' definition a text gives by an annex's sections, None when it gives none so: who is in from
    the named section's rows, who is out from the section the text puts out, the sentence and the sections as
    written."""
    folded = fold(text)  # the same length: offsets index both
    refers = _REFERS.search(folded)
    annex = _ANNEX.search(folded, refers.end()) if refers else None
    if refers is None or annex is None:
        return None
    inside = _section_rows(text, annex.start(), refers.group("section"))
    if not inside or not inside[0]:
        return None
    item = unwrap_lines(text)  # the article's item over a scan's wrapped lines ("… Mục A Phụ lục ban" / "hành …")
    sentence_start = item.rfind("\n", 0, refers.start()) + 1
    sentence_end = item.find("\n", refers.end())
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    out = _OUT_SECTION.search(folded, refers.end(), sentence_end)
    outside = _section_rows(text, annex.start(), out.group("section")) if out else None
    prose = f"Lãnh đạo chủ chốt gồm: {'; '.join(inside[0])}."
    if outside and outside[0]:
        prose += f" Không thuộc diện lãnh đạo chủ chốt: {'; '.join(outside[0])}."
    read = next((d for d in find_definitions(prose) if d.includes), None)
    if read is None:
        return None
    sections = [inside, *([outside] if outside else [])]
    return read.model_copy(
        update={
            "term": squash(text[refers.start("term") : refers.end("term")]),
            "sentence": " ".join(
                [squash(text[sentence_start:sentence_end]), *(squash(text[s:e]) for _, s, e in sections)]
            ),
            "span": Span.in_text(text, sentence_start, sentence_end),
        }
    )
