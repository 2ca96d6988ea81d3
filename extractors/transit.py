"""Transit stops: a country a delegation only passes through is no country it visits.

"Cử đoàn đi công tác tại Lào và Cam-pu-chia (quá cảnh Thái Lan)", "ngày 16/9 quá cảnh Băng Cốc (Thái Lan)": the
rules count the countries a trip goes to and the days in each without the transit ones ("không kể nước quá
cảnh"). The phrase after the cue ("quá cảnh", "transit", "nối chuyến") runs to the end of its clause — a ";",
a line's end, a sentence's end, the ")" closing a bracket opened before the cue, a comma before a lower-case
word, or a word that starts the next leg ("rồi", "sau đó", "đến", "từ ngày") — and is blanked (same length, so
offsets hold) before places are read. A country named only there is recorded as transit; one named elsewhere
too is still visited. "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú" blanks nothing: a comma and a lower-case
word end the phrase where it starts.
"""

from __future__ import annotations

import re

from extractors.vntext import fold

_CUE = re.compile(r"\b(?:qua\s+canh|transit|noi\s+chuyen)\b")
"""A transit stop announced, folded."""
_NEXT_LEG = re.compile(r"\s(?:roi|sau\s+do|truoc\s+khi|de|den|sang|toi|tu\s+ngay|ngay|va\s+(?:den|sang|toi))\b")
"""A word that starts the next leg of the journey or the dates, folded: the transit phrase ends before it."""


def _phrase_end(text: str, folded: str, start: int) -> int:
    """Where the transit phrase starting at `start` ends (see the module's doc)."""
    depth = 0
    next_leg = _NEXT_LEG.search(folded, start)
    stop = next_leg.start() if next_leg else len(text)
    for at in range(start, stop):
        char = text[at]
        if char in ";\n" or (char == "." and (at + 1 == len(text) or text[at + 1].isspace())):
            return at
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return at
            depth -= 1
        elif char == "," and text[at + 1 :].lstrip()[:1].islower():
            return at
    return stop


def transit_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the places `text` names as transit stops, in order."""
    folded = fold(text)
    spans = []
    for cue in _CUE.finditer(folded):
        end = _phrase_end(text, folded, cue.end())
        if end > cue.end():
            spans.append((cue.end(), end))
    return spans


def without_transit(text: str) -> str:
    """`text` with its transit phrases blanked (same length): the places left are those visited."""
    for start, end in transit_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
