"""The Bộ Nội vụ 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định Quyết định 145/QĐ-BNV
issues (in force from 01/02/2026), with the days in a country and the lead that Quyết định 1480/QĐ-BNV changes for
the delegations departing from 01/8/2026; the key leaders by the Quy định's two groups (nhóm a two trips a year, nhóm
b — the Giám đốc Học viện and the Hiệu trưởng — three; a deputy only when Bí thư Đảng ủy; the head of a Cục's trung
tâm, a Phó Bí thư and the Thứ trưởng out); the members from four layouts (numbered list with "Ông", "Bà" or "Đồng
chí", ruled table, running prose, an annex "Danh sách kèm theo"); the cancelled decision dropped; a firm paying only
when Vietnamese; reports linked by the number they cite, or by the decision's date and issuer when the number is
wrong or absent, one report for two decisions; the lead and report deadlines in working days (holidays VN with its
make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

BO_NOI_VU = st.ScenarioTexts("scenario_blind44", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, SUA_DOI = "00-1-qd-145-bnv", "00-2-qd-1480-bnv"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10}
QUY_DINH_RULES = {
    "max_trips_per_year": r"mỗi người được cử đi không vượt quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"Số người của một đoàn tối đa là (\w+) người, đã bao gồm người phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn chỉ đến không vượt quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"lưu lại ở mỗi nước không quá (\w+) ngày, ngày đi và ngày về không tính",
    "submission_lead_working_days": r"chậm nhất là (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"chậm nhất sau (\w+) ngày làm việc kể từ ngày đoàn về nước",
}
"""The Quy định's sentence of each limit: words alone ("mười", "năm", "bảy") or words and digits ("hai (02)")."""
NHOM_B = r"Lãnh đạo chủ chốt nhóm b: tối đa (\w+) lần trong năm"
SUA_DOI_RULES = {
    "max_days_per_country": r"lưu lại ở mỗi nước không quá (\w+) \((\d+)\) ngày, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất là (\d+) ngày làm việc trước ngày dự kiến xuất cảnh",
}
RESTATED = {
    "max_trips_per_year": r"nhóm a không quá (\d+) lần/năm",
    "max_delegation_size": r"mỗi đoàn không quá (\d+) người kể cả phiên dịch",
    "max_countries_per_trip": r"không quá (\d+) nước",
    "report_deadline_working_days": r"báo cáo trong (\d+) ngày làm việc",
}
"""What 1480 changes (for departures from 01/8/2026) and what its Điều 2 restates in digits."""

COUNTRY_FORMS = {
    "Cộng hòa Dân chủ Nhân dân Lào": "Lào",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Nhật Bản": "Nhật Bản",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Cộng hòa Liên bang Đức": "Đức",
    "Liên bang Thụy Sĩ": "Thụy Sĩ",
    "Cộng hòa Nhân dân Trung Hoa": "Trung Quốc",
    "Cộng hòa Xinh-ga-po": "Xinh-ga-po",
    "Ru-ma-ni": "Ru-ma-ni",
    "Ba Lan": "Ba Lan",
    "Hung-ga-ri": "Hung-ga-ri",
    "Cộng hòa Áo": "Áo",
    "Vương quốc Hà Lan": "Hà Lan",
    "Cộng hòa Pháp": "Pháp",
    "Cộng hòa Ê-xtô-ni-a": "Ê-xtô-ni-a",
    "Vương quốc Thái Lan": "Thái Lan",
}
"""A destination as the decisions write it → the label's name."""
KEY_POSTS = re.compile(
    r"^(?:Chánh (?P<vp>Văn phòng Bộ)|Vụ trưởng (?P<vu>Vụ .+)|Cục trưởng (?P<cuc>Cục .+)"
    r"|(?:Phó (?:Cục trưởng|Giám đốc|Hiệu trưởng|Vụ trưởng), )?Bí thư Đảng ủy (?P<bt>.+)"
    r"|Giám đốc (?P<hv>Học viện .+)|Hiệu trưởng (?P<dh>Trường .+))$"
)
"""Quy định Điều 3: nhóm a (Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng, Bí thư Đảng ủy — a deputy too) and nhóm b
(Giám đốc Học viện, Hiệu trưởng), read on the whole title: a plain deputy, a Phó Bí thư, the Thứ trưởng, the head of
a trung tâm or phòng matches none."""
GROUP_B = ("hv", "dh")

LISTED = re.compile(r"^\d+\. (?:Ông|Bà|Đồng chí) (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[.;]$", re.M)
RULED = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: - Trưởng đoàn)?$", re.M)
PROSE = re.compile(r"(?<!\w)(?:ông|bà) (?P<name>[^,]+), (?P<title>.+?)(?=, (?:ông|bà) | và (?:ông|bà) | \(Trưởng đoàn)")
FIRM_PAYS = re.compile(r"(?P<firm>Công ty [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:chi trả|tài trợ)")
NUMBER = re.compile(r"\d+/(?:QĐ-BNV|QĐ-HVHCQTC|QĐ-ĐHLĐXH)")
DATE = r"(\d{2}[/-]\d{1,2}[/-]\d{4}|\d{2} tháng \d+ năm \d{4})"


def any_date(text: str) -> dt.date:
    """ "05/3/2026", "05-3-2026" or "05 tháng 3 năm 2026"."""
    parts = [int(x) for x in re.findall(r"\d+", text)]
    return dt.date(parts[2], parts[1], parts[0])


@dataclass(frozen=True)
class Decision:
    number: str
    issued: dt.date
    members: tuple[tuple[str, str], ...]
    layout: str
    where: str
    start: dt.date
    end: dt.date
    submitted: dt.date
    funding: str
    cancels: str | None = None


def read_decision(stem: str) -> Decision:
    text = BO_NOI_VU.text(stem)
    number = re.search(r"^Số: (\S+)$", text, re.M)
    assert number
    cancelled = re.search(rf"Hủy bỏ Quyết định số ({NUMBER.pattern})", text)
    if cancelled:
        empty = dt.date.min
        return Decision(number[1], st.issue_date(text), (), "none", "", empty, empty, empty, "", cancelled[1])
    article1 = text.split("Điều 1. ")[1].split("\nĐiều 2.")[0]
    trip = re.search(rf"đi công tác tại (.+?) từ (?:ngày )?{DATE} đến (?:ngày )?{DATE}", article1)
    assert trip, stem
    submitted = st.submitted_on(text)
    assert submitted, stem
    layout, members = "list", [(m["name"], m["title"]) for m in LISTED.finditer(article1)]
    if "Danh sách kèm theo" in article1:
        annex = text.split("DANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC")[1]
        layout, members = "annex", [(m["name"], m["title"]) for m in RULED.finditer(annex)]
    elif not members and "\t" in article1:
        layout, members = "table", [(m["name"], m["title"]) for m in RULED.finditer(article1)]
    elif not members:
        layout, members = "prose", [(m["name"], m["title"]) for m in PROSE.finditer(article1)]
    declared = re.search(r"(?:gồm|tổng số) (\d+) người", article1)
    assert declared and int(declared[1]) == len(members), stem
    funding = text.split("Điều 2. Kinh phí: ")[1].split("\n")[0]
    return Decision(
        number[1], st.issue_date(text), tuple(members), layout, trip[1], any_date(trip[2]), any_date(trip[3]),
        submitted, funding,
    )  # fmt: skip


@cache
def decisions() -> dict[str, Decision]:
    return {d.number: d for d in map(read_decision, BO_NOI_VU.stems("qd-"))}


def carried(all_decisions: Mapping[str, Decision]) -> dict[str, Decision]:
    """The decisions that are trips: not a cancellation, not cancelled."""
    gone = {d.cancels for d in all_decisions.values() if d.cancels}
    return {n: d for n, d in all_decisions.items() if not d.cancels and n not in gone}


@cache
def trips() -> dict[str, Decision]:
    return carried(decisions())


def countries(d: Decision) -> set[str]:
    return {label for form, label in COUNTRY_FORMS.items() if re.search(rf"(?<![\w-]){form}(?![\w-])", d.where)}


def key_unit(title: str) -> tuple[str, str] | None:
    """(unit, group "a" or "b") of which the title makes a lãnh đạo chủ chốt; None for anyone else."""
    m = KEY_POSTS.match(title)
    if not m:
        return None
    group = next(g for g, v in m.groupdict().items() if v)
    return m[group], "b" if group in GROUP_B else "a"


def domestic_firm_pays(d: Decision) -> bool:
    """Điều 8.2: a Vietnamese firm pays; a firm whose note names a foreign country, a government, school, ILO, UNDP
    or project does not, nor a travel agency that only books on the budget."""
    return any(not any(c in (m["note"] or "") for c in COUNTRY_FORMS.values()) for m in FIRM_PAYS.finditer(d.funding))


@dataclass(frozen=True)
class Report:
    number: str
    dated: dt.date
    cites: tuple[str, ...]
    how: str


def read_report(stem: str) -> Report:
    """A report and the trips it reports on: by the numbers it cites when they are decisions; else by the date of
    the decision it cites and the trip's start it tells."""
    text = BO_NOI_VU.text(stem)
    number = re.search(r"^Số: (\S+)$", text, re.M)
    assert number
    cited = [n for n in NUMBER.findall(text) if n in decisions()]
    if cited:
        return Report(number[1], st.issue_date(text), tuple(cited), "number")
    issued = any_date(re.search(rf"Thực hiện Quyết định (?:số \S+ )?ngày {DATE}", text)[1])  # type: ignore[index]
    start = any_date(re.search(rf"từ ngày {DATE}", text)[1])  # type: ignore[index]
    match = [n for n, d in decisions().items() if d.issued == issued and d.start == start]
    assert len(match) == 1, stem
    return Report(number[1], st.issue_date(text), tuple(match), "date")


@cache
def reports() -> dict[str, Report]:
    """Decision → its report."""
    return {n: r for r in map(read_report, BO_NOI_VU.stems("bc-")) for n in r.cites}


@cache
def in_force() -> dt.date:
    return any_date(re.search(rf"có hiệu lực từ {DATE}", BO_NOI_VU.text(QUY_DINH).replace("ngày ", ""))[1])  # type: ignore[index]


@cache
def limits() -> tuple[dict[str, int], int, dict[str, int], dt.date]:
    """The Quy định's limits, nhóm b's trips, 1480's changed limits and the departure they apply from."""
    base = st.stated_limits(BO_NOI_VU.text(QUY_DINH), QUY_DINH_RULES, WORDS)
    group_b = st.stated_limit(BO_NOI_VU.text(QUY_DINH), NHOM_B, WORDS)
    amended = BO_NOI_VU.text(SUA_DOI)
    changed = st.stated_limits(amended, SUA_DOI_RULES, WORDS)
    since = st.slash_date(re.search(r"ngày xuất cảnh từ ngày (\S+) trở đi", amended)[1])  # type: ignore[index]
    return base, group_b, changed, since


def limits_on(start: dt.date, *, amended: bool = True) -> dict[str, int]:
    base, _, changed, since = limits()
    return base | changed if amended and start >= since else base


def recompute(
    texts: st.ScenarioTexts = BO_NOI_VU,
    carried_trips: Mapping[str, Decision] | None = None,
    *,
    amended: bool = True,
    counted: Callable[[str], tuple[str, str] | None] = key_unit,
) -> set[FindingKey]:
    """Every finding a careful reader makes of the trips (`carried_trips`, default the texts' own) on `texts`'s
    calendar; `amended=False` skips 1480; `counted` says whom the trips a year bind."""
    ds = dict(carried_trips if carried_trips is not None else trips())
    _, group_b, _, _ = limits()
    as_of = dt.date.fromisoformat(texts.expected()["as_of"])
    found: set[FindingKey] = set()
    so_far: dict[str, int] = defaultdict(int)
    for n, d in sorted(ds.items(), key=lambda item: item[1].start):
        lim = limits_on(d.start, amended=amended)
        for name, title in d.members:
            post = counted(title)
            if post:
                so_far[name] += 1
                if so_far[name] > (group_b if post[1] == "b" else lim["max_trips_per_year"]):
                    found.add(("max_trips_per_year", n, name))
        where = countries(d)
        if len(d.members) > lim["max_delegation_size"]:
            found.add(("max_delegation_size", n, None))
        if len(where) > lim["max_countries_per_trip"]:
            found.add(("max_countries_per_trip", n, None))
        if ((d.end - d.start).days + 1 - 2) / len(where) > lim["max_days_per_country"]:
            found.add(("max_days_per_country", n, None))
        if domestic_firm_pays(d):
            found.add(("no_enterprise_funded", n, None))
        units = Counter(u for u in (key_unit(t) for _, t in d.members) if u)
        if any(c > 1 for c in units.values()):
            found.add(("no_two_key_leaders_same_unit", n, None))
        if d.start >= in_force() and texts.lead(d.submitted, d.start) < lim["submission_lead_working_days"]:
            found.add(("submission_lead_working_days", n, None))
        due = texts.nth_working_day_after(d.end, lim["report_deadline_working_days"])
        report = reports().get(n)
        if (report and report.dated > due) or (not report and due < as_of):
            found.add(("report_deadline_working_days", n, None))
    return found


@cache
def found() -> set[FindingKey]:
    return recompute()


def test_scenario_blind44_rules_say_the_limits_in_their_own_words() -> None:
    """The Quy định in words (and digits), 1480 in digits: seven days for five and twelve working days for ten from
    01/8/2026; the rest restated unchanged."""
    base, group_b, changed, since = limits()
    assert base == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=7)
    assert group_b == 3 and since == dt.date(2026, 8, 1) and in_force() == dt.date(2026, 2, 1)
    assert changed == {"max_days_per_country": 7, "submission_lead_working_days": 12}
    assert st.stated_limits(BO_NOI_VU.text(SUA_DOI), RESTATED, WORDS) == {k: base[k] for k in RESTATED}
    qd = BO_NOI_VU.text(QUY_DINH)
    assert "thay thế Quyết định số 1865/QĐ-BNV ngày 26/12/2024" in qd and qd.count("\f") == 1
    assert "đã cử 117 đoàn với 538 lượt người" in qd  # decoy figures


SCOPE = (
    "Lãnh đạo chủ chốt của các đơn vị thuộc Bộ theo Quy định này gồm hai nhóm:",
    "Cấp phó của người đứng đầu đơn vị không thuộc diện này, trừ cấp phó là Bí thư Đảng ủy đơn vị (thuộc nhóm a).",
    "Phó Bí thư Đảng ủy không phải là lãnh đạo chủ chốt.",
    "Người đứng đầu các đơn vị thuộc Cục, thuộc Vụ (trung tâm, phòng và tương đương) không thuộc diện này.",
    "Việc đi công tác nước ngoài của Bộ trưởng, các Thứ trưởng thực hiện theo quy định của Bộ Chính trị",
    "kể cả doanh nghiệp hoạt động dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài",
    "(kể cả bang, tỉnh kết nghĩa hoặc có thỏa thuận hợp tác)",
    "đoàn đã có quyết định nhưng bị hủy bỏ thì không tính",
)
POSTS = """
Cục trưởng Cục Quản lý lao động ngoài nước | Cục Quản lý lao động ngoài nước a
Phó Cục trưởng, Bí thư Đảng ủy Cục Quản lý lao động ngoài nước | Cục Quản lý lao động ngoài nước a
Phó Cục trưởng Cục Quản lý lao động ngoài nước | -
Giám đốc Trung tâm Lao động ngoài nước, Cục Quản lý lao động ngoài nước | -
Cục trưởng Cục Việc làm | Cục Việc làm a
Chánh Văn phòng Bộ | Văn phòng Bộ a
Vụ trưởng Vụ Hợp tác quốc tế | Vụ Hợp tác quốc tế a
Phó Vụ trưởng Vụ Cải cách hành chính | -
Giám đốc Học viện Hành chính và Quản trị công | Học viện Hành chính và Quản trị công b
Phó Giám đốc Học viện Hành chính và Quản trị công | -
Phó Giám đốc, Bí thư Đảng ủy Học viện Hành chính và Quản trị công | Học viện Hành chính và Quản trị công a
Hiệu trưởng Trường Đại học Lao động - Xã hội | Trường Đại học Lao động - Xã hội b
Phó Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Lao động - Xã hội | -
Thứ trưởng Bộ Nội vụ | -
"""
"""A title as the decisions write it | the unit and group of which it makes a lãnh đạo chủ chốt, "-" for none."""


def test_scenario_blind44_key_leaders_follow_the_two_groups() -> None:
    qd = st.squash(BO_NOI_VU.text(QUY_DINH))
    assert [phrase for phrase in SCOPE if phrase not in qd] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: " ".join(key_unit(t) or ("-",)) for t in want} == want
    assert set(want) - {title for d in decisions().values() for _, title in d.members} == set()
    ngan = [(n.split("/")[1], d.layout) for n, d in trips().items() if "Hà Thị Ngân" in dict(d.members)]
    assert sorted(ngan) == [("QĐ-BNV", "table"), ("QĐ-HVHCQTC", "list"), ("QĐ-HVHCQTC", "prose")]


def test_scenario_blind44_trips_are_the_labelled_trips() -> None:
    """22 trips of 24 decisions (962 cancels 940); each label's dates, countries, members and report are the texts'."""
    assert (len(decisions()), len(trips())) == (24, 22)
    assert {d.cancels for d in decisions().values() if d.cancels} == {"940/QĐ-BNV"}
    assert len(decisions()["940/QĐ-BNV"].members) == 12
    labels = {t["decision_number"]: t for t in BO_NOI_VU.expected()["trips"]}
    assert set(labels) == set(trips())
    for n, d in trips().items():
        t = labels[n]
        assert (t["start"], t["end"]) == (d.start.isoformat(), d.end.isoformat()), n
        assert set(t["countries"]) == countries(d) and len(t["countries"]) == len(countries(d)), n
        assert t["members"] == [name for name, _ in d.members], n
        assert t["report"] == (reports()[n].number if n in reports() else None), n
    st.check_bare_names(BO_NOI_VU, r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí) ")
    assert Counter(d.layout for d in trips().values()) == Counter({"list": 13, "table": 4, "prose": 4, "annex": 1})


def test_scenario_blind44_payers_and_countries() -> None:
    assert sorted(n for n, d in trips().items() if domestic_firm_pays(d)) == ["655/QĐ-BNV", "870/QĐ-BNV"]
    assert domestic_firm_pays(decisions()["940/QĐ-BNV"])  # cancelled
    assert "Công ty TNHH Lữ hành Đông Á thực hiện đặt vé" in trips()["560/QĐ-BNV"].funding  # books, does not pay
    assert "Chính quyền bang Nam Úc chi trả" in trips()["730/QĐ-BNV"].funding
    several = {n: len(countries(d)) for n, d in trips().items() if len(countries(d)) > 1}
    assert several == {"560/QĐ-BNV": 3, "790/QĐ-BNV": 4}
    assert trips()["560/QĐ-BNV"].where == "các nước: Ru-ma-ni, Ba Lan và Hung-ga-ri"


def test_scenario_blind44_reports_link_by_number_or_by_date() -> None:
    """19 reports for 21 trips: one for 690 and 702; 905's cites "950/QĐ-BNV" and 985's only the date and the
    Hiệu trưởng (both linked by date and start); 560 has none (late), 1050 none yet (due 15/12)."""
    assert len({r.number for r in reports().values()}) == 19 and "950/QĐ-BNV" not in decisions()
    assert {r.number for r in reports().values() if r.how == "date"} == {"143/BC-HTQT", "129/BC-ĐHLĐXH"}
    assert reports()["690/QĐ-ĐHLĐXH"] == reports()["702/QĐ-ĐHLĐXH"]
    assert sorted(set(trips()) - set(reports())) == ["1050/QĐ-BNV", "560/QĐ-BNV"]


def test_scenario_blind44_findings_carry_a_person_key() -> None:
    st.check_scored_fields(BO_NOI_VU)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind44_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BO_NOI_VU, part, found(), set(decisions()), findings=14, traps=44)


LEADS = (
    ("112/QĐ-BNV", 5),  # departs 27/01, before the Quy định is in force
    ("205/QĐ-HVHCQTC", 10),  # Tết 16–20/2 off: exactly ten
    ("455/QĐ-BNV", 9),  # the breach: 27/4, 30/4, 1/5 off
    ("702/QĐ-ĐHLĐXH", 10),  # departs 13/7: the Quy định's ten
    ("790/QĐ-BNV", 12),  # Saturday 22/8 worked, 31/8–2/9 off: exactly 1480's twelve
    ("1050/QĐ-BNV", 11),  # the breach: 24/11 off
)
DUES = (
    ((2026, 2, 6), (2026, 2, 24)),  # Tết off
    ((2026, 4, 20), (2026, 5, 4)),  # 27/4, 30/4, 1/5 off
    ((2026, 8, 26), (2026, 9, 9)),  # 31/8–2/9 off
    ((2026, 10, 23), (2026, 11, 3)),
    ((2026, 12, 4), (2026, 12, 15)),  # the day after the check date
)
"""End of the trip, the seventh working day after it."""


def test_scenario_blind44_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24))
    BO_NOI_VU.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {n: BO_NOI_VU.lead(trips()[n].submitted, trips()[n].start) for n, _ in LEADS} == dict(LEADS)
    assert [st.weekdays_between(trips()[n].submitted, trips()[n].start) for n in ("455/QĐ-BNV", "1050/QĐ-BNV")] == [
        12,
        12,
    ]  # only the holidays make these short
    assert [BO_NOI_VU.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 15) > dt.date.fromisoformat(BO_NOI_VU.expected()["as_of"])
    # The swap of Friday 2/1 for Saturday 10/1 is not in `holidays`: no Tờ trình or trip is that early.
    assert min(d.submitted for d in trips().values()) > dt.date(2026, 1, 10)


def test_scenario_blind44_every_text_has_its_scan() -> None:
    BO_NOI_VU.check_scans(45, required=False)


def test_scenario_blind44_labels_hang_on_the_reading() -> None:
    """A reader who forgets the make-up Saturday flags 790's lead; one who skips 1480 flags 730's seven days and
    loses 1050's lead (760's eight days are over both limits); one who keeps the cancelled decision flags it three
    times and the Hiệu trưởng's fourth; one who holds everyone to two trips flags the Thứ trưởng, a plain deputy, the
    trung tâm's Giám đốc and nhóm b's third trips."""
    assert recompute(BO_NOI_VU.without_make_up()) - found() == {("submission_lead_working_days", "790/QĐ-BNV", None)}
    old = recompute(amended=False)
    assert (old - found(), found() - old) == (
        {("max_days_per_country", "730/QĐ-BNV", None)},
        {("submission_lead_working_days", "1050/QĐ-BNV", None)},
    )
    kept = recompute(carried_trips=dict(trips()) | {"940/QĐ-BNV": decisions()["940/QĐ-BNV"]})
    assert kept - found() == {
        ("max_delegation_size", "940/QĐ-BNV", None),
        ("no_enterprise_funded", "940/QĐ-BNV", None),
        ("report_deadline_working_days", "940/QĐ-BNV", None),
        ("max_trips_per_year", "985/QĐ-ĐHLĐXH", "Phùng Quốc Việt"),
    }  # 940 (16/11) would be his third, 985 (23/11) his fourth

    def everyone(title: str) -> tuple[str, str]:
        return key_unit(title) or (title, "a")

    assert {(n, p) for _, n, p in recompute(counted=everyone) - found()} >= {
        ("1050/QĐ-BNV", "Hồ Đức Lâm"),
        ("602/QĐ-BNV", "Lạc Văn Sơn"),
        ("655/QĐ-BNV", "Mạc Đình Phú"),
    }

    def group_a(title: str) -> tuple[str, str] | None:
        post = key_unit(title)
        return (post[0], "a") if post else None

    two = {n: p for _, n, p in recompute(counted=group_a) - found()}
    assert two == {"1050/QĐ-BNV": "Âu Dương Kiên", "985/QĐ-ĐHLĐXH": "Phùng Quốc Việt"}


def test_scenario_blind44_a_slip_in_the_labels_shows() -> None:
    """The check is no tautology: a trip moved by a day or a report left out changes what is recomputed."""
    moved = dict(trips()) | {"760/QĐ-BNV": replace(trips()["760/QĐ-BNV"], end=dt.date(2026, 8, 25))}
    assert ("max_days_per_country", "760/QĐ-BNV", None) not in recompute(carried_trips=moved)
    early = dict(trips()) | {"455/QĐ-BNV": replace(trips()["455/QĐ-BNV"], submitted=dt.date(2026, 4, 21))}
    assert ("submission_lead_working_days", "455/QĐ-BNV", None) not in recompute(carried_trips=early)
