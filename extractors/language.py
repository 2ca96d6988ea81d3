"""Is this text Vietnamese? A small heuristic on letters only Vietnamese uses.

Vietnamese marks most syllables with letters no Western European language has (đ, ă, ơ, ư, the hook
above, the dot below, and stacked marks such as ố or ệ): in running Vietnamese prose 30-60% of words
carry one, in English or French text none. A text passes when at least `MIN_SHARE` of its words do.
Texts of fewer than `MIN_WORDS` words are not judged (a one-line note cannot be told apart).

A Vietnamese document that lost its marks in conversion (a Word file read without its font drops every marked
letter: "CNG HA X HI CH NGHA VIT NAM"; an OCR of a poor scan strips them: "CONG HOA XA HOI CHU NGHIA VIET NAM")
fails that test, yet is a state document all the same: it still prints the national motto, which no other language
writes (`lost_marks`). A page without a motto whose font lost the letters outside Latin-1 ("Ch th s 06/CT-TTg ngày
31-1-2020": Chỉ thị số) tells itself by the documents it cites: "số", or the "s" left of it, before a number and a
symbol, the way no other language numbers documents.
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
_MOTTO = ("CỘNG", ("HÒA", "HOÀ"), "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM")
"""The motto's words; "Hòa" also in the old tone placement ("CỘNG HOÀ")."""


def _lost_form(word: str) -> str:
    """A motto word as a copy that lost its marks may print it: each marked letter dropped, left bare, turned
    into up to two other signs ("CHỦ": "CH", "CHU", "CHi)") or into a space, as a PDF's text layer prints a
    composed glyph it cannot map ("C NG HOÀ XÃ H I"); the unmarked letters as written."""
    parts = []
    for letter in word:
        bare = unicodedata.normalize("NFD", letter)[0].replace("Đ", "D")
        parts.append(re.escape(letter) if bare == letter else rf"(?:{bare}|[^\s{bare}]{{1,2}}| )?")
    return "".join(parts)


LOST_MOTTO = re.compile(
    r"\s*".join("(?:" + "|".join(map(_lost_form, (word,) if isinstance(word, str) else word)) + ")" for word in _MOTTO),
    re.IGNORECASE,
)
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


_NUMBERED = re.compile(
    r"(?<![^\W\d_])[Ss](?:ố|ô|o|6)?[ \t]*:?[ \t]*\d{1,5}/(?:(?:19|20)\d{2}/)?"
    r"[A-ZĐ][A-Za-zĐ&]*(?:-[A-ZĐ][A-Za-zĐ&]*)+(?![\w/-])"
)
"""A document cited by its number the Vietnamese way, "số" kept or left as "s" by a font that lost "ố": "s 06/CT-TTg",
"số 396/C-BVHTTDL", "s 58/2013/N-CP" (a serial, maybe a year, and a symbol of capital groups joined by dashes)."""
MIN_NUMBERED = 2
"""Cited numbers a text without the motto needs before it is read as Vietnamese that lost its marks: one may be a
stray code; two are a Vietnamese page's citations."""


def lost_marks(text: str) -> bool:
    """True for a text that fails `is_vietnamese` but prints the national motto without its marks, or cites at least
    `MIN_NUMBERED` documents by "số" and a number with its symbol (`_NUMBERED`): a Vietnamese text whose marked letters
    a conversion or a font lost (read what is sure, say so; never refuse it as foreign)."""
    if is_vietnamese(text):
        return False
    text = unicodedata.normalize("NFC", text)
    return LOST_MOTTO.search(text) is not None or len(_NUMBERED.findall(text)) >= MIN_NUMBERED
