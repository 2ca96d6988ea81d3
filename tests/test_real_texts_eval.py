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
    assert fold_place("CH Séc") == fold_place("Cộng hòa Séc") == fold_place("Séc") == "sec"
    assert fold_place("Cộng hoà Dân chủ Nhân dân Lào") == fold_place("CHDCND Lào") == "lao"
    assert fold_place("Cộng hòa Dân chủ Nhân dân (CHDCND) Lào") == "lao"  # the short form in brackets too
    assert fold_place("Cộng hòa (CH) Séc") == "sec"
    assert fold_place("Vương quốc Campuchia") == "campuchia"
    assert fold_place("Chiang Mai") == "chiang mai"  # a name's own first word is no state form
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


def test_every_split_the_file_names_is_read_when_asked_and_with_no_split(tmp_path: Path) -> None:
    """A split is any list of ids in splits.json: a new blind split (here "blind12") needs no code."""
    corpus = _corpus(tmp_path, {"number": "15/QĐ-UBND"})
    later = {"blind2": "rt-002", "blind9": "rt-003", "blind12": "rt-004", "blind14": "rt-005"}
    for doc_id in later.values():
        (corpus / f"{doc_id}.txt").write_text((corpus / "rt-001.txt").read_text(encoding="utf-8"), encoding="utf-8")
        (corpus / f"{doc_id}.json").write_text(json.dumps({"number": "15/QĐ-UBND"}), encoding="utf-8")
    splits = {"seed": 1, "method": "…", "dev": ["rt-001"], "blind": []} | {name: [i] for name, i in later.items()}
    (corpus / "splits.json").write_text(json.dumps(splits), encoding="utf-8")
    for name, doc_id in later.items():
        assert evaluate_texts(corpus, Settings(), split=name)[0].scored == [doc_id]
    assert evaluate_texts(corpus, Settings(), split="dev")[0].scored == ["rt-001"]
    assert evaluate_texts(corpus, Settings())[0].scored == ["rt-001", "rt-002", "rt-003", "rt-004", "rt-005"]
    result = CliRunner().invoke(eval_command, [str(corpus), "--split", "blind12", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scored"] == ["rt-004"]


def test_a_split_the_corpus_lacks_is_a_problem(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"number": "15/QĐ-UBND"})
    evaluation, problems = evaluate_texts(corpus, Settings(), split="blind2")
    assert evaluation.scored == [] and problems == [f"{corpus / 'splits.json'}: no split 'blind2'"]


def test_the_second_blind_split_is_refused_for_real_scans(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(tmp_path), "--documents", str(tmp_path), "--split", "blind2"])
    assert result.exit_code == 2 and "real texts only" in result.output


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
