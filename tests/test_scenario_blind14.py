"""The Khánh Hòa 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the dispatch's words and digits, key
leaders from the title beside each name under the dispatch's definition (a deputy who is Bí thư đảng ủy is in, a
hospital director is out), trips from the decisions with a cancellation and two amendments applied, reports linked
by the number they cite or, when that number is no decision's, by the decision's date and the trip's start, and
deadlines and leads in working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, issue_date, slash_date

KHANH_HOA = ScenarioTexts("scenario_blind14", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-qd-05-2026-ubnd"
NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "mười": 10}
RULE_SENTENCES = {
    "max_trips_per_year": r"Lãnh đạo chủ chốt chỉ được đi công tác nước ngoài tối đa (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"không được vượt quá (\w+) \((\d+)\) người, kể cả trưởng đoàn và phiên dịch",
    "max_days_per_country": r"mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá (\w+) \((\d+)\) nước",
    "submission_lead_working_days": r"chậm nhất là (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
COUNTRIES = {
    "Hà Lan": "Hà Lan",
    "Nhật Bản": "Nhật Bản",
    "Xinh-ga-po": "Xinh-ga-po",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Ma-lai-xi-a": "Ma-lai-xi-a",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "Trung Quốc": "Trung Quốc",
    "Trung Hoa": "Trung Quốc",
    "Thái Lan": "Thái Lan",
    "Lào": "Lào",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Đức": "Đức",
    "Pháp": "Pháp",
    "Bỉ": "Bỉ",
    "Liên bang Nga": "Liên bang Nga",
    "Ấn Độ": "Ấn Độ",
    "Campuchia": "Campuchia",
}
"""A country as the decision's Điều 1 writes it → the label's name."""
MEMBER_LINE = re.compile(
    r"^(?:\d+\. |- )(?:Ông|Bà) (?P<name>[^,]+?)(?:, | - )(?P<title>.+?)(?: - Trưởng đoàn| \(Trưởng đoàn\))?;$"
    r"|^\d+\t(?:Ông|Bà) (?P<tname>[^\t]+)\t(?P<ttitle>[^\t]+)\t",
    re.MULTILINE,
)
HEAD_POST = re.compile(
    r"^(?:Giám đốc (Sở .+)|Trưởng (Ban Quản lý Khu kinh tế .+)|Bí thư (?:Đảng ủy|đảng ủy|Chi bộ|chi bộ) (.+)"
    r"|Chủ tịch (?:UBND|Ủy ban nhân dân) ((?:xã|phường|đặc khu) .+))$"
)
"""A post the dispatch's Điều 3.2 lists among key leaders; every deputy ("Phó …") and a head of a hospital, centre
or school fails it."""
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
    cancels: str | None = None
    amends: str | None = None
    dropped: list[str] = field(default_factory=list)


def squash(text: str) -> str:
    return " ".join(text.split())


def read_decision(stem: str) -> Decision:
    body = KHANH_HOA.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. (.+)$", body, re.MULTILINE)
    assert number and article1, stem
    submitted = re.search(rf"Tờ trình số \S+ ngày ({SLASH})", body)
    period = re.search(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", body)
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.MULTILINE)
    cancels = re.match(r"Hủy bỏ Quyết định số (\S+)", article1[1])
    amends = re.match(r"Điều chỉnh .*?Quyết định số (\S+)", article1[1])
    members = [(m["name"] or m["tname"], m["title"] or m["ttitle"]) for m in MEMBER_LINE.finditer(body)]
    return Decision(
        number=number[1],
        issued=issue_date(body),
        submitted=slash_date(submitted[1]) if submitted else None,
        where=article1[1],
        members=members,
        start=slash_date(period[1]) if period else None,
        end=slash_date(period[2]) if period else None,
        funding=funding[1] if funding else "",
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        dropped=re.findall(r"không cử (?:ông|bà) ([^,]+),", article1[1]),
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (KHANH_HOA.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def trips() -> dict[str, Decision]:
    """The trips that took place: cancelled decisions dropped, amendments applied to the first decision."""
    out = {n: d for n, d in decisions().items() if d.members}
    for d in decisions().values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            first = out[d.amends]
            kept = [m for m in first.members if m[0] not in d.dropped]
            moved = {"start": d.start, "end": d.end} if d.start and d.end else {}
            out[d.amends] = replace(first, members=kept, **moved)
    return out


def countries(d: Decision) -> set[str]:
    return {label for written, label in COUNTRIES.items() if re.search(rf"(?<!\w){re.escape(written)}(?!\w)", d.where)}


def key_unit(title: str) -> str | None:
    """The unit a key leader heads (by the dispatch's definition), or None for anyone else."""
    posts = [p.strip() for p in title.split(",")]
    for post in posts:
        m = HEAD_POST.match(post)
        if not m:
            continue
        unit = next(g for g in m.groups() if g)
        if unit == "Sở":  # "Phó Giám đốc Sở Y tế, Bí thư Đảng ủy Sở": the sở named by the other post
            named = [s for p in posts for s in re.findall(r"Sở [^,]+", p) if s != "Sở"]
            assert len(set(named)) == 1, title
            unit = named[0]
        return unit
    return None


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    decision: str
    how: str


def read_report(stem: str) -> Report:
    """The report's decision: the number it cites when that is a decision's, else the one decision issued on the
    cited date whose trip starts on the day the report names."""
    body = squash(KHANH_HOA.text(stem))
    number = re.search(r"Số: (\S+)", body)
    by_number = re.search(rf"Quyết định số (\S+) ngày ({SLASH})", body)
    by_date = re.search(rf"Quyết định ngày ({SLASH}) của Chủ tịch Ủy ban nhân dân tỉnh", body)
    went = re.search(rf"từ ngày ({SLASH}) đến ngày ({SLASH})", body)
    assert number and went and (by_number or by_date), stem
    if by_number and by_number[1] in trips():
        return Report(number[1], issue_date(body), by_number[1], "number")
    cited = slash_date(by_number[2] if by_number else by_date[1])
    start = slash_date(went[1])
    match = [n for n, d in trips().items() if d.issued == cited and d.start == start]
    assert len(match) == 1, stem
    return Report(number[1], issue_date(body), match[0], "date and trip")


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((KHANH_HOA.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        assert report.decision not in out, report
        out[report.decision] = report
    return out


@cache
def limits() -> dict[str, int]:
    text = squash(KHANH_HOA.text(DISPATCH))
    out = {}
    for kind, pattern in RULE_SENTENCES.items():
        m = re.search(pattern, text)
        assert m, kind
        assert NUMBER_WORDS[m[1]] == int(m[2]), kind
        out[kind] = int(m[2])
    return out


def payer_is_enterprise(funding: str) -> bool:
    """Whether a clause of the funding article has an enterprise as the one who pays (đài thọ)."""
    for clause in re.split(r"[;.] ", funding):
        if "đài thọ" not in clause:
            continue
        payer = clause.split(" đài thọ")[0].rsplit(" do ", 1)[-1]
        if re.match(r"(Công ty|Tập đoàn|[Dd]oanh nghiệp)\b", payer):
            return True
    return False


def recomputed_findings() -> set[tuple[str, str, str | None]]:
    lim = limits()
    as_of = dt.date.fromisoformat(KHANH_HOA.expected()["as_of"])
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
        lead = sum(KHANH_HOA.working(d.submitted + dt.timedelta(k)) for k in range(1, (d.start - d.submitted).days))
        if lead < lim["submission_lead_working_days"]:
            found.add(("submission_lead_working_days", number, None))
        due = KHANH_HOA.nth_working_day_after(d.end, lim["report_deadline_working_days"])
        report = reports().get(number)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", number, None))
        leaders = [u for u in units if u]
        if len(leaders) != len(set(leaders)):
            found.add(("no_two_key_leaders_same_unit", number, None))
        if payer_is_enterprise(d.funding):
            found.add(("no_enterprise_funded", number, None))
    for name, started in per_leader.items():
        for _, number in sorted(started)[lim["max_trips_per_year"] :]:
            found.add(("max_trips_per_year", number, name))
    return found


def label_key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def test_scenario_blind14_dispatch_states_each_limit_in_words_and_digits() -> None:
    assert limits() == {
        "max_trips_per_year": 2,
        "max_delegation_size": 10,
        "max_days_per_country": 4,
        "max_countries_per_trip": 3,
        "submission_lead_working_days": 7,
        "report_deadline_working_days": 10,
    }
    text = squash(KHANH_HOA.text(DISPATCH))
    assert "Lãnh đạo chủ chốt trong Quy chế này là người đứng đầu cấp ủy" in text
    deputy_secretary = "cấp phó đồng thời giữ chức Bí thư đảng ủy của cơ quan, đơn vị thì vẫn được xác định là"
    assert f"{deputy_secretary} lãnh đạo chủ chốt" in text


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Phó Giám đốc Sở Y tế, Bí thư Đảng ủy Sở", "Sở Y tế"),
        ("Bí thư Đảng ủy Sở Y tế, Phó Giám đốc Sở Y tế", "Sở Y tế"),
        ("Phó Giám đốc Sở Y tế, Phó Bí thư Đảng ủy Sở", None),
        ("Giám đốc Bệnh viện Đa khoa tỉnh", None),
        ("Bí thư Đảng ủy phường Cam Ranh", "phường Cam Ranh"),
        ("Chủ tịch UBND phường Bắc Cam Ranh", "phường Bắc Cam Ranh"),
        ("Phó Bí thư Thường trực Đảng ủy xã Ninh Hải", None),
        ("Phó Chủ tịch UBND tỉnh", None),
        ("Trưởng Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu kinh tế Vân Phong"),
        ("Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong", None),
        ("Trưởng phòng Quản lý thương mại, Sở Công Thương", None),
    ],
)
def test_scenario_blind14_key_leader_follows_the_dispatch_definition(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind14_trips_are_the_decisions_after_cancellation_and_amendments() -> None:
    labelled = {t["decision_number"]: t for t in KHANH_HOA.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 26 and len(trips()) == 22
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number


def test_scenario_blind14_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 19
    fallback = {r.number for r in reports().values() if r.how != "number"}
    assert fallback == {"52/BC-SCT", "44/BC-SVHTTDL"}


def test_scenario_blind14_findings_are_exactly_the_labelled_ones() -> None:
    labelled = [label_key(f) for f in KHANH_HOA.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == 13
    assert set(labelled) == recomputed_findings()


def test_scenario_blind14_person_only_on_trips_per_year() -> None:
    for f in KHANH_HOA.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


def test_scenario_blind14_traps_are_not_findings() -> None:
    traps = KHANH_HOA.expected()["not_findings"]
    assert len(traps) >= 40
    found = recomputed_findings()
    for trap in traps:
        assert trap["why"] and trap["decision_number"] in decisions(), trap
        assert label_key(trap) not in found, trap


def test_scenario_blind14_every_text_has_its_scan() -> None:
    KHANH_HOA.check_scans(46, required=False)
