"""The Quảng Ngãi 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from Ban Thường vụ Tỉnh ủy's Quy định
08-QĐi/TU, each checked against UBND tỉnh's Công văn 3875/UBND-NC that says it in other words, whose eight members and
five working days for the report apply to the delegations returning from 01/8/2026 (ten and seven before); the key
leaders by the Quy định's own list of lãnh đạo chủ chốt (a deputy only when Bí thư Đảng ủy of the unit; a Phó Bí thư
and the lãnh đạo UBND tỉnh out); trips from the decisions of three issuers (UBND tỉnh, Ban Thường vụ Tỉnh ủy, Trường
Đại học Phạm Văn Đồng) in three layouts, the cancelled one dropped and the amendment's new dates and members applied;
a firm or hợp tác xã paying only when domestic; reports linked by the number they cite, or by the decision's date and
the trip's start when the number is mistyped or absent; the lead and the report deadlines in working days (holidays
VN with its make-up Saturday 22/8/2026)."""

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

QUANG_NGAI = st.ScenarioTexts("scenario_blind41", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-08-tu", "00-2-cv-3875-ubnd"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
QUY_DINH_RULES = {
    "max_trips_per_year": r"không vượt quá (\w+) \((\d+)\) lượt trong một năm",
    "max_delegation_size": r"Quân số mỗi đoàn không vượt quá (\w+) người, bao gồm cả phiên dịch",
    "max_countries_per_trip": r"chỉ đến tối đa (\w+) \((\d+)\) quốc gia",
    "max_days_per_country": r"lưu lại mỗi quốc gia không vượt quá (\w+) ngày; ngày xuất cảnh và ngày nhập cảnh",
    "submission_lead_working_days": r"trước ngày xuất cảnh ít nhất (\w+) \((\d+)\) ngày làm việc",
    "report_deadline_working_days": r"trong thời hạn (\w+) ngày làm việc tính từ ngày nhập cảnh",
}
"""The Quy định's sentence of each limit: words alone ("mười", "năm", "bảy") or words and digits ("tám (08)")."""
CONG_VAN_RULES = {
    "max_trips_per_year": r"tối đa (\d+) lượt/năm",
    "max_delegation_size": r"Mỗi đoàn không quá (\d+) người \(kể cả phiên dịch\), thay cho mức",
    "max_countries_per_trip": r"không quá (\w+) nước",
    "max_days_per_country": r"tối đa (\d+) ngày tại mỗi nước \(không tính ngày xuất cảnh, ngày nhập cảnh\)",
    "submission_lead_working_days": r"ít nhất (\d+) ngày làm việc trước ngày xuất cảnh",
    "report_deadline_working_days": r"chậm nhất (\d+) ngày làm việc sau ngày nhập cảnh",
}
"""The Công văn's wording of all six; it changes the size and the report's deadline for returns from 01/8/2026."""
LIMITS = st.LaterLimits(
    QUANG_NGAI,
    WORDS,
    (QUY_DINH, QUY_DINH_RULES),
    (CONG_VAN, CONG_VAN_RULES),
    since=rf"nhập cảnh về nước từ ngày ({st.SLASH})",
    by="end",
    changed=("max_delegation_size", "report_deadline_working_days"),
)

COUNTRY_FORMS = (
    "Thái Lan: Vương quốc Thái Lan; Lào: Cộng hòa Dân chủ Nhân dân Lào; Nhật Bản: Nhật Bản; Hàn Quốc: Đại Hàn Dân "
    "Quốc; Trung Quốc: Cộng hòa Nhân dân Trung Hoa; Campuchia: Vương quốc Campuchia; Xinh-ga-po: Cộng hòa Xinh-ga-po; "
    "Ma-lai-xi-a: Ma-lai-xi-a; Mi-an-ma: Cộng hòa Liên bang Mi-an-ma; Ấn Độ: Cộng hòa Ấn Độ; Phi-líp-pin: Cộng hòa "
    "Phi-líp-pin; In-đô-nê-xi-a: Cộng hòa In-đô-nê-xi-a"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
KEY_POSTS = re.compile(
    "|".join(
        (
            r"Giám đốc (Sở .+|Bệnh viện .+)",
            r"Trưởng ban (Ban Quản lý .+)",
            r"Hiệu trưởng (Trường Đại học .+)",
            r"(?:Phó Giám đốc, |Phó Hiệu trưởng, )?Bí thư Đảng ủy(?:, Chủ tịch Hội đồng trường)? "
            r"((?:Sở|Bệnh viện|Trường|Ban Quản lý) .+)",
            r"Bí thư Đảng ủy ((?:xã|phường|đặc khu) .+)",
            r"Chủ tịch Ủy ban nhân dân ((?:xã|phường|đặc khu) .+)",
        )
    )
)
"""Quy định Điều 2.1's lãnh đạo chủ chốt, a group for the unit each heads: a) Giám đốc sở; b) Trưởng ban of a Ban Quản
lý; c) Hiệu trưởng, Giám đốc Bệnh viện; d) their Bí thư Đảng ủy, even a deputy (Điều 2.2); đ) Bí thư Đảng ủy and Chủ
tịch UBND of a xã, phường, đặc khu. Read on the whole title, so a plain deputy, a Phó Bí thư, the Phó Chủ tịch UBND
tỉnh or the head of a unit under a sở matches none."""
FIRM_PAYS = re.compile(
    r"(?P<payer>(?:Công ty|Hợp tác xã) [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:tài trợ|đài thọ|chi trả)"
)
"""A firm or co-operative that pays ("Công ty X (note) đài thọ …"); the note in brackets may name its country."""
HONORIFIC = r"(?:PGS\.TS\.|TS\.|ThS\.)"
"""How the university's running-prose decisions title a member."""


Decision = st.FormDecision
"""A decision of UBND tỉnh ("/QĐ-UBND"), of Ban Thường vụ Tỉnh ủy ("-QĐ/TU") or of Trường Đại học Phạm Văn Đồng
("/QĐ-ĐHPVĐ")."""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: numbered lines ("Ông", "Bà", "Đồng chí"), a four-column ruled
    table (TT | Họ và tên | Chức vụ | Đơn vị) or running prose."""
    return st.members_and_layout(article1, st.LISTED_MEMBERS, st.RULED_MEMBERS, HONORIFIC)


FORM = st.DecisionForm(QUANG_NGAI, Decision, read_members, honorific="(?:ông|bà)")
decisions, trips, reports = st.cited_trip_readers(QUANG_NGAI, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a lãnh đạo chủ chốt, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def paying_firms(d: Decision) -> list[tuple[str, bool]]:
    """Each firm or co-operative Điều 2 has pay, and whether it is domestic (a country in its brackets: foreign)."""
    return st.noted_firms(d.funding, FIRM_PAYS, COUNTRIES.values())


def enterprise_pays(d: Decision) -> bool:
    """Quy định Điều 4.2: a domestic firm or hợp tác xã paying; a foreign firm, government, university, international
    organisation or project paying is none (Điều 4.3), nor an agency that only books on the budget."""
    return any(domestic for _, domestic in paying_firms(d))


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts; `amended=False`: the Quy định's limits for all, as a reader who skips the Công văn would."""
    return st.facts_of(
        texts, carried, reports(), key_unit, countries, enterprise_pays, lambda d: LIMITS.of(d, amended=amended)
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(QUANG_NGAI, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(QUANG_NGAI, facts().values())


def test_scenario_blind41_quy_dinh_and_cong_van_say_the_limits_in_other_words() -> None:
    """The Công văn's digits agree with the Quy định's words but for the size (eight for ten) and the report (five
    working days for seven), both for the delegations returning from 01/8/2026."""
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=8, report=7)
    later, since = LIMITS.amended()
    assert later == LIMITS.base() | {"max_delegation_size": 8, "report_deadline_working_days": 5}
    assert since == dt.date(2026, 8, 1)
    assert LIMITS.on(dt.date(2026, 7, 31)) == LIMITS.base()
    assert [st.issue_date(QUANG_NGAI.text(s)) for s in (QUY_DINH, CONG_VAN)] == [
        dt.date(2026, 1, 16),
        dt.date(2026, 7, 14),
    ]
    qd = QUANG_NGAI.text(QUY_DINH)
    assert "\nSố 08-QĐi/TU\n" in qd and "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n" in qd
    assert "đã cử 71 đoàn với 344 lượt cán bộ" in st.squash(qd)
    cv = st.squash(QUANG_NGAI.text(CONG_VAN))
    assert "đã tổ chức 38 đoàn với 176 lượt cán bộ" in cv and "còn 05 đoàn nộp báo cáo kết quả chậm" in cv


SCOPE = (
    "Lãnh đạo chủ chốt của cơ quan, đơn vị, địa phương theo Quy định này gồm:",
    "d) Bí thư Đảng ủy của các cơ quan, đơn vị nêu tại các điểm a, b và c khoản này;",
    "đ) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã, phường, đặc khu.",
    "không thuộc diện này, trừ trường hợp cấp phó đồng thời là Bí thư Đảng ủy của cơ quan, đơn vị đó; Phó Bí thư Đảng "
    "ủy không phải là lãnh đạo chủ chốt.",
    "lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân tỉnh đi nước ngoài thực hiện theo quy định của Bộ Chính trị",
    "Không bố trí quá một lãnh đạo chủ chốt của cùng một cơ quan, đơn vị, địa phương trong cùng một đoàn.",
    "Không sử dụng kinh phí do doanh nghiệp, hợp tác xã trong nước (kể cả doanh nghiệp có vốn nhà nước) tài trợ",
    "doanh nghiệp nước ngoài, tổ chức quốc tế, chương trình, dự án hợp tác quốc tế bảo đảm không thuộc phạm vi hạn chế",
)
"""Where the Quy định says whom the limits bind (Điều 2), whom one delegation may not join (Điều 3.4) and which money
is a domestic firm's (Điều 4)."""

POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Sở Y tế | Sở Y tế
Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ngãi | Bệnh viện Đa khoa tỉnh Quảng Ngãi
Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Quảng Ngãi | Bệnh viện Đa khoa tỉnh Quảng Ngãi
Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ngãi | -
Trưởng ban Ban Quản lý Khu kinh tế tỉnh | Ban Quản lý Khu kinh tế tỉnh
Trưởng ban Ban Quản lý Cửa khẩu quốc tế Bờ Y | Ban Quản lý Cửa khẩu quốc tế Bờ Y
Phó Trưởng ban Ban Quản lý Cửa khẩu quốc tế Bờ Y | -
Hiệu trưởng Trường Đại học Phạm Văn Đồng | Trường Đại học Phạm Văn Đồng
Phó Hiệu trưởng Trường Đại học Phạm Văn Đồng | -
Bí thư Đảng ủy, Chủ tịch Hội đồng trường Trường Đại học Phạm Văn Đồng | Trường Đại học Phạm Văn Đồng
Bí thư Đảng ủy xã Bờ Y | xã Bờ Y
Phó Chủ tịch Ủy ban nhân dân xã Bờ Y | -
Phó Bí thư Thường trực Đảng ủy xã Bờ Y | -
Bí thư Đảng ủy phường Kon Tum | phường Kon Tum
Chủ tịch Ủy ban nhân dân phường Kon Tum | phường Kon Tum
Chủ tịch Ủy ban nhân dân đặc khu Lý Sơn | đặc khu Lý Sơn
Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi | -
Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh | -
Chánh Văn phòng Đảng ủy phường Kon Tum | -
"""
"""A title as the decisions write it | the unit of which it makes a lãnh đạo chủ chốt, "-" for none."""


def test_scenario_blind41_key_leaders_follow_the_quy_dinh_list() -> None:
    qd = st.squash(QUANG_NGAI.text(QUY_DINH))
    assert [phrase for phrase in SCOPE if phrase not in qd] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read = {title for d in decisions().values() for _, title in d.members}
    assert set(want) - read == set()  # every title of the table is one a decision writes
    hien = {(d.issuer, d.layout) for d in trips().values() for name, _ in d.members if name == "Rơ Châm Hiền"}
    assert hien == {("TU", "list"), ("QĐ-UBND", "table")}  # 142 and 203 numbered, 520 a ruled row


def test_scenario_blind41_trips_after_the_cancellation_and_the_amendment() -> None:
    """812 cancels 790; 672 moves 655 to 31/8–04/9 and withdraws one member, adds two: 655 keeps its number."""
    assert st.changes(decisions()) == {"812/QĐ-UBND": "790/QĐ-UBND", "672/QĐ-UBND": "655/QĐ-UBND"}
    assert (len(decisions()), len(trips())) == (23, 20)
    assert "790/QĐ-UBND" not in trips() and len(decisions()["790/QĐ-UBND"].members) == 11
    first, done = decisions()["655/QĐ-UBND"], trips()["655/QĐ-UBND"]
    assert (len(first.members), first.start, first.end) == (8, dt.date(2026, 8, 24), dt.date(2026, 8, 28))
    assert (len(done.members), done.start, done.end) == (9, dt.date(2026, 8, 31), dt.date(2026, 9, 4))
    assert "Huỳnh Văn Tâm" not in [name for name, _ in done.members]
    assert done.members[-2:] == [
        ("Hồ Thị Xuân", "Trưởng khoa Tim mạch, Bệnh viện Đa khoa tỉnh Quảng Ngãi"),
        ("Phan Quốc Dũng", "Phó Trưởng phòng Điều dưỡng, Bệnh viện Đa khoa tỉnh Quảng Ngãi"),
    ]
    st.check_trips(QUANG_NGAI, facts())
    st.check_bare_names(QUANG_NGAI, rf"(?:Ông|Bà|Đồng chí|ông|bà|{HONORIFIC}) ")


SIGNERS = {
    "KT": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
    "CT": "Nơi nhận:\tCHỦ TỊCH\n- Như Điều 3;\n",
    "TU": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 3,\tPHÓ BÍ THƯ\n",
    "HT": "Nơi nhận:\tHIỆU TRƯỞNG\n- Như Điều 3;\n",
}
"""How each signer closes a decision: a Phó Chủ tịch for the Chủ tịch, the Chủ tịch himself (the delegations a Phó Chủ
tịch leads), a Phó Bí thư for Ban Thường vụ, the Hiệu trưởng."""


def test_scenario_blind41_three_issuers_three_layouts_and_four_signers() -> None:
    assert Counter(d.issuer for d in decisions().values()) == Counter({"QĐ-UBND": 17, "TU": 3, "QĐ-ĐHPVĐ": 3})
    assert Counter(d.layout for d in trips().values()) == Counter({"list": 14, "table": 4, "prose": 2})
    signed = Counter(
        next(k for k, s in SIGNERS.items() if s in QUANG_NGAI.text(stem)) for stem in QUANG_NGAI.stems("qd-")
    )
    assert signed == Counter({"KT": 14, "CT": 3, "TU": 3, "HT": 3})
    led_by_pct = {n for n, d in trips().items() if d.members[0][1].startswith("Phó Chủ tịch Ủy ban nhân dân tỉnh")}
    assert led_by_pct == {"432/QĐ-UBND", "690/QĐ-UBND", "835/QĐ-UBND"}
    assert all(SIGNERS["CT"] in QUANG_NGAI.text(st.decision_stem(n)) for n in led_by_pct)
    wrapped = "TT\tHọ và tên\tChức vụ\tĐơn vị công tác (cơ quan, địa phương cử đi)\n"
    assert wrapped in QUANG_NGAI.text("qd-520")  # the long title cell the scan wraps onto two lines


def test_scenario_blind41_decisions_tell_interpreters_payers_and_countries() -> None:
    interpreted = {n: len(d.members) for n, d in trips().items() if any("hiên dịch" in t for _, t in d.members)}
    assert interpreted == {
        "305/QĐ-UBND": 4,
        "398/QĐ-UBND": 4,
        "432/QĐ-UBND": 5,
        "520/QĐ-UBND": 6,
        "602/QĐ-UBND": 10,
        "690/QĐ-UBND": 4,
        "835/QĐ-UBND": 5,
        "905/QĐ-UBND": 8,
    }
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["548/QĐ-UBND", "835/QĐ-UBND"]
    assert paying_firms(decisions()["790/QĐ-UBND"]) == [("Công ty TNHH Thủy sản Lý Sơn", True)]  # cancelled
    assert paying_firms(trips()["905/QĐ-UBND"]) == [("Công ty Cổ phần Bệnh viện Siam Care", False)]  # a Thai firm
    assert paying_firms(trips()["835/QĐ-UBND"]) == [("Hợp tác xã Dược liệu Măng Ri", True)]
    assert "Công ty TNHH Lữ hành Sa Huỳnh đặt vé máy bay" in trips()["602/QĐ-UBND"].funding  # books, does not pay
    assert "ngân sách tỉnh và tài trợ của Tổ chức Hợp tác quốc tế Đức (GIZ)" in trips()["520/QĐ-UBND"].funding
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {
        "520/QĐ-UBND": "Campuchia + Lào",
        "730/QĐ-UBND": "Campuchia + Lào + Mi-an-ma + Thái Lan",
        "861/QĐ-UBND": "In-đô-nê-xi-a + Ma-lai-xi-a + Phi-líp-pin",
    }
    by_land = st.squash(QUANG_NGAI.text("qd-520"))
    assert "tại Lào từ ngày 10/6/2026 đến ngày 13/6/2026" in by_land
    assert "tại Campuchia từ ngày 13/6/2026 đến ngày 16/6/2026" in by_land


def test_scenario_blind41_reports_link_by_number_or_by_date() -> None:
    """18 reports: one citing '853/QĐ-UBND' for 835, one citing only the decision's date and the Hiệu trưởng (both
    linked by the decision's date and the trip's start), one citing a decision and its amendment, one signed by a
    deputy; 861 has none (late), 905 none yet (not due)."""
    assert len({r.number for r in reports().values()}) == 18 and "853/QĐ-UBND" not in decisions()
    assert st.linked_by_date(reports()) == {"171/BC-VP", "162/BC-ĐHPVĐ"}
    assert reports()["835/QĐ-UBND"].number == "171/BC-VP"
    assert "Thực hiện Quyết định ngày 20/10/2026 của Hiệu trưởng" in QUANG_NGAI.text("bc-162-dhpvd")
    assert "Quyết định số 672/QĐ-UBND" in QUANG_NGAI.text("bc-136-bvdk") and reports()["655/QĐ-UBND"].how == "number"
    assert "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n" in QUANG_NGAI.text("bc-88-sct")
    assert sorted(set(trips()) - set(reports())) == ["861/QĐ-UBND", "905/QĐ-UBND"]
    st.check_reports_tell_dates(QUANG_NGAI, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind41_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(QUANG_NGAI, part, found(), set(decisions()), findings=12, traps=55)


LEADS = (
    ("142-QĐ/TU", 8),  # Tết 16–20/2 off: exactly the eight
    ("432/QĐ-UBND", 7),  # the breach: 27/4, 30/4, 1/5 off
    ("690/QĐ-UBND", 8),  # Saturday 22/8 worked, 31/8–2/9 off: exactly the eight
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 2, 5), 7, (2026, 2, 23)),  # Tết 16–20/2 off; the report came on 25/2
    ((2026, 4, 24), 7, (2026, 5, 8)),  # 27/4, 30/4, 1/5 off; the report on its last day
    ((2026, 7, 24), 7, (2026, 8, 4)),  # back before 01/8: seven; the report on the sixth
    ((2026, 10, 2), 5, (2026, 10, 9)),  # back after 01/8: five; the report on the sixth
    ((2026, 11, 21), 5, (2026, 11, 30)),  # 24/11 off; no report
    ((2026, 12, 16), 5, (2026, 12, 23)),  # the day after the check date
)
"""End of the trip, the working days the rules give, the report's last day."""


def test_scenario_blind41_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24))
    QUANG_NGAI.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    assert [st.weekdays_between(trips()[n].submitted, trips()[n].start) for n in ("142-QĐ/TU", "432/QĐ-UBND")] == [
        13,
        10,
    ]  # only the holidays make these short
    assert QUANG_NGAI.without_make_up().lead(dt.date(2026, 8, 20), dt.date(2026, 9, 4)) == 7
    assert [QUANG_NGAI.nth_working_day_after(dt.date(*end), n) for end, n, _ in DUES] == [
        dt.date(*due) for _, _, due in DUES
    ]
    assert dt.date(2026, 12, 23) > dt.date.fromisoformat(QUANG_NGAI.expected()["as_of"])
    # Văn bản 12729/VPCP-KGVX moves 2/1 to Saturday 10/1, which `holidays` lacks: no Tờ trình or trip is that early.
    assert min(d.submitted for d in trips().values() if d.submitted) > dt.date(2026, 1, 10)


def test_scenario_blind41_every_text_has_its_scan() -> None:
    QUANG_NGAI.check_scans(43, required=False)


def misread(texts: st.ScenarioTexts = QUANG_NGAI, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind41_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags the Phó Chủ tịch UBND tỉnh, two plain deputies and a Phó Chánh
    Văn phòng; one who skips the amendment loses the size and flags a late report on the old dates; one who keeps the
    cancelled decision flags its size, firm, missing report, a Giám đốc's fourth and third trips and a Chủ tịch UBND
    đặc khu's third; one who skips the Công văn loses the size and a late report; one who applies it from January
    flags 602's ten and three reports on their sixth or seventh day; one who forgets the make-up Saturday flags the
    lead of exactly eight across Quốc khánh."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("835/QĐ-UBND", "Võ Thanh Long"),
        ("835/QĐ-UBND", "Hà Thị Mỹ Lệ"),
        ("835/QĐ-UBND", "Nguyễn Hữu Tài"),
        ("296/QĐ-ĐHPVĐ", "Trần Thị Ngọc Hân"),
    }
    unamended = dict(trips()) | {"655/QĐ-UBND": decisions()["655/QĐ-UBND"]}
    assert misread(carried=unamended) == (
        {("report_deadline_working_days", "655/QĐ-UBND", None)},  # back 28/8: due 09/9, the report of 10/9 late
        {("max_delegation_size", "655/QĐ-UBND", None)},
    )
    uncancelled = dict(trips()) | {"790/QĐ-UBND": decisions()["790/QĐ-UBND"]}
    assert misread(carried=uncancelled) == (
        {
            ("max_delegation_size", "790/QĐ-UBND", None),
            ("no_enterprise_funded", "790/QĐ-UBND", None),
            ("report_deadline_working_days", "790/QĐ-UBND", None),
            ("max_trips_per_year", "790/QĐ-UBND", "Phạm Ngọc Thạch"),
            ("max_trips_per_year", "790/QĐ-UBND", "Trần Văn Khải"),
            ("max_trips_per_year", "861/QĐ-UBND", "Nguyễn Quang Huy"),
        },
        set(),
    )
    old = st.recompute(QUANG_NGAI, facts_of(QUANG_NGAI, trips(), amended=False).values())
    assert (old - found(), found() - old) == (
        set(),
        {("max_delegation_size", "655/QĐ-UBND", None), ("report_deadline_working_days", "231-QĐ/TU", None)},
    )
    early = misread(other={"max_delegation_size": 8, "report_deadline_working_days": 5})
    assert early == (
        {
            ("max_delegation_size", "602/QĐ-UBND", None),
            ("report_deadline_working_days", "602/QĐ-UBND", None),
            ("report_deadline_working_days", "398/QĐ-UBND", None),
            ("report_deadline_working_days", "520/QĐ-UBND", None),
        },
        set(),
    )
    assert misread(QUANG_NGAI.without_make_up()) == ({("submission_lead_working_days", "690/QĐ-UBND", None)}, set())
