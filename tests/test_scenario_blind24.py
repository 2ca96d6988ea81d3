"""The Hà Nội 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Chỉ thị of Ban Thường vụ Thành ủy
(numbered points, numbers in words and digits) and the later Quy chế of UBND thành phố, which raises the Tờ trình lead
for delegations departing from its effective date; whose trips a year count from the key leaders the Chỉ thị lists
("… gồm …", cấp phó out, a deputy who is bí thư cấp ủy in), less the members accompanying a delegation headed by the
Bí thư Thành ủy or the Chủ tịch UBND thành phố; trips from three issuers' decisions in three layouts (and an annexed
list) with a cancellation, an extension and a postponement applied; reports linked by the numbers they cite or, for a
mistyped number or a date-only citation, by the decision's date and the trip's start; deadlines and leads in working
days (holidays VN plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

HA_NOI = st.ScenarioTexts("scenario_blind24", frozenset({dt.date(2026, 8, 22)}))
CHI_THI, QUY_CHE = "00-1-ct-07-tu", "00-2-qd-1520-ubnd"
WORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "mười": 10, "mười hai": 12}
CT_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không được vượt quá (\w+(?: \w+)?) \((\d+)\) người, kể cả trưởng đoàn",
    "max_countries_per_trip": r"đi không quá (\w+) \((\d+)\) nước, nước quá cảnh không tính là nước đến",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_RULES = {
    "max_delegation_size": r"tối đa (\w+(?: \w+)?) \((\d+)\) người, kể cả trưởng đoàn",
    "submission_lead_working_days": r"Chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_FROM = rf"áp dụng đối với các đoàn có ngày xuất cảnh từ ngày ({st.DASHED}), thay cho thời hạn"
COUNTRIES = {
    name: name
    for name in (
        "Xinh-ga-po",
        "Trung Quốc",
        "Hàn Quốc",
        "Phần Lan",
        "Lào",
        "Pháp",
        "Thái Lan",
        "Đức",
        "Nhật Bản",
        "Ma-lai-xi-a",
        "Hung-ga-ri",
        "Séc",
        "Xlô-va-ki-a",
        "Bỉ",
        "Hà Lan",
        "Cu-ba",
        "Anh",
        "Ai-len",
        "Ô-xtrây-li-a",
    )
}
"""A destination as the decisions write it (inside the state's long form) → the label's name; a transit ("quá cảnh
tại …") is no destination (Chỉ thị điểm 3)."""
ACADEMIC = r"(?:PGS\.TS\.|TS\.BS\.|ThS\.BS\.|BSCKII\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:Đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(
    rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - (?:Trưởng đoàn|thành viên tháp tùng))?[;.]$",
    re.MULTILINE,
)
TABLE_MEMBER = re.compile(
    rf"^\d+\t(?:{ACADEMIC} )?(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]*)$",
    re.MULTILINE,
)
CITY = "thành phố"
KEY_POSTS = (
    (re.compile(r"^(?:Bí thư Thành ủy|Chủ tịch (?:UBND|Ủy ban nhân dân) thành phố)$"), CITY),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy|Bí thư Chi bộ) (?P<unit>Sở .+)$"), None),
    (re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) (?P<unit>(?:xã|phường) .+)$"), None),
    (re.compile(r"^(?:Hiệu trưởng|Bí thư Đảng ủy) (?P<unit>Trường (?:Đại học|Cao đẳng) .+)$"), None),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy) (?P<unit>Bệnh viện .+)$"), None),
    (re.compile(r"^(?:Chủ tịch Hội đồng thành viên|Bí thư Đảng ủy) (?P<unit>(?:Tổng công ty|Công ty) .+)$"), None),
)
"""Chỉ thị điểm 2's key leaders: the head of the party committee and the head of the body, with the unit they lead;
each comma-separated post of a title is tried, so a "Phó Giám đốc, Bí thư Đảng ủy Sở …" is in."""
FIRM = r"(?:Tổng công ty|Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYER = re.compile(rf"(?:^|\bdo )(?P<payer>{FIRM}[^;.]*?) (?:mời và )?(?:đài thọ|chi trả|tài trợ)")


Decision = st.FormDecision


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: numbered list, ruled table (title = chức vụ + đơn vị, in Điều 1 or
    in the annexed list after the signature) or prose."""
    members, layout = st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, HONORIFIC, body)
    annex = layout == "table" and "(có danh sách kèm theo)" in article1
    return members, "annex" if annex else layout


FORM = st.DecisionForm(
    HA_NOI, Decision, read_members, where=r"(?:đi công tác|thăm hữu nghị và làm việc) tại (.+?) từ ngày"
)
decisions, trips, reports = st.cited_trip_readers(HA_NOI, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"quá cảnh tại [^)]*", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under điểm 2, or None."""
    return st.key_post_unit(title, KEY_POSTS)


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has a firm pay (điểm 5): a negated clause ("không do doanh nghiệp nào …
    đài thọ") pays nothing, and a state company paying for its own people from its own money is excluded."""
    return any(not st.own_state_company(firm, d.members) for firm in st.paying_firms(d.funding, PAYER))


def counted(d: Decision) -> frozenset[str]:
    """Whose trips a year this trip counts: the key leaders, but only the head when the head is the Bí thư Thành ủy or
    the Chủ tịch UBND thành phố (the others are thành viên tháp tùng, not counted by điểm 2)."""
    keys = frozenset(name for name, title in d.members if key_unit(title))
    head, head_title = d.members[0]
    return frozenset({head}) if key_unit(head_title) == CITY else keys


LIMITS = st.LaterLimits(
    HA_NOI, WORDS, (CHI_THI, CT_RULES), (QUY_CHE, QC_RULES), QC_FROM, "start", ("submission_lead_working_days",)
)
"""The Chỉ thị's limits, with the Quy chế's lead for the delegations departing from its date."""


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(HA_NOI, trips(), reports(), key_unit, countries, enterprise_pays, LIMITS.of, counted=counted)


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind24_quy_che_raises_the_lead_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=12, days=4, countries=3, lead=7, report=10)
    values, since = LIMITS.amended()
    assert values == {"max_delegation_size": 12, "submission_lead_working_days": 10, "report_deadline_working_days": 10}
    assert since == dt.date(2026, 6, 1)
    assert LIMITS.on(dt.date(2026, 5, 31))["submission_lead_working_days"] == 7
    assert LIMITS.on(dt.date(2026, 6, 1))["submission_lead_working_days"] == 10
    assert "Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026" in HA_NOI.text(QUY_CHE)
    assert st.issue_date(HA_NOI.text(CHI_THI)) == dt.date(2026, 1, 9)
    assert all(d.issued > dt.date(2026, 1, 9) for d in decisions().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Bí thư Thành ủy", CITY),
        ("Chủ tịch Ủy ban nhân dân thành phố", CITY),
        ("Phó Chủ tịch Ủy ban nhân dân thành phố", None),
        ("Phó Chủ tịch UBND thành phố", None),
        ("Giám đốc Sở Du lịch", "Sở Du lịch"),
        ("Phó Giám đốc Sở Du lịch", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
        ("Bí thư Đảng ủy phường Hoàn Kiếm", "phường Hoàn Kiếm"),
        ("Chủ tịch UBND phường Hoàn Kiếm", "phường Hoàn Kiếm"),
        ("Phó Chủ tịch Ủy ban nhân dân xã Ba Vì", None),
        ("Hiệu trưởng Trường Đại học Thủ đô Hà Nội", "Trường Đại học Thủ đô Hà Nội"),
        ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy Trường Đại học Thủ đô Hà Nội", None),
        ("Hiệu trưởng Trường Trung học phổ thông Ba Vì", None),
        ("Giám đốc Bệnh viện Đa khoa Xanh Pôn", "Bệnh viện Đa khoa Xanh Pôn"),
        ("Phó Giám đốc Bệnh viện Đa khoa Xanh Pôn", None),
        ("Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Vận tải Hà Nội", "Tổng công ty Vận tải Hà Nội"),
        ("Tổng Giám đốc Tổng công ty Vận tải Hà Nội", None),
        ("Giám đốc Trung tâm Thông tin và Xúc tiến du lịch", None),
        ("Trưởng khoa Ngoại ngữ, Trường Đại học Thủ đô Hà Nội", None),
    ],
)
def test_scenario_blind24_key_leader_follows_diem_2(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind24_chi_thi_words_its_scope_and_exceptions() -> None:
    text = st.squash(HA_NOI.text(CHI_THI))
    assert "Lãnh đạo chủ chốt quy định tại Chỉ thị này gồm: Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân" in text
    assert "và Tổng Giám đốc doanh nghiệp không thuộc diện lãnh đạo chủ chốt" in text
    assert "cấp phó đồng thời là bí thư cấp ủy của chính cơ quan, đơn vị đó thì được xác định là lãnh đạo" in text
    assert "Không tính vào số lần quy định tại điểm này đối với các thành viên tháp tùng trong đoàn do Bí thư" in text
    assert "Không bố trí hai (02) đồng chí lãnh đạo chủ chốt của cùng một cơ quan, đơn vị, địa phương" in text
    assert "bằng kinh phí của chính doanh nghiệp không thuộc trường hợp quy định tại điểm này" in text
    headed = {n for n, d in trips().items() if key_unit(d.members[0][1]) == CITY}
    assert headed == {"1287-QĐ/TU", "2044/QĐ-UBND"}
    assert all("tháp tùng" in HA_NOI.text(st.decision_stem(n)) for n in headed), "each says the others accompany"
    assert counted(trips()["2044/QĐ-UBND"]) == {"Nguyễn Văn Thịnh"}


def test_scenario_blind24_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 30 and len(trips()) == 26
    assert st.changes(decisions()) == {
        "1098/QĐ-UBND": "1033/QĐ-UBND",
        "2790/QĐ-UBND": "2765/QĐ-UBND",
        "2905/QĐ-UBND": "2801/QĐ-UBND",
    }
    st.check_trips(HA_NOI, facts())
    st.check_bare_names(HA_NOI, rf"(?:{ACADEMIC}|đồng chí |ông |bà )")
    assert "Ông Văn Thiện" in facts()["2210/QĐ-UBND"].members[8], "a surname that is an honorific stays"


def test_scenario_blind24_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-UBND", "-QĐ/TU", "/QĐ-ĐHTĐHN")}
    assert by_issuer == {"/QĐ-UBND": 27, "-QĐ/TU": 1, "/QĐ-ĐHTĐHN": 2}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 12 and layouts.count("prose") >= 6
    assert layouts.count("table") + layouts.count("annex") >= 4 and "annex" in layouts


def test_scenario_blind24_funding_names_firms_that_do_not_pay() -> None:
    paid = {n for n, d in trips().items() if enterprise_pays(d)}
    assert paid == {"2689/QĐ-UBND"}
    assert "doanh nghiệp nào tổ chức hay đài thọ" in trips()["1952/QĐ-UBND"].funding
    assert "Công ty cổ phần JTB" in HA_NOI.text("qd-1635") and "Công ty" not in trips()["1635/QĐ-UBND"].funding
    assert {n for n, d in trips().items() if "Tổng công ty Vận tải Hà Nội" in d.funding} == {
        "396/QĐ-UBND",
        "1702/QĐ-UBND",
        "2618/QĐ-UBND",
    }


def test_scenario_blind24_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 22
    assert {n for n, r in linked.items() if r.how != "number"} == {"33/BC-SGDĐT", "19/BC-ĐHTĐHN"}
    assert linked["33/BC-SGDĐT"].decisions == ("905/QĐ-UBND",)
    assert "950/QĐ-UBND" in HA_NOI.text("bc-33-sgddt")
    assert linked["52/BC-ĐHTĐHN"].decisions == ("318/QĐ-ĐHTĐHN", "341/QĐ-ĐHTĐHN")
    assert linked["45/BC-UBND"].decisions == ("1033/QĐ-UBND",)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind24_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(HA_NOI, part, st.recompute(HA_NOI, facts().values()), set(decisions()), findings=14, traps=61)


def test_scenario_blind24_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    HA_NOI.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("402/QĐ-UBND") == 5  # Tết 16–20/2 inside
    assert st.weekdays_between(dt.date(2026, 2, 11), dt.date(2026, 2, 26)) == 10
    assert lead("1377/QĐ-UBND") == 7  # 27/4, 30/4, 1/5 inside
    assert lead("1455/QĐ-UBND") == 8  # before 01/6: seven required
    assert lead("1635/QĐ-UBND") == 10  # Tờ trình before 01/6, departure after: ten required
    assert lead("2150/QĐ-UBND") == 10  # the make-up Saturday 22/8 counted
    assert HA_NOI.without_make_up().lead(dt.date(2026, 8, 10), dt.date(2026, 8, 24)) == 9
    assert lead("2858/QĐ-UBND") == 10  # 24/11 off
    assert lead("2618/QĐ-UBND") == 9  # under ten, over seven
    assert HA_NOI.nth_working_day_after(dt.date(2026, 4, 18), 10) == dt.date(2026, 5, 6)
    assert HA_NOI.nth_working_day_after(dt.date(2026, 4, 16), 10) == dt.date(2026, 5, 5)
    assert HA_NOI.nth_working_day_after(dt.date(2026, 8, 14), 10) == dt.date(2026, 8, 27)
    assert HA_NOI.without_make_up().nth_working_day_after(dt.date(2026, 8, 14), 10) == dt.date(2026, 8, 28)
    assert HA_NOI.nth_working_day_after(dt.date(2026, 8, 28), 10) == dt.date(2026, 9, 16)
    assert HA_NOI.nth_working_day_after(dt.date(2026, 11, 13), 10) == dt.date(2026, 11, 30)
    assert HA_NOI.nth_working_day_after(dt.date(2026, 12, 4), 10) == dt.date(2026, 12, 18)


def test_scenario_blind24_every_text_has_its_scan() -> None:
    HA_NOI.check_scans(54, required=True)
