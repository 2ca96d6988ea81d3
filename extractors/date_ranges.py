"""Trip periods as documents write them: a start and an end date, in every form a decision uses.

Forms handled: "từ ngày 10/3/2025 đến ngày 15/3/2025", "từ ngày 10 đến ngày 15 tháng 3 năm 2025",
"từ ngày 28/02 đến ngày 05/3/2025", "từ 10-3-2025 – 15-3-2025", and a start with a length:
"07 ngày kể cả thời gian đi và về, từ ngày 02/6/2025", "05 ngày (kể cả ngày đi và ngày về), khởi hành ngày
14/4/2026" (the end is then start + length - 1), and a day trip across a border gate: "đi và về trong ngày
03/4/2026", "đi về trong ngày 18/9/2026", "trong ngày 20/3/2026 (đi và về trong ngày)" (start and end the same
day).
A year or month missing on the start is taken from the end, as writers omit what repeats. Matching runs on
the folded text (`vntext.fold`, same length), so OCR text without tone marks matches and spans stay exact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from extractors.first_chars import compile_led
from extractors.vntext import fold

_SEP = r"\s*[/.\-]\s*"
_FULL = r"(?P<@d>\d{1,2})" + _SEP + r"(?P<@m>\d{1,2})" + _SEP + r"(?P<@y>\d{4}|\d{2}|\d{3}[a-z](?![a-z]))(?!\d)"
"""A full date; a year whose last digit a scan read as a letter ("28/3/202b") is matched, as no year
(`_full_year`), so the period's start may give it (`_range_from`)."""
_LONG = r"(?P<@d>\d{1,2})\s+thang\s+(?P<@m>\d{1,2})(?:\s*(?:nam|/|,)\s*(?P<@y>\d{4}))?"
_DAY_MONTH = r"(?P<@d>\d{1,2})" + _SEP + r"(?P<@m>\d{1,2})(?![\d/.\-])"
_DAY = r"(?P<@d>\d{1,2})(?![\d/.\-])(?!\s+thang)"


def _alternatives(prefix: str) -> str:
    """One date in any of its forms, with named groups distinguished by `prefix` and form index."""
    forms = [_FULL, _LONG, _DAY_MONTH, _DAY]
    return "(?:" + "|".join(form.replace("@", f"{prefix}{i}") for i, form in enumerate(forms)) + ")"


def _end_alternatives(prefix: str) -> str:
    forms = [_FULL, _LONG]
    return "(?:" + "|".join(form.replace("@", f"{prefix}{i}") for i, form in enumerate(forms)) + ")"


_FROM = r"(?<![/\-])\btu"
""""từ" opening a period, folded; not the "TU" of a party committee's symbol ("Chỉ thị số 07-CT/TU ngày 09/01/2026",
"1287-QĐ/TU ngày …"), whose date is the dispatch's own."""
_DAY_WORD = r"(?:ngay|nga[^\w\s,.;:()'\"“”])\s*[:.]?\s*"
""""ngày", a colon or a dot a scan put after it aside ("từ ngày: 11/01/2027", "từ ngày. 06/7/2026"); its "y" a scan
read as a sign ("từ ngà} 11/5/2026"), not as punctuation ("Nga, 11/5": the country and a date)."""
_CUT_DAY_WORD = r"(?:nga|gay)\s+(?=\d)"
""""ngày" after "từ" with a letter a scan lost ("từ ngà 09/3/2026", "từ gày 09/3/2026"), a date right after it: only
after "từ", where "Nga" the country would not stand before a date."""
_TO = r"(?:den|toi|\ben(?=\s+ngay)|\bde\s+(?:ng)?a?y\b|\bd\s+n(?=\s+ngay)|\-|–|—)"
""""đến", "tới" or a dash between a period's dates; also "ến ngày", the "đ" a scan lost, "đế ày", its "n ng", and
"d n ngày", its "ế"."""
_AFTER_FROM = r"(?:\s+|[^\w\s]\s*|\w?(?=ngay))"
"""Between "từ" and "ngày": a space, or on a scan a speck glued to them ("từjngày", "từ.ngày")."""
_SPECKED_TAIL = r"(?:[^\w\s][^\d\n]{0,7}\n)?"
"""The rest of the line after the end's "ngày" a stamp or a crease left as specks, the date on the next line ("đến
ngày ( huyc" / "28/9/2026."): a bracket or a sign first, no digit, a few characters at most."""
_RANGE_RE = compile_led(
    rf"(?:{_FROM}{_AFTER_FROM}(?:{_DAY_WORD}|{_CUT_DAY_WORD})?|\b{_DAY_WORD})"
    + _alternatives("a")
    + rf"\s*{_TO}\s*(?:het\s+)?(?:{_DAY_WORD}{_SPECKED_TAIL})?"
    + _end_alternatives("b"),
)
_START_RE = re.compile(
    rf"(?:{_FROM}|\b(?:khoi\s+hanh|xuat\s+phat|xuat\s+canh)(?:\s+(?:vao|tu))?)\s+(?:{_DAY_WORD})?"
    + _end_alternatives("a")
)
_SAME_DAY = r"\bdi\s*(?:,|va)?\s*ve\s+trong\s+(?:cung\s+)?ngay"
_DAY_TRIP_RE = re.compile(
    _SAME_DAY
    + r"\s+"
    + _end_alternatives("a")
    + r"|\b(?:trong\s+)?ngay\s+"
    + _end_alternatives("b")
    + r"\s*[,(\-–]?\s*"
    + _SAME_DAY
    + r"\b"
)
"""A day trip, folded: "đi và về trong ngày 03/4/2026", or the date first and the same-day note after it ("trong
ngày 20/3/2026 (đi và về trong ngày)"); the date must carry its month and year."""
_LENGTH_RE = re.compile(r"(?<!\d)(\d{1,3})\s+ngay\b(?!\s+(?:lam viec|\d))")


@dataclass(frozen=True)
class Period:
    """A start and an end date with where the phrase stood in the text."""

    start: dt.date | None
    end: dt.date | None
    span: tuple[int, int]


def _parts(match: re.Match[str], prefix: str) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) from whichever form of the date matched under `prefix`."""
    day, month, year = _written(match, prefix)
    return (int(day) if day else None), (int(month) if month else None), _full_year(year)


def _written(match: re.Match[str], prefix: str) -> tuple[str | None, str | None, str | None]:
    """The day, month and year as written in whichever form of the date matched under `prefix`."""
    groups = match.groupdict()
    for i in range(4):
        day = groups.get(f"{prefix}{i}d")
        if day is not None:
            return day, groups.get(f"{prefix}{i}m"), groups.get(f"{prefix}{i}y")
    return None, None, None


def _full_year(year: str | None) -> int | None:
    """A year as written: two digits are this century's; four digits before 1900 are a scan's misreading ("0036" for
    2026) and no year."""
    if year is None or not year.isdigit():
        return None  # "202b": its last digit lost
    value = int(year)
    if len(year) == 4 and value < 1900:
        return None
    return value + 2000 if value < 100 else value


def _make(day: int | None, month: int | None, year: int | None) -> dt.date | None:
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _previous_month(month: int, year: int) -> tuple[int, int]:
    return (12, year - 1) if month == 1 else (month - 1, year)


def _last_digit_lost(written: str | None, start_year: int | None) -> int | None:
    """The end's year whose last digit a scan lost ("28/3/202b"), when the start's year read in full has the same
    first three digits: the start's (the end falling before the start is refused after)."""
    if written is None or start_year is None or len(written) != 4 or written.isdigit():
        return None
    return start_year if str(start_year)[:3] == written[:3] else None


def _range_from(match: re.Match[str]) -> Period | None:
    end_day, end_month, end_year = _parts(match, "b")
    if end_year is None:
        end_year = _last_digit_lost(_written(match, "b")[2], _parts(match, "a")[2])
    end = _make(end_day, end_month, end_year)
    if end is None:
        return None
    day, month, year = _parts(match, "a")
    if day is None or (year is None and _written(match, "a")[2] is not None):
        return None  # a start whose year was misread ("từ ngày 19/4/0036") is not the end's year
    month_given, year_given = month is not None, year is not None
    month = month if month is not None else end.month
    year = year if year is not None else end.year
    start = _make(day, month, year)
    if start is not None and start > end and not month_given:
        month, year = _previous_month(month, year)
        start = _make(day, month, year)
    elif start is not None and start > end and not year_given:
        start = _make(day, month, year - 1)
    if start is None or start > end:
        return None
    return Period(start=start, end=end, span=match.span())


def _start_with_length(text: str) -> Period | None:
    """'07 ngày ..., từ ngày 02/6/2025', 'từ ngày 02/6/2025 (05 ngày)' or '05 ngày ..., khởi hành ngày
    14/4/2026': the end follows from the length."""
    text = fold(text)
    for match in _START_RE.finditer(text):
        start = _make(*_parts(match, "a"))
        if start is None:
            continue
        window_start = max(0, match.start() - 120)
        before = list(_LENGTH_RE.finditer(text, window_start, match.start()))
        after = _LENGTH_RE.search(text, match.end(), min(len(text), match.end() + 60))
        length = before[-1] if before else after
        if length is None or not 0 < int(length.group(1)) < 100:
            return Period(start=start, end=None, span=match.span())
        end = start + dt.timedelta(days=int(length.group(1)) - 1)
        return Period(start=start, end=end, span=(min(length.start(), match.start()), max(length.end(), match.end())))
    return None


def _day_trip(text: str) -> Period | None:
    """'đi và về trong ngày 03/4/2026': a trip that starts and ends on one day (a border-gate crossing)."""
    for match in _DAY_TRIP_RE.finditer(fold(text)):
        day = _make(*_parts(match, "a")) or _make(*_parts(match, "b"))
        if day is not None:
            return Period(start=day, end=day, span=match.span())
    return None


_LEG_GAP = 160
"""How far after one leg's range the next leg's may start (folded characters): "tại Lào từ ngày 10/6/2026 đến ngày
13/6/2026 (tỉnh Attapeu, tỉnh Champasak); tại Campuchia từ ngày 13/6/2026 …" — the places between them."""


def find_period(text: str) -> Period | None:
    """The first trip period stated in `text`: an explicit range, else a day trip, else a start date with a length
    in days. A range that the next ones carry on from (each starting on the day the one before ends, or the day
    after, close after it) is a trip's first leg: the period runs from its start to the last leg's end ("tại Lào từ
    ngày 10/6/2026 đến ngày 13/6/2026 …; tại Campuchia từ ngày 13/6/2026 đến ngày 16/6/2026": 10/6 to 16/6)."""
    period: Period | None = None
    for match in _RANGE_RE.finditer(fold(text)):
        found = _range_from(match)
        if found is None:
            continue
        if period is None:
            period = found
        elif _next_leg(period, found):
            period = Period(start=period.start, end=found.end, span=(period.span[0], found.span[1]))
        else:
            break
    return period or _day_trip(text) or _start_with_length(text)


def _next_leg(period: Period, found: Period) -> bool:
    """Whether `found` carries a trip on from `period`: it starts close after it in the text, on the day `period`
    ends or the day after."""
    if period.end is None or found.start is None or found.span[0] - period.span[1] > _LEG_GAP:
        return False
    return period.end <= found.start <= period.end + dt.timedelta(days=1)


def find_periods(text: str) -> list[Period]:
    """Every explicit range stated in `text`, in its order: a report on several delegations gives each one's."""
    return [period for match in _RANGE_RE.finditer(fold(text)) if (period := _range_from(match)) is not None]


LONGEST_UNSTATED_DAYS = 92
"""The longest a trip may run without the text saying how long (a quarter): a working trip lasts days or weeks; a
course or a posting of months or years says so ("thời gian 36 tháng", "đào tạo dài hạn")."""
_STATED_LENGTH = re.compile(
    r"\b(?:\(?\d{1,3}\)?|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi(?:\s+\w+)?)\s+(?:thang|nam)\b(?!\s*\(?\d)"
    r"|\bdai\s+han\b"
)
"""A length in months or years, or a long-term stay, folded ("ba mươi sáu (36) tháng", "mười hai tháng", "02 năm",
"dài hạn"); not a date's month or year ("ngày 24 tháng 8 năm 2026")."""


def implausible_length(period: Period, text: str) -> str | None:
    """Why a period read is not to be trusted, or None: longer than `LONGEST_UNSTATED_DAYS` while the text states no
    length that long — a scan's misread year ("28/08/2029" for 2026) makes a week's trip a thousand days."""
    if period.start is None or period.end is None:
        return None
    days = (period.end - period.start).days + 1
    if days <= LONGEST_UNSTATED_DAYS or _STATED_LENGTH.search(fold(text)):
        return None
    return (
        f"thời gian chuyến đi đọc được kéo dài {days} ngày ({period.start:%d/%m/%Y} - {period.end:%d/%m/%Y}) mà văn "
        "bản không nêu thời gian dài như vậy: kiểm tra ngày đi, ngày về (có thể đọc sai năm)"
    )


LATEST_RETROACTIVE_DAYS = 31
"""How long before its decision's date a trip may have begun (a decision issued late for a trip under way): a start
earlier than that is a misread date."""


def _one_digit_apart(a: int, b: int) -> bool:
    return len(str(a)) == len(str(b)) and sum(x != y for x, y in zip(str(a), str(b), strict=True)) == 1


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def redated(period: Period, issued: dt.date | None) -> tuple[Period | None, str | None]:
    """A period whose start falls more than `LATEST_RETROACTIVE_DAYS` before its decision's date, a scan's misread
    year ("23/3/2020" in a decision of 17/3/2026): the one year a digit away that puts the start between that and
    `LONGEST_UNSTATED_DAYS` after the decision is taken, the end moved with it; when no single year does, no
    period. The message says what was read (→ review); (period, None) when the start is plausible."""
    start = period.start
    if issued is None or start is None or start >= issued - dt.timedelta(days=LATEST_RETROACTIVE_DAYS):
        return period, None
    earliest = issued - dt.timedelta(days=LATEST_RETROACTIVE_DAYS)
    latest = issued + dt.timedelta(days=LONGEST_UNSTATED_DAYS)
    years = [
        year
        for year in range(issued.year - 1, issued.year + 2)
        if _one_digit_apart(year, start.year) and (moved := _in_year(start, year)) and earliest <= moved <= latest
    ]
    read = f"ngày đi đọc được {start:%d/%m/%Y}, trước ngày của quyết định ({issued:%d/%m/%Y})"
    if len(years) != 1:
        return None, f"{read}: năm đọc sai, không xác định được ngày đi, ngày về"
    shift = years[0] - start.year
    moved_end = period.end and _in_year(period.end, period.end.year + shift)
    redone = replace(period, start=_in_year(start, years[0]), end=moved_end)
    return redone, f"{read}: năm đọc sai một chữ số, lấy năm {years[0]} (kiểm tra ngày đi, ngày về)"


def misread_issue_year(period: Period, issued: dt.date | None, others: list[dt.date]) -> str | None:
    """Why a decision's date has its year misread rather than its trip's, or None: the period's start and end read in
    one year a digit away from the date's, the start then within `LATEST_RETROACTIVE_DAYS` before to
    `LONGEST_UNSTATED_DAYS` after the date moved to that year, and the text's other dates (`others`: its submission,
    the documents it cites) in that year or before, none in the date's own year. A year printed once in the dateline,
    against the trip's two dates and the preamble's, is the one misread ("Nghệ An, ngày 29 tháng 9 năm 2036" over
    a trip "từ ngày 16/10/2026 đến ngày 21/10/2026" and a Tờ trình "ngày 21/9/2026"): the trip is kept as read and the
    decision's date is not to be used (`redated` would have moved the trip ten years)."""
    start, end = period.start, period.end
    if issued is None or start is None or end is None or start.year != end.year or start.year == issued.year:
        return None
    moved = _in_year(issued, start.year)
    if not _one_digit_apart(issued.year, start.year) or moved is None:
        return None
    latest = moved + dt.timedelta(days=LONGEST_UNSTATED_DAYS)
    if not moved - dt.timedelta(days=LATEST_RETROACTIVE_DAYS) <= start <= latest:
        return None
    if not others or any(day.year >= issued.year or day.year > start.year for day in others):
        return None
    if start.year not in {day.year for day in others}:
        return None
    return (
        f"năm của ngày quyết định đọc được {issued:%d/%m/%Y} nhưng ngày đi, ngày về ({start:%d/%m/%Y} - "
        f"{end:%d/%m/%Y}) và các ngày khác trong văn bản thuộc năm {start.year}: năm của ngày quyết định đọc sai, "
        "không dùng ngày quyết định (kiểm tra)"
    )


def lost_first_digit(period: Period, issued: dt.date | None, read: str | None) -> str | None:
    """Why a start read on a scan may have lost its day's first digit, or None: its day printed as one digit and
    before the decision's date, where a first digit (1, 2 or 3) would put it on or after that date, by the end — a
    received stamp's frame over the "2" of "từ ngày 27/7/2026" read "7/7/2026" in a decision of 17/7, a three days'
    trip read as 23. Which digit was lost is unknown, so the start is not to be used (→ review)."""
    start, end = period.start, period.end
    day = re.search(r"\d+", read or "")
    if issued is None or start is None or end is None or start >= issued or day is None or len(day.group()) != 1:
        return None
    later = [_make(tens * 10 + start.day, start.month, start.year) for tens in (1, 2, 3)]
    if not any(date is not None and issued <= date <= end for date in later):
        return None
    return (
        f"ngày đi đọc được {start:%d/%m/%Y}, trước ngày của quyết định ({issued:%d/%m/%Y}), ngày chỉ một chữ số: "
        "có thể mất chữ số đầu (dấu, khung đè lên), không dùng ngày đi (kiểm tra)"
    )
