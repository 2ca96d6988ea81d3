"""The tenth blind scenario's hand-written labels (Huế 2026), recomputed from its texts and the 2026 calendar.

Why: expected_findings.json was written by hand before congvan ran; these tests redo every limit, count, deadline
and lead from the texts alone (no congvan code), so a slip in the labels shows here and not as a false miss."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import holidays
import pytest

from tests.scenario_texts import ScenarioTexts, decision_stem, over_days_per_country, slash_date

HUE = ScenarioTexts("scenario_blind10", frozenset({dt.date(2026, 8, 22)}))
TRIPS = HUE.expected()["trips"]
DISPATCH = "00-chi-thi-03-ct-ubnd"
MISCITED = {"1642/QĐ-UBND": "1624/QĐ-UBND", "2010/QĐ-UBND": "2001/QĐ-UBND"}
"""Reports that cite their decision under a mistyped number (the label's trip is still theirs)."""
BY_DATE_ONLY = {"1801/QĐ-UBND"}
LEADER_SUFFIX = re.compile(r"(?:,| -) Trưởng đoàn$| \(Trưởng đoàn\)$")


def limit(pattern: str) -> int:
    """A number the Chỉ thị writes in words with digits in parentheses, e.g. "mười hai (12) người"."""
    m = re.search(pattern, HUE.text(DISPATCH))
    assert m, pattern
    return int(m[1])


LIMITS = {
    "trips": limit(r"không quá hai \((\d+)\) lần trong một năm"),
    "size": limit(r"không quá mười hai \((\d+)\) người, không kể phiên dịch"),
    "countries": limit(r"không quá ba \((\d+)\) nước"),
    "days": limit(r"không quá năm \((\d+)\) ngày, không kể thời gian đi và về"),
    "report": limit(r"mười \((\d+)\) ngày làm việc kể từ ngày về nước"),
    "lead": limit(r"ít nhất mười \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh"),
    "urgent_lead": limit(r"đột xuất, cấp bách thì ít nhất năm \((\d+)\) ngày làm việc"),
}


def article(stem: str, n: int) -> str:
    """The text of Điều n of a decision (up to Điều n+1)."""
    m = re.search(rf"^Điều {n}\. (.+?)(?=^Điều {n + 1}\.)", HUE.text(stem), re.M | re.S)
    assert m, (stem, n)
    return m[1]


def members(trip: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, title) of everyone Điều 1 sends: a table, numbered lines (with or without an honorific), or prose."""
    text = article(decision_stem(trip["decision_number"]), 1)
    found = (
        re.findall(r"^\d+ \| (.+?) \| (.+)$", text, re.M)
        or re.findall(r"^\d+\. (?:Ông|Bà|Đồng chí) ([^,]+), (.+?)[;.]$", text, re.M)
        or re.findall(r"^\d+\. ([^,-]+?) - (.+?)[;.]$", text, re.M)
    )
    if not found:
        m = re.match(r"Cử (.+?) (?:đi công tác tại|tham gia Đoàn công tác)", text)
        assert m, trip["decision_number"]
        parts = re.split(r";\s*(?:và )?|\s+và\s+(?=(?:ông|bà) )", m[1])
        found = [re.fullmatch(r"(?:ông|bà) ([^,]+), (.+)", p).groups() for p in parts]  # type: ignore[union-attr]
    return [(name.strip(), LEADER_SUFFIX.sub("", title.strip())) for name, title in found]


def key_unit(title: str) -> str | None:
    """The unit whose key leader the member is (point 1 of the Chỉ thị), or None (deputies, staff, heads of
    centres and sub-departments inside a sở)."""
    if title.startswith("Giám đốc Trung tâm") and ", Sở " not in title:
        return title.removeprefix("Giám đốc ")
    for part in title.split(", "):
        for prefix in ("Giám đốc ", "Chủ tịch Ủy ban nhân dân ", "Bí thư Đảng ủy "):
            rest = part.removeprefix(prefix)
            if rest != part and rest.startswith(("Sở ", "phường ", "xã ")):
                return rest
    return None


def test_calendar_is_the_packages() -> None:
    off = holidays.country_holidays("VN", years=2026)
    assert dt.date(2026, 8, 22) in off.weekend_workdays
    for day in ("2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-02"):
        assert dt.date.fromisoformat(day) in off, day
    assert dt.date(2026, 11, 24) in off


def test_the_dispatch_states_the_limits() -> None:
    assert LIMITS == {"trips": 2, "size": 12, "countries": 3, "days": 5, "report": 10, "lead": 10, "urgent_lead": 5}


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_trip_dates_countries_and_members_are_the_texts(trip: dict[str, Any]) -> None:
    stem = decision_stem(trip["decision_number"])
    assert f"Số: {trip['decision_number']}\n" in HUE.text(stem)
    first = article(stem, 1)
    m = re.search(r"từ ngày (\d+/\d+/\d{4}) đến ngày (\d+/\d+/\d{4})", first)
    assert m
    assert (trip["start"], trip["end"]) == (slash_date(m[1]).isoformat(), slash_date(m[2]).isoformat())
    for country in trip["countries"]:
        assert country in first, country
    assert [name for name, _ in members(trip)] == trip["members"]


def test_every_decision_and_report_is_labelled() -> None:
    stems = {p.stem for p in (HUE.folder / "texts").glob("*.txt")}
    decisions = {decision_stem(t["decision_number"]) for t in TRIPS}
    reports = {HUE.report_stem(t["report"]) for t in TRIPS if t["report"]}
    assert stems == decisions | reports | {DISPATCH}
    assert len(decisions) == 21 and len(reports) == 19


def test_delegation_size_without_interpreters() -> None:
    over = {
        t["decision_number"]
        for t in TRIPS
        if sum("phiên dịch" not in title for _, title in members(t)) > LIMITS["size"]
    }
    assert over == HUE.findings("max_delegation_size")


def test_countries_per_trip() -> None:
    over = {t["decision_number"] for t in TRIPS if len(t["countries"]) > LIMITS["countries"]}
    assert over == HUE.findings("max_countries_per_trip")


def test_days_per_country_without_travel_days() -> None:
    assert over_days_per_country(TRIPS, LIMITS["days"]) == HUE.findings("max_days_per_country")


def test_report_deadlines() -> None:
    late = HUE.late_reports(LIMITS["report"])
    assert late == HUE.findings("report_deadline_working_days")


def test_the_report_not_yet_due_and_the_deadlines_on_the_day() -> None:
    by_number = {t["decision_number"]: t for t in TRIPS}
    due = {n: HUE.nth_working_day_after(dt.date.fromisoformat(by_number[n]["end"]), 10) for n in by_number}
    assert due["3251/QĐ-UBND"] == dt.date(2026, 12, 7)
    assert due["268/QĐ-UBND"] == dt.date(2026, 3, 5)
    assert due["2330/QĐ-UBND"] == dt.date(2026, 9, 11)
    assert due["2197/QĐ-UBND"] == dt.date(2026, 8, 27)
    assert due["1112/QĐ-UBND"] == dt.date(2026, 5, 12)


def test_submission_leads() -> None:
    short = set()
    for t in TRIPS:
        urgent = "đột xuất" in HUE.text(decision_stem(t["decision_number"]))
        if HUE.submission_lead(t) < LIMITS["urgent_lead" if urgent else "lead"]:
            short.add(t["decision_number"])
    assert short == HUE.findings("submission_lead_working_days")
    assert HUE.submission_lead(next(t for t in TRIPS if t["decision_number"] == "1287/QĐ-UBND")) == 10


def test_trips_per_year_of_key_leaders() -> None:
    trips_of: dict[str, list[str]] = defaultdict(list)
    for t in sorted(TRIPS, key=lambda t: t["start"]):
        if "chương trình đối ngoại của Trung ương" in article(decision_stem(t["decision_number"]), 1):
            continue
        for name, title in members(t):
            if key_unit(title):
                trips_of[name].append(t["decision_number"])
    over = {(d, name) for name, ds in trips_of.items() for d in ds[LIMITS["trips"] :]}
    want = {
        (f["decision_number"], f["person"])
        for f in HUE.expected()["findings"]
        if f["rule_kind"] == "max_trips_per_year"
    }
    assert over == want
    assert len(trips_of["Hồ Thị Ngọc Diệp"]) == 2 and len(trips_of["Nguyễn Hữu Bảo Long"]) == 2
    assert "Lê Văn Thạnh" not in trips_of


def test_two_key_leaders_of_one_unit() -> None:
    both = set()
    for t in TRIPS:
        units = [u for _, title in members(t) if (u := key_unit(title))]
        if len(units) != len(set(units)):
            both.add(t["decision_number"])
    assert both == HUE.findings("no_two_key_leaders_same_unit")


def test_enterprise_paid_or_named_invitation() -> None:
    banned = set()
    for t in TRIPS:
        stem = decision_stem(t["decision_number"])
        if "Công ty" in article(stem, 2) or re.search(r"mời đích danh[^;]*Công ty", HUE.text(stem)):
            banned.add(t["decision_number"])
    assert banned == HUE.findings("no_enterprise_funded")


@pytest.mark.parametrize("trip", [t for t in TRIPS if t["report"]], ids=lambda t: t["report"])
def test_each_report_tells_its_trip(trip: dict[str, Any]) -> None:
    """A report restates its trip's dates, and cites its decision as the labels say (mistyped, or by date only)."""
    text = HUE.text(HUE.report_stem(trip["report"]))
    told = re.search(r"từ ngày (\d+/\d+/\d{4}) đến ngày (\d+/\d+/\d{4})", text)
    assert told
    assert (slash_date(told[1]).isoformat(), slash_date(told[2]).isoformat()) == (trip["start"], trip["end"])
    number = trip["decision_number"]
    cited = re.search(r"Quyết định (?:số (\S+?),? )?ngày", text)
    assert cited
    if number in BY_DATE_ONLY:
        assert cited[1] is None
    else:
        assert cited[1] == MISCITED.get(number, number)
