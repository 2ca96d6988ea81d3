"""A law cited by its title, read through OCR damage: matched to the titles of the national laws.

Every office's "Căn cứ" lines cite the same national laws ("Luật Tổ chức chính quyền địa phương", "Luật
Đất đai"), and on scans tesseract damages their titles in a few set ways: tone marks ("Luật Đát đái"),
a letter read twice or split off ("Luật Tổ Ổ chức", "Luật Tô 6 chức", "Luật T: ồ chức"), a mark or speck
inside ("chính quyền ‹ địa phương"), a lower-case "và" that ends nothing ("Luật Tài nguyên, môi trường
biển và hải đảo"). A title read is compared to the known ones (`data/laws.txt`) folded, without spaces
and punctuation, ending at a word boundary; a known title within a few edits of it (none for a short
title: "Luật Giá" is not "Luật Giáo dục") is the one printed and is written with its own spelling. Two
known titles equally near, or none near, leave the reading as it is: a name is never made up.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from extractors.normalize import place_tone_marks
from extractors.vntext import fold

_DATA = Path(__file__).parent / "data" / "laws.txt"
_WORD = re.compile(r"[^\s,;]+[,;]*|[,;]+")
"""A word and the punctuation after it: a comma the copy glued to the next word ends the word before ("Luật Công
đoàn,Phó Thủ tướng")."""
_NOT_KEPT = re.compile(r"[^a-z0-9]")
_EXACT_BELOW = 10
"""Folded titles shorter than this ("luatgia", "luatdautu") must match exactly; OCR damage to their marks
is still undone by folding."""
_EDITS_PER_CHAR = 0.08
"""Edits allowed per character of a longer title, at least 1: 2 for "Luật Tổ chức chính quyền địa phương"
(33 folded characters)."""


@dataclass(frozen=True)
class KnownLaw:
    """A known title found in the text: its official spelling, where the title read ends, and how many edits
    the reading was from it (0: the same letters, case, marks, spaces and punctuation aside)."""

    title: str
    end: int
    edits: int
    abbreviated: bool = False
    """The reading wrote a body short ("Luật Tổ chức HĐND và UBND"): the title is known, the spelling is the
    text's own."""


_SHORT_BODIES = {"hdnd": "hoidongnhandan", "ubnd": "uybannhandan"}
"""Bodies a "Căn cứ" line writes short inside a law's title ("Luật Tổ chức HĐND và UBND", "… của HĐND và UBND"):
read as their full names, so the known title is found (and not a shorter one that is only its start)."""


def _key(text: str) -> str:
    return _NOT_KEPT.sub("", fold(text))


@cache
def known_titles() -> dict[str, str]:
    """The known titles by their folded key (kind word included: "luatdatdai" → "Luật Đất đai")."""
    titles = (line.strip() for line in _DATA.read_text(encoding="utf-8").splitlines())
    return {_key(title): place_tone_marks(title) for title in titles if title and not title.startswith("#")}


def _allowed(key: str) -> int:
    return 0 if len(key) < _EXACT_BELOW else max(1, int(len(key) * _EDITS_PER_CHAR))


@cache
def _known_keys() -> list[tuple[str, str, int]]:
    """(folded key, title, edits allowed) of every known title, in `known_titles`' order."""
    return [(key, title, _allowed(key)) for key, title in known_titles().items()]


def known_law_at(text: str, start: int, reach: int = 320) -> KnownLaw | None:
    """The known law whose title starts at `start` (its kind word: "Luật", "Bộ luật", "Pháp lệnh"), or None.

    Among the known titles within their allowed edits of a reading that ends at a word end, the longest
    wins ("Luật Đầu tư công" over "Luật Đầu tư"); two as long and as near are no answer."""
    words = [(match.end(), _key(match.group())) for match in _WORD.finditer(text, start, start + reach)]
    readings: list[tuple[str, int]] = []
    joined = ""
    shortened: list[int] = []  # where a body written short ends
    for end, key in words:
        if key in _SHORT_BODIES:
            key = _SHORT_BODIES[key]
            shortened.append(end)
        if key.endswith("ngay") and len(key) > 4:  # "… Ủy ban nhân dânngày 26/11/2003": the date glued on
            glued = key[:-4]
            if glued in _SHORT_BODIES:  # "… HĐND và UBNDngày 26/11/2003": a body written short, the date glued on
                glued = _SHORT_BODIES[glued]
                key = f"{glued}ngay"  # the readings' lengths keep growing
                shortened.append(end - 4)
            readings.append((joined + glued, end - 4))
        if key.endswith("s") and len(key) > 1 and re.match(r"[ \t]+\d", text[end : end + 2]):
            readings.append((joined + key[:-1], end - 1))  # "Pháp lệnh Ngoại hốis 06/2013/…": "số" lost "ố", glued
        if key:
            joined += key
            readings.append((joined, end))
    lengths = [len(reading) for reading, _ in readings]  # strictly growing: each reading extends the one before
    best: tuple[int, int, str, int] | None = None  # (-length, edits, title, end)
    ambiguous = False
    for key, title, allowed in _known_keys():
        # only the readings within `allowed` characters of the title's length can be within `allowed` edits
        within = readings[bisect_left(lengths, len(key) - allowed) : bisect_right(lengths, len(key) + allowed)]
        near = [(Levenshtein.distance(reading, key, score_cutoff=allowed), end) for reading, end in within]
        edits, end = min(near, default=(allowed + 1, 0))
        if edits > allowed:
            continue
        candidate = (-len(key), edits, title, end)
        if best is None or candidate[:2] < best[:2]:
            best, ambiguous = candidate, False
        elif candidate[:2] == best[:2]:
            ambiguous = True
    if best is None or ambiguous:
        return None
    end = best[3]
    while text[end - 1] in ",;:.)":  # the title's last word read with the punctuation after it
        end -= 1
    return KnownLaw(best[2], end, best[1], abbreviated=any(at <= best[3] for at in shortened))
