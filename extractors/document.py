"""Field extraction: a Document with its text goes in, the same Document with its fields filled comes out.

Each field extractor is a pure function `Document -> Document` (returning `model_copy(update=...)`),
registered once in `FIELD_EXTRACTORS`, in the order they run: later ones may read what earlier ones set.
A new field is one new module plus one line here. What an extractor may know besides the document comes
as data in an `ExtractionContext` (the pipeline fills it from the store); extractors never read it themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from extractors.amendments import extract_amendment
from extractors.citations import extract_citations
from extractors.docnumber import KNOWN_SYMBOL_PARTS
from extractors.header import extract_header
from extractors.lost_marks import add_lost_citations, read_lost_marks
from extractors.people import extract_people
from extractors.places import extract_destinations
from extractors.plans import extract_plan
from extractors.reports import extract_report_field
from extractors.rules import extract_rules
from extractors.stamps import extract_stamps
from extractors.supersession import extract_supersessions
from extractors.trips import extract_trip_field
from schemas.document import Document, ErrorItem, Status

FieldExtractor = Callable[[Document], Document]

EXTRACTOR_VERSION = "0.3.77"
"""Bump whenever an extractor changes its output: the store re-extracts documents of older versions."""


@dataclass(frozen=True)
class ExtractionContext:
    """What extraction knows besides the document: passed in by the pipeline, the same for a whole run."""

    symbol_parts: frozenset[str] = KNOWN_SYMBOL_PARTS
    """Symbol parts an OCR'd number may be corrected towards: the built-in bodies, plus those of the
    documents already in the store (an office's own units: "CTrTT", "KTTH")."""


def field_extractors(context: ExtractionContext) -> list[tuple[str, FieldExtractor]]:
    """The registered extractors, in the order they run, given what the run knows."""
    return [
        ("stamps", extract_stamps),  # before the header: stamps are not its fields, and bound its date
        # doc_type, number, issuer, place, issue_date, subject, signer, recipients
        ("header", partial(extract_header, symbol_parts=context.symbol_parts)),
        ("lost_marks", read_lost_marks),  # a text that lost its marks: the header from closed phrases only
        ("citations", partial(extract_citations, symbol_parts=context.symbol_parts)),  # reads number
        ("lost_citations", add_lost_citations),  # a text that lost its marks: kinds from closed phrases
        ("supersedes", extract_supersessions),  # reads number
        ("destinations", extract_destinations),
        ("trip", extract_trip_field),  # decisions sending people abroad; reads doc_type, subject
        ("amends", extract_amendment),  # decisions changing a trip decision; reads doc_type, number, trip
        ("people", extract_people),  # reads signer and trip members
        ("report", extract_report_field),  # trip reports; reads doc_type, subject, issuer, signer
        ("plan", extract_plan),  # annual plans of foreign activities; reads doc_type, subject, issue_date
        ("rules", extract_rules),  # keep last: reads doc_type set by the header extractors
    ]


FIELD_EXTRACTORS = field_extractors(ExtractionContext())
"""The extractors with what is built in only (no store)."""


def extract_fields(document: Document, context: ExtractionContext | None = None) -> Document:
    """Run every registered field extractor over a document that has its text (`context`: what the run
    knows besides it; none: the built-in knowledge only).

    A failing extractor does not lose the others' work: its error is recorded on the document
    (code `extract.<name>`) and the status becomes partial.
    """
    if document.status is Status.FAILED:
        return document
    result = document.model_copy(update={"extractor_version": EXTRACTOR_VERSION})
    for name, extractor in FIELD_EXTRACTORS if context is None else field_extractors(context):
        try:
            result = extractor(result)
        except Exception as error:  # one extractor's bug must not drop the document
            result = result.model_copy(
                update={
                    "status": Status.PARTIAL,
                    "errors": [
                        *result.errors,
                        ErrorItem(code=f"extract.{name}", message=f"{type(error).__name__}: {error}"),
                    ],
                }
            )
    return result
