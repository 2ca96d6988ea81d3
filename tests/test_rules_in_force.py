"""Rules in force: a later dispatch that says it replaces an earlier one is proposed as its successor, a
reviewer confirms, and trips are checked against the rule in force on their start date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from extractors.supersession import find_supersessions
from flows.commands.rules import rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import list_rules, propose_rules, set_status, supersede, supersessions
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date
OLD = "Mỗi đoàn đi công tác nước ngoài không quá 05 người."
NEW = (
    "Công văn này thay thế Công văn số 88/UBND-NC ngày 12/3/2024 của UBND tỉnh Đông Sơn. "
    "Mỗi đoàn đi công tác nước ngoài không quá tám (08) người."
)


def test_supersession_sentences_are_read() -> None:
    (replaces,) = find_supersessions(NEW, own_number="140/UBND-NC")
    assert (replaces.action, replaces.citation.number, replaces.citation.date) == (
        "replaces",
        "88/UBND-NC",
        D(2024, 3, 12),
    )
    (repeals,) = find_supersessions("Quyết định số 40/2020/QĐ-UBND ngày 23/11/2020 hết hiệu lực kể từ ngày ký.")
    assert repeals.action == "repeals"
    assert find_supersessions("Đề nghị Sở Nội vụ xem xét thay thế Công văn số 88/UBND-NC.") == []


def test_superseding_dispatch_changes_the_rule_applied_from_its_date(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    con = open_db(db)
    (old,) = propose_rules(con, [dispatch(OLD, "88/UBND-NC", "UBND tỉnh Đông Sơn", D(2024, 3, 12), "a" * 64)])
    (new,) = propose_rules(con, [dispatch(NEW, "140/UBND-NC", "UBND tỉnh Đông Sơn", D(2025, 6, 1), "b" * 64)])
    assert (new.kind, new.value) == (RuleKind.MAX_DELEGATION_SIZE, 8)
    (proposal,) = supersessions(con, "proposed")
    assert (proposal["old_rule_id"], proposal["new_rule_id"], proposal["effective_from"]) == (
        old.id,
        new.id,
        D(2025, 6, 1),
    )
    set_status(con, "approve", [old.id, new.id], actor="lan")

    six = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEF"]
    insert_trips(
        con,
        [
            TripFact("10/QĐ-UBND", D(2025, 5, 20), D(2025, 5, 25), ["Nhật Bản"], six),  # before the new dispatch
            TripFact("20/QĐ-UBND", D(2025, 7, 1), D(2025, 7, 5), ["Hàn Quốc"], six),  # after it
        ],
    )
    # Not confirmed yet: from June both rules are in force and the stricter old one (5) still applies.
    unconfirmed = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))
    assert sorted((f.decision_number, f.rule_id) for f in unconfirmed) == [
        ("10/QĐ-UBND", old.id),
        ("20/QĐ-UBND", old.id),
    ]

    ended = supersede(con, old.id, actor="lan")
    assert (ended.effective_to, ended.superseded_by) == (D(2025, 5, 31), new.id)
    assert {r.id for r in list_rules(con, in_force=D(2025, 5, 20)) if r.kind is RuleKind.MAX_DELEGATION_SIZE} == {
        old.id
    }
    assert {r.id for r in list_rules(con, in_force=D(2025, 7, 1)) if r.kind is RuleKind.MAX_DELEGATION_SIZE} == {new.id}

    found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))
    # Confirmed: the May trip (6 people) still answers to the old limit of 5; the July trip to the new 8.
    assert [(f.decision_number, f.rule_id) for f in found] == [("10/QĐ-UBND", old.id)]
    # A July trip of nine breaks the new limit; its finding names the old rule and why it no longer applies.
    nine = [Member(f"Trần Văn {c}", "Sở Y tế") for c in "ABCDEFGHI"]
    insert_trips(con, [TripFact("30/QĐ-UBND", D(2025, 7, 10), D(2025, 7, 12), ["Lào"], nine)])
    later = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert later["30/QĐ-UBND"].rule_id == new.id
    passed = {p["rule_id"]: p["why"] for p in later["30/QĐ-UBND"].evidence["rules_not_applied"]}
    assert passed[old.id] == f"hết hiệu lực từ 01/06/2025, thay bằng Công văn số 140/UBND-NC ({new.id})"
    con.close()

    listed = CliRunner().invoke(rules, ["list", "--in-force", "2025-05-20", "--db", str(db)])
    assert old.id in listed.output and new.id not in listed.output
    shown = CliRunner().invoke(rules, ["show", old.id, "--db", str(db)])
    assert f"in force: from 2024-03-12 to 2025-05-31, superseded by {new.id}" in shown.output
    assert "supersede" in shown.output  # the history names the confirmation
