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
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

AN_GIANG = st.ScenarioTexts("scenario_blind18", frozenset({dt.date(2026, 8, 22)}))
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


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    party: bool
    article1: str
    funding: str
    private: bool = False


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
    a1 = st.squash(article[0])
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
        st.check_declared(a1, r"Thành phần đoàn gồm (\d+)", members, stem)
    return Decision(
        number=number[1],
        party="-QĐ/TU" in number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        article1=a1,
        members=members,
        start=ymd(period, 1) if period else None,
        end=ymd(period, 4) if period else None,
        funding=funding[1] if funding else "",
        private=private,
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
    )


# decisions(): Every decision as written: a postponed trip's first decision keeps its first start here (the lead's end).
# trips(): The business trips: a private trip sends no member; a cancellation and a postponement applied.
decisions, trips = st.trip_readers(AN_GIANG, read_decision)


def countries(d: Decision) -> set[str]:
    """Countries named in Điều 1 outside a "quá cảnh …" span: a transit country is not visited."""
    return st.named_countries(re.sub(r"quá cảnh [^;)]*", "", d.article1), COUNTRIES)


def read_report(stem: str) -> st.Report:
    """Every decision the report cites: by its number when that is a trip's, else the one trip whose decision was
    issued on the cited date and which starts on the date that follows the citation."""
    body = st.squash(AN_GIANG.text(stem))
    number = re.search(r"Số: (\S+)", body)
    assert number, stem
    linked, how = [], "number"
    for cite in re.finditer(rf"Quyết định số (\S+?),? ngày {DATE}", body):
        if cite[1] in trips():
            linked.append(cite[1])
            continue
        went = re.compile(rf"từ ngày {DATE}").search(body, cite.end())
        assert went, stem
        linked.append(st.trip_by_date(trips(), {ymd(cite, 2)}, ymd(went), stem))
        how = "date and trip"
    assert linked, stem
    return st.Report(number[1], st.issue_date(body), tuple(linked), how)


@cache
def reports() -> dict[str, st.Report]:
    return st.reports_of(AN_GIANG, read_report)


@cache
def limits() -> dict[str, dict[str, int]]:
    """Limits by body: "party" for Ban Thường vụ decisions, "state" for the Chủ tịch UBND tỉnh's (the Công văn's two
    values over the Quy định's)."""
    party = st.stated_limits(st.squash(AN_GIANG.text(PARTY_RULE)), PARTY_RULES, NUMBER_WORDS)
    return {
        "party": party,
        "state": party | st.stated_limits(st.squash(AN_GIANG.text(STATE_RULE)), STATE_RULES, NUMBER_WORDS),
    }


def enterprise_pays(funding: str, article1: str) -> bool:
    """A company (Công ty, Tập đoàn, doanh nghiệp) pays, or invites by name."""
    pays = st.firm_acts(funding, ("chi trả", "đài thọ"))
    return pays or bool(re.search(r"mời đích danh của (?:Công ty|Tập đoàn)", article1))


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip under its body's limits; trips a year count everyone in diện Ban Thường vụ, and the lead runs to
    the first decision's start even when the trip was postponed."""
    out = {}
    for n, d in trips().items():
        lim = limits()["party" if d.party else "state"]
        pays = enterprise_pays(d.funding, d.article1)
        dien = frozenset(name for name, title in d.members if in_dien(title))
        out[n] = st.TripFacts.of(
            AN_GIANG,
            d,
            reports().get(n),
            key_unit,
            countries(d),
            pays,
            lim,
            counted=dien,
            departure=decisions()[n].start,
        )
    return out


def test_scenario_blind18_rules_state_each_limit_in_words_and_digits_by_body() -> None:
    assert limits()["party"] == st.rule_limits(trips=2, size=8, days=5, countries=2, lead=15, report=7)
    assert limits()["state"] == limits()["party"] | {"max_delegation_size": 6, "report_deadline_working_days": 10}
    party, state = st.squash(AN_GIANG.text(PARTY_RULE)), st.squash(AN_GIANG.text(STATE_RULE))
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
    st.check_trips(AN_GIANG, facts())
    assert len(decisions()) == 26 and len(trips()) == 22
    assert [n for n, d in decisions().items() if d.private] == ["2414/QĐ-UBND"]


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
    assert st.linked_by_date(reports()) == {reports()["1636/QĐ-UBND"].number}
    assert "Người báo cáo" in AN_GIANG.text("bc-cn-01") and reports()["1848/QĐ-UBND"].number == "01/BC-CN"


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind18_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(AN_GIANG, part, st.recompute(AN_GIANG, facts().values()), decisions(), findings=14, traps=60)


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
        assert d.submitted and d.start and AN_GIANG.lead(d.submitted, d.start) == want, number
    d = t["1074/QĐ-UBND"]
    assert d.submitted and d.start
    assert st.weekdays_between(d.submitted, d.start) == 15
    assert AN_GIANG.working(dt.date(2026, 8, 22)) and not AN_GIANG.working(dt.date(2026, 11, 24))
    assert AN_GIANG.nth_working_day_after(dt.date(2026, 11, 11), 10) == dt.date(2026, 11, 26)
    assert AN_GIANG.nth_working_day_after(dt.date(2026, 8, 27), 7) == dt.date(2026, 9, 10)
    first_end = decisions()["1885/QĐ-UBND"].end
    assert first_end and reports()["1885/QĐ-UBND"].dated > AN_GIANG.nth_working_day_after(first_end, 10)
    assert countries(t["2129/QĐ-UBND"]) == {"Lào", "Cam-pu-chia"} and "quá cảnh" in t["2129/QĐ-UBND"].article1


def test_scenario_blind18_labels_name_people_without_degrees() -> None:
    st.check_bare_names(AN_GIANG, r"(?:GS|PGS|TS|ThS)\.")


def test_scenario_blind18_every_text_has_its_scan() -> None:
    AN_GIANG.check_scans(47, required=False)
