"""A `Document` as database rows: one pure function, so the loader only moves rows and tests read them.

Every row keeps its provenance: the document's sha256 (→ file path, extractor version in `documents`),
and for values found in the text the page and character span. Trip members and reporters carry no span in
the contract, so their first occurrence in the text stands in as their span.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from extractors.normalize import normalize_word
from schemas.document import Document, Page, Place, Span, Word

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "sha256", "path", "kind", "size_bytes", "page_count", "text_source", "ocr_confidence", "status",
        "doc_type", "number", "symbol", "issuer", "parent_issuer", "place", "issue_date", "subject",
        "signer_name", "signer_title", "signer_mode", "text", "recipients", "destinations",
        "destination_codes", "extractor_version", "ingested_at", "run_id", "document_json",
    ),
    "pages": ("sha256", "number", "source", "confidence", "text", "footnotes", "words"),
    "document_errors": ("sha256", "code", "message", "page"),
    "citations": (
        "sha256", "ordinal", "text", "kind", "number", "date", "issuer", "page", "span_start", "span_end",
    ),
    "mentions": (
        "sha256", "ordinal", "role", "name", "title", "unit", "honorific", "page", "span_start", "span_end", "box",
    ),
    "document_rules": (
        "sha256", "ordinal", "kind", "value", "unit", "applies_to", "exception", "severity", "sentence",
        "page", "span_start", "span_end",
    ),
    "trips": (
        "trip_id", "decision_number", "decision_date", "issuer", "start_date", "end_date", "funding",
        "funding_text", "sponsor", "inviter", "purpose", "submitted_on", "cities", "regions", "declared_size",
        "urgent", "joins_central_delegation", "transit", "transit_codes", "private_trip", "sponsor_country",
    ),
    "trip_destinations": ("trip_id", "ordinal", "country", "iso_code"),
    "trip_places": ("trip_id", "ordinal", "name", "country", "level", "page", "span_start", "span_end"),
    "places": ("sha256", "ordinal", "name", "country", "level", "page", "span_start", "span_end"),
    "trip_members": ("trip_id", "ordinal", "name", "title", "unit", "role", "is_key_leader"),
    "trip_unsure_members": ("trip_id", "ordinal", "name", "title", "unit", "role"),
    "plan_entries": (
        "sha256", "ordinal", "unit", "countries", "country_codes", "period_text", "period_start", "period_end",
        "size", "purpose", "funding_text", "row_text", "page", "span_start", "span_end",
    ),
    "document_amendments": (
        "sha256", "cited_number", "cited_date", "start_date", "end_date", "added", "removed", "destinations",
        "destination_codes", "sentence", "cancels",
    ),
    "reports": (
        "sha256", "number", "report_date", "reporter", "reporting_unit", "cited_decision_number",
        "cited_decision_date", "start_date", "end_date", "destinations", "issuer", "also_cited",
    ),
}  # fmt: skip
"""Tables a document's rows go to, and the columns the loader fills (others keep their defaults)."""

KEYS: dict[str, str] = {table: ("trip_id" if table.startswith("trip") else "sha256") for table in COLUMNS}
"""The column holding the document's sha256 in each table (a trip's id is its decision's sha256)."""


def page_of(text: str, offset: int) -> int:
    """1-based page of a character offset: pages are joined by form feeds in `Document.text`."""
    return text.count("\f", 0, max(offset, 0)) + 1


def _span(text: str, span: Span | None) -> tuple[int | None, int | None, int | None]:
    if span is None:
        return None, None, None
    return (span.page if span.page is not None else page_of(text, span.start)), span.start, span.end


def located(text: str, name: str) -> tuple[int | None, int | None, int | None]:
    """(page, start, end) of the first occurrence of `name` in the text, or Nones."""
    start = text.find(name) if name else -1
    if start < 0:
        return None, None, None
    return page_of(text, start), start, start + len(name)


def document_records(document: Document, *, path: str, run_id: str | None, now: dt.datetime) -> dict[str, list[Row]]:
    """Every row one document contributes, by table (column order as in COLUMNS)."""
    sha = document.source.sha256
    text = document.text
    signer = document.signer
    rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
    rows["documents"].append(
        (
            sha, path, document.source.kind, document.source.size_bytes, document.source.pages,
            _value(document.source.text_source), document.source.ocr_confidence, document.status.value,
            _value(document.doc_type), document.number, document.symbol, document.issuer,
            document.parent_issuer, document.place, document.issue_date, document.subject,
            signer.name if signer else None, signer.title if signer else None, signer.mode if signer else None,
            text, list(document.recipients), list(document.destinations), list(document.destination_codes),
            document.extractor_version, now, run_id, document.model_dump_json(),
        )
    )  # fmt: skip
    for page in document.pages:
        words = json.dumps([w.model_dump() for w in page.words], ensure_ascii=False) if page.words else None
        rows["pages"].append((sha, page.number, page.source.value, page.confidence, page.text, page.footnotes, words))
    rows["document_errors"] = [(sha, e.code, e.message, e.page) for e in document.errors]
    for ordinal, citation in enumerate(document.citations):
        rows["citations"].append(
            (sha, ordinal, citation.text, citation.kind, citation.number, citation.date, citation.issuer,
             *_span(text, citation.span))
        )  # fmt: skip
    rows["mentions"] = _mentions(document)
    rows["places"] = _places(sha, text, document.places)
    for ordinal, rule in enumerate(document.rules):
        rows["document_rules"].append(
            (sha, ordinal, rule.kind, rule.value, rule.unit, rule.applies_to, rule.exception, rule.severity,
             rule.sentence, *_span(text, rule.span))
        )  # fmt: skip
    if document.trip is not None:
        trip = document.trip
        rows["trips"].append(
            (sha, document.number, document.issue_date, document.issuer, trip.start, trip.end,
             _value(trip.funding), trip.funding_text, trip.sponsor, trip.inviter, trip.purpose,
             trip.submitted_on, list(trip.cities), list(trip.regions), trip.declared_size, trip.urgent,
             trip.joins_central_delegation, list(trip.transit), list(trip.transit_codes), trip.private,
             trip.sponsor_country)
        )  # fmt: skip
        rows["trip_places"] = _places(sha, text, trip.places)
        codes = list(trip.destination_codes)
        for ordinal, country in enumerate(trip.destinations):
            rows["trip_destinations"].append((sha, ordinal, country, codes[ordinal] if ordinal < len(codes) else None))
        for ordinal, member in enumerate(trip.members):
            rows["trip_members"].append(
                (sha, ordinal, member.name, member.title, member.unit, member.role, member.is_key_leader)
            )
        rows["trip_unsure_members"] = [
            (sha, ordinal, member.name, member.title, member.unit, member.role)
            for ordinal, member in enumerate(trip.unsure_members)
        ]
    for ordinal, entry in enumerate(document.plan):
        rows["plan_entries"].append(
            (sha, ordinal, entry.unit, list(entry.countries), list(entry.country_codes), entry.period_text,
             entry.period_start, entry.period_end, entry.size, entry.purpose, entry.funding_text, entry.row,
             *_span(text, entry.span))
        )  # fmt: skip
    if document.amends is not None:
        change = document.amends
        added = json.dumps([m.model_dump(include={"name", "title", "unit"}) for m in change.added], ensure_ascii=False)
        rows["document_amendments"].append(
            (sha, change.citation.number, change.citation.date, change.start, change.end, added,
             list(change.removed), list(change.destinations), list(change.destination_codes), change.sentence,
             change.cancels)
        )  # fmt: skip
    if document.report is not None:
        report = document.report
        rows["reports"].append(
            (sha, document.number, document.issue_date, report.reporter, report.reporting_unit,
             report.decision_number, report.decision_date, report.start, report.end,
             list(report.destinations), document.issuer,
             json.dumps([c.model_dump(mode="json") for c in report.also_cited]) if report.also_cited else None)
        )  # fmt: skip
    return rows


def _places(key: str, text: str, places: list[Place]) -> list[Row]:
    """A document's or a trip's places, in order, with where each is written."""
    return [
        (key, ordinal, place.name, place.country, place.level.value, *_span(text, place.span))
        for ordinal, place in enumerate(places)
    ]


def _mentions(document: Document) -> list[Row]:
    """Signer, people, trip members and the reporter, each with where it stands in the text (and on a scan)."""
    sha, text = document.source.sha256, document.text
    pages = {page.number: page for page in document.pages if page.words}
    rows: list[Row] = []

    def add(
        ordinal: int,
        role: str,
        name: str,
        title: str | None,
        unit: str | None,
        honorific: str | None,
        where: tuple[int | None, int | None, int | None],
    ) -> None:
        page = pages.get(where[0]) if where[0] is not None else None
        rows.append((sha, ordinal, role, name, title, unit, honorific, *where, word_box(page, name) if page else None))

    signer = document.signer
    if signer is not None and signer.name:
        add(
            0,
            "signer",
            signer.name,
            signer.title,
            None,
            None,
            _span(text, signer.span) if signer.span else located(text, signer.name),
        )
    for ordinal, person in enumerate(document.people):
        add(
            ordinal,
            "mentioned",
            person.name,
            person.title,
            person.unit,
            person.honorific,
            _span(text, person.span) if person.span else located(text, person.name),
        )
    if document.trip is not None:
        for ordinal, member in enumerate(document.trip.members):
            add(ordinal, "member", member.name, member.title, member.unit, None, located(text, member.name))
    if document.report is not None and document.report.reporter:
        name = document.report.reporter
        add(0, "reporter", name, None, document.report.reporting_unit, None, located(text, name))
    return rows  # fmt: skip


def spelling_words(page: Page, name: str) -> list[Word]:
    """The OCR words that spell `name` on the page (first occurrence, punctuation around words ignored), or []."""
    wanted = [normalize_word(token).casefold() for token in name.split()]
    if not wanted:
        return []
    words = [normalize_word(word.text).strip(",.;:()").casefold() for word in page.words]
    for start in range(len(words) - len(wanted) + 1):
        if words[start : start + len(wanted)] == wanted:
            return page.words[start : start + len(wanted)]
    return []


def enclosing_box(words: Sequence[Word]) -> dict[str, int]:
    """The smallest box around some words, in their pixels."""
    boxes = [word.box for word in words]
    left, top = min(b.left for b in boxes), min(b.top for b in boxes)
    right = max(b.left + b.width for b in boxes)
    bottom = max(b.top + b.height for b in boxes)
    return {"left": left, "top": top, "width": right - left, "height": bottom - top}


def word_box(page: Page, name: str) -> str | None:
    """JSON of the box around the OCR words spelling `name` on the page (first occurrence), else None."""
    words = spelling_words(page, name)
    return json.dumps(enclosing_box(words)) if words else None


def _value(enum_value: Any) -> Any:
    return enum_value.value if enum_value is not None else None
