"""The Lào Cai 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the party Quy định's words and digits,
then two of them replaced by the later Công văn from 01/7/2026 (delegation size by the departure date, the report
deadline by the return date); key leaders from the title beside each name under the Quy định's Điều 3 (a deputy or a
Chủ tịch HĐND who is Bí thư Đảng ủy is in, a Phó Bí thư, a hospital or centre director is out); trips from decisions
in three layouts with a cancellation and two amendments applied; reports linked by every decision they cite or, when
the cited number is no decision's, by the cited date and the trip's start; deadlines and leads in working days
(2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, issue_date, slash_date

LAO_CAI = ScenarioTexts("scenario_blind15", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH = "00-a-qdi-08-tu"
CONG_VAN = "00-b-cv-2417-ubnd"
NUMBER_WORDS = {"hai": 2, "ba": 3, "năm": 5, "sáu": 6, "tám": 8, "mười": 10}
PAIR = r"(\w+) \((\w+)\)"
"""A limit as the documents write it: "02 (hai)" or "tám (08)", digits and words in either order."""
RULE_SENTENCES = {
    "max_trips_per_year": rf"lãnh đạo chủ chốt đi công tác nước ngoài không quá {PAIR} lần trong một năm",
    "max_delegation_size": rf"Số thành viên mỗi đoàn không quá {PAIR} người, kể cả trưởng đoàn và phiên dịch",
    "max_days_per_country": rf"tại mỗi nước không quá {PAIR} ngày, không tính ngày đi và ngày về",
    "max_countries_per_trip": rf"Mỗi chuyến công tác chỉ đi không quá {PAIR} nước",
    "submission_lead_working_days": rf"chậm nhất {PAIR} ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": rf"Trong thời hạn {PAIR} ngày làm việc kể từ ngày về nước",
}
SLASH = r"\d{1,2}/\d{1,2}/\d{4}"
CHANGES = {
    "max_delegation_size": rf"kể từ ngày ({SLASH}), các đoàn xuất cảnh từ ngày này trở đi có số thành viên"
    rf" không quá {PAIR} người",
    "report_deadline_working_days": rf"đối với các đoàn trở về nước từ ngày ({SLASH}), trong thời hạn {PAIR} ngày làm"
    r" việc kể từ ngày về nước",
}
"""The Công văn's two changes: from a date on, by departure (size) or by return (report)."""
PLACES = {
    "Trung Quốc": "Trung Quốc",
    "Trung Hoa": "Trung Quốc",
    "Vân Nam": "Trung Quốc",
    "Quảng Tây": "Trung Quốc",
    "Lào": "Lào",
    "Thái Lan": "Thái Lan",
    "Campuchia": "Campuchia",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Nhật Bản": "Nhật Bản",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
}
"""A place as the decision's destination writes it → the label's country (a Chinese province stands for China)."""
LIST_MEMBER = re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(r"^\d+\t(?P<name>[^\t]+)\t(?P<title>[^\t]+?)(?: - Trưởng đoàn)?$", re.MULTILINE)
TEXT_MEMBER = re.compile(r"^(?:và )?(?:ông|bà) (?P<name>[^,]+), (?P<title>.+?)(?:, trưởng đoàn)?$")
KEY_POST = re.compile(
    r"(?<!Phó )\b(?:Giám đốc Sở|Trưởng Ban Quản lý Khu kinh tế tỉnh|Bí thư Đảng ủy|Chủ tịch UBND (?:xã|phường))"
)
"""A post Điều 3.1 lists; "Phó …" fails it, and so do a head of a hospital or centre and a Chủ tịch HĐND alone."""
UNIT = re.compile(
    r"Sở Văn hóa, Thể thao và Du lịch|Sở [A-ZĐ][^,]*|Ban Quản lý Khu kinh tế tỉnh|(?:xã|phường) [A-ZĐ][^,]*"
)


@dataclass
class Decision:
    number: str
    issued: dt.date
    submitted: dt.date | None
    layout: str
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


def read_members(body: str, article1: str) -> tuple[str, list[tuple[str, str]]]:
    """The members in whichever of the three layouts the decision uses: a numbered list, a table, running text."""
    listed = [(m["name"], m["title"]) for m in LIST_MEMBER.finditer(body)]
    tabled = [(m["name"], m["title"]) for m in TABLE_MEMBER.finditer(body)]
    running = re.match(r"Cử ((?:ông|bà) .+?) đi công tác tại", article1)
    if running:
        parts = [TEXT_MEMBER.match(p) for p in running[1].split("; ")]
        assert all(parts), article1
        return "text", [(m["name"], m["title"]) for m in parts if m]
    assert not (listed and tabled)
    return ("list", listed) if listed else ("table", tabled) if tabled else ("none", [])


def read_decision(stem: str) -> Decision:
    body = LAO_CAI.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. (.+)$", body, re.MULTILINE)
    funding = re.search(r"^Điều 2\. (.+)$", body, re.MULTILINE)
    assert number and article1 and funding, stem
    submitted = re.search(rf"Tờ trình số \S+ ngày ({SLASH})", body)
    periods = re.findall(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", body)
    where = re.search(r"đi công tác tại (.+?)(?: từ ngày |\.$)", article1[1])
    cancels = re.match(r"Hủy bỏ Quyết định số (\S+)", article1[1])
    amends = re.match(r"Điều chỉnh .*?Quyết định số (\S+)", article1[1])
    layout, members = read_members(body, article1[1])
    period = periods[-1] if periods else None  # an amendment moves "từ … đến …" to the last pair it names
    return Decision(
        number=number[1],
        issued=issue_date(body),
        submitted=slash_date(submitted[1]) if submitted else None,
        layout=layout,
        where=where[1] if where else "",
        members=members,
        start=slash_date(period[0]) if period else None,
        end=slash_date(period[1]) if period else None,
        funding=funding[1],
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(r"không cử (?:ông|bà) ([^,]+),", article1[1]),
        added=re.findall(r"; cử (?:ông|bà) ([^,]+), (.+?) tham gia đoàn thay thế", article1[1]),
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (LAO_CAI.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def trips() -> dict[str, Decision]:
    """The trips that took place: cancelled decisions dropped, amendments applied to the first decision (a
    replacement takes the withdrawn member's place; moved dates replace the first ones)."""
    out = {n: d for n, d in decisions().items() if d.members}
    for d in decisions().values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            first = out[d.amends]
            members = list(first.members)
            for gone, new in zip(d.dropped, d.added, strict=True):
                members[[m[0] for m in members].index(gone)] = new
            out[d.amends] = replace(first, members=members, start=d.start or first.start, end=d.end or first.end)
    return out


def countries(d: Decision) -> set[str]:
    return {
        country
        for written, country in PLACES.items()
        if re.search(rf"(?<!\w){re.escape(written)}(?!\w)(?! Cai)", d.where)
    }


def key_unit(title: str) -> str | None:
    """The unit a key leader heads (by Điều 3 of the Quy định), or None for anyone else."""
    if not KEY_POST.search(title):
        return None
    units = UNIT.findall(title)
    assert units, title
    return units[0]


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    decisions: tuple[str, ...]
    how: str


def read_report(stem: str) -> Report:
    """The report's trips: every cited number that is a trip's; when none is, the one decision issued on the cited
    date whose trip starts on the first day the report names."""
    body = squash(LAO_CAI.text(stem))
    number = re.search(r"Số: (\S+)", body)
    cited = re.findall(rf"Quyết định số (\S+) ngày ({SLASH})", body)
    went = re.search(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", body)
    assert number and cited and went, stem
    linked = tuple(n for n, _ in cited if n in trips())
    if linked:
        return Report(number[1], issue_date(body), linked, "number")
    on_date = {slash_date(d) for _, d in cited}
    start = slash_date(went[1])
    match = [n for n, d in trips().items() if d.issued in on_date and d.start == start]
    assert len(match) == 1, stem
    return Report(number[1], issue_date(body), (match[0],), "date and trip")


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((LAO_CAI.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        for decision in report.decisions:
            assert decision not in out, report
            out[decision] = report
    return out


def pair_value(first: str, second: str) -> int:
    """ "02", "hai" or "hai", "02" → 2, checking that the words and the digits agree."""
    digits, words = (first, second) if first.isdigit() else (second, first)
    assert NUMBER_WORDS[words] == int(digits), (first, second)
    return int(digits)


@cache
def limits() -> dict[str, int]:
    text = squash(LAO_CAI.text(QUY_DINH))
    out = {}
    for kind, pattern in RULE_SENTENCES.items():
        m = re.search(pattern, text)
        assert m, kind
        out[kind] = pair_value(m[1], m[2])
    return out


@cache
def changes() -> dict[str, tuple[dt.date, int]]:
    """Rule kind → (the date from which the Công văn's value applies, the new value)."""
    text = squash(LAO_CAI.text(CONG_VAN))
    out = {}
    for kind, pattern in CHANGES.items():
        m = re.search(pattern, text)
        assert m, kind
        out[kind] = (slash_date(m[1]), pair_value(m[2], m[3]))
    return out


def limit(kind: str, day: dt.date, *, new_from: dt.date | None = None) -> int:
    """The limit in force for a trip whose deciding day (departure for size, return for the report) is `day`;
    `new_from` overrides the Công văn's date (to show which traps depend on it)."""
    if kind not in changes():
        return limits()[kind]
    since, value = changes()[kind]
    return value if day >= (new_from or since) else limits()[kind]


def payer_is_enterprise(funding: str) -> bool:
    """Whether a clause of the funding article has an enterprise as the one who pays (đài thọ)."""
    for clause in re.split(r"[;.] |: ", funding):
        if "đài thọ" not in clause:
            continue
        payer = clause.split(" đài thọ")[0].rsplit(" do ", 1)[-1]
        if re.match(r"(Công ty|Tập đoàn|[Dd]oanh nghiệp)\b", payer):
            return True
    return False


def recomputed_findings(new_from: dt.date | None = None) -> set[tuple[str, str, str | None]]:
    as_of = dt.date.fromisoformat(LAO_CAI.expected()["as_of"])
    found: set[tuple[str, str, str | None]] = set()
    per_leader: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for number, d in trips().items():
        assert d.start and d.end and d.submitted, number
        units = [key_unit(title) for _, title in d.members]
        for (name, _), unit in zip(d.members, units, strict=True):
            if unit and d.start.year == 2026:
                per_leader[name].append((d.start, number))
        if len(d.members) > limit("max_delegation_size", d.start, new_from=new_from):
            found.add(("max_delegation_size", number, None))
        where = countries(d)
        abroad = (d.end - d.start).days + 1 - 2
        if len(where) > limits()["max_countries_per_trip"]:
            found.add(("max_countries_per_trip", number, None))
        if len(where) == 1 and abroad > limits()["max_days_per_country"]:
            found.add(("max_days_per_country", number, None))
        assert len(where) == 1 or abroad - (len(where) - 1) <= limits()["max_days_per_country"], number
        lead = sum(LAO_CAI.working(d.submitted + dt.timedelta(k)) for k in range(1, (d.start - d.submitted).days))
        if lead < limits()["submission_lead_working_days"]:
            found.add(("submission_lead_working_days", number, None))
        due = LAO_CAI.nth_working_day_after(d.end, limit("report_deadline_working_days", d.end, new_from=new_from))
        report = reports().get(number)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", number, None))
        leaders = [u for u in units if u]
        if len(leaders) != len(set(leaders)):
            found.add(("no_two_key_leaders_same_unit", number, None))
        if payer_is_enterprise(d.funding):
            found.add(("no_enterprise_funded", number, None))
    for name, started in per_leader.items():
        for _, number in sorted(started)[limits()["max_trips_per_year"] :]:
            found.add(("max_trips_per_year", number, name))
    return found


def label_key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def test_scenario_blind15_quy_dinh_states_each_limit_in_words_and_digits() -> None:
    assert limits() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 8,
        "max_days_per_country": 5,
        "max_countries_per_trip": 3,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 10,
    }
    text = LAO_CAI.text(QUY_DINH)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" not in text
    assert "Số 08-QĐi/TU" in text and "T/M BAN THƯỜNG VỤ" in text
    assert "đồng thời giữ chức Bí thư Đảng ủy của chính cơ quan" in squash(text)


def test_scenario_blind15_cong_van_changes_two_limits_from_the_first_of_july() -> None:
    july = dt.date(2026, 7, 1)
    assert changes() == {"max_delegation_size": (july, 6), "report_deadline_working_days": (july, 5)}
    dispatches = [p.stem for p in sorted((LAO_CAI.folder / "texts").glob("00-*.txt"))]
    assert dispatches == [QUY_DINH, CONG_VAN]
    dated = [issue_date(LAO_CAI.text(s)) for s in dispatches]
    assert dated == sorted(dated) and dated[1] < july, "the Công văn is issued before the date it names"
    assert "Quy định số 08-QĐi/TU ngày 12/01/2026" in LAO_CAI.text(CONG_VAN)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, Bí thư Đảng ủy Sở", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Trưởng phòng Quản lý thương mại, Phó Bí thư Đảng ủy Sở Công Thương", None),
        ("Giám đốc Bệnh viện Đa khoa tỉnh Lào Cai", None),
        ("Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", None),
        ("Trưởng Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
        ("Phó Trưởng Ban Quản lý Khu kinh tế tỉnh", None),
        ("Bí thư Đảng ủy xã Y Tý", "xã Y Tý"),
        ("Chủ tịch UBND xã Y Tý", "xã Y Tý"),
        ("Bí thư Đảng ủy, Chủ tịch HĐND phường Cam Đường", "phường Cam Đường"),
        ("Phó Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Khương", None),
        ("Phó Chủ tịch UBND phường Cam Đường", None),
        ("Phó Chủ tịch UBND tỉnh", None),
    ],
)
def test_scenario_blind15_key_leader_follows_the_quy_dinh(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind15_trips_are_the_decisions_after_cancellation_and_amendments() -> None:
    labelled = {t["decision_number"]: t for t in LAO_CAI.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 28 and len(trips()) == 24
    assert {d.layout for d in trips().values()} == {"list", "table", "text"}
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number


def test_scenario_blind15_reports_link_one_by_a_mistyped_number_and_one_to_two_trips() -> None:
    distinct = {r.number: r for r in reports().values()}
    assert len(distinct) == 20
    assert {r.number for r in distinct.values() if r.how != "number"} == {"21/BC-BQLKKT"}
    assert [r.number for r in distinct.values() if len(r.decisions) == 2] == ["103/BC-SNgV"]


def test_scenario_blind15_findings_are_exactly_the_labelled_ones() -> None:
    labelled = [label_key(f) for f in LAO_CAI.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == 14
    assert set(labelled) == recomputed_findings()


def test_scenario_blind15_the_cong_van_date_decides_some_labels_both_ways() -> None:
    """Three breaches exist only under the new values, and the traps of June would be breaches if the new values
    applied from the Công văn's own date (18/6) or from the start of the year."""
    found = recomputed_findings()
    never = recomputed_findings(new_from=dt.date(2100, 1, 1))
    assert found - never == {
        ("max_delegation_size", "671/QĐ-UBND", None),
        ("report_deadline_working_days", "530/QĐ-UBND", None),
        ("report_deadline_working_days", "730/QĐ-UBND", None),
    }
    early = recomputed_findings(new_from=issue_date(LAO_CAI.text(CONG_VAN)))
    assert early - found == {
        ("max_delegation_size", "530/QĐ-UBND", None),
        ("report_deadline_working_days", "501/QĐ-UBND", None),
    }
    assert ("max_delegation_size", "501/QĐ-UBND", None) in recomputed_findings(new_from=dt.date(2026, 1, 1))


def test_scenario_blind15_person_only_on_trips_per_year() -> None:
    for f in LAO_CAI.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


def test_scenario_blind15_traps_are_not_findings() -> None:
    traps = LAO_CAI.expected()["not_findings"]
    assert len(traps) >= 35
    found = recomputed_findings()
    for trap in traps:
        assert trap["why"] and trap["decision_number"] in decisions(), trap
        assert label_key(trap) not in found, trap


def test_scenario_blind15_every_text_has_its_scan() -> None:
    LAO_CAI.check_scans(50, required=True)
