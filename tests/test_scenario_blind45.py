"""The Tỉnh Cao Bằng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định that Quyết định
158/QĐ-UBND issues (in words, or words and digits), the trips limit by group (one a year for nhóm a — Bí thư, Phó Bí
thư Tỉnh ủy, Chủ tịch UBND tỉnh — two for the other key leaders, deputies out unless Bí thư cấp ủy of the unit);
trips from decisions of three issuers (the Tỉnh ủy's party form, UBND tỉnh, Trường Cao đẳng Cao Bằng) in four layouts
(numbered list, ruled table, running prose, an annexed "Danh sách") with dates written three ways, the cancelled
decision dropped and the amended end applied; a payer an enterprise only when a domestic firm or hợp tác xã;
reports linked by the number they cite, or by the decision's date and the trip's start when the number is wrong or
absent, one report covering two decisions; lead and report deadlines in working days (holidays VN with the make-up
Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st

CAO_BANG = st.ScenarioTexts("scenario_blind45", frozenset({dt.date(2026, 8, 22)}))
RULE = "00-qd-158-ubnd"
WORDS = {"một": 1, "hai": 2, "bốn": 4, "năm": 5, "tám": 8, "chín": 9}
RULES = {
    "trips_a": r"nhóm a mỗi năm đi nước ngoài không quá (\w+) \((\d+)\) lần",
    "max_trips_per_year": r"đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong năm",
    "max_delegation_size": r"Mỗi đoàn không quá (\w+) người, kể cả phiên dịch và lái xe",
    "max_countries_per_trip": r"Mỗi chuyến không đến quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"tại mỗi nước tối đa (\w+) ngày, không kể ngày xuất cảnh và ngày nhập cảnh",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) ngày làm việc kể từ ngày nhập cảnh về nước",
}
"""The Quy định's sentence of each limit; "trips_a" is nhóm a's one trip a year."""
COUNTRIES = {
    "Trung Quốc": "Trung Quốc",
    "Cộng hòa Nhân dân Trung Hoa": "Trung Quốc",
    "Quảng Tây": "Trung Quốc",
    "Lào": "Lào",
    "Thái Lan": "Thái Lan",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Pháp": "Pháp",
    "Bỉ": "Bỉ",
    "Hà Lan": "Hà Lan",
}
"""A destination as the decisions write it (a state, or a region or city in it) → the label's country."""
GROUP_A = re.compile(r"(?:Phó )?Bí thư(?: Thường trực)? Tỉnh ủy|Chủ tịch UBND tỉnh")
KEY_TITLE = re.compile(r"Phó [^,]+, Bí thư (?:Đảng ủy|Chi bộ) (?P<unit>.+)")
"""Điều 2.1.đ: a deputy who is the unit's Bí thư cấp ủy, read on the whole title."""
KEY_POSTS = (
    re.compile(r"(?:Phó )?Bí thư(?: Thường trực)? (?P<unit>Tỉnh ủy)"),
    re.compile(r"Chủ tịch (?P<unit>UBND tỉnh)"),
    re.compile(r"Giám đốc (?P<unit>Sở .+)"),
    re.compile(r"Chánh (?P<unit>Văn phòng UBND tỉnh)"),
    re.compile(r"(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<unit>(?:xã|phường) .+)"),
    re.compile(r"Trưởng (?P<unit>Ban quản lý Công viên địa chất .+)"),
    re.compile(r"Hiệu trưởng (?P<unit>Trường Cao đẳng .+)"),
)
"""Điều 2.1 b–d, each tried on one comma-separated post of the title, whole (so a "Phó Giám đốc phụ trách Sở", a
"Phó Trưởng Ban", a "Phó Chủ tịch UBND xã" match none)."""
LISTED = re.compile(
    r"^\d+\. (?:Đồng chí|Ông|Bà) (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn| - Trưởng đoàn)?[.;]$", re.M
)
RULED = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: - Trưởng đoàn)?$", re.M)
FIRM_PAYS = re.compile(
    r"(?P<payer>(?:Công ty|Hợp tác xã) [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:tài trợ|đài thọ|chi trả)"
)
"""A firm or cooperative that pays; a country in its brackets makes it foreign (Điều 5.3)."""
DATE = r"\d{1,2}(?:/\d{1,2}/| tháng \d{1,2} năm |-\d{1,2}-)\d{4}"
"""A date as the decisions write it: "08/06/2026", "13 tháng 4 năm 2026" or the party's "04-3-2026"."""


def to_date(text: str) -> dt.date:
    day, month, year = (int(x) for x in re.findall(r"\d+", text))
    return dt.date(year, month, day)


def number_of(body: str) -> str:
    m = re.search(r"^Số:? (\S+)$", body, re.M)
    assert m
    return m[1]


def limits() -> dict[str, int]:
    text = st.squash(CAO_BANG.text(RULE))
    return st.stated_limits(text, RULES, WORDS)


@dataclass(frozen=True)
class Trip:
    number: str
    issued: dt.date
    submitted: dt.date
    start: dt.date
    end: dt.date
    countries: frozenset[str]
    members: tuple[tuple[str, str], ...]
    funding: str
    layout: str


def read_decision(stem: str) -> Trip:
    body = CAO_BANG.text(stem)
    article1 = body.split("Điều 1. ", 1)[1].split("\nĐiều 2.")[0]
    span = re.search(rf"đi công tác tại (.+?) từ ngày ({DATE}) đến ngày ({DATE})", article1)
    assert span, stem
    listed = [(m["name"], m["title"]) for m in LISTED.finditer(article1)]
    ruled = [(m["name"], m["title"]) for m in RULED.finditer(body)]
    if listed:
        members, layout = listed, "list"
    elif ruled:
        members, layout = ruled, "annex" if "Danh sách kèm theo" in article1 else "table"
    else:
        members, layout = st.running_members("Điều 1. " + article1, "(?:ông|bà|đồng chí)"), "prose"
    declared = re.search(r"gồm (\d+) người", article1)
    assert not declared or int(declared[1]) == len(members), stem
    submitted = st.submitted_on(body)
    assert submitted, stem
    return Trip(
        number_of(body),
        st.issue_date(body),
        submitted,
        to_date(span[2]),
        to_date(span[3]),
        frozenset(st.named_countries(span[1], COUNTRIES)),
        tuple(members),
        body.split("\nĐiều 2. ", 1)[1].split("\nĐiều 3.")[0],
        layout,
    )


def cancelled() -> set[str]:
    return {
        m[1] for stem in CAO_BANG.stems("qd-") for m in re.finditer(r"Hủy bỏ Quyết định số (\S+) ", CAO_BANG.text(stem))
    }


def amended_ends() -> dict[str, dt.date]:
    """Decision → the end an amending decision gives it ("Điều chỉnh thời gian … từ ngày … đến ngày …")."""
    out = {}
    for stem in CAO_BANG.stems("qd-"):
        m = re.search(
            rf"Điều 1\. Điều chỉnh thời gian công tác của đoàn tại Điều 1 Quyết định số (\S+) .+? như sau: từ ngày "
            rf"{DATE} đến ngày ({DATE})",
            CAO_BANG.text(stem),
        )
        if m:
            out[m[1]] = to_date(m[2])
    return out


def amending() -> set[str]:
    """The numbers of the decisions that only change another's dates: a report citing one reports on the other."""
    return {number_of(CAO_BANG.text(s)) for s in CAO_BANG.stems("qd-") if "Điều chỉnh thời gian" in CAO_BANG.text(s)}


def is_decision(stem: str) -> bool:
    text = CAO_BANG.text(stem)
    return "đi công tác tại" in text and "Hủy bỏ" not in text and "Điều chỉnh thời gian" not in text


@cache
def all_trips(keep_cancelled: bool = False, apply_amendments: bool = True) -> dict[str, Trip]:
    """Decision number → its trip, the cancelled dropped and amended ends applied unless told otherwise."""
    trips = {t.number: t for t in (read_decision(s) for s in CAO_BANG.stems("qd-") if is_decision(s))}
    if apply_amendments:
        trips |= {n: replace(trips[n], end=end) for n, end in amended_ends().items()}
    return trips if keep_cancelled else {n: t for n, t in trips.items() if n not in cancelled()}


@cache
def reports() -> dict[str, tuple[str, dt.date]]:
    """Decision number → (report number, report date): the number cited when it is a trip's; else the trip issued on
    the cited day whose start the report names (a mistyped number, or none at all)."""
    trips = all_trips()
    out: dict[str, tuple[str, dt.date]] = {}
    for stem in CAO_BANG.stems("bc-"):
        body = st.squash(CAO_BANG.text(stem))
        cited = re.findall(r"Quyết định (?:số (\S+) )?ngày (\d{1,2}/\d{1,2}/\d{4})", body)
        for number, day in cited:
            if number in amending():
                continue
            if number not in trips:
                starts = {to_date(d) for d in re.findall(rf"từ ngày ({DATE})", body)}
                match = [t for t in trips.values() if t.issued == to_date(day) and t.start in starts]
                assert len(match) == 1, (stem, number, day)
                number = match[0].number
            out[number] = (number_of(CAO_BANG.text(stem)), st.issue_date(body))
    return out


def key_of(title: str) -> tuple[str, str] | None:
    """(group, unit) of a key leader's title — group "a" or "b" (Điều 2.1 b–đ) — or None."""
    whole = KEY_TITLE.fullmatch(title)
    if whole:
        return "b", whole["unit"]
    for post in (p.strip() for p in title.split(",")):
        for pattern in KEY_POSTS:
            m = pattern.fullmatch(post)
            if m:
                return ("a" if GROUP_A.fullmatch(post) else "b"), m["unit"]
    return None


def domestic_firm_pays(funding: str) -> bool:
    return any(not (m["note"] and st.named_countries(m["note"], COUNTRIES)) for m in FIRM_PAYS.finditer(funding))


@dataclass(frozen=True)
class Reading:
    """How a reader takes the texts; the default is the careful inspector's."""

    texts: st.ScenarioTexts = CAO_BANG
    keep_cancelled: bool = False
    apply_amendments: bool = True
    one_limit_for_all: bool = False
    deputies_count: bool = False
    weekdays_only: bool = False


def recompute(r: Reading = Reading()) -> set[st.FindingKey]:
    lim = limits()
    trips = all_trips(r.keep_cancelled, r.apply_amendments)
    as_of = dt.date.fromisoformat(CAO_BANG.expected()["as_of"])
    out: set[st.FindingKey] = set()
    seen: Counter[str] = Counter()
    for t in sorted(trips.values(), key=lambda t: t.start):
        for name, title in t.members:
            key = key_of(title) or (("b", title) if r.deputies_count and title.startswith("Phó") else None)
            if not key:
                continue
            seen[name] += 1
            cap = lim["max_trips_per_year"] if r.one_limit_for_all or key[0] == "b" else lim["trips_a"]
            if seen[name] > cap:
                out.add(("max_trips_per_year", t.number, name))
        units = Counter(k[1] for k in (key_of(title) for _, title in t.members) if k)
        checks = {
            "max_delegation_size": len(t.members) > lim["max_delegation_size"],
            "max_countries_per_trip": len(t.countries) > lim["max_countries_per_trip"],
            "max_days_per_country": len(t.countries) == 1
            and (t.end - t.start).days + 1 - 2 > lim["max_days_per_country"],
            "no_enterprise_funded": domestic_firm_pays(t.funding),
            "no_two_key_leaders_same_unit": any(n > 1 for n in units.values()),
        }
        lead = st.weekdays_between(t.submitted, t.start) if r.weekdays_only else r.texts.lead(t.submitted, t.start)
        checks["submission_lead_working_days"] = lead < lim["submission_lead_working_days"]
        due = r.texts.nth_working_day_after(t.end, lim["report_deadline_working_days"])
        report = reports().get(t.number)
        checks["report_deadline_working_days"] = report[1] > due if report else due < as_of
        out |= {(kind, t.number, None) for kind, hit in checks.items() if hit}
    return out


def label_keys(entries: list[dict[str, Any]]) -> set[st.FindingKey]:
    return set(map(st.label_key, entries))


def test_labels_carry_the_scorers_fields() -> None:
    expected = CAO_BANG.expected()
    assert expected["as_of"] == "2026-12-17"
    st.check_scored_fields(CAO_BANG)
    assert len(expected["findings"]) == 13
    assert not label_keys(expected["findings"]) & label_keys(expected["not_findings"])


def test_limits_read_from_the_quy_dinh() -> None:
    assert limits() == {
        "trips_a": 1,
        "max_trips_per_year": 2,
        "max_delegation_size": 9,
        "max_countries_per_trip": 2,
        "max_days_per_country": 4,
        "submission_lead_working_days": 8,
        "report_deadline_working_days": 5,
    }
    text = st.squash(CAO_BANG.text(RULE))
    assert "hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2026" in text
    assert "Quyết định số 1420/QĐ-UBND ngày 20 tháng 9 năm 2023" in text
    assert min(t.start for t in all_trips(keep_cancelled=True).values()) > dt.date(2026, 2, 1)


def test_calendar_2026() -> None:
    CAO_BANG.check_calendar(
        *(dt.date(2026, 2, d) for d in range(16, 21)),
        dt.date(2026, 4, 27),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 1),
        dt.date(2026, 8, 31),
        dt.date(2026, 9, 1),
        dt.date(2026, 9, 2),
    )


def test_trips_are_the_texts() -> None:
    """The labels' trips are the decisions read: number, dates (amended), countries, members in order, report."""
    trips = all_trips()
    labelled = {t["decision_number"]: t for t in CAO_BANG.expected()["trips"]}
    assert set(labelled) == set(trips)
    for number, t in trips.items():
        label = labelled[number]
        assert (label["start"], label["end"]) == (t.start.isoformat(), t.end.isoformat()), number
        assert set(label["countries"]) == t.countries, number
        assert label["members"] == [name for name, _ in t.members], number
        assert label["report"] == (reports()[number][0] if number in reports() else None), number
    assert Counter(t.layout for t in trips.values()) == {"list": 11, "table": 2, "prose": 4, "annex": 1}
    CAO_BANG.check_scans(37, required=False)


def test_findings_recomputed() -> None:
    assert recompute() == label_keys(CAO_BANG.expected()["findings"])


@pytest.mark.parametrize(
    ("reading", "gained", "lost"),
    [
        (Reading(texts=CAO_BANG.without_make_up()), {("submission_lead_working_days", "612/QĐ-UBND", None)}, set()),
        (Reading(weekdays_only=True), set(), {("submission_lead_working_days", "470/QĐ-UBND", None)}),
        (
            Reading(keep_cancelled=True),
            {
                ("max_trips_per_year", "640/QĐ-UBND", "Lục Văn Khải"),
                ("max_trips_per_year", "640/QĐ-UBND", "Bế Văn Tùng"),
                ("no_enterprise_funded", "640/QĐ-UBND", None),
                ("report_deadline_working_days", "640/QĐ-UBND", None),
            },
            set(),
        ),
        (Reading(apply_amendments=False), {("max_days_per_country", "690/QĐ-UBND", None)}, set()),
        (Reading(one_limit_for_all=True), set(), {("max_trips_per_year", "291-QĐ/TU", "Nông Thị Hằng")}),
        (
            Reading(deputies_count=True),
            {
                ("max_trips_per_year", "655/QĐ-UBND", "Đàm Quang Vinh"),
                ("max_trips_per_year", "291-QĐ/TU", "Mông Văn Đức"),
                ("max_trips_per_year", "612/QĐ-UBND", "Lý Thị Thu"),
                ("max_trips_per_year", "735/QĐ-UBND", "Hoàng Văn Ninh"),
            },
            set(),
        ),
    ],
)
def test_what_each_reading_decides(reading: Reading, gained: set[st.FindingKey], lost: set[st.FindingKey]) -> None:
    """The traps bite: each careless reading gains or loses exactly the labels named."""
    careful, careless = recompute(), recompute(reading)
    assert careless - careful == gained
    assert careful - careless == lost
    assert not gained & label_keys(CAO_BANG.expected()["findings"])
