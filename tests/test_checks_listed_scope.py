"""A trips-a-year limit on the posts its own clause lists, and the trips of a named agreement it does not count
(issue 13, scenario 23's forms; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, get_rule
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
QUY_DINH = (
    "Số: 07-QĐi/TU\n"
    "Điều 4. Số lần đi công tác nước ngoài\n"
    "1. Các đồng chí sau đây đi công tác nước ngoài không quá hai (02) lần trong một năm:\n"
    "a) Bí thư, Phó Bí thư Tỉnh ủy; Chủ tịch, Phó Chủ tịch Ủy ban nhân dân tỉnh;\n"
    "b) Giám đốc sở; Chánh Văn phòng Tỉnh ủy;\n"
    "c) Chủ tịch Ủy ban nhân dân xã, phường.\n"
    "Cấp phó của người đứng đầu sở, xã, phường không thuộc diện áp dụng khoản này.\n"
    "2. Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi thực hiện Chương trình hợp tác giữa tỉnh "
    "Đông Sơn và tỉnh Xiêng Khoảng (Lào) đã được Ban Thường vụ Tỉnh ủy thông qua.\n"
    "Điều 5. Mỗi đoàn đi công tác nước ngoài không quá mười (10) người.\n"
)
DIRECTOR = Member("Lê Văn Tùng", "Sở Xây dựng", title="Giám đốc")
DEPUTY = Member("Trần Thị Mơ", "Sở Xây dựng", title="Phó Giám đốc")
CHAIR = Member("Hà Văn Lộc", "Ủy ban nhân dân xã Tân Lập", title="Chủ tịch")
UNDER = "Thực hiện Chương trình hợp tác giữa tỉnh Đông Sơn và tỉnh Xiêng Khoảng năm 2026"


def _db():  # type: ignore[no-untyped-def]
    return approved_2026(QUY_DINH, "07-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))


def _trip(number: str, month: int, purpose: str, *members: Member) -> tuple[TripFact, str]:
    return TripFact(number, D(2026, month, 3), D(2026, month, 7), ["Lào"], list(members)), purpose


def _insert(con, trips: list[tuple[TripFact, str]]) -> None:  # type: ignore[no-untyped-def]
    insert_trips(con, [trip for trip, _ in trips])
    for trip, purpose in trips:
        con.execute("UPDATE trips SET purpose = ? WHERE trip_id = ?", [purpose, trip.trip_id])


def test_listed_posts_are_the_scope_and_rules_show_prints_them() -> None:
    con = _db()
    rule_id = con.execute(
        "SELECT rule_id FROM rules WHERE kind = 'max_trips_per_year' AND origin = 'extracted'"
    ).fetchone()[0]
    rule = get_rule(con, rule_id)
    assert rule.scope == "listed"
    assert rule.scope_definition is not None
    assert "Giám đốc sở" in rule.scope_definition.includes
    assert rule.exception is not None and rule.exception.startswith("Không tính vào số lần quy định tại khoản 1")
    shown = "\n".join(describe(rule))
    assert "in: Bí thư Tỉnh ủy; Phó Bí thư Tỉnh ủy;" in shown
    assert "out: Cấp phó của người đứng đầu sở, xã, phường" in shown
    assert (
        "not counted: trips carrying out “Chương trình hợp tác giữa tỉnh Đông Sơn và tỉnh Xiêng Khoảng (Lào)”" in shown
    )


def test_only_listed_posts_are_held_to_the_limit_and_the_agreement_is_not_counted() -> None:
    con = _db()
    _insert(
        con,
        [
            _trip("10/QĐ-UBND", 2, UNDER, DIRECTOR, DEPUTY),
            _trip("20/QĐ-UBND", 4, "Dự hội chợ thương mại", DIRECTOR, DEPUTY),
            _trip("30/QĐ-UBND", 6, "Khảo sát nhà ở xã hội", DIRECTOR, DEPUTY),
            _trip("40/QĐ-UBND", 9, "Dự hội thảo quy hoạch", DIRECTOR, DEPUTY),
        ],
    )
    found = {(f.decision_number, f.person): f for f in run_checks(con, D(2026, 12, 1), "r")}
    # the deputy's four trips bind no one: the clause lists no deputy of a sở; the director's agreement trip is
    # not counted, so 40 is his third counted trip, and the finding says what was left out
    assert set(found) == {("40/QĐ-UBND", DIRECTOR.name)}
    finding = found[("40/QĐ-UBND", DIRECTOR.name)]
    assert finding.severity.value == "breach"
    assert "lần thứ 3" in finding.message and "không tính chuyến đi theo quyết định 10/QĐ-UBND" in finding.message
    assert finding.evidence["not_counted"] == "10/QĐ-UBND"


def test_a_trip_naming_the_partner_but_not_the_agreement_is_a_review() -> None:
    con = _db()
    _insert(
        con,
        [
            _trip("11/QĐ-UBND", 2, "Thăm và làm việc tại tỉnh Xiêng Khoảng", CHAIR),
            _trip("21/QĐ-UBND", 4, "Dự hội chợ", CHAIR),
            _trip("31/QĐ-UBND", 6, "Học tập kinh nghiệm", CHAIR),
        ],
    )
    (finding,) = run_checks(con, D(2026, 12, 1), "r")
    assert (finding.decision_number, finding.severity.value) == ("31/QĐ-UBND", "review")
    assert "chưa rõ chuyến đi theo quyết định 11/QĐ-UBND có thực hiện Chương trình hợp tác" in str(
        finding.evidence["to_check"]
    )
