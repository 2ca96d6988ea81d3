"""The Cà Mau 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế that a Quyết định of UBND
tỉnh issues (words with and without digits), two of them checked against the Công văn of Văn phòng UBND tỉnh that
says them in other words; the key leaders by the Quy chế's article of definitions (Điều 3 "Giải thích từ ngữ", which
the limit's article refers to: heads of sở, ban, đoàn thể, university and hospital; Bí thư Đảng ủy and Chủ tịch UBND of
xã, phường; a deputy only when the unit's Bí thư Đảng ủy; "không bao gồm" the Phó Chủ tịch UBND tỉnh, plain deputies
and heads of units under a sở); trips from two issuers' decisions in three layouts with one amendment applied (a
member withdrawn, one added); reports linked by the number they cite, or by the decision's date and the trip's start
when the number is mistyped or absent; deadlines and leads in working days (holidays VN with its make-up Saturday
22/8/2026 and Quốc khánh 31/8–2/9)."""

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

CA_MAU = st.ScenarioTexts("scenario_blind36", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qd-07-2026", "00-2-cv-1186-vp"
WORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "mười": 10, "mười hai": 12}
QUY_CHE_RULES = {
    "max_trips_per_year": r"Lãnh đạo chủ chốt quy định tại khoản 2 Điều 3 Quy chế này đi công tác nước ngoài không quá "
    r"(\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"số thành viên của mỗi đoàn tối đa (\w+ \w+) người, kể cả phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) nước;",
    "max_days_per_country": r"thời gian lưu lại không quá (\w+) ngày mỗi nước, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày kết thúc chuyến công tác",
}
"""The Quy chế's sentence of each limit: words alone, or words and digits."""
CONG_VAN_RULES = {
    "max_trips_per_year": r"lãnh đạo chủ chốt \(theo khoản 2 Điều 3 Quy chế\) chỉ đi công tác nước ngoài "
    r"tối đa (\d+) lần trong năm",
    "report_deadline_working_days": r"chậm nhất (\d+) ngày làm việc sau khi kết thúc chuyến công tác",
}
"""The Công văn's own wording of two of them, in digits alone."""


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(CA_MAU.text(QUY_CHE)), QUY_CHE_RULES, WORDS)


COUNTRY_FORMS = (
    "Thái Lan: Vương quốc Thái Lan; Ấn Độ: Cộng hòa Ấn Độ; Xinh-ga-po: Cộng hòa Xinh-ga-po; Lào: Cộng hòa Dân chủ Nhân "
    "dân Lào; Hàn Quốc: Đại Hàn Dân Quốc; Cam-pu-chia: Vương quốc Cam-pu-chia; Trung Quốc: Cộng hòa Nhân dân Trung "
    "Hoa; Na Uy: Vương quốc Na Uy; Đan Mạch: Vương quốc Đan Mạch; Hà Lan: Vương quốc Hà Lan; Nhật Bản: Nhật Bản; "
    "Ô-xtrây-li-a: Ô-xtrây-li-a; Ma-lai-xi-a: Ma-lai-xi-a"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
PROVINCIAL = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Quản lý Khu kinh tế tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Trường Đại học Bạc Liêu",
    "Bệnh viện Đa khoa tỉnh Cà Mau",
)
"""The sở, the ban, the đoàn thể, the university and the hospital the decisions name."""
KEY_POSTS = st.head_posts(PROVINCIAL)
"""Quy chế Điều 3 khoản 2's lãnh đạo chủ chốt, a group for each unit it reads: a head of a provincial body, its Bí thư
Đảng ủy even when a deputy (either order, "kiêm" or a comma), the Bí thư Đảng ủy and the Chủ tịch UBND of a xã,
phường. What khoản 3 leaves out matches none: the Phó Chủ tịch UBND tỉnh, plain deputies, a chi cục, phòng,
trung tâm or nhà hát under a sở."""
FIRM_PAYS = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?) (?:đài thọ|chi trả|tài trợ)")


FORM = st.DecisionForm(
    CA_MAU,
    st.PartyOrStateDecision,
    lambda body, a1: st.members_and_layout(a1, st.LISTED_MEMBERS, st.RULED_MEMBERS, "(?:ông|bà|đồng chí)"),
    where=r"(?s)đi công tác tại (.+?)\s+từ ngày",
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(CA_MAU, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a lãnh đạo chủ chốt, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: st.PartyOrStateDecision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def enterprise_pays(d: st.PartyOrStateDecision) -> bool:
    """Quy chế Điều 5 khoản 5: a firm's named invitation, or a firm paying; a foreign state body, party, đoàn thể,
    university or institute paying is none, nor firms that pay only for themselves or are said to pay nothing."""
    return bool(re.search(r"lời mời đích danh của (?:Công ty|Tập đoàn)", d.funding)) or bool(
        st.paying_firms(d.funding, FIRM_PAYS)
    )


def facts_of(texts: st.ScenarioTexts, carried: Mapping[str, st.PartyOrStateDecision]) -> dict[str, st.TripFacts]:
    return st.facts_of(texts, carried, reports(), key_unit, countries, enterprise_pays, limits())


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(CA_MAU, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(CA_MAU, facts().values())


def test_scenario_blind36_quy_che_and_cong_van_say_the_same_limits_in_other_words() -> None:
    """The Quy chế's words (some with digits) and the Công văn's bare digits agree; the Công văn's figures of 2025
    are no limits."""
    assert limits() == st.rule_limits(trips=2, size=12, days=4, countries=3, lead=10, report=7)
    cv = st.stated_limits(st.squash(CA_MAU.text(CONG_VAN)), CONG_VAN_RULES, WORDS)
    assert cv == {kind: limits()[kind] for kind in CONG_VAN_RULES}
    assert [st.issue_date(CA_MAU.text(s)) for s in (QUY_CHE, CONG_VAN)] == [dt.date(2026, 1, 20), dt.date(2026, 3, 16)]
    assert "9 đoàn gửi báo cáo kết quả chậm, 2 đoàn có trên 15 thành viên" in st.squash(CA_MAU.text(CONG_VAN))
    quy_che = CA_MAU.text(QUY_CHE)
    assert "Ban hành kèm theo Quyết định số 07/2026/QĐ-UBND" in quy_che and "\fỦY BAN NHÂN DÂN TỈNH CÀ MAU\n" in quy_che


SCOPE = (
    "Điều 3. Giải thích từ ngữ",
    "2. Lãnh đạo chủ chốt là người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, địa phương, gồm:",
    "Cấp phó của người đứng đầu đồng thời là Bí thư Đảng ủy của chính cơ quan, đơn vị đó được tính là lãnh đạo",
    "3. Lãnh đạo chủ chốt không bao gồm:",
    "lãnh đạo Ủy ban nhân dân tỉnh (việc đi nước ngoài thực hiện theo quy định của Trung ương)",
    "c) Người đứng đầu chi cục, phòng, trung tâm và đơn vị sự nghiệp trực thuộc sở.",
    "Đoàn do cơ quan nhà nước, tổ chức đảng, đoàn thể, tổ chức quốc tế, trường đại học, viện nghiên cứu nước ngoài",
)
"""Where the Quy chế says whom the trips limit binds (its article of definitions) and which payers are no firms."""

POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại Sở Công Thương | -
Chi cục trưởng Chi cục Thủy sản, Sở Nông nghiệp và Môi trường | -
Giám đốc Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Phó Giám đốc, Bí thư Đảng ủy Sở Y tế | Sở Y tế
Bí thư Đảng ủy kiêm Phó Giám đốc Sở Y tế | Sở Y tế
Bí thư Đảng ủy, Phó Giám đốc Sở Y tế | Sở Y tế
Phó Giám đốc Sở Y tế | -
Giám đốc Bệnh viện Đa khoa tỉnh Cà Mau | Bệnh viện Đa khoa tỉnh Cà Mau
Hiệu trưởng Trường Đại học Bạc Liêu | Trường Đại học Bạc Liêu
Phó Hiệu trưởng Trường Đại học Bạc Liêu | -
Trưởng ban Ban Quản lý Khu kinh tế tỉnh | Ban Quản lý Khu kinh tế tỉnh
Phó Trưởng ban Ban Quản lý Khu kinh tế tỉnh | -
Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | Hội Liên hiệp Phụ nữ tỉnh
Trưởng Ban Tổ chức - Kiểm tra, Hội Liên hiệp Phụ nữ tỉnh | -
Giám đốc Nhà hát Cao Văn Lầu Sở Văn hóa, Thể thao và Du lịch | -
Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch | -
Bí thư Đảng ủy xã Năm Căn | xã Năm Căn
Chủ tịch Ủy ban nhân dân xã Năm Căn | xã Năm Căn
Phó Chủ tịch Ủy ban nhân dân xã Năm Căn | -
Chủ tịch Ủy ban nhân dân phường Bạc Liêu | phường Bạc Liêu
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
"""
"""A title as the decisions write it | the unit of which it makes a lãnh đạo chủ chốt, "-" for none."""


def test_scenario_blind36_key_leaders_follow_the_article_of_definitions() -> None:
    quy_che = st.squash(CA_MAU.text(QUY_CHE))
    assert [phrase for phrase in SCOPE if phrase not in quy_che] == []
    assert quy_che.index("Điều 3. Giải thích từ ngữ") < quy_che.index("quy định tại khoản 2 Điều 3 Quy chế này")
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    written = {t for d in trips().values() for name, t in d.members if name == "Châu Thị Ngọc Diễm"}
    assert len(written) == 3 and {key_unit(t) for t in written} == {"Sở Y tế"}


def test_scenario_blind36_trips_after_the_amendment() -> None:
    """671 withdraws the Giám đốc Bệnh viện from 640 and adds a bác sĩ."""
    assert st.changes(decisions()) == {"671/QĐ-UBND": "640/QĐ-UBND"}
    assert (len(decisions()), len(trips())) == (18, 17)
    assert "Lâm Hoàng Phúc" in dict(decisions()["640/QĐ-UBND"].members)
    assert "Lâm Hoàng Phúc" not in dict(trips()["640/QĐ-UBND"].members)
    assert trips()["640/QĐ-UBND"].members[-1][0] == "Phạm Thị Tuyết Mai"
    st.check_trips(CA_MAU, facts())
    st.check_bare_names(CA_MAU, r"(?:Ông|Bà|Đồng chí) ")


def test_scenario_blind36_two_issuers_and_three_layouts() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 15, "-QĐ/TU": 3})
    layouts = Counter((d.party, d.layout) for d in trips().values())
    assert layouts == Counter(
        {(False, "list"): 5, (False, "table"): 5, (False, "prose"): 4, (True, "list"): 2, (True, "prose"): 1}
    )
    forms = {
        "qd-238-qd": "\nSố 238-QĐ/TU\n",
        "qd-488": "Nơi nhận:\tCHỦ TỊCH\n",
        "qd-205": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
        QUY_CHE: "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\tCHỦ TỊCH\n",
        CONG_VAN: "Nơi nhận:\tKT. CHÁNH VĂN PHÒNG\n",
        "bc-07-du-namcan": "Năm Căn, ngày 07 tháng 7 năm 2026",
    }
    assert [stem for stem, form in forms.items() if form not in CA_MAU.text(stem)] == []
    signed_by_chair = {n for n, d in trips().items() if "Nơi nhận:\tCHỦ TỊCH\n" in CA_MAU.text(st.decision_stem(n))}
    led_by_vice_chair = {n for n, d in trips().items() if d.members[0][0] == "Thạch Sô Phol"}
    assert signed_by_chair == led_by_vice_chair == {"361/QĐ-UBND", "488/QĐ-UBND", "560/QĐ-UBND"}


def test_scenario_blind36_decisions_tell_interpreters_payers_and_countries() -> None:
    told = {n: (enterprise_pays(d), " + ".join(sorted(countries(d)))) for n, d in trips().items()}
    interpreted = {n: len(d.members) for n, d in trips().items() for _, t in d.members if "Phiên dịch" in t}
    assert interpreted == {"361/QĐ-UBND": 12, "470/QĐ-UBND": 13}
    assert sorted(n for n, (firm, _) in told.items() if firm) == ["402/QĐ-UBND"]
    where = [told[n][1] for n in ("488/QĐ-UBND", "662/QĐ-UBND", "575/QĐ-UBND")]
    assert where == ["Hà Lan + Na Uy + Đan Mạch", "Ma-lai-xi-a + Xinh-ga-po", "Ô-xtrây-li-a"]
    assert "các nước: Vương quốc Na Uy, Vương quốc Đan Mạch và Vương quốc Hà Lan từ ngày" in CA_MAU.text("qd-488")
    assert "Trường Đại học Kasetsart (Vương quốc Thái Lan) đài thọ" in trips()["298/QĐ-UBND"].funding
    assert "không doanh nghiệp nào tài trợ" in trips()["361/QĐ-UBND"].funding
    assert "không chi trả bất kỳ khoản chi phí nào" in trips()["488/QĐ-UBND"].funding


def test_scenario_blind36_reports_link_by_number_or_by_date() -> None:
    """15 reports: one citing '381' for 361 and one a date alone (linked by the decision's date and the trip's start);
    238-QĐ/TU has none (late), 640 none yet (not due)."""
    assert len(reports()) == 15
    assert st.linked_by_date(reports()) == {"25/BC-SCT", "20/BC-BQLKKT"}
    assert "381/QĐ-UBND" not in decisions() and "Quyết định số" not in CA_MAU.text("bc-08-bqlkkt")
    assert sorted(set(trips()) - set(reports())) == ["238-QĐ/TU", "640/QĐ-UBND"]
    st.check_reports_tell_dates(CA_MAU, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind36_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(CA_MAU, part, found(), set(decisions()), findings=12, traps=46)


LEADS = (
    ("205/QĐ-UBND", 20, 25),  # Tết 16–20/2 inside
    ("298/QĐ-UBND", 8, 11),  # 27/4, 30/4, 1/5 inside: a breach only by the calendar
    ("488/QĐ-UBND", 10, 12),  # Saturday 22/8 worked, 31/8–2/9 off
    ("612/QĐ-UBND", 8, 8),  # no holiday
)
"""Decision, lead in working days, weekdays between the Tờ trình and departure."""
DUES = (
    ((2026, 8, 28), (2026, 9, 11)),  # 31/8–2/9 off
    ((2026, 6, 26), (2026, 7, 7)),
    ((2026, 9, 15), (2026, 9, 24)),
    ((2026, 11, 13), (2026, 11, 25)),  # 24/11 off
    ((2026, 12, 18), (2026, 12, 29)),  # after the check date
)
"""End of the trip, the last day for its report (seven working days)."""


def test_scenario_blind36_boundaries_hold_on_the_calendar() -> None:
    CA_MAU.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 9, 2))
    CA_MAU.check_calendar(dt.date(2026, 11, 24))
    for number, lead, weekdays in LEADS:
        assert facts()[number].lead == lead, number
        assert st.weekdays_between(trips()[number].submitted, facts()[number].start) == weekdays, number  # type: ignore[arg-type]
    assert [CA_MAU.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 29) > dt.date.fromisoformat(CA_MAU.expected()["as_of"])


def test_scenario_blind36_every_text_has_its_scan() -> None:
    CA_MAU.check_scans(35, required=False)


def misread(texts: st.ScenarioTexts = CA_MAU, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`:
    whose trips it counts, other limits, other trips)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind36_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags the plain deputies, a trung tâm head, a chi cục head, a
    trưởng phòng and the Phó Chủ tịch UBND tỉnh that Điều 3 khoản 3 leaves out; one who skips 671 flags the withdrawn
    Giám đốc Bệnh viện; one who takes the Công văn's "trên 15 thành viên" of 2025 for the size limit loses the size
    finding; one who forgets the make-up Saturday flags the lead of exactly ten."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("560/QĐ-UBND", "Trương Thị Mỹ Hạnh"),
        ("560/QĐ-UBND", "Huỳnh Tấn Lợi"),
        ("560/QĐ-UBND", "Thạch Sô Phol"),
        ("575/QĐ-UBND", "Quách Văn Lực"),
        ("575/QĐ-UBND", "Lê Thị Thu Trang"),
        ("612/QĐ-UBND", "Lê Văn Sang"),
    }
    without_671 = {n: d for n, d in decisions().items() if d.members}
    assert misread(carried=without_671) == ({("max_trips_per_year", "640/QĐ-UBND", "Lâm Hoàng Phúc")}, set())
    assert misread(other={"max_delegation_size": 15}) == (set(), {("max_delegation_size", "470/QĐ-UBND", None)})
    assert misread(CA_MAU.without_make_up()) == ({("submission_lead_working_days", "488/QĐ-UBND", None)}, set())
