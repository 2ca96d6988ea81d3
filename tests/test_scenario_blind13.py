"""The Thanh Hóa 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Each
label is recomputed here from the texts as a reader would: who is a key leader from the title written beside the
name, trips counted per person by start date, delegation sizes from the member list, leads and deadlines in working
days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import holidays
import pytest

from tests.scenario_texts import ScenarioTexts, days, decision_stem, over_days_per_country

THANH_HOA = ScenarioTexts("scenario_blind13", frozenset({dt.date(2026, 8, 22)}))
LIMITS = {"size": 10, "countries": 3, "days": 5}
REPORT_DAYS, LEAD_DAYS, TRIPS_A_YEAR = 7, 10, 2
AMENDED = {"1655/QĐ-UBND": "1811/QĐ-UBND"}
"""Decision → the later decision that moved its dates (the trip keeps the first number, with the new dates)."""
CITED_OTHERWISE = {"58/BC-STC": "2254/QĐ-UBND", "41/BC-BQLKKT": "Quyết định ngày 14/10/2026 của Ủy ban nhân dân tỉnh"}
"""Reports that do not cite their decision's number: a transposed number, and a date with the issuer only."""
UNITS = (
    "Sở Công Thương",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp",
)
TRIPS = THANH_HOA.expected()["trips"]


def ids(trip: dict[str, Any]) -> str:
    return str(trip["decision_number"])


def article_one(number: str) -> str:
    """Điều 1 of a decision: where its members are listed."""
    body = THANH_HOA.text(decision_stem(number))
    return body[body.index("Điều 1.") : body.index("Điều 2.")]


def title_of(section: str, name: str) -> str:
    """The title written right after a member's name (table cell, or up to the ';' of a list or sentence)."""
    after = section[section.index(name) + len(name) :].lstrip(" ,–|")
    return re.split(r"[;|\n]", after, maxsplit=1)[0].strip()


def key_unit(title: str) -> str | None:
    """The unit a member leads as a key leader by the dispatch's definition (section 3), or None."""
    place = re.match(r"(?:Chủ tịch UBND|Bí thư Đảng ủy) ((?:xã|phường) [^,]+)", title)
    if place:
        return place[1]
    unit = next((u for u in UNITS if u in title), None)
    heads = title.startswith(("Giám đốc Sở", "Trưởng ban Ban Quản lý"))
    deputy_secretary = title.startswith(("Phó Giám đốc Sở", "Phó Trưởng ban")) and "Bí thư Đảng ủy" in title
    return unit if heads or deputy_secretary else None


def key_leaders(trip: dict[str, Any]) -> dict[str, str]:
    section = article_one(trip["decision_number"])
    units = {name: key_unit(title_of(section, name)) for name in trip["members"]}
    return {name: unit for name, unit in units.items() if unit}


def labelled(kind: str) -> set[tuple[str, str]]:
    return {(f["decision_number"], f["person"]) for f in THANH_HOA.expected()["findings"] if f["rule_kind"] == kind}


def test_scenario13_shape() -> None:
    """45 texts (one dispatch, 24 decisions, 20 reports), 23 trips, 13 findings; each scan rendered from its text."""
    expected = THANH_HOA.expected()
    assert set(expected) == {"scenario", "as_of", "dispatch", "note", "findings", "not_findings", "trips"}
    THANH_HOA.check_scans(45, required=False)
    stems = [p.stem for p in (THANH_HOA.folder / "texts").glob("*.txt")]
    assert (sum(s.startswith("qd-") for s in stems), sum(s.startswith("bc-") for s in stems)) == (24, 20)
    assert expected["dispatch"] in stems and len(TRIPS) == 23 and len(expected["findings"]) == 12
    assert sum(t["report"] is not None for t in TRIPS) == 20
    numbers = {t["decision_number"] for t in TRIPS}
    found = {(f["rule_kind"], f["decision_number"], f["person"]) for f in expected["findings"]}
    for label in expected["findings"] + expected["not_findings"]:
        assert label["decision_number"] in numbers
    assert not found & {(f["rule_kind"], f["decision_number"], f["person"]) for f in expected["not_findings"]}


def test_scenario13_dispatch_states_each_limit() -> None:
    """The numbers the labels use are the dispatch's own, written in words with digits."""
    text = THANH_HOA.text(THANH_HOA.expected()["dispatch"])
    for phrase in (
        "không quá mười (10) người",
        "tối đa ba (03) nước",
        "không quá năm (05) ngày, không tính ngày đi và ngày về",
        "không quá hai (02) lần trong một năm",
        "mười (10) ngày làm việc trước ngày xuất cảnh",
        "bảy (07) ngày làm việc kể từ ngày về nước",
        "tháng 01 và tháng 12",
        "Không cử cùng lúc hai (02) lãnh đạo chủ chốt",
        "doanh nghiệp tổ chức, đài thọ kinh phí",
    ):
        assert phrase in text, phrase


def test_scenario13_make_up_saturday_is_the_packages() -> None:
    """22/8/2026 is the Saturday worked for the day off of 31/8 (as the holidays package names it)."""
    names = holidays.country_holidays("VN", years=2026)
    assert "08/22/2026" in names[dt.date(2026, 8, 31)]
    assert THANH_HOA.working(dt.date(2026, 8, 22)) and not THANH_HOA.working(dt.date(2026, 8, 29))


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_decision_holds_the_trip(trip: dict[str, Any]) -> None:
    if trip["decision_number"] not in AMENDED:
        THANH_HOA.check_decision(trip, aliases={})
        return
    first = THANH_HOA.text(decision_stem(trip["decision_number"]))
    change = THANH_HOA.text(decision_stem(AMENDED[trip["decision_number"]]))
    assert all(name in first for name in trip["members"]) and trip["countries"][0] in first
    assert f"Quyết định số {trip['decision_number']} ngày" in change
    for key in ("start", "end"):
        d = dt.date.fromisoformat(trip[key])
        assert f"{d.day}/{d.month}/{d.year}" in change.split("thay cho")[0]


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_size_countries_days(trip: dict[str, Any]) -> None:
    """The member list counted from Điều 1 (table rows, else 'ông'/'bà' before a name) is the label's."""
    section = article_one(trip["decision_number"])
    rows = re.findall(r"^\| \d+ \|", section, flags=re.M)
    named = re.findall(r"\b[ÔôBb][nà]g? [A-ZĐ]", section)
    size = len(rows) or len(named)
    assert size == len(trip["members"])
    THANH_HOA.check_trip_limits(trip, size, LIMITS)


def test_scenario13_days_per_country() -> None:
    assert over_days_per_country(TRIPS, LIMITS["days"]) == THANH_HOA.findings("max_days_per_country")


def test_scenario13_trips_per_key_leader() -> None:
    """A key leader's trips counted in order of start; each one past the second is a finding for that person."""
    seen: dict[str, int] = defaultdict(int)
    over = set()
    for trip in sorted(TRIPS, key=lambda t: t["start"]):
        for name in key_leaders(trip):
            seen[name] += 1
            if seen[name] > TRIPS_A_YEAR:
                over.add((trip["decision_number"], name))
    assert over == labelled("max_trips_per_year")
    assert seen["Hoàng Đình Lực"] == 3 and "Mai Xuân Trường" not in seen


def test_scenario13_two_key_leaders_of_one_unit() -> None:
    pairs = set()
    for trip in TRIPS:
        by_unit: dict[str, list[str]] = defaultdict(list)
        for name, unit in key_leaders(trip).items():
            by_unit[unit].append(name)
        pairs |= {(trip["decision_number"], None) for names in by_unit.values() if len(names) > 1}
    assert pairs == labelled("no_two_key_leaders_same_unit")


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_submission_lead(trip: dict[str, Any]) -> None:
    THANH_HOA.check_submission_lead(trip, LEAD_DAYS)


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_report_deadline(trip: dict[str, Any]) -> None:
    THANH_HOA.check_report_deadline(trip, REPORT_DAYS, names_start=True)
    if trip["report"]:
        report = THANH_HOA.text(THANH_HOA.report_stem(trip["report"]))
        cited = CITED_OTHERWISE.get(trip["report"], trip["decision_number"])
        assert cited in report
        assert (trip["decision_number"] in report) == (trip["report"] not in CITED_OTHERWISE)


def test_scenario13_trip_without_report_not_yet_due() -> None:
    """The one trip with no report whose deadline falls after the check date is no finding."""
    as_of = dt.date.fromisoformat(THANH_HOA.expected()["as_of"])
    waiting = [
        t["decision_number"]
        for t in TRIPS
        if not t["report"] and THANH_HOA.nth_working_day_after(dt.date.fromisoformat(t["end"]), REPORT_DAYS) >= as_of
    ]
    assert waiting == ["3520/QĐ-UBND"]


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_enterprise_funding(trip: dict[str, Any]) -> None:
    """Who pays is the first sentence of Điều 2; an enterprise (công ty) there is a finding."""
    body = THANH_HOA.text(decision_stem(trip["decision_number"]))
    funding = body[body.index("Điều 2.") + len("Điều 2. ") :].split(". ", 1)[0]
    assert "inh phí" in funding or "hi phí" in funding
    assert ("Công ty" in funding) == THANH_HOA.flagged("no_enterprise_funded", trip)


@pytest.mark.parametrize("trip", TRIPS, ids=ids)
def test_scenario13_start_or_end_of_year(trip: dict[str, Any]) -> None:
    start = dt.date.fromisoformat(trip["start"])
    assert days(trip) >= 1
    assert (start.month in (1, 12)) == THANH_HOA.flagged("avoid_start_end_of_year", trip)
