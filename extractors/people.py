"""People named in a document, with title and unit: "đồng chí Nguyễn Văn A, Phó Giám đốc Sở Ngoại vụ",
"Thượng tá Nguyễn Văn Nam", "ông (bà) Lê Thị B", "Ông Trần Văn B – Trưởng phòng ...", table rows
("1 | Nguyễn Văn A | Phó Giám đốc Sở Ngoại vụ"), and the signer.

A name is 2-5 capitalised syllables after an honorific or rank, or starting with a common family name and
followed by a title. underthesea's CRF NER is one more signal: on a line that names a title but where the
patterns found nobody, a PER entity it reports there is taken (switch it off with `nlp.enabled`).
"""

from __future__ import annotations

import re

from extractors import nlp
from extractors.vntext import fold, squash
from schemas.document import Document, Person, Span

HONORIFICS = r"(?:[ôÔ]ng \(bà\)|[ôÔ]ng/bà|đồng chí|Đồng chí|đ/c|Đ/c|[ôÔ]ng|[bB]à)"
RANKS = (
    r"(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|"
    r"Trung úy|Thiếu úy|PGS\.\s?TS\.|GS\.\s?TS\.|TS\.|ThS\.)"
)
_FAMILY_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương "
    "Lâm Phùng Mai Tô Hà Tạ Lương Đinh Cao Văn Thái Lưu Quách Kiều Triệu Chu Hứa La Tăng Nông Lò Lục Mạc "
    "Thân Bế Tống Đồng Âu Khổng Lã Giáp Hầu Nghiêm Vi Ninh Đàm Lại Lăng Thạch Doãn Khúc Mã Ma Sầm"
)
FAMILY_NAMES = frozenset(_FAMILY_TEXT.split())
TITLES = (
    "Chủ tịch",
    "Phó Chủ tịch",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Bí thư",
    "Phó Bí thư",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Chuyên viên chính",
    "Chuyên viên",
    "Cán bộ",
    "Thư ký",
    "Ủy viên",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Vụ trưởng",
    "Hiệu trưởng",
    "Viện trưởng",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Trưởng đoàn",
    "Kế toán",
    "Nhân viên",
    "Đội trưởng",
    "Chánh Thanh tra",
    "Phó Chánh Thanh tra",
    "Thanh tra viên",
    "Trưởng Công an",
    "Chỉ huy trưởng",
    "Giảng viên",
    "Bác sĩ",
    "Trưởng khoa",
)
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_SYLLABLE = rf"[{_UPPER}][^\W\d_A-Z]*"
_NOT_NAME = {"Phó", "Giám", "Trưởng", "Chủ", "Chánh", "Chuyên", "Sở", "Ban", "Bí", "Ủy", "Cán", "UBND"}
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_NAME = rf"{_SYLLABLE}(?: +{_SYLLABLE}){{1,4}}"
_HONORIFIC_RE = re.compile(rf"(?<![^\W\d_])(?P<hon>{HONORIFICS}|{RANKS}) +(?P<name>{_NAME})")
_FAMILY_RE = re.compile(
    rf"(?<![^\W\d_])(?P<name>(?:{'|'.join(sorted(FAMILY_NAMES))})(?: +{_SYLLABLE}){{1,3}})"
    rf"(?=[ \t]*(?:,|–|-|\(|\||\t)[ \t]*(?i:{_TITLE_ALT})| +(?:{_TITLE_ALT})(?![^\W\d_]))"
)
_TITLE_AFTER_RE = re.compile(
    rf"^[ \t]*(?:,|–|-|\(|\|)?[ \t]*(?P<title>(?i:{_TITLE_ALT}))(?![^\W\d_])(?P<rest>[^\n\t;,.()|]*)"
)
_TITLE_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?P<title>{_TITLE_ALT})(?P<tail>[^\n,.;:()]{{3,120}})")
_RUN_RE = re.compile(rf"{_SYLLABLE}(?: +{_SYLLABLE})+(?= +[^\W\d_A-ZĐ]|[ \t]*[,.;:()\n]|[ \t]*$)")
_UNIT_STOP = re.compile(
    r"\s(?:đi|làm|tham gia|từ ngày|và|là|được|về|tại|có|đã|giữ|theo|sang|trong|kiêm|Trưởng đoàn|Phó đoàn)(?:\s|$)"
)
_NER_CUE_RE = re.compile(rf"(?<![^\W\d_])(?:{HONORIFICS}|{RANKS}) +(?=[{_UPPER}])")


def _trim_name(name: str) -> str:
    words = name.split()
    for i, word in enumerate(words):
        if word in _NOT_NAME:
            words = words[:i]
            break
    return " ".join(words)


def _title_unit(text: str, end: int) -> tuple[str | None, str | None]:
    match = _TITLE_AFTER_RE.match(text[end : end + 160])
    if not match:
        return None, None
    rest = match.group("rest")
    stop = _UNIT_STOP.search(rest + " ")
    unit = squash(rest[: stop.start()] if stop else rest)
    return match.group("title"), unit or None


def find_people(text: str) -> list[Person]:
    """Every person named in `text` once (first mention), with title, unit and honorific when written."""
    found: list[tuple[int, Person]] = []
    taken: list[tuple[int, int]] = []
    for match in _HONORIFIC_RE.finditer(text):
        name = _trim_name(match.group("name"))
        if len(name.split()) < 2:
            continue
        end = match.start("name") + len(name)
        title, unit = _title_unit(text, end)
        honorific = match.group("hon")
        found.append((match.start("name"), _person(name, title, unit, honorific, match.start("name"), end, text)))
        taken.append((match.start("name"), end))
    for match in _FAMILY_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        name = _trim_name(match.group("name"))
        if len(name.split()) < 2:
            continue
        end = match.start("name") + len(name)
        title, unit = _title_unit(text, end)
        found.append((match.start(), _person(name, title, unit, None, match.start(), end, text)))
        taken.append((match.start(), end))
    for start, person in _title_first(text):
        if not any(s <= start < e for s, e in taken):
            found.append((start, person))
            taken.append((start, start + len(person.name)))
    if nlp.enabled["underthesea"]:
        found.extend(_ner_people(text, taken))
    return _unique([p for _, p in sorted(found, key=lambda item: item[0])])


def _title_first(text: str) -> list[tuple[int, Person]]:
    """ "Phó Chủ tịch UBND tỉnh X Nguyễn Văn A ký": a title, its unit, then a three-to-five syllable name
    that starts with a family name and ends before a lower-case word (the last such run after the title)."""
    result: list[tuple[int, Person]] = []
    for match in _TITLE_BEFORE_RE.finditer(text):
        tail = match.group("tail")
        runs = list(_RUN_RE.finditer(tail))
        if not runs:
            continue
        run = runs[-1]
        words = run.group().split(" ")
        split = next((i for i in range(len(words) - 3, -1, -1) if words[i] in FAMILY_NAMES), None)
        if split is None or len(words) - split > 5:
            continue
        name = " ".join(words[split:])
        offset = match.start("tail") + run.start() + len(" ".join(words[:split])) + (1 if split else 0)
        unit = squash(text[match.end("title") : offset])
        if re.search(r"(?i)(?:tỉnh|huyện|thành phố|xã|quận)$", unit) and split == 0:
            continue
        result.append(
            (offset, _person(name, match.group("title"), unit or None, None, offset, offset + len(name), text))
        )
    return result


def _person(name: str, title: str | None, unit: str | None, hon: str | None, start: int, end: int, text: str) -> Person:
    honorific = hon.lower() if hon and hon.lower() in ("ông", "bà", "đồng chí", "đ/c", "ông (bà)", "ông/bà") else hon
    return Person(
        name=name,
        title=title,
        unit=unit,
        honorific=honorific,
        span=Span(page=text.count("\f", 0, start) + 1, start=start, end=end),
    )


def _ner_people(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, Person]]:
    """underthesea NER on the words after an honorific the patterns could not read as a name (names with
    an apostrophe such as "H'Hen Niê", unusual letters); only a short window goes to the CRF."""
    result: list[tuple[int, Person]] = []
    for cue in _NER_CUE_RE.finditer(text):
        if any(s <= cue.end() < e for s, e in taken):
            continue
        window = text[cue.start() : cue.end() + 60].split("\n")[0]
        for entity in _entities(window):
            at = window.find(entity)
            name = _trim_name(entity)
            words = name.split()
            if at < 0 or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
                continue
            start = cue.start() + at
            title, unit = _title_unit(text, start + len(entity))
            honorific = cue.group().strip()
            result.append((start, _person(name, title, unit, honorific, start, start + len(name), text)))
            break
    return result


def _entities(line: str) -> list[str]:
    """PER entities in one line, joined from underthesea's B-PER/I-PER tags."""
    names: list[str] = []
    for token in nlp.underthesea_ner()(line):
        word, tag = token[0], token[-1]
        if tag == "B-PER":
            names.append(word)
        elif tag == "I-PER" and names:
            names[-1] = f"{names[-1]} {word}"
    return names


def _unique(people: list[Person]) -> list[Person]:
    """One entry per name; a later mention fills a title or unit the first one lacked."""
    by_name: dict[str, int] = {}
    result: list[Person] = []
    for person in people:
        key = fold(person.name)
        if key not in by_name:
            by_name[key] = len(result)
            result.append(person)
            continue
        kept = result[by_name[key]]
        result[by_name[key]] = kept.model_copy(
            update={"title": kept.title or person.title, "unit": kept.unit or person.unit}
        )
    return result


def extract_people(document: Document) -> Document:
    """Registered field extractor: people in the text, plus the signer (from the header extractor)."""
    people = find_people(document.text)
    signer = document.signer
    if signer is not None and signer.name:
        known = {fold(p.name): i for i, p in enumerate(people)}
        if fold(signer.name) in known:
            i = known[fold(signer.name)]
            people[i] = people[i].model_copy(update={"title": people[i].title or signer.title})
        else:
            people.append(Person(name=signer.name, title=signer.title, span=signer.span))
    return document.model_copy(update={"people": people})
