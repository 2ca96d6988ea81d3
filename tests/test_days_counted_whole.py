"""A days-per-country limit that counts the days of arrival and departure ("không quá sáu (06) ngày, tính cả ngày đến
và ngày rời quốc gia đó", scenario 48's Quy chế) leaves no travel days out: eight days in one country break it, as
they do not break a limit read with two travel days out (the tests' own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.checks.run import run_checks
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "days", "found"),
    [
        ("Thời gian ở lại mỗi quốc gia không quá sáu (06) ngày, tính cả ngày đến và ngày rời quốc gia đó.", 8, True),
        ("Thời gian ở lại mỗi quốc gia không quá sáu (06) ngày, tính cả ngày đến và ngày rời quốc gia đó.", 6, False),
        ("Thời gian công tác tại mỗi nước không quá sáu (06) ngày, kể cả thời gian đi đường.", 7, True),
        ("Thời gian công tác tại mỗi nước không quá sáu (06) ngày.", 8, False),  # two travel days left out
        ("Thời gian công tác tại mỗi nước không quá sáu (06) ngày.", 9, True),
    ],
)
def test_a_limit_counting_arrival_and_departure_leaves_no_travel_days_out(
    sentence: str, days: int, found: bool
) -> None:
    con = approved_2026(f"Số 9/QĐ-BĐS\nĐiều 4. {sentence}\n", "9/QĐ-BĐS", "Bộ Đông Sơn", D(2026, 1, 5))
    staff = [Member("Lê Văn Tùng", "Cục Phòng bệnh", title="Chuyên viên")]
    start = D(2026, 3, 2)
    insert_trips(con, [TripFact("10/QĐ-BĐS", start, start + dt.timedelta(days=days - 1), ["Hàn Quốc"], staff)])
    findings = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "max_days_per_country"]
    assert bool(findings) is found
    if found and "tính cả" in sentence:
        assert "tính cả ngày đến và ngày rời" in findings[0].message and findings[0].evidence["travel_days"] == 0
