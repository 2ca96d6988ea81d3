"""The sixth blind scenario's hand-written labels agree with its own texts (Đắk Lắk 2025).

Why: expected_findings.json was written by hand before any run; these tests recompute every count, deadline, lead,
key-leader trip count and pair from the texts and the 2025 calendar, so a slip in the labels shows here rather than
as a false miss of congvan. No congvan code is used.
"""

import datetime as dt
import re
from collections import Counter

import pytest

from tests.scenario_texts import ScenarioTexts, days, decision_stem

SCENARIO = ScenarioTexts("scenario_blind6", frozenset({dt.date(2025, 4, 26)}))  # worked in exchange for Fri 02/05/2025
HERE = SCENARIO.folder
expected, text, findings = SCENARIO.expected, SCENARIO.text, SCENARIO.findings
report_stem = SCENARIO.report_stem
LIMITS = {"trips": 2, "size": 10, "countries": 3, "days": 4, "lead": 10, "report": 7}
KEY_TITLE = re.compile(r"(?<!Phó )Giám đốc\b|Bí thư Đảng ủy|(?<!Phó )Chủ tịch UBND (?:xã|phường)")
UNIT = re.compile(r"Sở [^,;()|\n-]+|(?:xã|phường) [A-ZĐ]\w*(?: [A-ZĐ]\w*)*")
NEXT_PERSON = re.compile(r";|\n|, (?:và |cùng )?(?:ông|bà) ")


def described(body: str, name: str) -> str:
    """What the decision says right after a member's name: title and unit, up to the next member."""
    after = body.split(name, 1)[1]
    return NEXT_PERSON.split(after, 1)[0]


def key_unit(body: str, name: str) -> str | None:
    """The unit of a key leader in the dispatch's scope, or None for deputies and staff."""
    seg = described(body, name)
    if not KEY_TITLE.search(seg):
        return None
    unit = UNIT.search(seg[KEY_TITLE.search(seg).start() :])
    assert unit, (name, seg)
    return unit[0].strip()


def escort(body: str, name: str) -> bool:
    return re.search(rf"Tháp tùng[^.]*{re.escape(name)}", body) is not None


TRIPS = expected()["trips"]


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind6_trip_matches_its_decision(trip: dict) -> None:
    body = text(decision_stem(trip["decision_number"]))
    assert f"Số: {trip['decision_number']}\n" in body
    for name in trip["members"]:
        assert name in body
    for country in trip["countries"]:
        assert country in body
    for key in ("start", "end"):
        d = dt.date.fromisoformat(trip[key])
        assert re.search(rf"\b0?{d.day}/0?{d.month}/{d.year}\b", body), key
    counted = [n for n in trip["members"] if not re.search(rf"{re.escape(n)}[^\n]*Phiên dịch", body)]
    assert (len(counted) > LIMITS["size"]) == (trip["decision_number"] in findings("max_delegation_size"))
    assert (len(trip["countries"]) > LIMITS["countries"]) == (
        trip["decision_number"] in findings("max_countries_per_trip")
    )
    in_country = (days(trip) - 2) / len(trip["countries"])
    assert (in_country > LIMITS["days"]) == (trip["decision_number"] in findings("max_days_per_country"))
    assert ("Công ty" in body) == (trip["decision_number"] in findings("no_enterprise_funded"))


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind6_report_deadline(trip: dict) -> None:
    if trip["report"]:
        start = dt.date.fromisoformat(trip["start"])
        report = text(report_stem(trip["report"]))
        assert re.search(rf"\b0?{start.day}/0?{start.month}", report), "the report names the trip's start"
    late = SCENARIO.report_late(trip, LIMITS["report"])
    assert late == (trip["decision_number"] in findings("report_deadline_working_days"))


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind6_submission_lead(trip: dict) -> None:
    lead = SCENARIO.submission_lead(trip)
    assert (lead < LIMITS["lead"]) == (trip["decision_number"] in findings("submission_lead_working_days"))


def test_scenario_blind6_third_counted_trip_of_key_leaders() -> None:
    """Escort trips ('Tháp tùng') are not counted; a namesake in another unit is another person."""
    counted: dict[tuple[str, str], list[str]] = {}
    for trip in sorted(TRIPS, key=lambda t: t["start"]):
        body = text(decision_stem(trip["decision_number"]))
        for name in trip["members"]:
            unit = key_unit(body, name)
            if unit and not escort(body, name):
                counted.setdefault((name, unit), []).append(trip["decision_number"])
    got = {(trips[k], who[0]) for who, trips in counted.items() for k in range(LIMITS["trips"], len(trips))}
    want = {
        (f["decision_number"], f["person"]) for f in expected()["findings"] if f["rule_kind"] == "max_trips_per_year"
    }
    assert got == want


def test_scenario_blind6_two_key_leaders_of_one_unit() -> None:
    """Đảng ủy and UBND of one xã or phường are one locality: both resolve to 'xã X' / 'phường X'."""
    got = set()
    for trip in TRIPS:
        body = text(decision_stem(trip["decision_number"]))
        units = Counter(u for u in (key_unit(body, n) for n in trip["members"]) if u)
        if any(c > 1 for c in units.values()):
            got.add(trip["decision_number"])
    assert got == findings("no_two_key_leaders_same_unit")


def test_scenario_blind6_every_text_has_a_scan() -> None:
    stems = {p.stem for p in (HERE / "texts").glob("*.txt")}
    assert len(stems) == 43
    scans = HERE / "scans"
    if scans.exists():
        assert stems == {p.stem for p in scans.glob("*.pdf")}
