"""The Bộ Giáo dục và Đào tạo 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without
congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Bộ trưởng's Chỉ thị (numbered
sections and points; numbers in words and digits, digits and words, or digits only) and the later Công văn of Văn
phòng Bộ, which asks twenty working days for the file instead of fifteen from the departures of its date; whose trips
a year count from the key leaders the Chỉ thị lists ("… gồm:": heads of vụ, cục, the Văn phòng and the Thanh tra, of
universities and institutes but not of schools, of the Bộ's company and the Công đoàn; the units' party secretaries,
deputies included; Thứ trưởng, other deputies, Phó Bí thư, heads of khoa and phòng, the Chánh Văn phòng Đảng ủy Bộ
out), less the Olympiad team trips; the delegation's size without interpreters (drivers count); enterprise funding less
the Bộ's company sending its own people on its own money; trips from four issuers' decisions in four layouts with a
cancellation, an extension and a postponement applied; reports linked by the numbers they cite or, for a mistyped
number or a date-only citation, by the decision's date and the trip's start; deadlines and leads in working days
(holidays VN with its make-up Saturday 22/8/2026)."""

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

BGDDT = st.ScenarioTexts("scenario_blind32", frozenset({dt.date(2026, 8, 22)}))
CHI_THI, CONG_VAN = "00-1-ct-05-bgddt", "00-2-cv-1857-vp"
NUMBER_WORDS = {"hai": 2, "ba": 3, "bảy": 7, "tám": 8, "mười lăm": 15}
SENTENCES = r"""
Chỉ thị => max_trips_per_year => Cán bộ chủ chốt đi công tác nước ngoài không quá (\w+) \((\d+)\) lần/năm
Chỉ thị => max_delegation_size => Mỗi đoàn không quá (\w+) \((\d+)\) người; người làm nhiệm vụ phiên dịch
Chỉ thị => max_countries_per_trip => Mỗi chuyến công tác không quá (\w+) \((\d+)\) nước \(không tính nước quá cảnh\)
Chỉ thị => max_days_per_country => thời gian làm việc không quá (\d+) ngày tại mỗi nước, không kể thời gian đi đường
Chỉ thị => submission_lead_working_days => chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh
Chỉ thị => report_deadline_working_days => Trong thời hạn (\d+) \((\w+)\) ngày làm việc kể từ ngày về nước
Công văn => submission_lead_working_days => chậm nhất (\d+) ngày làm việc trước ngày dự kiến xuất cảnh, thay cho
Công văn => report_deadline_working_days => trong thời hạn (\d+) ngày làm việc kể từ ngày về nước
Công văn => max_delegation_size => mỗi đoàn không quá (\d+) người \(không tính phiên dịch\)
Công văn => max_countries_per_trip => không quá (\d+) nước\.
"""
"""Each rule document, a rule kind it states, and the pattern of its sentence (groups: the number in words, digits)."""


def sentences(document: str) -> dict[str, str]:
    rows = (line.split(" => ") for line in SENTENCES.strip().split("\n"))
    return {kind: pattern for doc, kind, pattern in rows if doc == document}


LIMITS = st.LaterLimits(
    texts=BGDDT,
    words=NUMBER_WORDS,
    first=(CHI_THI, sentences("Chỉ thị")),
    later=(CONG_VAN, sentences("Công văn")),
    since=rf"Kể từ ngày ({st.SLASH}), đối với các đoàn dự kiến xuất cảnh từ ngày này",
    by="start",
    changed=("submission_lead_working_days",),
)
"""The Chỉ thị's limits; the Công văn's file lead for the departures from its date (the others it restates as they
were)."""

STATE_NAMES = """
Hàn Quốc | Hàn Quốc
Trung Quốc | Trung Quốc
Nhật Bản | Nhật Bản
Xinh-ga-po | Xinh-ga-po
Ô-xtrây-li-a | Ô-xtrây-li-a
Hoa Kỳ | Hoa Kỳ
Ca-na-đa | Ca-na-đa
nước Cộng hòa Dân chủ Nhân dân Lào | Lào
Cộng hòa Ấn Độ | Ấn Độ
Vương quốc Thái Lan | Thái Lan
Vương quốc Campuchia | Campuchia
Vương quốc Anh | Anh
Cộng hòa Pháp | Pháp
Cộng hòa Liên bang Đức | Đức
Cộng hòa Phần Lan | Phần Lan
Vương quốc Thụy Điển | Thụy Điển
Vương quốc Đan Mạch | Đan Mạch
Vương quốc Na Uy | Na Uy
"""
COUNTRIES = dict(line.split(" | ") for line in STATE_NAMES.strip().split("\n"))
"""A state as the decisions write it → the label's name. A transit ("quá cảnh tại …") and a border gate named in the
same sentence are no destination."""

TITLED = r"(?:Ông|Bà|ông|bà|Đồng chí|(?:GS|PGS|TS|ThS)\.(?:TS\.)?)"
"""What the decisions write before a member's name: an honorific, the party's "Đồng chí", or học hàm/học vị."""
LISTED = re.compile(rf"^\d+\. {TITLED} (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[;.]$", re.M)
RULED = re.compile(rf"^\d+\t(?:{TITLED} )?(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+)\t(?P<unit>[^\t\n]+)$", re.M)

HEADED_UNIT = (
    r"(?P<unit>Trường Đại học (?:Sư phạm Hà Nội|Cần Thơ)|Đại học Bách khoa Hà Nội"
    r"|Viện Khoa học Giáo dục Việt Nam|Nhà xuất bản Giáo dục Việt Nam)"
)
"""The units of 2.a tiết (ii) and (iii) that have a party committee: a school under the Bộ is not among them."""
SERVICES = (
    r"(?P<unit>Vụ Giáo dục (?:Đại học|Phổ thông)"
    r"|Cục (?:Hợp tác quốc tế|Quản lý chất lượng|Nhà giáo và Cán bộ quản lý giáo dục))"
)
DEPUTY = r"(?:Phó Hiệu trưởng|Phó Giám đốc|Phó Viện trưởng|Phó Tổng Giám đốc)"
KEY_TITLES = (
    re.compile(rf"^(?:Vụ trưởng|Cục trưởng) {SERVICES}$"),
    re.compile(r"^Chánh (?P<unit>Văn phòng Bộ|Thanh tra Bộ)$"),
    re.compile(
        rf"^(?:Phó Bí thư Đảng ủy, )?(?:Chủ tịch hội đồng trường|Hiệu trưởng|Giám đốc|Viện trưởng"
        rf"|Chủ tịch Hội đồng thành viên|Tổng Giám đốc) {HEADED_UNIT}$"
    ),
    re.compile(r"^Chủ tịch (?P<unit>Công đoàn Giáo dục Việt Nam)$"),
    re.compile(rf"^(?:{DEPUTY}, )?Bí thư Đảng ủy(?:, {DEPUTY})? {HEADED_UNIT}$"),
)
"""2.a: tiết (i) heads of a vụ or cục, the Chánh Văn phòng and Chánh Thanh tra; (ii)–(iii) heads of a university, an
institute or the Bộ's company (a head who is also Phó Bí thư is still its head), the Chủ tịch of the Công đoàn; (iv) a
unit's Bí thư Đảng ủy, in either order with the deputy post he or she also holds. A title is read whole: the unit is
written once, after both posts."""
PUBLISHER = "Nhà xuất bản Giáo dục Việt Nam"


@dataclass(kw_only=True)
class Decision(st.FormDecision):
    """A decision of this scenario; what only these texts say is read from Điều 1."""

    @property
    def olympiad(self) -> bool:
        """Leading the students' team to an Olympiad, which 2.a does not count in the trips a year."""
        return "dẫn đội tuyển học sinh Việt Nam dự thi Olympic" in st.squash(self.article1)


def members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """Numbered list ("party" when its members are "Đồng chí"), ruled table, or prose ("(trưởng đoàn)")."""
    found, layout = st.members_and_layout(article1, LISTED, RULED, TITLED)
    return found, "party" if layout == "list" and "Đồng chí" in article1 else layout


FORM = st.DecisionForm(
    BGDDT,
    Decision,
    members,
    where=r"(?s)đi công tác tại (?:các nước:\s*)?(.+?)\s+từ ngày",
    declared=r"(?:gồm|Cử) (\d+) (?:người|đồng chí|cán bộ|công chức|viên chức|người lao động)",
)
decisions, trips, reports = st.cited_trip_readers(BGDDT, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (2.a), None when the Chỉ thị leaves it out."""
    return next((m["unit"] for m in (p.match(title) for p in KEY_TITLES) if m), None)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", st.squash(d.where)), COUNTRIES)


def counted(d: Decision) -> frozenset[str]:
    return frozenset() if d.olympiad else frozenset(name for name, title in d.members if key_unit(title))


def size(d: Decision) -> int:
    """2.c: interpreters are not counted; drivers of a road trip are."""
    return sum(not title.startswith("Phiên dịch") for _, title in d.members)


def enterprise_pays(d: Decision) -> bool:
    """2.đ: a firm organises, pays or invites by name — unless the Bộ's company pays for its own people alone."""
    paid = st.firm_acts(d.funding, ("tổ chức", "đài thọ", "chi trả", "mời")) or "mời đích danh của Công ty" in d.funding
    by_publisher = f"{PUBLISHER} chi trả" in d.funding or f"do {PUBLISHER} chi trả" in d.funding
    own = by_publisher and all(title.endswith(PUBLISHER) for _, title in d.members)
    return (paid or by_publisher) and not own


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(
        BGDDT, trips(), reports(), key_unit, countries, enterprise_pays, LIMITS.of, counted=counted, size=size
    )


def test_scenario_blind32_cong_van_raises_the_lead_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=8, days=6, countries=3, lead=15, report=7)
    later, since = LIMITS.amended()
    assert since == dt.date(2026, 8, 1)
    assert later == {
        "submission_lead_working_days": 20,
        "report_deadline_working_days": 7,
        "max_delegation_size": 8,
        "max_countries_per_trip": 3,
    }
    assert LIMITS.on(dt.date(2026, 7, 31))["submission_lead_working_days"] == 15
    assert LIMITS.on(dt.date(2026, 8, 1))["submission_lead_working_days"] == 20
    assert LIMITS.on(dt.date(2026, 9, 1), amended=False)["submission_lead_working_days"] == 15
    assert (st.issue_date(BGDDT.text(CHI_THI)), st.issue_date(BGDDT.text(CONG_VAN))) == (
        dt.date(2026, 1, 12),
        dt.date(2026, 7, 15),
    )


def test_scenario_blind32_chi_thi_words_its_numbers_three_ways_and_the_cong_van_has_decoys() -> None:
    """Words then digits ("hai (02)"), digits then words ("07 (bảy)"), digits alone ("06 ngày"); the Công văn's own
    counts of the half year are no limits."""
    ct, cv = st.squash(BGDDT.text(CHI_THI)), st.squash(BGDDT.text(CONG_VAN))
    assert "Trong thời hạn 07 (bảy) ngày làm việc" in ct and "không quá 06 ngày tại mỗi nước" in ct
    assert "196 đoàn với 1.042 lượt" in ct and "17 đoàn chưa gửi báo cáo" in ct
    assert "38 đoàn với 214 lượt người; có 9 hồ sơ gửi chậm" in cv and "4 báo cáo kết quả" in cv
    assert "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG" in BGDDT.text(CONG_VAN)


def test_scenario_blind32_chi_thi_runs_over_a_page_break() -> None:
    page1, page2 = BGDDT.text(CHI_THI).split("\f")
    assert "2. Về thành phần" in page1 and page2.startswith("3. Về hồ sơ")


KEY_LEADERS = """
Vụ trưởng Vụ Giáo dục Đại học | Vụ Giáo dục Đại học
Phó Vụ trưởng Vụ Giáo dục Đại học | -
Cục trưởng Cục Hợp tác quốc tế | Cục Hợp tác quốc tế
Phó Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục | -
Chánh Văn phòng Bộ | Văn phòng Bộ
Phó Chánh Văn phòng Bộ | -
Chánh Văn phòng Đảng ủy Bộ | -
Chánh Thanh tra Bộ | Thanh tra Bộ
Thứ trưởng Bộ Giáo dục và Đào tạo | -
Ủy viên Ban Thường vụ, Phó Bí thư Thường trực Đảng ủy Bộ | -
Hiệu trưởng Trường Đại học Cần Thơ | Trường Đại học Cần Thơ
Phó Hiệu trưởng Trường Đại học Cần Thơ | -
Phó Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Sư phạm Hà Nội | Trường Đại học Sư phạm Hà Nội
Phó Hiệu trưởng, Bí thư Đảng ủy Trường Đại học Sư phạm Hà Nội | Trường Đại học Sư phạm Hà Nội
Trưởng khoa Toán - Tin, Trường Đại học Sư phạm Hà Nội | -
Bí thư Đảng ủy, Phó Giám đốc Đại học Bách khoa Hà Nội | Đại học Bách khoa Hà Nội
Phó Giám đốc, Bí thư Đảng ủy Đại học Bách khoa Hà Nội | Đại học Bách khoa Hà Nội
Phó Giám đốc Đại học Bách khoa Hà Nội | -
Viện trưởng Viện Khoa học Giáo dục Việt Nam | Viện Khoa học Giáo dục Việt Nam
Chủ tịch Hội đồng thành viên Nhà xuất bản Giáo dục Việt Nam | Nhà xuất bản Giáo dục Việt Nam
Tổng Giám đốc Nhà xuất bản Giáo dục Việt Nam | Nhà xuất bản Giáo dục Việt Nam
Phó Tổng Giám đốc Nhà xuất bản Giáo dục Việt Nam | -
Chủ tịch Công đoàn Giáo dục Việt Nam | Công đoàn Giáo dục Việt Nam
Phó Chủ tịch Công đoàn Giáo dục Việt Nam | -
Hiệu trưởng Trường Phổ thông Vùng cao Việt Bắc | -
"""
"""Titles as the decisions write them | the unit of which 2.a makes the holder a key leader ("-": none)."""


def test_scenario_blind32_key_leaders_follow_point_2a() -> None:
    for row in KEY_LEADERS.strip().splitlines():
        title, _, unit = row.partition(" | ")
        assert (key_unit(title) or "-") == unit, title
    written = {title for d in decisions().values() for _, title in d.members}
    assert {row.partition(" | ")[0] for row in KEY_LEADERS.strip().splitlines()} <= written


SCOPE = """
Cán bộ chủ chốt nêu tại điểm này gồm: (i) Vụ trưởng, Cục trưởng
trừ các trường phổ thông, trường dự bị đại học trực thuộc Bộ
kể cả trường hợp bí thư đảng ủy đồng thời là cấp phó của người đứng đầu đơn vị
Không thuộc diện cán bộ chủ chốt theo điểm này: Thứ trưởng
dự thi Olympic quốc tế, khu vực không tính vào số lần quy định tại điểm này
cử người của doanh nghiệp đi công tác bằng kinh phí của doanh nghiệp thì không thuộc phạm vi điểm này
lái xe của đoàn đi bằng đường bộ được tính vào số người của đoàn
"""
"""The Chỉ thị's words, a phrase a line, that draw the key leaders' scope, the trip not counted and the exceptions of
2.c and 2.đ: each must stand in it whole, whatever line breaks the typing put inside."""


def test_scenario_blind32_chi_thi_words_its_scope_and_exceptions() -> None:
    chi_thi = st.squash(BGDDT.text(CHI_THI))
    assert {phrase: phrase in chi_thi for phrase in SCOPE.strip().splitlines()} == dict.fromkeys(
        SCOPE.strip().splitlines(), True
    )
    olympiads = {n for n, d in trips().items() if d.olympiad}
    assert olympiads == {"812/QĐ-BGDĐT"} and not counted(trips()["812/QĐ-BGDĐT"])


def test_scenario_blind32_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    """1478 cancels 1455 (11 listed: no trip); 1002 extends 980 and 1436 postpones 1320 into 2027, each trip keeping
    its first number with the new dates."""
    changed = st.changes(decisions())
    assert changed == {
        "1002/QĐ-BGDĐT": "980/QĐ-BGDĐT",
        "1436/QĐ-BGDĐT": "1320/QĐ-BGDĐT",
        "1478/QĐ-BGDĐT": "1455/QĐ-BGDĐT",
    }
    kept = {n: (t.start.isoformat() if t.start else "", t.end.isoformat() if t.end else "") for n, t in trips().items()}
    assert [kept.get(n) for n in sorted(changed.values())] == [
        ("2027-01-18", "2027-01-22"),
        None,
        ("2026-08-24", "2026-08-28"),
    ]
    assert len(decisions()["1455/QĐ-BGDĐT"].members) == 11 and len(trips()) == len(decisions()) - 4
    st.check_trips(BGDDT, facts())
    st.check_bare_names(BGDDT, rf"{TITLED} ")


def test_scenario_blind32_four_issuers_four_layouts() -> None:
    """The Bộ's decisions, the party's, a university's for its staff and the publisher's for its own people."""
    suffixes = Counter(number.rsplit("/", 1)[1] for number in decisions())
    layouts = Counter(d.layout for d in trips().values())
    assert (suffixes, layouts) == (
        Counter({"QĐ-BGDĐT": 25, "ĐU": 2, "QĐ-ĐHCT": 1, "QĐ-NXBGDVN": 1}),
        Counter(list=15, table=6, prose=2, party=2),
    )
    forms = {
        "qd-12-qd": "\nSố 12-QĐ/ĐU\n",  # the party's number has no colon
        "qd-745": "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
        "qd-142": "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
        "bc-14-dhct": "TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG HỢP TÁC QUỐC TẾ",
    }
    assert all(form in BGDDT.text(stem) for stem, form in forms.items())


def test_scenario_blind32_size_leaves_out_interpreters_not_drivers() -> None:
    left_out = {n: len(d.members) - size(d) for n, d in trips().items() if size(d) < len(d.members)}
    assert left_out == {
        "315/QĐ-BGDĐT": 1,
        "12-QĐ/ĐU": 1,
        "31-QĐ/ĐU": 1,
        "980/QĐ-BGDĐT": 1,
        "1305/QĐ-BGDĐT": 1,
        "1390/QĐ-BGDĐT": 1,
    }
    road = trips()["980/QĐ-BGDĐT"]
    assert (size(road), sum(t.startswith("Lái xe") for _, t in road.members)) == (9, 2)


def test_scenario_blind32_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["1080/QĐ-BGDĐT", "1185/QĐ-BGDĐT"]
    assert "Công ty Cochlear tại Xít-ni theo chương trình của Đại học, Công ty không tài trợ" in (
        trips()["1390/QĐ-BGDĐT"].funding
    )
    assert "Công ty Mazda" in trips()["590/QĐ-BGDĐT"].article1 and "Công ty" not in trips()["590/QĐ-BGDĐT"].funding
    own = trips()["1120/QĐ-BGDĐT"]
    outsider = ("Lê Văn A", "Phó Vụ trưởng Vụ Giáo dục Đại học")
    assert (enterprise_pays(own), enterprise_pays(replace(own, members=[*own.members, outsider]))) == (False, True)
    assert not enterprise_pays(trips()["356/QĐ-NXBGDVN"])


def test_scenario_blind32_country_lists_transit_and_border_gate() -> None:
    read = {n: countries(trips()[n]) for n in ("1265/QĐ-BGDĐT", "1120/QĐ-BGDĐT", "1015/QĐ-BGDĐT", "620/QĐ-BGDĐT")}
    assert read == {
        "1265/QĐ-BGDĐT": {"Phần Lan", "Thụy Điển", "Đan Mạch", "Na Uy"},
        "1120/QĐ-BGDĐT": {"Anh", "Pháp", "Đức"},
        "1015/QĐ-BGDĐT": {"Pháp"},
        "620/QĐ-BGDĐT": {"Trung Quốc"},
    }
    nordic = "các nước:\nCộng hòa Phần Lan,\nVương quốc Thụy Điển,\nVương quốc Đan Mạch và\nVương quốc Na Uy\n"
    assert nordic in BGDDT.text("qd-1265") and "cửa khẩu quốc tế Lào Cai" in BGDDT.text("qd-620")


def test_scenario_blind32_reports_link_and_two_need_more_than_the_cited_number() -> None:
    """One report covers a decision of the Bộ and one of the university; one cites a decision and its extension; the
    mistyped "668" and the date-only citation are linked by the decision's date and the trip's start."""
    linked = {r.number: (r.decisions, r.how) for r in reports().values()}
    assert len(linked) == 21 and {how for _, how in linked.values()} == {"number", "date and trip"}
    assert linked["205/BC-ĐHCT"] == (("590/QĐ-BGDĐT", "745/QĐ-ĐHCT"), "number")
    assert linked["74/BC-PTVCVB"] == (("980/QĐ-BGDĐT",), "number")
    assert linked["231/BC-ĐHBK"] == (("688/QĐ-BGDĐT",), "date and trip")
    assert linked["36/BC-NGCBQLGD"] == (("1185/QĐ-BGDĐT",), "date and trip")
    assert "668/QĐ-BGDĐT" not in decisions() and "Quyết định số 668/QĐ-BGDĐT ngày 12/6/2026" in BGDDT.text("bc-07-dhbk")
    assert "Quyết định số" not in BGDDT.text("bc-17-ngcbqlgd")
    unreported = {n: f.end for n, f in facts().items() if f.report is None}
    assert unreported == {
        "620/QĐ-BGDĐT": dt.date(2026, 6, 26),
        "1320/QĐ-BGDĐT": dt.date(2027, 1, 22),
        "1502/QĐ-BGDĐT": dt.date(2026, 12, 14),
    }
    # the joint report tells 590's dates first, so 745 is checked on its own line
    st.check_reports_tell_dates(
        BGDDT,
        {n: f for n, f in facts().items() if n != "745/QĐ-ĐHCT"},
        rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})",
    )
    assert "Ô-xtrây-li-a theo Quyết định số 745/QĐ-ĐHCT" in st.squash(BGDDT.text("bc-06-dhct"))
    assert "từ ngày 15/6/2026 đến ngày 20/6/2026" in BGDDT.text("bc-06-dhct")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind32_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BGDDT, part, st.recompute(BGDDT, facts().values()), set(decisions()), findings=17, traps=72)


LEADS = {
    "315/QĐ-BGDĐT": (14, 19),  # Tết 16–20/2 inside: a breach a weekday count misses
    "478/QĐ-BGDĐT": (15, 18),  # 27/4, 30/4, 1/5 inside
    "688/QĐ-BGDĐT": (17, 17),  # departs before 1/8: fifteen apply
    "905/QĐ-BGDĐT": (16, 16),  # departs from 1/8: twenty apply
    "1015/QĐ-BGDĐT": (20, 22),  # the make-up Saturday 22/8 worked, 31/8–2/9 off
    "1502/QĐ-BGDĐT": (20, 21),  # 24/11 off
}
"""Decision → (working days, weekdays) strictly between the Tờ trình it cites and the departure."""
DUE_DATES = """
2026-02-13 2026-03-03 Tết 16–20/2 off
2026-04-24 2026-05-08 27/4, 30/4, 1/5 off
2026-07-08 2026-07-17 688's report of 21/7 is late
2026-08-14 2026-08-24 the make-up Saturday worked
2026-08-27 2026-09-10 980's first return
2026-08-28 2026-09-11 980's extended return, 31/8–2/9 off
2026-10-23 2026-11-03 1240's report of 4/11 is late
2026-11-20 2026-12-02 24/11 off
2026-12-14 2026-12-23 after the check date
"""
"""A return, the last day for its report (the seventh working day after), and why the day falls there."""


def test_scenario_blind32_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    BGDDT.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    counted_leads = {}
    for number in LEADS:
        trip = trips()[number]
        assert trip.submitted and trip.start
        counted_leads[number] = (facts()[number].lead, st.weekdays_between(trip.submitted, trip.start))
    assert counted_leads == LEADS
    for row in DUE_DATES.strip().split("\n"):
        back, due = (dt.date.fromisoformat(day) for day in row.split()[:2])
        assert BGDDT.nth_working_day_after(back, 7) == due, row
    assert BGDDT.without_make_up().lead(dt.date(2026, 8, 19), dt.date(2026, 9, 21)) == 19


def test_scenario_blind32_every_text_has_its_scan() -> None:
    BGDDT.check_scans(52, required=False)


def read_otherwise(changed: Mapping[str, Mapping[str, Any]]) -> tuple[set[FindingKey], set[FindingKey]]:
    """(gained, lost) findings when some trips are read otherwise than the Chỉ thị says (trip → its changed facts)."""
    as_written = st.recompute(BGDDT, facts().values())
    misread = st.recompute(BGDDT, [replace(fact, **changed.get(fact.number, {})) for fact in facts().values()])
    return misread - as_written, as_written - misread


def test_scenario_blind32_labels_hang_on_the_definitions() -> None:
    """A reader who counts the Olympiad trip flags the Vụ trưởng Vụ Giáo dục Phổ thông a trip early; one who reads the
    Công văn's twenty days for every departure flags three leads before August (19, 15 and 17); one who leaves the
    drivers out loses a size finding; one who forgets the make-up Saturday flags a lead of exactly twenty; one who
    merges the two Nguyễn Văn Tâm flags the Phó Chánh Văn phòng; one who takes the first return of the extended trip
    flags its report."""
    imo = facts()["812/QĐ-BGDĐT"]
    gained, lost = read_otherwise({imo.number: {"counted": frozenset({"Đinh Thị Phương"})}})
    assert (gained, lost) == ({("max_trips_per_year", "1050/QĐ-BGDĐT", "Đinh Thị Phương")}, set())
    twenty = {n: {"limits": {**f.limits, "submission_lead_working_days": 20}} for n, f in facts().items()}
    gained, lost = read_otherwise(twenty)
    assert ({n for _, n, _ in gained}, lost) == ({"142/QĐ-BGDĐT", "478/QĐ-BGDĐT", "688/QĐ-BGDĐT"}, set())
    assert read_otherwise({"980/QĐ-BGDĐT": {"size": 7}}) == (set(), {("max_delegation_size", "980/QĐ-BGDĐT", None)})
    bare = BGDDT.without_make_up().lead(dt.date(2026, 8, 19), dt.date(2026, 9, 21))
    gained, _ = read_otherwise({"1015/QĐ-BGDĐT": {"lead": bare}})
    assert gained == {("submission_lead_working_days", "1015/QĐ-BGDĐT", None)}
    merged = {"1240/QĐ-BGDĐT": {"counted": frozenset({"Tạ Quang Minh", "Nguyễn Văn Tâm"})}}
    assert read_otherwise(merged) == ({("max_trips_per_year", "1240/QĐ-BGDĐT", "Nguyễn Văn Tâm")}, set())
    first_return = {"980/QĐ-BGDĐT": {"end": dt.date(2026, 8, 27)}}
    assert read_otherwise(first_return)[0] == {("report_deadline_working_days", "980/QĐ-BGDĐT", None)}
