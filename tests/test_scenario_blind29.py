"""The Nghệ An 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Tỉnh ủy
(Điều/khoản/điểm, numbers in words, in words and digits, or in digits only) and the later Kế hoạch of UBND tỉnh, which
allows five days in a country instead of seven for the delegations leaving from its date; whose trips a year count from
the key leaders the Quy định lists ("… gồm:": heads of sở, ban, the provincial hospital, university and state company;
Bí thư Đảng ủy and Chủ tịch UBND of a xã or phường; the units' party secretaries, deputies included; other deputies,
heads of centres under a sở, Ủy viên Ban Thường vụ and the province's leaders out), less the trips only to the twinned
Lao provinces; the delegation's size without drivers and interpreters; enterprise funding less a state company sending
its own people on its own money; trips from three issuers' decisions in five layouts with a cancellation, an extension
and a postponement applied; reports linked by the numbers they cite or, for a mistyped number or a date-only citation,
by the decision's date and the trip's start; deadlines and leads in working days (holidays VN with its make-up Saturday
22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st

NGHE_AN = st.ScenarioTexts("scenario_blind29", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, KE_HOACH = "00-1-qdi-12-tu", "00-2-kh-126-ubnd"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10, "mười hai": 12, "mười lăm": 15}
QDI_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm, tính theo năm dương lịch",
    "max_delegation_size": r"không quá (\w+(?: \w+)?) \((\d+)\) người, không kể lái xe và phiên dịch",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá (\w+) \((\d+)\) nước; nước quá cảnh không tính",
    "max_days_per_country": r"tại mỗi nước tối đa (\w+) ngày, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+(?: \w+)?) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\d+) ngày làm việc kể từ ngày về nước",
}
KH_RULES = {
    "max_delegation_size": r"Mỗi đoàn không quá (\d+) người \(không kể lái xe, phiên dịch\)",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể ngày đi và ngày về, thay cho",
    "report_deadline_working_days": r"chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
KH_FROM = r"Kể từ ngày (\d{1,2}/\d{1,2}/\d{4}), đối với các đoàn xuất cảnh từ ngày này"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Cộng hòa Dân chủ Nhân dân Lào": "Lào",
    "Thái Lan": "Thái Lan",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "I-xra-en": "I-xra-en",
    "Các Tiểu vương quốc Ả-rập Thống nhất": "UAE",
}
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is no destination."""
TWINNED = ("Xiêng Khoảng", "Hủa Phăn", "Bô-ly-khăm-xay")
"""The Lao provinces whose twinning trips Điều 3 khoản 4 does not count (when a trip goes nowhere else)."""
ACADEMIC = r"(?:PGS\.TS\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:Đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE4_MEMBER = re.compile(
    r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]+)$", re.MULTILINE
)
TABLE3_MEMBER = re.compile(
    r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: \(Trưởng đoàn\)| - Trưởng đoàn)?$", re.MULTILINE
)
UNITS = (
    r"(?P<unit>Sở Công Thương|Sở Y tế|Sở Nông nghiệp và Môi trường|Sở Văn hóa, Thể thao và Du lịch"
    r"|Sở Giáo dục và Đào tạo|Sở Tài chính|Sở Nội vụ|Ban Quản lý Khu kinh tế Đông Nam Nghệ An"
    r"|Bệnh viện Hữu nghị Đa khoa Nghệ An|Trường Đại học Y khoa Vinh|Công ty TNHH MTV Thủy lợi Sông Lam)"
    r"(?: tỉnh Nghệ An)?"
)
"""The units of Điều 3 khoản 2 điểm a (a sở, ban, the provincial hospital, university and state company)."""
KEY_POSTS = (
    re.compile(rf"^(?:Giám đốc|Trưởng|Hiệu trưởng|Chủ tịch Hội đồng thành viên) {UNITS}$"),
    re.compile(rf"^(?:Phó [^,]+, )?Bí thư Đảng ủy(?:, Phó [^,]+?)? {UNITS}$"),
    re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) (?P<unit>(?:xã|phường) [^,]+)$"),
)
"""Điều 3 khoản 2: a head of a unit of điểm a; its party secretary, a deputy or not (điểm c); the Bí thư Đảng ủy and the
Chủ tịch UBND of a xã or phường (điểm b)."""
FIRM = r"(?:Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYER = re.compile(rf"(?:do |mời đích danh của )(?P<firm>{FIRM}[^;,()]*?)(?: \([^)]*\))?(?: đài thọ| chi trả|;|$)")


Decision = st.FormDecision


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: numbered list (the party's with "Đồng chí"), ruled table of four
    columns (title = chức vụ + đơn vị) or three (title = "Chức vụ, đơn vị"; the party's annexed list), or prose."""
    listed = [(m["name"], m["title"]) for m in LIST_MEMBER.finditer(article1)]
    if listed:
        return listed, "party" if "Đồng chí" in article1 else "list"
    table = [(m["name"], f"{m['post']} {m['unit']}") for m in TABLE4_MEMBER.finditer(article1)]
    if table:
        return table, "table"
    table = [(m["name"], m["title"]) for m in TABLE3_MEMBER.finditer(body)]
    if table:
        return table, "annex" if "(có danh sách kèm theo)" in article1 else "table"
    span = re.search(r"^Điều 1\. Cử (.+?) đi công tác tại ", article1)
    assert span, article1[:80]
    return st.prose_members(span[1], rf"(?:ông|bà|{ACADEMIC})", r" \(trưởng đoàn\)"), "prose"


FORM = st.DecisionForm(
    NGHE_AN, Decision, read_members, declared=r"(?:Cử|gồm) (\d+) (?:người|đồng chí|cán bộ|viên chức)"
)
decisions, trips, reports = st.cited_trip_readers(NGHE_AN, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 3 khoản 2, or None (khoản 3: an Ủy viên
    Ban Thường vụ Tỉnh ủy is out whatever else the title says)."""
    if title.startswith("Ủy viên Ban Thường vụ Tỉnh ủy"):
        return None
    for pattern in KEY_POSTS:
        m = pattern.match(title)
        if m:
            return m["unit"]
    return None


def twinning(d: Decision) -> bool:
    """Điều 3 khoản 4: a trip only to the twinned Lao provinces; one that also goes elsewhere (Viêng Chăn) counts."""
    return countries(d) == {"Lào"} and "Viêng Chăn" not in d.where and any(p in d.where for p in TWINNED)


def counted(d: Decision) -> frozenset[str]:
    """Whose trips a year this trip counts: the key leaders, none on a twinning trip."""
    return frozenset() if twinning(d) else frozenset(name for name, title in d.members if key_unit(title))


def size(d: Decision) -> int:
    """The members the size limit counts: drivers and interpreters are not (Điều 4 khoản 1)."""
    return sum(not title.startswith(("Lái xe", "Phiên dịch")) for _, title in d.members)


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has a firm pay or invite by name (Điều 5); a clause that says "không"
    pays nothing, and a state company paying for its own people (every member's unit) is out."""
    for clause in re.split(r"; |\. ", d.funding):
        m = PAYER.search(clause)
        if m and not re.search(r"\bkhông\b", clause) and not all(t.endswith(m["firm"]) for _, t in d.members):
            return True
    return False


LIMITS = st.LaterLimits(
    NGHE_AN, WORDS, (QUY_DINH, QDI_RULES), (KE_HOACH, KH_RULES), KH_FROM, "start", ("max_days_per_country",)
)
"""The Quy định's limits, with the Kế hoạch's days in a country for the delegations departing from its date."""


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(
        NGHE_AN,
        trips(),
        reports(),
        key_unit,
        countries,
        enterprise_pays,
        LIMITS.of,
        counted=counted,
        size=size,
    )


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind29_ke_hoach_shortens_the_days_in_a_country_by_departure() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=12, days=7, countries=3, lead=15, report=10)
    values, since = LIMITS.amended()
    assert values == {"max_delegation_size": 12, "max_days_per_country": 5, "report_deadline_working_days": 10}
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 29))["max_days_per_country"] == 7
    assert LIMITS.on(dt.date(2026, 7, 1))["max_days_per_country"] == 5
    assert st.issue_date(NGHE_AN.text(QUY_DINH)) == dt.date(2026, 1, 15)
    assert st.issue_date(NGHE_AN.text(KE_HOACH)) == dt.date(2026, 6, 15)
    assert all(d.issued > dt.date(2026, 1, 15) for d in decisions().values())


def test_scenario_blind29_quy_dinh_words_limits_three_ways() -> None:
    """In words only ("bảy ngày"), in words and digits ("mười lăm (15)"), in digits only ("10 ngày làm việc"); the
    urgent lead (năm (05)) is no trip's."""
    text = st.squash(NGHE_AN.text(QUY_DINH))
    assert "tối đa bảy ngày" in text and "(07)" not in text
    assert "Chậm nhất sau 10 ngày làm việc" in text
    assert st.stated_limit(text, r"trường hợp đột xuất .+? chậm nhất (\w+) \((\d+)\) ngày làm việc", WORDS) == 5
    assert not any("đột xuất" in NGHE_AN.text(stem) for stem in NGHE_AN.stems("qd-"))


def test_scenario_blind29_the_key_leader_definition_runs_over_the_page_break() -> None:
    page1, page2 = NGHE_AN.text(QUY_DINH).split("\f")
    assert page1.rstrip().endswith("b) Bí thư đảng ủy, chủ tịch Ủy ban nhân dân xã, phường;")
    assert page2.startswith("c) Bí thư đảng ủy, bí thư chi bộ cơ sở")


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Giám đốc Sở Công Thương tỉnh Nghệ An", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Sở Y tế", "Sở Y tế"),
        ("Bí thư Đảng ủy, Phó Giám đốc Sở Y tế", "Sở Y tế"),
        ("Phó Giám đốc Sở Y tế", None),
        ("Giám đốc Bệnh viện Hữu nghị Đa khoa Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Hữu nghị Đa khoa Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"),
        ("Trưởng khoa Tim mạch, Bệnh viện Hữu nghị Đa khoa Nghệ An", None),
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Trưởng Ban Quản lý Khu kinh tế Đông Nam Nghệ An", "Ban Quản lý Khu kinh tế Đông Nam Nghệ An"),
        ("Phó Trưởng Ban Quản lý Khu kinh tế Đông Nam Nghệ An", None),
        ("Hiệu trưởng Trường Đại học Y khoa Vinh", "Trường Đại học Y khoa Vinh"),
        ("Phó Hiệu trưởng Trường Đại học Y khoa Vinh", None),
        ("Hiệu trưởng Trường THPT chuyên Phan Bội Châu", None),
        ("Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy lợi Sông Lam", "Công ty TNHH MTV Thủy lợi Sông Lam"),
        ("Phó Giám đốc Công ty TNHH MTV Thủy lợi Sông Lam", None),
        ("Chủ tịch UBND xã Mường Xén", "xã Mường Xén"),
        ("Chủ tịch Ủy ban nhân dân xã Mường Xén", "xã Mường Xén"),
        ("Chủ tịch UBND phường Cửa Lò", "phường Cửa Lò"),
        ("Phó Chủ tịch UBND phường Cửa Lò", None),
        ("Bí thư Đảng ủy phường Trường Vinh", "phường Trường Vinh"),
        ("Phó Bí thư Đảng ủy xã Mường Xén", None),
        ("Bí thư Chi bộ bản Xiềng Tắm, xã Nậm Cắn", None),
        ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", None),
        ("Phó Chủ tịch UBND tỉnh", None),
        ("Phó Chánh Văn phòng UBND tỉnh", None),
    ],
)
def test_scenario_blind29_key_leader_follows_dieu_3(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind29_quy_dinh_words_its_scope_and_exceptions() -> None:
    text = st.squash(NGHE_AN.text(QUY_DINH))
    assert "Cán bộ lãnh đạo chủ chốt quy định tại khoản 1 Điều này gồm: a) Người đứng đầu các sở, ban, ngành" in text
    assert "kể cả trường hợp bí thư là cấp phó của người đứng đầu cơ quan, đơn vị" in text
    assert "trung tâm và đơn vị tương đương trực thuộc sở, ban, ngành (trừ bệnh viện tuyến tỉnh)" in text
    assert "Ủy viên Ban Thường vụ Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh, lãnh đạo Ủy ban nhân dân tỉnh" in text
    assert "chuyến đi có đến địa bàn khác (kể cả Thủ đô Viêng Chăn) vẫn được tính" in text
    assert "bằng kinh phí của doanh nghiệp không thuộc trường hợp này" in text
    assert "Không bố trí hai (02) cán bộ lãnh đạo chủ chốt của cùng một cơ quan, đơn vị, địa phương" in text
    assert {n for n, d in trips().items() if twinning(d)} == {"702/QĐ-UBND", "735/QĐ-UBND", "196-QĐ/TU"}
    assert not twinning(trips()["1562/QĐ-UBND"]) and not twinning(trips()["1230/QĐ-UBND"])


def test_scenario_blind29_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 29 and len(trips()) == 25
    assert st.changes(decisions()) == {
        "1150/QĐ-UBND": "1010/QĐ-UBND",
        "1395/QĐ-UBND": "1230/QĐ-UBND",
        "2015/QĐ-UBND": "1880/QĐ-UBND",
    }
    assert (len(decisions()["1010/QĐ-UBND"].members), size(decisions()["1010/QĐ-UBND"])) == (15, 14)
    assert trips()["1230/QĐ-UBND"].end == dt.date(2026, 7, 26)
    assert trips()["1880/QĐ-UBND"].start == dt.date(2027, 1, 11)
    st.check_trips(NGHE_AN, facts())
    st.check_bare_names(NGHE_AN, rf"{HONORIFIC} ")


def test_scenario_blind29_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-UBND", "-QĐ/TU", "/QĐ-ĐHYKV")}
    assert by_issuer == {"/QĐ-UBND": 25, "-QĐ/TU": 3, "/QĐ-ĐHYKV": 1}
    layouts = [d.layout for d in trips().values()]
    assert {lay: layouts.count(lay) for lay in set(layouts)} == {
        "list": 11,
        "prose": 6,
        "table": 5,
        "party": 2,
        "annex": 1,
    }
    assert re.search(r"^Số 118-QĐ/TU$", NGHE_AN.text("qd-118-qd"), re.MULTILINE), "the party form has no colon"
    assert "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" in NGHE_AN.text("qd-186")


def test_scenario_blind29_size_leaves_out_drivers_and_interpreters() -> None:
    assert {n: (len(d.members), size(d)) for n, d in trips().items() if size(d) != len(d.members)} == {
        "118-QĐ/TU": (14, 13),
        "611/QĐ-UBND": (5, 4),
        "702/QĐ-UBND": (3, 2),
        "735/QĐ-UBND": (3, 2),
        "1230/QĐ-UBND": (3, 2),
        "1562/QĐ-UBND": (4, 3),
        "1760/QĐ-UBND": (13, 12),
        "196-QĐ/TU": (14, 12),
    }


def test_scenario_blind29_funding_names_firms_that_do_not_pay() -> None:
    paid = {n for n, d in trips().items() if enterprise_pays(d)}
    assert paid == {"1405/QĐ-UBND", "1640/QĐ-UBND"}
    assert "không đài thọ kinh phí cho đoàn" in trips()["402/QĐ-UBND"].funding
    assert "không mời đích danh và không chi trả" in trips()["1068/QĐ-UBND"].funding
    own = trips()["1790/QĐ-UBND"]
    assert "do Công ty TNHH MTV Thủy lợi Sông Lam chi trả" in own.funding
    others = replace(own, members=[*own.members, ("Lê Văn A", "Phó Giám đốc Sở Nông nghiệp và Môi trường")])
    assert not enterprise_pays(own) and enterprise_pays(others), "a firm paying for others' people is a firm paying"


def test_scenario_blind29_transit_and_lao_places() -> None:
    assert countries(trips()["1790/QĐ-UBND"]) == {"I-xra-en"}
    assert "Các Tiểu vương quốc Ả-rập Thống nhất" in trips()["1790/QĐ-UBND"].where
    assert countries(trips()["1562/QĐ-UBND"]) == {"Lào"}
    assert countries(trips()["1725/QĐ-UBND"]) == {"Nhật Bản", "Hàn Quốc", "Trung Quốc"}
    assert len(countries(trips()["1280/QĐ-UBND"])) == 4


def test_scenario_blind29_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 21
    assert st.linked_by_date(reports()) == {"66/BC-SNNMT", "44/BC-KKT"}
    assert linked["66/BC-SNNMT"].decisions == ("1562/QĐ-UBND",)
    assert "1526/QĐ-UBND" in NGHE_AN.text("bc-16-bc-snnmt") and "1526/QĐ-UBND" not in decisions()
    assert "Quyết định số" not in NGHE_AN.text("bc-13-bc-kkt")
    assert linked["88/BC-ĐHYKV"].decisions == ("412/QĐ-ĐHYKV", "1498/QĐ-UBND")
    assert linked["27/BC-UBND"].decisions == ("1230/QĐ-UBND",)
    assert set(trips()) - set(reports()) == {"1802/QĐ-UBND", "1880/QĐ-UBND", "231-QĐ/TU"}
    st.check_reports_tell_dates(
        NGHE_AN,
        {n: f for n, f in facts().items() if n != "1498/QĐ-UBND"},
        rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})",
    )


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind29_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(NGHE_AN, part, st.recompute(NGHE_AN, facts().values()), set(decisions()), findings=16, traps=55)


def test_scenario_blind29_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    NGHE_AN.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("402/QĐ-UBND") == 15  # Tết 16–20/2 inside
    assert lead("790/QĐ-UBND") == 13  # 27/4, 30/4, 1/5 inside
    assert st.weekdays_between(dt.date(2026, 4, 16), dt.date(2026, 5, 11)) == 16
    assert lead("1498/QĐ-UBND") == 15  # the make-up Saturday 22/8 counted, 31/8–2/9 off
    assert NGHE_AN.without_make_up().lead(dt.date(2026, 8, 10), dt.date(2026, 9, 3)) == 14
    assert lead("231-QĐ/TU") == 15  # 24/11 off
    assert lead("1790/QĐ-UBND") == 13
    assert NGHE_AN.lead(dt.date(2026, 11, 2), dt.date(2026, 12, 7)) == 23  # 1880 to its first departure
    returns_and_dues = {
        (2, 6): (2, 27),  # Tết 16–20/2 off
        (4, 16): (5, 5),  # 27/4, 30/4, 1/5 off
        (6, 26): (7, 10),
        (7, 6): (7, 20),
        (7, 23): (8, 6),
        (7, 26): (8, 7),
        (8, 16): (8, 27),  # the make-up Saturday 22/8 worked
        (8, 28): (9, 16),  # 31/8–2/9 off
        (9, 25): (10, 9),
        (11, 13): (11, 30),  # 24/11 off
        (11, 14): (11, 30),
        (12, 11): (12, 25),
    }
    for back, due in returns_and_dues.items():
        assert NGHE_AN.nth_working_day_after(dt.date(2026, *back), 10) == dt.date(2026, *due), back


def test_scenario_blind29_every_text_has_its_scan() -> None:
    NGHE_AN.check_scans(52, required=False)


def test_scenario_blind29_labels_hang_on_the_definitions() -> None:
    """A reader who counts the twinning trips flags Tiến and Thành early; one who lets a trip to Viêng Chăn pass as
    twinning misses Tiến; one who applies the Kế hoạch's five days by the return date flags 1122; one who counts
    drivers and interpreters gets two more size findings; one who merges the two Nguyễn Văn Hùng by name flags him."""
    found = st.recompute(NGHE_AN, facts().values())

    def changed(how: dict[str, dict[str, Any]]) -> set[st.FindingKey]:
        return st.recompute(NGHE_AN, [replace(f, **how.get(n, {})) for n, f in facts().items()])

    every_trip = {n: {"counted": frozenset(m for m, u in f.members if u)} for n, f in facts().items()}
    assert changed(every_trip) - found == {
        ("max_trips_per_year", "1562/QĐ-UBND", "Hồ Văn Tiến"),
        ("max_trips_per_year", "196-QĐ/TU", "Vi Văn Thành"),
    }
    assert found - changed({"1562/QĐ-UBND": {"counted": frozenset()}}) == {
        ("max_trips_per_year", "1760/QĐ-UBND", "Hồ Văn Tiến")
    }
    by_return = {n: {"limits": LIMITS.on(f.end)} for n, f in facts().items()}
    assert changed(by_return) - found == {("max_days_per_country", "1122/QĐ-UBND", None)}
    everyone = {n: {"size": None} for n in facts()}
    assert changed(everyone) - found == {
        ("max_delegation_size", "1760/QĐ-UBND", None),
        ("max_delegation_size", "196-QĐ/TU", None),
    }
    one_hung = {n: {"counted": counted(trips()[n]) | {"Nguyễn Văn Hùng"}} for n in ("1280/QĐ-UBND", "1760/QĐ-UBND")}
    assert changed(one_hung) - found == {
        ("max_trips_per_year", "1760/QĐ-UBND", "Nguyễn Văn Hùng"),
        ("max_trips_per_year", "231-QĐ/TU", "Nguyễn Văn Hùng"),
    }
