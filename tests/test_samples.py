"""The bundled samples and the evaluation set: reproducible, valid against the contract, self-consistent."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from samples.tools.demo import demo_specs, expected_findings, working_days_after
from samples.tools.evalset import build_eval_set
from samples.tools.generate_io import truth_json
from samples.tools.render import PAGE_H, PAGE_W, font_path, render_pages, render_text, scan
from schemas.document import Document, Source

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TRUTH_FILES = sorted((SAMPLES / "eval").glob("*.json")) + sorted((SAMPLES / "ground_truth").glob("*.json"))
TRUTH_FILES = [p for p in TRUTH_FILES if p.name not in ("manifest.json", "expected_findings.json")]


def test_samples_generator_is_deterministic() -> None:
    first = [(truth_json(s), render_text(s)) for s in build_eval_set(7)]
    again = [(truth_json(s), render_text(s)) for s in build_eval_set(7)]
    other = [(truth_json(s), render_text(s)) for s in build_eval_set(8)]
    assert first == again
    assert first != other


def test_samples_committed_eval_matches_generator() -> None:
    """The committed ground truth is exactly what `python -m samples.tools.generate` writes."""
    specs = build_eval_set()
    assert len(specs) >= 60
    for spec in specs:
        assert (SAMPLES / "eval" / f"{spec.id}.txt").read_text(encoding="utf-8") == render_text(spec)
        assert (SAMPLES / "eval" / f"{spec.id}.json").read_text(encoding="utf-8") == truth_json(spec)


@pytest.mark.parametrize("path", TRUTH_FILES, ids=lambda p: p.name)
def test_samples_truth_validates_against_contract(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    document = Document(source=Source(path=path.name, sha256="0" * 64, pages=1), **data)
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    if document.number:
        assert document.number in text
    for citation in document.citations:
        assert citation.text in text
    for rule in document.rules:
        assert rule.sentence in text
    if document.signer and document.signer.name:
        assert document.signer.name in text


def test_samples_eval_covers_types_styles_and_messy_cases() -> None:
    manifest = json.loads((SAMPLES / "eval" / "manifest.json").read_text(encoding="utf-8"))
    types = {entry["doc_type"] for entry in manifest}
    tags = {tag for entry in manifest for tag in entry["tags"]}
    assert {"cong_van", "quyet_dinh", "bao_cao", "ke_hoach", "chi_thi", "quy_dinh", "thong_bao", "to_trinh"} <= types
    assert "other" in types
    assert {entry["style"] for entry in manifest} == {"state", "party", "web"}
    assert {"blank-number", "hand-fill-date", "incoming-stamp", "sao-y-ban-chinh", "footnote"} <= tags
    assert {"signature-not-last", "broken-date-line", "web-boilerplate"} <= tags


def test_samples_readme_lists_only_existing_files() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`((?:documents|ground_truth|eval|tools)/[^`\s<>]+)`", readme))
    assert len(listed) >= 14
    missing = sorted(name for name in listed if not (SAMPLES / name).exists())
    assert missing == []
    for path in (SAMPLES / "documents").iterdir():
        assert f"documents/{path.name}" in listed, f"{path.name} is not described in samples/README.md"


def test_samples_expected_findings_match_planted_cases() -> None:
    committed = json.loads((SAMPLES / "ground_truth" / "expected_findings.json").read_text(encoding="utf-8"))
    findings = expected_findings(demo_specs())
    assert json.loads(json.dumps(findings, ensure_ascii=False)) == committed["findings"]
    kinds = {(f["rule_kind"], f["decision_number"], f["person"]) for f in findings}
    assert ("max_trips_per_year", "1024/QĐ-UBND", "Lục Văn Thịnh") in kinds
    assert ("no_enterprise_funded", "689/QĐ-UBND", None) in kinds
    assert ("no_two_key_leaders_same_unit", "1024/QĐ-UBND", None) in kinds
    assert ("max_countries_per_trip", "1390/QĐ-UBND", None) in kinds
    statuses = {f["decision_number"]: f["evidence"].get("status") for f in findings}
    assert statuses["152/QĐ-UBND"] == "missing"
    assert statuses["415/QĐ-UBND"] == "late"
    assert "1205/QĐ-UBND" not in statuses  # back 13/11/2026: not yet due on 22/11/2026


def test_samples_working_days_skip_holidays() -> None:
    import datetime as dt

    # Back Friday 29/8/2025; 1–2/9 are the National Day holidays, so the 10th working day is 16/9.
    assert working_days_after(dt.date(2025, 8, 29), 10) == dt.date(2025, 9, 16)
    # Saturday 26/4/2025 is a make-up working day; 30/4, 1/5 and 2/5 are off.
    assert working_days_after(dt.date(2025, 4, 25), 10) == dt.date(2025, 5, 13)


def test_samples_script_subject_is_kept_as_text() -> None:
    truth = json.loads((SAMPLES / "ground_truth" / "cv-1777-SNV-VP-script.json").read_text(encoding="utf-8"))
    assert '<script>alert("x")</script>' in truth["subject"]
    assert '<script>alert("x")</script>' in (SAMPLES / "documents" / "cv-1777-SNV-VP-script.txt").read_text()


def test_samples_render_uses_vietnamese_font_and_a4_scans() -> None:
    assert "liberation/" not in str(font_path("regular"))  # fonts-liberation 1.x lacks Vietnamese letters
    spec = build_eval_set()[0]
    page = render_pages(spec)[0]
    assert page.size == (PAGE_W, PAGE_H)
    import random

    noisy = scan(page, random.Random(1))
    clean = scan(page, random.Random(1), noisy=False)
    assert noisy.size == clean.size == page.size
    assert noisy.tobytes() != clean.tobytes()
