"""The Lâm Đồng 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế of Ban Thường vụ Tỉnh ủy
(Chương/Điều/khoản/điểm; numbers in words and digits, or in digits only) and the later Công văn of UBND tỉnh, which
gives seven working days for the report instead of ten to the delegations returning from its date; whose trips a year
count from the key leaders the Quy chế lists ("… là:": heads of sở and ban, the provincial hospital, a state company
and a mass organisation; Bí thư Đảng ủy and Chủ tịch UBND of a xã or phường; the units' party secretaries, deputies
included; other deputies, heads of units under a sở, Ủy viên Ban Thường vụ and the province's leaders out), less the
training courses of Đề án 02-ĐA/TU; the delegation's size without interpreters (drivers count); enterprise funding less
a state company sending its own people on its own money; trips from three issuers' decisions in five layouts with a
cancellation, an extension and a postponement applied; reports linked by the numbers they cite or, for a mistyped
number or a date-only citation, by the decision's date and the trip's start; deadlines and leads in working days
(holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

LAM_DONG = st.ScenarioTexts("scenario_blind30", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qc-03-tu", "00-2-cv-2150-ubnd"
WORDS = {"hai": 2, "mười": 10, "hai mươi": 20}
QC_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài không quá (\w+) \((\d+)\) lần/năm",
    "max_delegation_size": r"Mỗi đoàn tối đa (\w+) \((\d+)\) người, không tính người làm nhiệm vụ phiên dịch",
    "max_countries_per_trip": r"Mỗi chuyến công tác không quá (\w+) \((\d+)\) nước, không kể nước quá cảnh",
    "max_days_per_country": r"không quá (\d+) ngày tại mỗi nước \(không kể thời gian đi đường\)",
    "submission_lead_working_days": r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
CV_REPORT = r"trong thời hạn (\d+) ngày làm việc kể từ ngày về nước, thay cho thời hạn"
CV_REPLACES = r"thay cho thời hạn (\w+) \((\d+)\) ngày làm việc quy định tại Điều 9 Quy chế"
CV_FROM = rf"Kể từ ngày ({st.SLASH}), các đoàn về nước từ ngày này"
COUNTRIES = dict(
    line.split(" = ")
    for line in """
Nhật Bản = Nhật Bản
Trung Quốc = Trung Quốc
Hàn Quốc = Hàn Quốc
Thái Lan = Thái Lan
Xinh-ga-po = Xinh-ga-po
Ô-xtrây-li-a = Ô-xtrây-li-a
Cộng hòa Dân chủ Nhân dân Lào = Lào
Cộng hòa Pháp = Pháp
Vương quốc Bỉ = Bỉ
Vương quốc Hà Lan = Hà Lan
Cộng hòa Liên bang Đức = Đức
""".strip().split("\n")
)
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is no destination."""
DEGREE = r"(?:(?:PGS|TS|ThS|BS|CKI|CKII)\.)+"
HONORIFIC = rf"(?:Ông|Bà|ông|bà|Đồng chí|{DEGREE})"
HEAD_MARK = r"(?:, Trưởng đoàn| - Trưởng đoàn| \(Trưởng đoàn\))?"
NUMBERED = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?){HEAD_MARK}[;.]$", re.M)
ROW = re.compile(rf"^\d+\t(?:{DEGREE} )?(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?){HEAD_MARK}$", re.M)
UNIT_NAMES = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Y tế",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng",
    "Bệnh viện Đa khoa tỉnh Lâm Đồng",
    "Công ty TNHH MTV Thủy nông Lâm Đồng",
    "Hội Liên hiệp Phụ nữ tỉnh",
)
UNITS = "(?P<unit>" + "|".join(map(re.escape, UNIT_NAMES)) + ")"
"""The units of Điều 5 khoản 2 điểm a: a sở or ban, the provincial hospital, a state company, a mass organisation."""
KEY_POSTS = (
    re.compile(rf"^(?:Tỉnh ủy viên, )?(?:Giám đốc|Trưởng|Chủ tịch Hội đồng thành viên|Chủ tịch) {UNITS}$"),
    re.compile(rf"^(?:Phó Giám đốc, )?Bí thư Đảng ủy(?:, Phó Giám đốc)? {UNITS}$"),
    re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) (?P<unit>(?:xã|phường) .+)$"),
)
"""Điều 5 khoản 2: the head of a unit of điểm a; its party secretary, a deputy or not (điểm c); the Bí thư Đảng ủy and
the Chủ tịch UBND of a xã or phường (điểm b)."""
STATE_COMPANY = "Công ty TNHH MTV Thủy nông Lâm Đồng"


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    article: str = ""
    funding: str = ""
    layout: str = ""


def members_of(body: str, article: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: a numbered list (the party's with "Đồng chí"), a ruled table in
    Điều 1 or annexed after the signature ("(có danh sách kèm theo)"), or running prose."""
    listed = [(m["name"], m["title"]) for m in NUMBERED.finditer(article)]
    if listed:
        return listed, "party" if "Đồng chí" in article else "list"
    annexed = "(có danh sách kèm theo)" in article
    rows = [(m["name"], m["title"]) for m in ROW.finditer(body if annexed else article)]
    if rows:
        return rows, "annex" if annexed else "table"
    span = re.search(r"^Điều 1\. Cử (.+?) đi công tác tại ", st.squash(article))
    assert span, article[:80]
    return st.prose_members(span[1], HONORIFIC, r" \(trưởng đoàn\)"), "prose"


def read_decision(stem: str) -> Decision:
    body = LAM_DONG.text(stem)
    lines = body.splitlines()
    number = next(line.split(" ", 1)[1] for line in lines if line.startswith("Số"))
    article = body[body.index("\nĐiều 1. ") + 1 : body.index("\nĐiều 2. ")]
    funding = next(line for line in lines if line.startswith("Điều 2. "))[len("Điều 2. ") :]
    flat = st.squash(article)
    first = Decision(
        number=number, issued=st.issue_date(body), submitted=st.submitted_on(body), members=[], start=None, end=None
    )
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", flat)
    amends = re.match(r"Điều 1\. (?:Gia hạn|Lùi) thời gian công tác của đoàn đã được cử tại Quyết định số (\S+)", flat)
    moved = re.search(rf"Thời gian công tác mới: từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", flat)
    if cancels:
        return replace(first, cancels=cancels[1])
    if amends:
        assert moved, stem
        return replace(first, amends=amends[1], start=st.slash_date(moved[1]), end=st.slash_date(moved[2]))
    members, layout = members_of(body, article)
    st.check_declared(flat, r"(?:Cử|gồm) (\d+) (?:cán bộ|người|đồng chí|viên chức)", members, stem)
    went = re.search(rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})", flat)
    assert went, stem
    went_from, went_to = st.slash_date(went[1]), st.slash_date(went[2])
    return replace(first, members=members, start=went_from, end=went_to, article=flat, funding=funding, layout=layout)


decisions, trips, reports = st.cited_trip_readers(LAM_DONG, read_decision)


def countries(d: Decision) -> set[str]:
    where = re.search(r"đi công tác tại (.+?) từ ngày", d.article)
    assert where, d.number
    return st.named_countries(re.sub(r"quá cảnh tại [^)]*", "", where[1]), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which this title makes its holder a key leader (Điều 5 khoản 2), None when khoản 3 leaves it out."""
    held = next(filter(None, (post.match(title) for post in KEY_POSTS)), None)
    return held["unit"] if held else None


def training(d: Decision) -> bool:
    """A course under Đề án 02-ĐA/TU, which Điều 5 khoản 4 leaves out of the trips a year."""
    return "khóa bồi dưỡng" in d.article and "Đề án số 02-ĐA/TU" in d.article


def counted(d: Decision) -> frozenset[str]:
    return frozenset() if training(d) else frozenset(name for name, title in d.members if key_unit(title))


def size(d: Decision) -> int:
    """Members less interpreters: Điều 6 khoản 1 leaves out only "người làm nhiệm vụ phiên dịch", not drivers."""
    return sum(not title.startswith("Phiên dịch") for _, title in d.members)


def enterprise_pays(d: Decision) -> bool:
    """A firm pays or invites by name (Điều 7), unless a state company pays for its own people only."""
    named = st.firm_acts(d.funding) or bool(re.search(r"mời đích danh của (?:Công ty|Tập đoàn)", d.funding))
    own = STATE_COMPANY in d.funding and all(title.endswith(STATE_COMPANY) for _, title in d.members)
    return named and not own


@cache
def quy_che() -> dict[str, int]:
    return st.stated_limits(st.squash(LAM_DONG.text(QUY_CHE)), QC_RULES, WORDS)


@cache
def cong_van() -> tuple[int, int, dt.date]:
    """The Công văn's report deadline, the Quy chế's that it replaces, and the return date from which it applies."""
    text = st.squash(LAM_DONG.text(CONG_VAN))
    since = re.search(CV_FROM, text)
    assert since
    return st.stated_limit(text, CV_REPORT, WORDS), st.stated_limit(text, CV_REPLACES, WORDS), st.slash_date(since[1])


def limits(back: dt.date) -> dict[str, int]:
    """The limits for a delegation back on `back`: the Quy chế's, with the Công văn's report deadline for returns
    from its date."""
    report, _, since = cong_van()
    out = dict(quy_che())
    if back >= since:
        out["report_deadline_working_days"] = report
    return out


def return_limits(d: Decision) -> dict[str, int]:
    assert d.end
    return limits(d.end)


@cache
def facts() -> dict[str, st.TripFacts]:
    readers = (key_unit, countries, enterprise_pays, return_limits)
    return st.facts_of(LAM_DONG, trips(), reports(), *readers, counted=counted, size=size)


def test_scenario_blind30_cong_van_shortens_the_report_deadline_by_return() -> None:
    assert quy_che() == st.rule_limits(trips=2, size=10, days=5, countries=2, lead=20, report=10)
    report, replaced, since = cong_van()
    assert (report, replaced, since) == (7, 10, dt.date(2026, 7, 1))
    assert limits(dt.date(2026, 6, 30))["report_deadline_working_days"] == 10
    assert limits(dt.date(2026, 7, 1))["report_deadline_working_days"] == 7
    assert st.issue_date(LAM_DONG.text(QUY_CHE)) == dt.date(2026, 1, 9)
    assert st.issue_date(LAM_DONG.text(CONG_VAN)) == dt.date(2026, 6, 12)
    assert all(d.issued > dt.date(2026, 1, 9) for d in decisions().values())


def test_scenario_blind30_quy_che_words_limits_in_words_and_in_digits() -> None:
    """Words and digits ("hai mươi (20)"), digits only ("05 ngày"); the urgent lead ("05") is no trip's; the
    Công văn restates size and countries in digits only, with decoy figures."""
    text = st.squash(LAM_DONG.text(QUY_CHE))
    assert "không quá 05 ngày tại mỗi nước" in text and "năm (05)" not in text
    assert st.stated_limit(text, r"trường hợp đột xuất .+?, chậm nhất (\d+) ngày làm việc", WORDS) == 5
    assert not any("đột xuất" in LAM_DONG.text(stem) for stem in LAM_DONG.stems("qd-"))
    cv = st.squash(LAM_DONG.text(CONG_VAN))
    assert "mỗi đoàn không quá 10 người (không tính phiên dịch), đi không quá 02 nước" in cv
    assert "47 đoàn với 312 lượt người" in cv


def test_scenario_blind30_quy_che_runs_over_the_page_break_after_its_limits() -> None:
    page1, page2 = LAM_DONG.text(QUY_CHE).split("\f")
    assert "Điều 6." in page1 and page2.startswith("Điều 7. Kinh phí")
    assert "Điều 8." in page2 and "Điều 9." in page2


KEY_LEADERS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, Sở Công Thương | -
Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Bí thư Đảng ủy, Phó Giám đốc Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường
Phó Chi cục trưởng Chi cục Thủy lợi | -
Giám đốc Sở Văn hóa, Thể thao và Du lịch | Sở Văn hóa, Thể thao và Du lịch
Giám đốc Bệnh viện Đa khoa tỉnh Lâm Đồng | Bệnh viện Đa khoa tỉnh Lâm Đồng
Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Lâm Đồng | Bệnh viện Đa khoa tỉnh Lâm Đồng
Trưởng khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Lâm Đồng | -
Trưởng Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng | Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng
Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng | -
Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy nông Lâm Đồng | Công ty TNHH MTV Thủy nông Lâm Đồng
Phó Giám đốc Công ty TNHH MTV Thủy nông Lâm Đồng | -
Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | Hội Liên hiệp Phụ nữ tỉnh
Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | -
Chủ tịch UBND xã Lạc Dương | xã Lạc Dương
Chủ tịch Ủy ban nhân dân phường Mũi Né | phường Mũi Né
Phó Chủ tịch UBND phường Mũi Né | -
Bí thư Đảng ủy phường Mũi Né | phường Mũi Né
Phó Bí thư Thường trực Đảng ủy phường Mũi Né | -
Phó Bí thư Đảng ủy xã Đắk Song | -
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy | -
Phó Chủ tịch UBND tỉnh | -
Phó Chánh Văn phòng UBND tỉnh | -
"""
"""Titles as the decisions write them | the unit of which Điều 5 khoản 2 makes the holder a key leader ("-": none)."""


def test_scenario_blind30_key_leader_follows_dieu_5() -> None:
    want = dict(row.split(" | ") for row in KEY_LEADERS.strip().split("\n"))
    assert {title: key_unit(title) or "-" for title in want} == want


SCOPE = (
    "Cán bộ lãnh đạo chủ chốt nêu tại khoản 1 Điều này là: a) Người đứng đầu các sở, ban, ngành",
    "kể cả khi bí thư đảng ủy là cấp phó của người đứng đầu cơ quan, đơn vị",
    "trưởng khoa, phòng của bệnh viện; Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo Hội đồng nhân dân",
    "theo Đề án số 02-ĐA/TU của Tỉnh ủy không tính vào số lần",
    "bằng kinh phí của doanh nghiệp không thuộc trường hợp này",
)
"""The Quy chế's sentences that draw the key leaders' scope, the trip not counted and the state company's exception."""


def test_scenario_blind30_quy_che_words_its_scope_and_exceptions() -> None:
    text = st.squash(LAM_DONG.text(QUY_CHE))
    assert [phrase for phrase in SCOPE if phrase not in text] == []
    assert sorted(n for n, d in trips().items() if training(d)) == ["655/QĐ-UBND"]


def test_scenario_blind30_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    changes = sorted((d.number, d.cancels or d.amends) for d in decisions().values() if d.cancels or d.amends)
    assert changes == [
        ("1320/QĐ-UBND", "1290/QĐ-UBND"),
        ("875/QĐ-UBND", "812/QĐ-UBND"),
        ("985/QĐ-UBND", "950/QĐ-UBND"),
    ]
    assert (len(decisions()), len(trips()), len(decisions()["812/QĐ-UBND"].members)) == (30, 26, 14)
    moved = {n: (trips()[n].start, trips()[n].end) for n in ("950/QĐ-UBND", "1290/QĐ-UBND")}
    assert moved == {
        "950/QĐ-UBND": (dt.date(2026, 8, 17), dt.date(2026, 8, 22)),
        "1290/QĐ-UBND": (dt.date(2027, 1, 11), dt.date(2027, 1, 15)),
    }
    st.check_trips(LAM_DONG, facts())
    st.check_bare_names(LAM_DONG, rf"{HONORIFIC} ")


def test_scenario_blind30_three_issuers_five_layouts() -> None:
    issuers = Counter(re.sub(r"^\d+", "", n) for n in decisions())
    assert issuers == Counter({"/QĐ-UBND": 26, "-QĐ/TU": 3, "/QĐ-SYT": 1})
    assert Counter(d.layout for d in trips().values()) == Counter(list=14, table=5, prose=4, party=2, annex=1)
    forms = {
        "qd-24-qd": "\nSố 24-QĐ/TU\n",  # the party's number has no colon
        "qd-72": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "bc-12-bc-sct": "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG",
    }
    assert all(form in LAM_DONG.text(stem) for stem, form in forms.items())


def test_scenario_blind30_size_leaves_out_interpreters_not_drivers() -> None:
    left_out = {n: len(d.members) - size(d) for n, d in trips().items() if size(d) < len(d.members)}
    assert left_out == {"24-QĐ/TU": 1, "1080/QĐ-UBND": 1, "1300/QĐ-UBND": 1}
    titles = [title for _, title in trips()["1080/QĐ-UBND"].members]
    assert (size(trips()["1080/QĐ-UBND"]), sum(t.startswith("Lái xe") for t in titles)) == (11, 2)


def test_scenario_blind30_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["790/QĐ-UBND", "860/QĐ-UBND"]
    assert "làm việc tại Công ty Toyota Boshoku và Tập đoàn Denso; toàn bộ kinh phí" in trips()["905/QĐ-UBND"].funding
    own = trips()["1215/QĐ-UBND"]
    outsider = ("Lê Văn A", "Phó Giám đốc Sở Nông nghiệp và Môi trường")
    assert "do Công ty TNHH MTV Thủy nông Lâm Đồng chi trả" in own.funding
    assert (enterprise_pays(own), enterprise_pays(replace(own, members=[*own.members, outsider]))) == (False, True)


def test_scenario_blind30_country_lists_transit_and_lao_places() -> None:
    read = {n: countries(trips()[n]) for n in ("710/QĐ-UBND", "1230/QĐ-UBND", "1080/QĐ-UBND", "1215/QĐ-UBND")}
    assert read == {
        "710/QĐ-UBND": {"Pháp", "Bỉ", "Hà Lan"},
        "1230/QĐ-UBND": {"Ô-xtrây-li-a"},
        "1080/QĐ-UBND": {"Lào"},
        "1215/QĐ-UBND": {"Hà Lan", "Đức"},
    }
    assert "các nước: Cộng hòa Pháp,\nVương quốc Bỉ và\nVương quốc Hà Lan" in LAM_DONG.text("qd-710")


def test_scenario_blind30_reports_link_and_two_need_more_than_the_cited_number() -> None:
    by_number = {r.number: r.decisions for r in reports().values()}
    assert len(by_number) == 22
    assert (by_number["140/BC-SYT"], by_number["12/BC-UBND"]) == (("1010/QĐ-UBND", "72/QĐ-SYT"), ("950/QĐ-UBND",))
    assert st.linked_by_date(reports()) == {"27/BC-SKHCN", "68/BC-SVHTTDL"}
    mistyped, dated = LAM_DONG.text("bc-04-bc-skhcn"), LAM_DONG.text("bc-10-bc-svhttdl")
    assert "408/QĐ-UBND" in mistyped and "408/QĐ-UBND" not in decisions() and "Quyết định số" not in dated
    assert sorted(set(trips()) - set(reports())) == ["1290/QĐ-UBND", "1345/QĐ-UBND", "530/QĐ-UBND"]
    told = {n: f for n, f in facts().items() if n != "72/QĐ-SYT"}  # the joint report tells 1010's dates first
    st.check_reports_tell_dates(LAM_DONG, told, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind30_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(LAM_DONG, part, st.recompute(LAM_DONG, facts().values()), set(decisions()), findings=17, traps=62)


LEADS = (
    ("160/QĐ-UBND", 20, (2026, 2, 13), (2026, 3, 23), 25),  # Tết 16–20/2 inside
    ("505/QĐ-UBND", 18, (2026, 4, 16), (2026, 5, 18), 21),  # 27/4, 30/4, 1/5 inside: a breach a weekday count misses
    ("31-QĐ/TU", 20, (2026, 8, 12), (2026, 9, 14), 22),  # the make-up Saturday 22/8 worked, 31/8–2/9 off
    ("1300/QĐ-UBND", 20, (2026, 10, 29), (2026, 11, 30), 21),  # 24/11 off
    ("1010/QĐ-UBND", 15, (2026, 8, 25), (2026, 9, 21), 18),
)
"""Decision, lead in working days, Tờ trình, departure, weekdays between."""
DUES = (
    ((2026, 2, 13), 10, (2026, 3, 6)),  # Tết 16–20/2 off
    ((2026, 4, 17), 10, (2026, 5, 6)),  # 27/4, 30/4, 1/5 off
    ((2026, 6, 23), 10, (2026, 7, 7)),  # back before 1/7: the Quy chế's ten
    ((2026, 7, 3), 7, (2026, 7, 14)),
    ((2026, 8, 20), 7, (2026, 8, 28)),  # 950's first return, the make-up Saturday worked
    ((2026, 8, 22), 7, (2026, 9, 4)),  # 950's extended return, 31/8–2/9 off
    ((2026, 10, 30), 7, (2026, 11, 10)),
    ((2026, 11, 20), 7, (2026, 12, 2)),  # 24/11 off
    ((2026, 12, 11), 7, (2026, 12, 22)),  # after the check date
)
"""Return, working days allowed, the last day for the report."""


def test_scenario_blind30_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    LAM_DONG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    for number, lead, submitted, departure, weekdays in LEADS:
        fact = facts()[number]
        assert (fact.lead, fact.start) == (lead, dt.date(*departure)), number
        assert st.weekdays_between(dt.date(*submitted), dt.date(*departure)) == weekdays, number
    assert [LAM_DONG.nth_working_day_after(dt.date(*back), n) for back, n, _ in DUES] == [dt.date(*d) for *_, d in DUES]
    assert LAM_DONG.without_make_up().lead(dt.date(2026, 8, 12), dt.date(2026, 9, 14)) == 19


def test_scenario_blind30_every_text_has_its_scan() -> None:
    LAM_DONG.check_scans(54, required=False)


def labels_with(overrides: dict[str, dict[str, Any]]) -> tuple[set[FindingKey], set[FindingKey]]:
    """The findings a reader who reads some trips otherwise (`overrides`: trip → changed facts) adds and loses."""
    base = st.recompute(LAM_DONG, facts().values())
    other = st.recompute(LAM_DONG, [replace(f, **overrides.get(n, {})) for n, f in facts().items()])
    return other - base, base - other


def test_scenario_blind30_labels_hang_on_the_definitions() -> None:
    """A reader who counts the training course flags Khang a trip early and Hải on his 3rd decision; one who applies
    the Công văn's seven days to every return flags three reports on time under the Quy chế; one who leaves drivers
    out loses a size finding; one who forgets the make-up Saturday flags a lead of exactly twenty; one who merges
    the two Nguyễn Văn Hải by name flags the Phó Chánh Văn phòng."""
    course = facts()["655/QĐ-UBND"]
    assert labels_with({course.number: {"counted": frozenset(m for m, u in course.members if u)}}) == (
        {
            ("max_trips_per_year", "1080/QĐ-UBND", "Võ Minh Khang"),
            ("max_trips_per_year", "1185/QĐ-UBND", "Nguyễn Văn Hải"),
        },
        set(),
    )
    seven = {n: {"limits": {**f.limits, "report_deadline_working_days": 7}} for n, f in facts().items()}
    added, lost = labels_with(seven)
    assert (sorted(n for _, n, _ in added), lost) == (["12-QĐ/TU", "710/QĐ-UBND", "95/QĐ-UBND"], set())
    assert labels_with({"1080/QĐ-UBND": {"size": 9}}) == (set(), {("max_delegation_size", "1080/QĐ-UBND", None)})
    bare = LAM_DONG.without_make_up().lead(dt.date(2026, 8, 12), dt.date(2026, 9, 14))
    assert labels_with({"31-QĐ/TU": {"lead": bare}}) == ({("submission_lead_working_days", "31-QĐ/TU", None)}, set())
    merged = {"1345/QĐ-UBND": {"counted": frozenset({"Nguyễn Văn Hải"})}}
    assert labels_with(merged) == ({("max_trips_per_year", "1345/QĐ-UBND", "Nguyễn Văn Hải")}, set())
