"""A fictional province's dispatch, twenty trips with planted breaches, and findings computed independently.

The expected findings come from a plain-Python reading of the scenario's facts (below), never from the SQL of
pipeline.checks; the test asserts the two agree exactly. Holidays sit inside report deadlines (Tết 2025,
30/4–1/5/2025 with the make-up Saturday 26/4), and one report is not yet due at the as-of date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Any

import duckdb
import pytest

from pipeline.checks.run import evaluate, iter_findings, run_checks, stored_findings
from pipeline.rules.rulebase import propose_rules, set_status
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date
AS_OF = D(2025, 10, 15)
DISPATCH_NUMBER = "412/UBND-NC"
CITATION = f"Công văn số {DISPATCH_NUMBER}"
PASSPORT_CITATION = "Quyết định số 58/2012/QĐ-TTg của Thủ tướng Chính phủ"

DISPATCH_TEXT = """Số: 412/UBND-NC
V/v siết chặt quản lý cán bộ đi nước ngoài
Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:
1. Mỗi cán bộ, công chức đi công tác nước ngoài không quá 02 lần/năm; tổng số ngày đi nước ngoài trong năm \
không vượt quá số ngày nghỉ phép.
2. Đoàn đi công tác gọn nhẹ, không quá 06 người/đoàn; mỗi nước đến không quá 03 ngày chưa kể thời gian đi \
và về, một chuyến đi không quá 02 nước.
3. Hồ sơ trình duyệt nhân sự gửi Sở Nội vụ ít nhất 05 ngày làm việc (đột xuất 02 ngày làm việc) trước ngày \
xuất cảnh.
4. Không bố trí 02 lãnh đạo chủ chốt của một cơ quan cùng đi một đoàn; không tham gia các đoàn do doanh \
nghiệp đài thọ hoặc do doanh nghiệp nước ngoài mời đích danh.
5. Khi về nước, trong vòng 07 ngày làm việc trưởng đoàn phải gửi báo cáo kết quả chuyến đi.
6. Hạn chế cử đoàn đi nước ngoài vào dịp đầu năm và cuối năm.
"""

# The scenario's calendar facts: 2025 days off for the public sector and the one make-up Saturday.
DAYS_OFF = {
    D(2025, 1, 1),
    *(D(2025, 1, 25) + dt.timedelta(days=i) for i in range(9)),  # Tết: 25/1 – 2/2/2025
    D(2025, 4, 7),  # Giỗ Tổ Hùng Vương
    D(2025, 4, 30),
    D(2025, 5, 1),
    D(2025, 5, 2),  # swapped with Saturday 26/4
    D(2025, 9, 1),
    D(2025, 9, 2),
}
MAKEUP = {D(2025, 4, 26)}

AN = Member("Lê Hoài An", "Sở Công Thương", key=True, honorific="ông", person_id="p-an")
BINH = Member("Trịnh Thu Bình", "Sở Công Thương", key=True, honorific="bà", person_id="p-binh")
CUONG = Member("Đỗ Mạnh Cường", "Sở Ngoại vụ", honorific="ông")
DUNG = Member("Vi Thị Dung", "Sở Ngoại vụ")
EM = Member("Hà Văn Em", "Sở Tư pháp")
STAFF = [Member(f"Chuyên viên Số {i}", "Văn phòng UBND tỉnh") for i in range(1, 6)]


def d(day_month: str) -> dt.date:
    """A 2025 date as the documents write it without the year: '13/1' is 13 January."""
    day, month = map(int, day_month.split("/"))
    return D(2025, month, day)


def trip(
    n: int, start: str, end: str, countries: str, members: list[Member], report: str | None = None, **facts: Any
) -> TripFact:
    """Decision n/QĐ-UBND of 2025: its dates (day/month), countries ('Pháp, Bỉ'), members, report day, and any
    other TripFact fields."""
    return TripFact(
        f"{n:02d}/QĐ-UBND",
        d(start),
        d(end),
        countries.split(", "),
        members,
        report_on=d(report) if report else None,
        **facts,
    )


TRIPS = [
    # Tết inside the report deadline: back Wed 22/1, report Fri 7/2 is the 7th working day → on time.
    trip(1, "13/1", "22/1", "Lào", [CUONG, DUNG], report="7/2"),
    # Same Tết break, report one working day later than allowed.
    trip(2, "14/1", "21/1", "Lào", [EM], report="7/2"),
    trip(3, "3/3", "7/3", "Nhật Bản", [AN, CUONG], report="12/3", submitted_on=d("20/2")),
    # 30/4–1/5 inside the deadline: back Mon 28/4, deadline Mon 12/5 (26/4 make-up day is before the return).
    trip(4, "21/4", "28/4", "Hàn Quốc", [AN, DUNG], report="12/5"),
    trip(5, "22/4", "28/4", "Hàn Quốc", [EM], report="13/5"),
    # Submitted Thu 24/4 for a Mon 5/5 departure: 25/4, 26/4 (make-up), 28/4, 29/4 → 4 working days: urgent only,
    # and the decision (read) does not call the trip urgent: a breach.
    trip(6, "5/5", "9/5", "Thái Lan", [CUONG], report="14/5", submitted_on=d("24/4")),
    # Submitted 1 working day ahead: a breach even for an urgent trip.
    trip(7, "20/5", "23/5", "Thái Lan", [DUNG], report="27/5", submitted_on=d("16/5"), urgent=True),
    # Seven members, over the six allowed.
    trip(8, "2/6", "6/6", "Xin-ga-po", [EM, *STAFF, CUONG], report="10/6"),
    # Three countries; 9 days over them: (9 - 2) / 3 ≈ 2.3 days each, within 3.
    trip(9, "9/6", "17/6", "Pháp, Bỉ, Đức", [DUNG], report="20/6"),
    # Two countries over 9 days: (9 - 2) / 2 = 3.5 > 3.
    trip(10, "23/6", "1/7", "Úc, Niu Di-lân", [STAFF[0]], report="3/7"),
    # Two countries over 8 days: exactly 3 each, not over.
    trip(11, "7/7", "14/7", "Ý, Áo", [STAFF[1]], report="16/7"),
    # An's third trip of 2025 and two key leaders of one department together.
    trip(12, "21/7", "25/7", "Trung Quốc", [AN, BINH], report="29/7"),
    # Paid for by a company.
    trip(13, "4/8", "8/8", "Đài Loan", [STAFF[2]], report="12/8", funding="enterprise"),
    # State-funded, but on a foreign company's named invitation.
    trip(14, "11/8", "13/8", "Nhật Bản", [STAFF[3]], report="15/8", inviter="Công ty TNHH Kaede Trading"),
    # An's fourth trip; also takes his working days abroad over the 12 days of annual leave.
    trip(15, "18/8", "22/8", "Lào", [AN], report="26/8"),
    # No report: back Fri 19/9, deadline Tue 30/9, missing at 15/10.
    trip(16, "15/9", "19/9", "Campuchia", [STAFF[4]]),
    # No report but not yet due: back Fri 10/10, deadline Tue 21/10 > 15/10.
    trip(17, "6/10", "10/10", "Campuchia", [STAFF[0]]),
    # Passports: one on time, one late, one never handed back (deadline 5 working days after Fri 29/8,
    # with 1–2/9 off: 3, 4, 5, 8, 9 → Tue 9/9).
    trip(
        18,
        "25/8",
        "29/8",
        "Nga",
        [CUONG, DUNG, EM],
        report="4/9",
        passports={CUONG.name: d("9/9"), DUNG.name: d("10/9"), EM.name: None},
    ),
    # Planned year-end trip: a warning, and its report is not due.
    trip(19, "15/12", "19/12", "Hàn Quốc", [STAFF[1]]),
    # An ordinary trip with nothing wrong.
    trip(20, "22/9", "26/9", "Ma-lai-xi-a", [BINH], report="30/9", submitted_on=d("10/9")),
]


# ---- the independent reference ------------------------------------------------------------------------


def is_working(day: dt.date) -> bool:
    return day in MAKEUP or (day.weekday() < 5 and day not in DAYS_OFF)


def add_working_days(day: dt.date, n: int) -> dt.date:
    while n:
        day += dt.timedelta(days=1)
        n -= is_working(day)
    return day


def working_days_in(first: dt.date, last: dt.date) -> int:
    return sum(is_working(first + dt.timedelta(days=i)) for i in range((last - first).days + 1))


def expected() -> set[tuple[str, str, str | None, str, str]]:
    found: set[tuple[str, str, str | None, str, str]] = set()
    trips = sorted(TRIPS, key=lambda t: (t.start, t.trip_id))
    per_person: dict[str, list[tuple[TripFact, Member]]] = {}
    for t in trips:
        for m in t.members:
            per_person.setdefault(m.person_id or f"{m.name}|{m.unit}".lower(), []).append((t, m))
        if len(t.members) > 6:
            found.add(("max_delegation_size", t.number, None, "breach", CITATION))
        if len(t.countries) > 2:
            found.add(("max_countries_per_trip", t.number, None, "breach", CITATION))
        if ((t.end - t.start).days + 1 - 2) / len(t.countries) > 3:
            found.add(("max_days_per_country", t.number, None, "breach", CITATION))
        deadline = add_working_days(t.end, 7)
        if t.report_on and t.report_on > deadline:
            found.add(("report_deadline_working_days", t.number, None, "breach", CITATION))
        if t.report_on is None and deadline < AS_OF:
            found.add(("report_deadline_working_days", t.number, None, "breach", CITATION))
        if t.submitted_on:
            lead = working_days_in(t.submitted_on + dt.timedelta(days=1), t.start - dt.timedelta(days=1))
            if lead < 5 and not (t.urgent and lead >= 2):
                found.add(("submission_lead_working_days", t.number, None, "breach", CITATION))
        if t.funding == "enterprise" or (t.inviter and "công ty" in t.inviter.lower()):
            found.add(("no_enterprise_funded", t.number, None, "breach", CITATION))
        units = [m.unit for m in t.members if m.key]
        if any(units.count(u) >= 2 for u in units):
            found.add(("no_two_key_leaders_same_unit", t.number, None, "breach", CITATION))
        # item 6 only "hạn chế"s trips "vào dịp đầu năm và cuối năm", naming no month or ban: no trip breaches it
        passport_deadline = add_working_days(t.end, 5)
        for name, returned in t.passports.items():
            if (returned and returned > passport_deadline) or (returned is None and passport_deadline < AS_OF):
                found.add(("passport_return_deadline_days", t.number, name, "breach", PASSPORT_CITATION))
    for person_trips in per_person.values():
        total = 0
        for nth, (t, m) in enumerate(person_trips, start=1):
            if nth > 2:
                found.add(("max_trips_per_year", t.number, m.name, "breach", CITATION))
            total += working_days_in(t.start, t.end)
            if total > 12:
                found.add(("total_days_within_annual_leave", t.number, m.name, "breach", CITATION))
    return found


def with_rules(text: str, number: str, first_year: int, last_year: int) -> duckdb.DuckDBPyConnection:
    """A store with the calendar of those years and the rules of the province's dispatch `number`, approved."""
    con = new_db()
    fill_calendar(con, D(first_year, 1, 1), D(last_year, 12, 31), DAYS_OFF, MAKEUP)
    propose_rules(con, [dispatch(text, number, "UBND tỉnh Đông Sơn", D(2024, 11, 5))], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    return con


EXTRACTED = "SELECT kind, value, unit FROM rules WHERE origin = 'extracted' ORDER BY kind"


@pytest.fixture(scope="module")
def scenario_db():  # type: ignore[no-untyped-def]
    con = with_rules(DISPATCH_TEXT, DISPATCH_NUMBER, 2024, 2026)
    insert_trips(con, TRIPS)
    return con


def test_checks_scenario_dispatch_yields_its_rules(scenario_db) -> None:  # type: ignore[no-untyped-def]
    kinds = scenario_db.execute(
        "SELECT kind, value FROM rules WHERE origin = 'extracted' AND status = 'active' ORDER BY kind"
    ).fetchall()
    assert kinds == [
        ("avoid_start_end_of_year", None),
        ("max_countries_per_trip", 2.0),
        ("max_days_per_country", 3.0),
        ("max_delegation_size", 6.0),
        ("max_trips_per_year", 2.0),
        ("no_enterprise_funded", None),
        ("no_two_key_leaders_same_unit", None),
        ("report_deadline_working_days", 7.0),
        ("submission_lead_working_days", 5.0),
        ("total_days_within_annual_leave", None),
    ]


def test_checks_scenario_findings_match_the_reference_exactly(scenario_db) -> None:  # type: ignore[no-untyped-def]
    findings = run_checks(scenario_db, AS_OF, "run-1")
    got = {
        (f.rule_kind.value, f.decision_number, f.person, f.severity.value, f.evidence["rule_source"]) for f in findings
    }
    assert len(got) == len(findings)
    assert got == expected()


def test_checks_scenario_messages_carry_numbers_and_source(scenario_db) -> None:  # type: ignore[no-untyped-def]
    findings = {(f.rule_kind.value, f.decision_number, f.person): f for f in run_checks(scenario_db, AS_OF, "r")}
    third = findings[("max_trips_per_year", "12/QĐ-UBND", AN.name)]
    assert third.message == (
        "Ông Lê Hoài An đi nước ngoài lần thứ 3 trong năm 2025, vượt mức tối đa 02 lần/năm theo Công văn số 412/UBND-NC"
    )
    late = findings[("report_deadline_working_days", "02/QĐ-UBND", None)]
    assert late.evidence["status"] == "late" and late.evidence["deadline"] == "2025-02-06"
    assert "chậm 1 ngày làm việc" in late.message
    missing = findings[("report_deadline_working_days", "16/QĐ-UBND", None)]
    assert missing.evidence["status"] == "missing" and "30/09/2025" in missing.message
    assert ("report_deadline_working_days", "17/QĐ-UBND", None) not in findings
    assert ("report_deadline_working_days", "04/QĐ-UBND", None) not in findings  # saved by 30/4–2/5 off


def test_checks_scenario_rerun_replaces_instead_of_duplicating(scenario_db) -> None:  # type: ignore[no-untyped-def]
    first = run_checks(scenario_db, AS_OF, "run-a")
    second = run_checks(scenario_db, AS_OF, "run-b")
    (count,) = scenario_db.execute("SELECT count(*) FROM findings").fetchone()
    assert count == len(first) == len(second)
    later = run_checks(scenario_db, D(2025, 10, 22), "run-c")  # the 17/QĐ report is now overdue
    assert len(later) == len(first) + 1


def test_checks_scenario_counts_and_streamed_findings_agree(scenario_db) -> None:  # type: ignore[no-untyped-def]
    counts = evaluate(scenario_db, AS_OF, "run-counts")
    want = expected()
    assert counts.total == len(want)
    assert counts.breaches == sum(severity == "breach" for _, _, _, severity, _ in want)
    assert counts.by_kind == Counter(kind for kind, *_ in want)
    assert list(iter_findings(scenario_db, batch=7)) == stored_findings(scenario_db)  # across batch boundaries


def test_checks_times_in_calendar_days_are_counted_as_days() -> None:
    """A dispatch that gives its times in plain "ngày" (unit days): the report and the passport are due 10 days
    after the return, on the next working day when that day is off, and the papers go in at least 15 days before
    departure; the findings say "ngày", not "ngày làm việc"."""
    text = (
        "Số: 88/UBND-NC\n1. Hồ sơ đề nghị cử cán bộ gửi Sở Ngoại vụ trước ngày xuất cảnh ít nhất 15 ngày.\n"
        "2. Trong thời hạn 10 ngày sau khi hoàn thành chuyến công tác, trưởng đoàn phải gửi báo cáo kết quả.\n"
        "3. Trong vòng 10 ngày kể từ ngày về nước, người được cử đi nộp lại hộ chiếu cho cơ quan quản lý.\n"
    )
    con = with_rules(text, "88/UBND-NC", 2025, 2025)
    assert con.execute(EXTRACTED).fetchall() == [
        ("passport_return_deadline_days", 10.0, "days"),
        ("report_deadline_working_days", 10.0, "days"),
        ("submission_lead_working_days", 15.0, "days"),
    ]
    back = D(2025, 6, 4)  # a Wednesday: ten days on is Saturday 14/6, so Monday 16/6 is the last day
    on_time = TripFact("61/QĐ-UBND", D(2025, 6, 1), back, ["Lào"], [EM], submitted_on=D(2025, 5, 17))
    # 15 days ahead; the report and the passport on the last day
    insert_trips(con, [replace(on_time, report_on=D(2025, 6, 16), passports={EM.name: D(2025, 6, 16)})])
    late_trip = replace(on_time, number="62/QĐ-UBND", submitted_on=D(2025, 5, 20), report_on=D(2025, 6, 17))
    insert_trips(con, [replace(late_trip, passports={EM.name: D(2025, 6, 17)})])
    found = {(f.rule_kind.value, f.decision_number): f for f in run_checks(con, AS_OF, "r")}
    assert set(found) == {
        ("passport_return_deadline_days", "62/QĐ-UBND"),
        ("report_deadline_working_days", "62/QĐ-UBND"),
        ("submission_lead_working_days", "62/QĐ-UBND"),
    }
    late = found[("report_deadline_working_days", "62/QĐ-UBND")]
    assert late.evidence["deadline"] == "2025-06-16" and "(10 ngày sau ngày về 04/06/2025)" in late.message
    passport = found[("passport_return_deadline_days", "62/QĐ-UBND")]
    assert passport.evidence["deadline"] == "2025-06-16" and "(10 ngày sau ngày về 04/06/2025)" in passport.message
    early = found[("submission_lead_working_days", "62/QĐ-UBND")].message
    assert "chỉ 12 ngày trước ngày đi 01/06/2025, ít hơn mức tối thiểu 15 ngày theo" in early


def test_checks_times_in_months_are_calendar_months() -> None:
    """A dispatch that gives its times in months (unit months, issue 13): the report and the passport are due on the
    same day a month after the return — the month's last day when it is shorter (31/1 → 28/2), the next working
    day when that day is off — and the papers go in by the same day a month before departure; the findings say
    "tháng"."""
    text = (
        "Số: 89/UBND-NC\n1. Hồ sơ đề nghị cử cán bộ gửi Sở Ngoại vụ chậm nhất 01 tháng trước ngày xuất cảnh.\n"
        "2. Trong vòng 01 tháng kể từ ngày về nước, trưởng đoàn phải gửi báo cáo kết quả chuyến công tác.\n"
        "3. Sau một tháng kể từ ngày về nước, người được cử đi phải nộp lại hộ chiếu cho cơ quan quản lý.\n"
    )
    con = with_rules(text, "89/UBND-NC", 2025, 2025)
    assert con.execute(EXTRACTED).fetchall() == [
        ("passport_return_deadline_days", 1.0, "months"),
        ("report_deadline_working_days", 1.0, "months"),
        ("submission_lead_working_days", 1.0, "months"),
    ]
    # Back Wed 14/5: a month on is Saturday 14/6, so Monday 16/6 is the last day; leaving Mon 16/6, the papers
    # were due by Fri 16/5.
    on_time = TripFact("71/QĐ-UBND", D(2025, 5, 12), D(2025, 5, 14), ["Lào"], [EM], submitted_on=D(2025, 4, 12))
    insert_trips(con, [replace(on_time, report_on=D(2025, 6, 16), passports={EM.name: D(2025, 6, 16)})])
    late = replace(on_time, number="72/QĐ-UBND", report_on=D(2025, 6, 17), passports={EM.name: D(2025, 6, 17)})
    # Back Fri 31/1: February has no 31st, so Fri 28/2 is the last day; a report on Mon 3/3 is late.
    short_month = TripFact("73/QĐ-UBND", D(2025, 1, 27), D(2025, 1, 31), ["Lào"], [EM], report_on=D(2025, 2, 28))
    late_short = replace(short_month, number="74/QĐ-UBND", report_on=D(2025, 3, 3))
    leaving = TripFact("75/QĐ-UBND", D(2025, 6, 16), D(2025, 6, 18), ["Lào"], [EM], submitted_on=D(2025, 5, 16))
    early_enough, too_late = (
        replace(leaving, report_on=D(2025, 6, 20)),
        replace(leaving, number="76/QĐ-UBND", submitted_on=D(2025, 5, 17), report_on=D(2025, 6, 20)),
    )
    insert_trips(con, [late, short_month, late_short, early_enough, too_late])
    found = {(f.rule_kind.value, f.decision_number): f for f in run_checks(con, AS_OF, "r")}
    assert set(found) == {
        ("passport_return_deadline_days", "72/QĐ-UBND"),
        ("report_deadline_working_days", "72/QĐ-UBND"),
        ("report_deadline_working_days", "74/QĐ-UBND"),
        ("submission_lead_working_days", "76/QĐ-UBND"),
    }
    report = found[("report_deadline_working_days", "72/QĐ-UBND")]
    assert report.evidence["deadline"] == "2025-06-16" and "(01 tháng sau ngày về 14/05/2025)" in report.message
    passport = found[("passport_return_deadline_days", "72/QĐ-UBND")]
    assert passport.evidence["deadline"] == "2025-06-16" and "(01 tháng sau ngày về 14/05/2025)" in passport.message
    assert found[("report_deadline_working_days", "74/QĐ-UBND")].evidence["deadline"] == "2025-02-28"
    early = found[("submission_lead_working_days", "76/QĐ-UBND")].message
    assert "trình ngày 17/05/2025, chỉ 30 ngày trước ngày đi 16/06/2025, ít hơn mức tối thiểu 01 tháng theo" in early
