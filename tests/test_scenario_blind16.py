"""The ĐHQG-HCM 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Chỉ thị's prose and its Phụ lục
table (words and digits), key leaders from the title beside each name under point 2.a (a Phó Hiệu trưởng who is Bí
thư Đảng ủy is in, a Phó Bí thư is out; Ban Giám đốc is one unit), trips from the decisions in their three layouts
(numbered list, ruled table, running text) with a cancellation, two amendments and a long study stay (point 1.b: no
trip) applied, reports linked by the number they cite or, when that number is no decision's, by the decision's date
and the trip's start, and deadlines and leads in working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

DHQG = st.ScenarioTexts("scenario_blind16", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-ct-03-dhqg"
NUMBER_WORDS = {"hai": 2, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
PROSE_RULES = {
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
TABLE_RULES = {
    "max_trips_per_year": ("Số lần đi công tác nước ngoài của mỗi lãnh đạo chủ chốt trong một năm", "lần"),
    "max_delegation_size": ("Số thành viên của một đoàn công tác", "người"),
    "max_days_per_country": ("Thời gian công tác tại mỗi nước", "ngày"),
    "max_countries_per_trip": ("Số nước đến trong một chuyến công tác", "nước"),
}
"""A Phụ lục row's content cell → its unit word after "(NN)"."""
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Đức": "Đức",
    "Pháp": "Pháp",
    "Bỉ": "Bỉ",
    "Hà Lan": "Hà Lan",
    "Đan Mạch": "Đan Mạch",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Úc": "Ô-xtrây-li-a",
    "Hoa Kỳ": "Hoa Kỳ",
    "Mỹ": "Hoa Kỳ",
    "Đài Loan": "Đài Loan (Trung Quốc)",
    "Xinh-ga-po": "Xinh-ga-po",
    "Singapore": "Xinh-ga-po",
}
"""A destination as a decision's Điều 1 writes it → the label's name ("Trung Quốc" in "Đài Loan (Trung Quốc)" is
no destination of its own)."""
DEGREE = r"(?:GS\.TSKH|GS\.TS|PGS\.TS|TS|ThS|NCS|KS|CN)\.?"
LIST_MEMBER = re.compile(rf"^\d+\. {DEGREE} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(rf"^\d+\t(?P<name>[^\t]+)\t{DEGREE}\t(?P<title>[^\t]+)\t[^\t]+$", re.MULTILINE)
KEY_POST = re.compile(
    r"^(?:(?:Phó )?Giám đốc (ĐHQG-HCM)|Hiệu trưởng (Trường .+)|Bí thư Đảng ủy (Trường .+)|Viện trưởng (Viện .+))$"
)
"""A post point 2.a lists among key leaders; Phó Hiệu trưởng, Phó Bí thư, Phó Viện trưởng, Trưởng khoa/ban fail it."""


class Decision(st.FormDecision):
    @property
    def study(self) -> bool:
        """A study stay ("đi học tập"), no business trip (point 1.b)."""
        return "đi học tập" in self.article1


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """The members the body lists (numbered or in a table), else those Điều 1 names in its running text ("Cử PGS.TS.
    A, title (Trưởng đoàn); TS. B, title và ThS. C, title đi công tác tại …")."""
    listed = [(m["name"], m["title"]) for m in (*LIST_MEMBER.finditer(body), *TABLE_MEMBER.finditer(body))]
    if listed:
        return listed, "listed"
    return st.running_members(article1, DEGREE, r" \(Trưởng đoàn\)", "đi (?:công tác|học tập)"), "prose"


FORM = st.DecisionForm(
    DHQG,
    Decision,
    read_members,
    article1=r"^Điều 1\. .+$",
    where="(.+)",
    funding=r"^Điều 2\. Kinh phí: (.+)$",
    amends=r"Điều 1\. Điều chỉnh .*?Quyết định số (\S+)",
    honorific=DEGREE,
)


def read_decision(stem: str) -> Decision:
    """A decision; the list's count ("(Danh sách gồm 05 người)") is the members read."""
    d = FORM.read(stem)
    st.check_declared(DHQG.text(stem), r"\(Danh sách gồm (\d+) người\)", d.members, stem)
    return d


@cache
def decisions() -> dict[str, Decision]:
    return st.decisions_of(DHQG, read_decision)


@cache
def trips() -> dict[str, Decision]:
    """The business trips that took place: the study stay is none (point 1.b); a cancellation and two amendments
    applied."""
    return st.carried_out({n: d for n, d in decisions().items() if not d.study})


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (point 2.a), or None."""
    for post in (p.strip() for p in title.split(",")):
        m = KEY_POST.match(post)
        if m:
            unit = next(g for g in m.groups() if g)
            return "Ban Giám đốc ĐHQG-HCM" if unit == "ĐHQG-HCM" else unit
    return None


@cache
def reports() -> dict[str, st.Report]:
    """A report cites its decision "Thực hiện Quyết định số … ngày …" or by its date alone ("… của Giám đốc")."""
    by_number = rf"Thực hiện Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"Thực hiện Quyết định ngày ({st.SLASH}) của Giám đốc"
    return st.one_trip_reports(DHQG, trips(), by_number, by_date)


@cache
def limits() -> dict[str, int]:
    """The prose's two limits, then the Phụ lục table's four (a row: "N\t<content>\tbảy (07) <unit>")."""
    text = DHQG.text(DISPATCH)
    annex = text.split("\nPHỤ LỤC\n", 1)[1]
    rows = {kind: r"(?m)^\d\t{}\t(\w+) \((\d+)\) {}\b".format(*cells) for kind, cells in TABLE_RULES.items()}
    return st.stated_limits(st.squash(text), PROSE_RULES, NUMBER_WORDS) | st.stated_limits(annex, rows, NUMBER_WORDS)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(DHQG, trips(), reports(), key_unit, countries, lambda d: st.firm_acts(d.funding), limits())


def test_scenario_blind16_chi_thi_states_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=8, days=5, countries=2, lead=10, report=7)
    text = st.squash(DHQG.text(DISPATCH))
    assert "Lãnh đạo chủ chốt theo Chỉ thị này gồm: Giám đốc, Phó Giám đốc ĐHQG-HCM; Hiệu trưởng, Bí thư" in text
    assert "trường hợp Phó Hiệu trưởng đồng thời là Bí thư Đảng ủy trường thì được xác định là lãnh đạo" in text
    assert "(Ban Giám đốc ĐHQG-HCM, trường đại học thành viên, viện nghiên cứu trực thuộc)" in text
    assert "(từ ba (03) tháng trở lên) không phải là chuyến đi công tác, không thuộc phạm vi điều chỉnh" in text
    # The table's limits are stated only there: the prose points to the Phụ lục.
    prose = st.squash(DHQG.text(DISPATCH).split("\nPHỤ LỤC\n", 1)[0])
    assert "tám (08)" not in prose and "năm (05) ngày" not in prose


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Phó Giám đốc ĐHQG-HCM", "Ban Giám đốc ĐHQG-HCM"),
        ("Hiệu trưởng Trường Đại học Bách khoa", "Trường Đại học Bách khoa"),
        ("Bí thư Đảng ủy Trường Đại học Bách khoa", "Trường Đại học Bách khoa"),
        ("Phó Hiệu trưởng, Bí thư Đảng ủy Trường Đại học Khoa học Tự nhiên", "Trường Đại học Khoa học Tự nhiên"),
        ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường Đại học Khoa học Xã hội và Nhân văn", None),
        ("Phó Hiệu trưởng Trường Đại học Bách khoa", None),
        ("Viện trưởng Viện Môi trường và Tài nguyên", "Viện Môi trường và Tài nguyên"),
        ("Phó Viện trưởng Viện Môi trường và Tài nguyên", None),
        ("Trưởng khoa Kỹ thuật Hóa học, Trường Đại học Bách khoa", None),
        ("Trưởng Ban Đối ngoại", None),
        ("Chánh Văn phòng ĐHQG-HCM", None),
    ],
)
def test_scenario_blind16_key_leader_follows_point_2a(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind16_trips_are_the_decisions_after_cancellation_amendments_and_study() -> None:
    st.check_trips(DHQG, facts())
    assert len(decisions()) == 27 and len(trips()) == 22
    assert [n for n, d in decisions().items() if d.study] == ["527/QĐ-ĐHQG"]
    st.check_bare_names(DHQG, DEGREE + " ")


def test_scenario_blind16_layouts_and_signers_vary() -> None:
    bodies = [DHQG.text(f"qd-{n.split('/')[0]}") for n in trips()]
    assert sum(bool(LIST_MEMBER.search(b)) for b in bodies) >= 8
    assert sum(bool(TABLE_MEMBER.search(b)) for b in bodies) >= 5
    assert sum(not LIST_MEMBER.search(b) and not TABLE_MEMBER.search(b) for b in bodies) >= 5
    assert any("\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" in b for b in bodies)
    assert any("\nHIỆU TRƯỞNG\n" in b and "phân cấp" in b for b in bodies)


def test_scenario_blind16_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    assert st.linked_by_date(reports()) == {"27/BC-XHNV", "43/BC-ĐHBK"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind16_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(DHQG, part, st.recompute(DHQG, facts().values()), decisions(), findings=13, traps=60)


def test_scenario_blind16_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    assert facts()["112/QĐ-ĐHQG"].lead == 10 and facts()["468/QĐ-ĐHQG"].lead == 10
    assert DHQG.working(dt.date(2026, 8, 22)) and not DHQG.working(dt.date(2026, 8, 31))
    lead_247 = trips()["247/QĐ-ĐHQG"]
    assert facts()["247/QĐ-ĐHQG"].lead == 7
    assert lead_247.submitted and lead_247.start
    assert st.weekdays_between(lead_247.submitted, lead_247.start) == 10
    assert DHQG.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert DHQG.nth_working_day_after(dt.date(2026, 11, 6), 7) == dt.date(2026, 11, 17)
    assert DHQG.nth_working_day_after(dt.date(2026, 8, 15), 7) == dt.date(2026, 8, 24)


def test_scenario_blind16_every_text_has_its_scan() -> None:
    DHQG.check_scans(47, required=False)
