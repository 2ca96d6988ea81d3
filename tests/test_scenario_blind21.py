"""The Tây Ninh 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Tỉnh ủy
(Điều/khoản, words and digits) and the later Công văn of UBND tỉnh, which tightens the delegation size (the stricter,
later value wins) and restates the rest; key leaders from the title beside each name under Điều 2 khoản 3 (a cấp phó
who is Bí thư Đảng ủy of the same sở or hospital is in; deputies of a xã are out); trips from the decisions of four
issuers in three layouts (numbered list, ruled table, running prose) with a cancellation and an amendment applied;
reports linked by the number they cite or, when that number is no decision's, by the decision's date and the trip's
start; deadlines and leads in working days (holidays VN plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

TAY_NINH = st.ScenarioTexts("scenario_blind21", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-07-tu", "00-2-cv-386-ubnd"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"không quá (\d+) lần trong một năm",
    "max_delegation_size": r"không quá (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi đường",
    "max_countries_per_trip": r"Mỗi chuyến công tác không đi quá (\w+) nước",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
CV_RULES = {
    "max_trips_per_year": r"không quá (\w+) lần trong năm",
    "max_delegation_size": r"không quá (\d+) \((\w+)\) người, kể cả trưởng đoàn",
    "max_days_per_country": r"ở mỗi nước không quá (\d+) ngày \(không tính ngày đi và ngày về\)",
    "max_countries_per_trip": r"không đến quá (\d+) nước",
    "submission_lead_working_days": r"chậm nhất (\w+) ngày làm việc trước ngày xuất cảnh",
    "report_deadline_working_days": r"trong vòng (\w+) ngày làm việc sau khi về nước",
}
COUNTRIES = {
    "Cam-pu-chia": "Cam-pu-chia",
    "Thái Lan": "Thái Lan",
    "Xin-ga-po": "Xin-ga-po",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
}
"""A destination as Điều 1 writes it → the label's name; "Đài Loan (Trung Quốc)" is taken out first."""
TAIWAN = "Đài Loan (Trung Quốc)"
HONORIFIC = r"(?:Ông|Bà|ông|bà|đồng chí|BSCKII\.|TS\.BS\.|ThS\.BS\.|ThS\.|CN\.)"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    r"^\d+\t(?:(?:đồng chí|Ông|Bà) )?(?P<name>[^\t\n]+)\t"
    r"(?:(?:BSCKII|TS\.BS|ThS\.BS|ThS|CN)\t)?(?P<title>[^\t\n]+)(?:\t.*)?$",
    re.MULTILINE,
)
PROSE_MEMBER = re.compile(r"(?:ông|bà|đồng chí) (?P<name>[A-ZÂĐ][^(),]+?) \((?P<title>[^)]+)\)")
KEY_POSTS = (
    (re.compile(r"^(?:Phó )?Bí thư (?:Thường trực )?Tỉnh ủy$"), "Thường trực Tỉnh ủy"),
    (re.compile(r"^(?:Phó )?Chủ tịch UBND tỉnh$"), "Thường trực UBND tỉnh"),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy) (?P<unit>Sở .+|Bệnh viện.*)$"), None),
    (re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<unit>(?:xã|phường) .+)$"), None),
)
"""A post Điều 2 khoản 3 lists among key leaders, with its unit (khoản 2); None: the unit named in the post."""


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    where: str
    funding: str
    layout: str


def read_members(article1: str) -> tuple[list[tuple[str, str]], str]:
    for layout, pattern in (("list", LIST_MEMBER), ("table", TABLE_MEMBER)):
        found = [(m["name"], m["title"]) for m in pattern.finditer(article1)]
        if found:
            return found, layout
    first = article1.split("\n", 1)[0]
    return [(m["name"], m["title"].removesuffix(", trưởng đoàn")) for m in PROSE_MEMBER.finditer(first)], "prose"


def read_decision(stem: str) -> Decision:
    body = TAY_NINH.text(stem)
    number = re.search(r"^Số:? (\S+)\t", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. .+?(?=^Điều 2\. )", body, re.MULTILINE | re.DOTALL)
    assert number and article1, stem
    a1 = article1[0]
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.MULTILINE)
    where = re.search(r"đi công tác tại (.+?) (?:từ|trong) ngày", a1)
    period = re.search(rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})", a1)
    period = period or re.search(rf"trong ngày ({st.DASHED})()", a1)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", a1)
    amends = re.match(r"Điều 1\. Điều chỉnh thành phần đoàn tại Điều 1 Quyết định số ([^\s,]+)", a1)
    members, layout = ([], "") if cancels or amends else read_members(a1)
    st.check_declared(a1, r"Cử (?:đoàn cán bộ gồm )?(\d+) (?:cán bộ|đồng chí) có tên sau", members, stem)
    start = st.slash_date(period[1]) if period else None
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        where=where[1] if where else "",
        members=members,
        start=start,
        end=(st.slash_date(period[2]) if period[2] else start) if period else None,
        funding=funding[1] if funding else "",
        layout=layout,
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(r"không cử đồng chí ([^,]+),", a1),
        added=[(m[1], m[2]) for m in re.finditer(r"(?<!không )cử đồng chí ([^,]+), ([^;,]+?) tham gia đoàn", a1)],
    )


# trips(): The trips that took place: a cancellation and an amendment (a member withdrawn, one added at the end).
decisions, trips = st.trip_readers(TAY_NINH, read_decision)


def countries(d: Decision) -> set[str]:
    taiwan = {TAIWAN} if TAIWAN in d.where else set()
    return taiwan | st.named_countries(d.where.replace(TAIWAN, ""), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (Điều 2 khoản 3), or None."""
    for post in (p.strip() for p in title.split(",")):
        for pattern, unit in KEY_POSTS:
            m = pattern.match(post)
            if m:
                named = unit or m["unit"]
                return "Bệnh viện Đa khoa tỉnh" if named.startswith("Bệnh viện") else named
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number and date, or by its date alone; a day trip's report names its day."""
    by_number = rf"Thực hiện Quyết định số (\S+) ngày ({st.DASHED})"
    by_date = rf"Thực hiện Quyết định ngày ({st.DASHED})"
    return st.one_trip_reports(TAY_NINH, trips(), by_number, by_date, rf"(?:từ|trong) ngày ({st.DASHED})")


def stated(stem: str, rules: dict[str, str]) -> dict[str, int]:
    return st.stated_limits(st.squash(TAY_NINH.text(stem)), rules, WORDS)


@cache
def limits() -> dict[str, int]:
    """The Quy định's limits, each replaced by the later Công văn's where that is stricter."""
    qdi, cv = stated(QUY_DINH, QDI_RULES), stated(CONG_VAN, CV_RULES)
    return {k: max(qdi[k], cv[k]) if k == "submission_lead_working_days" else min(qdi[k], cv[k]) for k in qdi}


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(TAY_NINH, trips(), reports(), key_unit, countries, lambda d: st.firm_acts(d.funding), limits())


def test_scenario_blind21_later_cong_van_tightens_the_delegation_size_only() -> None:
    qdi, cv = stated(QUY_DINH, QDI_RULES), stated(CONG_VAN, CV_RULES)
    assert {k for k in qdi if qdi[k] != cv[k]} == {"max_delegation_size"}
    assert (qdi["max_delegation_size"], cv["max_delegation_size"]) == (10, 8)
    assert limits() == st.rule_limits(trips=2, size=8, days=5, countries=2, lead=10, report=7)
    assert st.issue_date(TAY_NINH.text(CONG_VAN)) == dt.date(2026, 2, 10)
    assert "Kể từ ngày ký văn bản này" in TAY_NINH.text(CONG_VAN)
    assert all(d.issued > dt.date(2026, 2, 10) for d in decisions().values())
    assert all(d.submitted > dt.date(2026, 2, 10) for d in trips().values() if d.submitted)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Bí thư Tỉnh ủy", "Thường trực Tỉnh ủy"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Thường trực Tỉnh ủy"),
        ("Chủ tịch UBND tỉnh", "Thường trực UBND tỉnh"),
        ("Phó Chủ tịch UBND tỉnh", "Thường trực UBND tỉnh"),
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện", "Bệnh viện Đa khoa tỉnh"),
        ("Giám đốc Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh"),
        ("Phó Giám đốc Bệnh viện", None),
        ("Bí thư Đảng ủy xã Bến Cầu", "xã Bến Cầu"),
        ("Chủ tịch UBND xã Bến Cầu", "xã Bến Cầu"),
        ("Phó Bí thư Đảng ủy, Phó Chủ tịch UBND xã Tân Biên", None),
        ("Bí thư Đảng ủy phường Tân An", "phường Tân An"),
        ("Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", None),
        ("Trưởng khoa Tim mạch", None),
        ("Trưởng phòng Hợp tác quốc tế, Văn phòng UBND tỉnh", None),
    ],
)
def test_scenario_blind21_key_leader_follows_dieu_2(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind21_quy_dinh_defines_key_leaders_and_units_in_its_own_words() -> None:
    text = st.squash(TAY_NINH.text(QUY_DINH))
    assert '"Lãnh đạo chủ chốt" là những người giữ một trong các chức vụ sau: Bí thư, Phó Bí thư Tỉnh ủy;' in text
    assert "đồng thời là Bí thư Đảng ủy của chính cơ quan, đơn vị đó thì được xác định là lãnh đạo chủ chốt" in text
    assert "Phó Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân xã, phường" in text
    assert "Thường trực Ủy ban nhân dân tỉnh (Chủ tịch và các Phó Chủ tịch); mỗi sở, ban, ngành tỉnh;" in text


def test_scenario_blind21_trips_are_the_decisions_after_cancellation_and_amendment() -> None:
    st.check_trips(TAY_NINH, facts())
    assert len(decisions()) == 25 and len(trips()) == 22
    st.check_bare_names(TAY_NINH, HONORIFIC + " ")


def test_scenario_blind21_issuers_and_layouts_vary() -> None:
    by_issuer = {suffix: sum(n.endswith(suffix) for n in decisions()) for suffix in ("UBND", "/TU", "SCT", "BVĐK")}
    assert by_issuer == {"UBND": 17, "/TU": 3, "SCT": 2, "BVĐK": 3}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 8 and layouts.count("table") >= 4 and layouts.count("prose") >= 5


def test_scenario_blind21_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    assert st.linked_by_date(reports()) == {"52/BC-UBND", "96/BC-VP"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind21_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(TAY_NINH, part, st.recompute(TAY_NINH, facts().values()), decisions(), findings=14, traps=65)


def test_scenario_blind21_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    lead = {n: f.lead for n, f in facts().items()}
    assert lead["512/QĐ-UBND"] == 8  # Tết 16–20/2 inside; 13 weekdays without the holidays
    assert lead["95/QĐ-SCT"] == 10 and lead["212/QĐ-SCT"] == 10
    assert lead["2187/QĐ-UBND"] == 4
    assert TAY_NINH.working(dt.date(2026, 8, 22)) and not TAY_NINH.working(dt.date(2026, 8, 31))
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 4, 18), 7) == dt.date(2026, 4, 29)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 4, 24), 7) == dt.date(2026, 5, 8)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 11, 26), 7) == dt.date(2026, 12, 7)


def test_scenario_blind21_every_text_has_its_scan() -> None:
    TAY_NINH.check_scans(46, required=True)
