"""The sixth blind scenario's hand-written labels agree with its own texts (Đắk Lắk 2025).

Why: expected_findings.json was written by hand before any run; these tests recompute every count, deadline, lead,
key-leader trip count and pair from the texts and the 2025 calendar, so a slip in the labels shows here rather than
as a false miss of congvan. No congvan code is used.
"""

import datetime as dt
import re
from collections import Counter

import pytest

from tests.scenario_texts import ScenarioTexts, decision_stem

SCENARIO = ScenarioTexts("scenario_blind6", frozenset({dt.date(2025, 4, 26)}))  # worked in exchange for Fri 02/05/2025
expected, text, findings = SCENARIO.expected, SCENARIO.text, SCENARIO.findings
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
    body = SCENARIO.check_decision(trip, aliases={})
    counted = [n for n in trip["members"] if not re.search(rf"{re.escape(n)}[^\n]*Phiên dịch", body)]
    SCENARIO.check_trip_limits(trip, len(counted), LIMITS)
    assert ("Công ty" in body) == SCENARIO.flagged("no_enterprise_funded", trip)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind6_report_deadline(trip: dict) -> None:
    SCENARIO.check_report_deadline(trip, LIMITS["report"], names_start=True)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind6_submission_lead(trip: dict) -> None:
    SCENARIO.check_submission_lead(trip, LIMITS["lead"])


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
    SCENARIO.check_scans(43, required=False)
