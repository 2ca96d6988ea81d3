"""The Vietnamese public-sector working-day calendar.

Deadlines in the rules ("báo cáo trong 10 ngày làm việc") count working days: Monday to Friday minus public
holidays and compensatory days off, plus the Saturdays the Government declares make-up working days. The
`holidays` package (country VN, language vi) supplies holidays, compensatory days and the swaps it knows
(see pipeline/store/data/calendar_overrides.csv for what it lacks); the override file wins for its dates.
Every caller (the store's `calendar` table, the checks) goes through this module so they agree.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import holidays

OVERRIDES_PATH = Path(__file__).parent / "data" / "calendar_overrides.csv"
TABLE_FIRST_YEAR = 2000
TABLE_LAST_YEAR = 2040
CALENDAR_LIMITS = (1945, 2100)
"""The `calendar` table grows to the years the data needs, within these; a date outside is a misreading."""


@dataclass(frozen=True, slots=True)
class Day:
    """One calendar day as the public sector sees it."""

    date: dt.date
    is_working_day: bool
    holiday_name: str | None
    day_kind: str  # working | weekend | holiday | makeup_working


@dataclass(frozen=True, slots=True)
class Override:
    date: dt.date
    kind: str  # off | working
    name: str
    source: str


def read_overrides(path: Path = OVERRIDES_PATH) -> dict[dt.date, Override]:
    """The override rows by date; lines starting with '#' are comments (sources, explanations)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    overrides: dict[dt.date, Override] = {}
    for row in csv.DictReader(lines):
        kind = row["kind"].strip()
        if kind not in {"off", "working"}:
            raise ValueError(f"{path}: unknown kind {kind!r} on {row['date']} (expected 'off' or 'working')")
        day = dt.date.fromisoformat(row["date"].strip())
        overrides[day] = Override(day, kind, row["name"].strip(), row["source"].strip())
    return overrides


@lru_cache(maxsize=1)
def _overrides() -> dict[dt.date, Override]:
    return read_overrides()


@lru_cache(maxsize=128)
def _year(year: int) -> tuple[Day, ...]:
    """Every day of one year, built once from the package and the overrides."""
    package = holidays.country_holidays("VN", years=year, language="vi")
    makeup = set(package.weekend_workdays)
    overrides = _overrides()
    days: list[Day] = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        days.append(_classify(day, package.get(day), day in makeup, overrides.get(day)))
        day += dt.timedelta(days=1)
    return tuple(days)


def _classify(day: dt.date, holiday: str | None, package_makeup: bool, override: Override | None) -> Day:
    weekend = day.weekday() >= 5
    if override is not None:
        if override.kind == "working":
            return Day(day, True, override.name, "makeup_working" if weekend else "working")
        return Day(day, False, override.name, "holiday")
    if package_makeup:
        return Day(day, True, None, "makeup_working")
    if holiday is not None:
        return Day(day, False, holiday, "holiday")
    if weekend:
        return Day(day, False, None, "weekend")
    return Day(day, True, None, "working")


def day_info(day: dt.date) -> Day:
    """The calendar entry for one date (any year the package can compute)."""
    return _year(day.year)[day.timetuple().tm_yday - 1]


def is_working_day(day: dt.date) -> bool:
    return day_info(day).is_working_day


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The date `n` working days after `day` (before it when n < 0); `day` itself is not counted.

    add_working_days(return_date, 10) is the last day a 10-working-day report is on time.
    """
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    current = day
    while remaining:
        current += dt.timedelta(days=step)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when end < start).

    The inverse of add_working_days: working_days_between(d, add_working_days(d, n)) == n.
    """
    if end < start:
        return -working_days_between(end, start)
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        count += is_working_day(current)
    return count


def calendar_days(first_year: int = TABLE_FIRST_YEAR, last_year: int = TABLE_LAST_YEAR) -> list[Day]:
    """Every day of the years, in order (what the `calendar` table holds)."""
    return [day for year in range(first_year, last_year + 1) for day in _year(year)]


def calendar_signature() -> str:
    """Changes whenever the calendar could change: the package version or the override file."""
    digest = hashlib.sha256(OVERRIDES_PATH.read_bytes())
    digest.update(holidays.__version__.encode())
    digest.update(f"{TABLE_FIRST_YEAR}-{TABLE_LAST_YEAR}".encode())
    return digest.hexdigest()[:16]
