"""The Hưng Yên 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from Quy định 18-QĐ/TU's own sentences (words and
digits), the trip limit by group (Nhóm I one a year, Nhóm II two), the cán bộ chủ chốt from each member's title as the
decisions write it (a deputy only when Bí thư Đảng ủy of the unit), the lead and the report deadline in working days
of `holidays` VN with the make-up Saturday 22/8/2026, reports found by the number or the date they cite."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st

MAKE_UP = dt.date(2026, 8, 22)
HUNG_YEN = st.ScenarioTexts("scenario_blind46", frozenset({MAKE_UP}))
WORDS = {"một": 1, "hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
RULES = {
    "nhom_1": r"Cán bộ Nhóm I đi nước ngoài vì việc công không quá (\w+) \((\d+)\) lần trong một năm",
    "nhom_2": r"Cán bộ Nhóm II đi nước ngoài vì việc công không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"Mỗi đoàn có tối đa (\w+) người, tính cả phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) \((\d+)\) nước, vùng lãnh thổ",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày, không kể ngày xuất cảnh và ngày nhập cảnh",
    "submission_lead_working_days": r"trước ngày dự kiến xuất cảnh ít nhất (\w+) \((\d+)\) ngày làm việc",
    "report_deadline_working_days": r"chậm nhất sau (\w+) ngày làm việc kể từ ngày nhập cảnh về nước",
}
"""Quy định 18-QĐ/TU's sentence of each limit: words alone or words with the digits in brackets, which must agree."""
NHOM_1 = re.compile(r"^(?:Bí thư Tỉnh ủy|Phó Bí thư Thường trực Tỉnh ủy|Chủ tịch UBND tỉnh)$")
NHOM_2 = re.compile(
    r"^(?:Giám đốc (?P<so>Sở .+)|Trưởng ban (?P<bql>Ban Quản lý .+)|Hiệu trưởng (?P<dh>Trường Đại học .+)"
    r"|Giám đốc (?P<bv>Bệnh viện)|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<xa>(?:xã|phường) .+)"
    r"|Phó (?:Giám đốc|Trưởng ban|Hiệu trưởng), Bí thư Đảng ủy (?P<dep>.+))$"
)
"""Điều 2.1: Nhóm I by name of the post; Nhóm II with the unit it heads (the deputy only with "Bí thư Đảng ủy")."""


@cache
def texts() -> dict[str, str]:
    return {stem: HUNG_YEN.text(stem) for stem in HUNG_YEN.stems("")}


def number_of(text: str) -> str:
    m = re.search(r"^Số:? (\S+)$", text, re.M)
    assert m
    return m[1]


def decision(number: str) -> str:
    found = [t for t in texts().values() if number_of(t) == number]
    assert len(found) == 1, number
    return found[0]


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(texts()["00-1-qd-18-tu"]), RULES, WORDS)


HEAD = r"(?: - Trưởng đoàn|, Trưởng đoàn| \(trưởng đoàn\)|,? làm trưởng đoàn)?"
END = r"(?:[;.]| và |\n|,? cùng|,? tham gia|,? đi )"
"""A title runs from the name to the head's mark or the end of its list item."""


def titles(trip: dict[str, Any]) -> dict[str, str]:
    """Each member's title as the decision (or its annex) writes it, right after the name."""
    text = decision(trip["decision_number"]) + "\n".join(t for t in texts().values() if trip["decision_number"] in t)
    out = {}
    for name in trip["members"]:
        m = re.search(rf"{name}(?:\t|, )([^;\n\t]+?){HEAD}{END}", text)
        assert m, name
        out[name] = m[1].strip()
    return out


def key_unit(title: str) -> tuple[int, str] | None:
    """(group, unit) of a cán bộ chủ chốt, None for anyone else."""
    if NHOM_1.match(title):
        return 1, title
    m = NHOM_2.match(title)
    if not m:
        return None
    unit = next(v for v in m.groupdict().values() if v)
    return 2, unit


@cache
def recompute() -> set[st.FindingKey]:
    lim, as_of, out = limits(), dt.date.fromisoformat(HUNG_YEN.expected()["as_of"]), set()
    trips = sorted(HUNG_YEN.expected()["trips"], key=lambda t: t["start"])
    count: dict[str, int] = defaultdict(int)
    for trip in trips:
        number, text = trip["decision_number"], decision(trip["decision_number"])
        start, end = dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"])
        keys = {name: key_unit(title) for name, title in titles(trip).items()}
        for name, key in keys.items():
            if key:
                count[name] += 1
                if count[name] > lim["nhom_1" if key[0] == 1 else "nhom_2"]:
                    out.add(("max_trips_per_year", number, name))
        units = [key[1] for key in keys.values() if key]
        if len(units) != len(set(units)):
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["max_delegation_size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["max_countries_per_trip"]:
            out.add(("max_countries_per_trip", number, None))
        if len(trip["countries"]) == 1 and (end - start).days + 1 - 2 > lim["max_days_per_country"]:
            out.add(("max_days_per_country", number, None))
        for firm in re.findall(r"(Công ty [^.;]+?) (?:tài trợ|đài thọ)", text):
            if not re.search(r"\((?:Nhật Bản|Hàn Quốc|Đài Loan|Đức)\)", firm):
                out.add(("no_enterprise_funded", number, None))
        m = re.search(r"Tờ trình số \S+,? ngày (\d+[/-]\d+[/-]\d{4})", text)
        assert m, number
        if HUNG_YEN.lead(st.slash_date(m[1]), start) < lim["submission_lead_working_days"]:
            out.add(("submission_lead_working_days", number, None))
        due = HUNG_YEN.nth_working_day_after(end, lim["report_deadline_working_days"])
        if trip["report"] is None:
            if due <= as_of:
                out.add(("report_deadline_working_days", number, None))
        elif st.issue_date(decision(trip["report"])) > due:
            out.add(("report_deadline_working_days", number, None))
    return out


def test_labels_carry_the_scorers_fields() -> None:
    st.check_scored_fields(HUNG_YEN)


def test_calendar_2026() -> None:
    tet = [dt.date(2026, 2, d) for d in range(16, 21)]
    off = [dt.date(2026, m, d) for m, d in ((4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24))]
    HUNG_YEN.check_calendar(*tet, *off, dt.date(2026, 8, 29))
    assert HUNG_YEN.lead(dt.date(2026, 2, 13), dt.date(2026, 3, 9)) == 10
    assert HUNG_YEN.nth_working_day_after(dt.date(2026, 8, 21), 7) == dt.date(2026, 9, 3)


def test_rule_limits() -> None:
    assert limits() == {
        "nhom_1": 1,
        "nhom_2": 2,
        "max_delegation_size": 10,
        "max_countries_per_trip": 3,
        "max_days_per_country": 5,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 7,
    }


@pytest.mark.parametrize("trip", HUNG_YEN.expected()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = decision(trip["decision_number"])
    amended = "\n".join(t for t in texts().values() if f"Quyết định số {trip['decision_number']}" in t)
    for name in trip["members"]:
        assert name in text or name in amended, name
    dates = {st.slash_date(d) for d in re.findall(r"\d{1,2}[/-]\d{1,2}[/-]2026", text)}
    assert {dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"])} <= dates
    if trip["report"]:
        report = decision(trip["report"])
        cited = re.findall(r"Quyết định (?:số \S+ )?ngày (\d+[/-]\d+[/-]\d{4})", report)
        cites = {st.slash_date(c) for c in cited}
        assert st.issue_date(text) in cites, "a report cites its decision, by number or by date"


def test_cancelled_decision_is_no_trip() -> None:
    assert "Hủy bỏ Quyết định số 612/QĐ-UBND" in texts()["qd-640"]
    assert "612/QĐ-UBND" not in {t["decision_number"] for t in HUNG_YEN.expected()["trips"]}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_findings_recomputed(part: str) -> None:
    decisions = {number_of(HUNG_YEN.text(stem)) for stem in HUNG_YEN.stems("qd-")}
    st.check_labels(HUNG_YEN, part, recompute(), decisions, findings=15, traps=40)
