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
from dataclasses import dataclass
from functools import cache

import pytest

from tests import scenario_texts as st

LAO_CAI = st.ScenarioTexts("scenario_blind15", frozenset({dt.date(2026, 8, 22)}))
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
CHANGES = {
    "max_delegation_size": rf"kể từ ngày ({st.SLASH}), các đoàn xuất cảnh từ ngày này trở đi có số thành viên"
    rf" không quá {PAIR} người",
    "report_deadline_working_days": rf"đối với các đoàn trở về nước từ ngày ({st.SLASH}), trong thời hạn {PAIR} ngày"
    r" làm việc kể từ ngày về nước",
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
"""A place as the decision's destination writes it → the label's country (a Chinese province stands for China;
"Lào Cai", the province that sends the trips, is no Lào)."""
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


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    layout: str
    where: str
    funding: str


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
    periods = re.findall(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", body)
    where = re.search(r"đi công tác tại (.+?)(?: từ ngày |\.$)", article1[1])
    cancels = re.match(r"Hủy bỏ Quyết định số (\S+)", article1[1])
    amends = re.match(r"Điều chỉnh .*?Quyết định số (\S+)", article1[1])
    layout, members = read_members(body, article1[1])
    gone = re.findall(r"không cử (?:ông|bà) ([^,]+),", article1[1])
    new = re.findall(r"; cử (?:ông|bà) ([^,]+), (.+?) tham gia đoàn thay thế", article1[1])
    period = periods[-1] if periods else None  # an amendment moves "từ … đến …" to the last pair it names
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        submitted=st.submitted_on(body),
        layout=layout,
        where=where[1] if where else "",
        members=members,
        start=st.slash_date(period[0]) if period else None,
        end=st.slash_date(period[1]) if period else None,
        funding=funding[1],
        cancels=cancels[1] if cancels else None,
        amends=amends[1] if amends else None,
        replacing=dict(zip(gone, new, strict=True)),
    )


# trips(): The trips that took place, after a cancellation and two amendments (a replacement takes the withdrawn
# member's place; moved dates replace the first ones).
decisions, trips = st.trip_readers(LAO_CAI, read_decision)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where.replace("Lào Cai", ""), PLACES)


def key_unit(title: str) -> str | None:
    """The unit a key leader heads (by Điều 3 of the Quy định), or None for anyone else."""
    if not KEY_POST.search(title):
        return None
    units = UNIT.findall(title)
    assert units, title
    return units[0]


def read_report(stem: str) -> st.Report:
    """The report's trips: every cited number that is a trip's; when none is, the one decision issued on the cited
    date whose trip starts on the first day the report names."""
    body = st.squash(LAO_CAI.text(stem))
    number = re.search(r"Số: (\S+)", body)
    cited = re.findall(rf"Quyết định số (\S+) ngày ({st.SLASH})", body)
    went = re.search(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", body)
    assert number and cited and went, stem
    linked = tuple(n for n, _ in cited if n in trips())
    if linked:
        return st.Report(number[1], st.issue_date(body), linked)
    by_date = st.trip_by_date(trips(), {st.slash_date(d) for _, d in cited}, st.slash_date(went[1]), stem)
    return st.Report(number[1], st.issue_date(body), (by_date,), "date and trip")


@cache
def reports() -> dict[str, st.Report]:
    return st.reports_of(LAO_CAI, read_report)


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(LAO_CAI.text(QUY_DINH)), RULE_SENTENCES, NUMBER_WORDS)


@cache
def changes() -> dict[str, tuple[dt.date, int]]:
    """Rule kind → (the date from which the Công văn's value applies, the new value)."""
    text = st.squash(LAO_CAI.text(CONG_VAN))
    out = {}
    for kind, pattern in CHANGES.items():
        m = re.search(pattern, text)
        assert m, kind
        out[kind] = (st.slash_date(m[1]), st.stated_limit(m[0], PAIR, NUMBER_WORDS))  # the sentence's one number
    return out


def limits_for(d: Decision, new_from: dt.date | None = None) -> dict[str, int]:
    """The limits in force for a trip: a Công văn value where the trip's deciding day (departure for size, return
    for the report) is on or after the Công văn's date; `new_from` overrides that date (to show which labels
    hang on it)."""
    assert d.start and d.end, d.number
    deciding = {"max_delegation_size": d.start, "report_deadline_working_days": d.end}
    return limits() | {k: v for k, (since, v) in changes().items() if deciding[k] >= (new_from or since)}


@cache
def facts(new_from: dt.date | None = None) -> dict[str, st.TripFacts]:
    return {
        n: st.TripFacts.of(
            LAO_CAI,
            d,
            reports().get(n),
            key_unit,
            countries(d),
            st.payer_is_enterprise(d.funding),
            limits_for(d, new_from),
        )
        for n, d in trips().items()
    }


def recomputed_findings(new_from: dt.date | None = None) -> set[st.FindingKey]:
    return st.recompute(LAO_CAI, facts(new_from).values())


def test_scenario_blind15_quy_dinh_states_each_limit_in_words_and_digits() -> None:
    assert limits() == st.rule_limits(trips=2, size=8, days=5, countries=3, lead=10, report=10)
    text = LAO_CAI.text(QUY_DINH)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" not in text
    assert "Số 08-QĐi/TU" in text and "T/M BAN THƯỜNG VỤ" in text
    assert "đồng thời giữ chức Bí thư Đảng ủy của chính cơ quan" in st.squash(text)


def test_scenario_blind15_cong_van_changes_two_limits_from_the_first_of_july() -> None:
    july = dt.date(2026, 7, 1)
    assert changes() == {"max_delegation_size": (july, 6), "report_deadline_working_days": (july, 5)}
    dispatches = [p.stem for p in sorted((LAO_CAI.folder / "texts").glob("00-*.txt"))]
    assert dispatches == [QUY_DINH, CONG_VAN]
    dated = [st.issue_date(LAO_CAI.text(s)) for s in dispatches]
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
    st.check_trips(LAO_CAI, facts())
    assert len(decisions()) == 28 and len(trips()) == 24
    assert {d.layout for d in trips().values()} == {"list", "table", "text"}


def test_scenario_blind15_reports_link_one_by_a_mistyped_number_and_one_to_two_trips() -> None:
    distinct = {r.number: r for r in reports().values()}
    assert len(distinct) == 20
    assert st.linked_by_date(reports()) == {"21/BC-BQLKKT"}
    assert [r.number for r in distinct.values() if len(r.decisions) == 2] == ["103/BC-SNgV"]


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind15_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(LAO_CAI, part, recomputed_findings(), decisions(), findings=14, traps=54)


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
    early = recomputed_findings(new_from=st.issue_date(LAO_CAI.text(CONG_VAN)))
    assert early - found == {
        ("max_delegation_size", "530/QĐ-UBND", None),
        ("report_deadline_working_days", "501/QĐ-UBND", None),
    }
    assert ("max_delegation_size", "501/QĐ-UBND", None) in recomputed_findings(new_from=dt.date(2026, 1, 1))


def test_scenario_blind15_every_text_has_its_scan() -> None:
    LAO_CAI.check_scans(50, required=True)
