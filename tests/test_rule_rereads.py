"""A dispatch read again by a newer extractor (issue 13, session 38): a rule no reviewer approved takes the new reading;
an approved rule keeps applying as approved and the new reading waits for review, shown beside the approved one, until
`rules approve` takes it or `rules reject` keeps the approved one; a reviewer's edit is never overwritten; and a load
that fails leaves the rule base as it was. The "older extractor" is the stored row set as one stored it before
(session 37's extractor stored no trades for a ban, `firm_kinds`, and a wider scope)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.commands.rules import rules
from flows.rules import RulesSummary
from pipeline.rules import rulebase
from pipeline.rules.rulebase import (
    edit_rule,
    get_rule,
    pending_reread,
    propose_rules,
    rule_history,
    set_status,
)
from pipeline.store.connection import open_db
from tests.rules_db import dispatch

D = dt.date
QUY_CHE = (  # tests/test_firm_kinds.py's
    "Số 77/QĐ-BĐS\n"
    "Điều 5. Kinh phí\n"
    "2. Nghiêm cấm nhận tài trợ, đài thọ toàn bộ hoặc một phần chi phí đoàn ra từ doanh nghiệp kinh doanh dược, "
    "trang thiết bị y tế, kể cả doanh nghiệp nước ngoài và văn phòng đại diện của doanh nghiệp đó tại Việt Nam.\n"
    "Điều 6. Mỗi đoàn không quá mười (10) người.\n"
)
READ_NOW = ["dược", "trang thiết bị y tế"]
DOCUMENT = dispatch(QUY_CHE, "77/QĐ-BĐS", "Bộ Đông Sơn", D(2026, 1, 5))


def _ban(con: duckdb.DuckDBPyConnection, *, approved: bool, older: list[str] | None = None) -> str:
    """The dispatch's funding ban, proposed (and approved), then stored as an older extractor read it."""
    propose_rules(con, [DOCUMENT], actor="archivist")
    query = "SELECT rule_id FROM rules WHERE kind = 'no_enterprise_funded' AND origin = 'extracted'"
    [(rule_id,)] = con.execute(query).fetchall()
    if approved:
        set_status(con, "approve", [rule_id], actor="reviewer")
    stored = json.dumps(older, ensure_ascii=False) if older else None
    con.execute("UPDATE rules SET firm_kinds = ?, severity = 'warning' WHERE rule_id = ?", [stored, rule_id])
    return rule_id


def _actions(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[str]:
    return [event["action"] for event in rule_history(con, rule_id)]


def test_a_proposed_rule_takes_the_new_reading(tmp_path: Path) -> None:
    con = open_db(tmp_path / "r.duckdb")
    rule_id = _ban(con, approved=False)
    assert propose_rules(con, [DOCUMENT]) == []
    rule = get_rule(con, rule_id)
    assert (rule.firm_kinds, rule.severity.value, rule.status.value) == (READ_NOW, "breach", "proposed")
    [event] = [e for e in rule_history(con, rule_id) if e["action"] == "reread_source"]
    assert event["details"]["firm_kinds"] == [[], READ_NOW]
    assert event["details"]["severity"] == ["warning", "breach"]
    assert pending_reread(con, rule_id) is None


def test_an_approved_rule_applies_as_approved_and_the_new_reading_waits(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    con = open_db(db)
    rule_id = _ban(con, approved=True, older=["xăng dầu"])
    propose_rules(con, [DOCUMENT])
    propose_rules(con, [DOCUMENT])  # the same reading again: one review, not two
    rule = get_rule(con, rule_id)
    assert (rule.firm_kinds, rule.severity.value, rule.status.value) == (["xăng dầu"], "warning", "active")
    waiting = pending_reread(con, rule_id)
    assert waiting is not None
    assert waiting["changes"] == {"firm_kinds": [["xăng dầu"], READ_NOW], "severity": ["warning", "breach"]}
    assert _actions(con, rule_id).count("reread_review") == 1
    con.close()
    shown = CliRunner().invoke(rules, ["show", rule_id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "in force as approved until reviewed" in shown.output
    assert '    approved: ["xăng dầu"]\n    read now: ["dược", "trang thiết bị y tế"]' in shown.output
    listed = CliRunner().invoke(rules, ["list", "--status", "active", "--db", str(db)])
    [marked] = [line for line in listed.output.splitlines() if "(read otherwise: review)" in line]
    assert marked.startswith(rule_id)
    approved = CliRunner().invoke(rules, ["approve", "--all", "--actor", "reviewer", "--db", str(db)])
    assert approved.exit_code == 0 and rule_id in approved.output, approved.output
    con = open_db(db)
    rule = get_rule(con, rule_id)
    assert (rule.firm_kinds, rule.severity.value, rule.status.value) == (READ_NOW, "breach", "active")
    assert pending_reread(con, rule_id) is None
    assert _actions(con, rule_id)[-1] == "accept_reread"


def test_rejecting_the_new_reading_keeps_the_approved_one(tmp_path: Path) -> None:
    con = open_db(tmp_path / "r.duckdb")
    rule_id = _ban(con, approved=True)
    propose_rules(con, [DOCUMENT])
    assert set_status(con, "reject", [rule_id], actor="reviewer", note="the ban is every firm's") == [rule_id]
    rule = get_rule(con, rule_id)
    assert (rule.firm_kinds, rule.severity.value, rule.status.value) == ([], "warning", "active")
    assert pending_reread(con, rule_id) is None
    [kept] = [e for e in rule_history(con, rule_id) if e["action"] == "keep_reading"]
    assert kept["details"]["note"] == "the ban is every firm's" and kept["actor"] == "reviewer"
    with pytest.raises(rulebase.RuleRefused):  # nothing waits now: an active rule is approved already
        set_status(con, "approve", [rule_id])
    propose_rules(con, [DOCUMENT])
    set_status(con, "retire", [rule_id])  # out of force: no review waits, the next re-read sets its reading
    assert pending_reread(con, rule_id) is None
    propose_rules(con, [DOCUMENT])
    assert get_rule(con, rule_id).firm_kinds == READ_NOW


def test_a_reviewers_edit_stays_and_a_reading_that_agrees_withdraws_the_review(tmp_path: Path) -> None:
    con = open_db(tmp_path / "r.duckdb")
    rule_id = _ban(con, approved=True)
    con.execute("UPDATE rules SET severity = 'breach' WHERE rule_id = ?", [rule_id])
    edit_rule(con, rule_id, "reviewer", severity="warning")  # the reviewer's: no re-read sets it
    propose_rules(con, [DOCUMENT])
    waiting = pending_reread(con, rule_id)
    assert waiting is not None and waiting["changes"] == {"firm_kinds": [[], READ_NOW]}
    con.execute("UPDATE rules SET firm_kinds = ? WHERE rule_id = ?", [json.dumps(READ_NOW), rule_id])
    propose_rules(con, [DOCUMENT])  # read as the rule now holds it: nothing to review
    assert pending_reread(con, rule_id) is None
    assert _actions(con, rule_id)[-1] == "reread_agrees"
    assert get_rule(con, rule_id).severity.value == "warning"


def test_a_load_that_fails_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-read, its review and the dispatch's record are one transaction: a failure after the rule was read
    again (here, reading the dispatch's supersessions) leaves the rule, its review and its history as they were."""
    con = open_db(tmp_path / "r.duckdb")
    approved = _ban(con, approved=True, older=["xăng dầu"])
    [(proposed,)] = con.execute("SELECT rule_id FROM rules WHERE status = 'proposed'").fetchall()
    con.execute("UPDATE rules SET severity = 'warning' WHERE rule_id = ?", [proposed])  # to be read again too
    before = con.execute("SELECT * FROM rules ORDER BY rule_id").fetchall()
    events = con.execute("SELECT count(*) FROM rule_events").fetchall()
    extracted = con.execute("SELECT * FROM rule_extractions").fetchall()

    def fail(*_: object, **__: object) -> None:
        raise RuntimeError("killed mid-load")

    monkeypatch.setattr(rulebase, "_propose_supersessions", fail)
    with pytest.raises(RuntimeError):
        propose_rules(con, [DOCUMENT])
    assert con.execute("SELECT * FROM rules ORDER BY rule_id").fetchall() == before
    assert con.execute("SELECT count(*) FROM rule_events").fetchall() == events
    assert con.execute("SELECT * FROM rule_extractions").fetchall() == extracted
    assert pending_reread(con, approved) is None
    monkeypatch.undo()  # the next run reads it again
    propose_rules(con, [DOCUMENT])
    assert pending_reread(con, approved) is not None and get_rule(con, proposed).severity.value == "breach"


def test_the_summary_counts_the_approved_rules_read_otherwise() -> None:
    assert RulesSummary(run_id="r").lines() == ["0 dispatch(es) read, 0 rule(s) proposed for review"]
    summary = RulesSummary(run_id="r", dispatches=1, read_otherwise=2)
    assert summary.lines() == ["1 dispatch(es) read, 0 rule(s) proposed for review, 2 approved rule(s) read otherwise"]
