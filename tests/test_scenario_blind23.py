"""The Phú Thọ 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Tỉnh ủy
(Chương/Điều/khoản, words and digits) and the later Kế hoạch of UBND tỉnh, which shortens the report deadline for the
delegations returning from its effective date; whose trips a year count from the posts of Điều 5 khoản 1, less the
Hủa Phăn cooperation trips of khoản 2; key leaders from Điều 7 (a deputy who is Bí thư of the same body is in); trips
from three issuers' decisions in three layouts with a cancellation, an extension and a postponement applied; reports
linked by the numbers they cite or, for a mistyped number or a date-only citation, by the decision's date and the
trip's start; deadlines and leads in working days (holidays VN plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

PHU_THO = st.ScenarioTexts("scenario_blind23", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, KE_HOACH = "00-1-qdi-05-tu", "00-2-kh-57-ubnd"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không quá (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_countries_per_trip": r"không quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi đường",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
KH_RULES = {
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước, thay cho",
}
KH_FROM = rf"Thời hạn này áp dụng đối với các đoàn về nước từ ngày ({st.DASHED})"
TAIWAN = "Đài Loan (Trung Quốc)"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Hàn Quốc": "Hàn Quốc",
    "Lào": "Lào",
    "Trung Quốc": "Trung Quốc",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Xinh-ga-po": "Xinh-ga-po",
    "Pháp": "Pháp",
    "Séc": "Cộng hòa Séc",
}
"""A destination as Điều 1 writes it → the label's name; "Đài Loan (Trung Quốc)" is taken out first, a transit
("quá cảnh tại …") is no destination (Điều 6 khoản 2)."""
ACADEMIC = r"(?:PGS\.TS\.|TS\.BS\.|BSCKII\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    rf"^\d+\t(?:{ACADEMIC} )?(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+)\t(?P<unit>[^\t\n]+)$", re.MULTILINE
)
KEY_POSTS = (
    (re.compile(r"^(?:Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh)$"), "tỉnh"),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy|Bí thư Chi bộ) (?P<unit>Sở .+|Bệnh viện .+)$"), None),
    (re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<unit>(?:xã|phường) .+)$"), None),
    (re.compile(r"^(?:Hiệu trưởng|Bí thư Đảng ủy) (?P<unit>Trường Đại học Hùng Vương)$"), None),
    (re.compile(r"^(?:Chủ tịch Hội đồng thành viên|Bí thư Đảng ủy) (?P<unit>Công ty .+)$"), None),
)
"""Điều 7's pairs: the head of the party committee and the head of the body, with the unit they lead."""
BOUND = re.compile(
    r"^(?:(?:Phó )?Bí thư Tỉnh ủy|(?:Phó )?Chủ tịch UBND tỉnh|Giám đốc Sở .+|Trưởng Ban .+ Tỉnh ủy"
    r"|Chánh Văn phòng (?:Tỉnh ủy|UBND tỉnh)|(?:Bí thư Đảng ủy|Chủ tịch UBND) (?:xã|phường) .+"
    r"|Hiệu trưởng Trường Đại học Hùng Vương|Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ"
    r"|Chủ tịch Hội đồng thành viên .+)$"
)
"""The posts of Điều 5 khoản 1, whose trips a year are limited (cấp phó of a body are out)."""


class Decision(st.FormDecision):
    @property
    def cooperation(self) -> bool:
        """A trip under the cooperation agreement with Hủa Phăn (Điều 5 khoản 2)."""
        return "Thực hiện Thỏa thuận hợp tác" in self.article1 and "Hủa Phăn" in self.article1


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    return st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, HONORIFIC)


FORM = st.DecisionForm(PHU_THO, Decision, read_members, funding=r"^Điều 2\. Kinh phí: (.+)$")
decisions, trips, reports = st.cited_trip_readers(PHU_THO, FORM.read)


def countries(d: Decision) -> set[str]:
    where = re.sub(r"\s*\(quá cảnh[^)]*\)", "", d.where)
    found = {TAIWAN} if TAIWAN in where else set()
    return found | st.named_countries(where.replace(TAIWAN, ""), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 7, or None."""
    return st.key_post_unit(title, KEY_POSTS)


def bound(title: str) -> bool:
    """Whether Điều 5 khoản 1 limits the holder's trips a year."""
    return any(BOUND.match(post.strip()) for post in title.split(","))


def enterprise(d: Decision) -> bool:
    return st.payer_is_enterprise(d.funding)


def counted(d: Decision) -> frozenset[str]:
    """Whose trips a year this trip counts: the holders of the bound posts, none on a cooperation trip."""
    return frozenset() if d.cooperation else frozenset(name for name, title in d.members if bound(title))


LIMITS = st.LaterLimits(
    PHU_THO, WORDS, (QUY_DINH, QDI_RULES), (KE_HOACH, KH_RULES), KH_FROM, "end", ("report_deadline_working_days",)
)
"""The Quy định's limits, with the Kế hoạch's report deadline for the delegations returning from its date."""


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(PHU_THO, trips(), reports(), key_unit, countries, enterprise, LIMITS.of, counted=counted)


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind23_ke_hoach_shortens_the_report_deadline_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=2, lead=10, report=10)
    values, since = LIMITS.amended()
    assert values == {"submission_lead_working_days": 10, "report_deadline_working_days": 7}
    assert since == dt.date(2026, 4, 1)
    assert LIMITS.on(dt.date(2026, 3, 31))["report_deadline_working_days"] == 10
    assert LIMITS.on(dt.date(2026, 4, 1))["report_deadline_working_days"] == 7
    assert not any(t.start < since <= t.end for t in facts().values()), "no trip straddles the change"
    assert st.issue_date(PHU_THO.text(QUY_DINH)) == dt.date(2026, 1, 12)
    assert all(d.issued > dt.date(2026, 1, 12) for d in decisions().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Bí thư Tỉnh ủy", "tỉnh"),
        ("Chủ tịch UBND tỉnh", "tỉnh"),
        ("Phó Chủ tịch UBND tỉnh", None),
        ("Phó Bí thư Tỉnh ủy", None),
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Phú Thọ"),
        ("Bí thư Đảng ủy xã Mai Châu", "xã Mai Châu"),
        ("Phó Chủ tịch UBND xã Mai Châu", None),
        ("Chủ tịch UBND phường Vĩnh Yên", "phường Vĩnh Yên"),
        ("Hiệu trưởng Trường Đại học Hùng Vương", "Trường Đại học Hùng Vương"),
        ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường Đại học Hùng Vương", None),
        ("Tổng Giám đốc Công ty TNHH MTV Khai thác công trình thủy lợi Phú Thọ", None),
        ("Phó Giám đốc Trung tâm Văn hóa Nghệ thuật tỉnh", None),
    ],
)
def test_scenario_blind23_key_leader_follows_dieu_7(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


@pytest.mark.parametrize(
    ("title", "is_bound"),
    [
        ("Phó Bí thư Tỉnh ủy", True),
        ("Phó Chủ tịch UBND tỉnh", True),
        ("Giám đốc Sở Khoa học và Công nghệ", True),
        ("Phó Giám đốc Sở Công Thương", False),
        ("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", True),
        ("Phó Trưởng Ban Tổ chức Tỉnh ủy", False),
        ("Bí thư Đảng ủy xã Cao Phong", True),
        ("Phó Chủ tịch UBND xã Mai Châu", False),
        ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường Đại học Hùng Vương", False),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ", False),
        ("Tổng Giám đốc Công ty TNHH MTV Khai thác công trình thủy lợi Phú Thọ", False),
        ("Trưởng khoa Kinh tế và Quản trị kinh doanh, Trường Đại học Hùng Vương", False),
    ],
)
def test_scenario_blind23_trips_a_year_bind_the_posts_of_dieu_5(title: str, is_bound: bool) -> None:
    assert bound(title) == is_bound


def test_scenario_blind23_quy_dinh_words_its_scope_and_exception() -> None:
    text = st.squash(PHU_THO.text(QUY_DINH))
    assert "Cấp phó của người đứng đầu sở, ban, ngành, xã, phường, đơn vị sự nghiệp và doanh nghiệp không thuộc" in text
    assert "Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi thực hiện Thỏa thuận hợp tác" in text
    assert "cấp phó đồng thời là bí thư cấp ủy của chính đơn vị đó được xác định là người đứng đầu cấp ủy" in text
    assert "(nước quá cảnh không tính là nước đến)" in text
    assert "quỹ phi lợi nhuận, trường đại học, viện nghiên cứu) tài trợ được thực hiện" in text
    assert [d.number for d in trips().values() if d.cooperation] == ["24-QĐ/TU"]


def test_scenario_blind23_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 27 and len(trips()) == 23
    assert st.changes(decisions()) == {
        "902/QĐ-UBND": "851/QĐ-UBND",
        "1260/QĐ-UBND": "1203/QĐ-UBND",
        "1301/QĐ-UBND": "1225/QĐ-UBND",
    }
    st.check_trips(PHU_THO, facts())
    labelled = PHU_THO.expected()["trips"]
    assert not any(re.match(HONORIFIC + " ", name) for t in labelled for name in t["members"]), "no titles"


def test_scenario_blind23_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-UBND", "-QĐ/TU", "/QĐ-ĐHHV")}
    assert by_issuer == {"/QĐ-UBND": 23, "-QĐ/TU": 2, "/QĐ-ĐHHV": 2}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 7 and layouts.count("table") >= 6 and layouts.count("prose") >= 6


def test_scenario_blind23_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 19
    assert {n for n, r in linked.items() if r.how != "number"} == {"97/BC-SCT", "64/BC-CTTL"}
    assert linked["45/BC-ĐHHV"].decisions == ("851/QĐ-UBND", "118/QĐ-ĐHHV")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind23_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(PHU_THO, part, st.recompute(PHU_THO, facts().values()), set(decisions()), findings=14, traps=63)


def test_scenario_blind23_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    assert lead("214/QĐ-UBND") == 9  # Tết 16–20/2 inside; 14 weekdays without it
    assert lead("598/QĐ-UBND") == 10  # 27/4, 30/4, 1/5 inside
    assert lead("960/QĐ-UBND") == 10  # the make-up Saturday 22/8 counted
    assert lead("1175/QĐ-UBND") == 7
    assert PHU_THO.working(dt.date(2026, 8, 22)) and not PHU_THO.working(dt.date(2026, 8, 31))
    assert PHU_THO.nth_working_day_after(dt.date(2026, 3, 21), 10) == dt.date(2026, 4, 3)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 4, 10), 7) == dt.date(2026, 4, 21)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 4, 20), 7) == dt.date(2026, 5, 4)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 7, 12), 7) == dt.date(2026, 7, 21)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 11, 20), 7) == dt.date(2026, 12, 2)
    assert PHU_THO.nth_working_day_after(dt.date(2026, 11, 27), 7) == dt.date(2026, 12, 8)


def test_scenario_blind23_every_text_has_its_scan() -> None:
    PHU_THO.check_scans(48, required=True)
