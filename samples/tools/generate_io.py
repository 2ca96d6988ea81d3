"""Writing ground truth next to a sample: `<stem>.txt` (exact text) and `<stem>.json` (fields)."""

from __future__ import annotations

import json
from pathlib import Path

from samples.tools.render import render_text
from samples.tools.specs import DocSpec


def truth_json(spec: DocSpec) -> str:
    """Ground truth in the contract's shape (`schemas.document.Document` field names), stable formatting."""
    unlabelled = {name: True for name in spec.truth.UNLABELLED} | {"trip": spec.truth.UNLABELLED_TRIP}
    truth = spec.truth.model_dump(mode="json", exclude=unlabelled)
    return json.dumps(_drop_spans(truth), ensure_ascii=False, indent=2) + "\n"


def _drop_spans(value: object) -> object:
    if isinstance(value, dict):
        return {k: _drop_spans(v) for k, v in value.items() if k != "span"}
    if isinstance(value, list):
        return [_drop_spans(v) for v in value]
    return value


def write_truth(spec: DocSpec, stem: Path) -> None:
    stem.with_suffix(".txt").write_text(render_text(spec), encoding="utf-8")
    stem.with_suffix(".json").write_text(truth_json(spec), encoding="utf-8")
