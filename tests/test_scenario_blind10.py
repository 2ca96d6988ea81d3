"""The Huế 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand before congvan ran; a slip there would show as a false miss or extra
of congvan. Here every label is derived again as a reader of the texts would: the limits from the Chỉ thị's words and
digits (a shorter lead for an urgent trip), key leaders from the title beside each name under its point 1 (deputies,
staff and heads of centres inside a sở are out), the delegation's size without interpreters, trips a year without
the trips of the central government's programme, reports linked by the number they cite or, when that number is
mistyped or absent, by the decision's date and the trip's start, and deadlines and leads in working days (2026
holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

HUE = st.ScenarioTexts("scenario_blind10", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-chi-thi-03-ct-ubnd"
NUMBER_WORDS = {"hai": 2, "ba": 3, "năm": 5, "mười": 10, "mười hai": 12}
RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không quá ([\w ]+?) \((\d+)\) người, không kể phiên dịch",
    "max_countries_per_trip": r"không quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "submission_lead_working_days": r"ít nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"(\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
URGENT_LEAD = r"đột xuất, cấp bách thì ít nhất (\w+) \((\d+)\) ngày làm việc"
COUNTRIES = {
    "Bỉ": "Bỉ",
    "Campuchia": "Campuchia",
    "Cu Ba": "Cu Ba",
    "Hà Lan": "Hà Lan",
    "Hàn Quốc": "Hàn Quốc",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "Lào": "Lào",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "Nhật Bản": "Nhật Bản",
    "Pháp": "Pháp",
    "Thái Lan": "Thái Lan",
    "Trung Quốc": "Trung Quốc",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Cộng hòa Liên bang Đức": "Đức",
    "Ấn Độ": "Ấn Độ",
}
"""A country as the decision's Điều 1 writes it → the label's name ("Đức" alone may be part of a member's name)."""
LEADER_SUFFIX = re.compile(r"(?:,| -) Trưởng đoàn$| \(Trưởng đoàn\)$")
CENTRAL = "chương trình đối ngoại của Trung ương"
"""A trip in the central government's programme: it does not count in a key leader's trips a year (point 2)."""


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    article1: str
    funding: str
    invited_by_firm: bool
    urgent: bool


def read_members(article1: str) -> list[tuple[str, str]]:
    """(name, title) of everyone Điều 1 sends: a table, numbered lines (with or without an honorific), or prose."""
    found = (
        re.findall(r"^\d+ \| (.+?) \| (.+)$", article1, re.M)
        or re.findall(r"^\d+\. (?:Ông|Bà|Đồng chí) ([^,]+), (.+?)[;.]$", article1, re.M)
        or re.findall(r"^\d+\. ([^,-]+?) - (.+?)[;.]$", article1, re.M)
    )
    if not found:
        m = re.match(r"Điều 1\. Cử (.+?) (?:đi công tác tại|tham gia Đoàn công tác)", article1)
        assert m, article1[:80]
        parts = [
            re.fullmatch(r"(?:ông|bà) ([^,]+), (.+)", p)
            for p in re.split(r";\s*(?:và )?|\s+và\s+(?=(?:ông|bà) )", m[1])
        ]
        assert all(parts), article1[:80]
        found = [(p[1], p[2]) for p in parts if p]
    return [(name.strip(), LEADER_SUFFIX.sub("", title.strip())) for name, title in found]


def read_decision(stem: str) -> Decision:
    body = HUE.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.M)
    article1 = re.search(r"^Điều 1\. .+?(?=^Điều 2\.)", body, re.M | re.S)
    funding = re.search(r"^Điều 2\. .+?(?=^Điều 3\.)", body, re.M | re.S)
    assert number and article1 and funding, stem
    period = re.search(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", article1[0])
    assert period, stem
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        article1=article1[0],
        members=read_members(article1[0]),
        start=st.slash_date(period[1]),
        end=st.slash_date(period[2]),
        funding=funding[0],
        invited_by_firm=bool(re.search(r"mời đích danh[^;]*Công ty", body)),
        urgent="đột xuất" in body,
    )


@cache
def decisions() -> dict[str, Decision]:
    return st.decisions_of(HUE, read_decision)


def key_unit(title: str) -> str | None:
    """The unit whose key leader the member is (point 1 of the Chỉ thị), or None (deputies, staff, heads of
    centres and sub-departments inside a sở)."""
    if title.startswith("Giám đốc Trung tâm") and ", Sở " not in title:
        return title.removeprefix("Giám đốc ")
    for part in title.split(", "):
        for prefix in ("Giám đốc ", "Chủ tịch Ủy ban nhân dân ", "Bí thư Đảng ủy "):
            rest = part.removeprefix(prefix)
            if rest != part and rest.startswith(("Sở ", "phường ", "xã ")):
                return rest
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number (two mistyped) and date, or by its date alone."""
    by_number = rf"Quyết định số (\S+?),? ngày ({st.DASHED})"
    by_date = rf"Quyết định ngày ({st.DASHED})"
    return st.one_trip_reports(HUE, decisions(), by_number, by_date, rf"từ ngày ({st.SLASH})")


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(HUE.text(DISPATCH)), RULES | {"urgent": URGENT_LEAD}, NUMBER_WORDS)


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip; an urgent one has the shorter lead, the central programme's counts in no one's trips a year."""
    lim = limits()
    return {
        n: st.TripFacts.of(
            HUE,
            d,
            reports().get(n),
            key_unit,
            st.named_countries(d.article1, COUNTRIES),
            "Công ty" in d.funding or d.invited_by_firm,
            lim | {"submission_lead_working_days": lim["urgent"]} if d.urgent else lim,
            counted=frozenset() if CENTRAL in d.article1 else None,
            size=sum("phiên dịch" not in title for _, title in d.members),
        )
        for n, d in decisions().items()
    }


def test_scenario_blind10_calendar_is_the_packages() -> None:
    days_off = ("02-16", "02-20", "04-27", "04-30", "05-01", "08-31", "09-02", "11-24")
    HUE.check_calendar(*(dt.date.fromisoformat(f"2026-{day}") for day in days_off))


def test_scenario_blind10_dispatch_states_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=12, days=5, countries=3, lead=10, report=10) | {"urgent": 5}


def test_scenario_blind10_trips_are_the_decisions() -> None:
    st.check_trips(HUE, facts())
    assert len(decisions()) == 21 and len(HUE.stems("")) == 41
    assert [n for n, d in decisions().items() if CENTRAL in d.article1] == ["2010/QĐ-UBND"]


def test_scenario_blind10_reports_two_mistyped_and_one_by_date() -> None:
    """A report restates its trip's dates, and cites its decision by a mistyped number or by its date only."""
    assert len(reports()) == 19
    assert st.linked_by_date(reports()) == {"112/BC-SDL", "167/BC-SYT", "205/BC-SCT"}
    assert {n for n, r in reports().items() if r.how != "number"} == {"1642/QĐ-UBND", "2010/QĐ-UBND", "1801/QĐ-UBND"}
    st.check_reports_tell_dates(HUE, facts(), rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})")


def test_scenario_blind10_boundaries_hold_on_the_calendar() -> None:
    """The report not yet due, the deadlines on the day and the lead at the limit rest on the 2026 calendar."""
    due = {n: HUE.nth_working_day_after(d.end, 10) for n, d in decisions().items() if d.end}
    assert due["3251/QĐ-UBND"] == dt.date(2026, 12, 7)
    assert due["268/QĐ-UBND"] == dt.date(2026, 3, 5)
    assert due["2330/QĐ-UBND"] == dt.date(2026, 9, 11)
    assert due["2197/QĐ-UBND"] == dt.date(2026, 8, 27)
    assert due["1112/QĐ-UBND"] == dt.date(2026, 5, 12)
    assert facts()["1287/QĐ-UBND"].lead == 10


def test_scenario_blind10_trips_a_year_at_the_limit() -> None:
    """Two key leaders at the limit (no finding); a member whose trips do not count (not a key leader)."""
    counted = [name for f in facts().values() if f.counted is None for name, unit in f.members if unit]
    assert counted.count("Hồ Thị Ngọc Diệp") == 2 == counted.count("Nguyễn Hữu Bảo Long")
    assert "Lê Văn Thạnh" not in counted


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind10_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(HUE, part, st.recompute(HUE, facts().values()), decisions(), findings=14, traps=27)
