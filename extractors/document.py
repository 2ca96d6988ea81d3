"""Field extraction: a Document with its text goes in, the same Document with its fields filled comes out.

Each field extractor is a pure function `Document -> Document` (returning `model_copy(update=...)`),
registered once in `FIELD_EXTRACTORS`, in the order they run: later ones may read what earlier ones set.
A new field is one new module plus one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from extractors.citations import extract_citations
from extractors.header import extract_header
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

EXTRACTOR_VERSION = "0.3.20"
"""Bump whenever an extractor changes its output: the store re-extracts documents of older versions."""

FIELD_EXTRACTORS: list[tuple[str, FieldExtractor]] = [
    ("stamps", extract_stamps),  # before the header: stamps are not its fields, and bound its date
    ("header", extract_header),  # doc_type, number, issuer, place, issue_date, subject, signer, recipients
    ("citations", extract_citations),  # reads number (the document's own is not a citation)
    ("supersedes", extract_supersessions),  # reads number
    ("destinations", extract_destinations),
    ("trip", extract_trip_field),  # decisions sending people abroad; reads doc_type, subject
    ("people", extract_people),  # reads signer and trip members
    ("report", extract_report_field),  # trip reports; reads doc_type, subject, issuer, signer
    ("plan", extract_plan),  # annual plans of foreign activities; reads doc_type, subject, issue_date
    ("rules", extract_rules),  # keep last: reads doc_type set by the header extractors
]


def extract_fields(document: Document) -> Document:
    """Run every registered field extractor over a document that has its text.

    A failing extractor does not lose the others' work: its error is recorded on the document
    (code `extract.<name>`) and the status becomes partial.
    """
    if document.status is Status.FAILED:
        return document
    result = document.model_copy(update={"extractor_version": EXTRACTOR_VERSION})
    for name, extractor in FIELD_EXTRACTORS:
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
