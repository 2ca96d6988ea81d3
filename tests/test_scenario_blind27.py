"""The Hồ Chí Minh City 2026 blind scenario's labels, recomputed from its texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Thành ủy
(Điều/khoản, numbers in words and digits, one sentence split by a page break) and the later Kế hoạch of UBND Thành
phố, which shortens the report deadline for delegations returning from its date; whose trips a year count from the
key leaders the Quy định lists ("… là người đứng đầu …, gồm: …", the Tổng giám đốc in, cấp phó out, a deputy who is
bí thư cấp ủy in), less the trips to Lào or Cam-pu-chia under the city's bilateral programme; trips from four
issuers' decisions in four layouts with a cancellation, an extension and a postponement applied; reports linked by
the numbers they cite or, for a mistyped number or a date-only citation, by the decision's date and the trip's
start; deadlines and leads in working days (holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

HCM = st.ScenarioTexts("scenario_blind27", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, KE_HOACH = "00-1-qdi-08-tu", "00-2-kh-1290-ubnd"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không vượt quá (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) \((\d+)\) nước; nước quá cảnh không tính là nước đến",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi đường",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
KH_RULES = {
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
KH_FROM = rf"thời hạn này áp dụng đối với các đoàn về nước từ ngày ({st.DASHED}), thay cho thời hạn mười \(10\)"
COUNTRIES = {
    **{
        name: name
        for name in (
            "Xinh-ga-po",
            "Cam-pu-chia",
            "Nhật Bản",
            "Hàn Quốc",
            "Cu-ba",
            "Phần Lan",
            "Đức",
            "Pháp",
            "Thái Lan",
            "Ma-lai-xi-a",
            "Hà Lan",
            "Bỉ",
            "Lào",
            "Ô-xtrây-li-a",
            "I-xra-en",
            "Hoa Kỳ",
        )
    },
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Cộng hòa Nhân dân Trung Hoa": "Trung Quốc",
}
"""A destination as the decisions write it (inside the state's long form) → the label's name; a transit ("quá cảnh
tại …") is no destination (Điều 4.3)."""
BILATERAL = {"Lào", "Cam-pu-chia"}
ACADEMIC = r"(?:PGS\.TS\.|TS\.BS\.|BSCKII\.|TS\.|ThS\.|BS\.)"
LIST_MEMBER = re.compile(
    rf"^\d+\. (?:Đồng chí|Ông|Bà|{ACADEMIC}) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE
)
TABLE_MEMBER = re.compile(
    rf"^\d+\t(?:{ACADEMIC} )?(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]*)$",
    re.MULTILINE,
)
PROSE_HONORIFIC = rf"(?:ông|bà|{ACADEMIC})"
CITY = "Thành phố"
KEY_POSTS = (
    (re.compile(r"^(?:Bí thư Thành ủy|Chủ tịch (?:UBND|Ủy ban nhân dân) Thành phố)$"), CITY),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy|Bí thư Chi bộ) (?P<unit>Sở .+)$"), None),
    (re.compile(r"^(?:Trưởng ban|Bí thư Đảng ủy) (?P<unit>Ban Quản lý .+)$"), None),
    (re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) (?P<unit>(?:phường|xã|đặc khu) .+)$"), None),
    (re.compile(r"^(?:Hiệu trưởng|Bí thư Đảng ủy) (?P<unit>Trường Đại học .+)$"), None),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy) (?P<unit>Bệnh viện .+)$"), None),
    (
        re.compile(r"^(?:Chủ tịch Hội đồng thành viên|Tổng giám đốc|Bí thư Đảng ủy) (?P<unit>Tổng công ty .+)$"),
        None,
    ),
)
"""Điều 3.2's key leaders: the head of the party committee and the head of the body (a city state company's Chủ tịch
HĐTV and Tổng giám đốc both), with the unit they lead; each comma-separated post of a title is tried, so a "Phó Giám
đốc, Bí thư Đảng ủy Sở …" is in and a "Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường …" is not (Điều 3.3)."""
FIRM = r"(?:Tổng công ty|Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYER = re.compile(rf"(?:^|\bdo )(?P<payer>{FIRM}[^;.]*?) (?:mời và )?(?:đài thọ|chi trả|tài trợ)")


class Decision(st.FormDecision):
    @property
    def bilateral_programme(self) -> bool:
        """The trip is under the city's bilateral cooperation programme (Điều 3.4)."""
        return "Chương trình hợp tác song phương" in self.article1


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    return st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, PROSE_HONORIFIC, body)


FORM = st.DecisionForm(HCM, Decision, read_members, where=r"(?:đi công tác|thăm và làm việc) tại (.+?) từ ngày")
decisions, trips, reports = st.cited_trip_readers(HCM, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 3.2–3.3, or None."""
    return st.key_post_unit(title, KEY_POSTS)


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has a firm pay (Điều 5): a negated clause ("không do doanh nghiệp nào …
    tài trợ") pays nothing, and a city state company paying for its own people from its own money is out of scope."""
    return any(not st.own_state_company(firm, d.members) for firm in st.paying_firms(d.funding, PAYER))


def not_counted(d: Decision) -> bool:
    """Điều 3.4: a trip to Lào or Cam-pu-chia only, under the city's bilateral cooperation programme."""
    return bool(countries(d)) and countries(d) <= BILATERAL and d.bilateral_programme


LIMITS = st.LaterLimits(
    HCM, WORDS, (QUY_DINH, QDI_RULES), (KE_HOACH, KH_RULES), KH_FROM, "end", ("report_deadline_working_days",)
)
"""The Quy định's limits, with the Kế hoạch's report deadline for the delegations returning from its date."""


def trip_facts(*, with_ke_hoach: bool = True, exception: bool = True) -> dict[str, st.TripFacts]:
    """Every trip's facts; the flags show what a reader who skips the Kế hoạch or Điều 3.4 would get."""
    return st.facts_of(
        HCM,
        trips(),
        reports(),
        key_unit,
        countries,
        enterprise_pays,
        lambda d: LIMITS.of(d, amended=with_ke_hoach),
        counted=lambda d: frozenset() if exception and not_counted(d) else None,
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return trip_facts()


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind27_ke_hoach_shortens_the_report_deadline_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=2, lead=8, report=10)
    values, since = LIMITS.amended()
    assert values == {"submission_lead_working_days": 8, "report_deadline_working_days": 7}
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30))["report_deadline_working_days"] == 10
    assert LIMITS.on(dt.date(2026, 7, 1))["report_deadline_working_days"] == 7
    assert st.issue_date(HCM.text(QUY_DINH)) == dt.date(2026, 1, 12)
    assert st.issue_date(HCM.text(KE_HOACH)) == dt.date(2026, 6, 15)
    assert all(d.issued > dt.date(2026, 1, 12) for d in decisions().values())


def test_scenario_blind27_size_sentence_runs_over_a_page_break() -> None:
    pages = HCM.text(QUY_DINH).split("\f")
    assert len(pages) == 2
    assert pages[0].rstrip().endswith("số thành viên của mỗi đoàn đi công tác nước ngoài")
    assert pages[1].startswith("không vượt quá mười (10) người, kể cả trưởng đoàn.")


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Ủy viên Trung ương Đảng, Bí thư Thành ủy", CITY),
        ("Chủ tịch Ủy ban nhân dân Thành phố", CITY),
        ("Phó Chủ tịch Ủy ban nhân dân Thành phố", None),
        ("Giám đốc Sở Y tế", "Sở Y tế"),
        ("Phó Giám đốc Sở Y tế", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
        (
            "Trưởng ban Ban Quản lý các Khu chế xuất và công nghiệp Thành phố",
            "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố",
        ),
        ("Phó Trưởng ban Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", None),
        ("Bí thư Đảng ủy phường Bến Thành", "phường Bến Thành"),
        ("Chủ tịch Ủy ban nhân dân phường Bến Thành", "phường Bến Thành"),
        ("Phó Chủ tịch Ủy ban nhân dân xã Cần Giờ", None),
        ("Chuyên viên Văn phòng HĐND và UBND phường Bến Thành", None),
        ("Hiệu trưởng Trường Đại học Đô thị Sài Gòn", "Trường Đại học Đô thị Sài Gòn"),
        ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường Đại học Đô thị Sài Gòn", None),
        ("Hiệu trưởng Trường THPT Lê Quý Đôn", None),
        ("Giám đốc Bệnh viện Đa khoa Bến Nghé", "Bệnh viện Đa khoa Bến Nghé"),
        ("Phó Giám đốc Bệnh viện Đa khoa Bến Nghé", None),
        (
            "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Thương mại Phương Nam",
            "Tổng công ty Thương mại Phương Nam",
        ),
        ("Tổng giám đốc Tổng công ty Thương mại Phương Nam", "Tổng công ty Thương mại Phương Nam"),
        ("Phó Tổng giám đốc Tổng công ty Thương mại Phương Nam", None),
        ("Chánh Văn phòng Ủy ban nhân dân Thành phố", None),
        ("Phó Giám đốc Trung tâm Đổi mới sáng tạo, Sở Khoa học và Công nghệ", None),
    ],
)
def test_scenario_blind27_key_leader_follows_dieu_3(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind27_quy_dinh_words_its_scope_and_exception() -> None:
    text = st.squash(HCM.text(QUY_DINH))
    assert "Lãnh đạo chủ chốt nêu tại khoản 1 Điều này là người đứng đầu cấp ủy và người đứng đầu" in text
    assert "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên và Tổng giám đốc doanh nghiệp nhà nước" in text
    assert "và Chủ tịch Hội đồng trường không thuộc diện lãnh đạo chủ chốt" in text
    assert "cấp phó kiêm bí thư cấp ủy của chính cơ quan, đơn vị mình thì được tính là lãnh đạo chủ chốt" in text
    assert "Vương quốc Cam-pu-chia theo chương trình hợp tác song phương của Thành phố không tính vào số lần" in text
    assert "Không cử hai (02) đồng chí lãnh đạo chủ chốt của cùng một cơ quan, đơn vị, địa phương" in text
    assert "bằng kinh phí của chính doanh nghiệp đó không thuộc phạm vi điều chỉnh của Điều này" in text
    assert {n for n, d in trips().items() if not_counted(d)} == {"402/QĐ-UBND", "1872/QĐ-UBND"}


def test_scenario_blind27_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 31 and len(trips()) == 27
    assert st.changes(decisions()) == {
        "1540/QĐ-UBND": "1538/QĐ-UBND",
        "1655/QĐ-UBND": "1610/QĐ-UBND",
        "2044/QĐ-UBND": "1985/QĐ-UBND",
    }
    st.check_trips(HCM, facts())
    st.check_bare_names(HCM, rf"(?:{ACADEMIC}|đồng chí |ông |bà )")
    assert (trips()["1985/QĐ-UBND"].start, trips()["1610/QĐ-UBND"].end) == (dt.date(2027, 1, 11), dt.date(2026, 9, 27))


def test_scenario_blind27_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-UBND", "-QĐ/TU", "/QĐ-SYT", "/QĐ-ĐHĐTSG")}
    assert by_issuer == {"/QĐ-UBND": 27, "-QĐ/TU": 1, "/QĐ-SYT": 1, "/QĐ-ĐHĐTSG": 2}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 15 and layouts.count("prose") >= 4 and layouts.count("table") >= 3
    assert "Số 512-QĐ/TU\n" in HCM.text("qd-512-qd") and "06-4-2026" in HCM.text("qd-512-qd")


def test_scenario_blind27_funding_names_firms_that_do_not_pay() -> None:
    paid = {n for n, d in trips().items() if enterprise_pays(d)}
    assert paid == {"1811/QĐ-UBND"}
    assert "không do doanh nghiệp nào mời hay tài trợ" in trips()["236/QĐ-ĐHĐTSG"].funding
    assert "Tập đoàn Siemens" in trips()["1840/QĐ-UBND"].funding
    assert "Công ty TNHH Lotte Shopping" in trips()["1288/QĐ-UBND"].funding
    assert {n for n, d in trips().items() if "Tổng công ty Thương mại Phương Nam" in d.funding} == {
        "1205/QĐ-UBND",
        "1288/QĐ-UBND",
        "1750/QĐ-UBND",
    }


def test_scenario_blind27_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 23
    assert {n for n, r in linked.items() if r.how != "number"} == {"27/BC-SKHCN", "55/BC-SGDĐT"}
    assert linked["27/BC-SKHCN"].decisions == ("905/QĐ-UBND",)
    assert "950/QĐ-UBND" in HCM.text("bc-27-skhcn")
    assert linked["48/BC-ĐHĐTSG"].decisions == ("215/QĐ-ĐHĐTSG", "236/QĐ-ĐHĐTSG")
    assert linked["47/BC-UBND"].decisions == ("1610/QĐ-UBND",)
    assert set(trips()) - set(reports()) == {"1288/QĐ-UBND", "1930/QĐ-UBND", "1985/QĐ-UBND"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind27_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(HCM, part, st.recompute(HCM, facts().values()), set(decisions()), findings=14, traps=59)


def test_scenario_blind27_skipped_rules_change_the_findings() -> None:
    """A reader who skips the Kế hoạch misses the xã Cần Giờ report; one who skips Điều 3.4 flags two more trips."""
    found = st.recompute(HCM, facts().values())
    no_plan = st.recompute(HCM, trip_facts(with_ke_hoach=False).values())
    assert found - no_plan == {("report_deadline_working_days", "1466/QĐ-UBND", None)} and no_plan <= found
    no_exception = st.recompute(HCM, trip_facts(exception=False).values())
    assert no_exception - found == {
        ("max_trips_per_year", "1130/QĐ-UBND", "Phan Minh Triết"),
        ("max_trips_per_year", "1872/QĐ-UBND", "Cao Văn Lợi"),
    }


def test_scenario_blind27_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and its make-up Saturday give it."""
    HCM.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("184/QĐ-UBND") == 6  # Tết 16–20/2 inside
    assert st.weekdays_between(dt.date(2026, 2, 10), dt.date(2026, 2, 26)) == 11
    assert lead("733/QĐ-UBND") == 7  # 30/4, 1/5 inside
    assert st.weekdays_between(dt.date(2026, 4, 28), dt.date(2026, 5, 12)) == 9
    assert lead("690/QĐ-UBND") == 8  # 27/4, 30/4, 1/5 inside
    assert lead("1530/QĐ-UBND") == 8  # the make-up Saturday 22/8 counted
    assert HCM.without_make_up().lead(dt.date(2026, 8, 12), dt.date(2026, 8, 24)) == 7
    assert lead("1588/QĐ-UBND") == 8  # 31/8, 1/9, 2/9 off
    assert lead("1930/QĐ-UBND") == 8  # 24/11 off
    assert HCM.nth_working_day_after(dt.date(2026, 4, 19), 10) == dt.date(2026, 5, 6)
    assert HCM.nth_working_day_after(dt.date(2026, 6, 26), 10) == dt.date(2026, 7, 10)
    assert HCM.nth_working_day_after(dt.date(2026, 8, 14), 7) == dt.date(2026, 8, 24)
    assert HCM.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert HCM.nth_working_day_after(dt.date(2026, 9, 24), 7) == dt.date(2026, 10, 5)
    assert HCM.nth_working_day_after(dt.date(2026, 9, 27), 7) == dt.date(2026, 10, 6)
    assert HCM.nth_working_day_after(dt.date(2026, 11, 15), 7) == dt.date(2026, 11, 25)
    assert HCM.nth_working_day_after(dt.date(2026, 12, 4), 7) == dt.date(2026, 12, 15)
    assert "tháp tùng" not in HCM.text(st.decision_stem("1350/QĐ-UBND")), "no accompanying exception in this city"


def test_scenario_blind27_every_text_has_its_scan() -> None:
    HCM.check_scans(56, required=True)
