"""The Bộ Y tế 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Công văn's running prose (some in
words only), key leaders by point 2's exclusions (a Phó Giám đốc who is Bí thư Đảng ủy is in, a Phó Bí thư is out,
one person holding both posts is one leader), trips from the decisions in their three layouts (numbered list, ruled
table, running text) with a cancellation, an extension (gia hạn) and a long-training decision (point 1: no trip)
applied, reports linked by the number they cite or, when that number is no decision's, by the decision's date and
the trip's start, and deadlines and leads in working days (2026 holidays plus the make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, partial

import pytest

from tests import scenario_texts as st

BYT = st.ScenarioTexts("scenario_blind17", frozenset({dt.date(2026, 8, 22)}))
DISPATCH = "00-cv-0412-byt-htqt"
WORDS = {"hai": 2, "ba": 3, "sáu": 6, "bảy": 7, "mười": 10, "mười lăm": 15}
PROSE_RULES = {
    "max_trips_per_year": r"không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"có tối đa (\w+) người, kể cả trưởng đoàn",
    "max_days_per_country": r"không quá (\w+) \((\d+)\) ngày tại mỗi nước, không kể thời gian đi đường",
    "max_countries_per_trip": r"đến không quá (\w+) nước",
    "submission_lead_working_days": r"chậm nhất (mười lăm) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) ngày làm việc kể từ ngày về nước, trưởng đoàn",
}
"""Each limit's sentence; a second group, when there, is the digits beside the words and must agree with them."""
UNITS = {
    "BM": "Bệnh viện Bạch Mai",
    "BVCR": "Bệnh viện Chợ Rẫy",
    "BVK": "Bệnh viện K",
    "BVNTW": "Bệnh viện Nhi Trung ương",
    "VSDT": "Viện Vệ sinh dịch tễ Trung ương",
}
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Hàn Quốc": "Hàn Quốc",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
    "Pháp": "Pháp",
    "Bỉ": "Bỉ",
    "Hà Lan": "Hà Lan",
    "Đức": "Đức",
    "Thụy Sĩ": "Thụy Sĩ",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Hoa Kỳ": "Hoa Kỳ",
    "Xinh-ga-po": "Xinh-ga-po",
    "Ca-na-đa": "Ca-na-đa",
    "Thái Lan": "Thái Lan",
    "In-đô-nê-xi-a": "In-đô-nê-xi-a",
    "Tây Ban Nha": "Tây Ban Nha",
    "Đan Mạch": "Đan Mạch",
    "Thụy Điển": "Thụy Điển",
    "Na Uy": "Na Uy",
}
"""A destination as Điều 1 writes it → the label's name (the state's long form aside)."""
DEGREE = (
    r"(?:GS\.TS\.BS\.|PGS\.TS\.BS\.|GS\.TS\.|PGS\.TS\.|TS\.BS\."
    r"|ThS\.BSCKII|ThS\.BS\.|BSCKII|BSCKI|TS\.|ThS\.|CN\.|KS\.)"
)
"""Học hàm, học vị before a name ("PGS.TS.BS.", "ThS.BSCKII", "BSCKI"): longest first, none part of the name."""
LIST_MEMBER = re.compile(rf"^\d+\. {DEGREE} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    rf"^\d+\t(?P<name>[^\t]+)\t{DEGREE}\t(?P<title>[^\t\n]+?)(?: \(Trưởng đoàn\))?$", re.MULTILINE
)
KEY_POST = re.compile(r"^(?:Giám đốc|Viện trưởng|Bí thư Đảng ủy)\b")
"""A post point 2 names a key leader; "Phó Giám đốc", "Phó Viện trưởng", "Phó Bí thư" do not match."""


@dataclass(kw_only=True)
class Decision(st.TripDecision):
    unit: str
    where: str
    funding: str
    training: bool = False


def running_members(article1: str) -> list[tuple[str, str]]:
    """ "Cử TS.BS. A, title (Trưởng đoàn); PGS.TS.BS. B, title và ThS. C, title đi công tác tại …" → [(A, title), …]."""
    return st.running_members(article1, DEGREE, r" \(Trưởng đoàn\)", "đi (?:công tác|đào tạo)")


def issuer_unit(body: str) -> str:
    """The hospital or institute under "BỘ Y TẾ" in the header, or the ministry itself."""
    second = body.splitlines()[1].split("\t")[0]
    return next((u for u in UNITS.values() if second and second == u.upper()), "Bộ Y tế")


def read_decision(stem: str) -> Decision:
    body = BYT.text(stem)
    number = re.search(r"^Số: (\S+)$", body, re.MULTILINE)
    article1 = re.search(r"^Điều 1\. .+$", body, re.MULTILINE)
    assert number and article1, stem
    a1 = article1[0]
    funding = re.search(r"^Điều 2\. (.+)$", body, re.MULTILINE)
    cancels = re.match(r"Điều 1\. Hủy bỏ Quyết định số (\S+)", a1)
    extends = re.match(rf"Điều 1\. Gia hạn .*?Quyết định số (\S+) .*?đến hết ngày ({st.SLASH})", a1)
    period = re.search(rf"từ ngày ({st.SLASH}) đến ngày ({st.SLASH})", a1)
    members: list[tuple[str, str]] = []
    if not (cancels or extends):
        members = [(m["name"], m["title"]) for m in (*LIST_MEMBER.finditer(body), *TABLE_MEMBER.finditer(body))]
        members = members or running_members(a1)
    st.check_declared(a1, r"gồm (\d+) người có tên trong danh sách", members, stem)
    return Decision(
        number=number[1],
        issued=st.issue_date(body),
        unit=issuer_unit(body),
        submitted=st.submitted_on(body),
        where=a1,
        members=members,
        start=st.slash_date(period[1]) if period and not extends else None,
        end=st.slash_date(extends[2]) if extends else st.slash_date(period[2]) if period else None,
        funding=funding[1] if funding else "",
        training="đi đào tạo dài hạn" in a1,
        cancels=cancels[1] if cancels else None,
        amends=extends[1] if extends else None,
    )


@cache
def decisions() -> dict[str, Decision]:
    return st.decisions_of(BYT, read_decision)


@cache
def trips() -> dict[str, Decision]:
    """The business trips that took place: the long training is none (point 1); a cancellation and an extension
    (a new end only) applied."""
    return st.carried_out({n: d for n, d in decisions().items() if not d.training})


def countries(d: Decision) -> set[str]:
    """The destinations between "đi công tác tại" and the dates: a member's name ("Vương Đức Lâm") names none."""
    span = re.search(r"đi công tác tại (.+?) từ ngày", d.where)
    assert span, d.number
    return st.named_countries(span[1], COUNTRIES)


def key_unit(title: str, issuer: str) -> str | None:
    """The unit of which the title makes its holder a key leader (point 2), or None: the unit named in the title,
    else the issuer's (a hospital's own decision writes "Phó Giám đốc, Bí thư Đảng ủy Bệnh viện")."""
    if not any(KEY_POST.match(post.strip()) for post in title.split(",")):
        return None
    return next((u for u in UNITS.values() if re.search(rf"{re.escape(u)}(?!\w)", title)), issuer)


@cache
def reports() -> dict[str, st.Report]:
    """A report of either form ("Thực hiện", "Căn cứ") cites its decision by number and date or by date alone."""
    by_number = rf"(?:Thực hiện|Căn cứ) Quyết định số (\S+) ngày ({st.SLASH})"
    by_date = rf"(?:Thực hiện|Căn cứ) Quyết định ngày ({st.SLASH}) của"
    return st.one_trip_reports(BYT, trips(), by_number, by_date)


@cache
def limits() -> dict[str, int]:
    return st.stated_limits(st.squash(BYT.text(DISPATCH)), PROSE_RULES, WORDS)


@cache
def facts() -> dict[str, st.TripFacts]:
    """Each trip; a title without its unit ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện") takes the issuer's."""
    out = {}
    for n, d in trips().items():
        unit_of = partial(key_unit, issuer=d.unit)
        pays = st.firm_acts(d.funding, ("đài thọ", "chi trả", "tài trợ"))  # a firm that exhibits is not caught
        out[n] = st.TripFacts.of(BYT, d, reports().get(n), unit_of, countries(d), pays, limits())
    return out


def test_scenario_blind17_cong_van_states_each_limit_in_prose() -> None:
    assert limits() == st.rule_limits(trips=2, size=7, days=6, countries=3, lead=15, report=10)
    text = st.squash(BYT.text(DISPATCH))
    assert "\t" not in BYT.text(DISPATCH).split("Kính gửi", 1)[1].split("Nơi nhận", 1)[0], "no table in the body"
    assert "Giới hạn này không áp dụng đối với cấp phó, trưởng khoa, trưởng phòng" in text
    assert "Phó Giám đốc (Phó Viện trưởng) không thuộc diện này trừ khi đồng thời là Bí thư Đảng ủy" in text
    assert "(từ sáu tháng trở lên) thực hiện theo quy định về đào tạo, không thuộc phạm vi" in text
    assert "TL. BỘ TRƯỞNG\n" in BYT.text(DISPATCH) and "KT. VỤ TRƯỞNG VỤ HỢP TÁC QUỐC TẾ" in text
    # Three limits are in words without digits.
    for words in ("tối đa bảy người", "không quá ba nước", "thời hạn mười ngày làm việc"):
        assert words in text


@pytest.mark.parametrize(
    ("title", "issuer", "unit"),
    [
        ("Giám đốc Bệnh viện Chợ Rẫy", "Bộ Y tế", "Bệnh viện Chợ Rẫy"),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện", "Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai"),
        ("Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Nhi Trung ương", "Bộ Y tế", "Bệnh viện Nhi Trung ương"),
        ("Giám đốc, Bí thư Đảng ủy Bệnh viện K", "Bộ Y tế", "Bệnh viện K"),
        ("Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy Viện Vệ sinh dịch tễ Trung ương", "Bộ Y tế", UNITS["VSDT"]),
        ("Viện trưởng Viện Vệ sinh dịch tễ Trung ương", "Bộ Y tế", UNITS["VSDT"]),
        ("Phó Viện trưởng Viện Vệ sinh dịch tễ Trung ương", "Bộ Y tế", None),
        ("Phó Bí thư Đảng ủy, Trưởng khoa Nội thận", "Bệnh viện Chợ Rẫy", None),
        ("Phó Giám đốc Bệnh viện", "Bệnh viện Bạch Mai", None),
        ("Trưởng khoa Xạ trị", "Bệnh viện K", None),
        ("Trưởng phòng Hợp tác quốc tế", "Bệnh viện Bạch Mai", None),
    ],
)
def test_scenario_blind17_key_leader_follows_point_2(title: str, issuer: str, unit: str | None) -> None:
    assert key_unit(title, issuer) == unit


def test_scenario_blind17_trips_are_the_decisions_after_cancellation_extension_and_training() -> None:
    st.check_trips(BYT, facts())
    assert len(decisions()) == 25 and len(trips()) == 21
    assert [n for n, d in decisions().items() if d.training] == ["720/QĐ-BVNTW"]
    extended = {d.amends for d in decisions().values()}
    st.check_bare_names(BYT, DEGREE)
    for label in BYT.expected()["trips"]:
        BYT.check_decision({**label, "end": label["start"]} if label["decision_number"] in extended else label)


def test_scenario_blind17_layouts_and_signers_vary() -> None:
    bodies = [BYT.text(p.stem) for p in (BYT.folder / "texts").glob("qd-*.txt")]
    assert sum(bool(LIST_MEMBER.search(b)) for b in bodies) >= 8
    assert sum(bool(TABLE_MEMBER.search(b)) for b in bodies) >= 4
    assert sum(not LIST_MEMBER.search(b) and not TABLE_MEMBER.search(b) and "Điều 1. Cử " in b for b in bodies) >= 6
    assert any("\tKT. BỘ TRƯỞNG\n" in b and "\tTHỨ TRƯỞNG\n" in b for b in bodies)
    assert any("\tKT. GIÁM ĐỐC\n" in b for b in bodies) and any("\tVIỆN TRƯỞNG\n" in b for b in bodies)
    assert sum("phân cấp" in b for b in bodies) >= 10
    for degree in ("PGS.TS.BS. ", "ThS.BSCKII ", "BSCKI ", "BSCKII "):
        assert any(degree in b for b in bodies), degree


def test_scenario_blind17_reports_link_and_two_need_more_than_the_cited_number() -> None:
    assert len(reports()) == 18
    forms = [BYT.text(p.stem) for p in (BYT.folder / "texts").glob("bc-*.txt")]
    assert 5 <= sum("\nCăn cứ Quyết định" in b for b in forms) <= 13, "two report forms"
    assert st.linked_by_date(reports()) == {"79/BC-BVCR", "19/BC-VSDT"}


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind17_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BYT, part, st.recompute(BYT, facts().values()), decisions(), findings=14, traps=55)


def test_scenario_blind17_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and the make-up Saturday give it."""
    lead = {n: f.lead for n, f in facts().items()}
    weekdays = {n: st.weekdays_between(d.submitted, d.start) for n, d in trips().items() if d.submitted and d.start}
    assert (lead["388/QĐ-BM"], weekdays["388/QĐ-BM"]) == (13, 18)
    assert (lead["604/QĐ-BYT"], weekdays["604/QĐ-BYT"]) == (14, 17)
    assert lead["215/QĐ-BYT"] == 15 and lead["1620/QĐ-BYT"] == 15
    assert BYT.working(dt.date(2026, 8, 22)) and not BYT.working(dt.date(2026, 8, 31))
    assert BYT.nth_working_day_after(dt.date(2026, 4, 22), 10) == dt.date(2026, 5, 11)
    assert BYT.nth_working_day_after(dt.date(2026, 7, 20), 10) == dt.date(2026, 8, 3)
    assert BYT.nth_working_day_after(dt.date(2026, 7, 23), 10) == dt.date(2026, 8, 6)
    assert BYT.nth_working_day_after(dt.date(2026, 8, 28), 10) == dt.date(2026, 9, 16)
    assert BYT.nth_working_day_after(dt.date(2026, 11, 20), 10) == dt.date(2026, 12, 7)


def test_scenario_blind17_every_text_has_its_scan() -> None:
    BYT.check_scans(44, required=False)
