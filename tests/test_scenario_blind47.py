"""The Lai Châu 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from the two rule documents' own sentences (the Ban
Thường vụ Tỉnh ủy's one lượt and seven people for its own, the UBND's Quy chế for the rest), the key posts from each
member's title as the decision writes it on that date (so a deputy appointed head mid-year counts only later trips),
border day trips counted by the Tỉnh ủy's rule and not by the UBND's, the lead and the report deadline in working
days of `holidays` VN with the make-up Saturday 22/8/2026 (`tests.scenario_texts`' calendar)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from typing import Any

import holidays
import pytest

from tests import scenario_texts as st

LAI_CHAU = st.ScenarioTexts("scenario_blind47", frozenset({dt.date(2026, 8, 22)}))
WORDS = {"một": 1, "hai": 2, "bốn": 4, "sáu": 6, "bảy": 7, "chín": 9, "mười hai": 12}
TU_RULES = {
    "tu_trips": r"không quá (một) lượt trong năm, tính theo ngày xuất cảnh",
    "tu_size": r"gồm không quá (\d+) người \((\w+) người\), kể cả người phiên dịch",
}
UBND_RULES = {
    "trips": r"không quá (\d+) \((\w+)\) lần trong năm",
    "size": r"Mỗi đoàn không quá (\w+) người, kể cả phiên dịch",
    "countries": r"đến không quá (\d+) \((\w+)\) nước",
    "days": r"không quá (\d+) \((\w+)\) ngày, không tính ngày xuất cảnh, ngày nhập cảnh",
    "lead": r"trước ngày xuất cảnh ít nhất (\d+) \(([\w ]+)\) ngày làm việc",
    "report": r"Trong thời hạn (\d+) \((\w+)\) ngày làm việc, tính từ ngày kế tiếp ngày về nước",
}
"""Each limit's sentence: words alone, or digits with words in brackets (in either order), which must agree."""
TU_KEY = re.compile(r"^(?:Bí thư Tỉnh ủy|Phó Bí thư Thường trực Tỉnh ủy|Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh)\b")
HEAD = re.compile(
    r"^(?:Giám đốc (?P<so>Sở (?:Ngoại vụ|Công Thương|Nội vụ|Tài chính|Nông nghiệp và Môi trường|Văn hóa))"
    r"|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<xa>(?:xã|phường) \w+ \w+))"
)
"""Quy định 09-QĐ/TU Điều 1.1 (cán bộ chủ chốt cấp tỉnh); Quy chế Điều 3.1 (người đứng đầu, with its unit)."""


@cache
def limits() -> dict[str, int]:
    tu = re.sub(r"\s+", " ", LAI_CHAU.text("00-1-qd-09-tu"))
    qc = re.sub(r"\s+", " ", LAI_CHAU.text("00-2-qd-06-2026-ubnd"))
    return st.stated_limits(tu, TU_RULES, WORDS) | st.stated_limits(qc, UBND_RULES, WORDS)


def stem_of(number: str) -> str:
    return st.decision_stem(number)


def amendments(number: str) -> list[str]:
    return [LAI_CHAU.text(s) for s in LAI_CHAU.stems("qd-") if f"Quyết định số {number} ngày" in LAI_CHAU.text(s)]


def titles(trip: dict[str, Any]) -> dict[str, str]:
    """Each member's title as its decision writes it right after the name (list, table, prose or annex)."""
    text = LAI_CHAU.text(stem_of(trip["decision_number"]))
    out = {}
    for name in trip["members"]:
        m = re.search(rf"{name}(?:, |\t)([^;\n\t]+)", text)
        assert m, name
        out[name] = m[1].strip()
    return out


def day_trip(trip: dict[str, Any]) -> bool:
    return trip["start"] == trip["end"]


def by_tu(trip: dict[str, Any]) -> bool:
    return trip["decision_number"].endswith("-QĐ/TU")


def recompute() -> set[tuple[str, str, str | None]]:
    lim, out = limits(), set()
    tu_count: dict[str, int] = defaultdict(int)
    head_count: dict[str, int] = defaultdict(int)
    for trip in sorted(LAI_CHAU.expected()["trips"], key=lambda t: t["start"]):
        number, text = trip["decision_number"], LAI_CHAU.text(stem_of(trip["decision_number"]))
        heads = []
        for name, title in titles(trip).items():
            if TU_KEY.match(title):
                tu_count[name] += 1
                if tu_count[name] > lim["tu_trips"]:
                    out.add(("max_trips_per_year", number, name))
            elif m := HEAD.match(title):
                heads.append(next(v for v in m.groupdict().values() if v))
                if not day_trip(trip):
                    head_count[name] += 1
                    if head_count[name] > lim["trips"]:
                        out.add(("max_trips_per_year", number, name))
        if len(heads) != len(set(heads)):
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["tu_size" if by_tu(trip) else "size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["countries"]:
            out.add(("max_countries_per_trip", number, None))
        if len(trip["countries"]) == 1 and st.days(trip) - 2 > lim["days"]:
            out.add(("max_days_per_country", number, None))
        if re.search(r"Công ty [^.;]+? (?:hỗ trợ|tài trợ|đài thọ)", text):
            out.add(("no_enterprise_funded", number, None))
        if LAI_CHAU.submission_lead(trip) < lim["lead"]:
            out.add(("submission_lead_working_days", number, None))
        if LAI_CHAU.report_late(trip, lim["report"]):
            out.add(("report_deadline_working_days", number, None))
    return out


def test_every_label_names_its_person() -> None:
    """The scorer's fields on every label: "person" present on each, null unless the kind is trips a year."""
    labels = LAI_CHAU.expected()
    for f in labels["findings"] + labels["not_findings"]:
        assert set(f) == {"rule_kind", "decision_number", "person", "why"}, f


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_labels(part: str) -> None:
    decisions = {t["decision_number"] for t in LAI_CHAU.expected()["trips"]}
    st.check_labels(LAI_CHAU, part, recompute(), decisions, findings=15, traps=44)


def test_calendar_2026() -> None:
    off = {d for d in holidays.country_holidays("VN", years=2026) if d.weekday() < 5}
    assert {dt.date(2026, 2, d) for d in range(16, 21)} <= off
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1), dt.date(2026, 11, 24)} <= off
    assert {dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2026, 9, 2)} <= off
    LAI_CHAU.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert LAI_CHAU.lead(dt.date(2026, 2, 12), dt.date(2026, 3, 9)) == 11  # across Tết: 16 weekdays
    assert LAI_CHAU.nth_working_day_after(dt.date(2026, 2, 9), 6) == dt.date(2026, 2, 24)
    assert LAI_CHAU.nth_working_day_after(dt.date(2026, 11, 20), 6) == dt.date(2026, 12, 1)


def test_rule_limits() -> None:
    assert limits() == {
        "tu_trips": 1,
        "tu_size": 7,
        "trips": 2,
        "size": 9,
        "countries": 2,
        "days": 4,
        "lead": 12,
        "report": 6,
    }
    tu = LAI_CHAU.text("00-1-qd-09-tu")
    qc = LAI_CHAU.text("00-2-qd-06-2026-ubnd")
    assert "đi và về trong ngày, cũng được tính là một lượt" in tu
    assert "không tính vào số lần" in qc and "chỉ tính các chuyến xuất cảnh từ ngày giữ chức vụ" in qc
    assert "Phó Chủ tịch Ủy ban nhân dân tỉnh không thuộc diện này" in tu


@pytest.mark.parametrize("trip", LAI_CHAU.expected()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = LAI_CHAU.text(stem_of(trip["decision_number"]))
    assert re.search(rf"^Số:? {re.escape(trip['decision_number'])}$", text, re.M)
    for name in trip["members"]:
        assert name in text, name
    written = {
        st.slash_date(d)
        for t in [text, *amendments(trip["decision_number"])]
        for d in re.findall(r"\b\d{1,2}/\d{1,2}/2026\b", t)
    }
    assert {dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"])} <= written
    if trip["report"]:
        report = LAI_CHAU.text(LAI_CHAU.report_stem(trip["report"]))
        assert re.search(rf"Quyết định số {re.escape(trip['decision_number'])},? ngày", report)


def test_amendment_changes_only_the_dates() -> None:
    (amended,) = amendments("560/QĐ-UBND")
    assert "từ ngày 13/7/2026 đến ngày 19/7/2026" in amended and "Các nội dung khác giữ nguyên" in amended
    assert not any(name in amended for name in ("Phạm Thị Thu Trang", "Sùng A Lử"))


def test_member_table_runs_onto_a_second_page() -> None:
    first, second = LAI_CHAU.text("qd-1020").split("\f")
    assert "6\tPhan Thị Lan" in first and "9\tLò Thị Hoa" in second


def test_texts_and_scans() -> None:
    LAI_CHAU.check_scans(31, required=False)


def test_day_trips_and_the_promotion_decide_traps() -> None:
    """Counting day trips for a Giám đốc, or Khánh's trips as Phó Giám đốc, would add findings the rules exclude."""
    trips = LAI_CHAU.expected()["trips"]
    hoa = [t["decision_number"] for t in trips if "Nguyễn Thị Thanh Hà" in t["members"]]
    assert len(hoa) == 4 and sum(not day_trip(t) for t in trips if t["decision_number"] in hoa) == 2
    khanh = {t["decision_number"]: titles(t)["Đèo Văn Khánh"] for t in trips if "Đèo Văn Khánh" in t["members"]}
    assert sum(title.startswith("Giám đốc") for title in khanh.values()) == 3
    assert sum(title.startswith("Phó Giám đốc") for title in khanh.values()) == 2
