"""The Gia Lai 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Chỉ thị's words and digits (a
shorter lead for an urgent trip, a training course outside the days-per-country limit), key leaders from the title
beside each name under its section 1, the delegation's size without interpreters, relatives in a delegation without
the Thường trực Tỉnh ủy's consent, reports linked by the number they cite or, when that number is mistyped or absent,
by the decision's date and the trip's start, and deadlines and leads in working days (2026 holidays plus the make-up
Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

GIA_LAI = st.ScenarioTexts("scenario_blind11", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-ct-02"
NUMBER_WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
RULES = {
    "max_delegation_size": r"mỗi đoàn không quá (\w+) \((\d+)\) người",
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần/năm",
    "max_countries_per_trip": r"đi không quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"không quá (\d+) ngày/nước",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
    "urgent": r"trường hợp đột xuất theo yêu cầu của phía bạn, chậm nhất (\w+) \((\d+)\) ngày làm việc",
}
COUNTRIES = {
    "Nhật Bản": "Nhật Bản", "I-xra-en": "I-xra-en", "Đại Hàn Dân Quốc": "Hàn Quốc", "Pháp": "Pháp",
    "I-ta-li-a": "I-ta-li-a", "Trung Hoa": "Trung Quốc", "Ô-xtrây-li-a": "Ô-xtrây-li-a", "Thái Lan": "Thái Lan",
    "Xinh-ga-po": "Xinh-ga-po", "Ma-lai-xi-a": "Ma-lai-xi-a", "Hà Lan": "Hà Lan", "Bỉ": "Bỉ", "Đức": "Đức",
    "Séc": "Séc", "Áo": "Áo", "Hung-ga-ri": "Hung-ga-ri", "Ba Lan": "Ba Lan", "Lào": "Lào",
    "Campuchia": "Campuchia", "Phi-líp-pin": "Phi-líp-pin", "Cu-ba": "Cu-ba", "Ấn Độ": "Ấn Độ",
}  # fmt: skip
"""A country as the first line of Điều 1 writes it → the label's name."""
MEMBER_FORMS = (
    re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>.+?), (?P<title>.+)[;.]$"),
    re.compile(r"^- (?:Ông|Bà) (?P<name>.+?), (?P<title>.+)[;.]$"),
    re.compile(r"^\d+\. (?P<name>.+?) - (?P<title>.+)$"),
)
RELATIVE = re.compile(r"\b(vợ|chồng|con|phu nhân|phu quân)\b")
CONSENT = "Thường trực Tỉnh ủy đã đồng ý"


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    article1: str
    funding: str
    urgent: bool


def read_members(article1: str) -> list[tuple[str, str]]:
    """(name, title) of each member line of Điều 1."""
    out = []
    for line in article1.splitlines():
        for form in MEMBER_FORMS:
            if m := form.match(line.strip()):
                out.append((m["name"], m["title"]))
                break
    return out


def read_decision(stem: str) -> Decision:
    body = GIA_LAI.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.M)
    period = re.search(rf"từ ngày ({st.SLASH}) đến (?:hết )?ngày ({st.SLASH})", body)
    assert number and period, stem
    article1 = body.split("Điều 1.", 1)[1].split("Điều 2.", 1)[0]
    issued = st.issue_date(body)
    assert issued < st.slash_date(period[1]), stem
    return Decision(
        number=number[1],
        issued=issued,
        submitted=st.submitted_on(body),
        article1=article1,
        members=read_members(article1),
        start=st.slash_date(period[1]),
        end=st.slash_date(period[2]),
        funding=body.split("Điều 2.", 1)[1].split("Điều 3.", 1)[0],
        urgent="đột xuất" in body,
    )


@cache
def decisions() -> dict[str, Decision]:
    return st.decisions_of(GIA_LAI, read_decision)


def key_unit(title: str) -> str | None:
    """The unit a member leads as a key leader under section 1 of the dispatch, else None."""
    unit = re.search(r"(Sở [^,;]+|phường [A-ZĐ]\w*(?: [A-ZĐ]\w*)*|Ban Quản lý Khu kinh tế tỉnh)", title)
    if "Bí thư Đảng ủy" in title:
        return unit[1] if unit else None
    if re.match(r"(Giám đốc Sở |Trưởng ban Ban Quản lý|Chủ tịch Ủy ban nhân dân (phường|xã) )", title):
        return unit[1] if unit else None
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number (two mistyped) and date, or by its date and issuer alone."""
    by_number = rf"Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"Quyết định ngày ({st.SLASH})"
    return st.one_trip_reports(GIA_LAI, decisions(), by_number, by_date, rf"từ ngày ({st.SLASH})")


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(GIA_LAI.text(DISPATCH), RULES, NUMBER_WORDS)


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip: an urgent one has the shorter lead, a training course no days-per-country limit, interpreters do
    not count, a firm named in Điều 1 or 2 funds or invites."""
    lim = limits()
    return {
        n: st.TripFacts.of(
            GIA_LAI,
            d,
            reports().get(n),
            key_unit,
            st.named_countries(d.article1.splitlines()[0], COUNTRIES),
            bool(re.search(r"Công ty|Tập đoàn", d.article1 + d.funding)),
            lim | {"submission_lead_working_days": lim["urgent"]} if d.urgent else lim,
            size=sum("phiên dịch" not in title for _, title in d.members),
            exempt=frozenset({"max_days_per_country"} if "khóa đào tạo" in d.article1 else ()),
        )
        for n, d in decisions().items()
    }


def with_relatives() -> set[st.FindingKey]:
    """A delegation with a relative of a member, unless the Thường trực Tỉnh ủy consented (said in the title)."""
    return {
        ("no_relatives_in_delegation", n, None)
        for n, d in decisions().items()
        if any(RELATIVE.search(title) and CONSENT not in title for _, title in d.members)
    }


def test_scenario_blind11_dispatch_states_each_limit() -> None:
    assert limits() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=7) | {"urgent": 5}
    assert f"Số: {GIA_LAI.expected()['dispatch']}\n" in GIA_LAI.text(DISPATCH)


def test_scenario_blind11_calendar_facts_the_labels_lean_on() -> None:
    """Tết, the swapped Monday 31/8 for the make-up Saturday, 24/11, 27/4, 30/4 and 1/5."""
    GIA_LAI.check_calendar(*(dt.date(2026, 2, d) for d in range(16, 21)), dt.date(2026, 8, 31))
    GIA_LAI.check_calendar(dt.date(2026, 11, 24), dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1))


def test_scenario_blind11_trips_are_the_decisions() -> None:
    st.check_trips(GIA_LAI, facts())
    assert len(decisions()) == 21 and max(len(d.members) for d in decisions().values()) >= 12


def test_scenario_blind11_reports_point_at_their_trips() -> None:
    """Each report names its trip's dates and comes after it; two numbers are mistyped, one decision cited by date."""
    assert st.linked_by_date(reports()) == {"187/BC-SNNMT", "76/BC-SYT", "101/BC-SVHTTDL"}
    assert {n for n, r in reports().items() if r.how != "number"} == {"1418/QĐ-UBND", "2570/QĐ-UBND", "1985/QĐ-UBND"}
    st.check_reports_tell_dates(GIA_LAI, facts(), rf"từ ngày ({st.SLASH}) đến (?:hết )?ngày ({st.SLASH})")
    for n, r in reports().items():
        text = GIA_LAI.text(GIA_LAI.report_stem(r.number))
        for day in (facts()[n].start, facts()[n].end, decisions()[n].issued):
            assert f"{day.day:02d}/{day.month if day.month > 2 else f'{day.month:02d}'}/{day.year}" in text, n
        assert r.dated > facts()[n].end, n


def test_scenario_blind11_boundaries() -> None:
    """Two reports on their deadline day, a lead at the limit among the traps, the reports not yet due."""
    deadline = {
        n: GIA_LAI.nth_working_day_after(f.end, limits()["report_deadline_working_days"]) for n, f in facts().items()
    }
    assert sum(r.dated == deadline[n] for n, r in reports().items()) >= 2
    traps = {
        t["decision_number"]
        for t in GIA_LAI.expected()["not_findings"]
        if t["rule_kind"] == "submission_lead_working_days"
    }
    assert {n for n, f in facts().items() if f.lead == limits()["submission_lead_working_days"]} & traps
    as_of = dt.date.fromisoformat(GIA_LAI.expected()["as_of"])
    assert [n for n in facts() if n not in reports() and deadline[n] >= as_of]
    keys = [name for f in facts().values() for name, unit in f.members if unit]
    assert limits()["max_trips_per_year"] in {keys.count(name) for name in keys}  # a key leader at the limit


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind11_labels_are_the_recomputed_findings(part: str) -> None:
    found = st.recompute(GIA_LAI, facts().values()) | with_relatives()
    st.check_labels(GIA_LAI, part, found, decisions(), findings=15, traps=37)
