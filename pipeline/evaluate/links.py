"""Report → trip linking accuracy on a labelled set: the part of `congvan eval` that spans documents.

Field comparators see one document at a time; linking needs them all. `LinkRecorder` wraps the evaluation's
extractor, keeping each extracted document by pass (clean text or scan) and id; `link_scores` then loads each
pass into an in-memory DuckDB, runs `pipeline.link` as ingest does, and checks every report's trip against
the truth: the decision whose number (canonical key) and date the report's true citation names, or no trip
when the set holds no such decision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline.link.reports import decision_key, link_all
from pipeline.settings import Settings
from pipeline.store.documents import load_documents
from pipeline.store.migrations import apply, known_migrations
from schemas.document import Document

Record = dict[str, Any]


@dataclass
class LinkScore:
    """How many reports were linked to the right trip (or rightly to none), with the wrong ones."""

    reports: int = 0
    correct: int = 0
    wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (report, expected, got)

    @property
    def accuracy(self) -> float:
        return self.correct / self.reports if self.reports else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "reports": self.reports,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "wrong": [list(item) for item in self.wrong],
        }


def _pass_and_id(path: Path) -> tuple[str, str]:
    name = path.name
    for suffix, kind in ((".scan.png", "scans"), (".scan.pdf", "scans"), (".txt", "clean")):
        if name.endswith(suffix):
            return kind, name[: -len(suffix)]
    return "clean", path.stem


class LinkRecorder:
    """An extractor for `pipeline.evaluate.scoring.evaluate` that also keeps what it extracted, by pass and id."""

    def __init__(self, extractor: Callable[[Path, Settings], Document] | None = None) -> None:
        self.extractor = extractor
        self.documents: dict[str, dict[str, Document]] = {}

    def __call__(self, path: Path, settings: Settings) -> Document:
        if self.extractor is None:
            from pipeline.ingest.extract import extract_file

            document = extract_file(path, settings)
        else:
            document = self.extractor(path, settings)
        kind, doc_id = _pass_and_id(path)
        self.documents.setdefault(kind, {})[doc_id] = document
        return document


def _expected_trips(truths: dict[str, Record]) -> dict[str, str | None]:
    """Report id → id of the decision its true citation names (number key, and date when cited), or None."""
    decisions: dict[str | None, list[tuple[str | None, str]]] = {}
    for doc_id, truth in truths.items():
        if truth.get("trip") and truth.get("number"):
            decisions.setdefault(decision_key(truth["number"]), []).append((truth.get("issue_date"), doc_id))
    expected: dict[str, str | None] = {}
    for doc_id, truth in truths.items():
        report = truth.get("report")
        if not report:
            continue
        cited_date = report.get("decision_date")
        candidates = [
            decision
            for date, decision in decisions.get(decision_key(report.get("decision_number")), [])
            if cited_date is None or date == cited_date
        ]
        expected[doc_id] = candidates[0] if len(candidates) == 1 else None
    return expected


def link_score(documents: dict[str, Document], truths: dict[str, Record], settings: Settings) -> LinkScore:
    """Load one pass's documents, link them, and score every truly-a-report document."""
    con = duckdb.connect(":memory:")
    try:
        apply(con, known_migrations(), ":memory:")
        ok = {doc_id: d for doc_id, d in documents.items() if d.status.value != "failed"}
        load_documents(con, ok.values())
        link_all(con, settings)
        id_of = {d.source.sha256: doc_id for doc_id, d in ok.items()}
        linked = dict(con.execute("SELECT sha256, trip_id FROM reports").fetchall())
    finally:
        con.close()
    score = LinkScore()
    for report_id, expected in sorted(_expected_trips(truths).items()):
        if report_id not in documents:
            continue
        document = documents[report_id]
        trip = linked.get(document.source.sha256)
        got = id_of.get(trip) if trip else None
        score.reports += 1
        if got == expected:
            score.correct += 1
        else:
            score.wrong.append((report_id, expected, got))
    return score


def link_scores(recorder: LinkRecorder, truths: dict[str, Record], settings: Settings) -> dict[str, LinkScore]:
    """Linking accuracy for each pass the recorder saw (clean, scans)."""
    return {kind: link_score(documents, truths, settings) for kind, documents in recorder.documents.items()}
