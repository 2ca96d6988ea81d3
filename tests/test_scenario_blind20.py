"""The Đà Nẵng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế of 148-QĐ/TU and Công văn
215/UBND-NgV (words and digits), key leaders from the title beside each name under Điều 2.3 of the Quy chế (a deputy
who is the unit's party secretary is in, a Phó Bí thư is out, the Chủ tịch and Phó Chủ tịch of UBND thành phố are one
unit), trips from the decisions in their four layouts (numbered list, party list, ruled table with or without a học
vị column, running text) with a cancellation, an extension (gia hạn) and a postponement applied, reports linked by
every decision they cite (one report covers two trips), and deadlines and leads in working days (2026 holidays plus
the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

import pytest

from tests import scenario_texts as st

DANANG = st.ScenarioTexts("scenario_blind20", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qc-148-tu", "00-2-cv-215-ubnd"
NUMBER_WORDS = {"hai": 2, "năm": 5, "sáu": 6, "bảy": 7, "mười": 10}
RULES = {
    "max_trips_per_year": (QUY_CHE, r"đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong một năm"),
    "submission_lead_working_days": (QUY_CHE, r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh"),
    "max_delegation_size": (CONG_VAN, r"Mỗi đoàn đi công tác nước ngoài không quá (\w+) \((\d+)\) người"),
    "max_days_per_country": (CONG_VAN, r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi đường"),
    "max_countries_per_trip": (CONG_VAN, r"đến không quá (\w+) \((\d+)\) nước"),
    "report_deadline_working_days": (CONG_VAN, r"chậm nhất (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước"),
}
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Pháp": "Pháp",
    "Hoa Kỳ": "Hoa Kỳ",
    "Lào": "Lào",
    "Cam-pu-chia": "Cam-pu-chia",
}
"""A destination as a decision's Điều 1 writes it → the label's name."""
DEGREE = r"(?:PGS\.TS|GS\.TS|TS|ThS|KS|CN)\."
LIST_MEMBER = re.compile(
    r"^(?:\d+\. (?:Ông|Bà)|- Đồng chí) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.M
)
TABLE_MEMBER = re.compile(
    rf"^\d+\t(?P<name>[^\t]+)\t(?:{DEGREE}\t)?(?P<title>[^\t]+)\t(?:Trưởng đoàn|Thành viên)$", re.M
)
HEAD = re.compile(r"(?<!Phó )(?:Giám đốc|Trưởng Ban|Hiệu trưởng|Chủ tịch UBND|Bí thư Chi bộ|Bí thư Đảng ủy)")
UNIT = re.compile(r"(Sở .+|Ban .+|Trường Đại học .+|phường .+)$")


@dataclass(kw_only=True)
class Decision(st.FormDecision):
    invite: str = ""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """The members the body lists (numbered or in a table), else those Điều 1 names in its running text ("Cử các đồng
    chí: A, title, Trưởng đoàn; B, title; và C, title đi công tác tại …")."""
    listed = [(m["name"], m["title"]) for m in (*LIST_MEMBER.finditer(body), *TABLE_MEMBER.finditer(body))]
    if listed:
        return listed, "listed"
    span = re.match(r"Điều 1\. Cử các đồng chí: (.+?) đi công tác tại", article1)
    assert span, article1
    out = []
    for part in span[1].split("; "):
        name, title = part.removeprefix("và ").split(", ", 1)
        out.append((name, title.removesuffix(", Trưởng đoàn")))
    return out, "prose"


FORM = st.DecisionForm(
    DANANG,
    Decision,
    read_members,
    article1=r"^Điều 1\. .+$",
    where="(.+)",
    funding=r"^Điều 2\. Kinh phí[^:]*: (.+)$",
    amends=r"Điều 1\. (?:Gia hạn|Điều chỉnh) thời gian .*?Quyết định số (\S+?),? ",
)


def read_decision(stem: str) -> Decision:
    """A decision, with the letter of invitation it rests on ("Căn cứ Thư mời …;")."""
    invite = re.search(r"Căn cứ (Thư mời .+);$", DANANG.text(stem), re.MULTILINE)
    return replace(FORM.read(stem), invite=invite[1] if invite else "")


decisions, trips = st.trip_readers(DANANG, read_decision)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (Quy chế Điều 2.3), or None."""
    if re.fullmatch(r"(?:Phó )?Chủ tịch (?:UBND|Ủy ban nhân dân) thành phố", title):
        return "UBND thành phố"
    unit = UNIT.search(title.split(", ", 1)[1] if title.startswith("Thành ủy viên, ") else title)
    return unit[1] if unit and HEAD.search(title) else None


def read_report(stem: str) -> st.Report:
    """A report's trips: every decision it cites, an extension or postponement standing for the trip it changes."""
    body = st.squash(DANANG.text(stem))
    number = re.search(r"Số: (\S+)", body)
    cited = re.findall(r"Quyết định số (\S+?),? ngày", body)
    assert number and cited, stem
    changed = {n: d.amends for n, d in decisions().items() if d.amends}
    linked = tuple(dict.fromkeys(changed.get(c, c) for c in cited))
    assert all(n in trips() for n in linked), stem
    return st.Report(number[1], st.issue_date(body), linked)


@cache
def reports() -> dict[str, st.Report]:
    return st.reports_of(DANANG, read_report)


@cache
def limits() -> dict[str, int]:
    return {
        kind: st.stated_limit(st.squash(DANANG.text(stem)), pattern, NUMBER_WORDS)
        for kind, (stem, pattern) in RULES.items()
    }


def enterprise(d: Decision) -> bool:
    """Invited by a firm (Công ty, Tập đoàn), or a firm pays (Quy chế Điều 6.3)."""
    firm = r"(?:Công ty|Tập đoàn)"
    return bool(
        re.search(firm, d.invite) or re.search(rf"{firm}[^;.]*?(?:đài thọ|chi trả)|đài thọ[^;.]*{firm}", d.funding)
    )


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(DANANG, trips(), reports(), key_unit, countries, enterprise, limits())


def test_scenario_blind20_rule_documents_state_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=7, days=6, countries=2, lead=10, report=7)
    text = st.squash(DANANG.text(QUY_CHE))
    assert "Lãnh đạo chủ chốt của cơ quan, đơn vị, địa phương theo Quy chế này gồm: Chủ tịch, các Phó Chủ tịch" in text
    assert "trường hợp cấp phó đồng thời là bí thư cấp ủy của cơ quan, đơn vị đó thì được xác định là lãnh đạo" in text
    assert "Không bố trí hai (02) đồng chí lãnh đạo chủ chốt của cùng một cơ quan, đơn vị, địa phương" in text
    assert "do doanh nghiệp tổ chức, đài thọ kinh phí hoặc do doanh nghiệp nước ngoài mời đích danh" in text
    assert "Định kỳ sáu (06) tháng" in text and "không ít hơn năm (05) ngày làm việc" in text


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Phó Chủ tịch UBND thành phố", "UBND thành phố"),
        ("Phó Chủ tịch Ủy ban nhân dân thành phố", "UBND thành phố"),
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Bí thư Chi bộ, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Thành ủy viên, Trưởng Ban Tuyên giáo và Dân vận Thành ủy", "Ban Tuyên giáo và Dân vận Thành ủy"),
        ("Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy", None),
        ("Bí thư Đảng ủy phường Hội An", "phường Hội An"),
        ("Chủ tịch UBND phường Hội An", "phường Hội An"),
        ("Phó Chủ tịch UBND phường Tam Kỳ", None),
        ("Phó Bí thư Thường trực Đảng ủy phường Hải Châu", None),
        ("Hiệu trưởng Trường Đại học Quảng Nam", "Trường Đại học Quảng Nam"),
        ("Phó Hiệu trưởng, Bí thư Đảng ủy Trường Đại học Quảng Nam", "Trường Đại học Quảng Nam"),
        ("Hiệu trưởng Trường THPT chuyên Lê Thánh Tông", None),
        ("Trưởng phòng Xúc tiến đầu tư, Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng", None),
        ("Trưởng khoa Ngoại ngữ, Trường Đại học Quảng Nam", None),
    ],
)
def test_scenario_blind20_key_leader_follows_dieu_2_3(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind20_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    st.check_trips(DANANG, facts())
    assert len(decisions()) == 24 and len(trips()) == 20
    assert {n: d.amends or d.cancels for n, d in decisions().items() if d.amends or d.cancels} == {
        "1098/QĐ-UBND": "1015/QĐ-UBND",
        "241-QĐ/TU": "236-QĐ/TU",
        "1655/QĐ-UBND": "1602/QĐ-UBND",
    }
    st.check_bare_names(DANANG, DEGREE)


def test_scenario_blind20_layouts_issuers_and_signers_vary() -> None:
    bodies = {n: DANANG.text(st.decision_stem(n)) for n in trips()}
    lists = [n for n, b in bodies.items() if LIST_MEMBER.search(b)]
    tables = [n for n, b in bodies.items() if TABLE_MEMBER.search(b)]
    assert len(lists) >= 8 and len(tables) >= 5 and len(bodies) - len(lists) - len(tables) >= 5
    assert any("Học hàm, học vị" in b for b in bodies.values())
    assert {re.sub(r"^\d+[-/]", "", n) for n in trips()} == {"QĐ-UBND", "QĐ-SCT", "QĐ-ĐHQNa", "QĐ/TU"}
    assert any("\tKT. CHỦ TỊCH\n" in b for b in bodies.values())
    assert any("T/M BAN THƯỜNG VỤ" in b for b in bodies.values())


def test_scenario_blind20_reports_one_for_two_trips_and_one_by_the_head() -> None:
    assert len({r.number for r in reports().values()}) == 17 and len(reports()) == 18
    assert reports()["1540/QĐ-UBND"] == reports()["1561/QĐ-UBND"]
    assert "\tTRƯỞNG ĐOÀN" in DANANG.text("bc-01-bc-dct")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind20_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(DANANG, part, st.recompute(DANANG, facts().values()), decisions(), findings=14, traps=56)


def test_scenario_blind20_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    lead = {n: f.lead for n, f in facts().items()}
    assert [lead[n] for n in ("152-QĐ/TU", "318/QĐ-UBND", "1402/QĐ-UBND", "86/QĐ-SCT", "1466/QĐ-UBND")] == [10] * 5
    assert lead["585/QĐ-UBND"] == 8 and lead["1120/QĐ-UBND"] == 4
    lead_585 = trips()["585/QĐ-UBND"]
    assert lead_585.submitted and lead_585.start
    assert st.weekdays_between(lead_585.submitted, lead_585.start) == 11
    assert DANANG.working(dt.date(2026, 8, 22)) and not DANANG.working(dt.date(2026, 8, 31))
    assert DANANG.nth_working_day_after(dt.date(2026, 8, 20), 7) == dt.date(2026, 8, 28)
    assert DANANG.without_make_up().nth_working_day_after(dt.date(2026, 8, 20), 7) == dt.date(2026, 9, 3)
    assert DANANG.nth_working_day_after(dt.date(2026, 2, 7), 7) == dt.date(2026, 2, 24)
    assert DANANG.nth_working_day_after(dt.date(2026, 2, 12), 7) == dt.date(2026, 3, 2)
    assert DANANG.nth_working_day_after(dt.date(2026, 11, 21), 7) == dt.date(2026, 12, 2)
    assert DANANG.nth_working_day_after(dt.date(2026, 11, 30), 7) > dt.date.fromisoformat(DANANG.expected()["as_of"])


def test_scenario_blind20_every_text_has_its_scan() -> None:
    DANANG.check_scans(43, required=False)
