"""The seventh blind scenario's hand-written labels agree with its own texts (Quảng Trị 2026).

Why: expected_findings.json was written by hand before any run; these tests recompute every count, deadline, lead,
head's trips in the year of departure and pair of heads from the texts and the 2026 calendar, so a slip in the
labels shows here rather than as a false miss of congvan. No congvan code is used.
"""

import datetime as dt
import re
from collections import Counter

import pytest

from tests.scenario_texts import ScenarioTexts, decision_stem

SCENARIO = ScenarioTexts("scenario_blind7", frozenset({dt.date(2026, 8, 22)}))  # worked in exchange for Mon 31/08/2026
expected, text, findings = SCENARIO.expected, SCENARIO.text, SCENARIO.findings
LIMITS = {"trips": 2, "size": 8, "countries": 2, "days": 6, "lead": 15, "report": 10}
# Heads by the dispatch: a director of a sở (not of a hospital or centre), a deputy "phụ trách" a sở, the head of the
# economic-zone board, the party secretary and the chairman (not a vice-chairman) of a commune or ward.
HEAD = re.compile(
    r"(?<!Phó )Giám đốc(?:, Trưởng đoàn)? Sở|Phó Giám đốc phụ trách Sở|(?<!Phó )Trưởng ban Ban Quản lý"
    r"|Bí thư Đảng ủy (?:xã|phường)|(?<!Phó )Chủ tịch (?:UBND|Ủy ban nhân dân) (?:xã|phường)"
)
UNIT = re.compile(r"Sở [^,;()|\n-]+|Ban Quản lý Khu kinh tế tỉnh|(?:xã|phường) [A-ZĐ]\w*(?: [A-ZĐ]\w*)*")
NEXT_PERSON = re.compile(r";|\n|,? (?:và |cùng )?(?:ông|bà) [A-ZĐ]")
ALIASES = {"Trung Quốc": "Trung Hoa"}  # "nước Cộng hòa Nhân dân Trung Hoa"


def described(body: str, name: str) -> str:
    """What the decision says right after a member's name (title and unit, table cells joined), up to the next."""
    after = body.split(name, 1)[1]
    return re.sub(r"\s*\|\s*", " ", NEXT_PERSON.split(after, 1)[0])


def head_unit(body: str, name: str) -> str | None:
    """The unit a head by the dispatch's definition leads, or None for deputies, staff and provincial leaders."""
    seg = described(body, name)
    title = HEAD.search(seg)
    if not title:
        return None
    unit = UNIT.search(seg, title.start())
    assert unit, (name, seg)
    return unit[0].strip()


def counted(body: str, name: str) -> bool:
    """Interpreters, and drivers of a road trip, are outside the delegation's size."""
    seg = described(body, name)
    return "Phiên dịch" not in seg and not ("Lái xe" in seg and "đường bộ" in body)


TRIPS = expected()["trips"]


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind7_trip_matches_its_decision(trip: dict) -> None:
    body = SCENARIO.check_decision(trip, aliases=ALIASES)
    SCENARIO.check_trip_limits(trip, sum(counted(body, n) for n in trip["members"]), LIMITS)
    assert ("Công ty" in body) == SCENARIO.flagged("no_enterprise_funded", trip)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind7_report_deadline(trip: dict) -> None:
    SCENARIO.check_report_deadline(trip, LIMITS["report"], names_start=True)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind7_submission_lead(trip: dict) -> None:
    SCENARIO.check_submission_lead(trip, LIMITS["lead"])


def test_scenario_blind7_third_trip_of_a_head_in_the_year_of_departure() -> None:
    """A trip counts in the year it departs; a namesake leading another unit is another person."""
    counted_trips: dict[tuple[str, str, int], list[str]] = {}
    for trip in sorted(TRIPS, key=lambda t: t["start"]):
        body = text(decision_stem(trip["decision_number"]))
        year = dt.date.fromisoformat(trip["start"]).year
        for name in trip["members"]:
            unit = head_unit(body, name)
            if unit:
                counted_trips.setdefault((name, unit, year), []).append(trip["decision_number"])
    got = {(trips[k], who[0]) for who, trips in counted_trips.items() for k in range(LIMITS["trips"], len(trips))}
    want = {
        (f["decision_number"], f["person"]) for f in expected()["findings"] if f["rule_kind"] == "max_trips_per_year"
    }
    assert got == want
    assert counted_trips[("Nguyễn Văn Hùng", "Sở Tài chính", 2026)] == ["620/QĐ-UBND", "1230/QĐ-UBND"]
    assert counted_trips[("Nguyễn Văn Hùng", "xã Lao Bảo", 2026)] == ["745/QĐ-UBND"]


def test_scenario_blind7_two_heads_of_one_unit() -> None:
    """The party secretary and the chairman of one commune or ward both resolve to 'xã X' / 'phường X'."""
    got = set()
    for trip in TRIPS:
        body = text(decision_stem(trip["decision_number"]))
        units = Counter(u for u in (head_unit(body, n) for n in trip["members"]) if u)
        if any(c > 1 for c in units.values()):
            got.add(trip["decision_number"])
    assert got == findings("no_two_key_leaders_same_unit")


def test_scenario_blind7_every_text_has_a_scan() -> None:
    SCENARIO.check_scans(37, required=False)
