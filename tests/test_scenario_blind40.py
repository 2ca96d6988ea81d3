"""The Bộ Tư pháp 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế the Bộ trưởng's Quyết định
86/QĐ-BTP issues, each checked against Công văn 3120/BTP-HTQT that says it in other words, whose four days in a country
and lead of twelve working days apply to the delegations departing from 15/7/2026 (five days and ten before); the key
leaders by the Quy chế's own list of lãnh đạo chủ chốt (a deputy only when Bí thư Đảng ủy of the unit, not when put in
charge of it; the Thứ trưởng out); trips from the decisions of three issuers (the Bộ, Học viện Tư pháp, Trường Đại học
Luật Hà Nội) in three layouts, the cancelled one dropped and the amendment's added member counted; a firm paying only
when domestic, law, notary and auction firms included; reports linked by the number they cite, or by the decision's
date and the trip's start when the number is mistyped or absent; the lead and the report deadlines in working days
(holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

BO_TU_PHAP = st.ScenarioTexts("scenario_blind40", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qd-86-btp", "00-2-cv-3120-btp"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
QUY_CHE_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) chuyến trong một năm dương lịch",
    "max_delegation_size": r"Mỗi đoàn tối đa (\w+) người, tính cả phiên dịch",
    "max_countries_per_trip": r"không đi quá (\w+) \((\d+)\) quốc gia",
    "max_days_per_country": r"tại mỗi quốc gia không quá (\w+) ngày, không tính ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) ngày làm việc kể từ ngày về nước",
}
"""The Quy chế's sentence of each limit: words alone ("mười", "năm", "bảy") or words and digits ("hai (02)")."""
CONG_VAN_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài tối đa (\d+) lần/năm",
    "max_delegation_size": r"mỗi đoàn không quá (\d+) người kể cả phiên dịch",
    "max_countries_per_trip": r"đi tối đa (\w+) nước",
    "max_days_per_country": r"tại mỗi nước không quá (\d+) ngày \(không kể ngày đi, ngày về\), thay cho quy định",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"trong vòng (\d+) ngày làm việc kể từ ngày về nước",
}
"""The Công văn's wording of all six; it changes the days in a country and the lead from 15/7/2026."""
LIMITS = st.LaterLimits(
    BO_TU_PHAP,
    WORDS,
    (QUY_CHE, QUY_CHE_RULES),
    (CONG_VAN, CONG_VAN_RULES),
    since=rf"áp dụng đối với các đoàn xuất cảnh từ ngày ({st.SLASH})",
    by="start",
    changed=("max_days_per_country", "submission_lead_working_days"),
)

COUNTRY_FORMS = (
    "Hàn Quốc: Đại Hàn Dân Quốc; Nhật Bản: Nhật Bản; Thái Lan: Vương quốc Thái Lan; Lào: Cộng hòa Dân chủ Nhân dân "
    "Lào; Trung Quốc: Cộng hòa Nhân dân Trung Hoa; Xinh-ga-po: Cộng hòa Xinh-ga-po; Pháp: Cộng hòa Pháp; Bỉ: Vương "
    "quốc Bỉ; Hà Lan: Vương quốc Hà Lan; Lúc-xăm-bua: Đại công quốc Lúc-xăm-bua; Ma-lai-xi-a: Ma-lai-xi-a; "
    "In-đô-nê-xi-a: Cộng hòa In-đô-nê-xi-a; Bru-nây: Bru-nây Đa-rút-xa-lam; Campuchia: Vương quốc Campuchia; "
    "Ô-xtrây-li-a: Ô-xtrây-li-a; Hoa Kỳ: Hợp chủng quốc Hoa Kỳ"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
KEY_POSTS = re.compile(
    "|".join(
        (
            r"Vụ trưởng (Vụ .+)",
            r"Chánh (Văn phòng Bộ)",
            r"Cục trưởng (Cục .+)",
            r"Viện trưởng (Viện .+)",
            r"Giám đốc (Học viện Tư pháp)",
            r"Hiệu trưởng (Trường Đại học .+)",
            r"Tổng Biên tập ((?:Báo|Tạp chí) .+)",
            r"(?:Phó (?:Cục trưởng|Giám đốc|Hiệu trưởng|Vụ trưởng), )?Bí thư Đảng ủy(?:, Chủ tịch Hội đồng trường)? "
            r"((?:Cục|Học viện|Trường|Viện) .+)",
        )
    )
)
"""Quy chế Điều 3.1's lãnh đạo chủ chốt, a group for the unit each heads: a) Vụ trưởng, Chánh Văn phòng Bộ; b) Cục
trưởng; c) Viện trưởng; d) Giám đốc Học viện Tư pháp, Hiệu trưởng; đ) Tổng Biên tập; e) Bí thư Đảng ủy, even a deputy
(Điều 3.2). Read on the whole title, so a plain deputy, a deputy "phụ trách", a Phó Bí thư, the Thứ trưởng or a head of
a phòng, khoa or ban matches none."""
FIRM_PAYS = re.compile(
    r"(?P<payer>Công ty [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:tài trợ|đài thọ|chi trả)(?P<what>[^;.]*)"
)
"""A firm that pays ("Công ty X (note) tài trợ …"); the note in brackets may name its country."""
LISTED = re.compile(
    r"^\d+\. (?:Ông|Bà|PGS\.TS\.|TS\.|ThS\.) (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[.;]$", re.M
)
RULED = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: - Trưởng đoàn)?$", re.M)
"""A row of the three-column ruled list (TT | Họ và tên | Chức vụ, đơn vị), the head marked " - Trưởng đoàn"."""
HONORIFIC = r"(?:ông|bà|PGS\.TS\.|TS\.|ThS\.)"


Decision = st.FormDecision
"""A decision of the Bộ ("/QĐ-BTP"), of the Giám đốc Học viện Tư pháp ("/QĐ-HVTP") or of Trường Đại học Luật Hà Nội
("/QĐ-ĐHLHN")."""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: numbered lines, a ruled table or running prose."""
    for layout, pattern in (("list", LISTED), ("table", RULED)):
        found = [(m["name"], m["title"]) for m in pattern.finditer(article1)]
        if found:
            return found, layout
    return st.running_members(article1, HONORIFIC), "prose"


FORM = st.DecisionForm(
    BO_TU_PHAP,
    Decision,
    read_members,
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    declared=r"(?:gồm|Cử) (\d+) (?:người|viên chức|công chức)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(BO_TU_PHAP, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a lãnh đạo chủ chốt, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def paying_firms(d: Decision) -> list[tuple[str, bool]]:
    """Each firm Điều 2 has pay, and whether it is domestic (a country in its brackets makes it foreign)."""
    return st.noted_firms(d.funding, FIRM_PAYS, COUNTRIES.values())


def enterprise_pays(d: Decision) -> bool:
    """Quy chế Điều 6: a domestic firm paying, law, notary and auction firms included; a foreign firm, government,
    university, institute or cooperation project paying is none, nor a firm that only books the tickets."""
    return any(domestic for _, domestic in paying_firms(d))


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts; `amended=False`: the Quy chế's limits for all, as a reader who skips the Công văn would."""
    return st.facts_of(
        texts, carried, reports(), key_unit, countries, enterprise_pays, lambda d: LIMITS.of(d, amended=amended)
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(BO_TU_PHAP, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(BO_TU_PHAP, facts().values())


def test_scenario_blind40_quy_che_and_cong_van_say_the_limits_in_other_words() -> None:
    """The Công văn's digits agree with the Quy chế's words but for the days in a country (four for five) and the
    lead (twelve for ten), both for the departures from 15/7/2026."""
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=7)
    later, since = LIMITS.amended()
    assert later == LIMITS.base() | {"max_days_per_country": 4, "submission_lead_working_days": 12}
    assert since == dt.date(2026, 7, 15)
    assert LIMITS.on(dt.date(2026, 7, 14)) == LIMITS.base()
    assert [st.issue_date(BO_TU_PHAP.text(s)) for s in (QUY_CHE, CONG_VAN)] == [
        dt.date(2026, 1, 14),
        dt.date(2026, 6, 26),
    ]
    qc = BO_TU_PHAP.text(QUY_CHE)
    assert qc.count("\f") == 1 and "\nSố: 86/QĐ-BTP\n" in qc and "Nơi nhận:\tBỘ TRƯỞNG\n" in qc
    assert "cử 92 đoàn với 431 lượt người" in qc
    cv = st.squash(BO_TU_PHAP.text(CONG_VAN))
    assert "đã tổ chức 47 đoàn với 213 lượt cán bộ" in cv and "kể cả các tổ chức hành nghề luật sư" in cv


SCOPE = (
    "Lãnh đạo chủ chốt của đơn vị thuộc Bộ theo Quy chế này gồm:",
    "e) Bí thư Đảng ủy của đơn vị có tổ chức đảng ủy.",
    "kể cả cấp phó được giao phụ trách đơn vị, không thuộc diện này; riêng cấp phó đồng thời là Bí thư Đảng ủy của "
    "đơn vị là lãnh đạo chủ chốt.",
    "Bộ trưởng, các Thứ trưởng đi công tác nước ngoài thực hiện theo quy định của Trung ương",
    "Không bố trí hai lãnh đạo chủ chốt của cùng một đơn vị cùng tham gia một đoàn công tác.",
    "(kể cả tổ chức hành nghề luật sư, công chứng, đấu giá tài sản)",
    "Kinh phí do cơ quan, tổ chức, doanh nghiệp nước ngoài, tổ chức quốc tế, chương trình, dự án hợp tác quốc tế đã "
    "được phê duyệt tài trợ không thuộc trường hợp quy định tại khoản 2 Điều này.",
)
"""Where the Quy chế says whom the limits bind (Điều 2, 3), whom one delegation may not join (Điều 5.3) and which
money is a domestic firm's (Điều 6)."""

POSTS = """
Cục trưởng Cục Quản lý thi hành án dân sự | Cục Quản lý thi hành án dân sự
Phó Cục trưởng Cục Quản lý thi hành án dân sự | -
Phó Cục trưởng, Bí thư Đảng ủy Cục Quản lý thi hành án dân sự | Cục Quản lý thi hành án dân sự
Phó Cục trưởng phụ trách Cục Hành chính tư pháp | -
Cục trưởng Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý | Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý
Vụ trưởng Vụ Hợp tác quốc tế | Vụ Hợp tác quốc tế
Phó Vụ trưởng Vụ Hợp tác quốc tế | -
Chánh Văn phòng Bộ | Văn phòng Bộ
Viện trưởng Viện Chiến lược và Khoa học pháp lý | Viện Chiến lược và Khoa học pháp lý
Giám đốc Học viện Tư pháp | Học viện Tư pháp
Phó Giám đốc Học viện Tư pháp | -
Phó Giám đốc, Bí thư Đảng ủy Học viện Tư pháp | Học viện Tư pháp
Hiệu trưởng Trường Đại học Luật Hà Nội | Trường Đại học Luật Hà Nội
Phó Hiệu trưởng Trường Đại học Luật Hà Nội | -
Bí thư Đảng ủy, Chủ tịch Hội đồng trường Trường Đại học Luật Hà Nội | Trường Đại học Luật Hà Nội
Phó Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Luật Hà Nội | -
Tổng Biên tập Báo Pháp luật Việt Nam | Báo Pháp luật Việt Nam
Phó Tổng Biên tập Báo Pháp luật Việt Nam | -
Tổng Biên tập Tạp chí Dân chủ và Pháp luật | Tạp chí Dân chủ và Pháp luật
Thứ trưởng Bộ Tư pháp | -
Trưởng khoa Đào tạo luật sư, Học viện Tư pháp | -
Trưởng phòng Quản lý khoa học và Hợp tác quốc tế | -
"""
"""A title as the decisions write it | the unit of which it makes a lãnh đạo chủ chốt, "-" for none."""


def test_scenario_blind40_key_leaders_follow_the_quy_che_list() -> None:
    qc = st.squash(BO_TU_PHAP.text(QUY_CHE))
    assert [phrase for phrase in SCOPE if phrase not in qc] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read = {title for d in decisions().values() for _, title in d.members}
    assert set(want) - read == set()  # every title of the table is one a decision writes
    vinh = {(d.issuer, d.layout) for d in trips().values() for name, _ in d.members if name == "Bùi Quang Vinh"}
    assert vinh == {("QĐ-HVTP", "list"), ("QĐ-BTP", "table"), ("QĐ-HVTP", "prose")}


def test_scenario_blind40_trips_after_the_cancellation_and_the_added_member() -> None:
    """1012 cancels 985; 1340 adds a member to 1298, which keeps its number."""
    assert st.changes(decisions()) == {"1012/QĐ-BTP": "985/QĐ-BTP", "1340/QĐ-BTP": "1298/QĐ-BTP"}
    assert (len(decisions()), len(trips())) == (24, 21)
    assert "985/QĐ-BTP" not in trips() and len(decisions()["985/QĐ-BTP"].members) == 12
    assert len(decisions()["1298/QĐ-BTP"].members) == 10
    assert trips()["1298/QĐ-BTP"].members[-1] == (
        "Đào Thị Quỳnh",
        "Phó Trưởng phòng Trợ giúp pháp lý, Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
    )
    st.check_trips(BO_TU_PHAP, facts())
    st.check_bare_names(BO_TU_PHAP, rf"(?:Ông|Bà|{HONORIFIC}) ")


SIGNERS = {
    "KT": "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như Điều 3;\tTHỨ TRƯỞNG\n",
    "BT": "Nơi nhận:\tBỘ TRƯỞNG\n- Như Điều 3;\n",
    "TL": "Nơi nhận:\tTL. BỘ TRƯỞNG\n- Như Điều 3;\tVỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ\n",
    "HVTP": "Nơi nhận:\tGIÁM ĐỐC\n- Như Điều 3;\n",
    "ĐHLHN": "Nơi nhận:\tKT. HIỆU TRƯỞNG\n- Như Điều 3;\tPHÓ HIỆU TRƯỞNG\n",
}
"""How each signer closes a decision: the Thứ trưởng for the Bộ trưởng, the Bộ trưởng himself (the delegations a
Thứ trưởng leads), the Vụ trưởng Vụ Tổ chức cán bộ "TL.", the Giám đốc Học viện, a Phó Hiệu trưởng for the Hiệu
trưởng."""


def test_scenario_blind40_three_issuers_three_layouts_and_five_signers() -> None:
    assert Counter(d.issuer for d in decisions().values()) == Counter({"QĐ-BTP": 18, "QĐ-HVTP": 2, "QĐ-ĐHLHN": 4})
    assert Counter(d.layout for d in trips().values()) == Counter({"list": 14, "table": 4, "prose": 3})
    signed = Counter(
        next(k for k, s in SIGNERS.items() if s in BO_TU_PHAP.text(stem)) for stem in BO_TU_PHAP.stems("qd-")
    )
    assert signed == Counter({"KT": 13, "BT": 3, "TL": 2, "HVTP": 2, "ĐHLHN": 4})
    led_by_thu_truong = {n for n, d in trips().items() if d.members[0][1] == "Thứ trưởng Bộ Tư pháp"}
    assert {n for n in led_by_thu_truong if SIGNERS["BT"] in BO_TU_PHAP.text(st.decision_stem(n))} == led_by_thu_truong


def test_scenario_blind40_decisions_tell_interpreters_payers_and_countries() -> None:
    interpreted = {n: len(d.members) for n, d in trips().items() if any("Phiên dịch" in t for _, t in d.members)}
    assert interpreted == {
        "412/QĐ-BTP": 6,
        "530/QĐ-BTP": 4,
        "790/QĐ-BTP": 7,
        "1148/QĐ-BTP": 10,
        "1298/QĐ-BTP": 11,
        "1385/QĐ-BTP": 5,
    }
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["1262/QĐ-ĐHLHN", "905/QĐ-BTP"]
    assert paying_firms(decisions()["985/QĐ-BTP"]) == [("Công ty Cổ phần Đấu giá Hợp Nhất", True)]  # cancelled
    assert paying_firms(trips()["1090/QĐ-BTP"]) == [("Công ty Luật Hanbit", False)]  # a Korean firm
    assert "tổ chức hành nghề luật sư tại Hà Nội" in trips()["1262/QĐ-ĐHLHN"].funding
    assert "Công ty TNHH Du lịch và Dịch vụ Hồng Hà" in trips()["1205/QĐ-BTP"].funding  # books, does not pay
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {
        "790/QĐ-BTP": "Bỉ + Pháp",
        "1148/QĐ-BTP": "Bỉ + Hà Lan + Lúc-xăm-bua + Pháp",
        "1205/QĐ-BTP": "Bru-nây + In-đô-nê-xi-a + Ma-lai-xi-a",
    }
    listed = "các nước: Ma-lai-xi-a, Cộng hòa In-đô-nê-xi-a và Bru-nây Đa-rút-xa-lam từ ngày"
    assert listed in BO_TU_PHAP.text("qd-1205")


def test_scenario_blind40_reports_link_by_number_or_by_date() -> None:
    """19 reports: one citing '1184/QĐ-BTP' for 1148, one citing only the decision's date and issuer (both linked by the
    decision's date and the trip's start), one citing a decision and its amendment; 1385 has none (late), 1452 none
    yet (not due)."""
    assert len({r.number for r in reports().values()}) == 19 and "1184/QĐ-BTP" not in decisions()
    assert st.linked_by_date(reports()) == {"102/BC-VP", "119/BC-HVTP"}
    assert reports()["1148/QĐ-BTP"].number == "102/BC-VP"
    assert "Thực hiện Quyết định ngày 05/10/2026 của Giám đốc Học viện Tư pháp" in BO_TU_PHAP.text("bc-119-hvtp")
    assert "Quyết định số 1340/QĐ-BTP" in BO_TU_PHAP.text("bc-88-pbgdpl") and reports()["1298/QĐ-BTP"].how == "number"
    assert sorted(set(trips()) - set(reports())) == ["1385/QĐ-BTP", "1452/QĐ-BTP"]
    st.check_reports_tell_dates(BO_TU_PHAP, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind40_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BO_TU_PHAP, part, found(), set(decisions()), findings=13, traps=54)


LEADS = (
    ("205/QĐ-ĐHLHN", 10),  # Tết 16–20/2 off: exactly the Quy chế's ten
    ("604/QĐ-BTP", 9),  # the breach: 27/4, 30/4, 1/5 off
    ("905/QĐ-BTP", 11),  # departs 6/7: the Quy chế's ten
    ("1090/QĐ-BTP", 12),  # Saturday 22/8 worked, 31/8–2/9 off: exactly the Công văn's twelve
    ("1410/QĐ-BTP", 11),  # the breach: 24/11 off
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 2, 6), (2026, 2, 24)),  # Tết 16–20/2 off
    ((2026, 4, 17), (2026, 4, 29)),  # 27/4 off; 30/4, 1/5 right after
    ((2026, 8, 21), (2026, 9, 3)),  # 22/8 worked, 31/8–2/9 off
    ((2026, 9, 29), (2026, 10, 8)),
    ((2026, 11, 20), (2026, 12, 2)),  # 24/11 off
    ((2026, 12, 15), (2026, 12, 24)),  # the day after the check date
)
"""End of the trip, the seventh working day after it (the report's last day)."""


def test_scenario_blind40_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24))
    BO_TU_PHAP.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    assert [st.weekdays_between(trips()[n].submitted, trips()[n].start) for n in ("604/QĐ-BTP", "1410/QĐ-BTP")] == [
        12,
        12,
    ]  # only the holidays make these short
    assert BO_TU_PHAP.without_make_up().lead(dt.date(2026, 8, 17), dt.date(2026, 9, 7)) == 11
    assert [BO_TU_PHAP.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 24) > dt.date.fromisoformat(BO_TU_PHAP.expected()["as_of"])
    # Văn bản 12729/VPCP-KGVX moves 2/1 to Saturday 10/1, which `holidays` lacks: no Tờ trình or trip is that early.
    assert min(d.submitted for d in trips().values() if d.submitted) > dt.date(2026, 1, 10)


def test_scenario_blind40_every_text_has_its_scan() -> None:
    BO_TU_PHAP.check_scans(45, required=False)


def misread(texts: st.ScenarioTexts = BO_TU_PHAP, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind40_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags the Thứ trưởng, the deputy in charge, plain deputies and staff;
    one who skips the amendment loses the size; one who keeps the cancelled decision flags its size, firm, missing
    report and the Cục trưởng Cục Bổ trợ tư pháp's third; one who skips the Công văn loses the days and the later lead;
    one who applies it from January flags 688's five days and the short leads before 15/7; one who forgets the
    make-up Saturday flags the lead of exactly twelve."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("1385/QĐ-BTP", "Phan Văn Hiếu"),
        ("1385/QĐ-BTP", "Kiều Văn Lực"),
        ("1090/QĐ-BTP", "Phạm Thị Hồng"),
        ("1262/QĐ-ĐHLHN", "Tống Văn Hải"),
        ("1262/QĐ-ĐHLHN", "Mạc Thị Yến"),
        ("1410/QĐ-BTP", "Trịnh Thu Hà"),
    }
    unamended = dict(trips()) | {"1298/QĐ-BTP": decisions()["1298/QĐ-BTP"]}
    assert misread(carried=unamended) == (set(), {("max_delegation_size", "1298/QĐ-BTP", None)})
    uncancelled = dict(trips()) | {"985/QĐ-BTP": decisions()["985/QĐ-BTP"]}
    assert misread(carried=uncancelled) == (
        {
            ("max_delegation_size", "985/QĐ-BTP", None),
            ("no_enterprise_funded", "985/QĐ-BTP", None),
            ("report_deadline_working_days", "985/QĐ-BTP", None),
            ("max_trips_per_year", "1205/QĐ-BTP", "Tạ Quốc Bảo"),
        },
        set(),
    )
    old = st.recompute(BO_TU_PHAP, facts_of(BO_TU_PHAP, trips(), amended=False).values())
    assert (old - found(), found() - old) == (
        set(),
        {("max_days_per_country", "1090/QĐ-BTP", None), ("submission_lead_working_days", "1410/QĐ-BTP", None)},
    )
    early = misread(other={"max_days_per_country": 4, "submission_lead_working_days": 12})
    assert early[1] == set() and {(k, n) for k, n, _ in early[0]} == {
        ("max_days_per_country", "688/QĐ-BTP"),
        ("submission_lead_working_days", "205/QĐ-ĐHLHN"),
        ("submission_lead_working_days", "688/QĐ-BTP"),
        ("submission_lead_working_days", "905/QĐ-BTP"),
    }  # 412 and 790 had exactly twelve
    assert misread(BO_TU_PHAP.without_make_up()) == ({("submission_lead_working_days", "1090/QĐ-BTP", None)}, set())
