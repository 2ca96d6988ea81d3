"""Whether a hand-filled number or day the digit recogniser read (`Page.hand_filled`) is accepted.

A wrong number is worse than none, so a reading is accepted only when it is confident (`ACCEPT_SCORE`)
and consistent: digits only, of a number's shape; a day 1-31 and a month 1-12 forming a real date within
the digital signature's bound; and never against what tesseract printed when that was read with
confidence (a conflict leaves the field null). Otherwise the field is null with
`number.handwritten_unread` / `date.handwritten_unread`, its crop box kept for the review queue, and what
is printed is kept: the symbol, the month and year (`issue_date_partial`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from schemas.document import ErrorItem, HandFilled

ACCEPT_SCORE = 0.97
"""The recogniser's score from which a hand-filled reading is taken (its one wrong number of 18 real ones
scored 0.957)."""
_DIGITS = re.compile(r"\d{1,5}")


@dataclass(frozen=True)
class Resolved:
    """A field's value after looking at its hand-filled slot, and the error to note (if any)."""

    value: str | None
    error: ErrorItem | None = None


def confident_digits(slot: HandFilled | None, longest: int = 5) -> str | None:
    """The slot's digits when the recogniser was sure and read nothing but 1..`longest` digits."""
    if slot is None or slot.score < ACCEPT_SCORE or not _DIGITS.fullmatch(slot.text) or len(slot.text) > longest:
        return None
    return slot.text


def _unread(code: str, message: str, slot: HandFilled | None) -> ErrorItem:
    box = slot.box if slot is not None else None
    return ErrorItem(code=code, message=message, page=1 if box else None, box=box)


def resolve_number(printed: str | None, symbol: str | None, sep: str, slot: HandFilled | None) -> Resolved:
    """The document's number from what tesseract printed (`printed`, None when blank or unreadable) and
    the hand-filled slot; None with an error when neither can be trusted."""
    digits = confident_digits(slot)
    if printed is not None:
        serial = re.match(r"\d+", printed)
        if digits is not None and serial is not None and int(serial.group()) != int(digits):
            message = f"printed {printed!r} but the hand-filled digits read {digits!r}"
            return Resolved(None, _unread("number.handwritten_unread", message, slot))
        return Resolved(printed)
    if slot is None:
        return Resolved(None)
    if digits is not None and symbol:
        return Resolved(f"{digits}{sep}{symbol}")
    message = f"hand-filled number not read for sure (read {slot.text!r}, score {slot.score:.2f})"
    return Resolved(None, _unread("number.handwritten_unread", message, slot))


def resolve_day(
    printed: dt.date | None,
    month: int | None,
    year: int | None,
    slots: dict[str, HandFilled],
    within_bound: Callable[[dt.date], str | None],
) -> tuple[dt.date | None, ErrorItem | None]:
    """(issue date, error) from the printed dateline (`printed`, None when its day is blank or unreadable;
    `month`, `year` as printed) and the hand-filled day and month slots. `within_bound` says why a date
    cannot be the issue date (the signing-time bound), or None when it can."""
    day_slot = slots.get("day")
    day = confident_digits(day_slot, longest=2)
    if printed is not None:
        if day is not None and int(day) != printed.day:
            message = f"printed day {printed.day} but the hand-filled day read {day!r}"
            return None, _unread("date.handwritten_unread", message, day_slot)
        return printed, None
    if day_slot is None:
        return None, None
    if month is None:
        month_read = confident_digits(slots.get("month"), longest=2)
        month = int(month_read) if month_read else None
    value = _date(year, month, int(day)) if day is not None and year and month else None
    reason = within_bound(value) if value is not None else f"read {day_slot.text!r}, score {day_slot.score:.2f}"
    if value is not None and reason is None:
        return value, None
    return None, _unread("date.handwritten_unread", f"hand-filled day not read for sure ({reason})", day_slot)


def month_and_year(dateline: str) -> tuple[int | None, int | None]:
    """The printed month (1-12) and year of a folded dateline ("ngay  thang 01 nam 2025"), each or None."""
    month = re.search(r"thang\W*(\d{1,2})\b", dateline)
    year = re.search(r"nam\W*((?:19|20)\d{2})\b", dateline)
    month_value = int(month.group(1)) if month and 1 <= int(month.group(1)) <= 12 else None
    return month_value, int(year.group(1)) if year else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:  # day 31 of a 30-day month, day 0, ...
        return None
