"""Review items: the questions a document leaves for a person, found from its extraction alone (pure).

A value becomes an item when it is null for a reason a person can fix — an unreadable or hand-filled number or
day (the extractor's `number.*` / `issue_date.*` / `date.*` / `signer.*` errors; a printed slot left blank
counts only on a scan, where a hand may have filled it) — or when it was read but its OCR words fall below
`LOW_CONFIDENCE`. A hand-filled number or day the digit recogniser read below its acceptance score gets that
reading as its candidate (with the symbol, or the printed month and year), still an open question.

What a scan left unsure about a decision's trip is asked too (the trip extractor's doubts, `extractors.trips`): a
member whose name was read unsure (`trip_member`, target the name as read: `left_out` when the extractor left it out
of the trip, `unsure_name` when it kept it with an unsure middle name), a period read implausible or moved by a
misread year (`trip_start` and `trip_end`, `implausible_period`) and a submission date whose year was taken from the
decision's (`submitted_on`, `year_unread`); the candidate is the machine's reading, or the value it kept.

Each item carries where the value stands (page, and a box in page pixels) so a crop can show it; when the
extractor gave no box, the line holding the slot's label ("Số:", "ngày … tháng …") stands in, and with no OCR
words at all the whole page does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from extractors.handfilled import slot_digits
from extractors.trips import MEMBER_DOUBT, PERIOD_DOUBT, SUBMISSION_DOUBT
from extractors.vntext import fold
from pipeline.store.queue.fields import MEMBER_FIELD, as_text
from pipeline.store.records import enclosing_box, located, spelling_words
from schemas.document import Document, ErrorItem, Page, TextSource

LOW_CONFIDENCE = 60.0
"""Tesseract word confidence (0-100) under which a value that was read is still put to a person. The header
extractor already drops a number or day under 40 (it becomes null with an error); between the two the value
is kept and asked about."""

_ERROR_FIELDS = {"number": "number", "issue_date": "issue_date", "date": "issue_date", "signer": "signer"}
"""Error code prefix → the field it leaves unread."""
_NOT_FOR_A_PERSON = {"missing"}
"""Error suffixes that mean the value is absent from the paper, not unread (a document with no dateline)."""
_HAND_SLOTS = {"number": "number", "issue_date": "day"}
"""The field → the hand-filled slot (`Page.hand_filled`) its value is written in."""
_SLOT_LABELS = {"number": re.compile(r"^so\b"), "issue_date": re.compile(r"^thang$")}
"""A word on the line of each slot, diacritic-free and case-folded: "Số:" and the "tháng" of the dateline."""


@dataclass(frozen=True)
class Item:
    """One question to a person about one value of one document."""

    sha256: str
    field: str
    reason: str
    origin: str
    target: str = ""
    candidate: str | None = None
    confidence: float | None = None
    page: int | None = None
    box: dict[str, Any] | None = None
    detail: str | None = None

    @property
    def item_id(self) -> str:
        """Stable across runs, so re-extraction or a second check run finds the same item."""
        raw = "|".join((self.sha256, self.field, self.target, self.reason))
        return "R" + hashlib.sha1(raw.encode()).hexdigest()[:11]


def _is_scan(document: Document, page: Page | None) -> bool:
    if page is not None:
        return page.source is TextSource.OCR
    return document.source.text_source in (TextSource.OCR, TextSource.MIXED)


def _line_box(page: Page, field_name: str) -> dict[str, int] | None:
    """The box around the OCR line that holds the slot's label, the nearest thing to the slot itself."""
    label = _SLOT_LABELS.get(field_name)
    if label is None or not page.words:
        return None
    for word in page.words:
        if label.match(fold(word.text).strip(",.;:()").lower()):
            line = [w for w in page.words if w.line == word.line and w.block == word.block]
            return enclosing_box(line)
    return None


def _error_box(error: ErrorItem) -> dict[str, Any] | None:
    """The slot's box when the extractor gives one with its error."""
    box = getattr(error, "box", None)
    if box is None:
        return None
    return dict(box) if isinstance(box, dict) else box.model_dump()


def _from_error(document: Document, error: ErrorItem, pages: dict[int, Page]) -> Item | None:
    prefix, _, suffix = error.code.partition(".")
    field_name = _ERROR_FIELDS.get(prefix)
    if field_name is None or suffix in _NOT_FOR_A_PERSON:
        return None
    page_number = error.page or 1
    page = pages.get(page_number)
    if suffix == "blank":
        if not _is_scan(document, page):
            return None  # a blank slot in a born-digital file is blank on paper too
        suffix = "handwritten_unread"
    box = _error_box(error) or (_line_box(page, field_name) if page is not None else None)
    candidate, score = _hand_reading(document, field_name, page) if suffix == "handwritten_unread" else (None, None)
    return Item(
        document.source.sha256,
        field_name,
        suffix,
        "ingest",
        candidate=candidate,
        confidence=score,
        page=page_number,
        box=box,
        detail=f"{error.message} [{error.code}]",
    )


def _hand_reading(document: Document, field_name: str, page: Page | None) -> tuple[str | None, float | None]:
    """(candidate, confidence 0-100) from the recogniser's unaccepted reading of the value's slot: the digits
    with the symbol kept for a number, with the printed month and year for a day; (None, None) when it read
    nothing of that shape."""
    slot = next((s for s in (page.hand_filled if page else []) if s.slot == _HAND_SLOTS.get(field_name)), None)
    if slot is None:
        return None, None
    candidate = None
    if field_name == "number" and (digits := slot_digits(slot)) and document.symbol:
        candidate = f"{digits}{_separator(document.symbol)}{document.symbol}"
    elif field_name == "issue_date" and (day := slot_digits(slot, longest=2)) and document.issue_date_partial:
        year, month = map(int, document.issue_date_partial.split("-"))
        try:
            candidate = dt.date(year, month, int(day)).isoformat()
        except ValueError:  # day 0, day 31 of a 30-day month
            candidate = None
    return (candidate, round(slot.score * 100, 1)) if candidate else (None, None)


def _separator(symbol: str) -> str:
    """What joins the serial to the symbol: "-" for a party number ("1438-CV/TU": a slash inside its symbol,
    which does not start with a year as "15/2024/QĐ-UBND" does), "/" otherwise."""
    return "-" if "/" in symbol and not re.match(r"\d{4}/", symbol) else "/"


def _low_confidence(document: Document, field_name: str, value: str | None, page: Page | None) -> Item | None:
    if not value or page is None or not page.words:
        return None
    words = spelling_words(page, value)
    if not words:
        return None
    lowest = min(word.confidence for word in words)
    if lowest >= LOW_CONFIDENCE:
        return None
    return Item(
        document.source.sha256,
        field_name,
        "low_confidence",
        "ingest",
        candidate=value,
        confidence=round(lowest, 1),
        page=page.number,
        box=enclosing_box(words),
        detail=f"OCR word confidence {lowest:.0f} < {LOW_CONFIDENCE:.0f}",
    )


def _trip_doubts(document: Document, error: ErrorItem) -> list[Item]:
    """The items of one of the trip extractor's doubts: the member, the period's two dates, or the submission date."""
    trip, sha, detail = document.trip, document.source.sha256, f"{error.message} [{error.code}]"
    if trip is None:
        return []
    page, box = _words_place(document, error.value) if error.value else (None, None)
    if error.code == MEMBER_DOUBT and error.value:
        left_out = error.value in {member.name for member in trip.unsure_members}
        reason = "left_out" if left_out else "unsure_name"
        return [Item(sha, MEMBER_FIELD, reason, "ingest", error.value, error.value, page=page, box=box, detail=detail)]
    if error.code == PERIOD_DOUBT:
        return [
            Item(sha, name, "implausible_period", "ingest", "", as_text(day), None, page, box, detail)
            for name, day in (("trip_start", trip.start), ("trip_end", trip.end))
        ]
    if error.code == SUBMISSION_DOUBT:
        return [Item(sha, "submitted_on", "year_unread", "ingest", candidate=as_text(trip.submitted_on), detail=detail)]
    return []


def _words_place(document: Document, read: str) -> tuple[int | None, dict[str, Any] | None]:
    """The page and box of the OCR words spelling what was `read` (a name, a period's phrase); else the page its
    text is on, without a box."""
    for page in document.pages:
        if words := spelling_words(page, read):
            return page.number, enclosing_box(words)
    return located(document.text, read)[0], None


def document_items(document: Document) -> list[Item]:
    """The items one extracted document raises (at most one per value: per field, and per member read unsure)."""
    pages = {page.number: page for page in document.pages}
    found: dict[tuple[str, str], Item] = {}
    for error in document.errors:
        items = _trip_doubts(document, error)
        if (item := _from_error(document, error, pages)) is not None:
            items.append(item)
        for item in items:
            found.setdefault((item.field, item.target), item)
    signer = document.signer
    signer_page = signer.span.page if signer and signer.span and signer.span.page else len(document.pages)
    for field_name, value, page in (
        ("number", document.number, pages.get(1)),
        ("signer", signer.name if signer else None, pages.get(signer_page)),
    ):
        if (field_name, "") not in found and (item := _low_confidence(document, field_name, value, page)):
            found[field_name, ""] = item
    return list(found.values())
