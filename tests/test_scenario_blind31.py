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
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Cộng hòa Dân chủ Nhân dân Lào": "Lào",
    "Vương quốc Cam-pu-chia": "Cam-pu-chia",
    "Cộng hòa Xinh-ga-po": "Xinh-ga-po",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "Cộng hòa In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "Cộng hòa Ấn Độ": "Ấn Độ",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Hợp chúng quốc Hoa Kỳ": "Hoa Kỳ",
    "Ca-na-đa": "Ca-na-đa",
    "Cộng hòa Liên bang Đức": "Đức",
    "Cộng hòa Áo": "Áo",
    "Cộng hòa Séc": "Séc",
    "Hung-ga-ri": "Hung-ga-ri",
}
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
UNIT = "(?P<unit>" + "|".join(map(re.escape, HEADED)) + ")"
KEY_POSTS = (
    re.compile(rf"^(?:Tỉnh ủy viên, )?(?:Giám đốc|Hiệu trưởng|Chủ tịch Hội đồng thành viên|Chủ tịch) {UNIT}$"),
    re.compile(r"^Trưởng (?P<unit>ban Quản lý các khu kinh tế tỉnh)$"),
    re.compile(rf"^(?:Phó Giám đốc, )?Bí thư Đảng ủy(?:, Phó Giám đốc)? {UNIT}$"),
    re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<unit>(?:xã|phường) .+)$"),
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
    held = next(filter(None, (post.match(title) for post in KEY_POSTS)), None)
    return held["unit"] if held else None


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


def test_scenario_blind31_key_leader_follows_dieu_4() -> None:
    want = dict(row.split(" | ") for row in KEY_LEADERS.format(company=STATE_COMPANY).strip().split("\n"))
    assert {title: key_unit(title) or "-" for title in want} == want


SCOPE = (
    "Cán bộ chủ chốt quy định tại khoản 1 Điều này gồm: a) Giám đốc sở, Trưởng ban Quản lý các khu kinh tế tỉnh",
    "kể cả trường hợp bí thư đảng ủy là cấp phó của người đứng đầu",
    "trưởng phòng, chi cục trưởng, trưởng khoa và tương đương không thuộc diện cán bộ chủ chốt",
    "theo Kế hoạch số 18-KH/TU của Tỉnh ủy không tính vào số lần",
    "bằng kinh phí của chính doanh nghiệp không thuộc trường hợp này",
    "Hạn chế tổ chức đoàn đi nước ngoài vào dịp cuối năm",
)
"""The Quy định's sentences that draw the scope, the trip not counted, the state company's exception, the soft
line."""


def test_scenario_blind31_quy_dinh_words_its_scope_and_exceptions() -> None:
    text = st.squash(TUYEN_QUANG.text(QUY_DINH))
    assert [phrase for phrase in SCOPE if phrase not in text] == []
    assert sorted(n for n, d in trips().items() if d.course) == ["601/QĐ-UBND"]


def test_scenario_blind31_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert st.changes(decisions()) == {
        "671/QĐ-UBND": "640/QĐ-UBND",
        "745/QĐ-UBND": "690/QĐ-UBND",
        "1140/QĐ-UBND": "1101/QĐ-UBND",
    }
    assert (len(decisions()), len(trips()), len(decisions()["640/QĐ-UBND"].members)) == (29, 25, 15)
    moved = {n: (trips()[n].start, trips()[n].end) for n in ("690/QĐ-UBND", "1101/QĐ-UBND")}
    assert moved == {
        "690/QĐ-UBND": (dt.date(2026, 8, 17), dt.date(2026, 8, 22)),
        "1101/QĐ-UBND": (dt.date(2027, 1, 11), dt.date(2027, 1, 15)),
    }
    st.check_trips(TUYEN_QUANG, facts())
    st.check_bare_names(TUYEN_QUANG, rf"{HONORIFIC} ")


def test_scenario_blind31_three_issuers_four_layouts() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 24, "-QĐ/TU": 3, "/QĐ-ĐHTT": 2})
    layouts = Counter("annex" if ANNEXED in d.article1 else d.layout for d in trips().values())
    assert layouts == Counter(list=16, prose=5, table=3, annex=1)
    forms = {
        "qd-16-qd": "\nSố 16-QĐ/TU\n",  # the party's number has no colon
        "qd-95": "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
        "qd-402": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "bc-14-bc-sct": "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG",
    }
    assert all(form in TUYEN_QUANG.text(stem) for stem, form in forms.items())


def test_scenario_blind31_size_leaves_out_interpreters_not_drivers() -> None:
    left_out = {n: len(d.members) - size(d) for n, d in trips().items() if size(d) < len(d.members)}
    assert left_out == {
        n: 1
        for n in ("118/QĐ-UBND", "12-QĐ/TU", "16-QĐ/TU", "690/QĐ-UBND", "790/QĐ-UBND", "842/QĐ-UBND", "1032/QĐ-UBND")
    }
    titles = [title for _, title in trips()["861/QĐ-UBND"].members]
    assert (size(trips()["861/QĐ-UBND"]), sum(t.startswith("Lái xe") for t in titles)) == (5, 2)
    assert {n: size(trips()[n]) for n in ("12-QĐ/TU", "16-QĐ/TU", "790/QĐ-UBND", "1032/QĐ-UBND")} == {
        "12-QĐ/TU": 11,
        "16-QĐ/TU": 13,
        "790/QĐ-UBND": 10,
        "1032/QĐ-UBND": 9,
    }


def test_scenario_blind31_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["934/QĐ-UBND", "960/QĐ-UBND"]
    assert "làm việc với Tập đoàn Samsung Electronics" in trips()["455/QĐ-UBND"].article1
    own = trips()["880/QĐ-UBND"]
    outsider = ("Lê Văn A", "Phó Giám đốc Sở Nông nghiệp và Môi trường")
    assert f"do {STATE_COMPANY} chi trả" in own.funding
    assert (enterprise_pays(own), enterprise_pays(replace(own, members=[*own.members, outsider]))) == (False, True)


def test_scenario_blind31_country_lists_transit_and_road_trip() -> None:
    numbers = ("768/QĐ-UBND", "1032/QĐ-UBND", "861/QĐ-UBND", "1101/QĐ-UBND", "402/QĐ-UBND")
    assert {n: countries(trips()[n]) for n in numbers} == {
        "768/QĐ-UBND": {"Đức", "Áo", "Séc", "Hung-ga-ri"},
        "1032/QĐ-UBND": {"Ca-na-đa"},
        "861/QĐ-UBND": {"Lào", "Cam-pu-chia"},
        "1101/QĐ-UBND": {"Xinh-ga-po", "Ma-lai-xi-a", "In-đô-nê-xi-a"},
        "402/QĐ-UBND": {"Hàn Quốc"},
    }
    assert "các nước: Cộng hòa Liên bang Đức,\nCộng hòa Áo, Cộng hòa Séc\nvà Hung-ga-ri" in TUYEN_QUANG.text("qd-768")


def test_scenario_blind31_reports_link_and_two_need_more_than_the_cited_number() -> None:
    by_number = {r.number: r.decisions for r in reports().values()}
    assert len(by_number) == 21
    assert by_number["86/BC-ĐHTT"] == ("95/QĐ-ĐHTT", "104/QĐ-ĐHTT")
    assert by_number["49/BC-BQLKKT"] == ("690/QĐ-UBND",)  # it also cites the extension, 745
    assert st.linked_by_date(reports()) == {"77/BC-SCT", "121/BC-SCT"}
    mistyped, dated = TUYEN_QUANG.text("bc-08-bc-sct"), TUYEN_QUANG.text("bc-16-bc-sct")
    assert "506/QĐ-UBND" in mistyped and "506/QĐ-UBND" not in decisions() and "Quyết định số" not in dated
    assert sorted(set(trips()) - set(reports())) == ["1101/QĐ-UBND", "21-QĐ/TU", "842/QĐ-UBND"]
    told = {n: f for n, f in facts().items() if n != "104/QĐ-ĐHTT"}  # the joint report tells 95's dates first
    st.check_reports_tell_dates(TUYEN_QUANG, told, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind31_labels_are_the_recomputed_findings(part: str) -> None:
    found = st.recompute(TUYEN_QUANG, facts().values())
    st.check_labels(TUYEN_QUANG, part, found, set(decisions()), findings=17, traps=69)


LEADS = (
    ("118/QĐ-UBND", 15, (2026, 2, 6), (2026, 3, 9), 20),  # Tết 16–20/2 inside
    ("455/QĐ-UBND", 13, (2026, 4, 23), (2026, 5, 18), 16),  # 27/4, 30/4, 1/5 inside: a breach a weekday count misses
    ("790/QĐ-UBND", 15, (2026, 8, 19), (2026, 9, 14), 17),  # the make-up Saturday 22/8 worked, 31/8–2/9 off
    ("1032/QĐ-UBND", 15, (2026, 11, 5), (2026, 11, 30), 16),  # 24/11 off
    ("905/QĐ-UBND", 8, (2026, 9, 29), (2026, 10, 12), 8),
)
"""Decision, lead in working days, Tờ trình, departure, weekdays between."""
DUES = (
    ((2026, 4, 17), (2026, 4, 29)),  # 27/4 off
    ((2026, 7, 11), (2026, 7, 21)),  # a Saturday return
    ((2026, 8, 20), (2026, 8, 28)),  # the make-up Saturday worked
    ((2026, 8, 22), (2026, 9, 4)),  # 690's extended return, 31/8–2/9 off
    ((2026, 11, 13), (2026, 11, 25)),  # 24/11 off
    ((2026, 12, 11), (2026, 12, 22)),  # after the check date
)
"""Return and the seventh working day after it, the last day for the report."""


def test_scenario_blind31_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    TUYEN_QUANG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    for number, lead, submitted, departure, weekdays in LEADS:
        fact = facts()[number]
        assert (fact.lead, fact.start) == (lead, dt.date(*departure)), number
        assert st.weekdays_between(dt.date(*submitted), dt.date(*departure)) == weekdays, number
    assert [TUYEN_QUANG.nth_working_day_after(dt.date(*back), 7) for back, _ in DUES] == [dt.date(*d) for _, d in DUES]
    bare = TUYEN_QUANG.without_make_up()
    assert (
        bare.nth_working_day_after(dt.date(2026, 8, 20), 7),
        bare.lead(dt.date(2026, 8, 19), dt.date(2026, 9, 14)),
    ) == (
        dt.date(2026, 9, 3),
        14,
    )


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
