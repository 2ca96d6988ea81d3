"""The title lexicon (chức danh): one list of the offices people are named with, read by every extractor that
needs titles — people in running text (`people`), the signature block (`signature`, `signer_text`, OCR's
`ocr_titles`) and delegation lists (`members`). The words live in `data/titles.json`; this module only
loads them and offers the lookups the readers share.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from extractors.alternation import alternation
from extractors.vntext import LOWER, UPPER, fold, squash

_DATA = json.loads((Path(__file__).parent / "data" / "titles.json").read_text(encoding="utf-8"))

ABBREVIATED_TITLES: dict[str, str] = _DATA["abbreviations"]
"""Titles written short in lists and news ("Nguyễn Quốc Khanh- PCT UBND huyện"), with their full form."""
LIST_ABBREVIATIONS: dict[str, str] = _DATA["list_abbreviations"]
"""Titles written short only in a distribution list's items ("- TTr. Nguyễn Vinh Hiển (để b/c)", "- TT Đặng Thị Bích
Liên;"), with their full form: elsewhere the letters are other words' ("TTr": a Tờ trình's symbol, "TT": a Trung tâm),
so no running-text title holds them."""
STATE_OFFICES: tuple[str, ...] = (
    *_DATA["state_offices"],
    *(f"{prefix} {office}" for prefix in _DATA["compound_prefixes"] for office in _DATA["state_offices"]),
)
"""Offices of state and diplomacy, Vietnamese or foreign ("Thủ tướng Lào ...", "Tỉnh trưởng tỉnh ..."), and
the compound titles made of them ("Trợ lý Tổng Bí thư")."""
OFFICES: tuple[str, ...] = tuple(_DATA["offices"])
"""Posts in Vietnamese bodies."""
TITLES: tuple[str, ...] = (*OFFICES, *STATE_OFFICES, *ABBREVIATED_TITLES)
"""Every title a person is named with in running text."""
HIGH_OFFICES: frozenset[str] = frozenset({*STATE_OFFICES, *_DATA["also_high"]})
"""Titles a foreign office holder is named after ("Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane")."""
SIGNING_TITLES: tuple[str, ...] = tuple(_DATA["signing"])
"""The titles a local body's signature block carries under its mode line ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""
CENTRAL_SIGNING_TITLES: tuple[str, ...] = tuple(_DATA["signing_central"])
"""The titles of the central government's signature blocks ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG"); left out of OCR's
fuzzy matching, where "THỨ TRƯỞNG" and "THỦ TRƯỞNG" are the same letters."""
DELEGATION_ROLES: tuple[str, ...] = tuple(_DATA["delegation_roles"])
"""A member's role in a delegation ("Trưởng đoàn"), read apart from the post the member holds."""
STAFF_ROLES: tuple[str, ...] = tuple(_DATA["staff"])
"""Posts and trades a delegation list names its members by that no running text names an office holder with
("Lái xe", "Phiên dịch", "Phóng viên")."""


_DASH_WORDS = {"-", "–"}
"""A dash between two offices that make one ("Phó Chủ tịch – Tổng Thư ký"), printed either way."""


def _dash_alike(title: str) -> str:
    """A title's words with a dash between them written one way ("–")."""
    return " ".join("–" if word in _DASH_WORDS else word for word in title.split())


def pattern(titles: tuple[str, ...] | list[str] | set[str], space: str = r"\s+") -> str:
    """A regex alternation of `titles`, longest first, words apart by `space` (any space by default), a comma
    inside optional. Ties are broken by the text so the pattern does not depend on a set's hash order."""
    spelled = (
        space.join("[-–]" if word in _DASH_WORDS else re.escape(word) for word in title.replace(",", " ,").split())
        for title in titles
    )
    comma = f"{space},{space}"
    spelled_with_commas = (p.replace(comma, f"(?:,{space}|{space})") for p in spelled)
    return alternation(sorted(spelled_with_commas, key=lambda p: (-len(p), p)))


def title_key(title: str) -> str:
    """A title's letters for lookup: folded, a comma inside it left out ("Bộ trưởng Chủ nhiệm"), a dash between
    words written one way."""
    return _dash_alike(fold(title).replace(",", " "))


TITLE_BY_FOLD: dict[str, str] = {}
"""A title as printed in another case or without its marks ("Bộ Trưởng", "PHÓ THỦ TƯỚNG") → the running-text form;
of two titles with the same letters ("Trưởng ban", "Trưởng bản": a village's head) the one listed first, the
common one."""
for _title in TITLES:
    TITLE_BY_FOLD.setdefault(title_key(_title), ABBREVIATED_TITLES.get(_title, _title))


def _marks_key(title: str) -> str:
    """A title's letters with their marks, lower-case, a comma inside it left out."""
    return _dash_alike(title.replace(",", " ").lower())


_TITLE_BY_MARKS = {_marks_key(title): ABBREVIATED_TITLES.get(title, title) for title in TITLES}
"""A title as printed with its marks, in any case: tells apart the titles `TITLE_BY_FOLD` folds together."""


def _by_marks(printed: str) -> str | None:
    """The lexicon's title spelled with these letters and marks, or None."""
    return _TITLE_BY_MARKS.get(_marks_key(printed))


def _by_fold(printed: str) -> str | None:
    """The lexicon's title spelled with these letters, whatever the marks (the common one of a pair), or None."""
    return TITLE_BY_FOLD.get(title_key(printed))


_NO_DEPUTY = frozenset(_DATA["no_deputy"])
_DEPUTY = "|".join([*_DATA["deputy_prefixes"], "phó"])
"""Capitalised but "phó": "quyền" in lower case is a word of its own ("thẩm quyền Chủ tịch UBND")."""
_FORMER = "|".join(word for former in _DATA["former"] for word in (former, former.capitalize()))
_FORMER_START = (
    "".join(f"(?<!{re.escape(word)} )" for word in _DATA["former_not_after"])
    + rf"(?:(?-i:{'|'.join(_DATA['former'])})|(?<![^\W\d_] )(?-i:{'|'.join(w.capitalize() for w in _DATA['former'])}))"
)
"""A former holder's word: in lower case, not where it ends a noun ("tài nguyên", "cao nguyên"); capitalised
only where no word goes before it ("Tây Nguyên", "Thái Nguyên" and names end in "Nguyên")."""
_FORMER_WORD = re.compile(rf"^(?:{_FORMER}) +")


_ACTING = re.compile(r"Quyền +(?=\S)")


def without_acting(title: str) -> str:
    """`title` without an acting holder's word before the office ("Quyền Bí thư Tỉnh ủy" → "Bí thư Tỉnh ủy"): no
    part of the title, as the labels leave out "Q." and "THNV" (samples/real/texts/README.md, blind21, blind33)."""
    return _ACTING.sub("", title, count=1)


def without_former(title: str) -> str:
    """`title` without a former holder's word before it ("nguyên Chủ tịch" → "Chủ tịch")."""
    return _FORMER_WORD.sub("", title)


_QUALIFIER_SHORT: dict[str, str] = _DATA["qualifier_abbreviations"]
_QUALIFIER = pattern(_DATA["qualifiers"], " ")
QUALIFIERS: tuple[str, ...] = tuple(_DATA["qualifiers"])
"""Words after an office that make one office with it ("Bí thư Thường trực", "Bí thư thứ ba")."""
_QUALIFIER_IN_TEXT = (
    rf"{_QUALIFIER}|(?-i:{'|'.join(map(re.escape, _QUALIFIER_SHORT))})"
    r"(?= (?-i:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|UBND|HĐND|Ủy ban|Hội đồng))"
)
"""A qualifier, or its short form where a party committee or a council follows ("Phó Bí thư TT Tỉnh ủy"):
elsewhere "TT" is a Trung tâm ("Giám đốc TT Y tế")."""
_HEADS = {t for t in TITLES if t not in _NO_DEPUTY and t not in ABBREVIATED_TITLES and not t.startswith("Phó ")}
_SHORT_HEADS = {short for short, full in ABBREVIATED_TITLES.items() if full in _HEADS}
"""An office written short after a deputy's word ("Phó TTg" for Phó Thủ tướng): a deputy of the office it stands for."""
_WORD_END = r"(?![^\W\d_])"
_GLUED_END = rf"(?:{_WORD_END}|(?-i:(?<=[{LOWER}])(?=[{UPPER}])))"
"""A word's end, or a capital a web copy glued to its last small letter ("Phó Thủ tướng Thường trựcChính phủ")."""
_DASHED = [title for title in TITLES if " – " in title]
"""Two offices one holder holds as one ("Phó Chủ tịch – Tổng Thư ký"): tried before a deputy's office, which would
take its first half."""
_QUALIFIED_COMPOUND = (
    rf"(?:{pattern(_DATA['compound_prefixes'], ' ')}) (?:{_QUALIFIER}) (?:{pattern(_DATA['state_offices'], ' ')})"
)
"""A compound title with a qualifier of its prefix between ("Trợ lý thứ nhất Bộ trưởng": Australia's First
Assistant Secretary), read by the grammar rather than listed for every qualifier."""
_ELECTED = r"Đại biểu(?= (?:Quốc hội|HĐND|Hội đồng nhân dân)(?![^\W\d_]))"
"""A member of an elected body ("Đại biểu Quốc hội", "đại biểu HĐND thành phố"): an office before that body only;
"Đại biểu" alone is a delegate, a delegation list's word (`STAFF_ROLES`)."""
_GLUED_TO_DEPUTY = r"(?=(?-i:[A-ZĐ]))"
"""A head's office glued to the deputy's word by a copy that lost the space ("PhóThủ tướng Thường trực"): read as
spaced (`canonical` puts the space back)."""
_GLUED_DEPUTY = re.compile(rf"^(?:(?:{_FORMER}) )?(?:{_DEPUTY}){_GLUED_TO_DEPUTY}")
TITLE_PATTERN = (  # one space between words, as running text prints them; a deputy's office is the longer match
    rf"(?:{_FORMER_START} )?"
    rf"(?:{pattern(_DASHED, ' ')}|(?-i:{_DEPUTY})(?: |{_GLUED_TO_DEPUTY})"
    rf"(?:{pattern(_HEADS, ' ')}|(?-i:{pattern(_SHORT_HEADS, ' ')}))"
    rf"|{_QUALIFIED_COMPOUND}|{pattern(TITLES, ' ')}|{_ELECTED})"
    rf"(?: (?:{_QUALIFIER_IN_TEXT}){_GLUED_END})?"
    rf"(?! (?-i:quán){_WORD_END})"  # "Đại sứ quán", "Tổng Lãnh sự quán": a mission, not its head
)
"""The grammar of a title (chức danh): [former] [deputy] office [qualifier] — "nguyên Thứ trưởng", "Phó Đại sứ",
"Quyền Giám đốc", "Bí thư thứ ba", "Phó Chủ tịch Thường trực", "Tổng Thư ký Thường trực", "Trợ lý thứ nhất Bộ
trưởng" — so a new combination of known words is a title without being listed. Written for case-insensitive
use; the former and deputy words keep their case (see `_FORMER_START`, `_DEPUTY`), the offices' words do not."""
_TITLE_PARTS = re.compile(
    rf"(?:(?P<former>{_FORMER}) )?(?P<office>.*?)"
    rf"(?: (?P<qualifier>(?i:{_QUALIFIER})|(?-i:{'|'.join(map(re.escape, _QUALIFIER_SHORT))})))?"
)
_DEPUTY_FOLDS = {fold(word) for word in _DATA["deputy_prefixes"]}
_QUALIFIER_BY_FOLD = {fold(word): word for word in _DATA["qualifiers"]} | {
    fold(short): full for short, full in _QUALIFIER_SHORT.items()
}


@lru_cache(maxsize=4096)
def canonical(printed: str) -> str:
    """A title as printed, in its running-text form: the office as the lexicon writes it ("PTTg" → "Phó Thủ
    tướng", "Phó chủ tịch" → "Phó Chủ tịch"), a deputy's office and a qualifier likewise ("Phó Thủ tướng
    Thường trực"), the former word as printed ("nguyên Thứ trưởng"). A title the grammar does not read is
    returned as printed. Kept per spelling: the people, signer and unit readers ask for the same few titles many
    times a document (≈ 85% of the calls on the real texts repeat one)."""
    printed = squash(printed)
    if glued := _GLUED_DEPUTY.match(printed):
        printed = f"{glued.group()} {printed[glued.end() :]}"
    parts = _TITLE_PARTS.fullmatch(printed)
    office = _office(parts.group("office")) if parts else None
    if parts is None or office is None:
        return printed
    qualifier = parts.group("qualifier") and _QUALIFIER_BY_FOLD[fold(parts.group("qualifier"))]
    if "–" in office and "–" not in printed:
        office = office.replace("–", "-")  # "Phó Chủ tịch - Tổng thư ký": the dash as printed
    return " ".join(part for part in (parts.group("former"), office, qualifier) if part)


def _office(printed: str) -> str | None:
    """An office of the lexicon, or a deputy of one ("Phó Đại sứ"), in the lexicon's form; None otherwise. Read by
    the marks first, so "Phó Trưởng bản" stays a village's deputy head, then by the letters alone."""
    deputy, _, head = printed.partition(" ")
    for lookup in (_by_marks, _by_fold):
        if (known := lookup(printed)) is not None:
            return known
        if fold(deputy) in _DEPUTY_FOLDS and (base := lookup(head)) in _HEADS:
            return f"{deputy.capitalize()} {base}"
    return None


def is_deputy_word(word: str) -> bool:
    """Whether `word` is a deputy's word that goes before an office ("Phó", "Quyền"), in any case."""
    return fold(word) in _DEPUTY_FOLDS


def high_office(printed: str) -> bool:
    """Whether a title is a high office a foreign name may follow (`HIGH_OFFICES`): the title, or its office
    without the former, deputy and qualifier words ("Phó Đại sứ", "nguyên Tổng thống", "Đại sứ đặc mệnh
    toàn quyền")."""
    title = canonical(printed)
    parts = _TITLE_PARTS.fullmatch(title)
    office = parts.group("office") if parts else title
    deputy, _, head = office.partition(" ")
    return title in HIGH_OFFICES or office in HIGH_OFFICES or (fold(deputy) in _DEPUTY_FOLDS and head in HIGH_OFFICES)


_TITLE_RE = re.compile(TITLE_PATTERN, re.IGNORECASE)
"""`TITLE_PATTERN` compiled once: passed to `re` as a string, it was compiled anew whenever the module's cache had
dropped it (on real texts, most calls)."""


def is_title(printed: str) -> bool:
    """Whether `printed` is one title by the grammar (`TITLE_PATTERN`)."""
    return _TITLE_RE.fullmatch(squash(printed)) is not None


def cut_title(printed: str) -> bool:
    """Whether `printed` is a title cut short by the copy ("PHÓ GIÁM" of "PHÓ GIÁM ĐỐC", "PHÓ CHỦ" of "Phó Chủ
    tịch"): no title itself, the first words of one (a deputy's form of any title included)."""
    if not printed.strip() or is_title(printed):
        return False
    key = title_key(printed)
    return any(known.startswith(f"{key} ") or f"pho {known}".startswith(f"{key} ") for known in TITLE_BY_FOLD)


_BODY_AFTER_TITLE = re.compile(
    r"(?:van phong|vp|bo|so|uy ban|ubnd|hdnd|hoi dong|chinh phu|ban|cuc|tong cuc|vien|tinh|thanh pho|huyen|"
    r"quan|thi xa|xa|phuong|dang uy|tinh uy|thanh uy|huyen uy|truong|trung tam|cong ty|vu|chi cuc|benh vien|"
    r"hoc vien|dai hoc|tap doan|tong cong ty|ngan hang|kho bac|cong an|toa an|bo chi huy|bo tu lenh|hoi|quoc hoi|"
    r"phu thu tuong|viet nam)\b"
)
"""The first word of a body's name: what follows an office in "CHỦ NHIỆM VP CHÍNH PHỦ", "GIÁM ĐỐC SỞ", "VỤ TRƯỞNG
VỤ HỢP TÁC QUỐC TẾ", "GIÁM ĐỐC BỆNH VIỆN", "CHỦ TỊCH QUỐC HỘI", "BỘ TRƯỞNG PHỦ THỦ TƯỚNG" (the old Prime Minister's
Office), or the state's name after a head of state ("Chủ tịch nước Việt Nam Dân chủ Cộng hoà")."""
_BY_LENGTH = sorted(TITLE_BY_FOLD, key=len, reverse=True)


def office_of(title: str) -> str:
    """The office a signature title names, without the body it heads: "Bộ trưởng, Chủ nhiệm VP Chính phủ" →
    "Bộ trưởng, Chủ nhiệm", "Chủ nhiệm Văn phòng Chính phủ" → "Chủ nhiệm" — the office is the person's title,
    the body is the issuer's. A title that is no known office followed by a body's name is returned as it is
    ("Phó Trưởng ban phụ trách" keeps its words). A double office printed without its comma ("BỘ TRƯỞNG CHỦ
    NHIỆM") is written as the lexicon writes it ("Bộ trưởng, Chủ nhiệm")."""
    key = title_key(title)
    for known in _BY_LENGTH:
        if key.startswith(known + " ") and _BODY_AFTER_TITLE.match(key, len(known) + 1):
            words = len(known.split())
            kept = squash(title.replace(",", ", ")).split(" ")
            count, taken = 0, []
            for word in kept:
                if count == words:
                    break
                taken.append(word)
                count += len(word.replace(",", " ").split())
            return _with_comma(" ".join(taken).rstrip(","))
    return _with_comma(title)


def _with_comma(office: str) -> str:
    """The lexicon's spelling of a double office whose comma a copy left out; any other office as it is."""
    known = TITLE_BY_FOLD.get(title_key(office))
    return known if known is not None and "," in known and "," not in office else office
