"""The Tỉnh Thái Nguyên 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without
congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from Ban Thường vụ Tỉnh ủy's Quy định, each
checked against UBND tỉnh's Công văn that says it in other words, whose size of ten and lead of fifteen working days
apply to the delegations departing from 01/6/2026 (no lead rule before); the key leaders by the Quy định's own list of
the cadres Ban Thường vụ manages (a deputy only when Bí thư Đảng ủy of the unit; the Phó Chủ tịch UBND tỉnh and the
Tỉnh ủy's own officers out); trips from the decisions of three issuers (UBND tỉnh, Đại học Thái Nguyên, Ban Thường vụ
Tỉnh ủy) in three layouts, the cancelled one dropped and the replacing amendment applied; reports linked by the number
they cite, or by the decision's date and the trip's start when the number is mistyped or absent; the lead and the
report deadlines in working days (holidays VN with its make-up Saturday 22/8/2026)."""

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

THAI_NGUYEN = st.ScenarioTexts("scenario_blind38", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-12-tu", "00-2-cv-2145-ubnd"
WORDS = {"hai": 2, "ba": 3, "bảy": 7, "mười hai": 12}
QUY_DINH_RULES = {
    "max_trips_per_year": r"quản lý đi công tác nước ngoài không quá (\w+) \((\d+)\) lần/năm",
    "max_delegation_size": r"Mỗi đoàn công tác tối đa (\w+ \w+) người, kể cả phiên dịch",
    "max_countries_per_trip": r"mỗi chuyến đi không quá (\d+) nước",
    "max_days_per_country": r"không quá (\d+) ngày/nước \(không kể thời gian đi đường\)",
    "report_deadline_working_days": r"trong thời hạn (\d+) ngày làm việc kể từ ngày về nước",
}
"""The Quy định's sentence of each limit: words alone ("mười hai"), digits alone ("03", "04", "07") or both; it sets
no lead."""
CONG_VAN_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài không quá (\d+) lần trong một năm",
    "max_delegation_size": r"Thành phần mỗi đoàn không quá (\d+) người, kể cả phiên dịch \(thay cho mức tối đa",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) nước",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày xuất cảnh",
    "report_deadline_working_days": r"trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
"""The Công văn's wording of five; it changes the size and adds the lead for the departures from 01/6/2026."""
LIMITS = st.LaterLimits(
    THAI_NGUYEN,
    WORDS,
    (QUY_DINH, QUY_DINH_RULES),
    (CONG_VAN, CONG_VAN_RULES),
    since=rf"áp dụng đối với các đoàn xuất cảnh kể từ ngày ({st.SLASH})",
    by="start",
    changed=("max_delegation_size", "submission_lead_working_days"),
)
NO_LEAD = {"submission_lead_working_days": 0}
"""Before the Công văn applies there is no lead to keep: any lead passes."""

COUNTRY_FORMS = (
    "Trung Quốc: Cộng hòa Nhân dân Trung Hoa; Hàn Quốc: Đại Hàn Dân Quốc; Xinh-ga-po: Cộng hòa Xinh-ga-po; "
    "Nhật Bản: Nhật Bản; Thái Lan: Vương quốc Thái Lan; Lào: Cộng hòa Dân chủ Nhân dân Lào; Hà Lan: Vương quốc Hà "
    "Lan; Ma-lai-xi-a: Ma-lai-xi-a; Ô-xtrây-li-a: Ô-xtrây-li-a; Cu-ba: Cộng hòa Cu-ba; Đức: Cộng hòa Liên bang Đức; "
    "Áo: Cộng hòa Áo; Séc: Cộng hòa Séc; Hung-ga-ri: Hung-ga-ri"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name."""
KEY_POSTS = re.compile(
    "|".join(
        (
            r"Giám đốc (Sở [^,]+|Bệnh viện [^,]+)",
            r"(?:Phó Giám đốc, )?Bí thư Đảng ủy(?:, Phó Giám đốc)? (Sở [^,]+)",
            r"(?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) ((?:xã|phường) [^,]+)",
            r"Hiệu trưởng (Trường Đại học [^,]+)",
        )
    )
)
"""Quy định Điều 2's cadres, a group for each way a title names the unit: a) the Giám đốc of a sở, d) of a hospital;
the Bí thư Đảng ủy of a sở even when a deputy (Điều 2.2), in either order; b) the Bí thư Đảng ủy and the Chủ tịch UBND
of a xã or phường; c) the Hiệu trưởng of a university. Read on the whole title, so a plain deputy, the Phó Chủ tịch
UBND tỉnh, a Trưởng Ban of the Tỉnh ủy, the head of a centre or a high school under a sở matches none."""
FIRM_PAYS = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?)(?: \([^)]*\))? (?:tài trợ|đài thọ|chi trả)")
PROSE = re.compile(r"Cử đoàn công tác của [^:]+? gồm các ông \(bà\) có tên sau: ")
"""How a decision in running text opens its members ("Cử đoàn công tác của X gồm các ông (bà) có tên sau: ông A, …")."""


class Decision(st.PartyOrStateDecision):
    """A decision of UBND tỉnh ("/QĐ-UBND"), of the Giám đốc Đại học Thái Nguyên ("/QĐ-ĐHTN") or of Ban Thường vụ
    Tỉnh ủy ("-QĐ/TU")."""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    return st.members_and_layout(PROSE.sub("Cử ", article1), st.LISTED_MEMBERS, st.RULED_MEMBERS, "(?:ông|bà)")


FORM = st.DecisionForm(
    THAI_NGUYEN,
    Decision,
    read_members,
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(THAI_NGUYEN, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a cadre of Ban Thường vụ Tỉnh ủy, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def enterprise_pays(d: Decision) -> bool:
    """Quy định Điều 4: a firm paying, "xã hội hóa" or not; a foreign city, party body, university, WHO or FAO
    project paying is none, nor a firm that is only visited."""
    return bool(st.paying_firms(d.funding, FIRM_PAYS))


def limits_of(d: Decision, *, amended: bool = True) -> dict[str, int]:
    """The limits in force by the departure: the Quy định's, and from 01/6/2026 the Công văn's size and lead."""
    return NO_LEAD | LIMITS.of(d, amended=amended)


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts; `amended=False`: the Quy định's limits for all, as a reader who skips the Công văn would."""
    return st.facts_of(
        texts, carried, reports(), key_unit, countries, enterprise_pays, lambda d: limits_of(d, amended=amended)
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(THAI_NGUYEN, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(THAI_NGUYEN, facts().values())


def test_scenario_blind38_quy_dinh_and_cong_van_say_the_limits_in_other_words() -> None:
    """The Công văn's words and digits agree with the Quy định's but for the size (ten instead of twelve) and the lead
    it adds, both for the departures from 01/6/2026."""
    assert LIMITS.base() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 12,
        "max_countries_per_trip": 3,
        "max_days_per_country": 4,
        "report_deadline_working_days": 7,
    }
    later, since = LIMITS.amended()
    assert later == {kind: LIMITS.base()[kind] for kind in later if kind in LIMITS.base()} | {
        "max_delegation_size": 10,
        "submission_lead_working_days": 15,
    }
    assert since == dt.date(2026, 6, 1)
    assert LIMITS.on(dt.date(2026, 5, 31)) == LIMITS.base()
    assert [st.issue_date(THAI_NGUYEN.text(s)) for s in (QUY_DINH, CONG_VAN)] == [
        dt.date(2026, 1, 15),
        dt.date(2026, 5, 20),
    ]
    qd = THAI_NGUYEN.text(QUY_DINH)
    assert "\nSố 12-QĐi/TU\n" in qd
    assert "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Ban Tổ chức Trung ương (b/c),\tPHÓ BÍ THƯ" in qd
    cv = st.squash(THAI_NGUYEN.text(CONG_VAN))
    assert "toàn tỉnh có 23 đoàn với 146 lượt người" in cv and "kể cả nguồn xã hội hóa" in cv


SCOPE = (
    "Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý nêu tại Quy định này gồm:",
    "b) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân các xã, phường;",
    "c) Hiệu trưởng các trường đại học thành viên Đại học Thái Nguyên;",
    "không thuộc diện này, trừ cấp phó đồng thời là Bí thư Đảng ủy của cơ quan, đơn vị.",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh đi công tác nước ngoài thực hiện theo quy định của Trung ương.",
    "Không bố trí người đứng đầu và Bí thư cấp ủy của cùng một cơ quan, đơn vị, địa phương cùng đi trong một đoàn",
    "kể cả dưới hình thức xã hội hóa, tài trợ",
    "tổ chức quốc tế tài trợ đã được phê duyệt, không thuộc trường hợp này.",
)
"""Where the Quy định says whom the trips limit binds (Điều 2), whom one delegation may not join (Điều 3.3) and which
money is a firm's (Điều 4)."""

POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Bí thư Đảng ủy, Phó Giám đốc Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Giám đốc Bệnh viện Trung ương Thái Nguyên | Bệnh viện Trung ương Thái Nguyên
Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh | -
Giám đốc Trung tâm Xúc tiến đầu tư Sở Tài chính | -
Bí thư Đảng ủy phường Phan Đình Phùng | phường Phan Đình Phùng
Phó Bí thư Thường trực Đảng ủy phường Phan Đình Phùng | -
Chủ tịch Ủy ban nhân dân phường Tích Lương | phường Tích Lương
Phó Chủ tịch Ủy ban nhân dân phường Phan Đình Phùng | -
Bí thư Đảng ủy xã Nà Phặc | xã Nà Phặc
Hiệu trưởng Trường Đại học Nông Lâm | Trường Đại học Nông Lâm
Phó Hiệu trưởng Trường Đại học Nông Lâm | -
Hiệu trưởng Trường THPT Chuyên Thái Nguyên | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | -
Phó Trưởng Ban Tổ chức Tỉnh ủy | -
"""
"""A title as the decisions write it | the unit of which it makes a cadre of Ban Thường vụ, "-" for none."""


def test_scenario_blind38_cadres_follow_the_quy_dinh_list() -> None:
    qd = st.squash(THAI_NGUYEN.text(QUY_DINH))
    assert [phrase for phrase in SCOPE if phrase not in qd] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read = {title for d in decisions().values() for _, title in d.members}
    assert "Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường" in read
    assert "Chủ tịch Ủy ban nhân dân phường Tích Lương" in read  # a table's post and unit, joined
    tien = {(d.party, d.layout) for d in trips().values() for name, _ in d.members if name == "Đàm Văn Tiến"}
    assert tien == {(False, "prose"), (True, "list")}


def test_scenario_blind38_trips_after_the_cancellation_and_the_replacement() -> None:
    """421 cancels 392; 1562 replaces the Phó Hiệu trưởng of 1480 with the Hiệu trưởng."""
    assert st.changes(decisions()) == {"421/QĐ-UBND": "392/QĐ-UBND", "1562/QĐ-ĐHTN": "1480/QĐ-ĐHTN"}
    assert (len(decisions()), len(trips())) == (23, 20)
    assert "392/QĐ-UBND" not in trips() and decisions()["392/QĐ-UBND"].members
    assert [name for name, _ in trips()["1480/QĐ-ĐHTN"].members] == [
        "Chu Thị Thùy",
        "Ngọ Văn Bình",
        "La Thị Thanh Huyền",
    ]
    assert decisions()["1480/QĐ-ĐHTN"].members[0][0] == "Bế Văn Dũng"
    st.check_trips(THAI_NGUYEN, facts())
    st.check_bare_names(THAI_NGUYEN, r"(?:Ông|Bà|Đồng chí) ")


def test_scenario_blind38_three_issuers_three_layouts_and_signers() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 16, "/QĐ-ĐHTN": 5, "-QĐ/TU": 2})
    layouts = Counter(d.layout for d in trips().values())
    assert layouts == Counter({"list": 13, "table": 4, "prose": 3})
    for stem in THAI_NGUYEN.stems("qd-"):
        text = THAI_NGUYEN.text(stem)
        signer = {
            "/QĐ-UBND": "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\tKT. CHỦ TỊCH\n"
            "- Thường trực Tỉnh ủy (b/c);\tPHÓ CHỦ TỊCH",
            "/QĐ-ĐHTN": "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như Điều 3;\tPHÓ GIÁM ĐỐC",
            "-QĐ/TU": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 3,\tPHÓ BÍ THƯ",
        }
        suffix = next(s for s in signer if s in text[:300])
        assert signer[suffix] in text, stem
    assert "\nSố 612-QĐ/TU\n" in THAI_NGUYEN.text("qd-612-qd")


def test_scenario_blind38_decisions_tell_interpreters_payers_and_countries() -> None:
    interpreted = {n: len(d.members) for n, d in trips().items() if any("Phiên dịch" in t for _, t in d.members)}
    assert interpreted == {"312/QĐ-UBND": 12, "455/QĐ-UBND": 11, "512/QĐ-UBND": 10}
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["601/QĐ-UBND", "612-QĐ/TU"]
    assert enterprise_pays(decisions()["392/QĐ-UBND"])  # the cancelled trip
    assert "nguồn xã hội hóa" in trips()["612-QĐ/TU"].funding
    assert "Hokuyo" in trips()["312/QĐ-UBND"].article1 and "Siemens" in trips()["640/QĐ-UBND"].article1
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {"512/QĐ-UBND": "Ma-lai-xi-a + Thái Lan + Xinh-ga-po", "640/QĐ-UBND": "Hung-ga-ri + Séc + Áo + Đức"}
    assert "các nước: Cộng hòa Xinh-ga-po, Ma-lai-xi-a và Vương quốc Thái Lan từ ngày" in THAI_NGUYEN.text("qd-512")
    china = {n for n, d in trips().items() if "Trung Quốc" in countries(d)}
    assert china == {"112/QĐ-UBND", "385-QĐ/TU", "470/QĐ-UBND"}


def test_scenario_blind38_reports_link_by_number_or_by_date() -> None:
    """18 reports: one citing '610/QĐ-UBND' for 601, one citing only the decision's date and issuer (both linked by
    the decision's date and the trip's start); 612-QĐ/TU has none (late), 1805 none yet (not due)."""
    assert len(reports()) == 18 and "610/QĐ-UBND" not in decisions()
    assert st.linked_by_date(reports()) == {"129/BC-SYT", "176/BC-ĐHNL"}
    assert reports()["601/QĐ-UBND"].number == "129/BC-SYT"
    assert "Thực hiện Quyết định ngày 15/9/2026 của Giám đốc Đại học Thái Nguyên" in THAI_NGUYEN.text("bc-176-dhnl")
    assert sorted(set(trips()) - set(reports())) == ["1805/QĐ-ĐHTN", "612-QĐ/TU"]
    st.check_reports_tell_dates(THAI_NGUYEN, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind38_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(THAI_NGUYEN, part, found(), set(decisions()), findings=12, traps=45)


LEADS = (
    ("312/QĐ-UBND", 6),  # before 01/6: no lead rule
    ("338/QĐ-UBND", 14),  # departs 25/5: no lead rule
    ("512/QĐ-UBND", 15),  # Saturday 22/8 worked, 31/8–2/9 off
    ("540/QĐ-UBND", 15),  # 31/8–2/9 off
    ("688/QĐ-UBND", 12),  # the breach, 24/11 off
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 2, 6), (2026, 2, 24)),  # Tết 16–20/2 off
    ((2026, 4, 24), (2026, 5, 8)),  # 27/4, 30/4, 1/5 off
    ((2026, 8, 21), (2026, 9, 3)),  # 22/8 worked, 31/8–2/9 off
    ((2026, 10, 23), (2026, 11, 3)),
    ((2026, 11, 20), (2026, 12, 2)),  # 24/11 off
    ((2026, 12, 11), (2026, 12, 22)),  # the day after the check date
)
"""End of the trip, the seventh working day after it (the report's last day)."""


def test_scenario_blind38_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 2), (11, 24))
    THAI_NGUYEN.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    assert THAI_NGUYEN.without_make_up().lead(dt.date(2026, 8, 12), dt.date(2026, 9, 7)) == 14
    assert [THAI_NGUYEN.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 22) > dt.date.fromisoformat(THAI_NGUYEN.expected()["as_of"])


def test_scenario_blind38_every_text_has_its_scan() -> None:
    THAI_NGUYEN.check_scans(43, required=False)


def misread(texts: st.ScenarioTexts = THAI_NGUYEN, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind38_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags a plain deputy, the Phó Chủ tịch UBND tỉnh and two officials; one
    who skips the replacement loses the Hiệu trưởng's third; one who keeps the cancelled decision flags its firm, its
    missing report and the Giám đốc Sở Công Thương's third; one who skips the Công văn loses the size and the lead;
    one who applies it from January flags the twelve before 01/6 and five short leads; one who forgets the make-up
    Saturday flags a lead of fifteen."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("601/QĐ-UBND", "Lục Thị Hạnh"),
        ("640/QĐ-UBND", "Hà Minh Tuấn"),
        ("640/QĐ-UBND", "Phạm Đức Long"),
        ("688/QĐ-UBND", "Mã Văn Tuân"),
    }
    unreplaced = dict(trips()) | {"1480/QĐ-ĐHTN": decisions()["1480/QĐ-ĐHTN"]}
    assert misread(carried=unreplaced) == (set(), {("max_trips_per_year", "1480/QĐ-ĐHTN", "La Thị Thanh Huyền")})
    uncancelled = dict(trips()) | {"392/QĐ-UBND": decisions()["392/QĐ-UBND"]}
    assert misread(carried=uncancelled) == (
        {
            ("no_enterprise_funded", "392/QĐ-UBND", None),
            ("report_deadline_working_days", "392/QĐ-UBND", None),
            ("max_trips_per_year", "512/QĐ-UBND", "Vi Văn Khải"),
        },
        set(),
    )
    old = st.recompute(THAI_NGUYEN, facts_of(THAI_NGUYEN, trips(), amended=False).values())
    assert (old - found(), found() - old) == (
        set(),
        {("max_delegation_size", "455/QĐ-UBND", None), ("submission_lead_working_days", "688/QĐ-UBND", None)},
    )
    early = misread(other={"max_delegation_size": 10, "submission_lead_working_days": 15})
    assert early[1] == set() and {(k, n) for k, n, _ in early[0]} == {
        ("max_delegation_size", "312/QĐ-UBND"),
        ("submission_lead_working_days", "112/QĐ-UBND"),
        ("submission_lead_working_days", "135/QĐ-UBND"),
        ("submission_lead_working_days", "312/QĐ-UBND"),
        ("submission_lead_working_days", "338/QĐ-UBND"),
        ("submission_lead_working_days", "385-QĐ/TU"),
    }
    assert misread(THAI_NGUYEN.without_make_up()) == ({("submission_lead_working_days", "512/QĐ-UBND", None)}, set())
