"""The eighth blind scenario's labels, recomputed from its texts and the calendar without any congvan code.

Why: expected_findings.json was written by hand; every count, lead, deadline and key-leader pair is derived here
again from the decisions, reports and dispatch, so a slip in the labels fails here instead of showing up as a
false miss of congvan."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, days, decision_stem, issue_date

BKHCN = ScenarioTexts("scenario_blind8", frozenset({dt.date(2025, 4, 26)}))
TRIPS: list[dict[str, Any]] = BKHCN.expected()["trips"]

# The dispatch's limits, each with the words it is read from.
LIMITS = {
    "max_delegation_size": (8, "không quá tám người"),
    "max_countries_per_trip": (3, "không quá ba nước"),
    "max_days_per_country": (5, "không quá 05 (năm) ngày, không kể thời gian đi và về"),
    "max_trips_per_year": (2, "không quá 02 (hai) lần trong một năm"),
    "submission_lead_working_days": (15, "chậm nhất 15 (mười lăm) ngày làm việc trước ngày dự kiến xuất cảnh"),
    "report_deadline_working_days": (10, "Trong thời hạn 10 (mười) ngày làm việc kể từ ngày về nước"),
}
COUNTRIES = [
    "Nhật Bản", "Thụy Sĩ", "Hàn Quốc", "Xinh-ga-po", "Ma-lai-xi-a", "Liên bang Nga", "Lào", "Hoa Kỳ", "Trung Quốc",
    "Thái Lan", "I-xra-en", "Pháp", "Đức", "Bỉ", "Hà Lan", "Ấn Độ", "Ô-xtrây-li-a", "Cam-pu-chia", "Phần Lan",
]  # fmt: skip
OFFICIAL = {"Đại Hàn Dân Quốc": "Hàn Quốc", "Cộng hòa Nhân dân Trung Hoa": "Trung Quốc"}  # long names without the short
KEY_TITLE = re.compile(r"(Cục trưởng|Vụ trưởng|Viện trưởng|Chánh Văn phòng|Chánh Thanh tra)\b")
UNIT = re.compile(r"(?:Cục|Vụ|Viện|Văn phòng|Thanh tra) (?!trưởng)")


def article_1(trip: dict[str, Any]) -> str:
    text = BKHCN.text(decision_stem(trip["decision_number"]))
    return text[text.index("Điều 1.") : text.index("Điều 2.")]


def article_1_2(trip: dict[str, Any]) -> str:
    text = BKHCN.text(decision_stem(trip["decision_number"]))
    return text[text.index("Điều 1.") : text.index("Điều 3.")]


def members(trip: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, title) of each person the decision sends, from its table, numbered list or running sentence."""
    art = article_1(trip)
    rows = re.findall(r"^\| \d+ \| ([^|]+?) \| ([^|]+?) \|$", art, re.M)
    if rows:
        return rows
    items = re.findall(r"^\d+\. (?:Ông|Bà) ([^,]+), (.+?)[;.]$", art, re.M)
    if items:
        return items
    sentence = art[len("Điều 1. Cử ") : art.index(", đi công tác")]
    parts = re.split(r"(?:, | và )(?=(?:ông|bà) )", sentence)
    return [tuple(p.split(" ", 1)[1].split(", ", 1)) for p in parts]


def key_unit(title: str) -> str | None:
    """The unit a key leader heads (by the dispatch's definition), or None for anyone else."""
    if not (KEY_TITLE.match(title) or "Bí thư" in title):
        return None
    return title[list(UNIT.finditer(title))[-1].start() :]


def dates(trip: dict[str, Any]) -> tuple[dt.date, dt.date]:
    art = article_1_2(trip)
    if m := re.search(r"từ ngày (\d+)/(\d+)/(\d{4}) đến ngày (\d+)/(\d+)/(\d{4})", art):
        return dt.date(int(m[3]), int(m[2]), int(m[1])), dt.date(int(m[6]), int(m[5]), int(m[4]))
    m = re.search(r"từ ngày (\d+) đến ngày (\d+) tháng (\d+) năm (\d{4})", art)
    assert m, trip["decision_number"]
    return dt.date(int(m[4]), int(m[3]), int(m[1])), dt.date(int(m[4]), int(m[3]), int(m[2]))


def countries(trip: dict[str, Any]) -> list[str]:
    """The countries named in Article 1's "đi công tác tại …" phrase (a member's name may hold "Đức")."""
    m = re.search(r"đi công tác tại (.+?)(?: từ ngày|:)", article_1(trip))
    assert m, trip["decision_number"]
    return [c for c in COUNTRIES if c in m[1]] + [short for name, short in OFFICIAL.items() if name in m[1]]


def expected(kind: str) -> set[str]:
    return BKHCN.findings(kind)


def test_scenario_blind8_every_document_is_labelled_once() -> None:
    folder = BKHCN.folder / "texts"
    assert sorted(p.stem for p in folder.glob("qd-*.txt")) == sorted(decision_stem(t["decision_number"]) for t in TRIPS)
    reports = [t["report"] for t in TRIPS if t["report"]]
    assert sorted(BKHCN.report_stem(r) for r in reports) == sorted(p.stem for p in folder.glob("bc-*.txt"))
    assert (len(TRIPS), len(reports), len(BKHCN.expected()["findings"])) == (22, 20, 14)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda t: t["decision_number"])
def test_scenario_blind8_trip_labels_match_the_decision(trip: dict[str, Any]) -> None:
    text = BKHCN.text(decision_stem(trip["decision_number"]))
    assert f"Số: {trip['decision_number']}\n" in text
    assert [name for name, _ in members(trip)] == trip["members"]
    assert dates(trip) == (dt.date.fromisoformat(trip["start"]), dt.date.fromisoformat(trip["end"]))
    assert sorted(countries(trip)) == sorted(trip["countries"])


def test_scenario_blind8_dispatch_states_every_limit() -> None:
    dispatch = BKHCN.text(BKHCN.folder.joinpath("texts").glob("00-*.txt").__next__().stem)
    for _value, words in LIMITS.values():
        assert words in dispatch
    assert "trừ trường hợp cấp phó đồng thời giữ chức Bí thư cấp ủy" in dispatch
    assert "lời mời đích danh của doanh nghiệp nước ngoài" in dispatch


def test_scenario_blind8_calendar_has_the_make_up_saturday_and_the_holidays() -> None:
    assert BKHCN.working(dt.date(2025, 4, 26))
    off = [dt.date(2025, 4, 30), dt.date(2025, 5, 1), dt.date(2025, 5, 2), dt.date(2025, 9, 1), dt.date(2025, 9, 2)]
    off += [dt.date(2026, 2, 16) + dt.timedelta(days=k) for k in range(5)]
    assert not any(BKHCN.working(d) for d in off)


def test_scenario_blind8_delegation_size() -> None:
    limit = LIMITS["max_delegation_size"][0]
    assert {t["decision_number"] for t in TRIPS if len(members(t)) > limit} == expected("max_delegation_size")
    assert limit in {len(members(t)) for t in TRIPS}  # a delegation exactly at the limit


def test_scenario_blind8_countries_per_trip() -> None:
    limit = LIMITS["max_countries_per_trip"][0]
    assert {t["decision_number"] for t in TRIPS if len(countries(t)) > limit} == expected("max_countries_per_trip")
    assert limit in {len(countries(t)) for t in TRIPS}


def test_scenario_blind8_days_per_country_without_travel_days() -> None:
    limit = LIMITS["max_days_per_country"][0]
    over = {t["decision_number"] for t in TRIPS if (days(t) - 2) / len(countries(t)) > limit}
    assert over == expected("max_days_per_country")
    assert any(days(t) - 2 == limit and len(countries(t)) == 1 for t in TRIPS)


def test_scenario_blind8_trips_per_year_of_key_leaders() -> None:
    limit = LIMITS["max_trips_per_year"][0]
    seen: Counter[tuple[str, int]] = Counter()
    over: set[tuple[str, str]] = set()
    others_over: set[str] = set()
    for trip in sorted(TRIPS, key=lambda t: t["start"]):
        for name, title in members(trip):
            seen[name, int(trip["start"][:4])] += 1
            if seen[name, int(trip["start"][:4])] == limit + 1:
                if key_unit(title):
                    over.add((trip["decision_number"], name))
                else:
                    others_over.add(name)
    want = {
        (f["decision_number"], f["person"])
        for f in BKHCN.expected()["findings"]
        if f["rule_kind"] == "max_trips_per_year"
    }
    assert over == want
    # the traps: deputies excluded by the definition (and a head of division) on a third trip
    assert others_over == {"Hoàng Thu Trang", "Đinh Thị Hạnh", "Phan Thế Vinh"}


def test_scenario_blind8_two_key_leaders_of_one_unit() -> None:
    both = set()
    for trip in TRIPS:
        units = Counter(u for _, title in members(trip) if (u := key_unit(title)))
        if any(n > 1 for n in units.values()):
            both.add(trip["decision_number"])
    assert both == expected("no_two_key_leaders_same_unit")


def test_scenario_blind8_enterprise_run_paid_or_invited() -> None:
    firms = {t["decision_number"] for t in TRIPS if re.search(r"Công ty|Tập đoàn|doanh nghiệp", article_1_2(t))}
    assert firms == expected("no_enterprise_funded")


def test_scenario_blind8_submission_lead() -> None:
    limit = LIMITS["submission_lead_working_days"][0]
    leads = {t["decision_number"]: BKHCN.submission_lead(t) for t in TRIPS}
    assert {n for n, lead in leads.items() if lead < limit} == expected("submission_lead_working_days")
    assert leads["948/QĐ-BKHCN"] == limit  # exactly at the limit only by counting the make-up Saturday 26/4


def test_scenario_blind8_report_deadline() -> None:
    limit = LIMITS["report_deadline_working_days"][0]
    late = BKHCN.late_reports(limit)
    assert late == expected("report_deadline_working_days")
    dues = {t["decision_number"]: BKHCN.nth_working_day_after(dt.date.fromisoformat(t["end"]), limit) for t in TRIPS}
    assert dues["265/QĐ-BKHCN"] > dt.date.fromisoformat(BKHCN.expected()["as_of"])  # not yet due
    assert dues["1821/QĐ-BKHCN"] == dt.date(2025, 9, 9) == issue_date(BKHCN.text(BKHCN.report_stem("63/BC-CTS")))


@pytest.mark.parametrize("trip", [t for t in TRIPS if t["report"]], ids=lambda t: t["report"])
def test_scenario_blind8_report_cites_its_decision(trip: dict[str, Any]) -> None:
    """By its number (a few in a variant form) and date, or by its date and the unit only."""
    body = BKHCN.text(BKHCN.report_stem(trip["report"]))
    decision = BKHCN.text(decision_stem(trip["decision_number"]))
    signed = issue_date(decision)
    assert f"Quyết định số {trip['decision_number'].split('/')[0]}" in body or "Thực hiện Quyết định ngày" in body
    assert f"ngày {signed.day}/{signed.month}/{signed.year}" in body
    assert trip["members"][0] in body


def test_scenario_blind8_not_findings_are_not_findings() -> None:
    labels = BKHCN.expected()
    want = {(f["rule_kind"], f["decision_number"], f["person"]) for f in labels["findings"]}
    traps = {(f["rule_kind"], f["decision_number"], f["person"]) for f in labels["not_findings"]}
    assert not want & traps
    per_kind: defaultdict[str, int] = defaultdict(int)
    for kind, _, _ in traps:
        per_kind[kind] += 1
    assert set(per_kind) <= set(LIMITS) | {"no_two_key_leaders_same_unit", "no_enterprise_funded"}
