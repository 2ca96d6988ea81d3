"""`congvan eval LABELS --documents DIR`: score the extractors on real paperwork labelled by hand.

The labels (`samples/real/labels/<id>.json`, see its README) hold no document bytes: each names its PDF
(`file`, `sha256`) and the documents are read from a folder given at run time. A document absent from
that folder is reported and skipped; one whose bytes differ from the labelled hash is a problem (the label
does not describe it) and is skipped too. A document the pipeline fails on is scored as found nothing:
on real paperwork a failure is a result, not an excuse.

Fields are the header fields of issue 11, scored with the comparators `congvan eval` uses on the rendered
set (`pipeline/evaluate/fields/`), plus the month and year of the issue date (a hand-filled day is often
unreadable while the printed month is not) and page-1 citations by recall only: the labels list the
citations of page 1, the extractor reports those of every page. Transcribed pages (`<id>.p<N>.txt`) give
the character error rate of the extracted page text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.scoring import Comparator, Mistake, Record, Score, character_error_rate, load_field_plugins
from pipeline.ingest.extract import extract_file, identify
from pipeline.settings import Settings
from schemas.document import Document

SPLITS = ("dev", "blind")
HEADER_FIELDS = ("doc_type", "number", "issue_date", "issue_month", "issuer", "place", "signer", "signer_mode")
RECALL_ONLY_FIELDS = ("citations_page1",)
TRANSCRIPTION = re.compile(r"^(?P<doc_id>.+)\.p(?P<page>\d+)\.txt$")


@dataclass(frozen=True)
class RealLabel:
    """One hand-labelled real document: its truth, the PDF it names and its transcribed pages."""

    doc_id: str
    truth: Record
    file: str
    sha256: str
    split: str
    transcriptions: dict[int, str]


@dataclass
class RealEvaluation:
    """Scores over the labelled documents found in the documents folder."""

    split: str | None
    extractor_version: str = ""
    scored: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    fields: dict[str, Score] = field(default_factory=dict)
    cer_pages: list[str] = field(default_factory=list)
    cer: float | None = None
    mistakes: list[Mistake] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for name, score in self.fields.items():
            fields[name] = score.as_dict()
            if name in RECALL_ONLY_FIELDS:
                fields[name] = {"recall": round(score.recall, 4), "tp": score.tp, "fn": score.fn}
        return {
            "split": self.split,
            "extractor_version": self.extractor_version,
            "documents": len(self.scored),
            "scored": self.scored,
            "missing": self.missing,
            "failed": self.failed,
            "fields": fields,
            "cer": None if self.cer is None else round(self.cer, 4),
            "cer_pages": self.cer_pages,
        }


def load_real_labels(directory: Path, split: str | None = None) -> tuple[list[RealLabel], list[str]]:
    """The labels in `directory` (of `split` when given), sorted by id, and the problems met reading them."""
    labels: list[RealLabel] = []
    problems: list[str] = []
    transcriptions: dict[str, dict[int, str]] = {}
    for path in sorted(directory.glob("*.txt")):
        match = TRANSCRIPTION.match(path.name)
        if match:
            text = path.read_text(encoding="utf-8")
            transcriptions.setdefault(match["doc_id"], {})[int(match["page"])] = text
    for path in sorted(directory.glob("*.json")):
        if path.name == "splits.json":
            continue
        try:
            truth = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path}: unreadable label ({error})")
            continue
        absent = [key for key in ("file", "sha256", "split") if not isinstance(truth, dict) or not truth.get(key)]
        if absent:
            problems.append(f"{path}: not a real-scan label (no {', '.join(absent)})")
            continue
        if truth["split"] not in SPLITS:
            problems.append(f"{path}: split {truth['split']!r} is not one of {', '.join(SPLITS)}")
            continue
        if split is not None and truth["split"] != split:
            continue
        doc_id = path.name[: -len(".json")]
        pages = transcriptions.get(doc_id, {})
        labels.append(RealLabel(doc_id, truth, truth["file"], truth["sha256"], truth["split"], pages))
    return labels, problems


def issue_month(record: Record) -> set[Hashable]:
    """Month and year of the issue: the label's `issue_month`, else the first 7 characters of `issue_date`."""
    value = record.get("issue_month") or record.get("issue_date_partial") or (record.get("issue_date") or "")[:7]
    return {value} if value else set()


def real_comparators() -> dict[str, Comparator]:
    """The comparators scored on real scans, by field name (shared with the rendered set's eval)."""
    shared = load_field_plugins()
    comparators = {name: shared[name] for name in HEADER_FIELDS if name in shared}
    comparators["issue_month"] = issue_month
    comparators["citations_page1"] = shared["citations"]
    return {name: comparators[name] for name in (*HEADER_FIELDS, *RECALL_ONLY_FIELDS)}


def score_real_document(
    evaluation: RealEvaluation, doc_id: str, predicted: Record, truth: Record, comparators: dict[str, Comparator]
) -> None:
    """Add one document to the scores; recall-only fields count only what the label lists."""
    for name, comparator in comparators.items():
        want, got = comparator(truth), comparator(predicted)
        if name in RECALL_ONLY_FIELDS:
            got = got & want
        evaluation.fields.setdefault(name, Score()).add(got, want)
        if want != got:
            evaluation.mistakes.append(
                Mistake(doc_id, name, sorted(map(str, want - got)), sorted(map(str, got - want)))
            )


def evaluate_real(
    labels_dir: Path,
    documents_dir: Path,
    settings: Settings,
    *,
    split: str | None = None,
    extractor: Callable[[Path, Settings], Document] = extract_file,
) -> tuple[RealEvaluation, list[str]]:
    """Extract every labelled document found in `documents_dir` (by the label's file name) and score it.

    Returns the evaluation and the problems met (unreadable labels, a file whose bytes are not the
    labelled ones); none of them stops the run. Missing and failed documents are in the evaluation.
    """
    labels, problems = load_real_labels(labels_dir, split)
    comparators = real_comparators()
    evaluation = RealEvaluation(split=split)
    cer_pairs: list[tuple[str, str]] = []
    for label in labels:
        path = documents_dir / label.file
        if not path.is_file():
            evaluation.missing.append(label.doc_id)
            continue
        if identify(path).sha256 != label.sha256:
            problems.append(f"{path}: its sha256 is not the labelled one ({label.sha256[:16]}…); not scored")
            continue
        document = extractor(path, settings)
        evaluation.extractor_version = evaluation.extractor_version or document.extractor_version
        predicted = document.model_dump(mode="json")
        if document.status.value == "failed":
            evaluation.failed[label.doc_id] = "; ".join(f"{e.code}: {e.message}" for e in document.errors)
            predicted = {}
        evaluation.scored.append(label.doc_id)
        score_real_document(evaluation, label.doc_id, predicted, label.truth, comparators)
        for number, reference in sorted(label.transcriptions.items()):
            page_text = document.pages[number - 1].text if number <= len(document.pages) else ""
            cer_pairs.append((reference, page_text))
            evaluation.cer_pages.append(f"{label.doc_id}.p{number}")
    evaluation.cer = character_error_rate(cer_pairs) if cer_pairs else None
    return evaluation, problems


def format_real_table(evaluation: RealEvaluation) -> str:
    """One row per field (precision, recall, F1, counts); recall-only fields show '-' for precision and F1."""
    header = f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>5}{'fp':>5}{'fn':>5}"
    rows = [header, "-" * len(header)]
    for name, score in evaluation.fields.items():
        if name in RECALL_ONLY_FIELDS:
            rows.append(f"{name:<16}{'-':>8}{score.recall:>8.3f}{'-':>8}{score.tp:>5}{'-':>5}{score.fn:>5}")
        else:
            cells = (
                f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}{score.tp:>5}{score.fp:>5}{score.fn:>5}"
            )
            rows.append(f"{name:<16}{cells}")
    cer = "n/a" if evaluation.cer is None else f"{evaluation.cer:.4f} over {len(evaluation.cer_pages)} pages"
    rows.append(
        f"split {evaluation.split or 'all'}: {len(evaluation.scored)} documents scored"
        f" ({len(evaluation.failed)} failed), {len(evaluation.missing)} not found; CER {cer};"
        f" extractor {evaluation.extractor_version or 'n/a'}"
    )
    return "\n".join(rows)
