"""The Tây Ninh 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Tỉnh ủy
(Điều/khoản, words and digits) and the later Công văn of UBND tỉnh, which tightens the delegation size (the stricter,
later value wins) and restates the rest; key leaders from the title beside each name under Điều 2 khoản 3 (a cấp phó
who is Bí thư Đảng ủy of the same sở or hospital is in; deputies of a xã are out); trips from the decisions of four
issuers in three layouts (numbered list, ruled table, running prose) with a cancellation and an amendment applied;
reports linked by the number they cite or, when that number is no decision's, by the decision's date and the trip's
start; deadlines and leads in working days (holidays VN plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

import pytest

from tests.scenario_texts import LABEL_PARTS, ScenarioTexts, TripFacts, check_labels, issue_date, recompute
from tests.scenario_texts import Report as SharedReport

TAY_NINH = ScenarioTexts("scenario_blind21", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-07-tu", "00-2-cv-386-ubnd"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
DATE = r"\d{1,2}[/-]\d{1,2}[/-]\d{4}"
QDI_RULES = {
    "max_trips_per_year": r"không quá (\d+) lần trong một năm",
    "max_delegation_size": r"không quá (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi đường",
    "max_countries_per_trip": r"Mỗi chuyến công tác không đi quá (\w+) nước",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
CV_RULES = {
    "max_trips_per_year": r"không quá (\w+) lần trong năm",
    "max_delegation_size": r"không quá (\d+) \((\w+)\) người, kể cả trưởng đoàn",
    "max_days_per_country": r"ở mỗi nước không quá (\d+) ngày \(không tính ngày đi và ngày về\)",
    "max_countries_per_trip": r"không đến quá (\d+) nước",
    "submission_lead_working_days": r"chậm nhất (\w+) ngày làm việc trước ngày xuất cảnh",
    "report_deadline_working_days": r"trong vòng (\w+) ngày làm việc sau khi về nước",
}
COUNTRIES = {
    "Cam-pu-chia": "Cam-pu-chia",
    "Thái Lan": "Thái Lan",
    "Xin-ga-po": "Xin-ga-po",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
}
"""A destination as Điều 1 writes it → the label's name; "Đài Loan (Trung Quốc)" is taken out first."""
TAIWAN = "Đài Loan (Trung Quốc)"
HONORIFIC = r"(?:Ông|Bà|ông|bà|đồng chí|BSCKII\.|TS\.BS\.|ThS\.BS\.|ThS\.|CN\.)"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    r"^\d+\t(?:(?:đồng chí|Ông|Bà) )?(?P<name>[^\t\n]+)\t"
    r"(?:(?:BSCKII|TS\.BS|ThS\.BS|ThS|CN)\t)?(?P<title>[^\t\n]+)(?:\t.*)?$",
    re.MULTILINE,
)
PROSE_MEMBER = re.compile(r"(?:ông|bà|đồng chí) (?P<name>[A-ZÂĐ][^(),]+?) \((?P<title>[^)]+)\)")
KEY_POSTS = (
    (re.compile(r"^(?:Phó )?Bí thư (?:Thường trực )?Tỉnh ủy$"), "Thường trực Tỉnh ủy"),
    (re.compile(r"^(?:Phó )?Chủ tịch UBND tỉnh$"), "Thường trực UBND tỉnh"),
    (re.compile(r"^(?:Giám đốc|Bí thư Đảng ủy) (?P<unit>Sở .+|Bệnh viện.*)$"), None),
    (re.compile(r"^(?:Bí thư Đảng ủy|Chủ tịch UBND) (?P<unit>(?:xã|phường) .+)$"), None),
)
"""A post Điều 2 khoản 3 lists among key leaders, with its unit (khoản 2); None: the unit named in the post."""


@dataclass
class Decision:
    number: str
    issued: dt.date
    submitted: dt.date | None
    where: str
    members: list[tuple[str, str]]
    start: dt.date | None
    end: dt.date | None
    funding: str
    layout: str
    cancels: str | None = None
    amends: str | None = None
    dropped: tuple[str, ...] = ()
    added: tuple[tuple[str, str], ...] = ()


def dmy(text: str) -> dt.date:
    """ "03/3/2026" or the party's "03-8-2026" → date."""
    day, month, year = (int(x) for x in re.split(r"[/-]", text))
    return dt.date(year, month, day)


def squash(text: str) -> str:
    return " ".join(text.split())


def read_members(article1: str) -> tuple[list[tuple[str, str]], str]:
    for layout, pattern in (("list", LIST_MEMBER), ("table", TABLE_MEMBER)):
        found = [(m["name"], m["title"]) for m in pattern.finditer(article1)]
        if found:
            return found, layout
    first = article1.split("\n", 1)[0]
    return [(m["name"], m["title"].removesuffix(", trưởng đoàn")) for m in PROSE_MEMBER.finditer(first)], "prose"


def read_decision(stem: str) -> Decision:
    body = TAY_NINH.text(stem)
    number = re.search(r"^Số:? (\S+)\t", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. .+?(?=^Điều 2\. )", body, re.MULTILINE | re.DOTALL)
    assert number and article1, stem
    a1 = article1[0]
    submitted = re.search(rf"Tờ trình số [^\s,]+,? ngày ({DATE})", body)
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.MULTILINE)
    where = re.search(r"đi công tác tại (.+?) (?:từ|trong) ngày", a1)
    period = re.search(rf"từ ngày ({DATE}) đến ngày ({DATE})", a1) or re.search(rf"trong ngày ({DATE})()", a1)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", a1)
    amends = re.match(r"Điều 1\. Điều chỉnh thành phần đoàn tại Điều 1 Quyết định số ([^\s,]+)", a1)
    members, layout = ([], "") if cancels or amends else read_members(a1)
    declared = re.search(r"Cử (?:đoàn cán bộ gồm )?(\d+) (?:cán bộ|đồng chí) có tên sau", a1)
    assert not declared or int(declared[1]) == len(members), stem
    start = dmy(period[1]) if period else None
    return Decision(
        number=number[1],
        issued=issue_date(body),
        submitted=dmy(submitted[1]) if submitted else None,
        where=where[1] if where else "",
        members=members,
        start=start,
        end=(dmy(period[2]) if period[2] else start) if period else None,
        funding=funding[1] if funding else "",
        layout=layout,
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=tuple(re.findall(r"không cử đồng chí ([^,]+),", a1)),
        added=tuple((m[1], m[2]) for m in re.finditer(r"(?<!không )cử đồng chí ([^,]+), ([^;,]+?) tham gia đoàn", a1)),
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (TAY_NINH.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def trips() -> dict[str, Decision]:
    """The trips that took place: cancelled decisions dropped, the amendment applied to the first decision (which
    keeps its number)."""
    out = {n: d for n, d in decisions().items() if d.members}
    for d in decisions().values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            first = out[d.amends]
            kept = [m for m in first.members if m[0] not in d.dropped] + list(d.added)
            out[d.amends] = replace(first, members=kept)
    return out


def countries(where: str) -> set[str]:
    found = {"Đài Loan (Trung Quốc)"} if TAIWAN in where else set()
    rest = where.replace(TAIWAN, "")
    return found | {label for written, label in COUNTRIES.items() if re.search(rf"(?<!\w){written}(?!\w)", rest)}


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (Điều 2 khoản 3), or None."""
    for post in (p.strip() for p in title.split(",")):
        for pattern, unit in KEY_POSTS:
            m = pattern.match(post)
            if m:
                named = unit or m["unit"]
                return "Bệnh viện Đa khoa tỉnh" if named.startswith("Bệnh viện") else named
    return None


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    decision: str
    how: str


def read_report(stem: str) -> Report:
    """The report's decision: the number it cites when that is a trip's, else the one trip whose decision was issued
    on the cited date and which starts on the day the report names."""
    body = squash(TAY_NINH.text(stem))
    number = re.search(r"Số: (\S+)", body)
    by_number = re.search(rf"Thực hiện Quyết định số (\S+) ngày ({DATE})", body)
    by_date = re.search(rf"Thực hiện Quyết định ngày ({DATE})", body)
    went = re.search(rf"(?:từ|trong) ngày ({DATE})", body)
    assert number and went and (by_number or by_date), stem
    if by_number and by_number[1] in trips():
        return Report(number[1], issue_date(body), by_number[1], "number")
    cited = dmy(by_number[2] if by_number else by_date[1])  # type: ignore[index]
    match = [n for n, d in trips().items() if d.issued == cited and d.start == dmy(went[1])]
    assert len(match) == 1, stem
    return Report(number[1], issue_date(body), match[0], "date and trip")


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((TAY_NINH.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        assert report.decision not in out, report
        out[report.decision] = report
    return out


def stated(text: str, pattern: str) -> int:
    """A limit as the sentence states it: digits, words, or both (which must agree)."""
    m = re.search(pattern, squash(text))
    assert m, pattern
    values = {int(g) if g.isdigit() else WORDS[g] for g in m.groups()}
    assert len(values) == 1, m[0]
    return values.pop()


@cache
def limits() -> dict[str, int]:
    """The Quy định's limits, each replaced by the later Công văn's where that is stricter."""
    qdi = {kind: stated(TAY_NINH.text(QUY_DINH), p) for kind, p in QDI_RULES.items()}
    cv = {kind: stated(TAY_NINH.text(CONG_VAN), p) for kind, p in CV_RULES.items()}
    stricter = {k: max(qdi[k], cv[k]) if k == "submission_lead_working_days" else min(qdi[k], cv[k]) for k in qdi}
    return stricter


def enterprise_pays(funding: str) -> bool:
    """Whether the funding article has an enterprise (Tập đoàn, Công ty, doanh nghiệp) invite or pay."""
    return bool(re.search(r"(?:Tập đoàn|Công ty|[Dd]oanh nghiệp)[^;.]*?(?:mời|đài thọ|chi trả)", funding))


def facts() -> list[TripFacts]:
    out = []
    for number, d in trips().items():
        assert d.start and d.end and d.submitted, number
        report = reports().get(number)
        out.append(
            TripFacts(
                number=number,
                start=d.start,
                end=d.end,
                lead=lead(number),
                members=[(name, key_unit(title)) for name, title in d.members],
                countries=countries(d.where),
                report=SharedReport(report.number, report.dated, (report.decision,), report.how) if report else None,
                enterprise=enterprise_pays(d.funding),
                limits=limits(),
            )
        )
    return out


def lead(number: str) -> int:
    d = trips()[number]
    assert d.submitted and d.start
    return TAY_NINH.lead(d.submitted, d.start)


def test_scenario_blind21_later_cong_van_tightens_the_delegation_size_only() -> None:
    qdi = {kind: stated(TAY_NINH.text(QUY_DINH), p) for kind, p in QDI_RULES.items()}
    cv = {kind: stated(TAY_NINH.text(CONG_VAN), p) for kind, p in CV_RULES.items()}
    assert {k for k in qdi if qdi[k] != cv[k]} == {"max_delegation_size"}
    assert (qdi["max_delegation_size"], cv["max_delegation_size"]) == (10, 8)
    assert limits() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 8,
        "max_days_per_country": 5,
        "max_countries_per_trip": 2,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 7,
    }
    assert issue_date(TAY_NINH.text(CONG_VAN)) == dt.date(2026, 2, 10)
    assert "Kể từ ngày ký văn bản này" in TAY_NINH.text(CONG_VAN)
    assert all(d.issued > dt.date(2026, 2, 10) for d in decisions().values())
    assert all(d.submitted > dt.date(2026, 2, 10) for d in trips().values() if d.submitted)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Bí thư Tỉnh ủy", "Thường trực Tỉnh ủy"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Thường trực Tỉnh ủy"),
        ("Chủ tịch UBND tỉnh", "Thường trực UBND tỉnh"),
        ("Phó Chủ tịch UBND tỉnh", "Thường trực UBND tỉnh"),
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện", "Bệnh viện Đa khoa tỉnh"),
        ("Giám đốc Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh"),
        ("Phó Giám đốc Bệnh viện", None),
        ("Bí thư Đảng ủy xã Bến Cầu", "xã Bến Cầu"),
        ("Chủ tịch UBND xã Bến Cầu", "xã Bến Cầu"),
        ("Phó Bí thư Đảng ủy, Phó Chủ tịch UBND xã Tân Biên", None),
        ("Bí thư Đảng ủy phường Tân An", "phường Tân An"),
        ("Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", None),
        ("Trưởng khoa Tim mạch", None),
        ("Trưởng phòng Hợp tác quốc tế, Văn phòng UBND tỉnh", None),
    ],
)
def test_scenario_blind21_key_leader_follows_dieu_2(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind21_quy_dinh_defines_key_leaders_and_units_in_its_own_words() -> None:
    text = squash(TAY_NINH.text(QUY_DINH))
    assert '"Lãnh đạo chủ chốt" là những người giữ một trong các chức vụ sau: Bí thư, Phó Bí thư Tỉnh ủy;' in text
    assert "đồng thời là Bí thư Đảng ủy của chính cơ quan, đơn vị đó thì được xác định là lãnh đạo chủ chốt" in text
    assert "Phó Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân xã, phường" in text
    assert "Thường trực Ủy ban nhân dân tỉnh (Chủ tịch và các Phó Chủ tịch); mỗi sở, ban, ngành tỉnh;" in text


def test_scenario_blind21_trips_are_the_decisions_after_cancellation_and_amendment() -> None:
    labelled = {t["decision_number"]: t for t in TAY_NINH.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 25 and len(trips()) == 22
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d.where) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number
        assert not any(re.match(HONORIFIC + " ", name) for name in label["members"]), "labels carry no title"


def test_scenario_blind21_issuers_and_layouts_vary() -> None:
    by_issuer = {suffix: sum(n.endswith(suffix) for n in decisions()) for suffix in ("UBND", "/TU", "SCT", "BVĐK")}
    assert by_issuer == {"UBND": 17, "/TU": 3, "SCT": 2, "BVĐK": 3}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 8 and layouts.count("table") >= 4 and layouts.count("prose") >= 5


def test_scenario_blind21_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    assert {r.number for r in reports().values() if r.how != "number"} == {"52/BC-UBND", "96/BC-VP"}


@pytest.mark.parametrize("part", LABEL_PARTS)
def test_scenario_blind21_labels_are_the_recomputed_findings(part: str) -> None:
    check_labels(TAY_NINH, part, recompute(TAY_NINH, facts()), set(decisions()), findings=14, traps=40)


def test_scenario_blind21_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    assert lead("512/QĐ-UBND") == 8  # Tết 16–20/2 inside; 13 weekdays without the holidays
    assert lead("95/QĐ-SCT") == 10 and lead("212/QĐ-SCT") == 10
    assert lead("2187/QĐ-UBND") == 4
    assert TAY_NINH.working(dt.date(2026, 8, 22)) and not TAY_NINH.working(dt.date(2026, 8, 31))
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 4, 18), 7) == dt.date(2026, 4, 29)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 4, 24), 7) == dt.date(2026, 5, 8)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert TAY_NINH.nth_working_day_after(dt.date(2026, 11, 26), 7) == dt.date(2026, 12, 7)


def test_scenario_blind21_every_text_has_its_scan() -> None:
    TAY_NINH.check_scans(46, required=True)
