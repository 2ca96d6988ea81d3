"""Dates in every form Vietnamese documents write them, OCR-damaged ones included.

Forms: "ngày 18 tháng 9 năm 2023", "18/9/2023", "18-9-2023", "18.9.2023", "31-3-16" (two-digit year),
"ngày 05/3/2020", a copy's doubled separator ("01/02//2005"), a year split by a space ("16/7/20 21", "năm 20 07").
Matching runs on the folded text (`vntext.fold`), so "ngay 18 thang 9 nam 2023" and
"ngàv 18 tháng 9 năm 2023"-style diacritic damage still match, and offsets point into the original text.
A date left blank for hand-filling ("ngày   tháng 10 năm 2023") is found but has no value: it must
become a missing date, never a guessed one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.first_chars import compile_led
from extractors.vntext import fold

_DIGIT = r"[0-9]"
_GAP = r"[ \t.:,]*\n?[ \t]*"
_YEAR_WORD = r"(?:na?m|thang(?=[ \t]+(?:19|20)\d\d\b))"
"""The year's word "năm", or "tháng" typed again for it before a four-digit year ("ngày 19 tháng 8 tháng 2010")."""
_WORDY = re.compile(
    rf"(?<![a-z])nga?y{_GAP}(?P<d>\d{{1,2}})?{_GAP}tha?ng{_GAP}(?P<m>\d{{1,2}}){_GAP}{_YEAR_WORD}{_GAP}"
    r"(?P<y>\d{4,5}(?!\d)|(?:19|20)[ \t]\d{2}(?!\d))"
)
"""A date in words; a year a copy split with a space ("năm 20 07") is read whole, as the numeric form's; "tháng"
typed again for "năm" before a four-digit year ("ngày 19 tháng 8 tháng 2010": no month has four digits); the words
as a copy that lost its marks prints them ("ngy 22 thng 9 nm 2010": the digits say it is a date); a year misprinted
with five digits ("năm 20111") is a date with no value, never a guessed year."""
_NUMERIC = compile_led(
    rf"(?<![\d/.-])(?P<d>{_DIGIT}{{1,2}})[ \t]*(?P<sep>[/.-])[ \t]*(?P<m>{_DIGIT}{{1,2}})[ \t]*(?P=sep){{1,2}}[ \t]*"
    rf"(?P<y>{_DIGIT}{{4}}|(?:19|20)[ \t]{_DIGIT}{{2}}(?!\d)|{_DIGIT}{{2}})(?![\d/-]|\.\d)"
)
"""A numeric date; a four-digit year a copy split with a space ("16/7/20 21") is read whole, never as "20"."""


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: its value (None when left blank or impossible) and where it stood."""

    value: dt.date | None
    start: int
    end: int
    text: str
    blank: bool = False
    short_year: bool = False
    """The year was printed with two digits ("23-11-46"): its century is `expand_year`'s guess until a reader that
    knows the citing document's date settles it (`extractors.cited_years`)."""


def expand_year(year: int) -> int:
    """Two-digit years ("31-3-16") belong to this century up to 69, to the last one after (documents
    from before 1970 do not reach this pipeline as two-digit party dates)."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _make(day: int, month: int, year: int) -> dt.date | None:
    try:
        return dt.date(expand_year(year), month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in `text`, in order. Blank hand-fill dates are included with value None and blank=True."""
    folded = fold(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for match in _WORDY.finditer(folded):
        day = match.group("d")
        blank = day is None
        year = match.group("y").replace(" ", "")
        value = None if blank or len(year) > 4 else _make(int(day), int(match.group("m")), int(year))
        found.append(DateMatch(value, match.start(), match.end(), text[match.start() : match.end()], blank))
        taken.append((match.start(), match.end()))
    for match in _NUMERIC.finditer(folded):
        if any(s <= match.start() < e for s, e in taken):
            continue
        year = match.group("y").replace(" ", "")
        value = _make(int(match.group("d")), int(match.group("m")), int(year))
        if value is None:
            continue
        written = text[match.start() : match.end()]
        found.append(DateMatch(value, match.start(), match.end(), written, short_year=len(year) == 2))
    return sorted(found, key=lambda m: m.start)


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text`, or None when there is none or it was left blank."""
    matches = find_dates(text)
    return matches[0].value if matches else None


_DATE_LEAD = re.compile(r"[\s,;(]*(?:(?:(?:duoc[ \t]+)?(?:ban hanh|ky)|de)(?:[ \t]+ngay)?|ngay)?[\s:]*")
"""What may stand between a number and its date, folded: "ngày", "ban hành ngày", "được ký ngày", "đề ngày"."""


def date_at(text: str, pos: int, max_gap: int = 12) -> DateMatch | None:
    """A date that starts within `max_gap` characters after `pos` (", ngày 21-7-2014", " ngày 05/3/2020", " đề
    ngày 5/3/2020": "dated", " được ban hành ngày 29/01/2018": the words count towards the gap)."""
    window = text[pos : pos + max_gap + 40]
    for match in find_dates(window):
        lead = fold(window[: match.start])
        if match.start <= max_gap and _DATE_LEAD.fullmatch(lead):
            return DateMatch(match.value, pos + match.start, pos + match.end, match.text, match.blank, match.short_year)
        break
    return None
