"""Rule extraction accuracy: extracted rules against labelled ones, matched on (kind, value).

A labelled rule is {"kind": ..., "value": number | null}; each extracted rule can match one label. Used by
`congvan eval DIR --rule-labels FILE` (dispatch texts you hold, e.g. the real seed documents, labelled by file
name without their text) and by `pipeline.evaluate.scoring`'s comparator registry (samples/eval/*.json carry `rules`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from extractors.rules import find_rules
from schemas.document import ExtractedRule


def _key(kind: str, value: float | None) -> tuple[str, float | None]:
    return kind, None if value is None else float(value)


def compare_rules(expected: Iterable[Mapping[str, Any]], got: Iterable[ExtractedRule]) -> dict[str, int]:
    """True positives, false positives and false negatives of one document's rules."""
    want = Counter(_key(e["kind"], e.get("value")) for e in expected)
    have = Counter(_key(r.kind, r.value) for r in got)
    tp = sum((want & have).values())
    return {"tp": tp, "fp": sum(have.values()) - tp, "fn": sum(want.values()) - tp}


def scores(counts: Iterable[Mapping[str, int]]) -> dict[str, float | int]:
    """Micro-averaged precision, recall and F1 over documents' counts."""
    tp = fp = fn = 0
    for c in counts:
        tp, fp, fn = tp + c["tp"], fp + c["fp"], fn + c["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def score_labelled_texts(
    folder: Path, labels: Mapping[str, list[Mapping[str, Any]]]
) -> tuple[dict[str, Any], list[str]]:
    """Rule extraction on `folder/<name>` for every labelled name: overall scores with per-file counts, and
    the labelled files that are missing."""
    per_file: dict[str, dict[str, int]] = {}
    missing: list[str] = []
    for name, expected in sorted(labels.items()):
        path = folder / name
        if not path.is_file():
            missing.append(str(path))
            continue
        per_file[name] = compare_rules(expected, find_rules(path.read_text(encoding="utf-8")))
    return {**scores(per_file.values()), "files": per_file}, missing
