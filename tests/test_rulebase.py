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
from pipeline.rules.rulebase import (
    RuleRefused,
    citation_of,
    ensure_default_rules,
    get_rule,
    jurisdiction_key,
    list_rules,
    propose_rules,
    rule_history,
    set_status,
)
from pipeline.rules.rulebase import edit_rule as edit
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


def _proposed(con, text: str, number: str, issuer: str, issued: dt.date, sha: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.id for r in propose_rules(con, [dispatch(text, number, issuer, issued, sha)], actor="archivist")]


def test_rulebase_review_actions_keep_history() -> None:
    con = new_db()
    text = "Đoàn không quá 08 người; báo cáo trong vòng 06 ngày làm việc sau khi về nước."
    ids = _proposed(con, text, "9/UBND", "UBND tỉnh Đông Sơn", D(2024, 1, 2), "a" * 64)
    assert len(ids) == 2
    assert _proposed(con, text, "9/UBND", "UBND tỉnh Đông Sơn", D(2024, 1, 2), "a" * 64) == []  # idempotent
    size, report = sorted(ids, key=lambda i: get_rule(con, i).kind.value)
    assert set_status(con, "approve", [size], actor="lan") == [size]
    assert set_status(con, "reject", [report], actor="lan", note="trùng") == [report]
    with pytest.raises(RuleRefused, match=r"is active \(retire it instead\)"):
        set_status(con, "reject", [size], actor="lan")  # an active rule is retired, not rejected
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
    set_status(con, "approve", [], actor="lan", every=True)
    trip = TripFact(
        "7/QĐ-UBND", D(2025, 5, 5), D(2025, 5, 9), ["Lào"], [Member("Ngô Văn Tư", "Sở Y tế")], report_on=D(2025, 5, 20)
    )
    insert_trips(con, [trip])
    return con


def test_rulebase_citation_of_a_dispatch_whose_header_was_not_read_names_its_file() -> None:
    """The blind scenario's dispatch scan: number, issuer and day unread, the findings cited "Văn bản"."""
    read = dispatch("…", "45/UBND-NC", "UBND tỉnh Kon Tum", dt.date(2024, 1, 8))
    unread = read.model_copy(
        update={
            "number": None,
            "issuer": None,
            "issue_date": None,
            "doc_type": None,
            "source": read.source.model_copy(update={"path": "/scans/00-cv-45.pdf"}),
        }
    )
    assert citation_of(unread) == "Văn bản (số, nơi ban hành và ngày chưa đọc được; tệp 00-cv-45.pdf)"
    dated = unread.model_copy(update={"issue_date": dt.date(2024, 1, 8)})
    assert citation_of(dated) == "Văn bản ngày 08/01/2024"


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


@pytest.mark.slow
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


def test_checks_the_party_committee_of_a_school_is_the_school() -> None:
    """The "Bí thư" of "Đảng ủy Trường X" and the "Hiệu trưởng" of "Trường X" lead one unit (issue 13, scenario 16);
    the party committees of two schools are two units, not one blank locality."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    ensure_default_rules(con)
    school = [
        Member("Trịnh Quốc An", "Trường Đại học Thủy lợi", key=True),
        Member("Võ Thanh Bình", "Đảng ủy Trường Đại học Thủy lợi", key=True),
    ]
    two_schools = [
        Member("Lê Văn Cường", "Đảng ủy Trường Đại học Mỏ", key=True),
        Member("Hà Thị Dung", "Đảng ủy Trường Đại học Luật", key=True),
    ]
    insert_trips(
        con,
        [
            TripFact("1/QĐ-ĐHQG", D(2026, 3, 2), D(2026, 3, 6), ["Lào"], school),
            TripFact("2/QĐ-ĐHQG", D(2026, 3, 2), D(2026, 3, 6), ["Lào"], two_schools),
        ],
    )
    found = {(f.rule_kind.value, f.decision_number) for f in run_checks(con, D(2026, 3, 31), "r")}
    assert found == {("no_two_key_leaders_same_unit", "1/QĐ-ĐHQG")}


def test_checks_a_bare_locality_of_a_wards_own_decision_is_one_unit() -> None:
    """A ward's decision names its own committees bare ("Đảng ủy phường", "Ủy ban nhân dân phường"): one locality,
    so its Bí thư and Chủ tịch are two key leaders of one unit (blind scenario 12's 168)."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    ensure_default_rules(con)
    ward = [Member("Ngô Thị Lan", "Ủy ban nhân dân phường", key=True), Member("Hồ Văn Tâm", "Đảng ủy phường", key=True)]
    insert_trips(con, [TripFact("5/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 6), ["Lào"], ward)])
    found = {(f.rule_kind.value, f.decision_number) for f in run_checks(con, D(2026, 3, 31), "r")}
    assert found == {("no_two_key_leaders_same_unit", "5/QĐ-UBND")}


def test_rulebase_stores_scope_definition_page_and_show_prints_them(tmp_path: Path) -> None:
    text = (
        "Lãnh đạo chủ chốt đi nước ngoài không quá hai (02) lần trong một năm.\f"
        "Lãnh đạo chủ chốt gồm: Bí thư Đảng ủy, Giám đốc sở, Chủ tịch UBND huyện; cấp phó không thuộc diện này.\n"
        "Mỗi đoàn không quá mười (12) người."
    )
    db = tmp_path / "r.duckdb"
    from pipeline.store.connection import open_db

    con = open_db(db)
    size_id, trips_id = sorted(
        _proposed(con, text, "15/UBND-NV", "UBND tỉnh Đông Sơn", D(2025, 3, 1), "b" * 64),
        key=lambda i: get_rule(con, i).kind.value,
    )
    rule = get_rule(con, trips_id)
    assert (rule.kind, rule.value, rule.scope, rule.source_page) == (RuleKind.MAX_TRIPS_PER_YEAR, 2, "key_leader", 1)
    assert rule.scope_definition is not None and rule.scope_definition.excludes == ["cấp phó"]
    assert rule.scope_definition.span is not None and rule.scope_definition.span.page == 2
    size = get_rule(con, size_id)
    assert size.value is None and size.problem is not None and "12" in size.problem  # words say 10
    con.close()
    shown = CliRunner().invoke(rules, ["show", trips_id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "sentence: “Lãnh đạo chủ chốt đi nước ngoài không quá hai (02) lần trong một năm.”" in shown.output
    assert "defined as: “Lãnh đạo chủ chốt gồm: Bí thư Đảng ủy" in shown.output
    assert (
        "out: cấp phó" in shown.output
        and "source: 15/UBND-NV, ngày 01/03/2025, UBND tỉnh Đông Sơn, “V/v quản lý đoàn ra”, page 1" in shown.output
    )


# --- nonsense refused, with the reason (issue 15, hole 2) ---------------------------------------------


def _one_of_each():  # type: ignore[no-untyped-def]
    con = new_db()
    text = "Đoàn không quá 08 người; báo cáo trong vòng 06 ngày làm việc sau khi về nước."
    _proposed(con, text, "9/UBND", "UBND tỉnh Đông Sơn", D(2024, 1, 2), "a" * 64)
    ensure_default_rules(con)
    by_kind = {r.kind.value: r.id for r in list_rules(con)}
    return con, by_kind


@pytest.mark.parametrize(
    ("kind", "changes", "reason"),
    [
        ("max_delegation_size", {"value": -5}, "outside 1–1000"),
        ("max_delegation_size", {"value": float("nan")}, "not a whole number"),
        ("max_delegation_size", {"value": float("inf")}, "not a whole number"),
        ("max_delegation_size", {"value": 2.5}, "not a whole number"),
        ("report_deadline_working_days", {"value": 0}, "outside 1–366"),
        ("report_deadline_working_days", {"exception_value": -1}, "exception value -1 is outside"),
        ("no_enterprise_funded", {"value": 3}, "has no number"),
        ("max_delegation_size", {"jurisdiction": ""}, "jurisdiction is empty"),
        ("max_delegation_size", {"jurisdiction": "   "}, "jurisdiction is empty"),
    ],
)
def test_rulebase_edit_refuses_values_the_kind_cannot_hold(kind: str, changes: dict, reason: str) -> None:  # type: ignore[type-arg]
    con, by_kind = _one_of_each()
    before = get_rule(con, by_kind[kind])
    with pytest.raises(RuleRefused, match=reason):
        edit(con, before.id, actor="minh", **changes)
    assert get_rule(con, before.id) == before
    assert [e["action"] for e in rule_history(con, before.id)][-1] != "edit"


def test_rulebase_edit_with_no_change_is_refused() -> None:
    con, by_kind = _one_of_each()
    size = by_kind["max_delegation_size"]
    with pytest.raises(RuleRefused, match="nothing to change"):
        edit(con, size, actor="minh")
    with pytest.raises(RuleRefused, match="nothing to change"):
        edit(con, size, actor="minh", value=8)  # already 8


def test_rulebase_status_actions_that_cannot_apply_are_refused() -> None:
    con, by_kind = _one_of_each()
    proposed, active = by_kind["max_delegation_size"], "D-38CTTW-2014-trips"
    with pytest.raises(RuleRefused, match=f"cannot approve: {active} is active"):
        set_status(con, "approve", [active], actor="lan")
    with pytest.raises(RuleRefused, match="reject it instead"):
        set_status(con, "retire", [proposed], actor="lan")
    with pytest.raises(RuleRefused, match="nothing was changed"):
        set_status(con, "approve", [proposed, active], actor="lan")
    assert get_rule(con, proposed).status.value == "proposed"


def test_rules_cli_retire_all_retires_every_active_rule(tmp_path: Path) -> None:
    from pipeline.store.connection import open_db

    db = tmp_path / "r.duckdb"
    con = open_db(db)
    ensure_default_rules(con)
    con.close()
    runner = CliRunner()
    assert "every active rule" in runner.invoke(rules, ["retire", "--help"]).output
    assert "every proposed rule" in runner.invoke(rules, ["approve", "--help"]).output
    result = runner.invoke(rules, ["retire", "--all", "--db", str(db), "--actor", "lan"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("retire: 4 rule(s)")
    con = open_db(db)
    assert {r.status.value for r in list_rules(con)} == {"retired"}
    con.close()
    again = runner.invoke(rules, ["approve", "D-38CTTW-2014-trips", "--db", str(db)])
    assert again.exit_code == 0
    twice = runner.invoke(rules, ["approve", "D-38CTTW-2014-trips", "--db", str(db)])
    assert isinstance(twice.exception, RuleRefused) and "is active" in str(twice.exception)
    edited = runner.invoke(rules, ["edit", "D-38CTTW-2014-trips", "--value", "nan", "--db", str(db)])
    assert isinstance(edited.exception, RuleRefused) and "not a whole number" in str(edited.exception)


def test_rulebase_source_unread_on_a_scan_is_null_with_what_to_check_and_reread_later(tmp_path: Path) -> None:
    """The blind scenario's dispatch scan: number and day hand-filled and unread, the garbled number line was
    shown as the rule's subject. The source keeps what was read for sure and says what to check; read again
    (a later extractor reads the header), the rule takes the source as read then, history kept."""
    from schemas.document import Box, ErrorItem, TextSource

    read = dispatch("Mỗi đoàn không quá 05 người.", "45/UBND-NC", "UBND tỉnh Kon Tum", D(2024, 1, 8), "e" * 64)
    box = Box(left=550, top=410, width=160, height=90)
    unread = read.model_copy(
        update={
            "number": None,
            "symbol": "UBND-NC",
            "issue_date": None,
            "issue_date_partial": "2024-01",
            "subject": None,
            "source": read.source.model_copy(update={"text_source": TextSource.OCR}),
            "errors": [
                ErrorItem(code="number.handwritten_unread", message="hand-filled number not read", page=1, box=box),
                ErrorItem(code="date.handwritten_unread", message="hand-filled day not read", page=1, box=box),
            ],
        }
    )
    from pipeline.store.connection import open_db

    db = tmp_path / "r.duckdb"
    con = open_db(db)
    [rule_id] = [r.id for r in propose_rules(con, [unread], actor="archivist")]
    rule = get_rule(con, rule_id)
    assert (rule.source_number, rule.source_symbol, rule.source_date, rule.source_title) == (
        None,
        "UBND-NC",
        None,
        None,
    )
    assert rule.source_to_check is not None
    for expected in ("the dispatch's number (số): hand-filled number not read", "review item R", "the subject"):
        assert expected in rule.source_to_check
    assert "the dispatch's date (ngày ban hành): hand-filled day not read" in rule.source_to_check
    con.close()
    shown = CliRunner().invoke(rules, ["show", rule_id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "source: ký hiệu UBND-NC (số chưa đọc được), ngày chưa đọc được, UBND tỉnh Kon Tum" in shown.output
    assert "to check: the dispatch's number" in shown.output and "h1 )6" not in shown.output
    con = open_db(db)
    assert propose_rules(con, [read], actor="archivist") == []  # same rule, its source read now
    rule = get_rule(con, rule_id)
    assert (rule.source_number, rule.source_date, rule.effective_from, rule.source_to_check) == (
        "45/UBND-NC",
        D(2024, 1, 8),
        D(2024, 1, 8),
        None,
    )
    assert rule.source_title == "V/v quản lý đoàn ra"
    [event] = [e for e in rule_history(con, rule_id) if e["action"] == "reread_source"]
    assert event["details"]["source_number"] == [None, "45/UBND-NC"]
