"""The Tuyên Quang 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định 09-QĐi/TU of Ban Thường vụ
Tỉnh ủy (numbers in words and digits) and the later Công văn 3120/UBND-NC of UBND tỉnh, which lowers the delegation's
size from twelve to nine for the delegations departing from its date; whose trips a year count from the cán bộ chủ chốt
the Quy định lists ("… gồm:": heads of sở and ban, the provincial hospital, the university, a state company and a mass
organisation; Bí thư Đảng ủy and Chủ tịch UBND of a xã or phường; the units' party secretaries, deputies included;
other deputies, heads of phòng, Ủy viên Ban Thường vụ and the province's leaders out), less the courses of Kế hoạch
18-KH/TU; the size without interpreters (drivers count); enterprise funding less a state company sending its own people
on its own money; trips from three issuers' decisions in four layouts with a cancellation, an extension and a
postponement applied; reports linked by the numbers they cite or, for a mistyped number or a date-only citation, by the
decision's date and the trip's start; deadlines and leads in working days (holidays VN, make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

TUYEN_QUANG = st.ScenarioTexts("scenario_blind31", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-09-tu", "00-2-cv-3120-ubnd"
WORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "chín": 9, "mười hai": 12, "mười lăm": 15}
QD_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong một năm dương lịch",
    "max_delegation_size": r"Số thành viên mỗi đoàn không vượt quá (\w+ \w+) \((\d+)\) người \(không kể phiên dịch\)",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) \((\d+)\) quốc gia, vùng lãnh thổ; nước quá cảnh",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày tại mỗi nước, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
CV_RULES = {
    "max_delegation_size": r"có số thành viên không quá (\w+) \((\d+)\) người \(không kể phiên dịch\), thay cho"
}
CV_REPLACES = r"thay cho (\w+ \w+) \((\d+)\) người quy định tại khoản 1 Điều 5"
LIMITS = st.LaterLimits(
    TUYEN_QUANG,
    WORDS,
    (QUY_DINH, QD_RULES),
    (CONG_VAN, CV_RULES),
    rf"Kể từ ngày ({st.SLASH}), các đoàn xuất cảnh từ ngày này",
    "start",
    ("max_delegation_size",),
)
NAMED = (
    ("Nhật Bản", "Nhật Bản"),
    ("Trung Quốc", "Trung Quốc"),
    ("Hàn Quốc", "Hàn Quốc", "Đại Hàn Dân Quốc"),
    ("Lào", "Cộng hòa Dân chủ Nhân dân Lào"),
    ("Cam-pu-chia", "Vương quốc Cam-pu-chia"),
    ("Xinh-ga-po", "Cộng hòa Xinh-ga-po"),
    ("Ma-lai-xi-a", "Ma-lai-xi-a"),
    ("In-đô-nê-xi-a", "Cộng hòa In-đô-nê-xi-a"),
    ("Ấn Độ", "Cộng hòa Ấn Độ"),
    ("Ô-xtrây-li-a", "Ô-xtrây-li-a"),
    ("Hoa Kỳ", "Hợp chúng quốc Hoa Kỳ"),
    ("Ca-na-đa", "Ca-na-đa"),
    ("Đức", "Cộng hòa Liên bang Đức"),
    ("Áo", "Cộng hòa Áo"),
    ("Séc", "Cộng hòa Séc"),
    ("Hung-ga-ri", "Hung-ga-ri"),
)
COUNTRIES = {written: label for label, *forms in NAMED for written in forms}
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is no destination."""
HONORIFIC = r"(?:Ông|Bà|ông|bà|Đồng chí|(?:TS|ThS)\.)"
NUMBERED = re.compile(
    rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?:, Trưởng đoàn| - Trưởng đoàn)?[;.]$", re.MULTILINE
)
ROW = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+)\t(?P<unit>[^\t\n]+)$", re.MULTILINE)
ANNEXED = "(có danh sách kèm theo)"
STATE_COMPANY = "Công ty TNHH MTV Khai thác thủy lợi Tuyên Quang"
HEADED = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Tài chính",
    "Bệnh viện Đa khoa tỉnh Tuyên Quang",
    "Trường Đại học Tân Trào",
    STATE_COMPANY,
    "Hội Nông dân tỉnh",
)
HEADS = "|".join(map(re.escape, HEADED))
KEY_TITLE = re.compile(
    rf"^(?:Tỉnh ủy viên, )?(?:Giám đốc|Hiệu trưởng|Chủ tịch Hội đồng thành viên|Chủ tịch) (?P<head>{HEADS})$"
    r"|^Trưởng (?P<board>ban Quản lý các khu kinh tế tỉnh)$"
    rf"|^(?:Phó Giám đốc, )?Bí thư Đảng ủy(?:, Phó Giám đốc)? (?P<secretary>{HEADS})$"
    r"|^(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<local>(?:xã|phường) .+)$"
)
"""Điều 4 khoản 2: the head of a unit of điểm a (the Ban Quản lý's head is titled "Trưởng ban"); its party secretary,
a deputy or not (điểm c); the Bí thư Đảng ủy and the Chủ tịch UBND of a xã or phường (điểm b)."""


@dataclass(kw_only=True)
class Decision(st.FormDecision):
    @property
    def course(self) -> bool:
        """A course under Kế hoạch 18-KH/TU, which Điều 4 khoản 4 leaves out of the trips a year."""
        return "khóa bồi dưỡng" in self.article1 and "Kế hoạch số 18-KH/TU" in self.article1


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """A numbered list (the party's with "Đồng chí"), a ruled table in Điều 1 or annexed after the signature, or
    prose."""
    return st.members_and_layout(article1, NUMBERED, ROW, HONORIFIC, body if ANNEXED in article1 else None)


FORM = st.DecisionForm(
    TUYEN_QUANG,
    Decision,
    read_members,
    where=r"(?s)đi công tác tại (.+?) từ ngày",
    declared=r"(?:gồm|Cử) (\d+) (?:người|đồng chí|cán bộ|viên chức)",
)
decisions, trips, reports = st.cited_trip_readers(TUYEN_QUANG, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", st.squash(d.where)), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which this title makes its holder a cán bộ chủ chốt (Điều 4 khoản 2), None when khoản 3 leaves
    it out."""
    held = KEY_TITLE.match(title)
    return next(unit for unit in held.groups() if unit) if held else None


def counted(d: Decision) -> frozenset[str]:
    return frozenset() if d.course else frozenset(name for name, title in d.members if key_unit(title))


def size(d: Decision) -> int:
    """Members less interpreters: Điều 5 khoản 1 and the Công văn leave out only "phiên dịch", not drivers."""
    return sum(not title.startswith("Phiên dịch") for _, title in d.members)


def enterprise_pays(d: Decision) -> bool:
    """A firm pays or invites by name (Điều 6), unless the state company pays for its own people only."""
    named = st.firm_acts(d.funding, ("mời đích danh", "đài thọ", "chi trả"))
    own = STATE_COMPANY in d.funding and all(STATE_COMPANY in title for _, title in d.members)
    return named and not own


@cache
def facts() -> dict[str, st.TripFacts]:
    readers = (key_unit, countries, enterprise_pays, LIMITS.of)
    return st.facts_of(TUYEN_QUANG, trips(), reports(), *readers, counted=counted, size=size)


def test_scenario_blind31_cong_van_lowers_the_size_by_departure() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=12, days=4, countries=3, lead=15, report=7)
    assert LIMITS.amended() == ({"max_delegation_size": 9}, dt.date(2026, 8, 1))
    assert LIMITS.on(dt.date(2026, 7, 31))["max_delegation_size"] == 12
    assert LIMITS.on(dt.date(2026, 8, 1))["max_delegation_size"] == 9
    cv = st.squash(TUYEN_QUANG.text(CONG_VAN))
    assert st.stated_limit(cv, CV_REPLACES, WORDS) == LIMITS.base()["max_delegation_size"]
    assert st.issue_date(TUYEN_QUANG.text(QUY_DINH)) == dt.date(2026, 1, 12)
    assert st.issue_date(TUYEN_QUANG.text(CONG_VAN)) == dt.date(2026, 7, 15)
    assert all(d.issued > dt.date(2026, 1, 12) for d in decisions().values())


def test_scenario_blind31_rules_word_limits_in_words_and_in_digits() -> None:
    """Words with digits in the Quy định ("mười lăm (15)"); the urgent lead ("05") is no trip's; the Công văn restates
    countries, days and the report in digits only, beside decoy figures."""
    text = st.squash(TUYEN_QUANG.text(QUY_DINH))
    assert st.stated_limit(text, r"trường hợp đột xuất .+?, chậm nhất (\d+) ngày làm việc", WORDS) == 5
    assert not any("đột xuất" in TUYEN_QUANG.text(stem) for stem in TUYEN_QUANG.stems("qd-"))
    cv = st.squash(TUYEN_QUANG.text(CONG_VAN))
    assert "không quá 03 nước, không quá 04 ngày tại mỗi nước; báo cáo kết quả chậm nhất 07 ngày làm việc" in cv
    assert "58 đoàn với 406 lượt người" in cv and "có 9 đoàn báo cáo kết quả chậm" in cv
    page1, page2 = TUYEN_QUANG.text(QUY_DINH).split("\f")
    assert "Điều 5." in page1 and page2.startswith("\nĐiều 6. Kinh phí")


KEY_LEADERS = """
Giám đốc Sở Công Thương | Sở Công Thương
Tỉnh ủy viên, Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Phó Giám đốc, Bí thư Đảng ủy Sở Công Thương | Sở Công Thương
Bí thư Đảng ủy, Phó Giám đốc Sở Công Thương | Sở Công Thương
Trưởng phòng Quản lý thương mại, Sở Công Thương | -
Phó Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại | -
Chi cục trưởng Chi cục Kiểm lâm, Sở Nông nghiệp và Môi trường | -
Giám đốc Bệnh viện Đa khoa tỉnh Tuyên Quang | Bệnh viện Đa khoa tỉnh Tuyên Quang
Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Tuyên Quang | Bệnh viện Đa khoa tỉnh Tuyên Quang
Trưởng khoa Ngoại tổng hợp, Bệnh viện Đa khoa tỉnh Tuyên Quang | -
Hiệu trưởng Trường Đại học Tân Trào | Trường Đại học Tân Trào
Phó Hiệu trưởng Trường Đại học Tân Trào | -
Trưởng ban Quản lý các khu kinh tế tỉnh | ban Quản lý các khu kinh tế tỉnh
Phó Trưởng ban Quản lý các khu kinh tế tỉnh | -
Phó Trưởng ban Ban Quản lý các khu kinh tế tỉnh | -
Chủ tịch Hội đồng thành viên {company} | {company}
Phó Giám đốc {company} | -
Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh | Hội Nông dân tỉnh
Phó Chủ tịch Hội Nông dân tỉnh | -
Bí thư Đảng ủy xã Thanh Thủy | xã Thanh Thủy
Chủ tịch UBND xã Thanh Thủy | xã Thanh Thủy
Phó Chủ tịch UBND xã Thanh Thủy | -
Phó Bí thư Thường trực Đảng ủy phường Hà Giang 1 | -
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | -
Phó Chủ tịch UBND tỉnh | -
Phó Trưởng phòng Quản lý ngân sách Sở Tài chính | -
"""
"""Titles as the decisions write them | the unit of which Điều 4 khoản 2 makes the holder a key leader ("-": none);
{company}: the state company's name."""


SCOPE = """
Cán bộ chủ chốt quy định tại khoản 1 Điều này gồm: a) Giám đốc sở, Trưởng ban Quản lý các khu kinh tế tỉnh
kể cả trường hợp bí thư đảng ủy là cấp phó của người đứng đầu
trưởng phòng, chi cục trưởng, trưởng khoa và tương đương không thuộc diện cán bộ chủ chốt
theo Kế hoạch số 18-KH/TU của Tỉnh ủy không tính vào số lần
bằng kinh phí của chính doanh nghiệp không thuộc trường hợp này
Hạn chế tổ chức đoàn đi nước ngoài vào dịp cuối năm
"""
"""The Quy định's sentences, a line each, that draw the scope, the trip not counted, the state company's exception
and the soft line on the end of the year."""


def test_scenario_blind31_scope_is_the_quy_dinh_s_and_titles_follow_dieu_4() -> None:
    rows = [row.split(" | ") for row in KEY_LEADERS.format(company=STATE_COMPANY).strip().splitlines()]
    assert [(title, key_unit(title)) for title, unit in rows if (key_unit(title) or "-") != unit] == []
    text = st.squash(TUYEN_QUANG.text(QUY_DINH))
    assert all(sentence in text for sentence in SCOPE.strip().splitlines())
    assert [n for n, d in trips().items() if d.course] == ["601/QĐ-UBND"]


CHANGED = {
    "671/QĐ-UBND": ("640/QĐ-UBND", None),
    "745/QĐ-UBND": ("690/QĐ-UBND", "2026-08-17 2026-08-22"),
    "1140/QĐ-UBND": ("1101/QĐ-UBND", "2027-01-11 2027-01-15"),
}
"""Each decision that changes an earlier one → that one and the trip's dates after the change (None: cancelled)."""


def test_scenario_blind31_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert st.changes(decisions()) == {n: first for n, (first, _) in CHANGED.items()}
    for first, dates in CHANGED.values():
        trip = trips().get(first)
        assert (f"{trip.start} {trip.end}" if trip else None) == dates, first
    sends = [n for n, d in decisions().items() if d.members]
    assert (len(sends), len(trips()), len(decisions()["640/QĐ-UBND"].members)) == (26, 25, 15)
    st.check_trips(TUYEN_QUANG, facts())
    st.check_bare_names(TUYEN_QUANG, rf"{HONORIFIC} ")


FORMS = (
    ("qd-16-qd", "\nSố 16-QĐ/TU\n"),  # the party's number has no colon
    ("qd-95", "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"),
    ("qd-402", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ("qd-690", "\nCHỦ TỊCH\nMa Văn Quyết\n"),
    ("bc-14-bc-sct", "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG"),
)


def test_scenario_blind31_three_issuers_four_layouts() -> None:
    issuers = Counter(re.sub(r"^\d+", "", n) for n in decisions())
    layouts = Counter("annex" if ANNEXED in d.article1 else d.layout for d in trips().values())
    assert (issuers, layouts) == (
        Counter({"/QĐ-UBND": 24, "-QĐ/TU": 3, "/QĐ-ĐHTT": 2}),
        Counter(list=16, prose=5, table=3, annex=1),
    )
    assert [stem for stem, form in FORMS if form not in TUYEN_QUANG.text(stem)] == []


def test_scenario_blind31_size_leaves_out_interpreters_not_drivers() -> None:
    """(members listed, members counted) where they differ, and the road trip whose two drivers count."""
    differ = {n: (len(d.members), size(d)) for n, d in trips().items() if size(d) != len(d.members)}
    assert differ == {
        "118/QĐ-UBND": (4, 3),
        "12-QĐ/TU": (12, 11),
        "16-QĐ/TU": (14, 13),
        "690/QĐ-UBND": (6, 5),
        "790/QĐ-UBND": (11, 10),
        "842/QĐ-UBND": (4, 3),
        "1032/QĐ-UBND": (10, 9),
    }
    road = trips()["861/QĐ-UBND"]
    assert size(road) == 5 and [t.split(",")[0] for _, t in road.members].count("Lái xe") == 2


def test_scenario_blind31_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    paid = {n for n, d in trips().items() if enterprise_pays(d)}
    visited = {n for n, d in trips().items() if re.search(r"làm việc với (?:Tập đoàn|Công ty)", d.article1)}
    assert (paid, visited) == ({"934/QĐ-UBND", "960/QĐ-UBND"}, {"455/QĐ-UBND", "560/QĐ-UBND"})
    company = trips()["880/QĐ-UBND"]
    joined = replace(company, members=[*company.members, ("Lê Văn A", "Phó Giám đốc Sở Tài chính")])
    assert f"do {STATE_COMPANY} chi trả" in company.funding
    assert not enterprise_pays(company) and enterprise_pays(joined)


@pytest.mark.parametrize(
    ("number", "named"),
    [
        ("768/QĐ-UBND", "Đức Áo Séc Hung-ga-ri"),
        ("1032/QĐ-UBND", "Ca-na-đa"),
        ("861/QĐ-UBND", "Lào Cam-pu-chia"),
        ("1101/QĐ-UBND", "Xinh-ga-po Ma-lai-xi-a In-đô-nê-xi-a"),
        ("402/QĐ-UBND", "Hàn Quốc"),
    ],
)
def test_scenario_blind31_country_lists_transit_and_road_trip(number: str, named: str) -> None:
    """Four countries over three lines, a transit that is no destination, two by road, three exactly, a long name."""
    assert countries(trips()[number]) == set(re.findall(r"Hàn Quốc|\S+", named))


def test_scenario_blind31_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: (r.decisions, r.how) for r in reports().values()}
    assert len(linked) == 21 and sorted(set(trips()) - set(reports())) == ["1101/QĐ-UBND", "21-QĐ/TU", "842/QĐ-UBND"]
    assert {n: v for n, v in linked.items() if len(v[0]) > 1 or v[1] != "number" or n.startswith("49/")} == {
        "86/BC-ĐHTT": (("95/QĐ-ĐHTT", "104/QĐ-ĐHTT"), "number"),
        "49/BC-BQLKKT": (("690/QĐ-UBND",), "number"),  # it also cites the extension, 745
        "77/BC-SCT": (("560/QĐ-UBND",), "date and trip"),  # cites "506/QĐ-UBND"
        "121/BC-SCT": (("861/QĐ-UBND",), "date and trip"),  # cites "Quyết định ngày 24/9/2026" only
    }
    assert "506/QĐ-UBND" not in decisions() and "Quyết định số" not in TUYEN_QUANG.text("bc-16-bc-sct")
    told = {n: f for n, f in facts().items() if n != "104/QĐ-ĐHTT"}  # the joint report tells 95's dates first
    st.check_reports_tell_dates(TUYEN_QUANG, told, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind31_labels_are_the_recomputed_findings(part: str) -> None:
    found = st.recompute(TUYEN_QUANG, facts().values())
    st.check_labels(TUYEN_QUANG, part, found, set(decisions()), findings=17, traps=69)


LEADS = {
    "118/QĐ-UBND": (15, 20),  # Tết 16–20/2 inside
    "455/QĐ-UBND": (13, 16),  # 27/4, 30/4, 1/5 inside: a breach a weekday count misses
    "790/QĐ-UBND": (15, 17),  # the make-up Saturday 22/8 worked, 31/8–2/9 off
    "1032/QĐ-UBND": (15, 16),  # 24/11 off
    "905/QĐ-UBND": (8, 8),
    "12-QĐ/TU": (15, 15),
}
"""Decision → its lead in working days and the weekdays between its Tờ trình and the departure."""
DUES = {
    "2026-04-17": "2026-04-29",  # 27/4 off
    "2026-07-11": "2026-07-21",  # a Saturday return
    "2026-08-20": "2026-08-28",  # the make-up Saturday worked
    "2026-08-22": "2026-09-04",  # 690's extended return, 31/8–2/9 off
    "2026-11-13": "2026-11-25",  # 24/11 off
    "2026-12-11": "2026-12-22",  # after the check date
}
"""A return → the seventh working day after it, the last day for the report."""


def test_scenario_blind31_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    TUYEN_QUANG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    got = {
        n: (facts()[n].lead, st.weekdays_between(trips()[n].submitted or facts()[n].start, facts()[n].start))
        for n in LEADS
    }
    assert got == LEADS
    due = {back: TUYEN_QUANG.nth_working_day_after(dt.date.fromisoformat(back), 7).isoformat() for back in DUES}
    assert due == DUES
    bare = TUYEN_QUANG.without_make_up()
    assert bare.nth_working_day_after(dt.date(2026, 8, 20), 7) == dt.date(2026, 9, 3)
    assert bare.lead(dt.date(2026, 8, 19), dt.date(2026, 9, 14)) == 14


def test_scenario_blind31_every_text_has_its_scan() -> None:
    TUYEN_QUANG.check_scans(52, required=False)


def misread(changes: Mapping[str, Mapping[str, Any]]) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader who takes some trips' facts otherwise (`changes`: decision → facts) flags beyond the labels, and
    what of the labels it loses."""
    labelled = {st.label_key(f) for f in TUYEN_QUANG.expected()["findings"]}
    theirs = st.recompute(TUYEN_QUANG, [replace(f, **changes.get(n, {})) for n, f in facts().items()])
    return theirs - labelled, labelled - theirs


def test_scenario_blind31_labels_hang_on_the_definitions() -> None:
    """A reader who counts the course flags Chứ a trip early; one who applies the Công văn's nine to every trip flags
    the April party delegation, and one who skips it loses September's; one who forgets the make-up Saturday loses a
    late report and flags a lead of exactly fifteen; one who merges the two Nguyễn Văn Bình flags the Phó Trưởng
    phòng; one who counts weekdays misses the lead across 27/4–1/5."""
    course = facts()["601/QĐ-UBND"]
    assert misread({course.number: {"counted": frozenset(m for m, u in course.members if u)}}) == (
        {("max_trips_per_year", "905/QĐ-UBND", "Giàng Seo Chứ")},
        set(),
    )
    nine = {n: {"limits": {**f.limits, "max_delegation_size": 9}} for n, f in facts().items()}
    assert misread(nine) == ({("max_delegation_size", "12-QĐ/TU", None)}, set())
    twelve = {n: {"limits": LIMITS.of(d, amended=False)} for n, d in trips().items()}
    assert misread(twelve) == (set(), {("max_delegation_size", "790/QĐ-UBND", None)})
    bare = TUYEN_QUANG.without_make_up()
    assert misread({"790/QĐ-UBND": {"lead": bare.lead(dt.date(2026, 8, 19), dt.date(2026, 9, 14))}}) == (
        {("submission_lead_working_days", "790/QĐ-UBND", None)},
        set(),
    )
    late = next(t for t in TUYEN_QUANG.expected()["trips"] if t["decision_number"] == "702/QĐ-UBND")
    assert (TUYEN_QUANG.report_late(late, 7), bare.report_late(late, 7)) == (True, False)
    merged = counted(trips()["1032/QĐ-UBND"]) | {"Nguyễn Văn Bình"}
    assert misread({"1032/QĐ-UBND": {"counted": merged}}) == (
        {("max_trips_per_year", "1032/QĐ-UBND", "Nguyễn Văn Bình")},
        set(),
    )
    weekdays = st.weekdays_between(dt.date(2026, 4, 23), dt.date(2026, 5, 18))
    assert misread({"455/QĐ-UBND": {"lead": weekdays}}) == (
        set(),
        {("submission_lead_working_days", "455/QĐ-UBND", None)},
    )
