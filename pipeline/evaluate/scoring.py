"""`congvan eval`: per-field precision, recall and F1 of the extractors against a labelled set.

A labelled set is a folder of `<id>.json` (ground truth in the contract's field names) beside `<id>.txt`
(the clean text) and optionally `<id>.scan.png` / `<id>.scan.pdf` (a noisy scan). The clean text and the
scan both go through `pipeline.ingest.extract.extract_file`, as any user file would, and are scored separately;
scans also get the OCR character error rate against the clean text.

Fields are pluggable: a comparator turns one record (ground truth or prediction, both as JSON dicts) into
a set of hashable items; true positives are the items in both sets, summed over documents (micro
average). Scalars are sets of at most one item. Comparators live in `pipeline/evaluate/fields/` modules,
each registering with `@register_field`; every module there is imported, so a new field is a new file.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.settings import Settings
from schemas.document import Document

Record = dict[str, Any]
Comparator = Callable[[Record], set[Hashable]]
FIELD_COMPARATORS: dict[str, Comparator] = {}
SCAN_SUFFIXES = (".scan.png", ".scan.pdf")
LABELLED_FIELDS = "labelled_fields"
"""Key of a partial label: the fields a person answered (`congvan review export-labels`); the others unscored."""


def register_field(name: str) -> Callable[[Comparator], Comparator]:
    """Decorator: score field `name` with this comparator (record → set of comparable items)."""

    def add(comparator: Comparator) -> Comparator:
        FIELD_COMPARATORS[name] = comparator
        return comparator

    return add


def load_field_plugins() -> dict[str, Comparator]:
    """Import every module in `pipeline.evaluate.fields` (each registers its fields) and return the registry."""
    import pipeline.evaluate.fields as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return FIELD_COMPARATORS


def norm(value: object, casefold: bool = False) -> str:
    """Unicode NFC, whitespace collapsed; optionally case-folded (for names of bodies and titles)."""
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text.casefold() if casefold else text


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Hashable], truth: set[Hashable]) -> None:
        self.tp += len(predicted & truth)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Mistake:
    """One document's disagreement on one field: what was missed and what was wrongly found."""

    doc_id: str
    field: str
    missing: list[str]
    extra: list[str]


@dataclass
class Evaluation:
    """Scores of one pass (clean text or scans) over a labelled set."""

    documents: int = 0
    fields: dict[str, Score] = field(default_factory=dict)
    cer: float | None = None
    failed: list[str] = field(default_factory=list)
    mistakes: list[Mistake] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "documents": self.documents,
            "fields": {name: score.as_dict() for name, score in self.fields.items()},
            "failed": self.failed,
        }
        if self.cer is not None:
            result["cer"] = round(self.cer, 4)
        return result


@dataclass(frozen=True)
class Sample:
    doc_id: str
    truth: Record
    text_path: Path | None
    scan_path: Path | None


def load_samples(directory: Path) -> tuple[list[Sample], list[str]]:
    """Labelled samples in `directory` and the problems met (unreadable ground truth), sorted by id."""
    samples: list[Sample] = []
    problems: list[str] = []
    for truth_path in sorted(directory.glob("*.json")):
        if truth_path.name == "manifest.json":
            continue
        doc_id = truth_path.name[: -len(".json")]
        try:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{truth_path}: unreadable ground truth ({error})")
            continue
        if not isinstance(truth, dict):
            problems.append(f"{truth_path}: ground truth is not a JSON object")
            continue
        text_path = directory / f"{doc_id}.txt"
        scans = [directory / f"{doc_id}{suffix}" for suffix in SCAN_SUFFIXES]
        scan = next((path for path in scans if path.exists()), None)
        samples.append(Sample(doc_id, truth, text_path if text_path.exists() else None, scan))
    return samples, problems


def score_document(
    evaluation: Evaluation, doc_id: str, predicted: Record, truth: Record, comparators: dict[str, Comparator]
) -> None:
    evaluation.documents += 1
    labelled = truth.get(LABELLED_FIELDS)
    if labelled is not None:  # a partial label (a reviewer's answers): score only what a person looked at
        comparators = {name: comparators[name] for name in labelled if name in comparators}
    for name, comparator in comparators.items():
        want, got = comparator(truth), comparator(predicted)
        evaluation.fields.setdefault(name, Score()).add(got, want)
        if want != got:
            evaluation.mistakes.append(
                Mistake(doc_id, name, sorted(map(str, want - got)), sorted(map(str, got - want)))
            )


def character_error_rate(pairs: Iterable[tuple[str, str]]) -> float:
    """Edit distance over reference length, summed over (reference, hypothesis) pairs, whitespace collapsed."""
    from rapidfuzz.distance import Levenshtein

    distance = length = 0
    for reference, hypothesis in pairs:
        ref, hyp = norm(reference), norm(hypothesis)
        distance += Levenshtein.distance(ref, hyp)
        length += len(ref)
    return distance / length if length else 0.0


def _extract(path: Path, settings: Settings) -> Document:
    from pipeline.ingest.extract import extract_file

    return extract_file(path, settings)


def evaluate(
    directory: Path,
    settings: Settings,
    *,
    scans: bool = True,
    extractor: Callable[[Path, Settings], Document] = _extract,
) -> tuple[dict[str, Evaluation], list[str]]:
    """Score the clean texts (and the scans unless `scans` is False) of a labelled folder.

    Returns {"clean": ..., "scans": ...} and the problems met (unreadable truth, failed extraction);
    a failed document is recorded and skipped, never stops the run.
    """
    comparators = load_field_plugins()
    samples, problems = load_samples(directory)
    results = {"clean": Evaluation()}
    if scans:
        results["scans"] = Evaluation()
    cer_pairs: list[tuple[str, str]] = []
    for sample in samples:
        passes = [("clean", sample.text_path)]
        if scans and sample.scan_path is not None:
            passes.append(("scans", sample.scan_path))
        for name, path in passes:
            if path is None:
                continue
            document = extractor(path, settings)
            if document.status.value == "failed":
                message = "; ".join(f"{e.code}: {e.message}" for e in document.errors)
                results[name].failed.append(sample.doc_id)
                problems.append(f"{path}: extraction failed ({message})")
                continue
            score_document(results[name], sample.doc_id, document.model_dump(mode="json"), sample.truth, comparators)
            if name == "scans" and sample.text_path is not None:
                cer_pairs.append((sample.text_path.read_text(encoding="utf-8"), document.text))
    if scans:
        results["scans"].cer = character_error_rate(cer_pairs) if cer_pairs else None
    return results, problems


def format_table(results: dict[str, Evaluation]) -> str:
    """The per-field table: one row per field, precision/recall/F1 for each pass side by side."""
    names = list(dict.fromkeys(name for evaluation in results.values() for name in evaluation.fields))
    header = f"{'field':<16}" + "".join(f"{p + ' P':>10}{p + ' R':>10}{p + ' F1':>10}" for p in results)
    rows = [header, "-" * len(header)]
    for name in names:
        cells = ""
        for evaluation in results.values():
            score = evaluation.fields.get(name)
            cells += f"{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>10.3f}" if score else " " * 30
        rows.append(f"{name:<16}{cells}")
    footer = [
        f"{p}: {e.documents} documents" + (f", CER {e.cer:.4f}" if e.cer is not None else "")
        for p, e in results.items()
    ]
    return "\n".join([*rows, *footer])
