"""The Nghệ An 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from the two rule documents' own sentences (the
Thường trực HĐND's for its own delegations and its Chủ tịch and Phó Chủ tịch on any delegation, the UBND's Quy chế
for the rest), the key posts from each member's title as the decision writes it (a list, prose, a ruled table or an
annex "Danh sách" with dates of birth), one person under a name with and without its middle name when the post is the
same, the trip dates as the decision or its amendment writes them (in words on 140), days in each country where a
decision splits them, the HĐND's report deadline in calendar days and the UBND's in working days of `holidays` VN with
the make-up Saturday 22/8/2026 (`tests.scenario_texts`' calendar)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from typing import Any

import holidays
import pytest

from tests import scenario_texts as st

NGHE_AN = st.ScenarioTexts("scenario_blind50", frozenset({dt.date(2026, 8, 22)}))
WORDS = {"một": 1, "hai": 2, "năm": 5, "sáu": 6, "tám": 8, "mười": 10}
HDND_RULES = {
    "hdnd_trips": r"không quá (\d+) \((\w+)\) chuyến trong năm, kể cả khi tham gia đoàn của Tỉnh ủy, UBND tỉnh",
    "hdnd_size": r"cử không quá (\d+) \((\w+)\) người, kể cả phiên dịch và người phục vụ",
    "hdnd_countries": r"mỗi chuyến chỉ đến (\d+) \((\w+)\) nước",
    "hdnd_days": r"thời gian không quá (\d+) \((\w+)\) ngày, tính cả ngày đi và ngày về",
    "hdnd_report_calendar_days": r"Trong vòng (\d+) ngày kể từ ngày về nước",
}
UBND_RULES = {
    "trips": r"không vượt quá (\w+) chuyến trong một năm dương lịch",
    "size": r"Mỗi đoàn không quá (\w+) \((\d+)\) người, kể cả phiên dịch",
    "countries": r"Mỗi chuyến đi không quá (\d+) \((\w+)\) nước",
    "days": r"không quá (\d+) \((\w+)\) ngày, tính cả ngày xuất cảnh và ngày nhập cảnh",
    "lead": r"không ít hơn (\w+) \((\d+)\) ngày làm việc, không tính ngày nhận hồ sơ và ngày xuất cảnh",
    "report": r"Trong thời hạn (\d+) \((\w+)\) ngày làm việc, không kể ngày về nước",
}
"""Each limit's sentence: words alone, digits alone, or both in either order, which must agree."""
HDND_LEADER = re.compile(r"(?:^|, )(?:Phó )?Chủ tịch HĐND tỉnh\b")
KEY = re.compile(
    r"^(?:Giám đốc (?P<so>Sở [^;(]+)$"
    r"|Trưởng (?P<ban>Ban Quản lý Khu kinh tế Đông Nam)"
    r"|Tổng Biên tập (?P<bao>Báo và Phát thanh, Truyền hình Nghệ An)"
    r"|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<xa>(?:xã|phường) [^,;]+?)$)"
)
"""Lãnh đạo HĐND tỉnh (Quy định 12/QĐ-HĐND Điều 1.1) and lãnh đạo chủ chốt with its unit (Quy chế Điều 2.1): a
Giám đốc of a sở (not of a hospital or a centre under a sở), the Trưởng Ban QL KKT Đông Nam, the Tổng Biên tập, a
xã's Bí thư Đảng ủy or Chủ tịch UBND; the title read from the start, so that a "Phó …" is not one."""
DAY_WORDS = {"hai mươi ba": 23, "hai mươi tám": 28}
MONTH_WORDS = {"ba": 3}


@cache
def limits() -> dict[str, int]:
    hdnd = st.squash(NGHE_AN.text("00-1-qd-12-hdnd"))
    qc = st.squash(NGHE_AN.text("00-2-qd-04-2026-ubnd"))
    return st.stated_limits(hdnd, HDND_RULES, WORDS) | st.stated_limits(qc, UBND_RULES, WORDS)


def text_of(trip: dict[str, Any]) -> str:
    return NGHE_AN.text(st.decision_stem(trip["decision_number"]))


def amendments(number: str) -> list[str]:
    return [NGHE_AN.text(s) for s in NGHE_AN.stems("qd-") if f"Quyết định số {number} ngày" in NGHE_AN.text(s)]


def by_hdnd(trip: dict[str, Any]) -> bool:
    return trip["decision_number"].endswith("/QĐ-HĐND")


def titles(trip: dict[str, Any]) -> dict[str, str]:
    """Each member's title as its decision writes it after the name: the rest of a list item or prose clause, or the
    other cells of a table row but a date of birth ("Lê Văn Hùng\t03/11/1972\tGiám đốc Sở …"), without the
    Trưởng đoàn that some add (", Trưởng đoàn", " - Trưởng đoàn", " (Trưởng đoàn)", " làm Trưởng đoàn đi …")."""
    text = text_of(trip)
    out = {}
    for name in trip["members"]:
        m = re.search(rf"{name}(?:, |\t)([^;\n]+)", text)
        assert m, name
        cells = [c for c in m[1].split("\t") if not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", c)]
        out[name] = re.sub(r"[\s,(-]*(?:làm )?Trưởng đoàn\b.*$", "", " ".join(c.strip() for c in cells))
    return out


def key_unit(title: str) -> str | None:
    m = KEY.match(title)
    return next(v for v in m.groupdict().values() if v) if m else None


def person(name: str, title: str) -> tuple[str, str, str]:
    """Who a name is, for counting trips: surname, given name and post, so that "Lê Hùng" and "Lê Văn Hùng" with
    the same post are one person (Quy chế Điều 2.3)."""
    words = name.split()
    return words[0], words[-1], title


def dates(trip: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The trip's first and last day as its decision writes them, in digits or in words (from the first country's
    start to the last one's end), or as an amendment changes them."""
    spans = [t for t in amendments(trip["decision_number"]) if "Điều chỉnh thời gian" in t] or [text_of(trip)]
    said = st.squash(spans[-1])
    if spans := re.findall(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", said):
        return st.slash_date(spans[0][0]), st.slash_date(spans[-1][1])
    w = re.search(r"từ ngày ([\w ]+?) tháng (\w+) đến ngày ([\w ]+?) tháng (\w+) năm (\d{4})", said)
    assert w, trip["decision_number"]
    year = int(w[5])
    return (
        dt.date(year, MONTH_WORDS[w[2]], DAY_WORDS[w[1]]),
        dt.date(year, MONTH_WORDS[w[4]], DAY_WORDS[w[3]]),
    )


def days_in_countries(trip: dict[str, Any]) -> list[int]:
    """Days in each country with the days of travel: from "tại <nước> từ ngày A đến ngày B" where the decision splits
    the trip, else the whole trip in its one country."""
    split = re.findall(rf"tại [^,.]+? từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", st.squash(text_of(trip)))
    if len(trip["countries"]) > 1:
        assert len(split) == len(trip["countries"]), trip["decision_number"]
        return [(st.slash_date(b) - st.slash_date(a)).days + 1 for a, b in split]
    return [st.days(trip)]


def report_late(trip: dict[str, Any]) -> bool:
    if not by_hdnd(trip):
        return NGHE_AN.report_late(trip, limits()["report"])
    due = dt.date.fromisoformat(trip["end"]) + dt.timedelta(days=limits()["hdnd_report_calendar_days"])
    if trip["report"]:
        return st.issue_date(NGHE_AN.text(NGHE_AN.report_stem(trip["report"]))) > due
    return due < dt.date.fromisoformat(NGHE_AN.expected()["as_of"])


def domestic_firm_pays(text: str) -> bool:
    """Điều 2 names a company seated in the province that pays or supports: money of a domestic enterprise."""
    funding = st.squash(text.split("Điều 2.")[1].split("Điều 3.")[0])
    return bool(re.search(r"Công ty [^.;]+?tỉnh Nghệ An\) (?:hỗ trợ|tài trợ|đài thọ|chi trả)", funding))


def recompute() -> set[tuple[str, str, str | None]]:
    lim, out = limits(), set()
    hdnd_count: dict[str, int] = defaultdict(int)
    key_count: dict[tuple[str, str, str], int] = defaultdict(int)
    for trip in sorted(NGHE_AN.expected()["trips"], key=lambda t: t["start"]):
        number, text, hdnd = trip["decision_number"], text_of(trip), by_hdnd(trip)
        units = []
        for name, title in titles(trip).items():
            if HDND_LEADER.search(title):
                hdnd_count[name] += 1
                if hdnd_count[name] > lim["hdnd_trips"]:
                    out.add(("max_trips_per_year", number, name))
            elif unit := key_unit(title):
                units.append(unit)
                who = person(name, title)
                key_count[who] += 1
                if key_count[who] > lim["trips"]:
                    out.add(("max_trips_per_year", number, name))
        if len(units) != len(set(units)):
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["hdnd_size" if hdnd else "size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["hdnd_countries" if hdnd else "countries"]:
            out.add(("max_countries_per_trip", number, None))
        if max(days_in_countries(trip)) > lim["hdnd_days" if hdnd else "days"]:
            out.add(("max_days_per_country", number, None))
        if domestic_firm_pays(text):
            out.add(("no_enterprise_funded", number, None))
        if NGHE_AN.submission_lead(trip) < lim["lead"]:
            out.add(("submission_lead_working_days", number, None))
        if report_late(trip):
            out.add(("report_deadline_working_days", number, None))
    return out


def test_every_label_names_its_person() -> None:
    """The scorer's fields on every label: "person" present on each, null unless the kind is trips a year."""
    st.check_scored_fields(NGHE_AN)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_labels(part: str) -> None:
    decisions = {t["decision_number"] for t in NGHE_AN.expected()["trips"]}
    st.check_labels(NGHE_AN, part, recompute(), decisions, findings=14, traps=47)


def test_calendar_2026() -> None:
    off = {d for d in holidays.country_holidays("VN", years=2026) if d.weekday() < 5}
    assert {dt.date(2026, 1, 1)} | {dt.date(2026, 2, d) for d in range(16, 21)} <= off
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1), dt.date(2026, 11, 24)} <= off
    assert {dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2026, 9, 2)} <= off
    NGHE_AN.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert NGHE_AN.lead(dt.date(2026, 2, 9), dt.date(2026, 3, 3)) == 10  # across Tết: 15 weekdays
    assert NGHE_AN.lead(dt.date(2026, 8, 14), dt.date(2026, 8, 28)) == 10  # the make-up Saturday: 9 weekdays
    assert NGHE_AN.without_make_up().lead(dt.date(2026, 8, 14), dt.date(2026, 8, 28)) == 9
    assert NGHE_AN.lead(dt.date(2026, 4, 24), dt.date(2026, 5, 11)) == 7
    assert st.weekdays_between(dt.date(2026, 4, 24), dt.date(2026, 5, 11)) == 10
    assert NGHE_AN.nth_working_day_after(dt.date(2026, 4, 25), 8) == dt.date(2026, 5, 11)
    assert NGHE_AN.nth_working_day_after(dt.date(2026, 11, 13), 8) == dt.date(2026, 11, 26)


def test_rule_limits() -> None:
    assert limits() == {
        "hdnd_trips": 1,
        "hdnd_size": 6,
        "hdnd_countries": 1,
        "hdnd_days": 5,
        "hdnd_report_calendar_days": 15,
        "trips": 2,
        "size": 8,
        "countries": 2,
        "days": 6,
        "lead": 10,
        "report": 8,
    }
    qc = st.squash(NGHE_AN.text("00-2-qd-04-2026-ubnd"))
    assert "Phóng viên cơ quan báo chí Trung ương đi đưa tin, tự túc kinh phí, không tính vào số người" in qc
    assert "hội, đoàn thể người Việt Nam ở nước ngoài mời và đài thọ được chấp nhận" in qc
    assert "có hoặc không có tên đệm" in qc and "(Trường Đại học Vinh)" in qc
    assert "nhiều địa phương của cùng một nước tính là một nước" in qc


@pytest.mark.parametrize("trip", NGHE_AN.expected()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = text_of(trip)
    assert re.search(rf"^Số:? {re.escape(trip['decision_number'])}$", text, re.M)
    for name in trip["members"]:
        assert name in text, name
    assert dates(trip) == (dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"]))
    if declared := re.search(r"gồm (\d+) người", text):
        assert int(declared[1]) == len(trip["members"])
    if trip["report"]:
        report = NGHE_AN.text(NGHE_AN.report_stem(trip["report"]))
        assert re.search(rf"Quyết định số {re.escape(trip['decision_number'])},? ngày", report)


def test_the_reporter_and_the_shortened_trip() -> None:
    """600's TTXVN reporter follows the delegation and is not a member; 668 changes only 640's end, and the report
    says the delegation came home on the new day."""
    (jp,) = [t for t in NGHE_AN.expected()["trips"] if t["decision_number"] == "600/QĐ-UBND"]
    text = text_of(jp)
    assert "Trịnh Quốc Việt" in text.split("Đi cùng đoàn để đưa tin:")[1] and "Trịnh Quốc Việt" not in jp["members"]
    assert len(jp["members"]) == limits()["size"]
    (amended,) = amendments("640/QĐ-UBND")
    assert "từ ngày 02/11/2026 đến ngày 05/11/2026" in amended and "Các nội dung khác giữ nguyên" in amended
    assert "về nước ngày 05/11/2026" in NGHE_AN.text("bc-95-syt")


def test_one_name_with_and_without_its_middle_name() -> None:
    """112's "Lê Hùng" and 455's and 560's "Lê Văn Hùng", Giám đốc Sở NN&MT on each: one person, three trips."""
    trips = NGHE_AN.expected()["trips"]
    hung = [person(n, titles(t)[n]) for t in trips for n in t["members"] if n in ("Lê Hùng", "Lê Văn Hùng")]
    assert len(hung) == 3 and len(set(hung)) == 1


def test_texts_and_scans() -> None:
    NGHE_AN.check_scans(34, required=False)
