"""Rule extraction accuracy: extracted rules against labelled ones, matched on (kind, value), and on scope,
severity, unit and the scope's definition when the label gives them.

A labelled rule is {"kind": ..., "value": number | null, "scope"?, "severity"?, "unit"?, "definition"?}; each
extracted rule can match one label. Used by
`congvan eval DIR --rule-labels FILE` (dispatch texts you hold, e.g. the real seed documents, labelled by file
name without their text) and by `pipeline.evaluate.scoring`'s comparator registry (samples/eval/*.json carry `rules`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from extractors.rules import find_rules
from extractors.supersession import find_supersessions
from extractors.vntext import fold
from pipeline.link.reports import decision_key
from schemas.document import ExtractedRule

_OPTIONAL = ("scope", "severity", "unit", "definition")
"""Label fields compared only when the label states them (older labels carry kind and value only). `definition`
is the scope's definition the dispatch gives, null when it gives none: {term, includes, excludes}, compared folded
and unordered (an extracted rule's `scope_definition`)."""


def _definition(definition: Mapping[str, Any] | None) -> tuple[Any, ...] | None:
    if definition is None:
        return None
    return (
        fold(definition["term"]),
        tuple(sorted(fold(who) for who in definition.get("includes") or ())),
        tuple(sorted(fold(who) for who in definition.get("excludes") or ())),
    )


def _key(rule: Mapping[str, Any], fields: tuple[str, ...]) -> tuple[Any, ...]:
    value = rule.get("value")
    if "definition" not in rule:  # an extracted rule
        rule = {**rule, "definition": rule.get("scope_definition")}
    values = (_definition(rule["definition"]) if f == "definition" else rule.get(f) for f in fields)
    return (rule["kind"], None if value is None else float(value), *values)


def compare_rules(
    expected: Iterable[Mapping[str, Any]], got: Iterable[ExtractedRule], *, kind_value_only: bool = False
) -> dict[str, int]:
    """True positives, false positives and false negatives of one document's rules: on every field the labels
    give, or on kind and value alone (`kind_value_only`: was the rule found at all, whatever its scope)."""
    labels = list(expected)
    optional = () if kind_value_only else _OPTIONAL
    fields = tuple(f for f in optional if labels and all(f in e for e in labels))
    want = Counter(_key(e, fields) for e in labels)
    have = Counter(_key(r.model_dump(), fields) for r in got)
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


def compare_supersessions(expected: Iterable[str], text: str) -> dict[str, int]:
    """Superseded documents read from a text against the labelled numbers (compared as decision keys)."""
    want = Counter(decision_key(n) for n in expected)
    have = Counter(decision_key(s.citation.number) for s in find_supersessions(text))
    tp = sum((want & have).values())
    return {"tp": tp, "fp": sum(have.values()) - tp, "fn": sum(want.values()) - tp}


def score_labelled_texts(folder: Path, labels: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Rule extraction on `folder/<name>` for every labelled name: overall scores (on every labelled field;
    `kind_value`: on kind and value alone) with per-file counts, and the labelled files that are missing.
    Keys starting with "_" are not files: `_supersedes` maps a file to the document numbers it says it
    replaces, scored as `supersedes` over every labelled file."""
    per_file: dict[str, dict[str, int]] = {}
    kind_value: list[dict[str, int]] = []
    superseded: list[dict[str, int]] = []
    missing: list[str] = []
    replaced = labels.get("_supersedes")
    for name, expected in sorted(labels.items()):
        if name.startswith("_") or name == "note":
            continue
        path = folder / name
        if not path.is_file():
            missing.append(str(path))
            continue
        text = path.read_text(encoding="utf-8")
        rules = find_rules(text)
        per_file[name] = compare_rules(expected, rules)
        kind_value.append(compare_rules(expected, rules, kind_value_only=True))
        if replaced is not None:
            superseded.append(compare_supersessions(replaced.get(name, []), text))
    result: dict[str, Any] = {**scores(per_file.values()), "kind_value": scores(kind_value), "files": per_file}
    if replaced is not None:
        result["supersedes"] = scores(superseded)
    return result, missing
