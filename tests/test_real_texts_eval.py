"""`congvan eval` on the real-text corpus (samples/real/texts): loading, stripping, place keys, stated fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.commands.eval import eval_command
from pipeline.evaluate.real_texts import evaluate_texts, fold_place, places, strip_source_lines
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "real" / "texts"
LETTER = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 15/QĐ-UBND
Lạng Sơn, ngày 18 tháng 9 năm 2023
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
Cử ông Nguyễn Văn An, Phó Giám đốc Sở Ngoại vụ, đi công tác tại Nhật Bản.
"""


def test_source_lines_are_stripped_and_nothing_else() -> None:
    text = "# source: https://example.vn/a\n# retrieved via search tool, 2026-12-03\nDòng một\n# không phải nguồn\n"
    assert strip_source_lines(text) == "Dòng một\n# không phải nguồn\n"


def test_places_fold_spellings_of_one_place_but_keep_countries_apart() -> None:
    assert fold_place("Viêng Chăn") == fold_place("viêng chăn") == "vieng chan"
    assert fold_place("Xinh-ga-po") == "xinh ga po"
    labelled = {"destinations": [{"name": "Đà Lạt", "country": "VN", "level": "city"}]}
    predicted = {"places": [{"name": "Da Lat", "country": "VN", "level": "city"}]}
    assert places(labelled) == places(predicted) == {("VN", "da lat")}
    assert places({"destinations": ["Nhật Bản"]}) == set()  # names without places are not places


def _corpus(tmp_path: Path, label: dict[str, object]) -> Path:
    (tmp_path / "rt-001.txt").write_text("# source: https://example.vn/a\n" + LETTER, encoding="utf-8")
    (tmp_path / "rt-001.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["rt-001"], "blind": []}), encoding="utf-8")
    return tmp_path


def test_only_the_fields_a_label_states_are_scored(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"number": "15/QĐ-UBND", "issue_date": "2023-09-18", "issuer": None})
    evaluation, problems = evaluate_texts(corpus, Settings(), split="dev")
    assert problems == []
    assert evaluation.scored == ["rt-001"]
    assert set(evaluation.fields) == {"number", "issue_date", "issuer"}
    assert evaluation.fields["number"].tp == 1 and evaluation.fields["issue_date"].tp == 1
    assert evaluation.fields["issuer"].fp == 1  # the label says the text has no issuer; one was found


def test_the_blind_split_is_not_read_when_dev_is_asked(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"number": "15/QĐ-UBND"})
    (corpus / "splits.json").write_text(json.dumps({"dev": [], "blind": ["rt-001"]}), encoding="utf-8")
    evaluation, _ = evaluate_texts(corpus, Settings(), split="dev")
    assert evaluation.scored == []


def test_a_missing_text_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"number": "15/QĐ-UBND"})
    (corpus / "rt-001.txt").unlink()
    evaluation, problems = evaluate_texts(corpus, Settings(), split="dev")
    assert evaluation.scored == [] and "labelled text is missing" in problems[0]


@pytest.mark.slow
def test_cli_scores_every_dev_text_of_the_corpus() -> None:
    dev = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))["dev"]
    result = CliRunner().invoke(eval_command, [str(CORPUS), "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["split"] == "dev" and sorted(scores["scored"]) == sorted(dev) and scores["failed"] == {}
    assert {"people", "destinations", "places", "issuer", "signer"} <= set(scores["fields"])
