"""Planned delegations in an annual plan of foreign activities ("Kế hoạch hoạt động đối ngoại năm 2025",
"Kế hoạch đoàn ra năm 2025"): unit, countries, period, size, purpose, funding — one entry per row.

Plans list their delegations as a table (unit | country | purpose | time | size | funding) — a docx table
reaches us as " | "-joined rows, a header row naming the columns — or as numbered lines ("1. Đoàn Sở Công
Thương đi Nhật Bản, Hàn Quốc; thời gian: quý III; số lượng: 05 người; …"). Periods are quarters ("Quý
III/2025"), months ("tháng 6/2025", "tháng 5-6") or halves ("6 tháng đầu năm"); a period without a year is in
the plan's year. A cell that cannot be read is left empty, never guessed: matching a trip to an entry then
says which parts agreed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractors.numbers import find_numbers
from extractors.places import find_destinations
from schemas.document import DocType, Document, PlannedDelegation, Span

_PLAN_TITLE = re.compile(r"kế hoạch\s+(hoạt động\s+)?(đối ngoại|đoàn ra|hợp tác quốc tế)", re.IGNORECASE)
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(r"quý\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|năm)\s*((?:19|20)\d\d))?", re.IGNORECASE)
_MONTHS = re.compile(
    r"tháng\s+(\d{1,2})(?:\s*(?:-|–|đến|,)\s*(?:tháng\s+)?(\d{1,2}))?(?:\s*(?:/|năm)\s*((?:19|20)\d\d))?",
    re.IGNORECASE,
)
_HALF = re.compile(r"6 tháng (đầu|cuối) năm", re.IGNORECASE)
_COLUMNS = {
    "unit": r"đơn vị|cơ quan|chủ trì|tên đoàn|trưởng đoàn",
    "countries": r"nước|quốc gia|địa điểm",
    "period": r"thời gian",
    "size": r"số lượng|số người|thành phần",
    "purpose": r"mục đích|nội dung",
    "funding": r"kinh phí|nguồn",
}
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)-]\s+(.+)$")
_LABELLED = {
    "period": re.compile(r"thời gian\s*:?\s*([^;.]+)", re.IGNORECASE),
    "size": re.compile(r"(?:số lượng|thành phần)\s*:?\s*([^;.]+)", re.IGNORECASE),
    "purpose": re.compile(r"(?:mục đích|nội dung)\s*:?\s*([^;.]+)", re.IGNORECASE),
    "funding": re.compile(r"kinh phí\s*:?\s*([^;.]+)", re.IGNORECASE),
}
_UNIT_IN_LINE = re.compile(
    r"^(?:đoàn(?: công tác)?(?: của)?\s+)?(.+?)\s+(?:đi|sang|thăm|làm việc tại|tại)\s", re.IGNORECASE
)


def is_plan(document: Document) -> bool:
    """A plan of foreign activities: a kế hoạch whose title or subject is about foreign affairs or trips."""
    head = " ".join(filter(None, [document.subject, document.text[:600]]))
    return document.doc_type in (DocType.KE_HOACH, None, DocType.OTHER) and bool(_PLAN_TITLE.search(head))


def plan_year(document: Document) -> int | None:
    """The year a plan covers: "năm 2025" in its subject or title, else the year it was issued."""
    for text in (document.subject or "", document.text[:600]):
        match = _YEAR.search(text)
        if match:
            return int(match.group(1))
    return document.issue_date.year if document.issue_date else None


def period_of(text: str, year: int | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a period as plans write it; (None, None) when it names none or has no year."""
    quarter = _QUARTER.search(text)
    if quarter:
        y = int(quarter.group(2)) if quarter.group(2) else year
        if y is None:
            return None, None
        first_month = 3 * (_ROMAN[quarter.group(1).lower()] - 1) + 1
        return dt.date(y, first_month, 1), _month_end(y, first_month + 2)
    months = _MONTHS.search(text)
    if months:
        y = int(months.group(3)) if months.group(3) else year
        first, last = int(months.group(1)), int(months.group(2) or months.group(1))
        if y is None or not (1 <= first <= last <= 12):
            return None, None
        return dt.date(y, first, 1), _month_end(y, last)
    half = _HALF.search(text)
    if half and year:
        return (
            (dt.date(year, 1, 1), dt.date(year, 6, 30))
            if half.group(1) == "đầu"
            else (dt.date(year, 7, 1), dt.date(year, 12, 31))
        )
    return None, None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _size(text: str) -> int | None:
    numbers = [m.value for m in find_numbers(text) if m.value is not None]
    return numbers[0] if len(numbers) == 1 else None


def _entry(cells: dict[str, str], row: str, year: int | None, span: Span) -> PlannedDelegation | None:
    countries = find_destinations(cells.get("countries") or row)
    if not countries:
        return None
    start, end = period_of(cells.get("period") or "", year)
    return PlannedDelegation(
        unit=(cells.get("unit") or "").strip(" .;:") or None,
        countries=[c.name for c in countries],
        country_codes=[c.code for c in countries],
        period_text=(cells.get("period") or "").strip(" .;:") or None,
        period_start=start,
        period_end=end,
        size=_size(cells["size"]) if cells.get("size") else None,
        purpose=(cells.get("purpose") or "").strip(" .;:") or None,
        funding_text=(cells.get("funding") or "").strip(" .;:") or None,
        row=" ".join(row.split()),
        span=span,
    )


def _header(cells: list[str]) -> dict[int, str] | None:
    """Which column holds what, when a row is the table's header (it names a unit and a country column)."""
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        lowered = cell.lower()
        for field, pattern in _COLUMNS.items():
            if field not in mapping.values() and re.search(pattern, lowered):
                mapping[index] = field
                break
    fields = set(mapping.values())
    return mapping if {"unit", "countries"} <= fields else None


def find_planned_delegations(text: str, year: int | None) -> list[PlannedDelegation]:
    """Every planned delegation of a plan's text: table rows under a header, else numbered lines."""
    entries: list[PlannedDelegation] = []
    header: dict[int, str] | None = None
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        span = Span.in_text(text, start, start + len(line.rstrip()))
        if " | " in line:
            cells = [c.strip() for c in line.strip().split(" | ")]
            found = _header(cells)
            if found:
                header = found
                continue
            if header and len(cells) >= max(header) + 1:
                entry = _entry({field: cells[i] for i, field in header.items()}, line, year, span)
                if entry:
                    entries.append(entry)
            continue
        header = None
        numbered = _NUMBERED.match(line)
        if numbered:
            body = numbered.group(2)
            labelled = {field: m.group(1) for field, pattern in _LABELLED.items() if (m := pattern.search(body))}
            unit = _UNIT_IN_LINE.match(body)
            labelled["unit"] = unit.group(1) if unit else ""
            labelled["countries"] = body.split(";")[0]
            labelled.setdefault("period", body)
            entry = _entry(labelled, body, year, span)
            if entry:
                entries.append(entry)
    return entries


def extract_plan(document: Document) -> Document:
    """Registered field extractor: the planned delegations of an annual plan of foreign activities."""
    if not is_plan(document):
        return document
    return document.model_copy(update={"plan": find_planned_delegations(document.text, plan_year(document))})
