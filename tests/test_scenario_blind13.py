"""The Thanh Hóa 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Each
label is recomputed here from the texts as a reader would: who is a key leader from the title written beside the
name, trips counted per person by start date, delegation sizes from the member list, leads and deadlines in working
days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import holidays
import pytest

from tests import scenario_texts as st
from tests.scenario_texts import decision_stem

THANH_HOA = st.ScenarioTexts("scenario_blind13", frozenset({dt.date(2026, 8, 22)}))
LIMITS = st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=7)
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


def size(trip: dict[str, Any]) -> int:
    """The members counted from Điều 1: table rows, else 'ông'/'bà' before a name."""
    section = article_one(trip["decision_number"])
    return len(re.findall(r"^\| \d+ \|", section, flags=re.M)) or len(re.findall(r"\b[ÔôBb][nà]g? [A-ZĐ]", section))


def funding(trip: dict[str, Any]) -> str:
    """Who pays: the first sentence of Điều 2."""
    body = THANH_HOA.text(decision_stem(trip["decision_number"]))
    return body[body.index("Điều 2.") + len("Điều 2. ") :].split(". ", 1)[0]


def facts() -> dict[str, st.TripFacts]:
    """Each labelled trip, its members, dates and countries checked against its decision by the tests below."""
    return {
        t["decision_number"]: st.labelled_facts(THANH_HOA, t, key_leaders(t), "Công ty" in funding(t), LIMITS, size(t))
        for t in TRIPS
    }


def year_ends() -> set[st.FindingKey]:
    """A trip that starts in January or December (the dispatch's own rule)."""
    return {("avoid_start_end_of_year", t["decision_number"], None) for t in TRIPS if t["start"][5:7] in ("01", "12")}


def test_scenario13_shape() -> None:
    """45 texts (one dispatch, 24 decisions, 20 reports), 23 trips; each scan rendered from its text."""
    expected = THANH_HOA.expected()
    assert set(expected) == {"scenario", "as_of", "dispatch", "note", "findings", "not_findings", "trips"}
    THANH_HOA.check_scans(45, required=False)
    assert (len(THANH_HOA.stems("qd-")), len(THANH_HOA.stems("bc-"))) == (24, 20)
    assert expected["dispatch"] in THANH_HOA.stems("00-") and len(TRIPS) == 23
    assert sum(t["report"] is not None for t in TRIPS) == 20


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
    THANH_HOA.check_calendar(dt.date(2026, 8, 29), dt.date(2026, 8, 31))


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
def test_scenario13_size_is_the_member_list(trip: dict[str, Any]) -> None:
    assert size(trip) == len(trip["members"])
    assert "inh phí" in funding(trip) or "hi phí" in funding(trip)


def test_scenario13_key_leaders_and_reports() -> None:
    """A key leader's third trip is the finding; a report cites its decision, or otherwise as CITED_OTHERWISE says;
    the one trip with no report whose deadline falls after the check date is no finding."""
    keys = [name for f in facts().values() for name, unit in f.members if unit]
    assert keys.count("Hoàng Đình Lực") == 3 and "Mai Xuân Trường" not in keys
    for trip in TRIPS:
        if trip["report"]:
            report = THANH_HOA.text(THANH_HOA.report_stem(trip["report"]))
            assert CITED_OTHERWISE.get(trip["report"], trip["decision_number"]) in report
            assert (trip["decision_number"] in report) == (trip["report"] not in CITED_OTHERWISE)
            start = dt.date.fromisoformat(trip["start"])
            assert re.search(rf"\b0?{start.day}/0?{start.month}", report), "the report names the trip's start"
    as_of = dt.date.fromisoformat(THANH_HOA.expected()["as_of"])
    due = {
        n: THANH_HOA.nth_working_day_after(f.end, LIMITS["report_deadline_working_days"]) for n, f in facts().items()
    }
    assert [n for n, f in facts().items() if not f.report and due[n] >= as_of] == ["3520/QĐ-UBND"]


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario13_labels_are_the_recomputed_findings(part: str) -> None:
    found = st.recompute(THANH_HOA, facts().values()) | year_ends()
    st.check_labels(THANH_HOA, part, found, {t["decision_number"] for t in TRIPS}, findings=12, traps=42)
