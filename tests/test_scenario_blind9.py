"""The Hải Phòng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand before congvan ran; a slip there would show as a false miss or extra
of congvan. Here every label is derived again as a reader of the texts would: the limits from the Quy định's words
(some without digits), key leaders from the title beside each name under its Điều 2 (a deputy is out), the
delegation's size without interpreters and reporters, trips from the decisions in three layouts (numbered list,
table, running text) with an amendment that moves the dates and adds a member, reports linked by the number they
cite or, when that number is no decision's, by the decision's date and the trip's start, and deadlines and leads in
working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

HAI_PHONG = st.ScenarioTexts("scenario_blind9", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH = "00-quy-dinh-09-qdi-tu"
NUMBER_WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10, "mười hai": 12}
RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"có không quá ([\w ]+?) người; phiên dịch và phóng viên đi theo đoàn",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá (\w+) nước",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) ngày, không kể thời gian đi và về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\d+) \((\w+)\) ngày làm việc kể từ ngày về nước",
}
NOT_COUNTED = ("phiên dịch", "phóng viên")
"""Who goes with a delegation without counting in its size (Điều 3 khoản 1)."""
KEY_POSTS = (
    ("Giám đốc Sở ", "Sở "),
    ("Trưởng ban Ban ", "Ban "),
    ("Trưởng Ban ", "Ban "),
    ("Chủ tịch Ủy ban nhân dân ", ""),
    ("Bí thư Đảng ủy ", ""),
)
"""A post Điều 2 makes a key leader's → the start of the unit it heads ("Phó …" fails each)."""


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    where: str
    funding: str
    invited_by_firm: bool


def read_members(body: str) -> list[tuple[str, str]]:
    """(name, title) of everyone Điều 1 sends, in any of the three forms the decisions use."""
    table = re.findall(r"^\d+ \| (.+?) \| (.+)$", body, re.M)
    listed = re.findall(r"^\d+\. (?:Ông|Bà|Đồng chí) ([^,]+), (.+?)[;.]$", body, re.M)
    if table or listed:
        return table or listed
    m = re.search(r"^Điều 1\. Cử ((?:ông|bà) .+?) đi công tác tại", body, re.M)
    parts = [re.fullmatch(r"(?:ông|bà) ([^,]+), (.+)", p) for p in re.split(r"; (?:và )?", m[1])] if m else []
    assert all(parts), body[:80]
    return [(p[1], p[2]) for p in parts if p]


def read_decision(stem: str) -> Decision:
    body = HAI_PHONG.text(stem)
    number = re.search(r"^Số:? (\S+)$", body, re.M)
    article1 = re.search(r"^Điều 1\. .+?(?=^Điều 2\.)", body, re.M | re.S)
    funding = re.search(r"^Điều 2\. (.+)$", body, re.M)
    assert number and article1 and funding, stem
    a1 = article1[0]
    period = re.search(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", a1)  # an amendment's new dates come first
    where = re.search(r"đi công tác tại (.+?) từ ngày", a1)
    amends = re.match(r"Điều 1\. Sửa đổi, bổ sung Điều 1 Quyết định số (\S+)", a1)
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        where=where[1] if where else "",
        members=[] if amends else read_members(body),
        start=st.slash_date(period[1]) if period else None,
        end=st.slash_date(period[2]) if period else None,
        funding=funding[1],
        invited_by_firm=bool(re.search(r"mời đích danh của Công ty", body)),
        amends=amends[1] if amends else None,
        added=re.findall(r"Bổ sung (?:ông|bà) ([^,]+), (.+?) vào danh sách", a1),
    )


# trips(): The trips, after the amendment that moves one trip's dates and adds a member.
decisions, trips = st.trip_readers(HAI_PHONG, read_decision)


def key_unit(title: str) -> str | None:
    """The unit a member leads as a key leader (Điều 2 of the Quy định), or None for a deputy or staff; a Phó Chủ
    tịch of the city's UBND leads the city."""
    for part in title.split(", "):
        for post, unit in KEY_POSTS:
            if part.startswith(post):
                return unit + part.removeprefix(post)
        if part.startswith("Phó Chủ tịch Ủy ban nhân dân thành phố"):
            return "thành phố"
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number and date (some numbers mistyped) or by its date alone."""
    by_number = rf"Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"Quyết định ngày ({st.SLASH}) của Chủ tịch"
    return st.one_trip_reports(HAI_PHONG, trips(), by_number, by_date, rf"đã đi .+? từ ngày ({st.SLASH})")


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(HAI_PHONG.text(QUY_DINH)), RULES, NUMBER_WORDS)


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip; an enterprise pays (Điều 2) or invites by name; interpreters and reporters do not count."""
    return {
        n: st.TripFacts.of(
            HAI_PHONG,
            d,
            reports().get(n),
            key_unit,
            set(re.split(r", | và ", d.where)),
            "Công ty" in d.funding or d.invited_by_firm,
            limits(),
            size=sum(not any(w in title for w in NOT_COUNTED) for _, title in d.members),
        )
        for n, d in trips().items()
    }


def test_scenario_blind9_calendar_is_the_packages() -> None:
    """The make-up Saturday and the days off the labels rely on are the holidays package's own."""
    days_off = ("02-16", "02-20", "04-27", "04-30", "05-01", "08-31", "11-24")
    HAI_PHONG.check_calendar(*(dt.date.fromisoformat(f"2026-{day}") for day in days_off))


def test_scenario_blind9_quy_dinh_states_each_limit() -> None:
    assert limits() == st.rule_limits(trips=2, size=12, days=5, countries=3, lead=10, report=7)
    assert not any("đột xuất" in HAI_PHONG.text(st.decision_stem(n)) for n in trips()), "no urgent lead applies"


def test_scenario_blind9_trips_are_the_decisions_after_the_amendment() -> None:
    st.check_trips(HAI_PHONG, facts())
    assert len(decisions()) == 21 and len(trips()) == 20
    assert [d.amends for d in decisions().values() if d.amends] == ["960/QĐ-UBND"]


def test_scenario_blind9_reports_tell_their_trips() -> None:
    """A report names its trip's dates, even when the decision number it cites is mistyped or absent."""
    assert st.linked_by_date(reports()) == {"22/BC-BQL", "77/BC-SYT", "96/BC-SCT", "131/BC-SVHTTDL"}
    st.check_reports_tell_dates(HAI_PHONG, facts(), rf"đã đi .+? từ ngày ({st.SLASH}) đến ngày ({st.SLASH})")


def test_scenario_blind9_traps_are_prose() -> None:
    """This scenario's traps are sentences (no keys to check against the findings): only their number is checked."""
    assert len(HAI_PHONG.expected()["not_findings"]) == 16
    assert all(isinstance(t, str) and ": " in t for t in HAI_PHONG.expected()["not_findings"])


@pytest.mark.parametrize("part", ("findings", "persons"))
def test_scenario_blind9_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(HAI_PHONG, part, st.recompute(HAI_PHONG, facts().values()), decisions(), findings=14, traps=0)
