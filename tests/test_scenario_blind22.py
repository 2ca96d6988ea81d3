"""The Bộ Nông nghiệp và Môi trường 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar,
without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế (words and digits), the two
scopes from the title beside each name — lãnh đạo đơn vị (Điều 3 khoản 2: heads and deputies, except deputies of
Viện and Trường) for trips a year, lãnh đạo chủ chốt (Điều 3 khoản 3: the head and the Bí thư cấp ủy) for two key
leaders — trips from the decisions in three layouts (numbered list, ruled table, running text) with an extension and
a postponement applied, reports linked by the numbers they cite or, when that number is no decision's, by the
decision's date and the trip's start, and deadlines and leads in working days (2026 holidays plus the make-up
Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

BNNMT = st.ScenarioTexts("scenario_blind22", frozenset({dt.date(2026, 8, 22)}))
RULES = "00-qd-42-bnnmt"
NUMBER_WORDS = {"hai": 2, "bảy": 7, "tám": 8, "mười": 10}
LIMITS = {
    "max_trips_per_year": r"Lãnh đạo đơn vị đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"Mỗi đoàn ra có không quá (\w+) \((\d+)\) thành viên, kể cả trưởng đoàn",
    "max_countries_per_trip": r"Mỗi chuyến công tác đến không quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"thời gian công tác tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Ấn Độ": "Ấn Độ",
    "I-xra-en": "I-xra-en",
    "Hà Lan": "Hà Lan",
    "CHLB Đức": "Đức",
    "Ý": "Ý",
    "Thụy Sĩ": "Thụy Sĩ",
    "Niu Di-lân": "Niu Di-lân",
    "Bra-xin": "Bra-xin",
}
"""A destination as Điều 1 writes it → the label's name."""
DEGREE = r"(?:GS\.TS|PGS\.TS|TS|ThS|KS)\."
LIST_MEMBER = re.compile(rf"^\d+\. {DEGREE} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(rf"^\d+\t(?P<name>[^\t]+)\t{DEGREE}\t(?P<office>[^\t]+)\t(?P<unit>[^\t\n]+)$", re.MULTILINE)
UNIT = r"(?:Vụ|Cục|Viện|Trường|Ban) (?!trưởng)[^,]+$"
HEADS = {"Vụ": "Vụ trưởng", "Cục": "Cục trưởng", "Viện": "Viện trưởng", "Trường": "Hiệu trưởng", "Ban": "Giám đốc"}
"""The head's post of each kind of unit the Quy chế names."""


def scopes(title: str) -> tuple[bool, str | None]:
    """(lãnh đạo đơn vị under Điều 3 khoản 2, the unit of which Điều 3 khoản 3 makes the holder a lãnh đạo chủ chốt)."""
    unit = re.search(UNIT, title)
    assert unit, title
    posts = [p.strip() for p in title[: unit.start()].split(",") if p.strip()]
    head = HEADS[unit[0].split()[0]]
    is_head = head in posts
    deputy = f"Phó {head}" in posts and head not in ("Viện trưởng", "Hiệu trưởng")
    key = is_head or any(p in ("Bí thư Đảng ủy", "Bí thư Chi bộ") for p in posts)
    return is_head or deputy, unit[0] if key else None


Decision = st.FormDecision


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """The members the body lists (numbered; in a table, the title is office and unit), else those Điều 1 names in its
    running text ("Cử GS.TS. A, title (Trưởng đoàn); TS. B, title và ThS. C, title đi công tác tại …")."""
    listed = [(m["name"], m["title"]) for m in LIST_MEMBER.finditer(body)]
    listed += [(m["name"], f"{m['office']} {m['unit']}") for m in TABLE_MEMBER.finditer(body)]
    if listed:
        return listed, "listed"
    return st.running_members(article1, DEGREE, r" \(Trưởng đoàn\)"), "prose"


FORM = st.DecisionForm(
    BNNMT,
    Decision,
    read_members,
    article1=r"^Điều 1\. .+$",
    where="(.+)",
    funding=r"^Điều 2\. Kinh phí: (.+)$",
    declared=r"gồm (\d+) thành viên",
)
decisions, trips = st.trip_readers(BNNMT, FORM.read)


def countries(d: Decision) -> set[str]:
    span = re.search(r"đi công tác tại (.+?) từ ngày", d.where)
    assert span, d.number
    return st.named_countries(span[1], COUNTRIES)


def read_report(stem: str) -> st.Report:
    """The report's decisions: each number it cites that is a trip's, else the one trip whose decision was issued on
    the cited date and which starts on the day the report names."""
    body = st.squash(BNNMT.text(stem))
    number = re.search(r"Số: (\S+)", body)
    assert number, stem
    cited = re.findall(rf"Quyết định số (\S+) ngày ({st.SLASH})", body.split(" I. ", 1)[0])
    starts = [st.slash_date(m) for m in re.findall(rf"từ ngày ({st.SLASH}) đến ngày", body)]
    assert cited and len(starts) == len(cited), stem
    found, how = [], "number"
    for (cited_number, cited_date), start in zip(cited, starts, strict=True):
        if cited_number in trips():
            found.append(cited_number)
            continue
        how = "date and trip"
        found.append(st.trip_by_date(trips(), {st.slash_date(cited_date)}, start, stem))
    return st.Report(number[1], st.issue_date(body), tuple(found), how)


@cache
def reports() -> dict[str, st.Report]:
    return st.reports_of(BNNMT, read_report)


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(BNNMT.text(RULES)), LIMITS, NUMBER_WORDS)


def key_unit(title: str) -> str | None:
    return scopes(title)[1]


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip: `members` pairs each member with the unit of which they are lãnh đạo chủ chốt (the two-key-leaders
    rule), `counted` names the lãnh đạo đơn vị (trips a year, each their own count)."""
    return {
        n: st.TripFacts.of(
            BNNMT,
            d,
            reports().get(n),
            key_unit,
            countries(d),
            st.firm_acts(d.funding, ("tổ chức", "mời", "đài thọ", "chi trả")),
            limits(),
            counted=frozenset(name for name, title in d.members if scopes(title)[0]),
        )
        for n, d in trips().items()
    }


def test_scenario_blind22_quy_che_states_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=8, days=7, countries=2, lead=10, report=10)
    text = st.squash(BNNMT.text(RULES))
    assert "trừ cấp phó của người đứng đầu các Viện và các Trường (Phó Viện trưởng, Phó Hiệu trưởng)" in text
    assert "Lãnh đạo chủ chốt của đơn vị gồm người đứng đầu đơn vị và Bí thư cấp ủy đơn vị" in text
    assert "Không cử hai (02) lãnh đạo chủ chốt của cùng một đơn vị cùng tham gia một đoàn ra" in text
    assert "do doanh nghiệp trong nước hoặc nước ngoài tổ chức, mời đích danh hoặc đài thọ" in text
    assert "định kỳ sáu (06) tháng" in text and "năm (05) ngày làm việc kể từ ngày nhập cảnh" in text


@pytest.mark.parametrize(
    ("title", "bound", "key"),
    [
        ("Cục trưởng Cục Trồng trọt và Bảo vệ thực vật", True, "Cục Trồng trọt và Bảo vệ thực vật"),
        ("Phó Cục trưởng, Bí thư Đảng ủy Cục Trồng trọt và Bảo vệ thực vật", True, "Cục Trồng trọt và Bảo vệ thực vật"),
        ("Phó Cục trưởng Cục Biến đổi khí hậu", True, None),
        ("Phó Vụ trưởng Vụ Hợp tác quốc tế", True, None),
        (
            "Phó Viện trưởng, Bí thư Đảng ủy Viện Khoa học Nông nghiệp Việt Nam",
            False,
            "Viện Khoa học Nông nghiệp Việt Nam",
        ),
        ("Phó Viện trưởng Viện Khoa học Nông nghiệp Việt Nam", False, None),
        ("Phó Hiệu trưởng Trường Đại học Thủy lợi", False, None),
        ("Chủ tịch Hội đồng trường, Bí thư Đảng ủy Trường Đại học Thủy lợi", False, "Trường Đại học Thủy lợi"),
        ("Giám đốc Ban Quản lý các dự án Nông nghiệp", True, "Ban Quản lý các dự án Nông nghiệp"),
        ("Trưởng phòng Kiểm dịch thực vật, Cục Trồng trọt và Bảo vệ thực vật", False, None),
        ("Trưởng khoa Kỹ thuật tài nguyên nước Trường Đại học Thủy lợi", False, None),
    ],
)
def test_scenario_blind22_scopes_follow_dieu_3(title: str, bound: bool, key: str | None) -> None:
    assert scopes(title) == (bound, key)


def test_scenario_blind22_trips_are_the_decisions_after_extension_and_postponement() -> None:
    st.check_trips(BNNMT, facts())
    assert len(decisions()) == 23 and len(trips()) == 21
    assert {d.amends for d in decisions().values() if d.amends} == {"1448/QĐ-BNNMT", "4460/QĐ-BNNMT"}
    st.check_bare_names(BNNMT, DEGREE)


def test_scenario_blind22_layouts_and_signers_vary() -> None:
    bodies = [BNNMT.text(f"qd-{n.split('/')[0]}") for n in trips()]
    assert sum(bool(LIST_MEMBER.search(b)) for b in bodies) >= 6
    assert sum(bool(TABLE_MEMBER.search(b)) for b in bodies) >= 5
    assert sum(not LIST_MEMBER.search(b) and not TABLE_MEMBER.search(b) for b in bodies) >= 5
    for block in ("\nBỘ TRƯỞNG\n", "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n", "\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ\n"):
        assert any(block in b for b in bodies), block


def test_scenario_blind22_reports_one_for_two_trips_and_one_by_date() -> None:
    assert len({r.number for r in reports().values()}) == 17
    assert reports()["1903/QĐ-BNNMT"] == reports()["1989/QĐ-BNNMT"]
    assert st.linked_by_date(reports()) == {"78/BC-TTBVTV"}
    assert "Quyết định số 4O17/QĐ-BNNMT" in BNNMT.text("bc-78-ttbvtv")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind22_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BNNMT, part, st.recompute(BNNMT, facts().values()), decisions(), findings=14, traps=52)


def test_scenario_blind22_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    assert BNNMT.working(dt.date(2026, 8, 22)) and not BNNMT.working(dt.date(2026, 8, 31))
    lead = {n: f.lead for n, f in facts().items()}
    assert lead["118/QĐ-BNNMT"] == 10 and lead["3152/QĐ-BNNMT"] == 10
    assert lead["512/QĐ-BNNMT"] == 9 and lead["1462/QĐ-BNNMT"] == 6
    assert not BNNMT.working(dt.date(2026, 11, 24))
    after = BNNMT.nth_working_day_after
    assert after(dt.date(2026, 2, 5), 10) == dt.date(2026, 2, 26)
    assert after(dt.date(2026, 8, 21), 10) == dt.date(2026, 9, 8)
    assert after(dt.date(2026, 11, 14), 10) == dt.date(2026, 11, 30)
    assert after(dt.date(2026, 5, 17), 10) < reports()["1448/QĐ-BNNMT"].dated <= after(dt.date(2026, 5, 21), 10)
    assert after(dt.date(2026, 11, 28), 10) > dt.date.fromisoformat(BNNMT.expected()["as_of"])


def test_scenario_blind22_every_text_has_its_scan() -> None:
    BNNMT.check_scans(41, required=False)
