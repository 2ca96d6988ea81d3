"""The Bộ Xây dựng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Bộ trưởng's Chỉ thị, each checked
against the Thông báo of Văn phòng Bộ that says it in other words, whose shorter report deadline applies to the
delegations back from 01/7/2026; the Thủ trưởng by the Chỉ thị's own list (khoản 8: a deputy only when "được giao phụ
trách", a unit's Bí thư Đảng ủy even when a deputy, the Bộ's and the Đảng ủy Bộ's leaders out); trips from the
Bộ trưởng's and the Đảng ủy Bộ's decisions in three layouts with the amendment applied; reports linked by the number
they cite, or by the decision's date and the trip's start when the number is mistyped; the lead in calendar days, the
report deadlines in working days (holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

BO_XAY_DUNG = st.ScenarioTexts("scenario_blind37", frozenset({dt.date(2026, 8, 22)}))
CHI_THI, THONG_BAO = "00-1-ct-05-bxd", "00-2-tb-215-bxd"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "tám": 8, "mười": 10, "mười lăm": 15, "hai mươi": 20}
CHI_THI_RULES = {
    "max_trips_per_year": r"Thủ trưởng các cơ quan, đơn vị thuộc Bộ đi công tác nước ngoài không quá (\w+) lần trong",
    "max_delegation_size": r"Mỗi đoàn công tác tối đa (\d+) người, kể cả phiên dịch",
    "max_countries_per_trip": r"Mỗi chuyến công tác không quá (\w+) nước",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày tại một nước, không kể thời gian đi đường",
    "submission_lead_working_days": r"ít nhất (\d+) ngày trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc sau khi về nước",
}
"""The Chỉ thị's sentence of each limit: digits alone, words alone, or both; its lead counts calendar days."""
THONG_BAO_RULES = {
    "max_trips_per_year": r"theo khoản 8 Chỉ thị đi công tác nước ngoài tối đa (\d+) lần trong năm",
    "max_delegation_size": r"Thành phần mỗi đoàn không quá (\w+) người, tính cả phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn đi tối đa (\d+) nước",
    "submission_lead_working_days": r"ít nhất (\w+ \w+) \((\d+)\) ngày trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc sau khi về nước, thay cho",
}
"""The Thông báo's wording of five of them; only the report deadline changes, for the delegations back from 01/7."""
LIMITS = st.LaterLimits(
    BO_XAY_DUNG,
    WORDS,
    (CHI_THI, CHI_THI_RULES),
    (THONG_BAO, THONG_BAO_RULES),
    since=rf"đối với các đoàn về nước kể từ ngày ({st.SLASH})",
    by="end",
    changed=("report_deadline_working_days",),
)

COUNTRY_FORMS = (
    "Nhật Bản: Nhật Bản; Hàn Quốc: Đại Hàn Dân Quốc; Ô-xtrây-li-a: Ô-xtrây-li-a; Xinh-ga-po: Cộng hòa Xinh-ga-po; "
    "Lào: Cộng hòa Dân chủ Nhân dân Lào; Pháp: Cộng hòa Pháp; Trung Quốc: Cộng hòa Nhân dân Trung Hoa; Đức: Cộng hòa "
    "Liên bang Đức; Hà Lan: Vương quốc Hà Lan; Bỉ: Vương quốc Bỉ; Thái Lan: Vương quốc Thái Lan; "
    "Ma-lai-xi-a: Ma-lai-xi-a; Na Uy: Vương quốc Na Uy; Thụy Điển: Vương quốc Thụy Điển; Đan Mạch: Vương quốc Đan "
    "Mạch; Phần Lan: Cộng hòa Phần Lan; Cu-ba: Cộng hòa Cu-ba; Ấn Độ: Cộng hòa Ấn Độ; Ca-na-đa: Ca-na-đa; "
    "Nga: Liên bang Nga"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
UNIT = r"((?:Vụ|Cục|Viện|Trường Đại học|Bệnh viện|Tạp chí|Văn phòng|Thanh tra) [^,]+)"
HEAD = r"(?:Vụ trưởng|Chánh Văn phòng|Chánh Thanh tra|Cục trưởng|Viện trưởng|Hiệu trưởng|Giám đốc|Tổng biên tập)"
KEY_POSTS = re.compile(
    "|".join(
        (
            rf"{HEAD} {UNIT}",
            rf"Phó {HEAD} phụ trách {UNIT}",
            rf"(?:Phó {HEAD}, )?Bí thư Đảng ủy(?:, Phó {HEAD})? {UNIT}",
        )
    )
)
"""Chỉ thị khoản 8's Thủ trưởng, a group for each way a title names the unit: its head (Vụ trưởng … Tổng biên tập);
a deputy "được giao phụ trách" it; its Bí thư Đảng ủy, a deputy or not, in either order. Read on the whole title, so a
plain deputy, a Trưởng phòng, the Giám đốc of a Ban quản lý dự án, a Thứ trưởng or an officer of the Đảng ủy Bộ
matches none."""
FIRM_PAYS = re.compile(
    r"(?P<payer>(?:Công ty|Tập đoàn|Tổng công ty) [^;,.]+?)(?: \([^)]*\))? (?:tài trợ|đài thọ|chi trả)"
)


class Decision(st.PartyOrStateDecision):
    """A decision of the Bộ trưởng ("/QĐ-BXD") or of Ban Thường vụ Đảng ủy Bộ ("-QĐ/ĐU")."""

    @property
    def party(self) -> bool:
        return self.number.endswith("-QĐ/ĐU")


FORM = st.DecisionForm(
    BO_XAY_DUNG,
    Decision,
    lambda body, a1: st.members_and_layout(a1, st.LISTED_MEMBERS, st.RULED_MEMBERS, "(?:ông|bà)"),
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(BO_XAY_DUNG, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a Thủ trưởng, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def enterprise_pays(d: Decision) -> bool:
    """Chỉ thị khoản 7: a firm paying; a foreign public body, an international body, a university, a party body or a
    foreign-loan project paying is none, nor a firm that is only visited."""
    return bool(st.paying_firms(d.funding, FIRM_PAYS))


def calendar_lead(texts: st.ScenarioTexts, trip: Decision) -> int:
    """Chỉ thị khoản 5's lead: calendar days from the Tờ trình to the departure ("ít nhất 20 ngày trước")."""
    assert trip.start and trip.submitted, trip.number
    return (trip.start - trip.submitted).days


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts, its lead in calendar days; `amended=False`: the Chỉ thị's report deadline for all, as a
    reader who skips the Thông báo would take it."""
    facts = st.facts_of(
        texts, carried, reports(), key_unit, countries, enterprise_pays, lambda d: LIMITS.of(d, amended=amended)
    )
    return {n: replace(f, lead=calendar_lead(texts, carried[n])) for n, f in facts.items()}


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(BO_XAY_DUNG, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(BO_XAY_DUNG, facts().values())


def test_scenario_blind37_chi_thi_and_thong_bao_say_the_same_limits_in_other_words() -> None:
    """The Thông báo's words and digits agree with the Chỉ thị's but for the report, ten working days instead of
    fifteen for the delegations back from 01/7/2026."""
    assert LIMITS.base() == st.rule_limits(trips=2, size=8, days=5, countries=3, lead=20, report=15)
    later, since = LIMITS.amended()
    assert later == {kind: LIMITS.base()[kind] for kind in later} | {"report_deadline_working_days": 10}
    assert since == dt.date(2026, 7, 1)
    assert [st.issue_date(BO_XAY_DUNG.text(s)) for s in (CHI_THI, THONG_BAO)] == [
        dt.date(2026, 1, 12),
        dt.date(2026, 6, 12),
    ]
    tb = st.squash(BO_XAY_DUNG.text(THONG_BAO))
    assert "Bộ đã cử 41 đoàn với 237 lượt người" in tb and "còn 9 đoàn chậm báo cáo" in tb
    assert "TL. BỘ TRƯỞNG\n- Bộ trưởng (để b/c);\tCHÁNH VĂN PHÒNG" in BO_XAY_DUNG.text(THONG_BAO)


SCOPE = (
    "Thủ trưởng các cơ quan, đơn vị thuộc Bộ nêu tại Chỉ thị này gồm:",
    "g) Bí thư Đảng ủy các cơ quan, đơn vị thuộc Bộ.",
    "Cấp phó của Thủ trưởng không thuộc diện này, trừ trường hợp cấp phó được giao phụ trách cơ quan, đơn vị.",
    "Trưởng phòng, Giám đốc các ban quản lý dự án cũng không thuộc diện này.",
    "Lãnh đạo Bộ và các đồng chí Ủy viên Ban Thường vụ Đảng ủy Bộ đi công tác nước ngoài thực hiện theo quy định",
    "Không cử Thủ trưởng và Bí thư Đảng ủy của cùng một cơ quan, đơn vị cùng đi trong một đoàn",
    "hoặc sử dụng kinh phí của chương trình, dự án sử dụng vốn ODA, vốn vay ưu đãi nước ngoài đã được phê duyệt, không",
)
"""Where the Chỉ thị says whom the trips limit binds (khoản 8), whom one delegation may not join (khoản 4) and which
payers are no firms (khoản 7)."""

POSTS = """
Cục trưởng Cục Đường bộ Việt Nam | Cục Đường bộ Việt Nam
Phó Cục trưởng Cục Đường bộ Việt Nam | -
Phó Cục trưởng, Bí thư Đảng ủy Cục Đường bộ Việt Nam | Cục Đường bộ Việt Nam
Bí thư Đảng ủy, Phó Cục trưởng Cục Đường bộ Việt Nam | Cục Đường bộ Việt Nam
Trưởng phòng Hợp tác quốc tế, Cục Đường bộ Việt Nam | -
Phó Cục trưởng phụ trách Cục Hàng hải và Đường thủy Việt Nam | Cục Hàng hải và Đường thủy Việt Nam
Phó Cục trưởng Cục Hàng hải và Đường thủy Việt Nam | -
Giám đốc Ban Quản lý dự án Đường thủy | -
Cục trưởng Cục Hàng không Việt Nam | Cục Hàng không Việt Nam
Vụ trưởng Vụ Hợp tác quốc tế | Vụ Hợp tác quốc tế
Phó Vụ trưởng Vụ Hợp tác quốc tế | -
Vụ trưởng Vụ Kế hoạch - Tài chính | Vụ Kế hoạch - Tài chính
Viện trưởng Viện Khoa học công nghệ xây dựng | Viện Khoa học công nghệ xây dựng
Phó Viện trưởng Viện Khoa học công nghệ xây dựng | -
Hiệu trưởng Trường Đại học Xây dựng Duyên hải | Trường Đại học Xây dựng Duyên hải
Phó Hiệu trưởng Trường Đại học Xây dựng Duyên hải | -
Giám đốc Bệnh viện Giao thông vận tải | Bệnh viện Giao thông vận tải
Tổng biên tập Tạp chí Xây dựng | Tạp chí Xây dựng
Thứ trưởng Bộ Xây dựng | -
Phó Bí thư Thường trực Đảng ủy Bộ | -
Trưởng Ban Tổ chức Đảng ủy Bộ | -
"""
"""A title as the decisions write it | the unit of which it makes a Thủ trưởng, "-" for none."""


def test_scenario_blind37_thu_truong_follow_the_chi_thi_list() -> None:
    ct = st.squash(BO_XAY_DUNG.text(CHI_THI))
    assert [phrase for phrase in SCOPE if phrase not in ct] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    written = {t for d in trips().values() for name, t in d.members if name == "Lưu Minh Tuấn"}
    assert len(written) == 1 and {key_unit(t) for t in written} == {"Cục Hàng hải và Đường thủy Việt Nam"}
    layouts = {d.layout for d in trips().values() for name, _ in d.members if name == "Lưu Minh Tuấn"}
    assert layouts == {"list", "prose", "table"}
    luc = {t for d in trips().values() for name, t in d.members if name == "Mạc Văn Lực"}
    assert len(luc) == 2 and {key_unit(t) for t in luc} == {"Cục Đường bộ Việt Nam"}


def test_scenario_blind37_trips_after_the_amendment() -> None:
    """640 adds the Viện trưởng to 603 as its head."""
    assert st.changes(decisions()) == {"640/QĐ-BXD": "603/QĐ-BXD"}
    assert (len(decisions()), len(trips())) == (19, 18)
    assert trips()["603/QĐ-BXD"].members[-1] == ("Khúc Văn Thái", "Viện trưởng Viện Khoa học công nghệ xây dựng")
    assert "Khúc Văn Thái" not in dict(decisions()["603/QĐ-BXD"].members)
    st.check_trips(BO_XAY_DUNG, facts())
    st.check_bare_names(BO_XAY_DUNG, r"(?:Ông|Bà|Đồng chí) ")


def test_scenario_blind37_two_issuers_three_layouts_and_signers() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-BXD": 17, "-QĐ/ĐU": 2})
    layouts = Counter((d.party, d.layout) for d in trips().values())
    assert layouts == Counter({(False, "list"): 8, (False, "table"): 4, (False, "prose"): 4, (True, "list"): 2})
    signers = Counter(
        "BỘ TRƯỞNG"
        if "Nơi nhận:\tBỘ TRƯỞNG\n" in text
        else "KT"
        if "KT. BỘ TRƯỞNG\n- Như Điều 3;\tTHỨ TRƯỞNG" in text
        else ""
        for text in map(BO_XAY_DUNG.text, BO_XAY_DUNG.stems("qd-"))
        if "/ĐU" not in text[:200]
    )
    assert signers == Counter({"KT": 14, "BỘ TRƯỞNG": 3})
    led_by_thu_truong = {n for n, d in trips().items() if d.members[0][1] == "Thứ trưởng Bộ Xây dựng"}
    assert {n for n in led_by_thu_truong if "Nơi nhận:\tBỘ TRƯỞNG\n" in BO_XAY_DUNG.text(st.decision_stem(n))} == {
        "401/QĐ-BXD",
        "512/QĐ-BXD",
        "702/QĐ-BXD",
    }
    assert "\nSố 45-QĐ/ĐU\n" in BO_XAY_DUNG.text("qd-45-qd")


def test_scenario_blind37_decisions_tell_interpreters_payers_and_countries() -> None:
    interpreted = {
        n: size for n, d in trips().items() for _, t in d.members if "Phiên dịch" in t for size in [len(d.members)]
    }
    assert interpreted == {"298/QĐ-BXD": 9, "702/QĐ-BXD": 8}
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["372/QĐ-BXD"]
    assert "(vốn vay Ngân hàng Thế giới) tài trợ" in trips()["231/QĐ-BXD"].funding
    assert "Bombardier" in trips()["702/QĐ-BXD"].article1 and "Bombardier" not in trips()["702/QĐ-BXD"].funding
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {"401/QĐ-BXD": "Bỉ + Hà Lan + Đức", "512/QĐ-BXD": "Na Uy + Phần Lan + Thụy Điển + Đan Mạch"}
    assert "các nước: Vương quốc Hà Lan, Vương quốc Bỉ và Cộng hòa Liên bang Đức từ ngày" in BO_XAY_DUNG.text("qd-401")


def test_scenario_blind37_reports_link_by_number_or_by_date() -> None:
    """16 reports: one citing '560/2025/QĐ-BXD' (linked by the decision's date and the trip's start), one from a unit
    other than the proposer, one citing a decision and its amendment; 618 has none (late), 740 none yet (not due)."""
    linked = {r.number: r.decisions for r in reports().values()}
    assert (len(linked), linked["68/BC-VKHCNXD"]) == (16, ("603/QĐ-BXD",))
    assert st.linked_by_date(reports()) == {"83/BC-CĐBVN"}
    assert "560/2025/QĐ-BXD" not in decisions()
    assert reports()["231/QĐ-BXD"].number == "24/BC-BQLDAĐT" and "27/TTr-CHHĐT" in BO_XAY_DUNG.text("qd-231")
    assert sorted(set(trips()) - set(reports())) == ["618/QĐ-BXD", "740/QĐ-BXD"]
    st.check_reports_tell_dates(BO_XAY_DUNG, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind37_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BO_XAY_DUNG, part, found(), set(decisions()), findings=12, traps=45)


LEADS = (
    ("112/QĐ-BXD", 25, 11),  # Tết 16–20/2 inside
    ("335/QĐ-BXD", 21, 14),
    ("401/QĐ-BXD", 18, 11),  # the breach
)
"""Decision, lead in calendar days, working days strictly between the Tờ trình and departure."""
DUES = (
    ((2026, 6, 12), 15, (2026, 7, 3)),  # back before 01/7: the Chỉ thị's fifteen
    ((2026, 7, 24), 10, (2026, 8, 7)),
    ((2026, 8, 18), 10, (2026, 9, 3)),  # Saturday 22/8 worked, 31/8–2/9 off
    ((2026, 8, 28), 10, (2026, 9, 16)),  # 31/8–2/9 off
    ((2026, 11, 13), 10, (2026, 11, 30)),  # 24/11 off
    ((2026, 12, 11), 10, (2026, 12, 25)),  # after the check date
)
"""End of the trip, the working days allowed, the last day for its report."""


def test_scenario_blind37_boundaries_hold_on_the_calendar() -> None:
    BO_XAY_DUNG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 9, 1), dt.date(2026, 11, 24))
    for number, lead, working in LEADS:
        assert facts()[number].lead == lead, number
        assert BO_XAY_DUNG.lead(trips()[number].submitted, facts()[number].start) == working, number  # type: ignore[arg-type]
    assert [BO_XAY_DUNG.nth_working_day_after(dt.date(*end), n) for end, n, _ in DUES] == [
        dt.date(*d) for *_, d in DUES
    ]
    assert dt.date(2026, 12, 25) > dt.date.fromisoformat(BO_XAY_DUNG.expected()["as_of"])


def test_scenario_blind37_every_text_has_its_scan() -> None:
    BO_XAY_DUNG.check_scans(37, required=False)


def misread(texts: st.ScenarioTexts = BO_XAY_DUNG, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind37_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags deputies, a Trưởng phòng and the Thứ trưởng; one who skips the
    amendment loses the Viện trưởng's 3rd; one who leaves the interpreter out loses the size finding; one who counts
    the lead in working days flags every trip but the two with twenty working days (and the breach); one who skips
    the Thông báo loses two late reports, one who applies its ten days to every trip flags two reports of trips back
    before 01/7."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("560/QĐ-BXD", "Bùi Thế Vinh"),
        ("560/QĐ-BXD", "Hồ Thị Lan Chi"),
        ("618/QĐ-BXD", "Nông Văn Sáng"),
        ("702/QĐ-BXD", "Nguyễn Thị Hải Yến"),
    }
    firsts = {n: d for n, d in decisions().items() if d.members}
    assert misread(carried=firsts) == (set(), {("max_trips_per_year", "603/QĐ-BXD", "Khúc Văn Thái")})
    assert misread(other={"max_delegation_size": 9}) == (set(), {("max_delegation_size", "298/QĐ-BXD", None)})
    working = {n: replace(f, lead=BO_XAY_DUNG.lead(trips()[n].submitted, f.start)) for n, f in facts().items()}  # type: ignore[arg-type]
    by_working_days = st.recompute(BO_XAY_DUNG, working.values()) - found()
    assert {kind for kind, _, _ in by_working_days} == {"submission_lead_working_days"}
    assert set(trips()) - {n for _, n, _ in by_working_days} == {"168/QĐ-BXD", "401/QĐ-BXD", "455/QĐ-BXD"}
    old = st.recompute(BO_XAY_DUNG, facts_of(BO_XAY_DUNG, trips(), amended=False).values())
    assert (old - found(), {n for _, n, _ in found() - old}) == (set(), {"372/QĐ-BXD", "455/QĐ-BXD"})
    ten = misread(other={"report_deadline_working_days": 10})
    assert ten[1] == set() and {n for _, n, _ in ten[0]} == {"205/QĐ-BXD", "298/QĐ-BXD"}
