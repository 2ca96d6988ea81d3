"""The Bộ Công Thương 2026 blind scenario's labels, recomputed from its texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Đảng ủy Bộ
(Chương/Điều, numbers in words and digits) and the Bộ trưởng's later Quy chế, which shortens the report deadline for
delegations returning from its effective date; whose trips a year count from the key leaders the Quy định lists ("…
gồm …": heads and bí thư cấp ủy of each vụ, cục, trường, viện; cấp phó out unless assigned to lead a unit without a
head), less the trips accompanying the Thủ tướng; trips from three issuers' decisions in four layouts with a
cancellation, an extension and a postponement applied; reports linked by the numbers they cite or, for a mistyped
number or a date-only citation, by the decision's date and the trip's start; deadlines and leads in working days
(holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

INSTITUTE = "Viện Nghiên cứu Chiến lược, Chính sách Công Thương"
BCT = st.ScenarioTexts("scenario_blind26", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, QUY_CHE = "00-1-qdi-09-du", "00-2-qd-1236-bct"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"tối đa (\w+) \((\d+)\) chuyến trong một năm dương lịch",
    "max_delegation_size": r"mỗi đoàn không quá (\w+) \((\d+)\) thành viên, kể cả trưởng đoàn và phiên dịch",
    "max_countries_per_trip": r"đi không quá (\w+) \((\d+)\) quốc gia, nước quá cảnh không tính là quốc gia đến",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày tại mỗi quốc gia, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_RULES = {
    "max_delegation_size": r"tối đa (\w+) \((\d+)\) người, kể cả trưởng đoàn và phiên dịch",
    "submission_lead_working_days": r"ít nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
QC_FROM = rf"áp dụng đối với các đoàn về nước từ ngày ({st.DASHED}), thay cho thời hạn (\w+) \((\d+)\) ngày làm việc"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Ấn Độ": "Ấn Độ",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "Đức": "Đức",
    "Đan Mạch": "Đan Mạch",
    "Trung Hoa": "Trung Quốc",
    "Pháp": "Pháp",
    "Ai Cập": "Ai Cập",
    "Ma-rốc": "Ma-rốc",
    "An-giê-ri": "An-giê-ri",
    "Ca-ta": "Ca-ta",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Hoa Kỳ": "Hoa Kỳ",
    "Lào": "Lào",
    "Cu-ba": "Cu-ba",
    "Thái Lan": "Thái Lan",
    "Các Tiểu vương quốc Ả-rập Thống nhất": "Các Tiểu vương quốc Ả-rập Thống nhất",
    "Nga": "Nga",
    "Bê-la-rút": "Bê-la-rút",
}
"""A destination as the decisions write it (the state's long form around it) → the label's name; a transit ("(quá
cảnh tại …)") is no destination (Quy định Điều 5.2)."""
ACADEMIC = r"(?:PGS\.TS\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:Đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]+)$", re.MULTILINE
)
UNIT = re.compile(r"^(?P<posts>.+?) (?P<unit>(?:Bộ Công Thương|Văn phòng Bộ|(?:Cục|Vụ|Trường|Viện) (?!trưởng).+))$")
"""A title is its posts, then the unit they are held in (the first unit name: "Trưởng phòng Thị trường điện, Cục
Điện lực" is a post in a phòng of the Cục, held in the Cục)."""
KEY_POSTS = frozenset(
    {
        "Bộ trưởng",
        "Bí thư Đảng ủy Bộ",
        "Cục trưởng",
        "Vụ trưởng",
        "Chánh",
        "Hiệu trưởng",
        "Viện trưởng",
        "Bí thư Đảng ủy",
        "Bí thư Chi bộ",
        "Phó Cục trưởng phụ trách",
        "Phó Vụ trưởng phụ trách",
    }
)
"""Điều 4.2's key leaders by post: the Bộ trưởng and the Bí thư Đảng ủy Bộ; the head and the bí thư cấp ủy of each vụ,
cục, Văn phòng Bộ ("Chánh" Văn phòng Bộ), trường and viện; a cấp phó only when assigned to lead a unit without a head
("… phụ trách")."""
ACCOMPANIES = re.compile(r"tháp tùng (?:Tổng Bí thư|Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch Quốc hội)")
FIRM = r"(?:Tổng công ty|Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYER = re.compile(rf"(?:^|\bdo )(?P<payer>{FIRM}[^;.]*?) (?:đài thọ|chi trả|tài trợ)")


class Decision(st.FormDecision):
    @property
    def accompanies(self) -> bool:
        """The delegation accompanies the Tổng Bí thư, Chủ tịch nước, Thủ tướng or Chủ tịch Quốc hội (Điều 4.3)."""
        return bool(ACCOMPANIES.search(self.article1))


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    return st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, HONORIFIC)


FORM = st.DecisionForm(
    BCT, Decision, read_members, where=r"(?:đi công tác|thăm chính thức và làm việc) tại (.+?) từ ngày"
)
decisions, trips, reports = st.cited_trip_readers(BCT, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 4.2, or None."""
    m = UNIT.match(title)
    if not m:
        return None
    posts = {p.strip() for p in m["posts"].split(",")}
    return m["unit"] if posts & KEY_POSTS else None


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has a firm pay (Điều 6): a negated clause ("không do doanh nghiệp nào
    tài trợ") pays nothing; a firm named in the purpose (met, visited) pays nothing either."""
    return bool(st.paying_firms(d.funding, PAYER))


def counted(d: Decision) -> frozenset[str]:
    """Whose trips a year this trip counts: its key leaders, none when it accompanies the Thủ tướng (Điều 4.3)."""
    return frozenset() if d.accompanies else frozenset(name for name, title in d.members if key_unit(title))


LIMITS = st.LaterLimits(
    BCT, WORDS, (QUY_DINH, QDI_RULES), (QUY_CHE, QC_RULES), QC_FROM, "end", ("report_deadline_working_days",)
)
"""The Quy định's limits, with the Quy chế's report deadline for the delegations returning from its date."""


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(BCT, trips(), reports(), key_unit, countries, enterprise_pays, LIMITS.of, counted=counted)


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind26_quy_che_shortens_the_report_deadline_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=2, lead=10, report=10)
    values, since = LIMITS.amended()
    replaced = re.search(QC_FROM, st.squash(BCT.text(QUY_CHE)))
    assert replaced and WORDS[replaced[2]] == int(replaced[3]) == LIMITS.base()["report_deadline_working_days"]
    assert values == {"max_delegation_size": 10, "submission_lead_working_days": 10, "report_deadline_working_days": 7}
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30))["report_deadline_working_days"] == 10
    assert LIMITS.on(dt.date(2026, 7, 1))["report_deadline_working_days"] == 7
    assert "có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026" in BCT.text(QUY_CHE)
    assert st.issue_date(BCT.text(QUY_DINH)) == dt.date(2026, 1, 14)
    assert all(d.issued > dt.date(2026, 1, 14) for d in decisions().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Bí thư Đảng ủy Bộ, Bộ trưởng Bộ Công Thương", "Bộ Công Thương"),
        ("Thứ trưởng Bộ Công Thương", None),
        ("Phó Bí thư Thường trực Đảng ủy Bộ Công Thương", None),
        ("Chánh Văn phòng Bộ", "Văn phòng Bộ"),
        ("Phó Chánh Văn phòng Bộ", None),
        ("Thư ký Bộ trưởng, Văn phòng Bộ", None),
        ("Cục trưởng Cục Xúc tiến thương mại", "Cục Xúc tiến thương mại"),
        ("Phó Cục trưởng Cục Xúc tiến thương mại", None),
        ("Phó Cục trưởng phụ trách Cục Hóa chất", "Cục Hóa chất"),
        ("Phó Cục trưởng Cục Hóa chất", None),
        ("Phó Cục trưởng, Bí thư Đảng ủy Cục Điện lực", "Cục Điện lực"),
        ("Trưởng phòng Thị trường điện, Cục Điện lực", None),
        ("Trưởng phòng Vụ Thị trường châu Âu – châu Mỹ", None),
        ("Vụ trưởng Vụ Thị trường châu Á – châu Phi", "Vụ Thị trường châu Á – châu Phi"),
        ("Phó Vụ trưởng Vụ Kế hoạch – Tài chính", None),
        ("Hiệu trưởng Trường Đại học Điện lực", "Trường Đại học Điện lực"),
        ("Bí thư Đảng ủy Trường Đại học Điện lực", "Trường Đại học Điện lực"),
        ("Phó Hiệu trưởng Trường Đại học Điện lực", None),
        ("Trưởng khoa Hệ thống điện, Trường Đại học Điện lực", None),
        ("Viện trưởng " + INSTITUTE, INSTITUTE),
        ("Giám đốc Trung tâm Hỗ trợ xuất khẩu, Cục Xúc tiến thương mại", None),
    ],
)  # fmt: skip
def test_scenario_blind26_key_leader_follows_dieu_4(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind26_quy_dinh_words_its_scope_and_exceptions() -> None:
    text = st.squash(BCT.text(QUY_DINH))
    assert "Lãnh đạo chủ chốt theo Quy định này gồm: Bộ trưởng; Bí thư Đảng ủy Bộ; người đứng đầu và bí thư" in text
    assert "cấp phó của người đứng đầu các cơ quan, đơn vị không thuộc diện lãnh đạo chủ chốt" in text
    assert "cấp phó được giao phụ trách cơ quan, đơn vị trong thời gian chưa bổ nhiệm người đứng đầu" in text
    assert "Không tính vào số chuyến quy định tại khoản 1 Điều này các chuyến đi tháp tùng" in text
    assert "Không cử hai (02) đồng chí lãnh đạo chủ chốt của cùng một cơ quan, đơn vị cùng đi" in text
    assert "do doanh nghiệp (kể cả doanh nghiệp nhà nước) tổ chức, đài thọ hoặc tài trợ kinh phí" in text
    assert {n for n, d in trips().items() if d.accompanies} == {"735/QĐ-BCT"}
    assert counted(trips()["735/QĐ-BCT"]) == frozenset()
    assert {key_unit(t) for _, t in trips()["735/QĐ-BCT"].members} == {"Cục Xúc tiến thương mại", "Cục Điện lực"}


def test_scenario_blind26_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 27 and len(trips()) == 23
    assert st.changes(decisions()) == {
        "2498/QĐ-BCT": "2451/QĐ-BCT",
        "2547/QĐ-BCT": "2480/QĐ-BCT",
        "2655/QĐ-BCT": "2601/QĐ-BCT",
    }
    assert len(decisions()["2451/QĐ-BCT"].members) == 12, "the cancelled delegation was over the size"
    st.check_trips(BCT, facts())
    st.check_bare_names(BCT, rf"(?:{ACADEMIC}|đồng chí |ông |bà )")
    assert ("Ông Thị Ngà", "Chuyên viên Vụ Pháp chế") in trips()["1622/QĐ-BCT"].members, "a surname Ông stays"


def test_scenario_blind26_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-BCT", "-QĐ/ĐU", "/QĐ-ĐHĐL")}
    assert by_issuer == {"/QĐ-BCT": 23, "-QĐ/ĐU": 1, "/QĐ-ĐHĐL": 3}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 12 and layouts.count("prose") >= 5 and layouts.count("table") >= 2


def test_scenario_blind26_funding_names_firms_that_do_not_pay() -> None:
    assert {n for n, d in trips().items() if enterprise_pays(d)} == {"2213/QĐ-BCT"}
    assert "không do doanh nghiệp nào tài trợ" in trips()["610/QĐ-ĐHĐL"].funding
    assert "không nhận tài trợ của doanh nghiệp" in trips()["2376/QĐ-BCT"].funding
    for number, firm in (
        ("1318/QĐ-BCT", "Tập đoàn CJ"),
        ("2480/QĐ-BCT", "Tổng công ty Máy động lực và Thiết bị Phương Nam"),
        ("2702/QĐ-BCT", "Tập đoàn Năng lượng nguyên tử quốc gia Nga"),
    ):
        assert firm in BCT.text(f"qd-{number.split('/')[0]}") and firm not in trips()[number].funding, number


def test_scenario_blind26_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 20
    assert {n for n, r in linked.items() if r.how != "number"} == {"09/BC-TTCA", "18/BC-ĐHĐL"}
    assert linked["09/BC-TTCA"].decisions == ("601/QĐ-BCT",)
    assert "610/QĐ-BCT" in BCT.text("bc-09-ttca") and "610/QĐ-ĐHĐL" in decisions(), "the typo is another body's number"
    assert linked["47/BC-ĐHĐL"].decisions == ("588/QĐ-ĐHĐL", "610/QĐ-ĐHĐL")
    assert linked["63/BC-TCCB"].decisions == ("2601/QĐ-BCT",)
    assert set(trips()) - set(reports()) == {"2140/QĐ-BCT", "2480/QĐ-BCT"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind26_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BCT, part, st.recompute(BCT, facts().values()), set(decisions()), findings=14, traps=60)


def test_scenario_blind26_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and its make-up Saturday give it."""
    BCT.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("412/QĐ-BCT") == 7  # Tết 16–20/2 inside
    assert st.weekdays_between(dt.date(2026, 2, 11), dt.date(2026, 3, 2)) == 12
    assert lead("1045/QĐ-BCT") == 9  # 27/4, 30/4, 1/5 inside
    assert st.weekdays_between(dt.date(2026, 4, 22), dt.date(2026, 5, 11)) == 12
    assert lead("1102/QĐ-BCT") == 10  # 30/4, 1/5 inside
    assert lead("86-QĐ/ĐU") == 10  # the make-up Saturday 22/8 counted
    assert BCT.without_make_up().lead(dt.date(2026, 8, 10), dt.date(2026, 8, 24)) == 9
    assert lead("2140/QĐ-BCT") == 10  # 31/8–2/9 inside
    assert [lead(n) for n in ("538/QĐ-BCT", "1318/QĐ-BCT", "1437/QĐ-BCT", "2213/QĐ-BCT", "2601/QĐ-BCT")] == [10] * 5
    assert BCT.nth_working_day_after(dt.date(2026, 4, 25), 10) == dt.date(2026, 5, 13)  # 868: report on the day
    assert BCT.nth_working_day_after(dt.date(2026, 6, 26), 10) == dt.date(2026, 7, 10)  # 1437: ten still applies
    assert BCT.nth_working_day_after(dt.date(2026, 6, 26), 7) == dt.date(2026, 7, 7)
    assert BCT.nth_working_day_after(dt.date(2026, 7, 24), 7) == dt.date(2026, 8, 4)  # 1689: late on 6/8
    assert BCT.nth_working_day_after(dt.date(2026, 7, 24), 10) == dt.date(2026, 8, 7)
    assert BCT.nth_working_day_after(dt.date(2026, 8, 30), 7) == dt.date(2026, 9, 11)  # 86: 31/8–2/9 off
    assert BCT.nth_working_day_after(dt.date(2026, 11, 8), 7) == dt.date(2026, 11, 17)  # 2601 from its extension
    assert BCT.nth_working_day_after(dt.date(2026, 11, 5), 7) == dt.date(2026, 11, 16)
    assert BCT.nth_working_day_after(dt.date(2026, 11, 21), 7) == dt.date(2026, 12, 2)  # 2702: 24/11 off
    assert BCT.nth_working_day_after(dt.date(2026, 12, 4), 7) == dt.date(2026, 12, 15)  # 2480: not yet due
    assert BCT.expected()["as_of"] == "2026-12-14"


def test_scenario_blind26_every_text_has_its_scan() -> None:
    BCT.check_scans(49, required=True)


def test_scenario_blind26_labels_hang_on_the_scope_the_exception_and_the_quy_che() -> None:
    """A reader who skips the tháp tùng exception, the "phụ trách" clause or the Quy chế's date gets other findings."""
    labels = st.recompute(BCT, facts().values())
    everyone = {n: dataclasses.replace(t, counted=None) for n, t in facts().items()}
    assert st.recompute(BCT, everyone.values()) - labels == {
        ("max_trips_per_year", "1318/QĐ-BCT", "Nguyễn Hoài Phong"),
        ("max_trips_per_year", "2480/QĐ-BCT", "Vũ Thành Công"),
    }
    no_acting = {
        n: dataclasses.replace(t, counted=frozenset(), members=[(m, None) for m, _ in t.members])
        if "Đặng Minh Tuấn" in {m for m, _ in t.members}
        else t
        for n, t in facts().items()
    }
    assert labels - st.recompute(BCT, no_acting.values()) == {("max_trips_per_year", "1437/QĐ-BCT", "Đặng Minh Tuấn")}
    ten = [dataclasses.replace(t, limits=LIMITS.base()) for t in facts().values()]
    assert labels - st.recompute(BCT, ten) == {("report_deadline_working_days", "1689/QĐ-BCT", None)}
    signed = st.issue_date(BCT.text(QUY_CHE))  # a reader who applies the Quy chế from its signing, not from 01/7
    early = [
        dataclasses.replace(t, limits={**t.limits, "report_deadline_working_days": 7}) if t.end >= signed else t
        for t in facts().values()
    ]
    assert {n for _, n, _ in st.recompute(BCT, early) - labels} == {"1251/QĐ-BCT", "1318/QĐ-BCT", "1437/QĐ-BCT"}
