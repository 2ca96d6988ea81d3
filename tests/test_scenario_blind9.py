"""The ninth blind scenario's hand-written labels, recomputed from its texts and the 2026 calendar alone.

Why: expected_findings.json was written by hand before congvan ran; these tests redo every count, deadline and
lead from the texts (no congvan code), so a slip in the labels shows here and not as a false miss of congvan."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import holidays
import pytest

from tests.scenario_texts import ScenarioTexts, decision_stem, over_days_per_country, slash_date

HAI_PHONG = ScenarioTexts("scenario_blind9", frozenset({dt.date(2026, 8, 22)}))
TRIPS = HAI_PHONG.expected()["trips"]
AMENDMENT = "qd-1003"
LIMITS = {"size": 12, "countries": 3, "days": 5, "trips": 2, "report": 7, "lead": 10}
NOT_COUNTED = ("phiên dịch", "phóng viên")


def members(stem: str) -> list[tuple[str, str]]:
    """(name, title) of everyone Điều 1 sends, in any of the three forms the decisions use."""
    text = HAI_PHONG.text(stem)
    table = re.findall(r"^\d+ \| (.+?) \| (.+)$", text, re.M)
    if table:
        return table
    listed = re.findall(r"^\d+\. (?:Ông|Bà|Đồng chí) ([^,]+), (.+?)[;.]$", text, re.M)
    if listed:
        return listed
    m = re.search(r"^Điều 1\. Cử (.+?) đi công tác tại", text, re.M)
    assert m, stem
    parts = re.split(r"; (?:và )?", m[1])
    return [tuple(re.fullmatch(r"(?:ông|bà) ([^,]+), (.+)", p).groups()) for p in parts]  # type: ignore[union-attr]


def sent(trip: dict[str, Any]) -> list[tuple[str, str]]:
    """The delegation after the amending decision's additions."""
    out = members(decision_stem(trip["decision_number"]))
    amendment = HAI_PHONG.text(AMENDMENT)
    if f"Quyết định số {trip['decision_number']}" in amendment:
        out += re.findall(r"Bổ sung (?:ông|bà) ([^,]+), (.+?) vào danh sách", amendment)
    return out


def key_unit(title: str) -> str | None:
    """The unit a member leads as a key leader (Điều 2 of the Quy định), or None for a deputy or staff."""
    for part in title.split(", "):
        for prefix, unit in (
            ("Giám đốc Sở ", "Sở "),
            ("Trưởng ban Ban ", "Ban "),
            ("Trưởng Ban ", "Ban "),
            ("Chủ tịch Ủy ban nhân dân ", ""),
            ("Bí thư Đảng ủy ", ""),
        ):
            if part.startswith(prefix):
                return unit + part[len(prefix) :]
        if part.startswith("Phó Chủ tịch Ủy ban nhân dân thành phố"):
            return "thành phố"
    return None


def test_calendar_is_the_packages() -> None:
    """The make-up Saturday and the days off the labels rely on are the holidays package's own."""
    off = holidays.country_holidays("VN", years=2026)
    assert dt.date(2026, 8, 22) in off.weekend_workdays
    for day in ("2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-11-24"):
        assert dt.date.fromisoformat(day) in off, day


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_trip_dates_countries_and_members_are_the_texts(trip: dict[str, Any]) -> None:
    text = HAI_PHONG.text(decision_stem(trip["decision_number"]))
    m = re.search(r"đi công tác tại (.+?) từ ngày (\S+) đến ngày (\S+) ", text)
    assert m
    amendment = HAI_PHONG.text(AMENDMENT)
    dates = (slash_date(m[2]), slash_date(m[3]))
    if f"Quyết định số {trip['decision_number']}" in amendment:
        a = re.search(r"Thời gian công tác: từ ngày (\S+) đến ngày (\S+) ", amendment)
        assert a
        dates = (slash_date(a[1]), slash_date(a[2]))
    assert (trip["start"], trip["end"]) == tuple(d.isoformat() for d in dates)
    assert re.split(r", | và ", m[1]) == trip["countries"]
    assert [name for name, _ in sent(trip)] == trip["members"]


def test_delegation_size() -> None:
    over = {
        t["decision_number"]
        for t in TRIPS
        if sum(not any(w in title for w in NOT_COUNTED) for _, title in sent(t)) > LIMITS["size"]
    }
    assert over == HAI_PHONG.findings("max_delegation_size")


def test_countries_per_trip() -> None:
    over = {t["decision_number"] for t in TRIPS if len(t["countries"]) > LIMITS["countries"]}
    assert over == HAI_PHONG.findings("max_countries_per_trip")


def test_days_per_country_without_travel_days() -> None:
    assert over_days_per_country(TRIPS, LIMITS["days"]) == HAI_PHONG.findings("max_days_per_country")


def test_report_deadlines() -> None:
    late = HAI_PHONG.late_reports(LIMITS["report"])
    assert late == HAI_PHONG.findings("report_deadline_working_days")


def test_submission_leads() -> None:
    short = {t["decision_number"] for t in TRIPS if HAI_PHONG.submission_lead(t) < LIMITS["lead"]}
    assert short == HAI_PHONG.findings("submission_lead_working_days")
    assert "đột xuất" not in "".join(HAI_PHONG.text(decision_stem(t["decision_number"])) for t in TRIPS)


def test_trips_per_year_of_key_leaders() -> None:
    trips_of: dict[str, list[str]] = defaultdict(list)
    for t in sorted(TRIPS, key=lambda t: t["start"]):
        for name, title in sent(t):
            if key_unit(title):
                trips_of[name].append(t["decision_number"])
    over = {(d, name) for name, ds in trips_of.items() for d in ds[LIMITS["trips"] :]}
    want = {
        (f["decision_number"], f["person"])
        for f in HAI_PHONG.expected()["findings"]
        if f["rule_kind"] == "max_trips_per_year"
    }
    assert over == want


def test_two_key_leaders_of_one_unit() -> None:
    both = set()
    for t in TRIPS:
        units = [u for _, title in sent(t) if (u := key_unit(title))]
        if len(units) != len(set(units)):
            both.add(t["decision_number"])
    assert both == HAI_PHONG.findings("no_two_key_leaders_same_unit")


def test_enterprise_paid_or_named_invitation() -> None:
    banned = set()
    for t in TRIPS:
        text = HAI_PHONG.text(decision_stem(t["decision_number"]))
        funding = re.search(r"^Điều 2\. (.+)$", text, re.M)
        assert funding
        if "Công ty" in funding[1] or re.search(r"mời đích danh của Công ty", text):
            banned.add(t["decision_number"])
    assert banned == HAI_PHONG.findings("no_enterprise_funded")


@pytest.mark.parametrize("trip", [t for t in TRIPS if t["report"]], ids=lambda t: t["report"])
def test_each_report_tells_its_trip(trip: dict[str, Any]) -> None:
    """A report names its trip's dates (even when the decision number it cites is mistyped or absent)."""
    text = HAI_PHONG.text(HAI_PHONG.report_stem(trip["report"]))
    told = re.search(r"đã đi .+? từ ngày (\S+) đến ngày (\S+)\.", text)
    assert told
    assert (slash_date(told[1]).isoformat(), slash_date(told[2]).isoformat()) == (trip["start"], trip["end"])
