"""The Quảng Ninh 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Chỉ thị's running prose (numbers in
words with and without digits, or digits alone), key leaders from the title beside each name under its scope sentence
(a cấp phó who is Bí thư Đảng ủy is in, a Phó Bí thư is out), trips from the decisions in three layouts (numbered
list, Danh sách table, running text) with a cancellation and two amendments applied, day trips through cửa khẩu Móng
Cái counted, places in China folded into one country, reports linked by the number they cite or, when they cite the
decision by its date and unit only, by that date and the trip's start, and deadlines and leads in working days (2026
holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

import pytest

from tests import scenario_texts as st

QN = st.ScenarioTexts("scenario_blind19", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-ct-03-ubnd"
NUMBER_WORDS = {"hai": 2, "năm": 5, "bảy": 7, "mười": 10}
WORDS = "|".join(NUMBER_WORDS)
RULES = {
    "max_trips_per_year": rf"Mỗi lãnh đạo chủ chốt đi công tác nước ngoài không quá (?P<w>{WORDS}) \((?P<d>\d+)\) lần",
    "max_delegation_size": rf"Mỗi đoàn công tác có tối đa (?P<w>{WORDS}) người, kể cả trưởng đoàn",
    "max_days_per_country": rf"không quá (?P<w>{WORDS}) \((?P<d>\d+)\) ngày tại mỗi nước, không kể thời gian đi đường",
    "max_countries_per_trip": r"mỗi chuyến đi không quá (?P<d>\d+) nước",
    "submission_lead_working_days": rf"chậm nhất (?P<w>{WORDS}) \((?P<d>\d+)\) ngày làm việc trước ngày dự kiến xuất",
    "report_deadline_working_days": rf"Trong thời hạn (?P<w>{WORDS}) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
"""Each limit's sentence: a number in words (`w`), in digits (`d`) or both, which must then agree."""
PLACES = {
    "Trung Quốc": ("Trung Quốc", "Quảng Tây", "Vân Nam", "Nam Ninh", "Đông Hưng", "Bằng Tường", "Phòng Thành Cảng"),
    "Hàn Quốc": ("Hàn Quốc", "Seoul", "Busan", "Incheon"),
    "Nhật Bản": ("Nhật Bản", "Kitakyushu", "Fukuoka"),
    "Mông Cổ": ("Mông Cổ", "Ulaanbaatar"),
}
"""A country → the words naming it or a place in it: provinces and cities of China are one country."""
PLACE_NAMES = {word: country for country, words in PLACES.items() for word in words}
LIST_MEMBER = re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+)(?:\tTrưởng đoàn)?$", re.MULTILINE)
KEY_POST = re.compile(
    r"^(?:Giám đốc (Sở .+)|Trưởng ban (Ban Quản lý Khu kinh tế tỉnh)|Bí thư Đảng ủy (.+)"
    r"|Chủ tịch Ủy ban nhân dân (.+))$"
)
"""A post the scope sentence makes a key leader's; every Phó (Giám đốc, Trưởng ban, Chủ tịch, Bí thư) fails it."""


Decision = st.FormDecision


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """The members the body lists (numbered or in a table), else those Điều 1 names in its running text ("Cử ông A,
    title (trưởng đoàn); bà B, title và ông C, title đi công tác tại …")."""
    listed = [(m["name"], m["title"]) for m in (*LIST_MEMBER.finditer(body), *TABLE_MEMBER.finditer(body))]
    if listed:
        return listed, "listed"
    return st.running_members(article1, "(?:ông|bà)"), "prose"


FORM = st.DecisionForm(
    QN,
    Decision,
    read_members,
    article1=r"^Điều 1\. .+$",
    where="(.+)",
    funding=r"^Điều 2\. (.+)$",
    amends=r"Điều 1\. Điều chỉnh .*?Quyết định số (\S+)",
    honorific="(?:ông|bà)",
)


def read_decision(stem: str) -> Decision:
    """A decision; a day trip ("đi và về trong ngày 12/3/2026") starts and ends that day; the list's count ("(Danh
    sách gồm 05 người)") is the members read."""
    d = FORM.read(stem)
    st.check_declared(QN.text(stem), r"\(Danh sách gồm (\d+) người\)", d.members, stem)
    day_trip = re.search(rf"đi và về trong ngày ({st.SLASH})", d.article1)
    if d.start or not day_trip:
        return d
    return replace(d, start=st.slash_date(day_trip[1]), end=st.slash_date(day_trip[1]))


decisions, trips = st.trip_readers(QN, read_decision)


def countries(d: Decision) -> set[str]:
    """The countries of the places Điều 1 sends the delegation to (between "đi công tác tại" and the purpose)."""
    m = re.search(r"đi công tác tại (.+?), để ", d.where)
    assert m, d.number
    return st.named_countries(m[1], PLACE_NAMES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (the scope sentence), or None."""
    for post in (p.strip() for p in title.split(",")):
        m = KEY_POST.match(post)
        if m:
            return next(g for g in m.groups() if g)
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision by number and date, or by its date and unit alone; a day trip's report names
    its one day ("trong ngày")."""
    by_number = rf"Thực hiện Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"Thực hiện Quyết định ngày ({st.SLASH}) của Chủ tịch"
    went = rf"(?:từ ngày|trong ngày) ({st.SLASH})"
    return st.one_trip_reports(QN, trips(), by_number, by_date, went)


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(QN.text(DISPATCH)), RULES, NUMBER_WORDS)


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(
        QN,
        trips(),
        reports(),
        key_unit,
        countries,
        lambda d: st.firm_acts(d.funding, ("mời", "đài thọ", "chi trả", "tài trợ")),
        limits(),
    )


def test_scenario_blind19_chi_thi_states_each_limit_in_its_prose() -> None:
    assert limits() == st.rule_limits(trips=2, size=10, days=5, countries=2, lead=10, report=7)
    text = st.squash(QN.text(DISPATCH))
    assert "Lãnh đạo chủ chốt theo Chỉ thị này gồm Giám đốc các sở, Trưởng ban Ban Quản lý Khu kinh tế tỉnh" in text
    assert "trừ trường hợp cấp phó đồng thời là Bí thư Đảng ủy của cơ quan, địa phương thì được tính là" in text
    assert "số lần được tính theo ngày xuất cảnh trong năm dương lịch, kể cả các chuyến đi trong ngày" in text
    assert "có hiệu lực thi hành kể từ ngày 15 tháng 01 năm 2026" in text
    assert "Điều" not in text and not re.search(r"^\d+\.", QN.text(DISPATCH), re.MULTILINE), "running prose"
    # numbers that are no limit of a trip
    for other in ("146 đoàn với 812 lượt người", "năm (05) ngày làm việc kể từ ngày nhập cảnh", "Định kỳ sáu (06)"):
        assert other in text
    assert all(d.start and d.start >= dt.date(2026, 1, 15) for d in trips().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc Sở Du lịch, Bí thư Đảng ủy Sở Du lịch", "Sở Du lịch"),
        ("Phó Chủ tịch Ủy ban nhân dân phường Móng Cái 1, Phó Bí thư Đảng ủy phường Móng Cái 1", None),
        ("Chủ tịch Ủy ban nhân dân đặc khu Cô Tô", "đặc khu Cô Tô"),
        ("Bí thư Đảng ủy đặc khu Cô Tô", "đặc khu Cô Tô"),
        ("Trưởng ban Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
        ("Phó Trưởng ban Ban Quản lý Khu kinh tế tỉnh", None),
        ("Trưởng phòng Quản lý thương mại, Sở Công Thương", None),
        ("Chuyên viên Phòng Lãnh sự, Sở Ngoại vụ (phiên dịch)", None),
    ],
)
def test_scenario_blind19_key_leader_follows_the_scope_sentence(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind19_trips_are_the_decisions_after_cancellation_and_amendments() -> None:
    st.check_trips(QN, facts())
    assert len(decisions()) == 25 and len(trips()) == 21
    day_trips = [n for n, d in trips().items() if d.start == d.end]
    assert sorted(day_trips) == ["190/QĐ-UBND", "357/QĐ-UBND"]


def test_scenario_blind19_layouts_and_signers_vary() -> None:
    bodies = [QN.text(f"qd-{n.split('/')[0]}") for n in trips()]
    listed = sum(bool(LIST_MEMBER.search(b)) for b in bodies)
    tabled = sum(bool(TABLE_MEMBER.search(b)) for b in bodies)
    assert listed >= 6 and tabled >= 4 and len(bodies) - listed - tabled >= 5
    assert any("\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" in b for b in bodies)
    assert any("\nCHỦ TỊCH\n\nĐào Trọng Khiêm" in b for b in bodies)


def test_scenario_blind19_reports_link_and_one_needs_more_than_a_number() -> None:
    assert len(reports()) == 18
    assert st.linked_by_date(reports()) == {"134/BC-UBND"}
    by_date = next(trips()[r.decisions[0]] for r in reports().values() if r.how != "number")
    assert sum(d.issued == by_date.issued for d in trips().values()) > 1, "the date alone does not tell the trip"


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind19_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(QN, part, st.recompute(QN, facts().values()), decisions(), findings=13, traps=52)


def test_scenario_blind19_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    lead = {n: f.lead for n, f in facts().items()}
    assert lead["142/QĐ-UBND"] == 10 and lead["336/QĐ-UBND"] == 10 and lead["214/QĐ-UBND"] == 7
    d = trips()["336/QĐ-UBND"]
    assert d.submitted and d.start and QN.without_make_up().lead(d.submitted, d.start) == 9
    lead_214 = trips()["214/QĐ-UBND"]
    assert lead_214.submitted and lead_214.start
    assert st.weekdays_between(lead_214.submitted, lead_214.start) == 10
    assert QN.working(dt.date(2026, 8, 22)) and not QN.working(dt.date(2026, 8, 31))
    assert QN.nth_working_day_after(dt.date(2026, 8, 14), 7) == dt.date(2026, 8, 24)
    assert QN.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert QN.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert QN.nth_working_day_after(dt.date(2026, 10, 30), 7) < reports()["372/QĐ-UBND"].dated
    assert QN.nth_working_day_after(dt.date(2026, 11, 26), 7) > dt.date.fromisoformat(QN.expected()["as_of"])


def test_scenario_blind19_every_text_has_its_scan() -> None:
    QN.check_scans(44, required=False)
