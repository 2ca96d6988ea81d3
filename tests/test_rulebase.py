"""Rule review with history, the central defaults, conflict resolution between rules, the CLI and the docs."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.commands.rules import check, findings, rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import edit_rule as edit
from pipeline.rules.rulebase import (
    ensure_default_rules,
    get_rule,
    jurisdiction_key,
    list_rules,
    propose_rules,
    rule_history,
    set_status,
)
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


def _proposed(con, text: str, number: str, issuer: str, issued: dt.date, sha: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.id for r in propose_rules(con, [dispatch(text, number, issuer, issued, sha)], actor="archivist")]


def test_rulebase_review_actions_keep_history() -> None:
    con = new_db()
    ids = _proposed(
        con,
        "Đoàn không quá 08 người; báo cáo trong vòng 06 ngày làm việc sau khi về nước.",
        "9/UBND",
        "UBND tỉnh Đông Sơn",
        D(2024, 1, 2),
        "a" * 64,
    )
    assert len(ids) == 2
    assert (
        _proposed(
            con,
            "Đoàn không quá 08 người; báo cáo trong vòng 06 ngày làm việc sau khi về nước.",
            "9/UBND",
            "UBND tỉnh Đông Sơn",
            D(2024, 1, 2),
            "a" * 64,
        )
        == []
    )  # idempotent
    size, report = sorted(ids, key=lambda i: get_rule(con, i).kind.value)
    assert set_status(con, "approve", [size], actor="lan") == [size]
    assert set_status(con, "reject", [report], actor="lan", note="trùng") == [report]
    assert set_status(con, "reject", [size], actor="lan") == []  # an active rule is retired, not rejected
    edited = edit(con, size, actor="minh", value=10, applies_to="lãnh đạo chủ chốt")
    assert (edited.value, edited.scope) == (10, "key_leader")
    set_status(con, "retire", [size], actor="minh")
    history = rule_history(con, size)
    assert [(e["action"], e["actor"]) for e in history] == [
        ("propose", "archivist"),
        ("approve", "lan"),
        ("edit", "minh"),
        ("retire", "minh"),
    ]
    assert history[2]["details"]["value"] == [8.0, 10.0]
    assert get_rule(con, report).status.value == "rejected"


def test_rulebase_defaults_load_once_and_stay_retired() -> None:
    con = new_db()
    assert ensure_default_rules(con) == 4
    set_status(con, "retire", ["D-38CTTW-2014-trips"], actor="lan")
    assert ensure_default_rules(con) == 0
    assert get_rule(con, "D-38CTTW-2014-trips").status.value == "retired"
    assert {r.origin for r in list_rules(con, "active")} == {"default"}


@pytest.mark.parametrize(
    ("issuer", "number", "key"),
    [
        ("Bộ Chính trị", "38-CT/TW", "central"),
        ("Ban Thường vụ Tỉnh ủy", "12-CV/TU", None),
        ("UBND tỉnh Đông Sơn", "5/UBND-NC", "đông sơn"),
        ("UBND huyện Bạch Thủy", None, "bạch thủy"),
        ("Thủ tướng Chính phủ", "58/2012/QĐ-TTg", "central"),
    ],
)
def test_rulebase_jurisdiction_key(issuer: str, number: str | None, key: str | None) -> None:
    assert jurisdiction_key(issuer, number) == key


def _conflict_db():  # type: ignore[no-untyped-def]
    con = new_db()
    fill_calendar(con, D(2024, 1, 1), D(2025, 12, 31), [D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2)])
    report = "Sau khi về nước, trong vòng {} ngày làm việc phải gửi báo cáo kết quả."
    _proposed(con, report.format("07"), "20/UBND-NC", "UBND tỉnh Đông Sơn", D(2024, 3, 1), "1" * 64)
    _proposed(con, report.format("10"), "30-CV/TU", "Tỉnh ủy Đông Sơn", D(2024, 2, 1), "2" * 64)
    _proposed(con, report.format("03"), "40/UBND-NC", "UBND tỉnh Tây Giang", D(2024, 1, 1), "3" * 64)
    _proposed(con, report.format("05"), "50/UBND-NC", "UBND tỉnh Đông Sơn", D(2025, 6, 1), "4" * 64)
    set_status(con, "approve", [], actor="lan", every_proposed=True)
    trip = TripFact(
        "7/QĐ-UBND", D(2025, 5, 5), D(2025, 5, 9), ["Lào"], [Member("Ngô Văn Tư", "Sở Y tế")], report_on=D(2025, 5, 20)
    )
    insert_trips(con, [trip])
    return con


def test_rulebase_conflict_uses_applicable_then_stricter_rule_and_names_it() -> None:
    con = _conflict_db()
    # Back Fri 9/5; 7 working days → Tue 20/5 (on time), 5 → Fri 16/5, 3 → Wed 14/5.
    # Tây Giang's 3 days do not apply (other province); the 5-day rule took effect after the trip started;
    # of the 7 (province) and 10 (party committee) that both apply, 7 is stricter: the report is on time.
    assert run_checks(con, D(2025, 6, 30), "r") == []
    con.execute("UPDATE reports SET report_date = DATE '2025-05-21'")
    (finding,) = run_checks(con, D(2025, 6, 30), "r")
    assert (finding.evidence["rule_source"], finding.evidence["deadline"]) == ("Công văn số 20/UBND-NC", "2025-05-20")


def test_rulebase_conflict_newer_rule_applies_from_its_date() -> None:
    con = _conflict_db()
    con.execute("UPDATE trips SET start_date = DATE '2025-06-02', end_date = DATE '2025-06-06'")
    con.execute("UPDATE reports SET report_date = DATE '2025-06-16'")
    (finding,) = run_checks(con, D(2025, 6, 30), "r")
    assert finding.evidence["rule_source"] == "Công văn số 50/UBND-NC"
    assert finding.evidence["deadline"] == "2025-06-13"
    assert "Công văn số 50/UBND-NC" in finding.message


def test_rules_cli_extract_review_check_findings(tmp_path: Path) -> None:
    from pipeline.store.connection import open_db

    db = tmp_path / "c.duckdb"
    text = tmp_path / "cv.txt"
    text.write_text("Số: 77/UBND-VP\nV/v quản lý đoàn ra\nMỗi đoàn không quá 03 người.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(rules, ["extract", str(text), "--db", str(db), "--actor", "lan"])
    assert result.exit_code == 0, result.output
    assert "max_delegation_size" in result.output
    again = runner.invoke(rules, ["extract", str(text), "--db", str(db)])
    assert "0 new rule(s)" in again.output
    assert runner.invoke(rules, ["approve", "--all", "--db", str(db), "--actor", "lan"]).exit_code == 0
    con = open_db(db)
    con.execute(
        "INSERT INTO trips (trip_id, decision_number, start_date, end_date) VALUES "
        "('t1', '9/QĐ-UBND', DATE '2025-03-03', DATE '2025-03-05')"
    )
    for i, name in enumerate(["A", "B", "C", "D"]):
        con.execute("INSERT INTO trip_members (trip_id, ordinal, name) VALUES ('t1', ?, ?)", [i, name])
    con.close()
    assert runner.invoke(check, ["--as-of", "2025-03-10", "--db", str(db)]).exit_code == 0
    out = runner.invoke(findings, ["--json", "--db", str(db)]).output.splitlines()
    rows = [json.loads(line) for line in out]
    size = [r for r in rows if r["rule_kind"] == "max_delegation_size"]
    assert len(size) == 1
    assert {"rule_kind", "rule_id", "decision_number", "person", "severity", "message", "evidence"} <= set(size[0])
    assert size[0]["person"] is None and "4 người" in size[0]["message"]
    missing = runner.invoke(rules, ["extract", str(tmp_path / "nope.txt"), "--db", str(db)])
    assert missing.exit_code != 0


def test_rules_every_kind_documented_in_readme() -> None:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## The rule base and checks")[1].split("\n## ")[0]
    documented = set(re.findall(r"`([a-z_]+)`", section))
    assert {kind.value for kind in RuleKind} <= documented


def test_checks_two_leaders_of_one_locality_and_firm_inviters_regression() -> None:
    """Regressions from the bundled samples: a district's party secretary and committee chairman are key leaders
    of one locality; an agency whose name mentions firms is not a firm."""
    con = new_db()
    fill_calendar(con, D(2025, 1, 1), D(2025, 12, 31), [])
    ensure_default_rules(con)
    district = [
        Member("Lò Văn Sính", "Huyện ủy Bạch Thủy", key=True),
        Member("Mã Thị Hoa", "UBND huyện Bạch Thủy", key=True),
    ]
    departments = [Member("Tạ Văn Khải", "Sở Y tế", key=True), Member("Vũ Thị Lụa", "Sở Tư pháp", key=True)]
    insert_trips(
        con,
        [
            TripFact("1/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 6), ["Lào"], district),
            TripFact(
                "2/QĐ-UBND",
                D(2025, 3, 3),
                D(2025, 3, 6),
                ["Lào"],
                departments,
                inviter="Cơ quan Xúc tiến Doanh nghiệp Mê Kông",
            ),
            TripFact(
                "3/QĐ-UBND",
                D(2025, 3, 3),
                D(2025, 3, 6),
                ["Lào"],
                [Member("Lý Văn Tài", "Sở Y tế")],
                inviter="Mekong Seeds Co., Ltd",
            ),
        ],
    )
    found = {(f.rule_kind.value, f.decision_number) for f in run_checks(con, D(2025, 3, 31), "r")}
    assert found == {("no_two_key_leaders_same_unit", "1/QĐ-UBND"), ("no_enterprise_funded", "3/QĐ-UBND")}
