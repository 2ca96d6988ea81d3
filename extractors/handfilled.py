"""Whether a hand-filled number or day the digit recogniser read (`Page.hand_filled`) is accepted.

A wrong number is worse than none, so a reading is accepted only when it is confident (`ACCEPT_SCORE`)
and consistent: digits only, of a number's shape; a day 1-31 and a month 1-12 forming a real date within
the digital signature's bound; and never against what tesseract printed when that was read with
confidence (a conflict leaves the field null). Otherwise the field is null with
`number.handwritten_unread` / `date.handwritten_unread`, its crop box kept for the review queue, and what
is printed is kept: the symbol, the month and year (`issue_date_partial`).

Tesseract's own reading of pen-written digits (a number or day the recogniser did not read) is never taken,
however sure: on page 1 of the 72 dated scans (20 real, both scenarios) it read 11 pen-written days as digits at
confidence 86-96 and 4 were wrong (at 89, 93, 94, 96); on the second scenario's numbers its right readings scored
90 and 96, its wrong ones 50-72. Such a value is null with `number.handwritten_unread` / `date.handwritten_unread`.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from extractors.docnumber import KNOWN_SYMBOL_PARTS, TYPE_ABBREVIATIONS, repair_symbol
from schemas.document import ErrorItem, HandFilled, Word
from schemas.errors import ErrorCode

ACCEPT_SCORE = 0.99
"""The recogniser's score from which a hand-filled reading is taken. Its one wrong number of 18 real ones
scored 0.957 in the first measurement; on the dev split of our real scans a number cut short by the crop
("57" for 574) scored 0.979, while every right number and day scored 0.99 or more."""
_DIGITS = re.compile(r"\d{1,5}")
SEPARATOR_SPECKS = "([{|'‘`"
"""What OCR reads between a number's separator and its symbol from a speck or a bracket ("ổ† /(QĐĐ-UBND"):
never the pen's digits."""
PEN_HEIGHT = 1.6
"""How many times the page's median word height a word's box must reach to be pen-written: hand-filled digits
stand 2-3 times as tall as the printed text around them (68-113 px against 37-45 px at 200 dpi)."""


TYPED_CHECK = "number_check"
"""The slot of a number tesseract read as confident digits of print's height on a page whose day was filled by pen:
the clerk fills number and day together, and pen digits written as small as print read as print at confidence 81-90
(scenario 12). The recogniser reads it too; its reading only confirms tesseract's (`confirm_typed`)."""


RUN_ON = "_run_on"
"""The suffix of a number slot's run-on reading ("number_run_on"): its crop run on over the strokes right after it,
up to the printed "/" (`handwriting._run_on_checks`). Its digits before the symbol must be the number's (`runs_on`)."""


def runs_on(read: str, run_on: str) -> bool:
    """The run-on reading's leading digits are the slot reading's: no pen digit lies past the slot's crop. "60" with
    "604/" is a digit the crop's edge left out; "604" with "6041Q" may be the "/" read as a 1 — both unsure."""
    return _lead(read) == _lead(run_on)


def _lead(text: str) -> str:
    """The digits a reading starts with, the specks before them aside."""
    return re.match(r"[:;.,'|]*(\d*)", text).group(1)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Resolved:
    """A field's value after looking at its hand-filled slot, and the error to note (if any)."""

    value: str | None
    error: ErrorItem | None = None


def slot_digits(slot: HandFilled | None, longest: int = 5) -> str | None:
    """The slot's digits when the recogniser read nothing but 1..`longest` digits, however sure it was: the best
    candidate a person is shown when the reading is not accepted."""
    text = _digits_of(slot.text) if slot is not None else ""
    return text if _DIGITS.fullmatch(text) and len(text) <= longest else None


def confident_digits(slot: HandFilled | None, longest: int = 5) -> str | None:
    """The slot's digits when the recogniser was sure and read nothing but 1..`longest` digits."""
    if slot is None or slot.score < ACCEPT_SCORE:
        return None
    return slot_digits(slot, longest)


def digits_before_symbol(slot: HandFilled | None, sep: str = "/") -> str | None:
    """The digits of a sure reading that took in the start of the printed symbol after them, its separator `sep`
    read as one ("1540/Q" at 0.996: the pen's "0" touching the "/", one stroke that no cut by height parts; "184-Q"
    of a party number): the separator shows where the digits end."""
    if slot is None or slot.score < ACCEPT_SCORE:
        return None
    found = re.match(rf"(\d{{1,5}}){re.escape(sep)}[A-ZĐÐ]", slot.text)
    return found.group(1) if found else None


def _unread(code: str, message: str, slot: HandFilled | None) -> ErrorItem:
    box = slot.box if slot is not None else None
    return ErrorItem(code=code, message=message, page=1 if box else None, box=box)


def pen_written(words: Iterable[Word]) -> dict[str, float]:
    """The words holding a digit that were written by pen (`PEN_HEIGHT`), with tesseract's lowest confidence
    for each text: what a hand-filled number looks like when the digit recogniser found no slot."""
    words = list(words)
    if not words:
        return {}
    median = statistics.median(word.box.height for word in words)
    pen: dict[str, float] = {}
    for word in words:
        if word.box.height >= PEN_HEIGHT * median and any(char.isdigit() for char in word.text):
            pen[word.text] = min(word.confidence, pen.get(word.text, 100.0))
    return pen


def pen_confidence(printed: str | None, pen: dict[str, float]) -> float | None:
    """Tesseract's confidence in the serial of `printed` when a pen-written word holds it (None: printed in type)."""
    serial = re.match(r"\d+", printed or "")
    if serial is None:
        return None
    hits = [conf for text, conf in pen.items() if _leading_digits(text) == serial.group()]
    return min(hits) if hits else None


def pen_day(day: int, pen: dict[str, float]) -> tuple[str, float] | None:
    """(text, confidence) of a pen-written word reading as this day ("05", "5"), None when the day is printed."""
    return next(((text, conf) for text, conf in pen.items() if _digits_of(text).lstrip("0") == str(day)), None)


def _leading_digits(text: str) -> str:
    found = re.match(r"\d+", _digits_of(text))
    return found.group() if found else ""


def resolve_number(
    printed: str | None,
    symbol: str | None,
    sep: str,
    slot: HandFilled | None,
    pen: float | None = None,
    run_on: HandFilled | None = None,
) -> Resolved:
    """The document's number from what tesseract printed (`printed`, None when blank or unreadable) and
    the hand-filled slot; None with an error when neither can be trusted.

    A confident reading of the slot wins over tesseract's (its read of pen digits is far worse: 3/100
    against 86/100 on synthetic ones) when its crop run on to the symbol (`run_on`, `RUN_ON`) reads the same
    digits; an unsure reading is taken only when tesseract read the same. With no
    slot read, tesseract's reading of pen-written digits (`pen`: its confidence, None when the serial is
    printed) is not taken (module doc)."""
    if slot is None or not slot.text:
        if printed is not None and pen is not None:
            message = (
                f"hand-filled number read by tesseract alone ({printed!r}, confidence {pen:.0f}); "
                "the digit recogniser found no slot"
            )
            return Resolved(None, _unread(ErrorCode.NUMBER_HANDWRITTEN_UNREAD, message, slot))
        return Resolved(printed)
    digits = confident_digits(slot) or digits_before_symbol(slot, sep)
    if digits is None and run_on is not None and runs_on(slot.text, run_on.text):
        digits = digits_before_symbol(run_on, sep)  # an unsure reading the run-on crop's sure one confirms
    if digits is not None and run_on is not None and not runs_on(slot.text, run_on.text):
        message = (
            f"hand-filled number read {slot.text!r} (score {slot.score:.2f}), but {run_on.text!r} when the crop is "
            "run on to the printed symbol: a digit may lie past the crop's edge"
        )
        return Resolved(None, _unread(ErrorCode.NUMBER_HANDWRITTEN_UNREAD, message, slot))
    if digits is not None and symbol:
        return Resolved(f"{digits}{sep}{symbol}")
    serial = re.match(r"\d+", printed or "")
    read = re.match(r"\d+", _digits_of(slot.text))
    if printed is not None and serial is not None and read is not None and serial.group() == read.group():
        return Resolved(printed)
    message = f"hand-filled number not read for sure (read {slot.text!r}, score {slot.score:.4f})"
    if printed is not None:
        message += f"; tesseract read {printed!r}"
    return Resolved(None, _unread(ErrorCode.NUMBER_HANDWRITTEN_UNREAD, message, slot))


def confirm_typed(printed: str | None, check: HandFilled) -> Resolved:
    """A number tesseract read as print on a page whose day was filled by pen, and the recogniser's reading of
    the same gap (`TYPED_CHECK`): kept when the two readers agree on its digits, else None with an
    error (pen digits as small as print read as print: "48" for 45 at confidence 90, "485" for 455 at 81). The
    recogniser alone never gives the value here, however sure."""
    serial = re.match(r"\d+", printed or "")
    read = _digits_of(check.text)
    if serial is not None and read == serial.group():
        return Resolved(printed)
    message = (
        f"number read as print ({printed!r}) on a page whose day is hand-filled, but the digit recogniser read "
        f"{check.text!r} (score {check.score:.2f}) there: may be pen-written"
    )
    return Resolved(None, _unread(ErrorCode.NUMBER_HANDWRITTEN_UNREAD, message, check))


_READ_SYMBOL = re.compile(r"[A-ZĐ][A-Za-zĐ]*(?:-[A-ZĐ][A-Za-zĐ]*)+")


def read_symbol(
    slot: HandFilled | None, doc_type: str | None, known: frozenset[str] = KNOWN_SYMBOL_PARTS
) -> str | None:
    """The printed symbol the digit recogniser read after the pen's digits (`HandFilled` "symbol": tesseract lost
    it), when it is consistent: TYPE-BODY… with every part a known one and the type the title's ("QD-UBND" of a
    QUYẾT ĐỊNH → "QĐ-UBND"; "QD-U", cut short, is none). Its score is not the gate — printed capitals read at
    0.94-0.99 where pen digits read at 0.99+ — the shape, the known parts and the title are."""
    if slot is None or doc_type is None:
        return None
    symbol = repair_symbol(slot.text)
    if not _READ_SYMBOL.fullmatch(symbol):
        return None
    parts = symbol.split("-")
    if TYPE_ABBREVIATIONS.get(parts[0]) != doc_type or not all(part in known for part in parts):
        return None
    return symbol


def _digits_of(text: str) -> str:
    """A reading without the punctuation the crop may have caught at its edges ("574/" → "574", ":24" → "24")."""
    return text.strip(":;.,/-")


def resolve_day(
    printed: dt.date | None,
    month: int | None,
    year: int | None,
    slots: dict[str, HandFilled],
    within_bound: Callable[[dt.date], str | None],
) -> tuple[dt.date | None, ErrorItem | None]:
    """(issue date, error) from the printed dateline (`printed`, None when its day is blank or unreadable;
    `year` as printed, `month` as `resolve_month` gave it) and the hand-filled day slot. `within_bound` says why a date
    cannot be the issue date (the signing-time bound), or None when it can. As for the number, a sure
    reading of the slot wins over tesseract's; an unsure one counts only when tesseract read the same."""
    if printed is not None and month is not None and printed.month != month:
        printed = _date(printed.year, month, printed.day)  # the month read from its slot (`resolve_month`)
    day_slot = slots.get("day")
    day = confident_digits(day_slot, longest=2)
    if day_slot is None or not day_slot.text:
        return printed, None
    if day is None and printed is not None and _digits_of(day_slot.text).lstrip("0") == str(printed.day):
        return printed, None  # unsure, but tesseract read the same day
    if printed is not None and day is None:
        message = f"hand-filled day not read for sure (read {day_slot.text!r}); tesseract read {printed.day}"
        return None, _unread(ErrorCode.DATE_HANDWRITTEN_UNREAD, message, day_slot)
    value = _date(year, month, int(day)) if day is not None and year and month else None
    reason = within_bound(value) if value is not None else f"read {day_slot.text!r}, score {day_slot.score:.2f}"
    if value is not None and reason is None:
        return value, None
    return None, _unread(ErrorCode.DATE_HANDWRITTEN_UNREAD, f"hand-filled day not read for sure ({reason})", day_slot)


def resolve_month(printed: int | None, slot: HandFilled | None) -> tuple[int | None, ErrorItem | None]:
    """(month, error) from tesseract's month (`printed`) and the hand-filled month slot, read only when the month
    was not confident print (`handwriting.find_slots`): tesseract's month is then its reading of pen ink, and
    trusted no more than its pen days ("9" at confidence 69 for a written 5). As for the day, a sure reading of
    the slot (1-12) wins; an unsure one counts only when tesseract read the same; otherwise no month."""
    if slot is None or not slot.text:
        return printed, None
    read = _month_digits(slot.text)
    if slot.score >= ACCEPT_SCORE and _DIGITS.fullmatch(read) and 1 <= int(read) <= 12:
        return int(read), None
    if printed is not None and read.lstrip("0") == str(printed):
        return printed, None
    message = f"hand-filled month not read for sure (read {slot.text!r}, score {slot.score:.4f})"
    if printed is not None:
        message += f"; tesseract read {printed}"
    return None, _unread(ErrorCode.DATE_HANDWRITTEN_UNREAD, message, slot)


def _month_digits(text: str) -> str:
    """A month slot's reading without the labels' letters its crop caught: the last of "tháng" and the first of
    "năm" ("g8n" at 0.998 for a pen-written 8 on the ninth scenario's scans), and a digit read raised ("g³")."""
    return _digits_of(unicodedata.normalize("NFKC", text).removeprefix("g").removesuffix("n"))


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
