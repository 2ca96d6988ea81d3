"""The Hải Phòng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
each label is derived again as an inspector would: the limits from Quy định 11-QĐ/TU's own sentences and its table
(Nhóm A one a year, Nhóm B two), the key post and its unit from each member's title as the decision writes it (under
a unit heading on 156-QĐ/TU), so the two Nguyễn Văn Hùng of phường Lê Chân and đặc khu Cát Hải stay two people; the
trip's dates from its own "từ ngày … đến ngày …" (05 to 11/10 written with one month); transit countries kept out;
the port company's own trip paid by itself kept out of the funding ban; the lead and the report deadline (the signed
date, not an e-mail's) in working days of `holidays` VN with the make-up Saturday 22/8/2026."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from typing import Any

import holidays
import pytest

from tests import scenario_texts as st

HAI_PHONG = st.ScenarioTexts("scenario_blind49", frozenset({dt.date(2026, 8, 22)}))
RULE = "00-1-qd-11-tu"
WORDS = {"một": 1, "hai": 2, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
RULES = {
    "A": r"Nhóm A (\d+) \((\w+)\) lần",
    "B": r"Nhóm B (\w+) lần",
    "size": r"không vượt quá (\d+) người \((\w+) người\), người phiên dịch cũng là thành viên",
    "countries": r"Một đoàn đi tối đa (\w+) nước",
    "days": r"không quá (\w+) \((\d+)\) ngày; ngày khởi hành từ Việt Nam và ngày về đến Việt Nam không tính",
    "lead": r"phải có ít nhất (\w+) \((\d+)\) ngày làm việc",
    "report": r"Chậm nhất vào ngày làm việc thứ (\w+) \((\d+)\) sau ngày về nước",
}
"""Each limit's sentence (the two trip limits are rows of Điều 3's table): words alone, or digits and words."""
GROUP_A = re.compile(r"^(?:Bí thư Thành ủy|Phó Bí thư(?: Thường trực)? Thành ủy|Chủ tịch UBND thành phố)\b")
GROUP_B = re.compile(
    r"^(?:Giám đốc (?P<so>Sở [\w ]+?)?|Trưởng ban (?P<bql>Ban quản lý Khu kinh tế Hải Phòng)|Hiệu trưởng"
    r"|(?:Chủ tịch Hội đồng thành viên|Tổng giám đốc) (?P<dn>Công ty [\w ]+?)"
    r"|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<xa>(?:xã|phường|đặc khu)(?: [A-ZĐ]\w*)*))(?:,|;|\.|$| \(|\s*$)"
)
"""Quy định 11-QĐ/TU Điều 2.1: Nhóm A and Nhóm B, the latter with its unit (a bare "Giám đốc Sở" or "Bí thư Đảng ủy
phường" takes it from the heading above); deputies ("Phó …") do not match."""
FIRM = re.compile(r"(Công ty (?:TNHH|Cổ phần)[^(]*?) (?:\(|chi trả|hỗ trợ|tài trợ|đài thọ)")
COUNTRIES = ("Singapore", "Hàn Quốc", "Trung Quốc", "Nhật Bản", "Hà Lan", "Bỉ", "Malaysia", "Thái Lan", "Hoa Kỳ")


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(HAI_PHONG.text(RULE)), RULES, WORDS)


def decision(trip: dict[str, Any]) -> str:
    return HAI_PHONG.text(st.decision_stem(trip["decision_number"]))


def titles(trip: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    """Each member's title as the decision writes it after the name, and the unit heading above it, if any."""
    text, out = decision(trip), {}
    for name in trip["members"]:
        m = re.search(rf"{name}(?:, |\t)([^;\n\t]+)", text)
        assert m, name
        above = [line for line in text[: m.start()].rsplit("\n", 1)[0].split("\n") if line.strip()][-1]
        heading = None if re.match(r"[-\d]|Điều|S?TT\t", above) or above.endswith(":") else above
        out[name] = (m[1].strip(), heading)
    return out


def key_post(title: str, heading: str | None) -> tuple[str, str] | None:
    """("A" or "B", the unit) of a key leader's title; None for anyone else."""
    if GROUP_A.match(title):
        return "A", "thành phố"
    if not (m := GROUP_B.match(title)):
        return None
    unit = next((v for v in m.groupdict().values() if v), None)
    if title.startswith("Hiệu trưởng"):
        unit = "Trường Đại học Hải Phòng"
    if unit is None or unit in {"Sở", "phường", "xã", "đặc khu"}:
        assert heading, title
        unit = re.sub(r"^Đảng ủy ", "", heading)
    return "B", unit


def trip_dates(text: str) -> tuple[dt.date, dt.date]:
    """The trip's first and last day as Điều 1 writes them: two full dates, or "từ ngày 05 đến ngày 11/10/2026"."""
    m = re.search(r"từ ngày (\d{1,2})(?:[/-](\d{1,2})[/-](\d{4}))? đến ngày (\d{1,2})[/-](\d{1,2})[/-](\d{4})", text)
    assert m
    end = dt.date(int(m[6]), int(m[5]), int(m[4]))
    start = dt.date(int(m[3]), int(m[2]), int(m[1])) if m[2] else end.replace(day=int(m[1]))
    return start, end


def funding(text: str) -> str:
    return st.squash(text.split("Điều 2.")[1].split("Điều 3.")[0])


def banned_firm(trip: dict[str, Any]) -> bool:
    """A firm in Việt Nam pays (Điều 5.2), unless every member is of that one firm, which pays itself (Điều 5.3)."""
    m = FIRM.search(funding(decision(trip)))
    if not m:
        return False
    return not all(m[1] in title for title, _ in titles(trip).values())


def recompute() -> set[st.FindingKey]:
    lim = limits()
    out: set[st.FindingKey] = set()
    count: dict[tuple[str, str], int] = defaultdict(int)
    for trip in sorted(HAI_PHONG.expected()["trips"], key=lambda t: t["start"]):
        number = trip["decision_number"]
        units = []
        for name, (title, heading) in titles(trip).items():
            if post := key_post(title, heading):
                group, unit = post
                units.append(unit)
                count[name, unit] += 1
                if count[name, unit] > lim[group]:
                    out.add(("max_trips_per_year", number, name))
        if len(units) != len(set(units)):
            out.add(("no_two_key_leaders_same_unit", number, None))
        if len(trip["members"]) > lim["size"]:
            out.add(("max_delegation_size", number, None))
        if len(trip["countries"]) > lim["countries"]:
            out.add(("max_countries_per_trip", number, None))
        if (st.days(trip) - 2) / len(trip["countries"]) > lim["days"]:
            out.add(("max_days_per_country", number, None))
        if banned_firm(trip):
            out.add(("no_enterprise_funded", number, None))
        if HAI_PHONG.submission_lead(trip) < lim["lead"]:
            out.add(("submission_lead_working_days", number, None))
        if HAI_PHONG.report_late(trip, lim["report"]):
            out.add(("report_deadline_working_days", number, None))
    return out


def test_every_label_names_its_person() -> None:
    """The scorer's fields on every label: "person" present on each, null unless the kind is trips a year."""
    st.check_scored_fields(HAI_PHONG)
    st.check_bare_names(HAI_PHONG, r"(?:Ông|Bà|đ/c|Đồng chí) ")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_labels(part: str) -> None:
    decisions = {t["decision_number"] for t in HAI_PHONG.expected()["trips"]}
    st.check_labels(HAI_PHONG, part, recompute(), decisions, findings=14, traps=44)


def test_rule_limits() -> None:
    assert limits() == {"A": 1, "B": 2, "size": 8, "countries": 2, "days": 5, "lead": 10, "report": 7}
    rule = st.squash(HAI_PHONG.text(RULE))
    assert "Nhóm\tSố lần tối đa trong một năm" in HAI_PHONG.text(RULE)
    assert "vẫn được tính vào số lần" in rule and "không phải là nước đến" in rule
    assert "kể cả doanh nghiệp do thành phố làm chủ sở hữu" in rule
    assert "ngày gửi thư điện tử hoặc gửi qua hệ thống quản lý văn bản không thay cho ngày ký" in rule
    assert "những người trùng họ tên nhưng khác cơ quan, đơn vị là những người khác nhau" in rule


def test_calendar_2026() -> None:
    off = {d for d in holidays.country_holidays("VN", years=2026) if d.weekday() < 5}
    assert {dt.date(2026, 2, d) for d in range(16, 21)} <= off
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1), dt.date(2026, 11, 24)} <= off
    assert {dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2026, 9, 2)} <= off
    HAI_PHONG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31))
    assert HAI_PHONG.lead(dt.date(2026, 2, 9), dt.date(2026, 3, 2)) == 9
    assert st.weekdays_between(dt.date(2026, 2, 9), dt.date(2026, 3, 2)) == 14  # Tết decides 118
    assert HAI_PHONG.lead(dt.date(2026, 8, 24), dt.date(2026, 9, 9)) == 8
    assert st.weekdays_between(dt.date(2026, 8, 24), dt.date(2026, 9, 9)) == 11  # 31/8–2/9 decide 760
    assert HAI_PHONG.nth_working_day_after(dt.date(2026, 4, 17), 7) == dt.date(2026, 4, 29)  # 27/4 off
    assert HAI_PHONG.nth_working_day_after(dt.date(2026, 8, 17), 7) == dt.date(2026, 8, 25)  # 22/8 worked
    assert HAI_PHONG.nth_working_day_after(dt.date(2026, 12, 11), 7) == dt.date(2026, 12, 22)


@pytest.mark.parametrize("trip", HAI_PHONG.expected()["trips"], ids=lambda t: t["decision_number"])
def test_trip_labels_match_decision(trip: dict[str, Any]) -> None:
    text = decision(trip)
    assert re.search(rf"^Số:? {re.escape(trip['decision_number'])}$", text, re.M)
    for name in trip["members"]:
        assert name in text, name
    article1 = text.split("Điều 1.")[1].split("Điều 2.")[0] + text.partition("\nDANH SÁCH\n")[2]
    listed = re.findall(r"^(?:\d+\.? |\d+\t|- )(?:Ông |Bà |đ/c |Đồng chí )?[A-ZĐ]\w* \w", article1, re.M)
    if listed:  # the numbered, bulleted, tabled or headed lists; 245 and 760 name them in running prose
        assert len(listed) == len(trip["members"]), trip["decision_number"]
    assert trip_dates(text) == (dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"]))
    named = {c for c in COUNTRIES if c in text}
    transit = {c for c in COUNTRIES if re.search(rf"quá cảnh tại [^.;]*{c}", text)}
    assert named - transit == set(trip["countries"]), trip["decision_number"]
    if trip["report"]:
        report = HAI_PHONG.text(HAI_PHONG.report_stem(trip["report"]))
        assert re.search(rf"Quyết định số {re.escape(trip['decision_number'])},? ngày", report)


def test_namesakes_are_two_people() -> None:
    """The two Nguyễn Văn Hùng: two trips each; merged by name the later two would be a 3rd and a 4th."""
    trips = [t for t in HAI_PHONG.expected()["trips"] if "Nguyễn Văn Hùng" in t["members"]]
    units = [key_post(*titles(t)["Nguyễn Văn Hùng"]) for t in trips]
    assert sorted(u[1] for u in units if u) == ["phường Lê Chân"] * 2 + ["đặc khu Cát Hải"] * 2


def test_own_firm_trip_is_not_banned() -> None:
    """332's firm pays for its own people only; 760's same firm pays for a sở's delegation."""
    trips = {t["decision_number"]: t for t in HAI_PHONG.expected()["trips"]}
    assert FIRM.search(funding(decision(trips["332/QĐ-UBND"]))) and not banned_firm(trips["332/QĐ-UBND"])
    assert banned_firm(trips["760/QĐ-UBND"])


def test_report_signed_date_counts() -> None:
    """66/BC-SCT was e-mailed on time but signed late; 80/BC-SXD signed on time but sent late: the signed date rules."""
    late, on_time = HAI_PHONG.text("bc-66-sct"), HAI_PHONG.text("bc-80-sxd")
    assert st.issue_date(late) == dt.date(2026, 8, 27) and "thư điện tử ngày 24/8/2026" in late
    assert st.issue_date(on_time) == dt.date(2026, 6, 23) and "ngày 25/6/2026" in on_time


def test_texts_and_scans() -> None:
    HAI_PHONG.check_scans(31, required=False)
