"""A later dispatch that changes one limit of an earlier document (issue 13): raising, lowering or abolishing it,
with or without the article and clause. The earlier document's rule of that kind is proposed to end the day before
the new one starts, on the same date of a trip; approving the new rule applies it. Sentences are the tests' own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.rule_changes import find_rule_changes
from extractors.rules import find_rules
from extractors.supersession import find_supersessions
from flows.commands.rules import rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import get_rule, propose_rules, set_status, supersede, supersessions
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date
QD = "08-QĐi/TU"

RAISE = (
    "Kể từ ngày 01/7/2026, đối với các đoàn xuất cảnh từ ngày này, nâng số thành viên tối đa của mỗi đoàn lên 12 "
    "người, thay cho mức 08 người quy định tại khoản 1 Điều 5 Quy định số 08-QĐi/TU ngày 10/01/2025 của Ban Thường "
    "vụ Tỉnh ủy."
)
REPORT = (
    "Điều chỉnh thời hạn gửi báo cáo kết quả chuyến công tác từ 05 ngày lên 10 ngày làm việc kể từ ngày về nước "
    "đối với các đoàn trở về nước từ ngày 01/7/2026, thay cho quy định tại Điều 7 Quy định số 08-QĐi/TU."
)
ABOLISH = "Bãi bỏ quy định về số lần đi nước ngoài trong năm tại khoản 2 Điều 5 Quy định số 08-QĐi/TU."
LOWER = "Mỗi đoàn đi công tác nước ngoài không quá 06 người, thay cho mức quy định tại Quy định số 08-QĐi/TU."
POINTER = "Số thành viên mỗi đoàn thực hiện theo khoản 1 Điều 5 Quy định số 08-QĐi/TU, không quá 08 người."


@pytest.mark.parametrize(
    ("sentence", "action", "start", "kinds"),
    [
        (RAISE, "replaces", (D(2026, 7, 1), "departure"), ()),
        (REPORT, "replaces", (D(2026, 7, 1), "return"), ()),
        (ABOLISH, "repeals", None, (RuleKind.MAX_TRIPS_PER_YEAR,)),
        (LOWER, "replaces", None, ()),
    ],
)
def test_a_changed_limit_is_read_with_its_document(
    sentence: str, action: str, start: tuple[dt.date, str] | None, kinds: tuple[RuleKind, ...]
) -> None:
    (change,) = find_rule_changes(sentence, own_number="55/UBND-NC")
    assert (change.action, change.citation.number, change.kinds) == (action, QD, kinds)
    assert (change.start.date, change.start.basis) == start if start else change.start is None
    assert find_supersessions(sentence) == []  # a clause of the document, not the whole of it


@pytest.mark.parametrize(
    "sentence",
    [
        POINTER,
        "Các nội dung khác tiếp tục thực hiện theo Quy định số 08-QĐi/TU.",
        "Đề nghị Ban Tổ chức xem xét điều chỉnh mức quy định tại khoản 1 Điều 5 Quy định số 08-QĐi/TU.",
        "Công văn này thay thế Công văn số 88/UBND-NC ngày 12/3/2024.",  # a whole document: extractors.supersession
    ],
)
def test_no_change_of_a_limit(sentence: str) -> None:
    assert find_rule_changes(sentence) == []


def test_the_new_value_is_the_one_after_len() -> None:
    """ "từ 05 ngày lên 10 ngày": 10 is the limit; the old number is no rule of its own."""
    assert [(r.kind, r.value) for r in find_rules(RAISE)] == [("max_delegation_size", 12)]
    assert [(r.kind, r.value, r.unit) for r in find_rules(REPORT)] == [
        ("report_deadline_working_days", 10, "working_days")
    ]
    assert [(r.kind, r.value) for r in find_rules("Giảm số thành viên tối đa của đoàn từ 08 xuống 06 người.")] == [
        ("max_delegation_size", 6)
    ]


OLD = (
    "1. Mỗi đoàn đi công tác nước ngoài không quá tám (08) người.\n"
    "2. Cán bộ đi công tác nước ngoài không quá 02 lần/năm.\n"
    "3. Trong thời hạn 05 ngày làm việc kể từ ngày về nước, trưởng đoàn gửi báo cáo kết quả chuyến đi.\n"
)
NEW = f"1. {RAISE}\n2. {REPORT}\n3. {ABOLISH}\n"
ISSUER = "Ban Thường vụ Tỉnh ủy Đông Sơn"


def test_a_raised_limit_ends_the_old_one_on_approval(tmp_path: Path) -> None:
    """The Quy định's eight people and five days end for trips leaving (and returning) from 1 July; the trips-per-year
    limit it abolishes ends when the reviewer confirms it. Another province's document of the same number and a
    dispatch that only points to the Quy định end nothing."""
    db = tmp_path / "r.duckdb"
    con = open_db(db)
    old = propose_rules(con, [dispatch(OLD, QD, ISSUER, D(2025, 1, 10), "a" * 64)])
    other = propose_rules(con, [dispatch(OLD, QD, "Ban Thường vụ Tỉnh ủy Bắc Hà", D(2025, 1, 10), "c" * 64)])
    propose_rules(con, [dispatch(POINTER, "40/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 3, 1), "d" * 64)])
    assert supersessions(con) == []
    new = propose_rules(con, [dispatch(NEW, "55/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 6, 15), "b" * 64)])
    old_of = {r.kind: r.id for r in old}
    new_of = {r.kind: r.id for r in new}
    assert set(new_of) == {RuleKind.MAX_DELEGATION_SIZE, RuleKind.REPORT_DEADLINE_WORKING_DAYS}
    proposed = {(p["old_rule_id"], p["new_rule_id"], p["effective_from"], p["basis"]) for p in supersessions(con)}
    assert proposed == {
        (old_of[RuleKind.MAX_DELEGATION_SIZE], new_of[RuleKind.MAX_DELEGATION_SIZE], D(2026, 7, 1), "departure"),
        (
            old_of[RuleKind.REPORT_DEADLINE_WORKING_DAYS],
            new_of[RuleKind.REPORT_DEADLINE_WORKING_DAYS],
            D(2026, 7, 1),
            "return",
        ),
        (old_of[RuleKind.MAX_TRIPS_PER_YEAR], None, D(2026, 6, 15), None),
    }
    assert not {r.id for r in other} & {p[0] for p in proposed}
    con.close()
    shown = CliRunner().invoke(rules, ["show", new_of[RuleKind.MAX_DELEGATION_SIZE], "--db", str(db)])
    assert f"replaces {old_of[RuleKind.MAX_DELEGATION_SIZE]} from 2026-07-01 (trips leaving" in shown.output
    assert "[proposed, applied on approval]" in shown.output and "thay cho mức 08 người" in shown.output

    con = open_db(db)
    set_status(con, "approve", [*old_of.values(), *new_of.values()], actor="lan")
    size, report = (
        get_rule(con, old_of[RuleKind.MAX_DELEGATION_SIZE]),
        get_rule(con, old_of[RuleKind.REPORT_DEADLINE_WORKING_DAYS]),
    )
    assert (size.effective_to, size.effective_to_basis, size.superseded_by) == (
        D(2026, 6, 30),
        "departure",
        new_of[RuleKind.MAX_DELEGATION_SIZE],
    )
    assert (report.effective_to, report.effective_to_basis) == (D(2026, 6, 30), "return")
    assert get_rule(con, old_of[RuleKind.MAX_TRIPS_PER_YEAR]).effective_to is None  # an abolition is confirmed by hand

    ten = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEFGHIK"]
    thirteen = [Member(f"Trần Văn {c}", "Sở Y tế") for c in "ABCDEFGHIKLMN"]
    insert_trips(
        con,
        [
            TripFact("10/QĐ-UBND", D(2026, 6, 10), D(2026, 6, 14), ["Nhật Bản"], ten, report_on=D(2026, 6, 18)),
            # left in June, back in July: eight people still, but ten working days to report (due 16/7)
            TripFact("20/QĐ-UBND", D(2026, 6, 25), D(2026, 7, 2), ["Lào"], ten[:8], report_on=D(2026, 7, 14)),
            TripFact("30/QĐ-UBND", D(2026, 7, 6), D(2026, 7, 9), ["Hàn Quốc"], ten, report_on=D(2026, 7, 10)),
            TripFact("40/QĐ-UBND", D(2026, 7, 20), D(2026, 7, 24), ["Lào"], thirteen, report_on=D(2026, 7, 27)),
        ],
    )
    kinds = (RuleKind.MAX_DELEGATION_SIZE, RuleKind.REPORT_DEADLINE_WORKING_DAYS)
    found = {(f.rule_kind, f.decision_number): f for f in run_checks(con, D(2026, 12, 31), kinds=kinds)}
    assert sorted((k.value, n, f.rule_id) for (k, n), f in found.items()) == [
        ("max_delegation_size", "10/QĐ-UBND", old_of[RuleKind.MAX_DELEGATION_SIZE]),
        ("max_delegation_size", "40/QĐ-UBND", new_of[RuleKind.MAX_DELEGATION_SIZE]),
    ]
    passed = {
        p["rule_id"]: p["why"]
        for p in found[(RuleKind.MAX_DELEGATION_SIZE, "40/QĐ-UBND")].evidence["rules_not_applied"]
    }
    assert passed[old_of[RuleKind.MAX_DELEGATION_SIZE]] == (
        f"hết hiệu lực từ 01/07/2026, thay bằng Công văn số 55/UBND-NC ({new_of[RuleKind.MAX_DELEGATION_SIZE]})"
    )

    supersede(con, old_of[RuleKind.MAX_TRIPS_PER_YEAR], actor="lan")
    assert get_rule(con, old_of[RuleKind.MAX_TRIPS_PER_YEAR]).effective_to == D(2026, 6, 14)


def test_a_late_report_names_the_end_on_the_return(tmp_path: Path) -> None:
    """Back on 2 July, the report 12 working days later breaks the new ten days; the old five, ended for trips
    returning from 1 July, is named as replaced."""
    con = open_db(tmp_path / "r.duckdb")
    old = propose_rules(con, [dispatch(OLD, QD, ISSUER, D(2025, 1, 10), "a" * 64)])
    new = propose_rules(con, [dispatch(NEW, "55/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 6, 15), "b" * 64)])
    set_status(con, "approve", [r.id for r in [*old, *new]], actor="lan")
    members = [Member("Lê Văn A", "Sở Y tế")]
    insert_trips(
        con, [TripFact("50/QĐ-UBND", D(2026, 6, 25), D(2026, 7, 2), ["Lào"], members, report_on=D(2026, 7, 20))]
    )
    (late,) = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.REPORT_DEADLINE_WORKING_DAYS,))
    old_report = next(r.id for r in old if r.kind is RuleKind.REPORT_DEADLINE_WORKING_DAYS)
    why = {p["rule_id"]: p["why"] for p in late.evidence["rules_not_applied"]}[old_report]
    assert why.startswith("hết hiệu lực từ 01/07/2026 đối với đoàn về nước, thay bằng Công văn số 55/UBND-NC")


def test_an_abolished_part_naming_no_limit_proposes_each_rule_for_review(tmp_path: Path) -> None:
    """ "Bãi bỏ nội dung … quy định tại Điều 9 …" names no limit: every rule of the document is proposed, and
    approving nothing ends any (a reviewer confirms each with `rules supersede`)."""
    con = open_db(tmp_path / "r.duckdb")
    old = propose_rules(con, [dispatch(OLD, QD, ISSUER, D(2025, 1, 10), "a" * 64)])
    text = "Bãi bỏ nội dung về quản lý cán bộ đi nước ngoài quy định tại Điều 9 Quy định số 08-QĐi/TU."
    (change,) = find_rule_changes(text)
    assert (change.action, change.kinds) == ("repeals", ())
    propose_rules(con, [dispatch(text, "60/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 6, 15), "e" * 64)])
    assert {(p["old_rule_id"], p["new_rule_id"]) for p in supersessions(con)} == {(r.id, None) for r in old}
    set_status(con, "approve", [r.id for r in old], actor="lan")
    assert all(get_rule(con, r.id).effective_to is None for r in old)
