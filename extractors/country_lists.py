"""Is a decision's list of countries complete as read? "các nước: Nhật Bản, Hàn Quốc và Trung Quốc" OCR'd
with "Trung Qu6c" names three places and yields two countries; a per-country check on two would be wrong.

`list_gaps` counts the items of each enumerated destination list ("… các nước: A, B và C", "các quốc gia
A, B", or a list of states by their form: "đi Cộng hòa Pháp, Vương quốc Bỉ, Vương quốc Hà Lan và …", which OCR
turns into "Vương quốc Bi") and the countries the gazetteer recognises in it; a list with more items than
countries is a gap the checks must not pass over silently (they turn it into a review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.paragraphs import unwrap_lines
from extractors.places import find_destinations

_LIST_HEAD = re.compile(
    r"\b(?:các nước|các quốc gia)\s*:?\s*|"
    r"\b(?:đi|tại|sang|đến|thăm)\s+(?=(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang)\s)",
    re.IGNORECASE,
)
"""Where a destination list starts: after "các nước:" / "các quốc gia", or at a state's form after a verb of
going ("đi Cộng hòa Pháp, Vương quốc …"), whose name OCR may damage past recognition."""
_LIST_END = re.compile(r"[.;(\n]|\btừ\s+ngày\b|\btrong\s+thời\s+gian\b|\bthời\s+gian\b|\bđể\b|\bnhằm\b", re.IGNORECASE)
_RUNNING_LIST_END = re.compile(
    _LIST_END.pattern.replace(r"\n", "")
    + r"|\n(?=[ \t]*(?-i:[A-ZĐÀ-Ỹ]{2,}[ \t]+[A-ZĐÀ-Ỹ]{2,}\b|Căn[ \t]+cứ\b|Xét\b|Theo[ \t]+đề[ \t]+nghị\b))",
    re.IGNORECASE,
)
"""A running list's end: as `_LIST_END` but over line breaks, except one before a heading in capitals or a recital
("… tại Liên bang Nga và Cộng hòa Be-la-rút\nBỘ TRƯỞNG …\nCăn cứ …": a scan's subject line with no blank after it)."""
_PLACE_NOTE = re.compile(r"\([^()\d\n]{1,40}\)")
"""A short note in brackets after a listed country, with no date in it ("Cộng hòa Áo (thủ đô Viên), Hung-ga-ri
(Bu-đa-pét) và …"): part of its item, not the list's end."""
_ITEM_SPLIT = re.compile(r"\s*(?:,|\bvà\b)\s*", re.IGNORECASE)
_LAST_ITEM = re.compile(r"\bvà\b[^,]*(?!.*\bvà\b)", re.IGNORECASE | re.DOTALL)
"""The list's last item, after its last "và": a comma after it starts what follows the list (a date phrase,
a purpose), not another item."""


@dataclass(frozen=True)
class ListGap:
    """An enumerated destination list with more items than recognised countries."""

    items: int
    countries: int
    text: str


def list_gaps(text: str) -> list[ListGap]:
    """Every destination list in `text` whose items outnumber the countries read in it."""
    gaps = []
    text = unwrap_lines(text)  # a scan wraps the list anywhere ("Vương quốc Bi,\nVương quốc Hà Lan")
    text = _PLACE_NOTE.sub(lambda note: " " * len(note.group()), text)
    for head in _LIST_HEAD.finditer(text):
        # a list of states in running text goes on over a line the unwrapping left (a short line on a scan)
        ends = _LIST_END if head.group().strip().lower().startswith("các") else _RUNNING_LIST_END
        end = ends.search(text, head.end())
        span = text[head.end() : end.start() if end else len(text)]
        last = _LAST_ITEM.search(span)
        span = span[: last.end()] if last else span
        items = [item for item in _ITEM_SPLIT.split(span.strip()) if item.strip()]
        countries = len(find_destinations(span))
        if len(items) > countries and countries:
            gaps.append(ListGap(len(items), countries, " ".join(span.split())))
    return gaps
