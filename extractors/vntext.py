"""Small text helpers shared by the field extractors.

`fold` is the key trick: it maps every character to one lower-case ASCII-ish character, so a regex written
without diacritics ("ngay", "quyet dinh") finds OCR text that lost or garbled them ("ngay", "Quyét định"),
and every offset found in the folded text is also an offset into the original (spans stay exact).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from extractors.first_chars import compile_led
from extractors.normalize import TONE_MARKS

UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
"""The Vietnamese capitals, as the inside of a regex character class."""
LOWER = "a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
"""The Vietnamese small letters, as the inside of a regex character class."""

_FOLD_EXTRA = {"đ": "d", "Đ": "d", "Ð": "d", "ð": "d", "\u00a0": " ", "\t": " "}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _FOLD_EXTRA:
        return _FOLD_EXTRA[char]
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


@cache
def _fold_table() -> dict[int, str]:
    """`_fold_char` for every character of the Basic Multilingual Plane that it changes, for str.translate."""
    table = {}
    for code in range(0x10000):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and (folded := _fold_char.__wrapped__(char)) != char:
            table[code] = folded
    return table


@cache
def _fold_codes() -> np.ndarray:
    """`_fold_table` as an array indexed by code point (each character folds to exactly one character)."""
    codes = np.arange(0x10000, dtype=np.uint32)
    for code, folded in _fold_table().items():
        codes[code] = ord(folded)
    return codes


@cache
def _fold_list() -> list[str]:
    """`_fold_table` as a list indexed by code point, every character of the plane in it (itself when unchanged):
    `str.translate` indexes a list ≈ 2.5 times faster than it looks a dict up, and a character beyond the list's
    end (`IndexError`, a `LookupError`) is kept as it is, as one missing from the dict is."""
    table = [chr(code) for code in range(0x10000)]
    for code, folded in _fold_table().items():
        table[code] = folded
    return table


_VECTOR_FROM = 200
"""From this length a text is folded as an array of code points: a document's whole text is folded by most
extractors, and `str.translate` costs ≈ 30 ns a character with `_fold_list` (≈ 80 with a dict), the array ≈ 8."""


def fold(text: str) -> str:
    """Lower-case, diacritic-free copy of `text` with exactly the same length (offsets carry over)."""
    if text.isascii():
        return text.lower().replace("\t", " ")
    if len(text) < _VECTOR_FROM:
        return _fold_short(text)
    return _fold_long(text)


@lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    """`fold` of a short text, kept: the extractors fold the same words, titles and lines again and again (on the
    benchmark's documents ≈ 6 of 7 short folds repeat an earlier one)."""
    return text.translate(_fold_list())


@lru_cache(maxsize=32)
def _fold_long(text: str) -> str:
    """`fold` of a long text, as an array of code points; the last few kept: the extractors fold a document's whole
    text, its unwrapped lines and its paragraphs each several times (in the real texts ≈ 14 of a document's 20 long
    folds repeat an earlier one)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _fold_codes()
    folded = table[codes] if codes.max() < len(table) else np.where(codes < len(table), table[codes & 0xFFFF], codes)
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def squash(text: str) -> str:
    """One space between words, no edge spaces: how values are stored and compared."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Line:
    """One line of the text with its offsets into the whole text."""

    index: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each span's characters as spaces: what a reader must not see is gone, every offset kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line (or lines) holding `text[start:end]` begins and ends (before its line break): the line around a
    match, without splitting the whole text into lines."""
    stop = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def lines(text: str) -> list[Line]:
    """Every line (form feeds count as line breaks) with its start/end offsets."""
    return list(_lines(text))


_LINE_BREAK = re.compile(r"[\n\f]")


@lru_cache(maxsize=8)
def _lines(text: str) -> tuple[Line, ...]:
    """`lines`, kept for the last few texts: the header, stamp and rule-table readers each split the same
    document's text."""
    result: list[Line] = []
    start = 0
    for index, part in enumerate(_LINE_BREAK.split(text)):
        result.append(Line(index, start, start + len(part), part))
        start += len(part) + 1
    return tuple(result)


def is_upper_line(text: str) -> bool:
    """A heading line: its letters are (almost) all capitals, as issuing bodies, titles and signatures are."""
    letters = "".join(filter(str.isalpha, text))  # C-level loops: headers test every line, some more than once
    if len(letters) < 2:
        return False
    return sum(map(str.isupper, letters)) / len(letters) >= 0.85


_ACRONYMS = {
    "UBND",
    "HĐND",
    "MTTQ",
    "TW",
    "CP",
    "TTg",
    "BCH",
    "BTV",
    "CAND",
    "QĐND",
    "UBMTTQ",
    "VN",
    "TP",
    "TP.",
    "BNG",
}
_LOCALITY = {"tỉnh", "huyện", "quận", "xã", "phường", "tp", "tp."}
_COMPOUND_LOCALITY = {("thành", "phố"), ("thị", "xã"), ("thị", "trấn")}
_PARTY_COMMITTEE = {"tỉnh", "huyện", "thành", "quận", "thị"}
_HEAD_NOUNS = {"sở", "ban", "bộ", "phòng", "cục", "vụ", "viện", "trường", "phó", "chánh", "tổng"}


def readable_case(text: str) -> str:
    """Heading capitals → the sentence case documents use in running text.

    "SỞ NGOẠI VỤ" → "Sở Ngoại vụ", "UBND TỈNH LẠNG SƠN" → "UBND tỉnh Lạng Sơn", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch",
    "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy". Known acronyms stay; the first word, the word after a
    head noun (Sở, Ban, Bộ, Phòng, Phó, ...) and the word after a spaced dash are capitalised; every word after
    a locality word (tỉnh, huyện, thành phố, Tỉnh ủy, ...) belongs to a proper name and is capitalised.
    """
    words = squash(text).split(" ")
    if words == [""]:
        return ""
    lows = [w.lower().replace("uỷ", "ủy") for w in words]
    out: list[str] = []
    proper = False
    capitalise_next = True
    for i, word in enumerate(words):
        low = lows[i]
        following = lows[i + 1] if i + 1 < len(lows) else ""
        previous = lows[i - 1] if i > 0 else ""
        if word in _ACRONYMS or (word.isupper() and len(word) >= 2 and not _has_vowel(word)):
            out.append(word)
        elif proper or capitalise_next:
            out.append(low.capitalize())
        else:
            out.append(low)
        capitalise_next = False
        if proper:
            continue
        starts_locality = low in _LOCALITY and following not in ("ủy", "ban", "đội", "hội")  # "xã hội": society
        after_next = lows[i + 2] if i + 2 < len(lows) else ""
        starts_next = following in _LOCALITY and after_next != "ủy"  # "Đảng bộ tỉnh X", not "Ban Thường vụ Tỉnh ủy"
        if starts_locality or (previous, low) in _COMPOUND_LOCALITY or (low == "ủy" and previous in _PARTY_COMMITTEE):
            proper = True
        elif low == "tổng" and following in ("cục", "công"):
            continue  # "Tổng cục Thuế", "Tổng công ty": one head noun, the word after it small
        elif low in _HEAD_NOUNS and following.rstrip(",") not in ("ủy", "nhân", "trưởng") and not starts_next:
            capitalise_next = True
        elif low in ("-", "–"):
            capitalise_next = True  # "Bộ Ngoại giao - Bộ Nội vụ": a joint heading's next body
        elif low == "và" or low.endswith(","):
            capitalise_next = i > 0 and lows[0] in ("sở", "bộ", "ban")
    return _PROPER.sub(lambda m: _PROPER_FORMS[m.group().lower()], " ".join(out))


_PROPER_FORMS = {
    name.lower(): name
    for name in (
        "Trung ương",
        "Việt Nam",
        "Hồ Chí Minh",
        "Quốc hội",
        "Đảng",
        "Đoàn TNCS",
        "Mặt trận Tổ quốc",
        "Bộ đội Biên phòng",
    )
}
_PROPER = compile_led(rf"(?<!\w)(?:{'|'.join(_PROPER_FORMS)})(?!\w)", re.IGNORECASE)
"""Names written with capitals wherever they stand in a body's name ("Tập đoàn Điện lực Việt Nam", "Ủy ban Đối
ngoại của Quốc hội", "Văn phòng Trung ương Đảng", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")."""


def _has_vowel(word: str) -> bool:
    return any(fold(c) in "aeiouy" for c in word)


_SYLLABLE_SHAPE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uya|uyu|ieu|yeu|oai|oay|oeo|uay|uoi|uou|uoc|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|"
    r"[aeiouy])(?:ng|nh|ch|[cmnpt])?$"
)
_STOP_TONES = {"\u0301", "\u0323"}


def is_syllable(word: str) -> bool:
    """Whether `word` can be one Vietnamese syllable: its letters fit onset + rhyme, it carries at most one
    tone mark, and a syllable ending in c, ch, p or t has the sắc or nặng tone ("tác", "Việt"; not "Lat")."""
    folded = fold(word)
    if not _SYLLABLE_SHAPE.match(folded):
        return False
    tones = [c for c in unicodedata.normalize("NFD", word) if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    return not (folded.endswith(("c", "ch", "p", "t")) and not (tones and tones[0] in _STOP_TONES))


def split_glued(word: str) -> tuple[str, str] | None:
    """A capitalised syllable and the lower-case one a web copy glued to it ("Hùngcó" → "Hùng", "có"), when
    exactly one cut gives two syllables and `word` is no syllable itself; else None. A word without any
    Vietnamese mark is left whole: it may be a foreign name ("Khamphan")."""
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha() or fold(word) == word.lower():
        return None
    return _one_cut(word)


def split_glued_small(word: str) -> tuple[str, str] | None:
    """Two lower-case syllables a web copy glued ("chuyênviên" → "chuyên", "viên"), as `split_glued` cuts them; a
    word without any Vietnamese mark is left whole."""
    if not word.islower() or not word.isalpha() or fold(word) == word:
        return None
    return _one_cut(word)


def split_glued_capitals(word: str) -> tuple[str, str] | None:
    """Two syllables in capitals a copy glued ("THUẬTVIỆT" of "KỸ THUẬT VIỆT NAM" → "THUẬT", "VIỆT"), as
    `split_glued` cuts them; a word without any Vietnamese mark (an abbreviation, a foreign name) is left whole."""
    if not word.isupper() or not word.isalpha() or fold(word) == word.lower():
        return None
    return _one_cut(word)


def _one_cut(word: str) -> tuple[str, str] | None:
    """The one cut of `word` into two syllables, when it is no syllable itself and exactly one cut gives two."""
    if is_syllable(word):
        return None
    cuts = [(word[:k], word[k:]) for k in range(1, len(word)) if is_syllable(word[:k]) and is_syllable(word[k:])]
    return cuts[0] if len(cuts) == 1 else None
