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

    def submission_lead(self, trip: dict[str, Any]) -> int:
        """Working days strictly between the Tờ trình the decision cites and the departure."""
        m = re.search(r"Tờ trình số \S+ ngày (\d+)/(\d+)/(\d{4})", self.text(decision_stem(trip["decision_number"])))
        assert m, trip["decision_number"]
        submitted, start = dt.date(int(m[3]), int(m[2]), int(m[1])), dt.date.fromisoformat(trip["start"])
        return sum(self.working(submitted + dt.timedelta(days=k)) for k in range(1, (start - submitted).days))

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
