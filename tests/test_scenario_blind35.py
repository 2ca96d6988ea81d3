"""The Vĩnh Long 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Kế hoạch of UBND tỉnh, each checked
against the party's Chỉ thị that says it in other words (words without digits, "kể cả thời gian đi đường" for the
days, the interpreter named in one only); the key leaders by the Chỉ thị's own definition (heads of sở, ban, đoàn
thể, college and hospital; Bí thư Đảng ủy and Chủ tịch UBND of xã, phường; a deputy only when the unit's Bí thư Đảng
ủy; Ủy viên Ban Thường vụ and lãnh đạo UBND tỉnh out); trips from two issuers' decisions in three layouts with two
amendments applied (a member added, a member withdrawn); reports linked by the number they cite, or by the decision's
date and the trip's start when the number is mistyped or absent; deadlines and leads in working days (holidays VN with
its make-up Saturday 22/8/2026)."""

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

VINH_LONG = st.ScenarioTexts("scenario_blind35", frozenset({dt.date(2026, 8, 22)}))
CHI_THI, KE_HOACH = "00-1-ct-08-tu", "00-2-kh-27-ubnd"
WORDS = {"hai": 2, "ba": 3, "bảy": 7, "mười": 10, "mười lăm": 15}
KE_HOACH_RULES = {
    "max_trips_per_year": r"Cán bộ chủ chốt theo khoản 2 Chỉ thị .+? đi công tác nước ngoài tối đa (\d+) lần/năm",
    "max_delegation_size": r"Quy mô đoàn không quá (\w+) người, tính cả người phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) \((\d+)\) nước; nước quá cảnh không tính",
    "max_days_per_country": r"lưu lại tại mỗi nước tối đa (\d+) ngày, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày kết thúc chuyến công tác",
}
"""The Kế hoạch's sentence of each limit: digits alone, words alone, or both."""
CHI_THI_RULES = {
    "max_trips_per_year": r"Cán bộ chủ chốt đi công tác nước ngoài không quá (\w+) lần trong một năm",
    "max_delegation_size": r"số thành viên mỗi đoàn không được vượt quá (\w+) \((\d+)\) người",
    "days_with_travel": r"Thời gian công tác không quá (\w+) \((\d+)\) ngày tại mỗi nước, kể cả thời gian đi đường",
}
"""The Chỉ thị's own wording of three of them; its days count the two travel days."""
TRAVEL_DAYS = 2


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(VINH_LONG.text(KE_HOACH)), KE_HOACH_RULES, WORDS)


COUNTRY_FORMS = (
    "Thái Lan: Vương quốc Thái Lan; Nhật Bản: Nhật Bản; Lào: Cộng hòa Dân chủ Nhân dân Lào; Trung Quốc: Cộng hòa Nhân "
    "dân Trung Hoa; Xinh-ga-po: Cộng hòa Xinh-ga-po; Cam-pu-chia: Vương quốc Cam-pu-chia; Ô-xtrây-li-a: Ô-xtrây-li-a; "
    "Hàn Quốc: Đại Hàn Dân Quốc; Hà Lan: Vương quốc Hà Lan; Bỉ: Vương quốc Bỉ; Pháp: Cộng hòa Pháp; Đức: Cộng hòa Liên "
    "bang Đức; Ma-lai-xi-a: Ma-lai-xi-a"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
PROVINCIAL = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Quản lý các khu công nghiệp tỉnh",
    "Hội Nông dân tỉnh",
    "Trường Cao đẳng Công nghệ Vĩnh Long",
    "Bệnh viện Đa khoa tỉnh Vĩnh Long",
)
"""The sở, ban, đoàn thể, college and hospital of the province that the decisions name (a THPT is none)."""
KEY_POSTS = st.head_posts(PROVINCIAL)
"""Chỉ thị khoản 2's cán bộ chủ chốt, a group for each unit it reads: a head of a provincial body, its Bí thư Đảng ủy
even when a deputy (in either order, "kiêm" or a comma), the Bí thư Đảng ủy and the Chủ tịch UBND of a xã, phường."""
FIRM_PAYS = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?) (?:đài thọ|chi trả)")


FORM = st.DecisionForm(
    VINH_LONG,
    st.PartyOrStateDecision,
    lambda body, a1: st.members_and_layout(a1, st.LISTED_MEMBERS, st.RULED_MEMBERS, "(?:ông|bà)"),
    where=r"(?s)đi công tác tại (.+?)\s+từ ngày",
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(VINH_LONG, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a cán bộ chủ chốt, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: st.PartyOrStateDecision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def enterprise_pays(d: st.PartyOrStateDecision) -> bool:
    """Chỉ thị khoản 5: a firm's named invitation, or a firm paying; a foreign authority, university or institute
    paying is none, nor a firm that pays only for itself or is said to pay nothing."""
    return bool(re.search(r"thư mời đích danh của (?:Công ty|Tập đoàn)", d.funding)) or bool(
        st.paying_firms(d.funding, FIRM_PAYS)
    )


def facts_of(texts: st.ScenarioTexts, carried: Mapping[str, st.PartyOrStateDecision]) -> dict[str, st.TripFacts]:
    return st.facts_of(texts, carried, reports(), key_unit, countries, enterprise_pays, limits())


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(VINH_LONG, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(VINH_LONG, facts().values())


def test_scenario_blind35_chi_thi_and_ke_hoach_say_the_same_limits_in_other_words() -> None:
    """The Kế hoạch's digits and the Chỉ thị's words agree; the Chỉ thị's seven days count the two travel days."""
    assert limits() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=15, report=10)
    ct = st.stated_limits(st.squash(VINH_LONG.text(CHI_THI)), CHI_THI_RULES, WORDS)
    assert ct["max_trips_per_year"] == limits()["max_trips_per_year"]
    assert ct["max_delegation_size"] == limits()["max_delegation_size"]
    assert ct["days_with_travel"] - TRAVEL_DAYS == limits()["max_days_per_country"]
    assert [st.issue_date(VINH_LONG.text(s)) for s in (CHI_THI, KE_HOACH)] == [
        dt.date(2026, 1, 14),
        dt.date(2026, 2, 6),
    ]
    kh = st.squash(VINH_LONG.text(KE_HOACH))
    assert "64 đoàn với 381 lượt người" in kh and "3 đoàn có trên 12 thành viên" in kh


SCOPE = (
    "Cán bộ chủ chốt nêu tại Chỉ thị này là người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, địa phương, gồm:",
    "Cấp phó của người đứng đầu không thuộc diện này, trừ trường hợp cấp phó đồng thời là Bí thư Đảng ủy",
    "Trưởng phòng, Chi cục trưởng, Giám đốc trung tâm thuộc sở cũng không thuộc diện này",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh, lãnh đạo Ủy ban nhân dân tỉnh",
    "Chuyến công tác do cơ quan chính quyền, tổ chức đảng, tổ chức quốc tế, trường đại học, viện nghiên cứu nước ngoài",
)
"""Where the Chỉ thị says whom the trips limit binds (khoản 2) and which payers are no firms (khoản 5)."""

POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương | -
Chi cục trưởng Chi cục Thủy sản và Kiểm ngư, Sở Nông nghiệp và Môi trường | -
Phó Giám đốc, Bí thư Đảng ủy Sở Y tế | Sở Y tế
Bí thư Đảng ủy kiêm Phó Giám đốc Sở Y tế | Sở Y tế
Bí thư Đảng ủy, Phó Giám đốc Sở Y tế | Sở Y tế
Phó Giám đốc Sở Y tế | -
Giám đốc Bệnh viện Đa khoa tỉnh Vĩnh Long | Bệnh viện Đa khoa tỉnh Vĩnh Long
Hiệu trưởng Trường Cao đẳng Công nghệ Vĩnh Long | Trường Cao đẳng Công nghệ Vĩnh Long
Phó Hiệu trưởng Trường Cao đẳng Công nghệ Vĩnh Long | -
Hiệu trưởng Trường Trung học phổ thông chuyên Nguyễn Bỉnh Khiêm | -
Trưởng ban Ban Quản lý các khu công nghiệp tỉnh | Ban Quản lý các khu công nghiệp tỉnh
Phó Trưởng ban Ban Quản lý các khu công nghiệp tỉnh | -
Chủ tịch Hội Nông dân tỉnh | Hội Nông dân tỉnh
Bí thư Đảng ủy xã Cầu Kè | xã Cầu Kè
Chủ tịch Ủy ban nhân dân xã Cầu Kè | xã Cầu Kè
Phó Chủ tịch Ủy ban nhân dân xã Cầu Kè | -
Chủ tịch Ủy ban nhân dân xã Chợ Lách | xã Chợ Lách
Bí thư Đảng ủy phường An Hội | phường An Hội
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
Trưởng Đoàn Đoàn Nghệ thuật Khmer tỉnh Vĩnh Long | -
"""
"""A title as the decisions write it | the unit of which it makes a cán bộ chủ chốt, "-" for none."""


def test_scenario_blind35_key_leaders_follow_the_chi_thi_definition() -> None:
    ct = st.squash(VINH_LONG.text(CHI_THI))
    assert [phrase for phrase in SCOPE if phrase not in ct] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    written = {t for d in trips().values() for name, t in d.members if name == "Tô Thị Kim Ngân"}
    assert len(written) == 3 and {key_unit(t) for t in written} == {"Sở Y tế"}


def test_scenario_blind35_trips_after_the_amendments() -> None:
    """701 adds the Hiệu trưởng to 672; 771 withdraws the Trưởng ban from 748 and adds a chuyên viên."""
    assert sorted(st.changes(decisions()).items()) == [("701/QĐ-UBND", "672/QĐ-UBND"), ("771/QĐ-UBND", "748/QĐ-UBND")]
    assert (len(decisions()), len(trips())) == (25, 23)
    assert trips()["672/QĐ-UBND"].members[-1] == ("Trần Minh Trí", "Hiệu trưởng Trường Cao đẳng Công nghệ Vĩnh Long")
    assert "Dương Quốc Bảo" in dict(decisions()["748/QĐ-UBND"].members)
    assert "Dương Quốc Bảo" not in dict(trips()["748/QĐ-UBND"].members)
    st.check_trips(VINH_LONG, facts())
    st.check_bare_names(VINH_LONG, r"(?:Ông|Bà|Đồng chí) ")
    tai = {t for d in trips().values() for name, t in d.members if name == "Nguyễn Văn Tài"}
    assert {key_unit(t) for t in tai} == {"xã Chợ Lách", None}


def test_scenario_blind35_two_issuers_and_three_layouts() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 22, "-QĐ/TU": 3})
    layouts = Counter((d.party, d.layout) for d in trips().values())
    assert layouts == Counter({(False, "list"): 8, (False, "table"): 6, (False, "prose"): 6, (True, "list"): 3})
    forms = {
        "qd-24-qd": "\nSố 24-QĐ/TU\n",
        "qd-555": "Nơi nhận:\tCHỦ TỊCH\n",
        "qd-168": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
        "00-1-ct-08-tu": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Ban Tổ chức Trung ương,\tBÍ THƯ\n",
        "bc-14-ubnd-cholach": "Chợ Lách, ngày 18 tháng 9 năm 2026",
    }
    assert [stem for stem, form in forms.items() if form not in VINH_LONG.text(stem)] == []


def test_scenario_blind35_decisions_tell_interpreters_payers_and_countries() -> None:
    told = {n: (len(d.members), enterprise_pays(d), " + ".join(sorted(countries(d)))) for n, d in trips().items()}
    interpreted = {
        n: size for n, d in trips().items() for _, t in d.members if "Phiên dịch" in t for size in [len(d.members)]
    }
    assert interpreted == {"452/QĐ-UBND": 11, "488/QĐ-UBND": 10}
    assert sorted(n for n, (_, firm, _) in told.items() if firm) == ["655/QĐ-UBND", "730/QĐ-UBND"]
    where = [told[n][2] for n in ("555/QĐ-UBND", "640/QĐ-UBND", "302/QĐ-UBND")]
    assert where == ["Bỉ + Hà Lan + Pháp + Đức", "Hàn Quốc + Nhật Bản + Trung Quốc", "Ô-xtrây-li-a"]
    assert "các nước: Vương quốc Hà Lan,\nVương quốc Bỉ,\nCộng hòa Pháp và\nCộng hòa Liên bang Đức\ntừ ngày" in (
        VINH_LONG.text("qd-555")
    )
    assert "tự chi trả chi phí của doanh nghiệp" in trips()["168/QĐ-UBND"].funding
    assert "không chi trả bất kỳ khoản nào" in trips()["640/QĐ-UBND"].funding


def test_scenario_blind35_reports_link_by_number_or_by_date() -> None:
    """21 reports: one citing '486' for 436 and one a date alone (linked by the decision's date and the trip's start),
    one a decision and its amendment; 655 has none (late), 748 none yet (not due)."""
    linked = {r.number: r.decisions for r in reports().values()}
    assert (len(linked), linked["19/BC-CĐCN"]) == (21, ("672/QĐ-UBND",))
    assert st.linked_by_date(reports()) == {"31/BC-SYT", "58/BC-SGDĐT"}
    assert "486/QĐ-UBND" not in decisions() and "Quyết định số" not in VINH_LONG.text("bc-12-sgddt")
    assert sorted(set(trips()) - set(reports())) == ["655/QĐ-UBND", "748/QĐ-UBND"]
    st.check_reports_tell_dates(VINH_LONG, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind35_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(VINH_LONG, part, found(), set(decisions()), findings=15, traps=44)


LEADS = (
    ("168/QĐ-UBND", 15, 20),  # Tết 16–20/2 inside
    ("240/QĐ-UBND", 13, 16),  # 27/4, 30/4, 1/5 inside: a breach only by the calendar
    ("538/QĐ-UBND", 15, 17),  # Saturday 22/8 worked, 31/8–2/9 off
    ("555/QĐ-UBND", 14, 16),  # 22/8 worked, 31/8–2/9 off
    ("41-QĐ/TU", 19, 21),  # 31/8–2/9 off
)
"""Decision, lead in working days, weekdays between the Tờ trình and departure."""
DUES = (
    ((2026, 8, 24), (2026, 9, 10)),  # 31/8–2/9 off
    ((2026, 7, 10), (2026, 7, 24)),
    ((2026, 11, 13), (2026, 11, 30)),  # 24/11 off
    ((2026, 11, 20), (2026, 12, 7)),  # 24/11 off
    ((2026, 12, 11), (2026, 12, 25)),  # after the check date
)
"""End of the trip, the last day for its report (ten working days)."""


def test_scenario_blind35_boundaries_hold_on_the_calendar() -> None:
    VINH_LONG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 9, 1), dt.date(2026, 11, 24))
    for number, lead, weekdays in LEADS:
        assert facts()[number].lead == lead, number
        assert st.weekdays_between(trips()[number].submitted, facts()[number].start) == weekdays, number  # type: ignore[arg-type]
    assert [VINH_LONG.nth_working_day_after(dt.date(*end), 10) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 25) > dt.date.fromisoformat(VINH_LONG.expected()["as_of"])


def test_scenario_blind35_every_text_has_its_scan() -> None:
    VINH_LONG.check_scans(48, required=False)


def misread(texts: st.ScenarioTexts = VINH_LONG, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`:
    whose trips it counts, other limits, other trips)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind35_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags deputies, a trung tâm head, the Phó Chủ tịch UBND tỉnh, the Ủy
    viên Ban Thường vụ and the two Nguyễn Văn Tài merged; one who merges only the two Tài flags his 3rd and 4th; one
    who skips an amendment loses the Hiệu trưởng's 3rd or flags the withdrawn Trưởng ban; one who leaves the
    interpreter out loses the size finding; one who takes the Chỉ thị's seven days as days in the country loses the
    days finding; one who forgets the make-up Saturday flags a lead of exactly fifteen."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("612/QĐ-UBND", "Phạm Thị Ngọc Hân"),
        ("612/QĐ-UBND", "Võ Văn Tâm"),
        ("640/QĐ-UBND", "Thạch Phước Bình"),
        ("41-QĐ/TU", "Lý Thị Hồng Đào"),
        ("748/QĐ-UBND", "Mai Xuân Lộc"),
        ("748/QĐ-UBND", "Lương Thị Diễm"),
        ("538/QĐ-UBND", "Nguyễn Văn Tài"),
        ("555/QĐ-UBND", "Nguyễn Văn Tài"),
    }
    tai = misread(counted=lambda f: frozenset(n for n, u in f.members if u or n == "Nguyễn Văn Tài"))
    assert tai == (
        {
            ("max_trips_per_year", "538/QĐ-UBND", "Nguyễn Văn Tài"),
            ("max_trips_per_year", "555/QĐ-UBND", "Nguyễn Văn Tài"),
        },
        set(),
    )
    firsts = {n: d for n, d in decisions().items() if d.members}
    without_701 = firsts | {"748/QĐ-UBND": trips()["748/QĐ-UBND"]}
    assert misread(carried=without_701) == (set(), {("max_trips_per_year", "672/QĐ-UBND", "Trần Minh Trí")})
    without_771 = firsts | {"672/QĐ-UBND": trips()["672/QĐ-UBND"]}
    assert misread(carried=without_771) == ({("max_trips_per_year", "748/QĐ-UBND", "Dương Quốc Bảo")}, set())
    assert misread(other={"max_delegation_size": 11}) == (set(), {("max_delegation_size", "452/QĐ-UBND", None)})
    assert misread(other={"max_days_per_country": 7}) == (set(), {("max_days_per_country", "302/QĐ-UBND", None)})
    assert misread(VINH_LONG.without_make_up()) == ({("submission_lead_working_days", "538/QĐ-UBND", None)}, set())
