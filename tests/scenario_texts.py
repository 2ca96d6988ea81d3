"""Reading a blind scenario's own texts and hand-written expectations, for the tests that check its labels.

Why: those tests recompute every count, deadline and lead from the texts and the year's calendar without any
congvan code, so a slip in the labels shows there rather than as a false miss of congvan; each scenario has its
own make-up Saturdays, the rest is the same for every scenario."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import holidays

from extractors.vntext import fold

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True)
class ScenarioTexts:
    """`samples/<name>/`: `texts/*.txt` and `expected_findings.json`, and the Saturdays worked that year."""

    name: str
    make_up_saturdays: frozenset[dt.date]

    @property
    def folder(self) -> Path:
        return SAMPLES / self.name

    @cache  # noqa: B019 — a handful of frozen instances, each alive for the whole test session
    def expected(self) -> dict[str, Any]:
        return json.loads((self.folder / "expected_findings.json").read_text(encoding="utf-8"))

    @cache  # noqa: B019
    def text(self, stem: str) -> str:
        return (self.folder / "texts" / f"{stem}.txt").read_text(encoding="utf-8")

    def findings(self, kind: str) -> set[str]:
        return {f["decision_number"] for f in self.expected()["findings"] if f["rule_kind"] == kind}

    def working(self, day: dt.date) -> bool:
        off = holidays.country_holidays("VN", years=day.year)
        return day in self.make_up_saturdays or (day.weekday() < 5 and day not in off)

    def nth_working_day_after(self, day: dt.date, n: int) -> dt.date:
        while n:
            day += dt.timedelta(days=1)
            n -= self.working(day)
        return day

    def report_late(self, trip: dict[str, Any], working_days: int) -> bool:
        """The trip's report is dated after its deadline, or is missing with the deadline past at the check date."""
        due = self.nth_working_day_after(dt.date.fromisoformat(trip["end"]), working_days)
        if trip["report"]:
            return issue_date(self.text(self.report_stem(trip["report"]))) > due
        return due < dt.date.fromisoformat(self.expected()["as_of"])

    def late_reports(self, working_days: int) -> set[str]:
        """The decisions of the labelled trips whose report is late or missing past its deadline."""
        trips = self.expected()["trips"]
        return {t["decision_number"] for t in trips if self.report_late(t, working_days)}

    def submission_lead(self, trip: dict[str, Any]) -> int:
        """Working days strictly between the Tờ trình the decision cites and the departure."""
        m = re.search(r"Tờ trình số \S+ ngày (\d+)/(\d+)/(\d{4})", self.text(decision_stem(trip["decision_number"])))
        assert m, trip["decision_number"]
        submitted, start = dt.date(int(m[3]), int(m[2]), int(m[1])), dt.date.fromisoformat(trip["start"])
        return sum(self.working(submitted + dt.timedelta(days=k)) for k in range(1, (start - submitted).days))

    def flagged(self, kind: str, trip: dict[str, Any]) -> bool:
        """Whether the labels give the trip a finding of this kind."""
        return trip["decision_number"] in self.findings(kind)

    def check_decision(self, trip: dict[str, Any], aliases: dict[str, str] | None = None) -> str:
        """The trip's label is its decision's: the number line, every member, each country as the decision writes
        it (`aliases`: a label's short name for the decision's long one; None: countries not checked) and both
        dates. Returns the decision's text."""
        body = self.text(decision_stem(trip["decision_number"]))
        assert f"Số: {trip['decision_number']}\n" in body
        for name in trip["members"]:
            assert name in body
        if aliases is not None:
            for country in trip["countries"]:
                assert aliases.get(country, country) in body
        for key in ("start", "end"):
            d = dt.date.fromisoformat(trip[key])
            assert re.search(rf"\b0?{d.day}/0?{d.month}/{d.year}\b", body), key
        return body

    def check_trip_limits(self, trip: dict[str, Any], size: int, limits: dict[str, int]) -> None:
        """A finding of size, countries and days in a country exactly when the trip is over the limit (`size`: the
        members the delegation counts; days in a country without the two travel days)."""
        assert (size > limits["size"]) == self.flagged("max_delegation_size", trip)
        assert (len(trip["countries"]) > limits["countries"]) == self.flagged("max_countries_per_trip", trip)
        in_country = (days(trip) - 2) / len(trip["countries"])
        assert (in_country > limits["days"]) == self.flagged("max_days_per_country", trip)

    def check_report_deadline(self, trip: dict[str, Any], working_days: int, *, names_start: bool) -> None:
        """A report finding exactly when the report is late or missing past its deadline; with `names_start`, the
        report also names the trip's start (the day and month)."""
        if names_start and trip["report"]:
            start = dt.date.fromisoformat(trip["start"])
            report = self.text(self.report_stem(trip["report"]))
            assert re.search(rf"\b0?{start.day}/0?{start.month}", report), "the report names the trip's start"
        assert self.report_late(trip, working_days) == self.flagged("report_deadline_working_days", trip)

    def check_submission_lead(self, trip: dict[str, Any], limit: int) -> None:
        """A lead finding exactly when the Tờ trình came fewer than `limit` working days before departure."""
        assert (self.submission_lead(trip) < limit) == self.flagged("submission_lead_working_days", trip)

    def check_scans(self, count: int, *, required: bool) -> None:
        """`count` texts, each with its scan (when the scans are rendered, or always when `required`)."""
        stems = {p.stem for p in (self.folder / "texts").glob("*.txt")}
        assert len(stems) == count
        scans = self.folder / "scans"
        if required or scans.exists():
            assert stems == {p.stem for p in scans.glob("*.pdf")}

    def report_stem(self, number: str) -> str:
        stems = [p.stem for p in (self.folder / "texts").glob("bc-*.txt") if f"Số: {number}\n" in self.text(p.stem)]
        assert len(stems) == 1, number
        return stems[0]


def decision_stem(number: str) -> str:
    """A decision's file stem, in plain ASCII: "142-QĐ/TU" → "qd-142-qd" (the part before the slash)."""
    return f"qd-{fold(number.split('/')[0])}"


def issue_date(body: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", body)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def days(trip: dict[str, Any]) -> int:
    return (dt.date.fromisoformat(trip["end"]) - dt.date.fromisoformat(trip["start"])).days + 1


def slash_date(text: str) -> dt.date:
    """ "21/4/2026" → date(2026, 4, 21)."""
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def over_days_per_country(trips: list[dict[str, Any]], limit: int) -> set[str]:
    """Decisions of one-country trips longer than `limit` days without the first and last (travel) days; a
    multi-country trip must leave no country room to exceed it (each other country at least one day)."""
    over = set()
    for t in trips:
        abroad = days(t) - 2
        if len(t["countries"]) == 1:
            over |= {t["decision_number"]} if abroad > limit else set()
        else:
            assert abroad - (len(t["countries"]) - 1) <= limit, t["decision_number"]
    return over


FindingKey = tuple[str, str, str | None]


@dataclass(frozen=True)
class TripFacts:
    """What a label test read from one trip's decision and report, ready for the shared checks: `leaders` pairs each
    member's name with the unit of which the dispatch makes them a key leader (None: not a key leader)."""

    number: str
    start: dt.date
    end: dt.date
    submitted: dt.date
    leaders: list[tuple[str, str | None]]
    countries: set[str]
    reported: dt.date | None
    enterprise: bool


def label_key(f: dict[str, Any]) -> FindingKey:
    """A label's finding key: rule kind, decision, person (None for per-delegation kinds)."""
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def recompute(texts: ScenarioTexts, trips: list[TripFacts], limits: dict[str, int]) -> set[FindingKey]:
    """Every finding the eight rule kinds give on these trips, by the shared conventions (scenario 16's SPEC):
    days in a country without the two travel days, lead strictly between Tờ trình and departure, the N-th working
    day after return as the report deadline, key leaders' trips counted by start date in the scenario's year with the
    finding on each trip past the limit, one two-key-leaders finding per delegation."""
    as_of = dt.date.fromisoformat(texts.expected()["as_of"])
    found: set[FindingKey] = set()
    per_leader: dict[str, list[tuple[dt.date, str]]] = {}
    for t in trips:
        for name, unit in t.leaders:
            if unit and t.start.year == as_of.year:
                per_leader.setdefault(name, []).append((t.start, t.number))
        abroad = (t.end - t.start).days + 1 - 2
        lead = sum(texts.working(t.submitted + dt.timedelta(k)) for k in range(1, (t.start - t.submitted).days))
        due = texts.nth_working_day_after(t.end, limits["report_deadline_working_days"])
        units = [u for _, u in t.leaders if u]
        assert len(t.countries) == 1 or abroad - (len(t.countries) - 1) <= limits["max_days_per_country"], t.number
        breached = {
            "max_delegation_size": len(t.leaders) > limits["max_delegation_size"],
            "max_countries_per_trip": len(t.countries) > limits["max_countries_per_trip"],
            "max_days_per_country": len(t.countries) == 1 and abroad > limits["max_days_per_country"],
            "submission_lead_working_days": lead < limits["submission_lead_working_days"],
            "report_deadline_working_days": (t.reported > due) if t.reported else due < as_of,
            "no_two_key_leaders_same_unit": len(units) != len(set(units)),
            "no_enterprise_funded": t.enterprise,
        }
        found |= {(kind, t.number, None) for kind, hit in breached.items() if hit}
    for name, started in per_leader.items():
        found |= {("max_trips_per_year", number, name) for _, number in sorted(started)[limits["max_trips_per_year"] :]}
    return found


def check_labels(texts: ScenarioTexts, found: set[FindingKey], decisions: set[str], findings: int) -> None:
    """The labelled findings are exactly `found` (`findings` of them, person only on trips a year); every trap names
    a decision of the scenario, says why, and is not in `found`."""
    labelled = [label_key(f) for f in texts.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == findings
    assert set(labelled) == found
    for f in texts.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f
    for trap in texts.expected()["not_findings"]:
        assert trap["why"] and trap["decision_number"] in decisions, trap
        assert label_key(trap) not in found, trap
