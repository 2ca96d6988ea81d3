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
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import (
    DASHED,
    LABEL_PARTS,
    SLASH,
    FindingKey,
    ScenarioTexts,
    TripDecision,
    TripFacts,
    check_bare_names,
    check_declared,
    check_labels,
    check_reports_tell_dates,
    check_trips,
    cited_trip_readers,
    facts_of,
    firm_acts,
    issue_date,
    linked_by_date,
    named_countries,
    prose_members,
    recompute,
    slash_date,
    squash,
    stated_limit,
    stated_limits,
    submitted_on,
    weekdays_between,
)

LAM_DONG = ScenarioTexts("scenario_blind30", frozenset({dt.date(2026, 8, 22)}))
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
CV_FROM = rf"Kể từ ngày ({SLASH}), các đoàn về nước từ ngày này"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Thái Lan": "Thái Lan",
    "Cộng hòa Dân chủ Nhân dân Lào": "Lào",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Cộng hòa Pháp": "Pháp",
    "Vương quốc Bỉ": "Bỉ",
    "Vương quốc Hà Lan": "Hà Lan",
    "Cộng hòa Liên bang Đức": "Đức",
}
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is no destination."""
DEGREE = r"(?:(?:PGS|TS|ThS|BS|CKI|CKII)\.)+"
HONORIFIC = rf"(?:Ông|Bà|ông|bà|Đồng chí|{DEGREE})"
NUMBERED = re.compile(
    rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?:, Trưởng đoàn| - Trưởng đoàn)?[;.]$", re.MULTILINE
)
ROW = re.compile(
    rf"^\d+\t(?:{DEGREE} )?(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: \(Trưởng đoàn\)| - Trưởng đoàn)?$", re.MULTILINE
)
UNITS = (
    r"(?P<unit>Sở Công Thương|Sở Nông nghiệp và Môi trường|Sở Văn hóa, Thể thao và Du lịch|Sở Y tế"
    r"|Sở Khoa học và Công nghệ|Sở Giáo dục và Đào tạo|Sở Nội vụ|Sở Tài chính"
    r"|Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng|Bệnh viện Đa khoa tỉnh Lâm Đồng"
    r"|Công ty TNHH MTV Thủy nông Lâm Đồng|Hội Liên hiệp Phụ nữ tỉnh)"
)
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
class Decision(TripDecision):
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
    span = re.search(r"^Điều 1\. Cử (.+?) đi công tác tại ", squash(article))
    assert span, article[:80]
    return prose_members(span[1], HONORIFIC, r" \(trưởng đoàn\)"), "prose"


def read_decision(stem: str) -> Decision:
    body = LAM_DONG.text(stem)
    number = re.search(r"^Số:? (\S+)$", body, re.MULTILINE)
    found = re.search(r"^Điều 1\. .+?(?=^Điều 2\. )", body, re.MULTILINE | re.DOTALL)
    funding = re.search(r"^Điều 2\. (.+)$", body, re.MULTILINE)
    assert number and found and funding, stem
    article = found[0]
    flat = squash(article)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", flat)
    amends = re.match(r"Điều 1\. (?:Gia hạn|Lùi) thời gian công tác của đoàn đã được cử tại Quyết định số (\S+)", flat)
    moved = re.search(rf"Thời gian công tác mới: từ ngày ({SLASH}) đến ngày ({SLASH})", flat)
    if cancels or amends:
        assert cancels or moved, stem
        return Decision(
            number=number[1],
            issued=issue_date(body),
            submitted=submitted_on(body),
            members=[],
            start=slash_date(moved[1]) if moved else None,
            end=slash_date(moved[2]) if moved else None,
            cancels=cancels[1] if cancels else None,
            amends=amends[1] if amends else None,
        )
    members, layout = members_of(body, article)
    check_declared(flat, r"(?:Cử|gồm) (\d+) (?:cán bộ|người|đồng chí|viên chức)", members, stem)
    went = re.search(rf"từ ngày ({DASHED}) đến ngày ({DASHED})", flat)
    assert went, stem
    return Decision(
        number=number[1],
        issued=issue_date(body),
        submitted=submitted_on(body),
        members=members,
        start=slash_date(went[1]),
        end=slash_date(went[2]),
        article=flat,
        funding=funding[1],
        layout=layout,
    )


decisions, trips, reports = cited_trip_readers(LAM_DONG, read_decision)


def countries(d: Decision) -> set[str]:
    where = re.search(r"đi công tác tại (.+?) từ ngày", d.article)
    assert where, d.number
    return named_countries(re.sub(r"quá cảnh tại [^)]*", "", where[1]), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which this title makes its holder a key leader (Điều 5 khoản 2), None when khoản 3 leaves it out."""
    for post in KEY_POSTS:
        m = post.match(title)
        if m:
            return m["unit"]
    return None


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
    named = firm_acts(d.funding) or bool(re.search(r"mời đích danh của (?:Công ty|Tập đoàn)", d.funding))
    own = STATE_COMPANY in d.funding and all(title.endswith(STATE_COMPANY) for _, title in d.members)
    return named and not own


@cache
def quy_che() -> dict[str, int]:
    return stated_limits(squash(LAM_DONG.text(QUY_CHE)), QC_RULES, WORDS)


@cache
def cong_van() -> tuple[int, int, dt.date]:
    """The Công văn's report deadline, the Quy chế's that it replaces, and the return date from which it applies."""
    text = squash(LAM_DONG.text(CONG_VAN))
    since = re.search(CV_FROM, text)
    assert since
    return stated_limit(text, CV_REPORT, WORDS), stated_limit(text, CV_REPLACES, WORDS), slash_date(since[1])


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
def facts() -> dict[str, TripFacts]:
    return facts_of(
        LAM_DONG,
        trips(),
        reports(),
        key_unit,
        countries,
        enterprise_pays,
        return_limits,
        counted=counted,
        size=size,
    )


def test_scenario_blind30_cong_van_shortens_the_report_deadline_by_return() -> None:
    assert quy_che() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 10,
        "max_countries_per_trip": 2,
        "max_days_per_country": 5,
        "submission_lead_working_days": 20,
        "report_deadline_working_days": 10,
    }
    report, replaced, since = cong_van()
    assert (report, replaced, since) == (7, 10, dt.date(2026, 7, 1))
    assert limits(dt.date(2026, 6, 30))["report_deadline_working_days"] == 10
    assert limits(dt.date(2026, 7, 1))["report_deadline_working_days"] == 7
    assert issue_date(LAM_DONG.text(QUY_CHE)) == dt.date(2026, 1, 9)
    assert issue_date(LAM_DONG.text(CONG_VAN)) == dt.date(2026, 6, 12)
    assert all(d.issued > dt.date(2026, 1, 9) for d in decisions().values())


def test_scenario_blind30_quy_che_words_limits_in_words_and_in_digits() -> None:
    """Words and digits ("hai mươi (20)"), digits only ("05 ngày"); the urgent lead ("05") is no trip's; the
    Công văn restates size and countries in digits only, with decoy figures."""
    text = squash(LAM_DONG.text(QUY_CHE))
    assert "không quá 05 ngày tại mỗi nước" in text and "năm (05)" not in text
    assert stated_limit(text, r"trường hợp đột xuất .+?, chậm nhất (\d+) ngày làm việc", WORDS) == 5
    assert not any("đột xuất" in LAM_DONG.text(stem) for stem in LAM_DONG.stems("qd-"))
    cv = squash(LAM_DONG.text(CONG_VAN))
    assert "mỗi đoàn không quá 10 người (không tính phiên dịch), đi không quá 02 nước" in cv
    assert "47 đoàn với 312 lượt người" in cv


def test_scenario_blind30_quy_che_runs_over_the_page_break_after_its_limits() -> None:
    page1, page2 = LAM_DONG.text(QUY_CHE).split("\f")
    assert "Điều 6." in page1 and page2.startswith("Điều 7. Kinh phí")
    assert "Điều 8." in page2 and "Điều 9." in page2


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, Sở Công Thương", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Bí thư Đảng ủy, Phó Giám đốc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Phó Chi cục trưởng Chi cục Thủy lợi", None),
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Giám đốc Bệnh viện Đa khoa tỉnh Lâm Đồng", "Bệnh viện Đa khoa tỉnh Lâm Đồng"),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Lâm Đồng", "Bệnh viện Đa khoa tỉnh Lâm Đồng"),
        ("Trưởng khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Lâm Đồng", None),
        ("Trưởng Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng", "Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng"),
        ("Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng", None),
        ("Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy nông Lâm Đồng", STATE_COMPANY),
        ("Phó Giám đốc Công ty TNHH MTV Thủy nông Lâm Đồng", None),
        ("Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", None),
        ("Chủ tịch UBND xã Lạc Dương", "xã Lạc Dương"),
        ("Chủ tịch Ủy ban nhân dân phường Mũi Né", "phường Mũi Né"),
        ("Phó Chủ tịch UBND phường Mũi Né", None),
        ("Bí thư Đảng ủy phường Mũi Né", "phường Mũi Né"),
        ("Phó Bí thư Thường trực Đảng ủy phường Mũi Né", None),
        ("Phó Bí thư Đảng ủy xã Đắk Song", None),
        ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", None),
        ("Phó Chủ tịch UBND tỉnh", None),
        ("Phó Chánh Văn phòng UBND tỉnh", None),
    ],
)
def test_scenario_blind30_key_leader_follows_dieu_5(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind30_quy_che_words_its_scope_and_exceptions() -> None:
    text = squash(LAM_DONG.text(QUY_CHE))
    assert "Cán bộ lãnh đạo chủ chốt nêu tại khoản 1 Điều này là: a) Người đứng đầu các sở, ban, ngành" in text
    assert "kể cả khi bí thư đảng ủy là cấp phó của người đứng đầu cơ quan, đơn vị" in text
    assert "trưởng khoa, phòng của bệnh viện; Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo Hội đồng nhân dân" in text
    assert "theo Đề án số 02-ĐA/TU của Tỉnh ủy không tính vào số lần" in text
    assert "bằng kinh phí của doanh nghiệp không thuộc trường hợp này" in text
    assert {n for n, d in trips().items() if training(d)} == {"655/QĐ-UBND"}


def test_scenario_blind30_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 30 and len(trips()) == 26
    assert {d.number: d.cancels or d.amends for d in decisions().values() if d.cancels or d.amends} == {
        "875/QĐ-UBND": "812/QĐ-UBND",
        "985/QĐ-UBND": "950/QĐ-UBND",
        "1320/QĐ-UBND": "1290/QĐ-UBND",
    }
    assert len(decisions()["812/QĐ-UBND"].members) == 14
    assert trips()["950/QĐ-UBND"].end == dt.date(2026, 8, 22)
    assert trips()["1290/QĐ-UBND"].start == dt.date(2027, 1, 11)
    check_trips(LAM_DONG, facts())
    check_bare_names(LAM_DONG, rf"{HONORIFIC} ")


def test_scenario_blind30_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-UBND", "-QĐ/TU", "/QĐ-SYT")}
    assert by_issuer == {"/QĐ-UBND": 26, "-QĐ/TU": 3, "/QĐ-SYT": 1}
    layouts = [d.layout for d in trips().values()]
    assert {lay: layouts.count(lay) for lay in set(layouts)} == {
        "list": 14,
        "table": 5,
        "prose": 4,
        "party": 2,
        "annex": 1,
    }
    assert re.search(r"^Số 24-QĐ/TU$", LAM_DONG.text("qd-24-qd"), re.MULTILINE), "the party form has no colon"
    assert "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" in LAM_DONG.text("qd-72")
    assert "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG" in LAM_DONG.text("bc-12-bc-sct")


def test_scenario_blind30_size_leaves_out_interpreters_not_drivers() -> None:
    assert {n: (len(d.members), size(d)) for n, d in trips().items() if size(d) != len(d.members)} == {
        "24-QĐ/TU": (12, 11),
        "1080/QĐ-UBND": (12, 11),
        "1300/QĐ-UBND": (11, 10),
    }
    drivers = [name for name, title in trips()["1080/QĐ-UBND"].members if title.startswith("Lái xe")]
    assert len(drivers) == 2


def test_scenario_blind30_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    assert {n for n, d in trips().items() if enterprise_pays(d)} == {"790/QĐ-UBND", "860/QĐ-UBND"}
    assert "làm việc tại Công ty Toyota Boshoku và Tập đoàn Denso; toàn bộ kinh phí" in trips()["905/QĐ-UBND"].funding
    own = trips()["1215/QĐ-UBND"]
    assert "do Công ty TNHH MTV Thủy nông Lâm Đồng chi trả" in own.funding
    others = replace(own, members=[*own.members, ("Lê Văn A", "Phó Giám đốc Sở Nông nghiệp và Môi trường")])
    assert not enterprise_pays(own) and enterprise_pays(others), "a firm paying for others' people is a firm paying"


def test_scenario_blind30_country_lists_transit_and_lao_places() -> None:
    assert countries(trips()["710/QĐ-UBND"]) == {"Pháp", "Bỉ", "Hà Lan"}
    assert "các nước: Cộng hòa Pháp,\nVương quốc Bỉ và\nVương quốc Hà Lan" in LAM_DONG.text("qd-710")
    assert countries(trips()["1230/QĐ-UBND"]) == {"Ô-xtrây-li-a"}
    assert countries(trips()["1080/QĐ-UBND"]) == {"Lào"}
    assert countries(trips()["1215/QĐ-UBND"]) == {"Hà Lan", "Đức"}


def test_scenario_blind30_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 22
    assert linked_by_date(reports()) == {"27/BC-SKHCN", "68/BC-SVHTTDL"}
    assert "408/QĐ-UBND" in LAM_DONG.text("bc-04-bc-skhcn") and "408/QĐ-UBND" not in decisions()
    assert "Quyết định số" not in LAM_DONG.text("bc-10-bc-svhttdl")
    assert linked["140/BC-SYT"].decisions == ("1010/QĐ-UBND", "72/QĐ-SYT")
    assert linked["12/BC-UBND"].decisions == ("950/QĐ-UBND",)
    assert set(trips()) - set(reports()) == {"530/QĐ-UBND", "1290/QĐ-UBND", "1345/QĐ-UBND"}
    check_reports_tell_dates(
        LAM_DONG, {n: f for n, f in facts().items() if n != "72/QĐ-SYT"}, rf"từ ngày ({DASHED}) đến ngày ({DASHED})"
    )


@pytest.mark.parametrize("part", LABEL_PARTS)
def test_scenario_blind30_labels_are_the_recomputed_findings(part: str) -> None:
    check_labels(LAM_DONG, part, recompute(LAM_DONG, facts().values()), set(decisions()), findings=17, traps=60)


def test_scenario_blind30_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    LAM_DONG.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    lead = {n: f.lead for n, f in facts().items()}
    assert lead["160/QĐ-UBND"] == 20  # Tết 16–20/2 inside
    assert weekdays_between(dt.date(2026, 2, 13), dt.date(2026, 3, 23)) == 25
    assert lead["505/QĐ-UBND"] == 18  # 27/4, 30/4, 1/5 inside
    assert weekdays_between(dt.date(2026, 4, 16), dt.date(2026, 5, 18)) == 21
    assert lead["31-QĐ/TU"] == 20  # the make-up Saturday 22/8 counted, 31/8–2/9 off
    assert LAM_DONG.without_make_up().lead(dt.date(2026, 8, 12), dt.date(2026, 9, 14)) == 19
    assert lead["1300/QĐ-UBND"] == 20  # 24/11 off
    assert lead["1010/QĐ-UBND"] == 15
    returns_and_dues = {
        (2, 13, 10): (3, 6),  # Tết 16–20/2 off
        (4, 17, 10): (5, 6),  # 27/4, 30/4, 1/5 off
        (6, 23, 10): (7, 7),  # back before 1/7: the Quy chế's ten
        (7, 3, 7): (7, 14),
        (8, 22, 7): (9, 4),  # 31/8–2/9 off
        (10, 30, 7): (11, 10),
        (11, 20, 7): (12, 2),  # 24/11 off
        (12, 11, 7): (12, 22),  # after the check date
    }
    for (month, day, n), due in returns_and_dues.items():
        assert LAM_DONG.nth_working_day_after(dt.date(2026, month, day), n) == dt.date(2026, *due), (month, day)
    assert LAM_DONG.nth_working_day_after(dt.date(2026, 8, 20), 7) == dt.date(2026, 8, 28)  # 950's first return


def test_scenario_blind30_every_text_has_its_scan() -> None:
    LAM_DONG.check_scans(54, required=False)


def test_scenario_blind30_labels_hang_on_the_definitions() -> None:
    """A reader who counts the training course flags Khang a trip early and Hải on his 3rd decision; one who applies
    the Công văn's seven days to every return flags three reports on time under the Quy chế; one who leaves drivers
    out loses a size finding; one who forgets the make-up Saturday flags a lead of exactly twenty; one who merges
    the two Nguyễn Văn Hải by name flags the Phó Chánh Văn phòng."""
    found = recompute(LAM_DONG, facts().values())

    def changed(how: dict[str, dict[str, Any]], texts: ScenarioTexts = LAM_DONG) -> set[FindingKey]:
        return recompute(texts, [replace(f, **how.get(n, {})) for n, f in facts().items()])

    course = {"655/QĐ-UBND": {"counted": frozenset(m for m, u in facts()["655/QĐ-UBND"].members if u)}}
    assert changed(course) - found == {
        ("max_trips_per_year", "1080/QĐ-UBND", "Võ Minh Khang"),
        ("max_trips_per_year", "1185/QĐ-UBND", "Nguyễn Văn Hải"),
    }
    seven = {n: {"limits": {**f.limits, "report_deadline_working_days": 7}} for n, f in facts().items()}
    assert changed(seven) - found == {
        ("report_deadline_working_days", n, None) for n in ("95/QĐ-UBND", "12-QĐ/TU", "710/QĐ-UBND")
    }
    no_drivers = {"1080/QĐ-UBND": {"size": 9}}
    assert found - changed(no_drivers) == {("max_delegation_size", "1080/QĐ-UBND", None)}
    bare = LAM_DONG.without_make_up()
    late_lead = {"31-QĐ/TU": {"lead": bare.lead(dt.date(2026, 8, 12), dt.date(2026, 9, 14))}}
    assert changed(late_lead) - found == {("submission_lead_working_days", "31-QĐ/TU", None)}
    one_hai = {"1345/QĐ-UBND": {"counted": frozenset({"Nguyễn Văn Hải"})}}
    assert changed(one_hai) - found == {("max_trips_per_year", "1345/QĐ-UBND", "Nguyễn Văn Hải")}
