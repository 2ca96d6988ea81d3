"""The Khánh Hòa 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the dispatch's words and digits, key
leaders from the title beside each name under the dispatch's definition (a deputy who is Bí thư đảng ủy is in, a
hospital director is out), trips from the decisions with a cancellation and two amendments applied, reports linked
by the number they cite or, when that number is no decision's, by the decision's date and the trip's start, and
deadlines and leads in working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

KHANH_HOA = st.ScenarioTexts("scenario_blind14", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-qd-05-2026-ubnd"
NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "mười": 10}
RULE_SENTENCES = {
    "max_trips_per_year": r"Lãnh đạo chủ chốt chỉ được đi công tác nước ngoài tối đa (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không được vượt quá (\w+) \((\d+)\) người, kể cả trưởng đoàn và phiên dịch",
    "max_days_per_country": r"mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá (\w+) \((\d+)\) nước",
    "submission_lead_working_days": r"chậm nhất là (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
COUNTRIES = {
    "Hà Lan": "Hà Lan",
    "Nhật Bản": "Nhật Bản",
    "Xinh-ga-po": "Xinh-ga-po",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "Trung Quốc": "Trung Quốc",
    "Trung Hoa": "Trung Quốc",
    "Thái Lan": "Thái Lan",
    "Lào": "Lào",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Đức": "Đức",
    "Pháp": "Pháp",
    "Bỉ": "Bỉ",
    "Liên bang Nga": "Liên bang Nga",
    "Ấn Độ": "Ấn Độ",
    "Campuchia": "Campuchia",
}
"""A country as the decision's Điều 1 writes it → the label's name."""
MEMBER_LINE = re.compile(
    r"^(?:\d+\. |- )(?:Ông|Bà) (?P<name>[^,]+?)(?:, | - )(?P<title>.+?)(?: - Trưởng đoàn| \(Trưởng đoàn\))?;$"
    r"|^\d+\t(?:Ông|Bà) (?P<tname>[^\t]+)\t(?P<ttitle>[^\t]+)\t",
    re.MULTILINE,
)
HEAD_POST = re.compile(
    r"^(?:Giám đốc (Sở .+)|Trưởng (Ban Quản lý Khu kinh tế .+)|Bí thư (?:Đảng ủy|đảng ủy|Chi bộ|chi bộ) (.+)"
    r"|Chủ tịch (?:UBND|Ủy ban nhân dân) ((?:xã|phường|đặc khu) .+))$"
)
"""A post the dispatch's Điều 3.2 lists among key leaders; every deputy ("Phó …") and a head of a hospital, centre
or school fails it."""


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    where: str
    funding: str


def read_decision(stem: str) -> Decision:
    body = KHANH_HOA.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. (.+)$", body, re.MULTILINE)
    assert number and article1, stem
    period = re.search(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", body)
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.MULTILINE)
    cancels = re.match(r"Hủy bỏ Quyết định số (\S+)", article1[1])
    amends = re.match(r"Điều chỉnh .*?Quyết định số (\S+)", article1[1])
    members = [(m["name"] or m["tname"], m["title"] or m["ttitle"]) for m in MEMBER_LINE.finditer(body)]
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        where=article1[1],
        members=members,
        start=st.slash_date(period[1]) if period else None,
        end=st.slash_date(period[2]) if period else None,
        funding=funding[1] if funding else "",
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(r"không cử (?:ông|bà) ([^,]+),", article1[1]),
    )


# trips(): The trips that took place, after a cancellation and two amendments (a member withdrawn, dates moved).
decisions, trips = st.trip_readers(KHANH_HOA, read_decision)


def key_unit(title: str) -> str | None:
    """The unit a key leader heads (by the dispatch's definition), or None for anyone else."""
    posts = [p.strip() for p in title.split(",")]
    for post in posts:
        m = HEAD_POST.match(post)
        if not m:
            continue
        unit = next(g for g in m.groups() if g)
        if unit == "Sở":  # "Phó Giám đốc Sở Y tế, Bí thư Đảng ủy Sở": the sở named by the other post
            named = [s for p in posts for s in re.findall(r"Sở [^,]+", p) if s != "Sở"]
            assert len(set(named)) == 1, title
            unit = named[0]
        return unit
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number and date; a mistyped number, or the date alone, is linked by that date
    and the trip's start."""
    by_number = rf"Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"Quyết định ngày ({st.SLASH}) của Chủ tịch Ủy ban nhân dân tỉnh"
    return st.one_trip_reports(KHANH_HOA, trips(), by_number, by_date)


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(KHANH_HOA.text(DISPATCH)), RULE_SENTENCES, NUMBER_WORDS)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(
        KHANH_HOA, trips(), reports(), key_unit, countries, lambda d: st.payer_is_enterprise(d.funding), limits()
    )


def test_scenario_blind14_dispatch_states_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=10, days=4, countries=3, lead=7, report=10)
    text = st.squash(KHANH_HOA.text(DISPATCH))
    assert "Lãnh đạo chủ chốt trong Quy chế này là người đứng đầu cấp ủy" in text
    deputy_secretary = "cấp phó đồng thời giữ chức Bí thư đảng ủy của cơ quan, đơn vị thì vẫn được xác định là"
    assert f"{deputy_secretary} lãnh đạo chủ chốt" in text


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Y tế, Bí thư Đảng ủy Sở", "Sở Y tế"),
        ("Bí thư Đảng ủy Sở Y tế, Phó Giám đốc Sở Y tế", "Sở Y tế"),
        ("Phó Giám đốc Sở Y tế, Phó Bí thư Đảng ủy Sở", None),
        ("Giám đốc Bệnh viện Đa khoa tỉnh", None),
        ("Bí thư Đảng ủy phường Cam Ranh", "phường Cam Ranh"),
        ("Chủ tịch UBND phường Bắc Cam Ranh", "phường Bắc Cam Ranh"),
        ("Phó Bí thư Thường trực Đảng ủy xã Ninh Hải", None),
        ("Phó Chủ tịch UBND tỉnh", None),
        ("Trưởng Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu kinh tế Vân Phong"),
        ("Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong", None),
        ("Trưởng phòng Quản lý thương mại, Sở Công Thương", None),
    ],
)
def test_scenario_blind14_key_leader_follows_the_dispatch_definition(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind14_trips_are_the_decisions_after_cancellation_and_amendments() -> None:
    st.check_trips(KHANH_HOA, facts())
    assert len(decisions()) == 26 and len(trips()) == 22


def test_scenario_blind14_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    assert st.linked_by_date(reports()) == {"52/BC-SCT", "44/BC-SVHTTDL"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind14_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(KHANH_HOA, part, st.recompute(KHANH_HOA, facts().values()), decisions(), findings=13, traps=48)


def test_scenario_blind14_every_text_has_its_scan() -> None:
    KHANH_HOA.check_scans(46, required=False)
