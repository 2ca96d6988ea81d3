"""The Quảng Ninh 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Chỉ thị's running prose (numbers in
words with and without digits, or digits alone), key leaders from the title beside each name under its scope sentence
(a cấp phó who is Bí thư Đảng ủy is in, a Phó Bí thư is out), trips from the decisions in three layouts (numbered
list, Danh sách table, running text) with a cancellation and two amendments applied, day trips through cửa khẩu Móng
Cái counted, places in China folded into one country, reports linked by the number they cite or, when they cite the
decision by its date and unit only, by that date and the trip's start, and deadlines and leads in working days (2026
holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, issue_date, slash_date

QN = ScenarioTexts("scenario_blind19", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-ct-03-ubnd"
NUMBER_WORDS = {"hai": 2, "năm": 5, "bảy": 7, "mười": 10}
WORDS = "|".join(NUMBER_WORDS)
RULES = {
    "max_trips_per_year": rf"Mỗi lãnh đạo chủ chốt đi công tác nước ngoài không quá (?P<w>{WORDS}) \((?P<d>\d+)\) lần",
    "max_delegation_size": rf"Mỗi đoàn công tác có tối đa (?P<w>{WORDS}) người, kể cả trưởng đoàn",
    "max_days_per_country": rf"không quá (?P<w>{WORDS}) \((?P<d>\d+)\) ngày tại mỗi nước, không kể thời gian đi đường",
    "max_countries_per_trip": r"mỗi chuyến đi không quá (?P<d>\d+) nước",
    "submission_lead_working_days": rf"chậm nhất (?P<w>{WORDS}) \((?P<d>\d+)\) ngày làm việc trước ngày dự kiến xuất",
    "report_deadline_working_days": rf"Trong thời hạn (?P<w>{WORDS}) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
"""Each limit's sentence: a number in words (`w`), in digits (`d`) or both, which must then agree."""
PLACES = {
    "Trung Quốc": ("Trung Quốc", "Quảng Tây", "Vân Nam", "Nam Ninh", "Đông Hưng", "Bằng Tường", "Phòng Thành Cảng"),
    "Hàn Quốc": ("Hàn Quốc", "Seoul", "Busan", "Incheon"),
    "Nhật Bản": ("Nhật Bản", "Kitakyushu", "Fukuoka"),
    "Mông Cổ": ("Mông Cổ", "Ulaanbaatar"),
}
"""A country → the words naming it or a place in it: provinces and cities of China are one country."""
SLASH = r"\d{1,2}/\d{1,2}/\d{4}"
LIST_MEMBER = re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+)(?:\tTrưởng đoàn)?$", re.MULTILINE)
KEY_POST = re.compile(
    r"^(?:Giám đốc (Sở .+)|Trưởng ban (Ban Quản lý Khu kinh tế tỉnh)|Bí thư Đảng ủy (.+)"
    r"|Chủ tịch Ủy ban nhân dân (.+))$"
)
"""A post the scope sentence makes a key leader's; every Phó (Giám đốc, Trưởng ban, Chủ tịch, Bí thư) fails it."""
ENTERPRISE = re.compile(r"(?:Công ty|Tập đoàn|[Dd]oanh nghiệp)[^;.]*?(?:mời|đài thọ|chi trả|tài trợ)")


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
    cancels: str | None = None
    amends: str | None = None
    dropped: list[str] = field(default_factory=list)
    added: list[tuple[str, str]] = field(default_factory=list)


def squash(text: str) -> str:
    return " ".join(text.split())


def running_members(article1: str) -> list[tuple[str, str]]:
    """ "Cử ông A, title (trưởng đoàn); bà B, title và ông C, title đi công tác tại …" → [(A, title), …]."""
    span = re.match(r"Điều 1\. Cử (.+?) đi công tác tại", article1)
    assert span, article1
    out = []
    for part in re.split(r"(?:;| và) (?=(?:ông|bà) )", span[1]):
        m = re.match(r"(?:ông|bà) (?P<name>[^,]+), (?P<title>.+?)(?: \(trưởng đoàn\))?$", part)
        assert m, part
        out.append((m["name"], m["title"]))
    return out


def read_decision(stem: str) -> Decision:
    body = QN.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. .+$", body, re.MULTILINE)
    funding = re.search(r"^Điều 2\. (.+)$", body, re.MULTILINE)
    assert number and article1 and funding, stem
    a1 = article1[0]
    submitted = re.search(rf"Tờ trình số \S+ ngày ({SLASH})", body)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", a1)
    amends = re.match(r"Điều 1\. Điều chỉnh .*?Quyết định số (\S+)", a1)
    period = re.search(rf"thành từ ngày ({SLASH}) đến ngày ({SLASH})", a1) or re.search(
        rf"từ ngày ({SLASH}) đến ngày ({SLASH})", a1
    )
    day_trip = re.search(rf"đi và về trong ngày ({SLASH})", a1)
    start, end = (period[1], period[2]) if period else (day_trip[1], day_trip[1]) if day_trip else (None, None)
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
        start=slash_date(start) if start else None,
        end=slash_date(end) if end else None,
        funding=funding[1],
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(r"không cử (?:ông|bà) ([^,]+),", a1),
        added=[(m[1], m[2]) for m in re.finditer(r"cử bổ sung (?:ông|bà) ([^,]+), (.+?) tham gia đoàn", a1)],
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (QN.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def trips() -> dict[str, Decision]:
    """The trips that took place: cancelled decisions dropped, amendments applied to the first decision (which keeps
    its number)."""
    out = {n: d for n, d in decisions().items() if d.members}
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
    """The countries of the places Điều 1 sends the delegation to (between "đi công tác tại" and the purpose)."""
    m = re.search(r"đi công tác tại (.+?), để ", d.where)
    assert m, d.number
    return {c for c, words in PLACES.items() if any(re.search(rf"(?<!\w){w}(?!\w)", m[1]) for w in words)}


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader (the scope sentence), or None."""
    for post in (p.strip() for p in title.split(",")):
        m = KEY_POST.match(post)
        if m:
            return next(g for g in m.groups() if g)
    return None


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    decision: str
    how: str


def read_report(stem: str) -> Report:
    """The report's decision: the number it cites, else the one trip whose decision was issued on the cited date and
    which starts on the day the report names."""
    body = squash(QN.text(stem))
    number = re.search(r"Số: (\S+)", body)
    by_number = re.search(rf"Thực hiện Quyết định số (\S+) ngày ({SLASH})", body)
    by_date = re.search(rf"Thực hiện Quyết định ngày ({SLASH}) của Chủ tịch", body)
    went = re.search(rf"(?:từ ngày|trong ngày) ({SLASH})", body)
    assert number and went, stem
    if by_number:
        assert by_number[1] in trips(), stem
        return Report(number[1], issue_date(body), by_number[1], "number")
    assert by_date, stem
    cited, start = slash_date(by_date[1]), slash_date(went[1])
    same_day = [n for n, d in trips().items() if d.issued == cited]
    match = [n for n in same_day if trips()[n].start == start]
    assert len(same_day) > 1 and len(match) == 1, stem
    return Report(number[1], issue_date(body), match[0], "date and trip")


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((QN.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        assert report.decision not in out, report
        out[report.decision] = report
    return out


@cache
def limits() -> dict[str, int]:
    text = squash(QN.text(DISPATCH))
    out = {}
    for kind, pattern in RULES.items():
        m = re.search(pattern, text)
        assert m, kind
        said = m.groupdict()
        values = {NUMBER_WORDS[said["w"]]} if said.get("w") else set()
        values |= {int(said["d"])} if said.get("d") else set()
        assert len(values) == 1, kind
        out[kind] = values.pop()
    return out


def lead(d: Decision, make_up: bool = True) -> int:
    assert d.submitted and d.start
    days = (d.submitted + dt.timedelta(k) for k in range(1, (d.start - d.submitted).days))
    return sum(QN.working(day) if make_up else day.weekday() < 5 and QN.working(day) for day in days)


def recomputed_findings() -> set[tuple[str, str, str | None]]:
    lim = limits()
    as_of = dt.date.fromisoformat(QN.expected()["as_of"])
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
        due = QN.nth_working_day_after(d.end, lim["report_deadline_working_days"])
        report = reports().get(number)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", number, None))
        leaders = [u for u in units if u]
        if len(leaders) != len(set(leaders)):
            found.add(("no_two_key_leaders_same_unit", number, None))
        if ENTERPRISE.search(d.funding):
            found.add(("no_enterprise_funded", number, None))
    for name, started in per_leader.items():
        for _, number in sorted(started)[lim["max_trips_per_year"] :]:
            found.add(("max_trips_per_year", number, name))
    return found


def label_key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def test_scenario_blind19_chi_thi_states_each_limit_in_its_prose() -> None:
    assert limits() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 10,
        "max_days_per_country": 5,
        "max_countries_per_trip": 2,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 7,
    }
    text = squash(QN.text(DISPATCH))
    assert "Lãnh đạo chủ chốt theo Chỉ thị này gồm Giám đốc các sở, Trưởng ban Ban Quản lý Khu kinh tế tỉnh" in text
    assert "trừ trường hợp cấp phó đồng thời là Bí thư Đảng ủy của cơ quan, địa phương thì được tính là" in text
    assert "số lần được tính theo ngày xuất cảnh trong năm dương lịch, kể cả các chuyến đi trong ngày" in text
    assert "có hiệu lực thi hành kể từ ngày 15 tháng 01 năm 2026" in text
    assert "Điều" not in text and not re.search(r"^\d+\.", QN.text(DISPATCH), re.MULTILINE), "running prose"
    # numbers that are no limit of a trip
    for other in ("146 đoàn với 812 lượt người", "năm (05) ngày làm việc kể từ ngày nhập cảnh", "Định kỳ sáu (06)"):
        assert other in text
    assert all(d.start and d.start >= dt.date(2026, 1, 15) for d in trips().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc Sở Du lịch, Bí thư Đảng ủy Sở Du lịch", "Sở Du lịch"),
        ("Phó Chủ tịch Ủy ban nhân dân phường Móng Cái 1, Phó Bí thư Đảng ủy phường Móng Cái 1", None),
        ("Chủ tịch Ủy ban nhân dân đặc khu Cô Tô", "đặc khu Cô Tô"),
        ("Bí thư Đảng ủy đặc khu Cô Tô", "đặc khu Cô Tô"),
        ("Trưởng ban Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
        ("Phó Trưởng ban Ban Quản lý Khu kinh tế tỉnh", None),
        ("Trưởng phòng Quản lý thương mại, Sở Công Thương", None),
        ("Chuyên viên Phòng Lãnh sự, Sở Ngoại vụ (phiên dịch)", None),
    ],
)
def test_scenario_blind19_key_leader_follows_the_scope_sentence(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind19_trips_are_the_decisions_after_cancellation_and_amendments() -> None:
    labelled = {t["decision_number"]: t for t in QN.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 25 and len(trips()) == 21
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number
    day_trips = [n for n, d in trips().items() if d.start == d.end]
    assert sorted(day_trips) == ["190/QĐ-UBND", "357/QĐ-UBND"]


def test_scenario_blind19_layouts_and_signers_vary() -> None:
    bodies = [QN.text(f"qd-{n.split('/')[0]}") for n in trips()]
    listed = sum(bool(LIST_MEMBER.search(b)) for b in bodies)
    tabled = sum(bool(TABLE_MEMBER.search(b)) for b in bodies)
    assert listed >= 6 and tabled >= 4 and len(bodies) - listed - tabled >= 5
    assert any("\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" in b for b in bodies)
    assert any("\nCHỦ TỊCH\n\nĐào Trọng Khiêm" in b for b in bodies)


def test_scenario_blind19_reports_link_and_one_needs_more_than_a_number() -> None:
    assert len(reports()) == 18
    assert {r.number for r in reports().values() if r.how != "number"} == {"134/BC-UBND"}


def test_scenario_blind19_findings_are_exactly_the_labelled_ones() -> None:
    labelled = [label_key(f) for f in QN.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == 13
    assert set(labelled) == recomputed_findings()


def test_scenario_blind19_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    t = trips()
    assert lead(t["142/QĐ-UBND"]) == 10 and lead(t["336/QĐ-UBND"]) == 10 and lead(t["336/QĐ-UBND"], False) == 9
    lead_214 = t["214/QĐ-UBND"]
    assert lead(lead_214) == 7 and lead_214.submitted and lead_214.start
    assert sum((lead_214.submitted + dt.timedelta(k)).weekday() < 5 for k in range(1, 17)) == 10
    assert QN.working(dt.date(2026, 8, 22)) and not QN.working(dt.date(2026, 8, 31))
    assert QN.nth_working_day_after(dt.date(2026, 8, 14), 7) == dt.date(2026, 8, 24)
    assert QN.nth_working_day_after(dt.date(2026, 8, 28), 7) == dt.date(2026, 9, 11)
    assert QN.nth_working_day_after(dt.date(2026, 11, 13), 7) == dt.date(2026, 11, 25)
    assert QN.nth_working_day_after(dt.date(2026, 10, 30), 7) < reports()["372/QĐ-UBND"].dated
    assert QN.nth_working_day_after(dt.date(2026, 11, 26), 7) > dt.date.fromisoformat(QN.expected()["as_of"])


def test_scenario_blind19_person_only_on_trips_per_year() -> None:
    for f in QN.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


def test_scenario_blind19_traps_are_not_findings() -> None:
    traps = QN.expected()["not_findings"]
    assert len(traps) >= 40
    found = recomputed_findings()
    for trap in traps:
        assert trap["why"] and trap["decision_number"] in decisions(), trap
        assert label_key(trap) not in found, trap


def test_scenario_blind19_every_text_has_its_scan() -> None:
    QN.check_scans(44, required=False)
