"""The trips the checks judge keep their context when a date is unread (the contexts are numbered apart and joined
back null-safe), and the firm ban judges only the trips a firm pays or invites, every one of them (the sentences
and names are the tests' own)."""

from __future__ import annotations

import datetime as dt

import duckdb

from pipeline.checks.run import run_checks
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
BAN = (
    "Số 12-CT/TU\n"
    "1. Không cử cán bộ tham gia các đoàn đi nước ngoài do doanh nghiệp tổ chức, đài thọ kinh phí.\n"
    "2. Mỗi đoàn không quá năm (05) người.\n"
)


def _found(con: duckdb.DuckDBPyConnection, kind: str) -> set[str | None]:
    return {f.decision_number for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == kind}


def test_trips_whose_dates_were_not_read_are_judged_in_their_context() -> None:
    con = approved_2026(BAN, "12-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    six = [Member(f"Trần Văn {c}", "Sở Công Thương") for c in "ABCDEF"]
    insert_trips(
        con,
        [
            TripFact("41/QĐ-UBND", D(2026, 4, 1), D(2026, 4, 5), ["Lào"], six),
            TripFact("42/QĐ-UBND", D(2026, 4, 1), D(2026, 4, 5), ["Lào"], six),
            TripFact("43/QĐ-UBND", D(2026, 4, 1), D(2026, 4, 5), ["Lào"], six),
            TripFact("44/QĐ-UBND", D(2026, 4, 1), D(2026, 4, 5), ["Lào"], six[:3]),
        ],
    )
    con.execute(
        "UPDATE trips SET start_date = NULL, end_date = NULL WHERE decision_number IN ('42/QĐ-UBND', '43/QĐ-UBND')"
    )
    con.execute("UPDATE trips SET decision_date = NULL")
    assert _found(con, "max_delegation_size") == {"41/QĐ-UBND", "42/QĐ-UBND", "43/QĐ-UBND"}


def test_the_firm_ban_finds_a_firm_paying_by_name_or_inviting_not_a_state_paid_trip() -> None:
    con = approved_2026(BAN, "12-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    one = [Member("Phạm Thị Hoa", "Sở Du lịch")]
    insert_trips(
        con,
        [
            TripFact("51/QĐ-UBND", D(2026, 5, 4), D(2026, 5, 8), ["Nhật Bản"], one, funding="enterprise"),
            TripFact("52/QĐ-UBND", D(2026, 5, 4), D(2026, 5, 8), ["Nhật Bản"], one, funding="other"),
            TripFact("53/QĐ-UBND", D(2026, 5, 4), D(2026, 5, 8), ["Nhật Bản"], one, inviter="Tập đoàn Sông Lam"),
            TripFact("54/QĐ-UBND", D(2026, 5, 4), D(2026, 5, 8), ["Nhật Bản"], one, inviter="Sở Ngoại vụ tỉnh Gifu"),
        ],
    )
    con.execute("UPDATE trips SET sponsor = 'Công ty TNHH Hải Đăng' WHERE decision_number = '52/QĐ-UBND'")
    assert _found(con, "no_enterprise_funded") == {"51/QĐ-UBND", "52/QĐ-UBND", "53/QĐ-UBND"}
