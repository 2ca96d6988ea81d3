"""Scenario blind 11 (Gia Lai 2026): the hand-written labels recomputed from the texts and the 2026 calendar.

Why: every count, deadline and lead in `expected_findings.json` is derived here again from the documents
themselves (no congvan code), so a slip in the labels fails here instead of showing up as a false miss."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, days, decision_stem, issue_date, slash_date

S = ScenarioTexts("scenario_blind11", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-ct-02"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản", "I-xra-en": "I-xra-en", "Đại Hàn Dân Quốc": "Hàn Quốc", "Pháp": "Pháp",
    "I-ta-li-a": "I-ta-li-a", "Trung Hoa": "Trung Quốc", "Ô-xtrây-li-a": "Ô-xtrây-li-a", "Thái Lan": "Thái Lan",
    "Xinh-ga-po": "Xinh-ga-po", "Ma-lai-xi-a": "Ma-lai-xi-a", "Hà Lan": "Hà Lan", "Bỉ": "Bỉ", "Đức": "Đức",
    "Séc": "Séc", "Áo": "Áo", "Hung-ga-ri": "Hung-ga-ri", "Ba Lan": "Ba Lan", "Lào": "Lào",
    "Campuchia": "Campuchia", "Phi-líp-pin": "Phi-líp-pin", "Cu-ba": "Cu-ba", "Ấn Độ": "Ấn Độ",
}  # fmt: skip
MEMBER_FORMS = (
    re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>.+?), (?P<title>.+)[;.]$"),
    re.compile(r"^- (?:Ông|Bà) (?P<name>.+?), (?P<title>.+)[;.]$"),
    re.compile(r"^\d+\. (?P<name>.+?) - (?P<title>.+)$"),
)


def rule_value(pattern: str) -> int:
    """A limit as the dispatch states it, in words and digits: "mười (10)" → 10 (both must agree)."""
    m = re.search(pattern, S.text(DISPATCH))
    assert m, pattern
    words = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
    if m.lastindex and m.lastindex >= 2:
        assert words[m[1]] == int(m[2]), m[0]
        return int(m[2])
    return int(m[1])


SIZE = rule_value(r"mỗi đoàn không quá (\w+) \((\d+)\) người")
TRIPS_PER_YEAR = rule_value(r"không quá (\w+) \((\d+)\) lần/năm")
COUNTRIES_PER_TRIP = rule_value(r"đi không quá (\w+) \((\d+)\) nước")
DAYS_PER_COUNTRY = rule_value(r"không quá (\d+) ngày/nước")
LEAD = rule_value(r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh")
URGENT_LEAD = rule_value(r"trường hợp đột xuất theo yêu cầu của phía bạn, chậm nhất (\w+) \((\d+)\) ngày làm việc")
REPORT_DAYS = rule_value(r"Chậm nhất (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước")


def trips() -> list[dict[str, Any]]:
    return S.expected()["trips"]


def decision(trip: dict[str, Any]) -> str:
    return S.text(decision_stem(trip["decision_number"]))


def members(text: str) -> list[tuple[str, str]]:
    """(name, title) of each member line of Điều 1."""
    block = text.split("Điều 1.", 1)[1].split("Điều 2.", 1)[0]
    out = []
    for line in block.splitlines():
        for form in MEMBER_FORMS:
            if m := form.match(line.strip()):
                out.append((m["name"], m["title"]))
                break
    return out


def article(text: str, n: int) -> str:
    return text.split(f"Điều {n}.", 1)[1].split(f"Điều {n + 1}.", 1)[0]


def countries(text: str) -> set[str]:
    head = article(text, 1).splitlines()[0]
    return {v for k, v in COUNTRIES.items() if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", head)}


def key_unit(title: str) -> str | None:
    """The unit a member leads as a key leader under section 1 of the dispatch, else None."""
    unit = re.search(r"(Sở [^,;]+|phường [A-ZĐ]\w*(?: [A-ZĐ]\w*)*|Ban Quản lý Khu kinh tế tỉnh)", title)
    if "Bí thư Đảng ủy" in title:
        return unit[1] if unit else None
    if re.match(r"(Giám đốc Sở |Trưởng ban Ban Quản lý|Chủ tịch Ủy ban nhân dân (phường|xã) )", title):
        return unit[1] if unit else None
    return None


def by_decision(kind: str) -> set[str]:
    return S.findings(kind)


def traps(kind: str) -> set[str]:
    return {f["decision_number"] for f in S.expected()["not_findings"] if f["rule_kind"] == kind}


@pytest.mark.parametrize("trip", trips(), ids=lambda t: t["decision_number"])
def test_scenario_blind11_trip_matches_its_decision(trip: dict[str, Any]) -> None:
    text = decision(trip)
    assert f"Số: {trip['decision_number']}\n" in text
    m = re.search(r"từ ngày (\d+/\d+/\d{4}) đến (?:hết )?ngày (\d+/\d+/\d{4})", text)
    assert m
    assert (slash_date(m[1]).isoformat(), slash_date(m[2]).isoformat()) == (trip["start"], trip["end"])
    assert [n for n, _ in members(text)] == trip["members"]
    assert countries(text) == set(trip["countries"])
    assert issue_date(text) < dt.date.fromisoformat(trip["start"])


@pytest.mark.parametrize("trip", [t for t in trips() if t["report"]], ids=lambda t: t["report"])
def test_scenario_blind11_report_points_at_its_trip(trip: dict[str, Any]) -> None:
    """Each report names its trip's dates and the decision's date; the number it cites is the decision's, or a
    typo the labels call out, or none (cited by date and unit)."""
    text = S.text(S.report_stem(trip["report"]))
    start, end = (dt.date.fromisoformat(trip[k]) for k in ("start", "end"))
    issued = issue_date(decision(trip))
    for day in (start, end, issued):
        assert f"{day.day:02d}/{day.month if day.month > 2 else f'{day.month:02d}'}/{day.year}" in text
    cited = re.search(r"Quyết định số (\S+) ngày", text)
    typos = {"1418/QĐ-UBND": "1418/QĐ-UBDN", "2570/QĐ-UBND": "2750/QĐ-UBND"}
    if cited is None:
        assert trip["decision_number"] == "1985/QĐ-UBND"
    else:
        assert cited[1] == typos.get(trip["decision_number"], trip["decision_number"])
    assert issue_date(text) > end


def test_scenario_blind11_calendar_facts_the_labels_lean_on() -> None:
    assert not any(S.working(dt.date(2026, 2, d)) for d in range(16, 21))  # Tết
    assert S.working(dt.date(2026, 8, 22)) and not S.working(dt.date(2026, 8, 31))  # make-up Saturday, swapped Monday
    assert not S.working(dt.date(2026, 11, 24)) and not S.working(dt.date(2026, 4, 27))
    assert not S.working(dt.date(2026, 4, 30)) and not S.working(dt.date(2026, 5, 1))


def test_scenario_blind11_report_deadlines() -> None:
    late = {t["decision_number"] for t in trips() if S.report_late(t, REPORT_DAYS)}
    assert late == by_decision("report_deadline_working_days")
    on_the_day = [
        t for t in trips()
        if t["report"]
        and issue_date(S.text(S.report_stem(t["report"])))
        == S.nth_working_day_after(dt.date.fromisoformat(t["end"]), REPORT_DAYS)
    ]  # fmt: skip
    assert len(on_the_day) >= 2
    not_due = [t for t in trips() if not t["report"] and t["decision_number"] not in late]
    assert not_due and all(
        S.nth_working_day_after(dt.date.fromisoformat(t["end"]), REPORT_DAYS)
        >= dt.date.fromisoformat(S.expected()["as_of"])
        for t in not_due
    )


def test_scenario_blind11_submission_leads() -> None:
    short = set()
    for t in trips():
        urgent = "đột xuất" in decision(t)
        if S.submission_lead(t) < (URGENT_LEAD if urgent else LEAD):
            short.add(t["decision_number"])
    assert short == by_decision("submission_lead_working_days")
    at_the_limit = {t["decision_number"] for t in trips() if S.submission_lead(t) == LEAD}
    assert at_the_limit & traps("submission_lead_working_days")


def test_scenario_blind11_delegation_size_without_interpreters() -> None:
    over = {
        t["decision_number"]
        for t in trips()
        if sum("phiên dịch" not in title for _, title in members(decision(t))) > SIZE
    }
    assert over == by_decision("max_delegation_size")
    assert max(len(t["members"]) for t in trips()) >= 12


def test_scenario_blind11_countries_and_days_per_country() -> None:
    assert {t["decision_number"] for t in trips() if len(t["countries"]) > COUNTRIES_PER_TRIP} == by_decision(
        "max_countries_per_trip"
    )
    over = set()
    for t in trips():
        abroad = days(t) - 2
        if len(t["countries"]) > 1:
            assert abroad - (len(t["countries"]) - 1) <= DAYS_PER_COUNTRY, t["decision_number"]
        elif abroad > DAYS_PER_COUNTRY and "khóa đào tạo" not in article(decision(t), 1):
            over.add(t["decision_number"])
    assert over == by_decision("max_days_per_country")


def test_scenario_blind11_trips_per_key_leader() -> None:
    seen: dict[str, int] = defaultdict(int)
    over = set()
    for t in sorted(trips(), key=lambda t: t["start"]):
        for name, title in members(decision(t)):
            if key_unit(title):
                seen[name] += 1
                if seen[name] > TRIPS_PER_YEAR:
                    over.add((t["decision_number"], name))
    labels = S.expected()["findings"]
    want = {(f["decision_number"], f["person"]) for f in labels if f["rule_kind"] == "max_trips_per_year"}
    assert over == want
    assert TRIPS_PER_YEAR in seen.values()


def test_scenario_blind11_two_key_leaders_of_one_unit() -> None:
    both = set()
    for t in trips():
        units = [key_unit(title) for _, title in members(decision(t))]
        units = [u for u in units if u]
        if len(units) != len(set(units)):
            both.add(t["decision_number"])
    assert both == by_decision("no_two_key_leaders_same_unit")


def test_scenario_blind11_enterprise_and_relatives() -> None:
    enterprise = {
        t["decision_number"]
        for t in trips()
        if re.search(r"Công ty|Tập đoàn", article(decision(t), 1) + article(decision(t), 2))
    }
    assert enterprise == by_decision("no_enterprise_funded")
    relatives = {
        t["decision_number"]
        for t in trips()
        for _, title in members(decision(t))
        if re.search(r"\b(vợ|chồng|con|phu nhân|phu quân)\b", title) and "Thường trực Tỉnh ủy đã đồng ý" not in title
    }
    assert relatives == by_decision("no_relatives_in_delegation")


def test_scenario_blind11_shape() -> None:
    e = S.expected()
    assert 12 <= len(e["findings"]) <= 15 and len(e["not_findings"]) >= 20
    found = {(f["rule_kind"], f["decision_number"], f["person"]) for f in e["findings"]}
    assert not found & {(f["rule_kind"], f["decision_number"], f["person"]) for f in e["not_findings"]}
    numbers = {t["decision_number"] for t in trips()}
    assert all(f["decision_number"] in numbers for f in e["findings"] + e["not_findings"])
    assert f"Số: {e['dispatch']}\n" in S.text(DISPATCH)
