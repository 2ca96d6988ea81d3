"""Is this text Vietnamese? A small heuristic on letters only Vietnamese uses.

Vietnamese marks most syllables with letters no Western European language has (đ, ă, ơ, ư, the hook
above, the dot below, and stacked marks such as ố or ệ): in running Vietnamese prose 30-60% of words
carry one, in English or French text none. A text passes when at least `MIN_SHARE` of its words do.
Texts of fewer than `MIN_WORDS` words are not judged (a one-line note cannot be told apart).

A Vietnamese document that lost its marks in conversion (a Word file read without its font drops every marked
letter: "CNG HA X HI CH NGHA VIT NAM"; an OCR of a poor scan strips them: "CONG HOA XA HOI CHU NGHIA VIET NAM")
fails that test, yet is a state document all the same: it still prints the national motto, which no other language
writes (`lost_marks`).
"""

from __future__ import annotations

import re
import unicodedata

MIN_SHARE = 0.12
MIN_WORDS = 8

_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VIETNAMESE = {unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES} | {"đ"}
VIETNAMESE_ONLY = frozenset(letter for letter in _VIETNAMESE if len(letter) == 1 and ord(letter) > 0xFF) | frozenset(
    letter.upper() for letter in _VIETNAMESE if len(letter) == 1 and ord(letter) > 0xFF
)
"""Vietnamese letters outside Latin-1 (so not shared with French, Spanish, German, Portuguese...)."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def _lost_form(word: str) -> str:
    """A motto word as a copy that lost its marks may print it: each marked letter dropped, left bare, or turned
    into up to two other signs ("CHỦ": "CH", "CHU", "CHi)"); the unmarked letters as written."""
    parts = []
    for letter in word:
        bare = unicodedata.normalize("NFD", letter)[0].replace("Đ", "D")
        parts.append(re.escape(letter) if bare == letter else rf"(?:{bare}|[^\s{bare}]{{1,2}})?")
    return "".join(parts)


LOST_MOTTO = re.compile(r"\s*".join(_lost_form(word) for word in _MOTTO.split()), re.IGNORECASE)
"""The national motto as printed by a copy that lost its marks; its words' unmarked letters, in order, all there."""


def vietnamese_share(text: str) -> float:
    """Fraction of the words (2+ letters) that contain a Vietnamese-only letter."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return 0.0
    return sum(1 for word in words if VIETNAMESE_ONLY.intersection(word)) / len(words)


def is_vietnamese(text: str) -> bool:
    """True for Vietnamese text, and for texts too short to judge."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return True
    return vietnamese_share(text) >= MIN_SHARE


def lost_marks(text: str) -> bool:
    """True for a text that fails `is_vietnamese` but prints the national motto without its marks: a Vietnamese
    state document whose marked letters a conversion lost (read what is sure, say so; never refuse it as foreign)."""
    return not is_vietnamese(text) and LOST_MOTTO.search(unicodedata.normalize("NFC", text)) is not None
