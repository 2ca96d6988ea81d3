"""The An Giang 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the party Quy định (every body) and the
UBND Công văn (delegation size and report deadline of delegations the Chủ tịch UBND tỉnh sends), chosen by the body
that issued each decision; cán bộ diện Ban Thường vụ and key leaders from the titles (two offices in one "Chức vụ"
cell, a deputy who is bí thư counts); trips from three layouts with a cancellation, a postponement and a private trip
applied; countries without transit; reports linked by the decisions they cite (a Sở Ngoại vụ summary cites several,
one report cites a mistyped number and is linked by the decision's date and the trip's start); deadlines and leads in
working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests.scenario_texts import ScenarioTexts, issue_date

AN_GIANG = ScenarioTexts("scenario_blind18", frozenset({dt.date(2026, 8, 22)}))
PARTY_RULE, STATE_RULE = "00-1-qdi-09-tu", "00-2-cv-412-ubnd"
NUMBER_WORDS = {"hai": 2, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "mười": 10, "mười lăm": 15}
PARTY_RULES = {
    "max_trips_per_year": r"đi công tác nước ngoài không quá ([\w ]+?) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"số thành viên của mỗi đoàn không quá ([\w ]+?) \((\d+)\) người",
    "max_days_per_country": r"Thời gian công tác tại mỗi nước không quá ([\w ]+?) \((\d+)\) ngày",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá ([\w ]+?) \((\d+)\) nước",
    "submission_lead_working_days": r"ít nhất ([\w ]+?) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất ([\w ]+?) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
STATE_RULES = {
    "max_delegation_size": r"có số thành viên không quá ([\w ]+?) \((\d+)\) người",
    "report_deadline_working_days": r"chậm nhất ([\w ]+?) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
COUNTRIES = {"Cam-pu-chia": "Cam-pu-chia", "Lào": "Lào", "Thái Lan": "Thái Lan", "Đại Hàn Dân Quốc": "Hàn Quốc"}
DATE = r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})"
LIST_MEMBER = re.compile(r"^\d+\. (?:Ông|Bà|Đồng chí) (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.M)
TABLE_MEMBER = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+)(?:\t[^\n]*)?$", re.M)
DIEN = re.compile(
    r"^(?:Phó )?(?:Trưởng Ban .+ Tỉnh ủy|Chánh Văn phòng (?:Tỉnh ủy|Ủy ban nhân dân tỉnh)|Chủ nhiệm Ủy ban Kiểm tra "
    r"Tỉnh ủy|Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Chủ tịch Ủy ban nhân dân tỉnh|Bí thư Tỉnh ủy|Giám đốc Sở"
    r"|Bí thư(?: Thường trực)? Đảng ủy|Chủ tịch (?:Hội đồng nhân dân|Ủy ban nhân dân) (?:xã|phường|đặc khu) )"
)
"""An office Điều 2 khoản 3 of the Quy định puts in diện Ban Thường vụ (trưởng/phó phòng, chuyên viên fail it)."""
KEY = re.compile(
    r"^(?:Bí thư (?:Chi bộ|Đảng ủy) (?P<so>Sở .+)|Bí thư Đảng ủy(?P<bt> .+)?|Bí thư Tỉnh ủy(?P<tinh>)"
    r"|Chủ tịch Ủy ban nhân dân (?P<ub>tỉnh|(?:xã|phường|đặc khu) .+)|Giám đốc (?P<gd>Sở .+)"
    r"|Trưởng Ban (?P<ban>.+ Tỉnh ủy)|Chủ tịch (?P<mt>Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh))$"
)
"""An office Điều 5 khoản 1 makes a key leader: bí thư cấp ủy or head; Phó …, Phó Bí thư fail it."""


def squash(text: str) -> str:
    return " ".join(text.split())


def ymd(m: re.Match[str], at: int = 1) -> dt.date:
    return dt.date(int(m[at + 2]), int(m[at + 1]), int(m[at]))


def expand(title: str) -> str:
    return title.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân")


def offices(title: str) -> list[str]:
    return [p.strip() for p in expand(title).split(", ")]


def in_dien(title: str) -> bool:
    return any(DIEN.match(p) for p in offices(title))


def key_unit(title: str) -> str | None:
    """The unit whose key leader the title makes its holder; a bare "Bí thư Đảng ủy" takes the commune named at the
    end of the cell ("Bí thư Đảng ủy, Chủ tịch HĐND xã Vĩnh Xương")."""
    place = re.search(r"(?:xã|phường|đặc khu) [^,]+$", expand(title))
    for part in offices(title):
        m = KEY.match(part)
        if not m:
            continue
        if m["tinh"] is not None or m["ub"] == "tỉnh":
            return "tỉnh An Giang"
        if m["bt"] is not None or (m.group(0) == "Bí thư Đảng ủy" and place):
            return (m["bt"] or "").strip() or (place[0] if place else None)
        return next(g for g in (m["so"], m["ub"], m["gd"], m["ban"], m["mt"]) if g)
    return None


@dataclass
class Decision:
    number: str
    party: bool
    issued: dt.date
    submitted: dt.date | None
    article1: str
    members: list[tuple[str, str]]
    start: dt.date | None
    end: dt.date | None
    funding: str
    private: bool = False
    cancels: str | None = None
    amends: str | None = None


def running_members(article1: str) -> list[tuple[str, str]]:
    """ "Cử đoàn … gồm các ông, bà: A, title (Trưởng đoàn); B, title đi công tác tại …" or "Cử bà A, title đi …"."""
    group = re.match(r"Điều 1\. Cử đoàn công tác gồm các (?:ông, bà|đồng chí): (.+?) đi công tác tại", article1)
    single = re.match(r"Điều 1\. Cử (?:ông|bà) (.+?) đi công tác tại", article1)
    span = group or single
    assert span, article1
    out = []
    for part in span[1].split("; "):
        name, title = part.split(", ", 1)
        out.append((name, title.removesuffix(" (Trưởng đoàn)")))
    return out


def read_decision(stem: str) -> Decision:
    body = AN_GIANG.text(stem)
    number = re.search(r"^Số:? (\S+)\t", body, re.M)
    article = re.search(r"^Điều 1\. .+?(?=^Điều 2\.)", body, re.M | re.S)
    assert number and article, stem
    a1 = squash(article[0])
    submitted = re.search(rf"Tờ trình số \S+?,? ngày {DATE}", body)
    funding = re.search(r"^Điều 2\. Kinh phí: (.+)$", body, re.M)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+?),", a1)
    amends = re.match(r"Điều 1\. Điều chỉnh .*?Quyết định số (\S+) ngày", a1)
    moved = re.search(rf"thành từ ngày {DATE} đến ngày {DATE}", a1)
    period = moved or re.search(rf"từ ngày {DATE} đến ngày {DATE}", a1)
    private = "về việc riêng" in a1
    members: list[tuple[str, str]] = []
    if not (cancels or amends or private):
        members = [(m["name"], m["title"]) for m in LIST_MEMBER.finditer(article[0])]
        rows = [(m["name"], m["title"]) for m in TABLE_MEMBER.finditer(article[0]) if m["name"] != "Họ và tên"]
        members = members or rows or running_members(a1)
        declared = re.search(r"Thành phần đoàn gồm (\d+)", a1)
        assert not declared or int(declared[1]) == len(members), stem
    return Decision(
        number=number[1],
        party="-QĐ/TU" in number[1],
        issued=issue_date(body),
        submitted=ymd(submitted) if submitted else None,
        article1=a1,
        members=members,
        start=ymd(period, 1) if period else None,
        end=ymd(period, 4) if period else None,
        funding=funding[1] if funding else "",
        private=private,
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
    )


@cache
def decisions() -> dict[str, Decision]:
    stems = sorted(p.stem for p in (AN_GIANG.folder / "texts").glob("qd-*.txt"))
    return {d.number: d for d in map(read_decision, stems)}


@cache
def first_dates() -> dict[str, tuple[dt.date, dt.date]]:
    """Each trip decision's own dates, before any postponement."""
    return {n: (d.start, d.end) for n, d in decisions().items() if d.start and d.end and d.members}


@cache
def trips() -> dict[str, Decision]:
    """The business trips: private trips and cancelled decisions dropped, a postponement applied to the first
    decision (which keeps its number)."""
    out = {n: d for n, d in decisions().items() if d.members}
    for d in decisions().values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            out[d.amends] = replace(out[d.amends], start=d.start, end=d.end)
    return out


def countries(d: Decision) -> set[str]:
    """Countries named in Điều 1 outside a "quá cảnh …" span: a transit country is not visited."""
    text = re.sub(r"quá cảnh [^;)]*", "", d.article1)
    return {label for written, label in COUNTRIES.items() if re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text)}


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    decisions: tuple[str, ...]
    by_date: tuple[str, ...]


def read_report(stem: str) -> Report:
    """Every decision the report cites: by its number when that is a trip's, else the one trip whose decision was
    issued on the cited date and which starts on the date that follows the citation."""
    body = squash(AN_GIANG.text(stem))
    number = re.search(r"Số: (\S+)", body)
    assert number, stem
    linked, fallback = [], []
    for cite in re.finditer(rf"Quyết định số (\S+?),? ngày {DATE}", body):
        if cite[1] in trips():
            linked.append(cite[1])
            continue
        went = re.compile(rf"từ ngày {DATE}").search(body, cite.end())
        assert went, stem
        match = [n for n, d in trips().items() if d.issued == ymd(cite, 2) and d.start == ymd(went)]
        assert len(match) == 1, stem
        linked.append(match[0])
        fallback.append(match[0])
    assert linked, stem
    return Report(number[1], issue_date(body), tuple(linked), tuple(fallback))


@cache
def reports() -> dict[str, Report]:
    """Decision number → its report."""
    out: dict[str, Report] = {}
    for path in sorted((AN_GIANG.folder / "texts").glob("bc-*.txt")):
        report = read_report(path.stem)
        for number in report.decisions:
            assert number not in out, report
            out[number] = report
    return out


def value(text: str, pattern: str, kind: str) -> int:
    m = re.search(pattern, squash(text))
    assert m, kind
    assert NUMBER_WORDS[m[1]] == int(m[2]), kind
    return int(m[2])


@cache
def limits() -> dict[str, dict[str, int]]:
    """Limits by body: "party" for Ban Thường vụ decisions, "state" for the Chủ tịch UBND tỉnh's (the Công văn's two
    values over the Quy định's)."""
    party = {kind: value(AN_GIANG.text(PARTY_RULE), p, kind) for kind, p in PARTY_RULES.items()}
    state = party | {kind: value(AN_GIANG.text(STATE_RULE), p, kind) for kind, p in STATE_RULES.items()}
    return {"party": party, "state": state}


def enterprise_pays(funding: str, article1: str) -> bool:
    """A company (Công ty, Tập đoàn, doanh nghiệp) pays, or invites by name."""
    pays = re.search(r"(?:Công ty|Tập đoàn|doanh nghiệp)[^;.]*?(?:chi trả|đài thọ)", funding)
    return bool(pays or re.search(r"mời đích danh của (?:Công ty|Tập đoàn)", article1))


def lead(submitted: dt.date, start: dt.date) -> int:
    return sum(AN_GIANG.working(submitted + dt.timedelta(k)) for k in range(1, (start - submitted).days))


def recomputed_findings() -> set[tuple[str, str, str | None]]:
    as_of = dt.date.fromisoformat(AN_GIANG.expected()["as_of"])
    found: set[tuple[str, str, str | None]] = set()
    per_person: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for number, d in trips().items():
        assert d.start and d.end and d.submitted, number
        lim = limits()["party" if d.party else "state"]
        for name, title in d.members:
            if in_dien(title) and d.start.year == 2026:
                per_person[name].append((d.start, number))
        if len(d.members) > lim["max_delegation_size"]:
            found.add(("max_delegation_size", number, None))
        where = countries(d)
        abroad = (d.end - d.start).days + 1 - 2
        if len(where) > lim["max_countries_per_trip"]:
            found.add(("max_countries_per_trip", number, None))
        if len(where) == 1 and abroad > lim["max_days_per_country"]:
            found.add(("max_days_per_country", number, None))
        assert len(where) == 1 or abroad - (len(where) - 1) <= lim["max_days_per_country"], number
        if lead(d.submitted, first_dates()[number][0]) < lim["submission_lead_working_days"]:
            found.add(("submission_lead_working_days", number, None))
        due = AN_GIANG.nth_working_day_after(d.end, lim["report_deadline_working_days"])
        report = reports().get(number)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", number, None))
        units = [u for u in (key_unit(title) for _, title in d.members) if u]
        if len(units) != len(set(units)):
            found.add(("no_two_key_leaders_same_unit", number, None))
        if enterprise_pays(d.funding, d.article1):
            found.add(("no_enterprise_funded", number, None))
    for name, started in per_person.items():
        for _, number in sorted(started)[limits()["party"]["max_trips_per_year"] :]:
            found.add(("max_trips_per_year", number, name))
    return found


def label_key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return (f["rule_kind"], f["decision_number"], f.get("person"))


def test_scenario_blind18_rules_state_each_limit_in_words_and_digits_by_body() -> None:
    assert limits()["party"] == {
        "max_trips_per_year": 2,
        "max_delegation_size": 8,
        "max_days_per_country": 5,
        "max_countries_per_trip": 2,
        "submission_lead_working_days": 15,
        "report_deadline_working_days": 7,
    }
    assert limits()["state"] == limits()["party"] | {"max_delegation_size": 6, "report_deadline_working_days": 10}
    party, state = squash(AN_GIANG.text(PARTY_RULE)), squash(AN_GIANG.text(STATE_RULE))
    assert "trừ trường hợp Ủy ban nhân dân tỉnh có quy định cụ thể khác" in party
    assert "nước quá cảnh không tính là nước đến" in party
    assert "trừ trường hợp cấp phó đồng thời là bí thư cấp ủy" in party
    assert "về việc riêng" in party and "không tính vào số lần đi công tác" in party
    assert "áp dụng đối với các đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử" in state
    assert "Các nội dung khác (số lần đi nước ngoài, thời gian, số nước đến" in state


@pytest.mark.parametrize(
    ("title", "unit", "dien"),
    [
        ("Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh", "tỉnh An Giang", True),
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", None, True),
        ("Bí thư Đảng ủy, Chủ tịch HĐND xã Vĩnh Xương", "xã Vĩnh Xương", True),
        ("Phó Bí thư Đảng ủy, Chủ tịch UBND xã Vĩnh Xương", "xã Vĩnh Xương", True),
        ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân xã Khánh Bình", None, True),
        ("Phó Bí thư Đảng ủy xã Vĩnh Xương", None, True),
        ("Phó Giám đốc Sở, Bí thư Chi bộ Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", True),
        ("Giám đốc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", True),
        ("Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", None, True),
        ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", True),
        ("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tuyên giáo và Dân vận Tỉnh ủy", True),
        ("Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", None, True),
        ("Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", None, True),
        ("Trưởng phòng Lãnh sự và Người Việt Nam ở nước ngoài, Sở Ngoại vụ", None, False),
        ("Chuyên viên Phòng Hợp tác quốc tế, Sở Ngoại vụ", None, False),
        ("Phó Trưởng phòng Dân tộc - Tôn giáo, Cơ quan Ủy ban MTTQ Việt Nam tỉnh", None, False),
        ("Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", None, False),
    ],
)
def test_scenario_blind18_key_leader_and_dien_follow_the_quy_dinh(title: str, unit: str | None, dien: bool) -> None:
    assert key_unit(title) == unit
    assert in_dien(title) == dien


def test_scenario_blind18_trips_are_the_decisions_after_cancellation_postponement_and_private_trip() -> None:
    labelled = {t["decision_number"]: t for t in AN_GIANG.expected()["trips"]}
    assert set(labelled) == set(trips())
    assert len(decisions()) == 26 and len(trips()) == 22
    assert [n for n, d in decisions().items() if d.private] == ["2414/QĐ-UBND"]
    for number, d in trips().items():
        label = labelled[number]
        assert [m[0] for m in d.members] == label["members"], number
        assert (d.start, d.end) == tuple(dt.date.fromisoformat(label[k]) for k in ("start", "end")), number
        assert countries(d) == set(label["countries"]), number
        report = reports().get(number)
        assert (report.number if report else None) == label["report"], number


def test_scenario_blind18_layouts_bodies_and_signers_vary() -> None:
    bodies = {n: AN_GIANG.text(f"qd-{n.split('/')[0].replace('Đ', 'D').lower()}") for n in trips()}
    listed = [n for n, b in bodies.items() if LIST_MEMBER.search(b)]
    tabled = [n for n, b in bodies.items() if "\nTT\tHọ và tên\tChức vụ" in b]
    assert len(listed) >= 6 and len(tabled) >= 6 and len(trips()) - len(listed) - len(tabled) >= 6
    assert sum(d.party for d in trips().values()) == 6
    assert any(
        "\tBí thư Đảng ủy, Chủ tịch HĐND xã" in b or "\tBí thư Đảng ủy, Chủ tịch Hội đồng" in b for b in bodies.values()
    )
    assert any("\nT/M BAN THƯỜNG VỤ\t" in b or "\tT/M BAN THƯỜNG VỤ\n" in b for b in bodies.values())
    assert any("\tKT. CHỦ TỊCH\n" in b for b in bodies.values())


def test_scenario_blind18_reports_summaries_personal_and_mistyped() -> None:
    distinct = {r.number: r for r in reports().values()}
    assert len(distinct) == 19
    assert sorted(len(r.decisions) for r in distinct.values())[-2:] == [2, 2]
    assert {r.number for r in distinct.values() if r.by_date} == {reports()["1636/QĐ-UBND"].number}
    assert "Người báo cáo" in AN_GIANG.text("bc-cn-01") and reports()["1848/QĐ-UBND"].number == "01/BC-CN"


def test_scenario_blind18_findings_are_exactly_the_labelled_ones() -> None:
    labelled = [label_key(f) for f in AN_GIANG.expected()["findings"]]
    assert len(labelled) == len(set(labelled)) == 14
    assert set(labelled) == recomputed_findings()


def test_scenario_blind18_scope_by_body_decides_four_labels() -> None:
    """Under one body's values for every trip the labels would differ: the scope is what the scenario tests."""
    t = trips()
    assert len(t["1687/QĐ-UBND"].members) == 7 and len(t["136-QĐ/TU"].members) == 7
    back = {n: AN_GIANG.nth_working_day_after(t[n].end, 7) for n in ("691/QĐ-UBND", "211-QĐ/TU")}  # type: ignore[arg-type]
    assert reports()["691/QĐ-UBND"].dated > back["691/QĐ-UBND"]
    assert reports()["211-QĐ/TU"].dated <= AN_GIANG.nth_working_day_after(t["211-QĐ/TU"].end, 10)  # type: ignore[arg-type]


def test_scenario_blind18_boundaries_hold_on_the_calendar() -> None:
    t = trips()
    for number, want in (("497/QĐ-UBND", 15), ("2129/QĐ-UBND", 15), ("1074/QĐ-UBND", 12)):
        d = t[number]
        assert d.submitted and d.start and lead(d.submitted, d.start) == want, number
    d = t["1074/QĐ-UBND"]
    assert d.submitted and d.start
    assert sum((d.submitted + dt.timedelta(k)).weekday() < 5 for k in range(1, (d.start - d.submitted).days)) == 15
    assert AN_GIANG.working(dt.date(2026, 8, 22)) and not AN_GIANG.working(dt.date(2026, 11, 24))
    assert AN_GIANG.nth_working_day_after(dt.date(2026, 11, 11), 10) == dt.date(2026, 11, 26)
    assert AN_GIANG.nth_working_day_after(dt.date(2026, 8, 27), 7) == dt.date(2026, 9, 10)
    first_end = first_dates()["1885/QĐ-UBND"][1]
    assert reports()["1885/QĐ-UBND"].dated > AN_GIANG.nth_working_day_after(first_end, 10)
    assert countries(t["2129/QĐ-UBND"]) == {"Lào", "Cam-pu-chia"} and "quá cảnh" in t["2129/QĐ-UBND"].article1


def test_scenario_blind18_person_only_on_trips_per_year() -> None:
    for f in AN_GIANG.expected()["findings"]:
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


def test_scenario_blind18_traps_are_not_findings() -> None:
    traps = AN_GIANG.expected()["not_findings"]
    assert len(traps) >= 40
    found = recomputed_findings()
    for trap in traps:
        assert trap["why"] and trap["decision_number"] in decisions(), trap
        assert label_key(trap) not in found, trap


def test_scenario_blind18_labels_name_people_without_degrees() -> None:
    for trip in AN_GIANG.expected()["trips"]:
        assert not any(re.match(r"(?:GS|PGS|TS|ThS)\.", name) for name in trip["members"]), trip


def test_scenario_blind18_every_text_has_its_scan() -> None:
    AN_GIANG.check_scans(47, required=False)
