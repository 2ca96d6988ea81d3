"""The Bộ Y tế 2026 blind scenario's labels, recomputed from its own texts and the calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from the Quy chế's own sentences (words, digits or
both), lãnh đạo chủ chốt from each member's title as the decision writes it (a "Phó Cục trưởng phụ trách" counts as
the head, a deputy only when Bí thư Đảng ủy, a Chủ tịch Hội đồng trường too), a training over thirty days neither a
trip nor bound by the days a country, days counted with both ends, and the report's twelve working days in the
calendar of `holidays` VN (2025 and 2026) with the make-up Saturday 22/8/2026."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import holidays
import pytest

HERE = Path(__file__).resolve().parent.parent / "samples" / "scenario_blind48"
MAKE_UP = dt.date(2026, 8, 22)
WORDS = {"một": 1, "hai": 2, "sáu": 6, "chín": 9, "mười hai": 12, "ba mươi": 30}
RULES = {
    "max_trips_per_year": r"tối đa (\d+) \((\w+)\) chuyến trong một năm dương lịch, tính theo ngày xuất cảnh",
    "long_training_days": r"có thời gian trên (\w+ \w+) \((\d+)\) ngày không tính là chuyến công tác",
    "max_delegation_size": r"Thành viên của một đoàn không quá (\d+) người, kể cả phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn không đến quá (\w+) quốc gia",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày, tính cả ngày đến và ngày rời",
    "key_leaders_per_unit": r"Mỗi đoàn chỉ có (\w+) \((\d+)\) lãnh đạo chủ chốt của cùng một đơn vị",
    "report_deadline_working_days": r"trong thời hạn (\w+ \w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
"""The Quy chế's sentence of each limit: digits then words, words then digits, words alone or digits alone."""
THU_TRUONG = r"(?:Vụ trưởng|Cục trưởng|Chánh|Giám đốc|Viện trưởng|Hiệu trưởng)"
KEY = re.compile(
    rf"^(?:{THU_TRUONG}|Phó Cục trưởng phụ trách|Phó [^,]+, Bí thư Đảng ủy|Bí thư Đảng ủy|Chủ tịch Hội đồng trường)"
    r"(?: (?P<unit>.+))?$"
)
"""Điều 3.1: a Thủ trưởng (a), a deputy in charge (b), a Bí thư Đảng ủy or Chủ tịch Hội đồng trường (c), with the unit
written after the post, or none when the unit's own decision writes "Hiệu trưởng", "Giám đốc Bệnh viện"."""
FUNDER = re.compile(r"((?:Văn phòng đại diện )?(?:Công ty|Tập đoàn) [^;]+?) (?:tài trợ|đài thọ)")
BANNED = re.compile(r"Dược|Pharma|Thiết bị Y tế|thiết bị chẩn đoán")
"""Điều 5.2: a firm that trades in drugs or medical equipment, as its name or its description in brackets says."""


def working(day: dt.date) -> bool:
    return day == MAKE_UP or (day.weekday() < 5 and day not in holidays.country_holidays("VN", years=day.year))


def nth_working_after(
    day: dt.date, n: int, off: frozenset[dt.date] = frozenset(), on: frozenset[dt.date] = frozenset()
) -> dt.date:
    """The n-th working day after `day`; `off` and `on`: days swapped out of and into work besides the calendar's."""
    while n:
        day += dt.timedelta(1)
        n -= (working(day) and day not in off) or day in on
    return day


@cache
def labels() -> dict[str, Any]:
    return json.loads((HERE / "expected_findings.json").read_text(encoding="utf-8"))


@cache
def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "texts").glob("*.txt"))}


def number_of(text: str) -> str:
    m = re.search(r"^Số:? (\S+)$", text, re.M)
    assert m
    return m[1]


def dated(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def document(number: str) -> str:
    found = [t for t in texts().values() if number_of(t) == number]
    assert len(found) == 1, number
    return found[0]


def day_of(text: str) -> dt.date:
    d, m, y = re.split(r"[/-]", text)
    return dt.date(int(y), int(m), int(d))


@cache
def limits() -> dict[str, int]:
    rule = re.sub(r"\s+", " ", texts()["00-1-qd-4125-byt"])
    out = {}
    for kind, pattern in RULES.items():
        m = re.search(pattern, rule)
        assert m, kind
        values = [int(g) if g.isdigit() else WORDS[g] for g in m.groups()]
        assert len(set(values)) == 1, kind
        out[kind] = values[0]
    return out


END = (
    r"(?: - Trưởng đoàn| \(trưởng đoàn\)|, trưởng đoàn| làm trưởng đoàn)?"
    r"(?:,?\n|[;\t]| và (?:ông|bà|TS\.|BS\.)|, (?:ông|bà) | đi | tham |$)"
)
"""A title runs from the name to the head's mark or the end of its list item."""


def issuer_unit(text: str) -> str:
    """The unit whose own decision it is (the header's second left line), "" for the ministry's."""
    left = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in left if line]
    return left[1] if len(left) > 1 else ""


def titles(trip: dict[str, Any]) -> dict[str, str]:
    """Each member's title as the decision (or its annex) writes it, right after the name."""
    text = document(trip["decision_number"])
    out = {}
    for name in trip["members"]:
        m = re.search(rf"{name}(?:\t|, )([^;\n\t]+?){END}", text, re.M)
        assert m, name
        out[name] = m[1].strip()
    return out


def key_unit(title: str, issuer: str) -> str | None:
    """The unit of a lãnh đạo chủ chốt, None for anyone else (plain deputies, the Thứ trưởng, staff)."""
    m = KEY.match(title)
    if not m:
        return None
    return issuer if m["unit"] in (None, "Bệnh viện") else m["unit"]


def exempt(trip: dict[str, Any]) -> bool:
    """Điều 4.2: a training or course of more than thirty days is neither a trip nor bound by the days a country."""
    days = (dt.date.fromisoformat(trip["end"]) - dt.date.fromisoformat(trip["start"])).days + 1
    text = document(trip["decision_number"])
    return days > limits()["long_training_days"] and bool(re.search(r"đào tạo|bồi dưỡng|thực tập", text))


def recompute() -> set[tuple[str, str, str | None]]:
    lim, as_of = limits(), dt.date.fromisoformat(labels()["as_of"])
    out: set[tuple[str, str, str | None]] = set()
    trips = sorted(labels()["trips"], key=lambda t: t["start"])
    count: dict[str, int] = defaultdict(int)
    for trip in trips:
        number, text = trip["decision_number"], document(trip["decision_number"])
        start, end = dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"])
        keys = {name: key_unit(title, issuer_unit(text)) for name, title in titles(trip).items()}
        for name, unit in keys.items():
            if unit and start.year == 2026 and not exempt(trip):
                count[name] += 1
                if count[name] > lim["max_trips_per_year"]:
                    out.add(("max_trips_per_year", number, name))
        units = [unit for unit in keys.values() if unit]
        if len(units) - len(set(units)) >= lim["key_leaders_per_unit"]:
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["max_delegation_size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["max_countries_per_trip"]:
            out.add(("max_countries_per_trip", number, None))
        if len(trip["countries"]) == 1 and (end - start).days + 1 > lim["max_days_per_country"] and not exempt(trip):
            out.add(("max_days_per_country", number, None))
        if any(BANNED.search(firm) for firm in FUNDER.findall(text)):
            out.add(("no_enterprise_funded", number, None))
        due = nth_working_after(end, lim["report_deadline_working_days"])
        if trip["report"] is None:
            if due <= as_of:
                out.add(("report_deadline_working_days", number, None))
        elif dated(document(trip["report"])) > due:
            out.add(("report_deadline_working_days", number, None))
    return out


def key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return f["rule_kind"], f["decision_number"], f["person"]


def test_every_finding_carries_person() -> None:
    for f in labels()["findings"] + labels()["not_findings"]:
        assert set(f) == {"rule_kind", "decision_number", "person", "why"}
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f
    assert not {key(f) for f in labels()["findings"]} & {key(f) for f in labels()["not_findings"]}


def test_calendar() -> None:
    vn = holidays.country_holidays("VN", years=[2025, 2026])
    off = {d for d in vn if d.weekday() < 5}
    assert {dt.date(2026, 1, 1), *(dt.date(2026, 2, d) for d in range(16, 21))} <= off
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1)} <= off
    assert {dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2026, 9, 2)} <= off
    assert working(MAKE_UP) and working(dt.date(2025, 12, 31))
    back = dt.date(2025, 12, 30)
    assert nth_working_after(back, 12) == dt.date(2026, 1, 16)
    # the same 12th day had 2/1/2026 been swapped for Saturday 10/1
    assert nth_working_after(back, 12, frozenset({dt.date(2026, 1, 2)}), frozenset({dt.date(2026, 1, 10)})) == dt.date(
        2026, 1, 16
    )
    assert nth_working_after(dt.date(2026, 1, 31), 12) == dt.date(2026, 2, 24)  # across Tết
    assert nth_working_after(dt.date(2026, 4, 24), 12) == dt.date(2026, 5, 15)  # across 27/4 and 30/4-1/5
    assert nth_working_after(dt.date(2026, 8, 18), 12) == dt.date(2026, 9, 7)  # across 22/8 and 31/8-2/9


def test_rule_limits() -> None:
    assert limits() == {
        "max_trips_per_year": 2,
        "long_training_days": 30,
        "max_delegation_size": 9,
        "max_countries_per_trip": 2,
        "max_days_per_country": 6,
        "key_leaders_per_unit": 1,
        "report_deadline_working_days": 12,
    }


@pytest.mark.parametrize("trip", labels()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = document(trip["decision_number"])
    for name in trip["members"]:
        assert name in text, name
    dates = {day_of(d) for d in re.findall(r"\d{1,2}[/-]\d{1,2}[/-]20\d\d", text)}
    assert {dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"])} <= dates
    if trip["report"]:
        report = document(trip["report"])
        cited = re.findall(r"Quyết định (?:số \S+ )?ngày (\d+[/-]\d+[/-]\d{4})", report)
        assert dated(text) in {day_of(c) for c in cited}, "a report cites its decision, by number or by date"


def test_cancelled_and_replaced() -> None:
    assert "Hủy bỏ Quyết định số 980/QĐ-BYT" in document("1015/QĐ-BYT")
    assert "1015/QĐ-BYT" in document("1022/QĐ-BYT")
    assert "980/QĐ-BYT" not in {t["decision_number"] for t in labels()["trips"]}


def test_titles_with_and_without_academic_degree() -> None:
    assert "PGS.TS. Nguyễn Đức Thịnh" in document("310/QĐ-BYT") and "Ông Nguyễn Đức Thịnh" in document("1480/QĐ-BYT")
    assert "GS.TS. Quách Minh Khoa" in document("1105/QĐ-BYT") and "ông Quách Minh Khoa" in document("640/QĐ-ĐHYHN")
    assert "ThS.BS. Hoàng Thị Yến" in document("905/QĐ-BM") and "BS. Hoàng Thị Yến" in document("71/BC-BM")


def test_funders_read() -> None:
    firms = {t["decision_number"]: FUNDER.findall(document(t["decision_number"])) for t in labels()["trips"]}
    assert firms["1075/QĐ-BYT"] and not any(BANNED.search(f) for f in firms["1075/QĐ-BYT"])  # a telecom firm
    assert not firms["1105/QĐ-BYT"]  # firms sponsor the congress, not the delegation


def test_findings_recomputed() -> None:
    found = recompute()
    assert len(found) == 14
    assert found == {key(f) for f in labels()["findings"]}
