"""The Quảng Trị 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from the rule documents' own sentences (Quyết định
45/2025/QĐ-UBND's Quy định, and Quyết định 19/2026/QĐ-UBND's days per country for departures from 01/7/2026), the
key posts from each member's title as the decision writes it (prose, a numbered list, a ruled table "Họ và tên |
Chức vụ | Đơn vị" or an annex with dates of birth), the trip as an amending decision leaves it (541 replaces a member
and moves 520's dates), a revoked decision (600, by 628) no trip at all, each trip counted in the year it departs
(2968 of December 2025 for January 2026), a report shared by two trips judged on each trip's return, and working days
of `holidays` VN with the make-up Saturday 22/8/2026 (`tests.scenario_texts`' calendar)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from typing import Any

import holidays
import pytest

from tests import scenario_texts as st

QUANG_TRI = st.ScenarioTexts("scenario_blind51", frozenset({dt.date(2026, 8, 22)}))
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "mười": 10}
RULES = {
    "trips": r"không quá (\d+) \((\w+)\) lần trong năm",
    "size": r"tối đa (\w+) người \((\d+)\), kể cả người phiên dịch",
    "countries": r"đến không quá (\w+) nước",
    "days": r"không quá (\d+) \((\w+)\) ngày, kể cả ngày đi và ngày về",
    "lead": r"ít nhất (\d+) ngày làm việc trước ngày xuất cảnh",
    "report": r"Chậm nhất (\w+) \((\d+)\) ngày làm việc sau ngày về nước",
}
"""Each limit's sentence in the Quy định: words alone, digits alone, or both in either order, which must agree."""
LATER_DAYS = r"không quá (\d+) \((\w+)\) ngày, kể cả ngày đi và ngày về"
FROM = dt.date(2026, 7, 1)
"""Quyết định 19/2026/QĐ-UBND: the new days per country for "các đoàn xuất cảnh kể từ ngày 01/7/2026"."""
KEY = re.compile(
    r"^(?:Giám đốc (?P<so>Sở [^;(]+)"
    r"|Trưởng ban (?P<ban>Ban Quản lý Khu kinh tế tỉnh)"
    r"|Hiệu trưởng (?P<dh>Trường Đại học Quảng Bình)"
    r"|Giám đốc (?P<bv>Bệnh viện Đa khoa tỉnh)"
    r"|(?:Chủ tịch Hội đồng thành viên|Giám đốc) (?P<dn>Công ty [^,;]+)"
    r"|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<xa>(?:xã|phường|đặc khu) [^,;]+))$"
)
"""Lãnh đạo chủ chốt with the unit (Quy định Điều 3.1), the title read from its start so that a "Phó …" is not one,
and to its end so that a centre's or another hospital's Giám đốc is not a sở's."""
HEAD = re.compile(r"\s*(?:[,-]\s*|\(|\blàm )Trưởng đoàn\)?$")
REVOKED = "600/QĐ-UBND"
DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
ALIASES = {"Hàn Quốc": "Đại Hàn Dân Quốc", "Xinh-ga-po": "Singapore", "Thái Lan": "Thái Lan"}


@cache
def limits() -> dict[str, int]:
    rules = st.squash(QUANG_TRI.text("00-1-qd-45-2025-ubnd"))
    later = st.squash(QUANG_TRI.text("00-2-qd-19-2026-ubnd"))
    return st.stated_limits(rules, RULES, WORDS) | {"later_days": st.stated_limit(later, LATER_DAYS, WORDS)}


def text_of(trip: dict[str, Any]) -> str:
    return QUANG_TRI.text(st.decision_stem(trip["decision_number"]))


def amendments(number: str) -> list[str]:
    return [QUANG_TRI.text(s) for s in QUANG_TRI.stems("qd-") if f"Quyết định số {number} ngày" in QUANG_TRI.text(s)]


def title_of(name: str, texts: list[str]) -> str:
    """The member's title as the last text naming them writes it: a table's post and unit (or the post after a date
    of birth), or the prose after the name up to the next member, the next clause or the end of the item."""
    for text in reversed(texts):
        if row := re.search(rf"^\d+\t{name}\t([^\t\n]+)\t([^\t\n]+)$", text, re.M):
            post, unit = row[1], row[2]
            if DATE.match(post):
                return HEAD.sub("", unit)
            unit = unit[0].lower() + unit[1:] if unit.startswith(("Phường", "Xã")) else unit
            return f"{HEAD.sub('', post)} {unit}"
        if m := re.search(rf"{name}, ([^;\n]+)", text):
            title = re.split(r",? (?:và )?(?:ông|bà) [A-ZĐ]| đi | tham | thăm |\.$", m[1])[0]
            return HEAD.sub("", title.split(" làm Trưởng đoàn")[0]).strip()
    raise AssertionError(name)


def key_unit(title: str) -> str | None:
    m = KEY.match(title)
    return next(v for v in m.groupdict().values() if v) if m else None


def dates(trip: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The trip's first and last day: an amendment's "Thời gian công tác" when there is one, else the decision's
    spans (from the first country's start to the last one's end)."""
    moved = [t for t in amendments(trip["decision_number"]) if "Thời gian công tác:" in t]
    said = st.squash(moved[-1] if moved else text_of(trip))
    spans = re.findall(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", said)
    return st.slash_date(spans[0][0]), st.slash_date(spans[-1][1])


def days_in_countries(trip: dict[str, Any]) -> list[int]:
    if len(trip["countries"]) == 1:
        return [st.days(trip)]
    spans = re.findall(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", st.squash(text_of(trip)))
    assert len(spans) == len(trip["countries"]), trip["decision_number"]
    return [(st.slash_date(b) - st.slash_date(a)).days + 1 for a, b in spans]


def domestic_firm_pays(text: str) -> bool:
    """Điều 2 names a company seated in the province that sponsors: a domestic enterprise's money (the port firm
    paying its own people is not "tài trợ", Điều 6.3)."""
    funding = st.squash(text.split("Điều 2.")[1].split("Điều 3.")[0])
    return bool(re.search(r"Công ty [^.;]+?tỉnh Quảng Trị\) (?:tài trợ|hỗ trợ|chi trả)", funding))


def recompute() -> set[tuple[str, str, str | None]]:
    lim, out = limits(), set()
    count: dict[tuple[str, str], int] = defaultdict(int)
    for trip in sorted(QUANG_TRI.expected()["trips"], key=lambda t: t["start"]):
        number, text = trip["decision_number"], text_of(trip)
        texts = [text, *amendments(number)]
        start = dt.date.fromisoformat(trip["start"])
        assert start.year == 2026, number
        units = []
        for name in trip["members"]:
            if unit := key_unit(title_of(name, texts)):
                units.append(unit)
                count[name, unit] += 1
                if count[name, unit] > lim["trips"]:
                    out.add(("max_trips_per_year", number, name))
        if len(units) != len(set(units)):
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["countries"]:
            out.add(("max_countries_per_trip", number, None))
        if max(days_in_countries(trip)) > lim["later_days" if start >= FROM else "days"]:
            out.add(("max_days_per_country", number, None))
        if domestic_firm_pays(text):
            out.add(("no_enterprise_funded", number, None))
        if QUANG_TRI.submission_lead(trip) < lim["lead"]:
            out.add(("submission_lead_working_days", number, None))
        if QUANG_TRI.report_late(trip, lim["report"]):
            out.add(("report_deadline_working_days", number, None))
    return out


def test_every_label_names_its_person() -> None:
    """The scorer's fields on every label: "person" present on each, null unless the kind is trips a year."""
    st.check_scored_fields(QUANG_TRI)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_labels(part: str) -> None:
    decisions = {t["decision_number"] for t in QUANG_TRI.expected()["trips"]} | {REVOKED}
    st.check_labels(QUANG_TRI, part, recompute(), decisions, findings=15, traps=41)


def test_calendar_2026() -> None:
    off = {d for d in holidays.country_holidays("VN", years=2026) if d.weekday() < 5}
    assert {dt.date(2026, 1, 1)} | {dt.date(2026, 2, d) for d in range(16, 21)} <= off
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1), dt.date(2026, 11, 24)} <= off
    assert {dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2026, 9, 2)} <= off
    QUANG_TRI.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 8, 31), dt.date(2026, 11, 24), dt.date(2026, 1, 1))
    assert QUANG_TRI.lead(dt.date(2026, 2, 6), dt.date(2026, 2, 24)) == 6  # across Tết
    assert st.weekdays_between(dt.date(2026, 2, 6), dt.date(2026, 2, 24)) == 11
    assert QUANG_TRI.lead(dt.date(2026, 4, 28), dt.date(2026, 5, 11)) == 6  # across 30/4, 1/5
    assert st.weekdays_between(dt.date(2026, 4, 28), dt.date(2026, 5, 11)) == 8
    assert QUANG_TRI.lead(dt.date(2026, 8, 14), dt.date(2026, 8, 25)) == 7  # the make-up Saturday
    assert QUANG_TRI.without_make_up().lead(dt.date(2026, 8, 14), dt.date(2026, 8, 25)) == 6
    assert QUANG_TRI.lead(dt.date(2025, 12, 12), dt.date(2026, 1, 6)) == 15  # 1/1/2026 off
    assert QUANG_TRI.nth_working_day_after(dt.date(2026, 4, 24), 10) == dt.date(2026, 5, 13)
    assert QUANG_TRI.nth_working_day_after(dt.date(2026, 8, 30), 10) == dt.date(2026, 9, 16)
    assert QUANG_TRI.nth_working_day_after(dt.date(2026, 11, 20), 10) == dt.date(2026, 12, 7)


def test_rule_limits() -> None:
    assert limits() == {"trips": 2, "size": 7, "countries": 2, "days": 5, "lead": 7, "report": 10, "later_days": 7}
    rules = st.squash(QUANG_TRI.text("00-1-qd-45-2025-ubnd"))
    assert "chuyến đi được tính vào năm có ngày xuất cảnh" in rules
    assert "Nước chỉ quá cảnh, không làm việc, không tính là nước đến" in rules
    assert "đã bị thu hồi, hủy bỏ trước ngày xuất cảnh thì không tính là một lần" in rules
    assert "thời hạn tính riêng theo ngày về nước của từng chuyến" in rules
    assert "do chính doanh nghiệp đó chi trả không phải là tài trợ" in rules
    assert "(trừ Giám đốc Bệnh viện Đa khoa tỉnh)" in rules and "người phiên dịch không thuộc diện này" in rules
    later = st.squash(QUANG_TRI.text("00-2-qd-19-2026-ubnd"))
    assert "áp dụng đối với các đoàn xuất cảnh kể từ ngày 01/7/2026" in later
    assert "kể cả khi về nước sau ngày này" in later


@pytest.mark.parametrize("trip", QUANG_TRI.expected()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = text_of(trip)
    assert re.search(rf"^Số:? {re.escape(trip['decision_number'])}$", text, re.M)
    everything = "\n".join([text, *amendments(trip["decision_number"])])
    for name in trip["members"]:
        assert name in everything, name
    for country in trip["countries"]:
        assert ALIASES.get(country, country) in text, country
    assert dates(trip) == (dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"]))
    if declared := re.search(r"gồm (\d+) (?:người|đồng chí)", text):
        assert int(declared[1]) == len(trip["members"])
    if trip["report"]:
        report = st.squash(QUANG_TRI.text(QUANG_TRI.report_stem(trip["report"])))
        assert re.search(rf"Quyết định số {re.escape(trip['decision_number'])},? ngày", report)


def test_amended_revoked_and_year_boundary() -> None:
    """541 replaces Đặng Hữu Đức on 520 and moves it a day; 628 revokes 600, which is no trip; 2968 was decided in
    December 2025 for a trip that departs in January 2026."""
    trips = {t["decision_number"]: t for t in QUANG_TRI.expected()["trips"]}
    (amended,) = amendments("520/QĐ-UBND")
    assert "Thay ông Đặng Hữu Đức, Giám đốc Sở Ngoại vụ bằng bà Trần Thị Bích Ngọc" in amended
    assert "Đặng Hữu Đức" not in trips["520/QĐ-UBND"]["members"]
    assert "về nước ngày 20/7/2026" in st.squash(QUANG_TRI.text("bc-66-svhttdl"))
    assert "Thu hồi Quyết định số 600/QĐ-UBND" in QUANG_TRI.text("qd-628") and REVOKED not in trips
    assert st.issue_date(QUANG_TRI.text("qd-2968")).year == 2025 and trips["2968/QĐ-UBND"]["start"] == "2026-01-06"
    assert "quá cảnh tại Singapore" in text_of(trips["520/QĐ-UBND"])


def test_one_report_for_two_trips() -> None:
    trips = [t for t in QUANG_TRI.expected()["trips"] if t["report"] == "112/BC-SNgV"]
    assert [t["decision_number"] for t in trips] == ["410-QĐ/TU", "805/QĐ-UBND"]
    assert [QUANG_TRI.report_late(t, limits()["report"]) for t in trips] == [True, False]


def test_texts_and_scans() -> None:
    QUANG_TRI.check_scans(29, required=False)
