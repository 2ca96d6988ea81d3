"""`congvan eval DIR --rule-labels FILE`: rule extraction scored on dispatch texts labelled by file name."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from flows.commands.eval import eval_command

DISPATCH = (
    "Để chấn chỉnh việc cử đoàn đi nước ngoài, UBND tỉnh yêu cầu:\n"
    "1. Mỗi cán bộ lãnh đạo chủ chốt không đi công tác nước ngoài quá 02 lần trong một năm.\n"
    "2. Thành phần đoàn phải gọn nhẹ, không quá 08 người/đoàn.\n"
)


def _folder(tmp_path: Path, labels: dict[str, object]) -> tuple[Path, Path]:
    texts = tmp_path / "dispatches"
    texts.mkdir()
    (texts / "cv-88.txt").write_text(DISPATCH, encoding="utf-8")
    labels_file = tmp_path / "labels.json"
    labels_file.write_text(json.dumps({"note": "kinds and values only", **labels}), encoding="utf-8")
    return texts, labels_file


def test_eval_rule_labels_scores_precision_and_recall(tmp_path: Path) -> None:
    texts, labels = _folder(
        tmp_path,
        {
            "cv-88.txt": [
                {"kind": "max_trips_per_year", "value": 2},
                {"kind": "max_delegation_size", "value": 8},
                {"kind": "report_deadline_working_days", "value": 7},  # not stated: a miss
            ]
        },
    )
    result = CliRunner().invoke(eval_command, [str(texts), "--rule-labels", str(labels), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 0, 1)
    assert scores["precision"] == 1.0 and scores["recall"] == 0.667


def test_eval_rule_labels_scores_kind_and_value_apart_from_scope(tmp_path: Path) -> None:
    """A rule found with the wrong scope is a miss and an extra on every field, a match on kind and value."""
    texts, labels = _folder(
        tmp_path,
        {
            "cv-88.txt": [
                {"kind": "max_trips_per_year", "value": 2, "scope": "all"},  # the dispatch binds key leaders
                {"kind": "max_delegation_size", "value": 8, "scope": "all"},
            ]
        },
    )
    result = CliRunner().invoke(eval_command, [str(texts), "--rule-labels", str(labels), "--json"])
    scores = json.loads(result.output)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 1)
    assert (scores["kind_value"]["tp"], scores["kind_value"]["fp"], scores["kind_value"]["fn"]) == (2, 0, 0)
    text = CliRunner().invoke(eval_command, [str(texts), "--rule-labels", str(labels)]).output
    assert "rules on kind and value only: precision 1.000, recall 1.000" in text


def test_eval_rule_labels_names_a_missing_file_and_fails(tmp_path: Path) -> None:
    texts, labels = _folder(tmp_path, {"cv-88.txt": [], "cv-99.txt": [{"kind": "max_countries_per_trip", "value": 3}]})
    result = CliRunner().invoke(eval_command, [str(texts), "--rule-labels", str(labels)])
    assert result.exit_code == 1
    assert "cv-99.txt: labelled but not found" in result.output
    assert "2 extra" in result.output  # rules found where none were labelled count against precision


def test_eval_rule_labels_scores_supersessions(tmp_path: Path) -> None:
    texts = tmp_path / "dispatches"
    texts.mkdir()
    (texts / "cv-90.txt").write_text(
        "Công văn này thay thế Công văn số 88/UBND-NC ngày 12/3/2021.\nĐoàn không quá 08 người.\n", encoding="utf-8"
    )
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps(
            {
                "cv-90.txt": [{"kind": "max_delegation_size", "value": 8}],
                "_supersedes": {"cv-90.txt": ["88/UBND-NC", "12/UBND-NC"]},
            }
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_command, [str(texts), "--rule-labels", str(labels), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["tp"], scores["fn"]) == (1, 0)
    assert (scores["supersedes"]["tp"], scores["supersedes"]["fn"], scores["supersedes"]["fp"]) == (1, 1, 0)
