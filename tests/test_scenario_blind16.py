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
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, issue_date, slash_date

DHQG = ScenarioTexts("scenario_blind16", frozenset({dt.date(2026, 8, 22)}))
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
SLASH = r"\d{1,2}/\d{1,2}/\d{4}"


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
    study: bool = False
    cancels: str | None = None
    amends: str | None = None
    dropped: list[str] = field(default_factory=list)
    added: list[tuple[str, str]] = field(default_factory=list)


def squash(text: str) -> str:
    return " ".join(text.split())


def running_members(article1: str) -> list[tuple[str, str]]:
    """ "Cử PGS.TS. A, title (Trưởng đoàn); TS. B, title và ThS. C, title đi công tác tại …" → [(A, title), …]."""
    span = re.match(r"Điều 1\. Cử (.+?) đi (?:công tác|học tập)", article1)
    assert span, article1
    out = []
    for part in re.split(rf"(?:;| và) (?={DEGREE} )", span[1]):
        m = re.match(rf"{DEGREE} (?P<name>[^,]+), (?P<title>.+?)(?: \(Trưởng đoàn\))?$", part)
        assert m, part
        out.append((m["name"], m["title"]))
    return out


def read_decision(stem: str) -> Decision:
    body = DHQG.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. .+$", body, re.MULTILINE)
    assert number and article1, stem
    a1 = article1[0]
    submitted = re.search(rf"Tờ trình số \S+ ngày ({SLASH})", body)
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.MULTILINE)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", a1)
    amends = re.match(r"Điều 1\. Điều chỉnh .*?Quyết định số (\S+)", a1)
    moved = re.search(rf"thành từ ngày ({SLASH}) đến ngày ({SLASH})", a1)
    period = moved or re.search(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", a1)
    members: list[tuple[str, str]] = []
    if not (cancels or amends):
        members = [(m["name"], m["title"]) for m in (*LIST_MEMBER.finditer(body), *TABLE_MEMBER.finditer(body))]
        members = members or running_members(a1)
    declared = re.search(r"\(Danh sách gồm (\d+) người\)", body)
    assert not declared or int(declared[1]) == len(members), stem
    return Decision(
        number=number[1],
        issued=issue_date(body),
        submitted=slash_date(submitted[1]) if submitted else None,
        where=a1,
        members=members,
        start=slash_date(period[1]) if period else None,
        end=slash_date(period[2]) if period else None,
        funding=funding[1] if funding else "",
        study="đi học tập" in a1,
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(rf"không cử {DEGREE} ([^,]+),", a1),
        added=[(m[1], m[2]) for m in re.finditer(rf"cử bổ sung {DEGREE} ([^,]+), (.+?) tham gia đoàn", a1)],
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (DHQG.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def trips() -> dict[str, Decision]:
    """The business trips that took place: the study stay and cancelled decisions dropped, amendments applied to the
    first decision (which keeps its number)."""
    out = {n: d for n, d in decisions().items() if d.members and not d.study}
    for d in decisions().values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            first = out[d.amends]
            kept = [m for m in first.members if m[0] not in d.dropped] + d.added
            start, end = (d.start, d.end) if d.start and d.end else (first.start, first.end)
            out[d.amends] = replace(first, members=kept, start=start, end=end)
    return out


def countries(d: Decision) -> set[str]:
    return {label for written, label in COUNTRIES.items() if re.search(rf"(?<!\w){re.escape(written)}(?!\w)", d.where)}


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (point 2.a), or None."""
    for post in (p.strip() for p in title.split(",")):
        m = KEY_POST.match(post)
        if m:
            unit = next(g for g in m.groups() if g)
            return "Ban Giám đốc ĐHQG-HCM" if unit == "ĐHQG-HCM" else unit
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
    body = squash(DHQG.text(stem))
    number = re.search(r"Số: (\S+)", body)
    by_number = re.search(rf"Thực hiện Quyết định số (\S+) ngày ({SLASH})", body)
    by_date = re.search(rf"Thực hiện Quyết định ngày ({SLASH}) của Giám đốc", body)
    went = re.search(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", body)
    assert number and went and (by_number or by_date), stem
    if by_number and by_number[1] in trips():
        return Report(number[1], issue_date(body), by_number[1], "number")
    cited = slash_date(by_number[2] if by_number else by_date[1])  # type: ignore[index]
    start = slash_date(went[1])
    match = [n for n, d in trips().items() if d.issued == cited and d.start == start]
    assert len(match) == 1, stem
    return Report(number[1], issue_date(body), match[0], "date and trip")


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((DHQG.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        assert report.decision not in out, report
        out[report.decision] = report
    return out


@cache
def limits() -> dict[str, int]:
    text = DHQG.text(DISPATCH)
    out = {}
    for kind, pattern in PROSE_RULES.items():
        m = re.search(pattern, squash(text))
        assert m, kind
        assert NUMBER_WORDS[m[1]] == int(m[2]), kind
        out[kind] = int(m[2])
    annex = text.split("\nPHỤ LỤC\n", 1)[1]
    for kind, (content, unit) in TABLE_RULES.items():
        m = re.search(rf"^\d\t{content}\t(\w+) \((\d+)\) {unit}\b", annex, re.MULTILINE)
        assert m, kind
        assert NUMBER_WORDS[m[1]] == int(m[2]), kind
        out[kind] = int(m[2])
    return out


def enterprise_pays(funding: str) -> bool:
    """Whether the funding article has an enterprise (Tập đoàn, Công ty, doanh nghiệp) invite or pay."""
    return bool(re.search(r"(?:Tập đoàn|Công ty|[Dd]oanh nghiệp)[^;.]*?(?:mời|đài thọ|chi trả)", funding))


def lead(d: Decision) -> int:
    assert d.submitted and d.start
    return sum(DHQG.working(d.submitted + dt.timedelta(k)) for k in range(1, (d.start - d.submitted).days))


def recomputed_findings() -> set[tuple[str, str, str | None]]:
    lim = limits()
    as_of = dt.date.fromisoformat(DHQG.expected()["as_of"])
    found: set[tuple[str, str, str | None]] = set()
    per_leader: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for number, d in trips().items():
        assert d.start and d.end and d.submitted, number
        units = [key_unit(title) for _, title in d.members]
        for (name, _), unit in zip(d.members, units, strict=True):
            if unit and d.start.year == 2026:
                per_leader[name].append((d.start, number))
        if len(d.members) > lim["max_delegation_size"]:
            found.add(("max_delegation_size", number, None))
        where = countries(d)
        abroad = (d.end - d.start).days + 1 - 2
        if len(where) > lim["max_countries_per_trip"]:
            found.add(("max_countries_per_trip", number, None))
        if len(where) == 1 and abroad > lim["max_days_per_country"]:
            found.add(("max_days_per_country", number, None))
        assert len(where) == 1 or abroad - (len(where) - 1) <= lim["max_days_per_country"], number
        if lead(d) < lim["submission_lead_working_days"]:
            found.add(("submission_lead_working_days", number, None))
        due = DHQG.nth_working_day_after(d.end, lim["report_deadline_working_days"])
        report = reports().get(number)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", number, None))
        leaders = [u for u in units if u]
        if len(leaders) != len(set(leaders)):
            found.add(("no_two_key_leaders_same_unit", number, None))
        if enterprise_pays(d.funding):
            found.add(("no_enterprise_funded", number, None))
    for name, started in per_leader.items():
        for _, number in sorted(started)[lim["max_trips_per_year"] :]:
            found.add(("max_trips_per_year", number, name))
    return found


def label_key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def test_scenario_blind16_chi_thi_states_each_limit_in_words_and_digits() -> None:
    assert limits() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 8,
        "max_days_per_country": 5,
        "max_countries_per_trip": 2,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 7,
    }
    text = squash(DHQG.text(DISPATCH))
    assert "Lãnh đạo chủ chốt theo Chỉ thị này gồm: Giám đốc, Phó Giám đốc ĐHQG-HCM; Hiệu trưởng, Bí thư" in text
    assert "trường hợp Phó Hiệu trưởng đồng thời là Bí thư Đảng ủy trường thì được xác định là lãnh đạo" in text
    assert "(Ban Giám đốc ĐHQG-HCM, trường đại học thành viên, viện nghiên cứu trực thuộc)" in text
    assert "(từ ba (03) tháng trở lên) không phải là chuyến đi công tác, không thuộc phạm vi điều chỉnh" in text
    # The table's limits are stated only there: the prose points to the Phụ lục.
    prose = squash(DHQG.text(DISPATCH).split("\nPHỤ LỤC\n", 1)[0])
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
    labelled = {t["decision_number"]: t for t in DHQG.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 27 and len(trips()) == 22
    assert [n for n, d in decisions().items() if d.study] == ["527/QĐ-ĐHQG"]
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number
        assert not any(re.match(DEGREE + " ", name) for name in label["members"]), "labels carry no học vị"


def test_scenario_blind16_layouts_and_signers_vary() -> None:
    bodies = [DHQG.text(f"qd-{n.split('/')[0]}") for n in trips()]
    assert sum(bool(LIST_MEMBER.search(b)) for b in bodies) >= 8
    assert sum(bool(TABLE_MEMBER.search(b)) for b in bodies) >= 5
    assert sum(not LIST_MEMBER.search(b) and not TABLE_MEMBER.search(b) for b in bodies) >= 5
    assert any("\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" in b for b in bodies)
    assert any("\nHIỆU TRƯỞNG\n" in b and "phân cấp" in b for b in bodies)


def test_scenario_blind16_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    fallback = {r.number for r in reports().values() if r.how != "number"}
    assert fallback == {"27/BC-XHNV", "43/BC-ĐHBK"}


def test_scenario_blind16_findings_are_exactly_the_labelled_ones() -> None:
    labelled = [label_key(f) for f in DHQG.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == 13
    assert set(labelled) == recomputed_findings()


def test_scenario_blind16_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    t = trips()
    assert lead(t["112/QĐ-ĐHQG"]) == 10 and lead(t["468/QĐ-ĐHQG"]) == 10
    assert DHQG.working(dt.date(2026, 8, 22)) and not DHQG.working(dt.date(2026, 8, 31))
    lead_247 = t["247/QĐ-ĐHQG"]
    assert lead(lead_247) == 7
    assert lead_247.submitted and lead_247.start
    assert sum((lead_247.submitted + dt.timedelta(k)).weekday() < 5 for k in range(1, 17)) == 10
    assert DHQG.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert DHQG.nth_working_day_after(dt.date(2026, 11, 6), 7) == dt.date(2026, 11, 17)
    assert DHQG.nth_working_day_after(dt.date(2026, 8, 15), 7) == dt.date(2026, 8, 24)


def test_scenario_blind16_person_only_on_trips_per_year() -> None:
    for f in DHQG.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


def test_scenario_blind16_traps_are_not_findings() -> None:
    traps = DHQG.expected()["not_findings"]
    assert len(traps) >= 35
    found = recomputed_findings()
    for trap in traps:
        assert trap["why"] and trap["decision_number"] in decisions(), trap
        assert label_key(trap) not in found, trap


def test_scenario_blind16_every_text_has_its_scan() -> None:
    DHQG.check_scans(47, required=False)
