"""Labels of the twelfth blind scenario (Cần Thơ 2026), recomputed from its texts and the `holidays` calendar.

Why: the scenario scores congvan once, at the end of a session; a wrong label would show as a false miss or extra, so
every count, deadline, lead and key-leader pairing is recomputed here without congvan's extractors or checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import decision_stem

SCENARIO = st.ScenarioTexts("scenario_blind12", frozenset({dt.date(2026, 8, 22)}))
LIMITS = st.rule_limits(trips=2, size=12, days=4, countries=3, lead=10, report=8)
ALIASES = {"Hàn Quốc": "Hàn Quốc", "Úc": "Ô-xtrây-li-a", "Indonesia": "Indonesia"}
AMENDED = {"672/QĐ-UBND": "690/QĐ-UBND"}
"""A trip whose dates and members a later decision changed: the trip keeps the first number."""
KINDS = {
    "max_trips_per_year",
    "max_delegation_size",
    "report_deadline_working_days",
    "max_days_per_country",
    "max_countries_per_trip",
    "submission_lead_working_days",
    "no_two_key_leaders_same_unit",
    "no_enterprise_funded",
    "avoid_start_end_of_year",
}
KEY_LEADER_UNITS = {
    "Lê Thanh Tùng": "Sở Công Thương",
    "Trần Văn Phúc": "Sở Nông nghiệp và Môi trường",
    "Lâm Thị Thu Hà": "Sở Nông nghiệp và Môi trường",
    "Ngô Thị Kim Thoa": "phường Ninh Kiều",
    "Hồ Văn Sang": "phường Ninh Kiều",
    "Phan Ngọc Diễm": "Sở Y tế",
    "Tô Minh Nhựt": "Ban Quản lý các khu chế xuất và công nghiệp",
    "Dương Quốc Bảo": "Sở Giáo dục và Đào tạo",
    "Thạch Thị Sa Rinh": "Sở Văn hóa, Thể thao và Du lịch",
    "Lý Văn Hậu": "xã Phong Điền",
    "Kim Thị Ngọc Sương": "phường Sóc Trăng",
    "Châu Văn Lực": "Sở Khoa học và Công nghệ",
    "Nguyễn Thị Bé Năm": "xã Thới Lai",
    "Đặng Hữu Nghĩa": "Sở Xây dựng",
    "Sơn Văn Ren": "Sở Xây dựng",
}
"""Mục 1 of the dispatch applied by hand; `test_key_leaders_follow_the_titles` checks it against each title."""


def trips() -> list[dict[str, Any]]:
    return SCENARIO.expected()["trips"]


def bodies(trip: dict[str, Any]) -> list[str]:
    """The decision's text, then its amendment's when there is one."""
    number = trip["decision_number"]
    numbers = [number, *([AMENDED[number]] if number in AMENDED else [])]
    return [SCENARIO.text(decision_stem(n)) for n in numbers]


def title(trip: dict[str, Any], name: str) -> str:
    """What the (last) decision writes after the member's name, up to the next member or line."""
    body = next(b for b in reversed(bodies(trip)) if name in b)
    rest = body[body.index(name) + len(name) :]
    return re.split(r";|\n| ông | bà ", rest)[0]


def is_key_leader(text: str) -> bool:
    return bool(
        "Bí thư Đảng ủy" in text
        or re.search(r"(?<!Phó )Giám đốc Sở", text)
        or re.search(r"(?<!Phó )Trưởng ban", text)
        or re.search(r"(?<!Phó )Chủ tịch (Ủy ban nhân dân|UBND) (xã|phường)", text)
    )


def labelled(kind: str, key: str = "findings") -> set[tuple[str, str | None]]:
    return {(f["decision_number"], f["person"]) for f in SCENARIO.expected()[key] if f["rule_kind"] == kind}


def funding(trip: dict[str, Any]) -> str:
    body = bodies(trip)[0]
    return body[body.index("Điều 2.") : body.index("Điều 3.")]


def facts() -> dict[str, st.TripFacts]:
    """Each labelled trip, its members, dates and countries checked against its decisions by the tests below."""
    return {
        t["decision_number"]: st.labelled_facts(
            SCENARIO, t, KEY_LEADER_UNITS, bool(re.search(r"Công ty|doanh nghiệp", funding(t), re.IGNORECASE)), LIMITS
        )
        for t in trips()
    }


def year_ends() -> set[st.FindingKey]:
    """A trip in January or December, unless in the central government's programme (the dispatch's own rule)."""
    return {
        ("avoid_start_end_of_year", t["decision_number"], None)
        for t in trips()
        if {dt.date.fromisoformat(t[k]).month for k in ("start", "end")} & {1, 12}
        and "chương trình đối ngoại của Trung ương" not in bodies(t)[0]
    }


def test_files_and_label_shape() -> None:
    SCENARIO.check_scans(40, required=False)
    exp = SCENARIO.expected()
    assert exp["as_of"] == "2026-12-04" and f"Số: {exp['dispatch']}\n" in SCENARIO.text("00-ct-01")
    for f in exp["findings"] + exp["not_findings"]:
        assert f["rule_kind"] in KINDS, f


def test_dispatch_states_the_limits() -> None:
    body = " ".join(SCENARIO.text("00-ct-01").split())
    for phrase in (
        "tối đa 02 lần trong một năm",
        "không quá mười hai (12) thành viên",
        "không quá ba (03) quốc gia",
        "không quá 04 ngày tại mỗi quốc gia, không kể ngày xuất cảnh và ngày nhập cảnh",
        "chậm nhất mười (10) ngày làm việc trước ngày xuất cảnh",
        "08 (tám) ngày làm việc kể từ ngày kết thúc",
        "hai (02) đồng chí lãnh đạo chủ chốt của cùng một cơ quan",
        "Phó Giám đốc sở đồng thời giữ chức Bí thư Đảng ủy sở",
        "trong tháng 01 và tháng 12",
        "kể cả doanh nghiệp nhà nước",
    ):
        assert phrase in body, phrase


@pytest.mark.parametrize("trip", trips(), ids=lambda t: t["decision_number"])
def test_trip_label_is_its_decision(trip: dict[str, Any]) -> None:
    """The decision sends the labelled members, as many as its Điều 1 names (by "ông"/"bà", else table rows)."""
    body = bodies(trip)[0]
    article1 = body[body.index("Điều 1.") : body.index("Điều 2.")]
    honorifics = len(re.findall(r"\b(?:Ông|Bà|ông|bà) (?=[A-ZĐÂ])", article1))
    assert (honorifics or len(re.findall(r"^\s*\d+\s*(?:\||\s{2,}|\t)", article1, re.M))) == len(trip["members"])
    if trip["decision_number"] not in AMENDED:
        SCENARIO.check_decision(trip, ALIASES)
        return
    first, amendment = bodies(trip)
    assert f"Số: {trip['decision_number']}\n" in first and trip["decision_number"] in amendment
    for key in ("start", "end"):
        d = dt.date.fromisoformat(trip[key])
        assert f"{d.day}/{d.month}/{d.year}" in amendment
    replaced = re.search(r"Thay bà (.+?), .* bằng bà (.+?),", amendment)
    assert replaced and replaced[2] in trip["members"] and replaced[1] not in trip["members"]
    assert all(name in first or name == replaced[2] for name in trip["members"])


@pytest.mark.parametrize("trip", [t for t in trips() if t["report"]], ids=lambda t: t["report"])
def test_report_names_the_start(trip: dict[str, Any]) -> None:
    start = dt.date.fromisoformat(trip["start"])
    report = SCENARIO.text(SCENARIO.report_stem(trip["report"]))
    assert re.search(rf"\b0?{start.day}/0?{start.month}", report)


def test_key_leaders_follow_the_titles() -> None:
    for trip in trips():
        for name in trip["members"]:
            assert is_key_leader(title(trip, name)) == (name in KEY_LEADER_UNITS), (trip["decision_number"], name)
            if name in KEY_LEADER_UNITS:
                assert any(KEY_LEADER_UNITS[name] in b for b in bodies(trip)), name


def test_trips_a_year_traps_went_on_the_trip() -> None:
    for decision, person in labelled("max_trips_per_year", "not_findings"):
        assert person and person in {name for name, _ in facts()[decision].members}, (decision, person)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_labels_are_the_recomputed_findings(part: str) -> None:
    found = st.recompute(SCENARIO, facts().values()) | year_ends()
    st.check_labels(SCENARIO, part, found, {t["decision_number"] for t in trips()}, findings=15, traps=36)
