"""Signature titles and department names OCR garbled, matched back to closed vocabularies with rapidfuzz.

Tesseract misreads the capitals of a signature block: "PHÒÔ TỊCH" for "PHÓ CHỦ TỊCH", "PHÓCHỦTỊCH" with
its spaces lost. A signature title comes from a small closed set, so such a line is compared, letters only
and diacritics folded, with each title of the set; the best is taken when it is close (ratio ≥
`MIN_SCORE`) and clearly closer than the runner-up (`MIN_MARGIN`), else nothing — a wrong title is worse
than none. Callers use it only on OCR text and only where the exact patterns found no title.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from extractors.titles import SIGNING_TITLES
from extractors.vntext import fold, is_syllable, squash

SIGNATURE_TITLES = tuple(title.upper() for title in SIGNING_TITLES)
"""The lexicon's signature titles in capitals, as a block prints them."""
MIN_SCORE = 75.0
SPELLING_SCORE = 90.0
"""From this close, a title found by the exact patterns is given the known title's spelling: OCR's lost
marks and letters ("PHÓ CHỦ TỊC", "CHU TỊCH", "VĂN PHONG"), never a different title."""
MIN_MARGIN = 8.0
_KEYS = {re.sub(r"[^a-z]", "", fold(title)): title for title in SIGNATURE_TITLES}


def _key(line: str) -> str:
    """Letters of the line's real words, folded, spaces dropped; OCR specks (one-letter or digit tokens) out."""
    words = [w for w in line.split() if len(re.sub(r"[^\w]|\d|_", "", w)) > 1]
    return re.sub(r"[^a-z]", "", fold(" ".join(words)))


def match_title(line: str, min_score: float = MIN_SCORE) -> str | None:
    """The signature title (capitals, as printed) an OCR'd heading line most likely is, or None."""
    key = _key(line)
    if len(key) < 4:
        return None
    best = process.extract(key, list(_KEYS), scorer=fuzz.ratio, limit=2)
    if not best or best[0][1] < min_score:
        return None
    if len(best) > 1 and best[0][1] - best[1][1] < MIN_MARGIN:
        return None
    return _KEYS[best[0][0]]


DEPARTMENTS = (
    "Ngoại vụ",
    "Nội vụ",
    "Tài chính",
    "Kế hoạch và Đầu tư",
    "Công Thương",
    "Y tế",
    "Giáo dục và Đào tạo",
    "Văn hóa, Thể thao và Du lịch",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường",
    "Xây dựng",
    "Giao thông vận tải",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội",
    "Tư pháp",
    "Dân tộc và Tôn giáo",
)
"""The departments (sở) of a province, a closed set; "Sở Công Thương" as OCR prints it: "Sở CôngThươg"."""
MIN_UNIT_SCORE = 90.0
_DEPARTMENT_KEYS = {re.sub(r"[^a-z]", "", fold(name)): name for name in DEPARTMENTS}


_SO = re.compile(r"(S[^\W\d_])\s+(.+)$")
_SO_READINGS = frozenset({"so", "su"})
"""What OCR makes of "Sở" (folded): its hook or tone misread ("Sờ", "Sớ", "Sơ"), or its "ơ" read "ư" ("Sử" on a
fax). No unit's name opens with such a word but "Sở"; the department's name after it must still match. In capitals
("SỞ Y TẾ") it is left as printed."""


def repair_unit(unit: str) -> str:
    """ "Sở CôngThươg" → "Sở Công Thương", "Sử Công Ihương" → "Sở Công Thương": a department's name with spaces or
    a letter lost (a fax's "T" read "I", "L" or "1"), after "Sở" or what OCR made of it, matched letters only (ratio
    ≥ `MIN_UNIT_SCORE`, one clear best); any other unit is returned as it is."""
    match = _SO.match(unit)
    if not match or not match.group(1)[1].islower() or fold(match.group(1)) not in _SO_READINGS:
        return unit
    key = re.sub(r"[^a-z]", "", fold(match.group(2)))
    best = process.extract(key, list(_DEPARTMENT_KEYS), scorer=fuzz.ratio, limit=2)
    if not best or best[0][1] < MIN_UNIT_SCORE or (len(best) > 1 and best[0][1] - best[1][1] < MIN_MARGIN):
        return unit
    name = _DEPARTMENT_KEYS[best[0][0]]
    return f"Sở {match.group(2) if squash(match.group(2)).casefold() == name.casefold() else name}"


_MAX_RESPELL = 2
"""Edits at most between a unit's garbled word and the word the document prints in its place elsewhere."""


def respell_unit(unit: str, text: str) -> str:
    """A unit with words OCR garbled into no Vietnamese syllable ("Trường Đại học Cạuảng Nam", a fax's noise over
    one table cell), spelt as the same document prints it elsewhere: where the unit's other words stand in `text`
    around syllables each within `_MAX_RESPELL` edits of a garbled word ("Hiệu trưởng Trường Đại học Quảng Nam tại
    Tờ trình …"), and only one spelling does. Otherwise, or with no garbled word, the unit as read: two members of
    one unit read apart are two units to the checks (the two-key-leaders rule missed a university's)."""
    words = unit.split()
    odd = [i for i, word in enumerate(words) if _garbled(word)]
    if not odd or len(odd) * 2 > len(words):
        return unit
    pattern = r"\s+".join(r"(\S+)" if i in odd else re.escape(word) for i, word in enumerate(words))
    spellings = {
        match.groups()
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)
        if all(
            is_syllable(new) and Levenshtein.distance(new.lower(), words[i].lower()) <= _MAX_RESPELL
            for i, new in zip(odd, match.groups(), strict=True)
        )
    }
    if len(spellings) != 1:
        return unit
    respelt = dict(zip(odd, spellings.pop(), strict=True))
    return " ".join(respelt.get(i, word) for i, word in enumerate(words))


def _garbled(word: str) -> bool:
    """A word of letters only, not in capitals (an acronym: "UBND", "ĐHQNa" has small letters but a capital run),
    that is no Vietnamese syllable."""
    return word.isalpha() and not word[:2].isupper() and not is_syllable(word)
