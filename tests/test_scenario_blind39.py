"""The Tỉnh Đồng Tháp 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without
congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from Ban Thường vụ Tỉnh ủy's Kết luận, each
checked against UBND tỉnh's Hướng dẫn that says it in other words, whose two countries and lead of fifteen working
days apply to the delegations departing from 01/7/2026; the key leaders by the Kết luận's own list (a deputy only when
Bí thư Đảng ủy of the unit; the Phó Chủ tịch UBND tỉnh and the Tỉnh ủy's own officers out); trips from the decisions
of three issuers (UBND tỉnh, Trường Đại học Đồng Tháp, Ban Thường vụ Tỉnh ủy) in four layouts, the cancelled one
dropped and the amendment that moves an end applied; reports linked by the number they cite, or by the decision's
date and the trip's start when the number is mistyped or absent; the lead and the report deadlines in working days
(holidays VN with its make-up Saturday 22/8/2026), and the same labels on the calendars that differ from the package's
(the January swap of 2/1 for 10/1 it lacks, and 24/11 worked)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

DONG_THAP = st.ScenarioTexts("scenario_blind39", frozenset({dt.date(2026, 8, 22)}))
KET_LUAN, HUONG_DAN = "00-1-kl-41-tu", "00-2-hd-08-ubnd"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
KET_LUAN_RULES = {
    "max_trips_per_year": r"nước ngoài không quá (\w+) \((\d+)\) lần trong một năm \(tính theo ngày xuất cảnh\)",
    "max_delegation_size": r"Thành phần mỗi đoàn tối đa (\w+) người \(tính cả phiên dịch\)",
    "max_countries_per_trip": r"mỗi chuyến đi không quá (\w+) nước",
    "max_days_per_country": r"thời gian ở mỗi nước không quá (\w+) \((\d+)\) ngày, không tính ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) ngày làm việc kể từ ngày về nước",
}
"""The Kết luận's sentence of each limit: words alone ("mười", "ba", "bảy") or words and digits."""
HUONG_DAN_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài tối đa (\d+) lần/năm",
    "max_delegation_size": r"Mỗi đoàn không quá (\d+) người, kể cả người phiên dịch",
    "max_countries_per_trip": r"mỗi đoàn đi không quá (\d+) nước \(thay cho mức",
    "max_days_per_country": r"tại mỗi nước tối đa (\d+) ngày, không kể ngày đi, ngày về",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày xuất cảnh \(thay cho thời hạn",
    "report_deadline_working_days": r"chậm nhất (\d+) ngày làm việc sau ngày về nước",
}
"""The Hướng dẫn's wording of all six, in digits; it lowers the countries and raises the lead from 01/7/2026."""
LIMITS = st.LaterLimits(
    DONG_THAP,
    WORDS,
    (KET_LUAN, KET_LUAN_RULES),
    (HUONG_DAN, HUONG_DAN_RULES),
    since=rf"áp dụng đối với các đoàn xuất cảnh từ ngày ({st.SLASH})",
    by="start",
    changed=("max_countries_per_trip", "submission_lead_working_days"),
)

COUNTRY_FORMS = (
    "Thái Lan: Vương quốc Thái Lan; Campuchia: Vương quốc Campuchia; Nhật Bản: Nhật Bản; Lào: Cộng hòa Dân chủ Nhân "
    "dân Lào; Xinh-ga-po: Cộng hòa Xinh-ga-po; Ma-lai-xi-a: Ma-lai-xi-a; In-đô-nê-xi-a: Cộng hòa In-đô-nê-xi-a; Trung "
    "Quốc: Cộng hòa Nhân dân Trung Hoa; Hàn Quốc: Đại Hàn Dân Quốc; Pháp: Cộng hòa Pháp; Bỉ: Vương quốc Bỉ; Hà Lan: "
    "Vương quốc Hà Lan; Ca-na-đa: Ca-na-đa; Hoa Kỳ: Hợp chúng quốc Hoa Kỳ; Ô-xtrây-li-a: Ô-xtrây-li-a; Phi-líp-pin: "
    "Cộng hòa Phi-líp-pin"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
KEY_POSTS = re.compile(
    "|".join(
        (
            r"Giám đốc (Sở .+|Bệnh viện Đa khoa .+)",
            r"(?:Phó (?:Giám đốc|Hiệu trưởng), )?Bí thư Đảng ủy(?:, Phó (?:Giám đốc|Hiệu trưởng))?"
            r" (Sở .+|Trường Đại học .+)",
            r"(?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) ((?:xã|phường) .+)",
            r"Hiệu trưởng (Trường Đại học .+)",
        )
    )
)
"""Kết luận point 1's key leaders, a group for each way a title names the unit: the Giám đốc of a sở or of a provincial
hospital; the Bí thư Đảng ủy of a sở or university even when a deputy, in either order; the Bí thư Đảng ủy and the
Chủ tịch UBND of a xã or phường; the Hiệu trưởng of a university. Read on the whole title, so a plain deputy, a "Phó Bí
thư", the Phó Chủ tịch UBND tỉnh, a Trưởng Ban of the Tỉnh ủy, the head of a centre under a sở or of a high school
matches none."""
FIRM_PAYS = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?)(?: \([^)]*\))? (?:tài trợ|đài thọ|chi trả|hỗ trợ)")
SOCIAL = "vận động xã hội hóa"
"""Money raised from firms without naming one: "kể cả vận động xã hội hóa" (Kết luận point 5)."""
PROSE = re.compile(r"Cho phép đoàn công tác của [^:]+? gồm: ")
"""How a decision in running text opens its members ("Cho phép đoàn công tác của X gồm: ông A, …")."""


class Decision(st.PartyOrStateDecision):
    """A decision of UBND tỉnh ("/QĐ-UBND"), of the Hiệu trưởng Trường Đại học Đồng Tháp ("/QĐ-ĐHĐT") or of Ban
    Thường vụ Tỉnh ủy ("-QĐ/TU")."""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """Members listed in Điều 1 (numbered, ruled or in prose) or in a ruled list annexed after the signature."""
    return st.members_and_layout(PROSE.sub("Cử ", article1), st.LISTED_MEMBERS, st.RULED_MEMBERS, "(?:ông|bà)", body)


FORM = st.DecisionForm(DONG_THAP, Decision, read_members)
decisions, trips, reports = st.cited_trip_readers(DONG_THAP, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader of the Kết luận, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def enterprise_pays(d: Decision) -> bool:
    """Kết luận point 5: a firm paying, or money raised from firms; a foreign government, party, school, JICA or WHO
    paying is none, nor a firm only visited, nor firms at a fair paying their own way."""
    return bool(st.paying_firms(d.funding, FIRM_PAYS)) or SOCIAL in d.funding


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts; `amended=False`: the Kết luận's limits for all, as a reader who skips the Hướng dẫn would."""
    return st.facts_of(
        texts, carried, reports(), key_unit, countries, enterprise_pays, lambda d: LIMITS.of(d, amended=amended)
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(DONG_THAP, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(DONG_THAP, facts().values())


def test_scenario_blind39_ket_luan_and_huong_dan_say_the_limits_in_other_words() -> None:
    """The Hướng dẫn's digits agree with the Kết luận's words but for the countries (two instead of three) and the
    lead (fifteen instead of ten), both for the departures from 01/7/2026."""
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=7)
    later, since = LIMITS.amended()
    assert later == LIMITS.base() | {"max_countries_per_trip": 2, "submission_lead_working_days": 15}
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30)) == LIMITS.base()
    assert [st.issue_date(DONG_THAP.text(s)) for s in (KET_LUAN, HUONG_DAN)] == [
        dt.date(2026, 1, 9),
        dt.date(2026, 6, 19),
    ]
    kl = DONG_THAP.text(KET_LUAN)
    assert "\nSố 41-KL/TU\n" in kl
    assert "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Ban Tổ chức Trung ương (b/c),\tPHÓ BÍ THƯ THƯỜNG TRỰC" in kl
    assert "toàn tỉnh có 71 đoàn với 452 lượt người" in kl  # decoy figures, no limit
    hd = st.squash(DONG_THAP.text(HUONG_DAN))
    assert "kể cả kinh phí vận động xã hội hóa" in hd and "Nơi nhận: TM. ỦY BAN NHÂN DÂN" in hd


SCOPE = (
    "Lãnh đạo chủ chốt nêu tại Kết luận này gồm: Giám đốc sở và Thủ trưởng cơ quan tương đương sở",
    "Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân các xã, phường;",
    "Hiệu trưởng Trường Đại học Đồng Tháp, Hiệu trưởng Trường Đại học Tiền Giang;",
    "Cấp phó của các chức danh trên không thuộc diện này; riêng cấp phó được phân công làm Bí thư Đảng ủy cơ quan, "
    "đơn vị thì thực hiện như người đứng đầu.",
    "lãnh đạo Ủy ban nhân dân tỉnh thực hiện theo quy định của Bộ Chính trị, Ban Bí thư, không thuộc phạm vi Kết luận",
    "Không cử người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, địa phương (Bí thư và Thủ trưởng, Bí thư và "
    "Chủ tịch) của cùng một cơ quan, đơn vị, địa phương cùng tham gia một đoàn.",
    "dưới bất kỳ hình thức nào, kể cả vận động xã hội hóa.",
    "do nhà tài trợ nước ngoài tài trợ đã được cấp có thẩm quyền phê duyệt thì không thuộc trường hợp này.",
)
"""Where the Kết luận says whom the trips limit binds (point 1), whom one delegation may not join (point 4) and which
money is a firm's (point 5)."""

POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Sở Văn hóa, Thể thao và Du lịch | Sở Văn hóa, Thể thao và Du lịch
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại thuộc Sở Công Thương | -
Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh | -
Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế | -
Giám đốc Bệnh viện Đa khoa Trung tâm Tiền Giang | Bệnh viện Đa khoa Trung tâm Tiền Giang
Phó Giám đốc Bệnh viện Đa khoa Trung tâm Tiền Giang | -
Hiệu trưởng Trường Đại học Đồng Tháp | Trường Đại học Đồng Tháp
Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Đồng Tháp | Trường Đại học Đồng Tháp
Phó Hiệu trưởng, Bí thư Đảng ủy Trường Đại học Đồng Tháp | Trường Đại học Đồng Tháp
Phó Hiệu trưởng Trường Đại học Đồng Tháp | -
Hiệu trưởng Trường Trung học phổ thông chuyên Tiền Giang | -
Bí thư Đảng ủy phường Mỹ Tho | phường Mỹ Tho
Phó Chủ tịch Ủy ban nhân dân phường Mỹ Tho | -
Chủ tịch Ủy ban nhân dân xã Cái Bè | xã Cái Bè
Phó Chủ tịch Ủy ban nhân dân xã Cái Bè | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy | -
Phó Trưởng Ban Tổ chức Tỉnh ủy | -
"""
"""A title as the decisions write it | the unit of which it makes a key leader, "-" for none."""


def test_scenario_blind39_key_leaders_follow_the_ket_luan_list() -> None:
    kl = st.squash(DONG_THAP.text(KET_LUAN))
    assert [phrase for phrase in SCOPE if phrase not in kl] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read = {title for d in decisions().values() for _, title in d.members}
    assert {"Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế", "Bí thư Đảng ủy phường Mỹ Tho"} <= read  # a table's post + unit
    dat = {(d.party, d.layout) for d in trips().values() for name, _ in d.members if name == "Nguyễn Thành Đạt"}
    assert dat == {(False, "prose"), (True, "list"), (False, "table")}
    tam = {(n, t) for n, d in trips().items() for name, t in d.members if name == "Ngô Thị Thanh Tâm"}
    assert {key_unit(t) for _, t in tam} == {"Trường Đại học Đồng Tháp"} and len(tam) == 3


def test_scenario_blind39_trips_after_the_cancellation_and_the_amendment() -> None:
    """512 cancels 476; 633 moves the end of 571 from 22/5 to 25/5 (the trip keeps 571's number and members)."""
    assert st.changes(decisions()) == {"512/QĐ-UBND": "476/QĐ-UBND", "633/QĐ-ĐHĐT": "571/QĐ-ĐHĐT"}
    assert (len(decisions()), len(trips())) == (23, 20)
    assert "476/QĐ-UBND" not in trips() and decisions()["476/QĐ-UBND"].members
    decided, carried = decisions()["571/QĐ-ĐHĐT"], trips()["571/QĐ-ĐHĐT"]
    assert (decided.start, decided.end) == (dt.date(2026, 5, 18), dt.date(2026, 5, 22))
    assert (carried.start, carried.end) == (dt.date(2026, 5, 18), dt.date(2026, 5, 25))
    assert carried.members == decided.members
    st.check_trips(DONG_THAP, facts())
    st.check_bare_names(DONG_THAP, r"(?:Ông|Bà|Đồng chí|ông|bà) ")


def test_scenario_blind39_three_issuers_four_layouts_and_signers() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 16, "/QĐ-ĐHĐT": 4, "-QĐ/TU": 3})
    layouts = Counter(d.layout for d in trips().values())
    assert layouts == Counter({"list": 13, "table": 4, "prose": 3})
    annexed = DONG_THAP.text("qd-618")
    article1 = trips()["618/QĐ-UBND"].article1
    assert "(có danh sách kèm theo)" in article1 and "\tHợp đồng" not in article1
    assert annexed.index("\f\nDANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC") > annexed.index("Nơi nhận:")
    signer = {
        "/QĐ-UBND": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
        "/QĐ-ĐHĐT": "Nơi nhận:\tKT. HIỆU TRƯỞNG\n- Như Điều 3;\tPHÓ HIỆU TRƯỞNG\n",
        "-QĐ/TU": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 3,\tPHÓ BÍ THƯ THƯỜNG TRỰC\n",
    }
    for stem in DONG_THAP.stems("qd-"):
        text = DONG_THAP.text(stem)
        suffix = next(s for s in signer if re.search(rf"^Số:? \d+{re.escape(s)}$", text, re.M))
        assert signer[suffix] in text, stem
    assert "\nSố 171-QĐ/TU\n" in DONG_THAP.text("qd-171-qd")


def test_scenario_blind39_decisions_tell_interpreters_payers_and_countries() -> None:
    interpreted = {n: len(d.members) for n, d in trips().items() if any("Phiên dịch" in t for _, t in d.members)}
    assert interpreted == {"618/QĐ-UBND": 11, "742/QĐ-UBND": 10}
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["171-QĐ/TU", "528/QĐ-UBND"]
    assert enterprise_pays(decisions()["476/QĐ-UBND"])  # the cancelled trip
    assert "tự túc kinh phí" in trips()["41/QĐ-UBND"].funding  # firms at the fair pay their own way
    assert "Sanwa Foods" in trips()["618/QĐ-UBND"].article1 and "Flanders" in trips()["742/QĐ-UBND"].funding
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {
        "455/QĐ-UBND": "In-đô-nê-xi-a + Ma-lai-xi-a + Xinh-ga-po",
        "719/QĐ-UBND": "Ca-na-đa + Hoa Kỳ",
        "742/QĐ-UBND": "Bỉ + Hà Lan + Pháp",
    }
    assert "các nước: Cộng hòa Xinh-ga-po, Ma-lai-xi-a và Cộng hòa In-đô-nê-xi-a từ ngày" in DONG_THAP.text("qd-455")
    assert {n for n, d in trips().items() if "Trung Quốc" in countries(d)} == {"528/QĐ-UBND", "171-QĐ/TU"}


def test_scenario_blind39_reports_link_by_number_or_by_date() -> None:
    """18 reports: one citing '778/QĐ-UBND' for 788, one citing only the decision's date and issuer (both linked by
    the decision's date and the trip's start), one citing the amendment beside its decision; 719 has none (late),
    236-QĐ/TU none yet (not due)."""
    assert len(reports()) == 18 and "778/QĐ-UBND" not in decisions()
    assert st.linked_by_date(reports()) == {"118/BC-SYT", "71/BC-SNNMT"}
    assert reports()["788/QĐ-UBND"].number == "118/BC-SYT"
    assert reports()["571/QĐ-ĐHĐT"].number == "61/BC-ĐHĐT"
    assert "Thực hiện Quyết định ngày 20/10/2026 của Chủ tịch" in DONG_THAP.text("bc-71-snnmt")
    assert sorted(set(trips()) - set(reports())) == ["236-QĐ/TU", "719/QĐ-UBND"]
    st.check_reports_tell_dates(DONG_THAP, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind39_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(DONG_THAP, part, found(), set(decisions()), findings=14, traps=60)


LEADS = (
    ("158/QĐ-UBND", 10),  # Tết 16–20/2 off: exactly the Kết luận's ten
    ("402/QĐ-UBND", 8),  # the breach: 27/4, 30/4, 1/5 off
    ("528/QĐ-UBND", 11),  # departs 30/6, the day before the Hướng dẫn's fifteen
    ("705/QĐ-UBND", 15),  # Saturday 22/8 worked, 31/8–2/9 off
    ("788/QĐ-UBND", 13),  # the breach, after 01/7
    ("803/QĐ-UBND", 15),
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 2, 12), (2026, 3, 2)),  # Tết 16–20/2 off
    ((2026, 4, 22), (2026, 5, 6)),  # 27/4, 30/4, 1/5 off
    ((2026, 5, 22), (2026, 6, 2)),  # 571 as first decided
    ((2026, 5, 25), (2026, 6, 3)),  # 571 as amended
    ((2026, 8, 13), (2026, 8, 22)),  # due on the make-up Saturday
    ((2026, 10, 11), (2026, 10, 20)),
    ((2026, 12, 9), (2026, 12, 18)),  # after the check date
)
"""End of the trip, the seventh working day after it (the report's last day)."""


def test_scenario_blind39_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2))
    DONG_THAP.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    assert DONG_THAP.without_make_up().lead(dt.date(2026, 8, 14), dt.date(2026, 9, 9)) == 14
    assert st.weekdays_between(dt.date(2026, 4, 23), dt.date(2026, 5, 11)) == 11  # holidays forgotten: no breach
    assert [DONG_THAP.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert DONG_THAP.without_make_up().nth_working_day_after(dt.date(2026, 8, 13), 7) == dt.date(2026, 8, 24)
    assert dt.date(2026, 12, 18) > dt.date.fromisoformat(DONG_THAP.expected()["as_of"])


def test_scenario_blind39_every_text_has_its_scan() -> None:
    DONG_THAP.check_scans(43, required=False)


@dataclass(frozen=True)
class OtherCalendar(st.ScenarioTexts):
    """The same texts on a calendar that differs from `holidays` VN 0.109: `off` days off, `worked` days worked."""

    off: frozenset[dt.date] = frozenset()
    worked: frozenset[dt.date] = frozenset()

    def working(self, day: dt.date) -> bool:
        return day not in self.off and (day in self.worked or super().working(day))


def misread(texts: st.ScenarioTexts = DONG_THAP, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind39_labels_do_not_hang_on_what_the_package_lacks() -> None:
    """Văn bản 12729/VPCP-KGVX gave Friday 2/1/2026 off for Saturday 10/1 worked, which `holidays` 0.109 lacks; 24/11
    is in the package though its law was pending: no label moves either way."""
    january = OtherCalendar(DONG_THAP.name, DONG_THAP.make_up_saturdays, frozenset({dt.date(2026, 1, 2)}))
    january = OtherCalendar(january.name, january.make_up_saturdays, january.off, frozenset({dt.date(2026, 1, 10)}))
    assert not january.working(dt.date(2026, 1, 2)) and january.working(dt.date(2026, 1, 10))
    assert misread(january) == (set(), set())
    culture = OtherCalendar(DONG_THAP.name, DONG_THAP.make_up_saturdays, worked=frozenset({dt.date(2026, 11, 24)}))
    assert misread(culture) == (set(), set())


def test_scenario_blind39_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags a plain deputy, the Phó Chủ tịch UBND tỉnh and two officials; one
    who skips the amendment moves a finding from the days to the report; one who keeps the cancelled decision flags
    its firm, its missing report and the Giám đốc Sở Công Thương's third; one who skips the Hướng dẫn loses the
    countries and the lead after 01/7; one who applies it from January flags three countries in June and six leads;
    one who forgets the make-up Saturday misses a late report and flags a lead of fifteen."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("788/QĐ-UBND", "Trương Thị Mỹ Hạnh"),
        ("719/QĐ-UBND", "Cao Minh Lễ"),
        ("719/QĐ-UBND", "Quách Thị Mỹ Linh"),
        ("742/QĐ-UBND", "Huỳnh Tấn Lộc"),
    }
    unamended = dict(trips()) | {"571/QĐ-ĐHĐT": decisions()["571/QĐ-ĐHĐT"]}
    assert misread(carried=unamended) == (
        {("report_deadline_working_days", "571/QĐ-ĐHĐT", None)},
        {("max_days_per_country", "571/QĐ-ĐHĐT", None)},
    )
    uncancelled = dict(trips()) | {"476/QĐ-UBND": decisions()["476/QĐ-UBND"]}
    assert misread(carried=uncancelled) == (
        {
            ("no_enterprise_funded", "476/QĐ-UBND", None),
            ("report_deadline_working_days", "476/QĐ-UBND", None),
            ("max_trips_per_year", "742/QĐ-UBND", "Võ Hoàng Kha"),
        },
        set(),
    )
    old = st.recompute(DONG_THAP, facts_of(DONG_THAP, trips(), amended=False).values())
    assert (old - found(), found() - old) == (
        set(),
        {("max_countries_per_trip", "742/QĐ-UBND", None), ("submission_lead_working_days", "788/QĐ-UBND", None)},
    )
    early = misread(other={"max_countries_per_trip": 2, "submission_lead_working_days": 15})
    assert early[1] == set() and {(k, n) for k, n, _ in early[0]} == {
        ("max_countries_per_trip", "455/QĐ-UBND"),
        ("submission_lead_working_days", "158/QĐ-UBND"),
        ("submission_lead_working_days", "214/QĐ-UBND"),
        ("submission_lead_working_days", "118-QĐ/TU"),
        ("submission_lead_working_days", "571/QĐ-ĐHĐT"),
        ("submission_lead_working_days", "455/QĐ-UBND"),
        ("submission_lead_working_days", "528/QĐ-UBND"),
    }
    assert misread(DONG_THAP.without_make_up()) == (
        {("submission_lead_working_days", "705/QĐ-UBND", None)},
        {("report_deadline_working_days", "632/QĐ-UBND", None)},
    )
