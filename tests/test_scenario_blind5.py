"""The fifth blind scenario's hand-written labels agree with its own texts (Sơn La 2026).

Why: expected_findings.json was written by hand before any run; these tests recompute every count, deadline and
lead from the texts and the 2026 calendar, so a slip in the labels shows here rather than as a false miss of
congvan. No congvan code is used.
"""

import datetime as dt
import re

import pytest

from tests.scenario_texts import ScenarioTexts, decision_stem

SCENARIO = ScenarioTexts("scenario_blind5", frozenset({dt.date(2026, 8, 22)}))  # worked in exchange for Mon 31/08/2026
expected, text = SCENARIO.expected, SCENARIO.text
LIMITS = {"trips": 3, "size": 9, "countries": 2, "days": 5, "lead": 8, "report": 5}


TRIPS = expected()["trips"]


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind5_trip_matches_its_decision(trip: dict) -> None:
    SCENARIO.check_decision(trip)
    SCENARIO.check_trip_limits(trip, len(trip["members"]), LIMITS)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind5_report_deadline(trip: dict) -> None:
    SCENARIO.check_report_deadline(trip, LIMITS["report"], names_start=False)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind5_submission_lead(trip: dict) -> None:
    SCENARIO.check_submission_lead(trip, LIMITS["lead"])


def test_scenario_blind5_fourth_counted_trip_of_key_leaders() -> None:
    """Escort trips ('Tháp tùng') are not counted; the finding falls on the fourth counted trip."""
    counted: dict[str, list[str]] = {}
    for trip in sorted(TRIPS, key=lambda t: t["start"]):
        body = text(decision_stem(trip["decision_number"]))
        for name in ("Cầm Văn Tuấn", "Quàng Thị Mai"):
            escort = re.search(rf"Tháp tùng[^.]*{name}", body)
            own_unit = "Sở Y tế" not in body.split(name, 1)[-1][:80]  # the other Quàng Thị Mai is of Sở Y tế
            if name in trip["members"] and not escort and own_unit:
                counted.setdefault(name, []).append(trip["decision_number"])
    got = {(counted[n][LIMITS["trips"]], n) for n in counted if len(counted[n]) > LIMITS["trips"]}
    want = {
        (f["decision_number"], f["person"]) for f in expected()["findings"] if f["rule_kind"] == "max_trips_per_year"
    }
    assert got == want


def test_scenario_blind5_every_text_has_a_scan() -> None:
    SCENARIO.check_scans(31, required=True)
