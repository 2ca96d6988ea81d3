"""The Tỉnh Điện Biên 2026 blind scenario's labels, recomputed from its texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Ban Thường vụ Tỉnh ủy's Quy định
06-QĐi/TU, and from Quy định 19-QĐi/TU, which replaces it for the delegations departing from 01-7-2026 (eight members
for ten, seven working days for the report for ten), each sentence worded otherwise in the two; trips a year **by
group** (one for the Thường trực Tỉnh ủy, two for the other key leaders); the key leaders by the Quy định's list (a
deputy only when bí thư chi bộ of the same body; a Phó Bí thư, the Phó Chủ tịch UBND tỉnh and heads of units under a
sở out; the Bí thư Đảng ủy and the Chủ tịch UBND of one xã one unit, the Thường trực one unit); trips from the decisions
of three issuers (Tỉnh ủy "đồng chí" lists with dates "05-3-2026", UBND tỉnh, Bệnh viện Đa khoa tỉnh) in four layouts
(numbered list, ruled table, running prose, an annex), the cancelled one dropped and the amendment's replacement
applied; a firm or hợp tác xã paying only when domestic; reports linked by the number they cite (one report for two
trips), or by the decision's date and the trip's start when the number is mistyped or absent; the lead and report
deadlines in working days (holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

DIEN_BIEN = st.ScenarioTexts("scenario_blind43", frozenset({dt.date(2026, 8, 22)}))
FIRST, SECOND = "00-1-qdi-06-tu", "00-2-qdi-19-tu"
WORDS = {"một": 1, "hai": 2, "ba": 3, "năm": 5, "bảy": 7, "tám": 8, "mười": 10}
TT = "Thường trực Tỉnh ủy"
ONE_A_YEAR = "max_trips_per_year/Thường trực"
"""The Thường trực Tỉnh ủy's own limit of trips a year, beside the other key leaders' `max_trips_per_year`."""
FIRST_RULES = {
    ONE_A_YEAR: r"Mỗi đồng chí Thường trực Tỉnh ủy đi công tác nước ngoài (\w+) \((\d+)\) lần trong năm",
    "max_trips_per_year": r"các đồng chí lãnh đạo chủ chốt khác mỗi năm không quá (\w+) \((\d+)\) lần",
    "max_delegation_size": r"Số thành viên mỗi đoàn \(tính cả người làm phiên dịch\) không vượt quá (\w+) người",
    "max_countries_per_trip": r"chỉ đến không quá (\w+) \((\d+)\) nước",
    "max_days_per_country": r"thời gian làm việc ở mỗi nước không vượt quá (\w+) ngày, trừ ngày đi và ngày về",
    "submission_lead_working_days": r"sớm hơn ngày dự kiến xuất cảnh không dưới (\w+) \((\d+)\) ngày làm việc",
    "report_deadline_working_days": r"Trong (\w+) ngày làm việc tiếp theo ngày đoàn về nước",
}
"""06-QĐi/TU's sentence of each limit: words alone ("mười", "năm") or words and digits ("hai (02)")."""
SECOND_RULES = {
    ONE_A_YEAR: r"Thường trực Tỉnh ủy: (\d+) lần/năm",
    "max_trips_per_year": r"lãnh đạo chủ chốt khác: nhiều nhất (\w+) lần mỗi năm",
    "max_delegation_size": r"Quân số mỗi đoàn tối đa là (\w+) \((\d+)\) thành viên, bao gồm cả phiên dịch",
    "max_countries_per_trip": r"Mỗi chuyến đến nhiều nhất (\d+) nước",
    "max_days_per_country": r"ở mỗi nước nhiều nhất (\d+) ngày \(ngày đi, ngày về không tính\)",
    "submission_lead_working_days": r"trước ngày xuất cảnh tối thiểu (\d+) ngày làm việc",
    "report_deadline_working_days": r"Hạn gửi báo cáo kết quả chuyến công tác là (\w+) \((\d+)\) ngày làm việc",
}
"""19-QĐi/TU's wording of all seven, digits alone ("03", "05", "10") or words and digits."""
SINCE = r"áp dụng đối với các đoàn xuất cảnh từ ngày (\d{1,2}-\d{1,2}-\d{4}) và thay thế Quy định số 06-QĐi/TU"

COUNTRIES = {
    "Lào": "Lào",
    "Trung Hoa": "Trung Quốc",
    "Thái Lan": "Thái Lan",
    "Campuchia": "Campuchia",
    "Mi-an-ma": "Mi-an-ma",
    "Đại Hàn Dân Quốc": "Hàn Quốc",
}
"""A destination as a decision's Điều 1 writes it → the label's name ("tiếng Trung Quốc" names an interpreter)."""
RANKS = r"^(?:(?:Ủy viên Trung ương Đảng|Ủy viên Ban Thường vụ|Tỉnh ủy viên), )+"
"""Party ranks a title may open with: they make no one a key leader, the post after them does."""
KEY_POSTS: tuple[tuple[str, str | None], ...] = (
    (
        r"(?:Bí thư Tỉnh ủy|Phó Bí thư Thường trực Tỉnh ủy|Phó Bí thư Tỉnh ủy)"
        r"(?:, Chủ tịch (?:Ủy ban nhân dân|Hội đồng nhân dân) tỉnh)?",
        TT,
    ),
    (r"Trưởng (Ban .+ Tỉnh ủy)", None),
    (r"Chánh (Văn phòng (?:Tỉnh ủy|Ủy ban nhân dân tỉnh))", None),
    (r"Giám đốc (Sở .+)", None),
    (r"Phó Giám đốc Sở, Bí thư Chi bộ (Sở .+)", None),
    (r"Trưởng ban (Ban Quản lý Khu kinh tế cửa khẩu Tây Trang)", None),
    (r"Giám đốc (Bệnh viện Đa khoa tỉnh)", None),
    (r"Hiệu trưởng (Trường Cao đẳng Điện Biên)", None),
    (r"(?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) ((?:xã|phường) .+)", None),
)
"""Quy định 06-QĐi/TU Điều 2.1 a)–e), each post with the unit it leads (named, or the pattern's group), matched on
the whole title so that a Phó, a Phó Bí thư chi bộ, the Phó Chủ tịch UBND tỉnh or the head of a centre under a sở is
no match."""
LISTED = re.compile(r"^\d+\. (?:Ông|Bà|Đồng chí) (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[.;]$", re.M)
RULED = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<title>[^\t\n]+?)(?: - Trưởng đoàn)?$", re.M)
"""A row of the three-column ruled list (TT | Họ và tên | Chức vụ, đơn vị), in Điều 1 or in the annex after it."""
PROSE = re.compile(r"(?:Cử|do) ((?:ông|bà|đồng chí) .+?),? đi (?:làm|khám|trao|dự|thăm)")
HEAD = re.compile(r",? (?:làm [Tt]rưởng đoàn|\([Tt]rưởng đoàn\)),?(?: cùng(?: (?:các đồng chí|các ông, bà):)?)?")
"""Running prose: "Cử ông A, title (Trưởng đoàn), bà B, title và ông C, title đi …", or "do đồng chí A, title làm
Trưởng đoàn, cùng các đồng chí: B, title; C, title, đi …"; the head's mark ends the first member."""
FIRM_PAYS = re.compile(
    r"(?P<payer>(?:Công ty|Hợp tác xã) [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:tài trợ|đài thọ|chi trả|hỗ trợ)"
)
"""A firm or cooperative that pays ("Công ty X (where) tài trợ …"); the note in brackets says where it is."""
REPLACES = re.compile(r"thay (?:ông|bà) (?P<old>[^,]+), .+? bằng (?:ông|bà) (?P<new>[^,]+), (?P<title>.+?), làm")


def prose_members(article1: str) -> list[tuple[str, str]]:
    """(name, title) of each member a decision names in running prose, honorifics dropped."""
    span = PROSE.search(article1)
    assert span, article1[:80]
    parts = re.split(r"(?:;|,| và) (?=(?:ông|bà|đồng chí) )|; ", HEAD.sub(";", span[1], count=1))
    out = []
    for part in parts:
        m = re.fullmatch(r"(?:(?:ông|bà|đồng chí) )?(?P<name>[^,]+), (?P<title>.+?),?", part.strip())
        assert m, part
        out.append((m["name"], m["title"]))
    return out


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """The members and the layout: numbered lines, a ruled table (in Điều 1 or annexed), or running prose."""
    listed = [(m["name"], m["title"]) for m in LISTED.finditer(article1)]
    if listed:
        return listed, "list"
    ruled = [(m["name"], m["title"]) for m in RULED.finditer(body)]
    if ruled:
        return ruled, "annex" if "Danh sách kèm theo" in article1 or "danh sách kèm theo" in article1 else "table"
    return prose_members(article1), "prose"


FORM = st.DecisionForm(
    DIEN_BIEN,
    st.FormDecision,
    read_members,
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    declared=r"(?:gồm|Cử) (\d+) (?:người|đồng chí|cán bộ|viên chức)",
)


def read(stem: str) -> st.FormDecision:
    """A decision by the shared form, with the member an amendment puts in another's place ("thay ông A, … bằng bà
    B, …")."""
    d = FORM.read(stem)
    swap = REPLACES.search(d.article1) if d.amends else None
    return replace(d, replacing={swap["old"]: (swap["new"], swap["title"])}) if swap else d


decisions, trips, reports = st.cited_trip_readers(DIEN_BIEN, read)


def limits(stem: str, rules: Mapping[str, str]) -> dict[str, int]:
    return st.stated_limits(st.squash(DIEN_BIEN.text(stem)), rules, WORDS)


def since() -> dt.date:
    m = re.search(SINCE, DIEN_BIEN.text(SECOND))
    assert m
    return st.slash_date(m[1])


def limits_for(trip: st.FormDecision, *, replaced: bool = True) -> dict[str, int]:
    """The limits in force for the trip's departure; `replaced=False`: 06-QĐi/TU's all year, as a reader who skips
    19-QĐi/TU would."""
    assert trip.start
    later = replaced and trip.start >= since()
    return limits(SECOND, SECOND_RULES) if later else limits(FIRST, FIRST_RULES)


def key_unit(title: str) -> str | None:
    """The unit of which the whole title makes its holder a lãnh đạo chủ chốt, None for anyone else."""
    post = re.sub(RANKS, "", title)
    for pattern, unit in KEY_POSTS:
        m = re.fullmatch(pattern, post)
        if m:
            return unit or m[1]
    return None


def countries(d: st.FormDecision) -> set[str]:
    return st.named_countries(d.article1, COUNTRIES)


def paying_firms(d: st.FormDecision) -> list[tuple[str, bool]]:
    """Each firm or cooperative Điều 2 has pay, and whether it is domestic (no note, or a note in Điện Biên)."""
    return [(m["payer"], m["note"] is None or "Điện Biên" in m["note"]) for m in FIRM_PAYS.finditer(d.funding)]


def enterprise_pays(d: st.FormDecision) -> bool:
    return any(domestic for _, domestic in paying_firms(d))


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, st.FormDecision], *, replaced: bool = True
) -> dict[str, st.TripFacts]:
    return {
        n: st.TripFacts.of(
            texts, d, reports().get(n), key_unit, countries(d), enterprise_pays(d), limits_for(d, replaced=replaced)
        )
        for n, d in carried.items()
    }


def by_group(texts: st.ScenarioTexts, facts: Iterable[st.TripFacts], *, one: int | None = None) -> set[FindingKey]:
    """The findings with trips a year counted by group: the Thường trực Tỉnh ủy's against their own limit (`one`:
    another a reader might hold them to), the other key leaders' against theirs."""
    facts = list(facts)
    others = [replace(f, counted=frozenset(n for n, u in f.members if u and u != TT)) for f in facts]
    tt = [
        replace(
            f,
            counted=frozenset(n for n, u in f.members if u == TT),
            limits=dict(f.limits) | {"max_trips_per_year": one or f.limits[ONE_A_YEAR]},
        )
        for f in facts
    ]
    return st.recompute(texts, others) | st.recompute(texts, tt)


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(DIEN_BIEN, trips())


@cache
def found() -> set[FindingKey]:
    return by_group(DIEN_BIEN, facts().values())


def test_scenario_blind43_two_quy_dinh_say_the_limits_in_other_words() -> None:
    """19-QĐi/TU restates 06-QĐi/TU's limits in other words but for the size (eight for ten) and the report (seven
    working days for ten), and replaces it for the delegations departing from 01-7-2026."""
    first = limits(FIRST, FIRST_RULES)
    assert first == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=10) | {ONE_A_YEAR: 1}
    assert limits(SECOND, SECOND_RULES) == first | {"max_delegation_size": 8, "report_deadline_working_days": 7}
    assert since() == dt.date(2026, 7, 1)
    assert [st.issue_date(DIEN_BIEN.text(s)) for s in (FIRST, SECOND)] == [dt.date(2026, 1, 9), dt.date(2026, 6, 22)]
    assert "thay thế Quy định số 21-QĐi/TU ngày 14-5-2021" in DIEN_BIEN.text(FIRST)
    assert "toàn tỉnh đã cử 64 đoàn với 318 lượt người" in DIEN_BIEN.text(FIRST)  # decoy figures


SCOPE = (
    "Lãnh đạo chủ chốt theo Quy định này gồm:",
    "a) Các đồng chí Thường trực Tỉnh ủy (Bí thư Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy, Phó Bí thư Tỉnh ủy - Chủ "
    "tịch Ủy ban nhân dân tỉnh);",
    "e) Bí thư chi bộ, bí thư đảng ủy của cơ quan, đơn vị nêu tại các điểm b, c và d khoản này.",
    "Cấp phó của người đứng đầu (kể cả cấp phó được giao phụ trách và Phó Bí thư cấp ủy), các đồng chí Phó Chủ tịch Ủy "
    "ban nhân dân tỉnh, Phó Chủ tịch Hội đồng nhân dân tỉnh không thuộc diện này, trừ trường hợp cấp phó đồng thời là "
    "bí thư chi bộ, bí thư đảng ủy của chính cơ quan, đơn vị đó.",
    "Các đồng chí Thường trực Tỉnh ủy được coi là cùng một đơn vị; Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân của cùng "
    "một xã, phường được coi là lãnh đạo chủ chốt của cùng một đơn vị.",
    "Không nhận tài trợ, đài thọ toàn bộ hoặc một phần chi phí chuyến đi từ doanh nghiệp, hợp tác xã, tổ chức kinh tế "
    "trong nước.",
    "Kinh phí do chính quyền địa phương nước ngoài (kể cả các tỉnh kết nghĩa của nước Cộng hòa Dân chủ Nhân dân Lào và "
    "các địa phương của nước Cộng hòa Nhân dân Trung Hoa có quan hệ hợp tác với tỉnh), cơ quan, tổ chức, doanh nghiệp "
    "nước ngoài, tổ chức quốc tế bảo đảm không thuộc diện quy định tại khoản 2 Điều này.",
)
"""Where 06-QĐi/TU says whom the limits bind (Điều 2), which two may not go together (Điều 4.3) and whose money
(Điều 5); 19-QĐi/TU Điều 1 and 2 restate them."""

POSTS = """
Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy | Thường trực Tỉnh ủy
Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh | Thường trực Tỉnh ủy
Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh | Thường trực Tỉnh ủy
Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy | Ban Tổ chức Tỉnh ủy
Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | Ban Tuyên giáo và Dân vận Tỉnh ủy
Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy | Văn phòng Tỉnh ủy
Phó Chánh Văn phòng Tỉnh ủy | -
Phó Chủ tịch Hội đồng nhân dân tỉnh | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
Chánh Văn phòng Ủy ban nhân dân tỉnh | Văn phòng Ủy ban nhân dân tỉnh
Giám đốc Sở Ngoại vụ | Sở Ngoại vụ
Phó Giám đốc Sở Ngoại vụ | -
Phó Giám đốc Sở, Bí thư Chi bộ Sở Công Thương | Sở Công Thương
Phó Bí thư Chi bộ, Phó Giám đốc Sở Giáo dục và Đào tạo | -
Giám đốc Trung tâm Văn hóa tỉnh | -
Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh | -
Trưởng ban Ban Quản lý Khu kinh tế cửa khẩu Tây Trang | Ban Quản lý Khu kinh tế cửa khẩu Tây Trang
Phó Trưởng ban Ban Quản lý Khu kinh tế cửa khẩu Tây Trang | -
Giám đốc Bệnh viện Đa khoa tỉnh | Bệnh viện Đa khoa tỉnh
Phó Giám đốc Bệnh viện | -
Hiệu trưởng Trường Cao đẳng Điện Biên | Trường Cao đẳng Điện Biên
Phó Hiệu trưởng Trường Cao đẳng Điện Biên | -
Chủ tịch Ủy ban nhân dân xã Sín Thầu | xã Sín Thầu
Bí thư Đảng ủy xã Sín Thầu | xã Sín Thầu
Phó Chủ tịch Ủy ban nhân dân xã Nậm Kè | -
Chủ tịch Ủy ban nhân dân phường Mường Thanh | phường Mường Thanh
"""
"""A title as the decisions write it | the unit of which it makes a lãnh đạo chủ chốt, "-" for none."""


def test_scenario_blind43_key_leaders_follow_the_quy_dinh_list() -> None:
    first, second = (st.squash(DIEN_BIEN.text(s)) for s in (FIRST, SECOND))
    assert [phrase for phrase in SCOPE if phrase not in first] == []
    assert (
        "cấp phó đồng thời là bí thư chi bộ, bí thư đảng ủy của chính cơ quan, đơn vị đó là lãnh đạo chủ chốt" in second
    )
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read_titles = {title for d in decisions().values() for _, title in d.members}
    assert set(want) - read_titles == set()  # every title of the table is one a decision writes
    phuong = {(d.number, d.layout) for d in trips().values() for name, _ in d.members if name == "Lò Thị Phượng"}
    assert phuong == {("240/QĐ-UBND", "prose"), ("205-QĐ/TU", "list"), ("1010/QĐ-UBND", "prose")}


def test_scenario_blind43_trips_after_the_cancellation_and_the_replacement() -> None:
    """502 cancels 455; 733 puts a plain Phó Giám đốc in the Giám đốc Sở Y tế's place in 720, which keeps its number."""
    assert st.changes(decisions()) == {"502/QĐ-UBND": "455/QĐ-UBND", "733/QĐ-UBND": "720/QĐ-UBND"}
    assert (len(decisions()), len(trips())) == (24, 21)
    assert "455/QĐ-UBND" not in trips() and len(decisions()["455/QĐ-UBND"].members) == 11
    assert decisions()["720/QĐ-UBND"].members[0] == ("Vương Đình Hiếu", "Giám đốc Sở Y tế")
    assert trips()["720/QĐ-UBND"].members[0] == ("Phạm Thị Ngân", "Phó Giám đốc Sở Y tế")
    st.check_trips(DIEN_BIEN, facts())
    st.check_bare_names(DIEN_BIEN, r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à) ")


SIGNERS = {
    "TU/BÍ THƯ": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 3,\tBÍ THƯ\n",
    "TU/PBTTT": "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 3,\tPHÓ BÍ THƯ THƯỜNG TRỰC\n",
    "UBND/TM": "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\tCHỦ TỊCH\n",
    "UBND/KT": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
    "BVĐK": "Nơi nhận:\tGIÁM ĐỐC\n- Như Điều 3;\n",
}
"""How each signer closes a decision: the Ban Thường vụ by its Bí thư, or by the Phó Bí thư Thường trực on the
delegations the Bí thư leads; UBND tỉnh by its Chủ tịch or a Phó Chủ tịch "KT."; the Giám đốc Bệnh viện."""


def test_scenario_blind43_three_issuers_four_layouts_and_five_signers() -> None:
    assert Counter(d.issuer for d in decisions().values()) == Counter({"QĐ-UBND": 18, "TU": 4, "QĐ-BVĐK": 2})
    assert Counter(d.layout for d in trips().values()) == Counter({"list": 10, "table": 4, "prose": 6, "annex": 1})
    signed = Counter(
        next(k for k, s in SIGNERS.items() if s in DIEN_BIEN.text(stem)) for stem in DIEN_BIEN.stems("qd-")
    )
    assert signed == Counter({"TU/BÍ THƯ": 2, "TU/PBTTT": 2, "UBND/TM": 4, "UBND/KT": 14, "BVĐK": 2})
    led_by_bi_thu = {n for n, d in trips().items() if d.members[0][1].endswith(", Bí thư Tỉnh ủy")}
    assert led_by_bi_thu == {"112-QĐ/TU", "405-QĐ/TU"}
    assert all(SIGNERS["TU/PBTTT"] in DIEN_BIEN.text(st.decision_stem(n)) for n in led_by_bi_thu)
    assert "ngày 05 tháng 3 năm 2026" in DIEN_BIEN.text("bc-46-tu") and "từ ngày 09-02-2026" in DIEN_BIEN.text(
        "bc-46-tu"
    )


def test_scenario_blind43_decisions_tell_interpreters_payers_and_countries() -> None:
    sizes = {n: len(d.members) for n, d in trips().items() if len(d.members) >= 8}
    assert sizes == {"205-QĐ/TU": 9, "702/QĐ-UBND": 9, "1165/QĐ-UBND": 8}
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["900/QĐ-UBND", "955/QĐ-UBND"]
    assert paying_firms(decisions()["455/QĐ-UBND"]) == [("Công ty Cổ phần Du lịch Mường Thanh Điện Biên", True)]
    assert paying_firms(trips()["1010/QĐ-UBND"]) == [("Công ty TNHH Xuất nhập khẩu Bun Mi", False)]  # a Lao firm
    assert "Hợp tác xã Nông nghiệp và Dịch vụ Sín Thầu" in trips()["955/QĐ-UBND"].funding
    assert "Công ty TNHH Lữ hành Hoa Ban thực hiện dịch vụ đặt vé" in trips()["702/QĐ-UBND"].funding  # books only
    lao = r"(?:[Tt]ỉnh|Tỉnh ủy|Sở Y tế tỉnh) (?:Phông Sa Lỳ|Luông Pha Băng) bảo đảm"
    twinned = {n for n, d in trips().items() if re.search(lao, d.funding)}
    assert twinned == {"112-QĐ/TU", "268-QĐ/TU", "405-QĐ/TU", "720/QĐ-UBND", "1010/QĐ-UBND"}  # Lao provinces pay
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {
        "812/QĐ-UBND": "Campuchia + Lào + Mi-an-ma + Thái Lan",
        "1080/QĐ-UBND": "Campuchia + Lào + Thái Lan",
    }
    assert "các nước: Lào, Thái Lan và Campuchia từ ngày" in DIEN_BIEN.text("qd-1080")


def test_scenario_blind43_reports_link_by_number_or_by_date() -> None:
    """18 reports for 19 trips: one for 720 (citing its amendment too) and 760; one citing '821/QĐ-UBND' for 812, one
    citing only the decision's date and issuer (both linked by the decision's date and the trip's start); 1010 has none
    (late), 1165 none yet (not due)."""
    assert len({r.number for r in reports().values()}) == 18 and "821/QĐ-UBND" not in decisions()
    assert st.linked_by_date(reports()) == {"81/BC-SNgV", "88/BC-SGDĐT"}
    assert reports()["720/QĐ-UBND"] == reports()["760/QĐ-UBND"] and reports()["760/QĐ-UBND"].number == "140/BC-SYT"
    assert "Thực hiện Quyết định ngày 12/10/2026 của Ủy ban nhân dân tỉnh" in DIEN_BIEN.text("bc-88-sgddt")
    assert sorted(set(trips()) - set(reports())) == ["1010/QĐ-UBND", "1165/QĐ-UBND"]
    for number, t in facts().items():
        if t.report:
            body = st.squash(DIEN_BIEN.text(DIEN_BIEN.report_stem(t.report.number)))
            told = re.findall(rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})", body)
            assert (t.start, t.end) in {(st.slash_date(a), st.slash_date(b)) for a, b in told}, number


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind43_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(DIEN_BIEN, part, found(), set(decisions()), findings=14, traps=52)


def test_scenario_blind43_every_finding_names_its_person_or_none() -> None:
    st.check_scored_fields(DIEN_BIEN)


LEADS = (
    ("168/QĐ-UBND", 10),  # Tết 16–20/2 off: exactly ten
    ("430/QĐ-UBND", 9),  # the breach: 27/4, 30/4, 1/5 off
    ("850/QĐ-UBND", 9),  # the breach: 22/8 worked, 31/8–2/9 off
    ("853/QĐ-UBND", 10),  # exactly ten, with Saturday 22/8 worked
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 2, 12), 10, (2026, 3, 5)),  # Tết 16–20/2 off
    ((2026, 4, 13), 10, (2026, 4, 28)),  # 27/4 off
    ((2026, 4, 24), 10, (2026, 5, 13)),  # 27/4, 30/4, 1/5 off
    ((2026, 7, 16), 7, (2026, 7, 27)),
    ((2026, 8, 21), 7, (2026, 9, 3)),  # 22/8 worked, 31/8–2/9 off
    ((2026, 9, 22), 7, (2026, 10, 1)),
    ((2026, 10, 21), 7, (2026, 10, 30)),
    ((2026, 12, 11), 7, (2026, 12, 22)),  # after the check date
)
"""End of the trip, the working days the rule in force gives, the report's last day."""


def test_scenario_blind43_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2))
    DIEN_BIEN.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    assert [st.weekdays_between(trips()[n].submitted, trips()[n].start) for n in ("430/QĐ-UBND", "850/QĐ-UBND")] == [
        12,
        11,
    ]  # only the holidays make these short
    assert DIEN_BIEN.without_make_up().lead(dt.date(2026, 8, 20), dt.date(2026, 9, 8)) == 9
    got = [DIEN_BIEN.nth_working_day_after(dt.date(*end), n) for end, n, _ in DUES]
    assert got == [dt.date(*d) for _, _, d in DUES]
    assert dt.date(2026, 12, 22) > dt.date.fromisoformat(DIEN_BIEN.expected()["as_of"])
    # 24/11 (the package's Ngày Văn hóa Việt Nam) lies in no lead and no report window that decides a label.
    assert DIEN_BIEN.nth_working_day_after(dt.date(2026, 11, 19), 7) == dt.date(2026, 12, 1)


def test_scenario_blind43_every_text_has_its_scan() -> None:
    DIEN_BIEN.check_scans(44, required=False)


def test_scenario_blind43_labels_hang_on_the_reading() -> None:
    """A reader who gives the Thường trực two trips loses the Bí thư's second; one who gives everyone one flags
    every key leader's second; one who skips the amendment flags 720's two key leaders; one who keeps the cancelled
    decision flags its size, firm, missing report and two thirds; one who skips 19-QĐi/TU loses 702's size and 268's
    report; one who applies it from January flags 205's nine and five reports of the first half; one who forgets the
    make-up Saturday flags 853's lead."""
    two = by_group(DIEN_BIEN, facts().values(), one=2)
    assert (two - found(), found() - two) == (set(), {("max_trips_per_year", "405-QĐ/TU", "Hà Quang Trung")})
    strict = st.recompute(
        DIEN_BIEN, [replace(f, limits=dict(f.limits) | {"max_trips_per_year": 1}) for f in facts().values()]
    )
    seconds = {(n, p) for k, n, p in strict - found()}
    assert {p for _, p in seconds} == {
        "Lê Thị Thu Hà",
        "Mùa A Vảng",
        "Cầm Văn Sơn",
        "Quàng Thị Mai",
        "Lò Văn Hặc",
        "Tòng Văn Chung",
        "Bạc Cầm Hoa",
        "Lò Thị Hoan",
        "Nguyễn Thị Lan Anh",
        "Hoàng Văn Quý",
        "Lò Văn Tún",
        "Lò Thị Phượng",
    }
    unamended = dict(trips()) | {"720/QĐ-UBND": decisions()["720/QĐ-UBND"]}
    assert by_group(DIEN_BIEN, facts_of(DIEN_BIEN, unamended).values()) - found() == {
        ("no_two_key_leaders_same_unit", "720/QĐ-UBND", None)
    }
    uncancelled = dict(trips()) | {"455/QĐ-UBND": decisions()["455/QĐ-UBND"]}
    assert by_group(DIEN_BIEN, facts_of(DIEN_BIEN, uncancelled).values()) - found() == {
        ("max_delegation_size", "455/QĐ-UBND", None),
        ("no_enterprise_funded", "455/QĐ-UBND", None),
        ("report_deadline_working_days", "455/QĐ-UBND", None),
        ("max_trips_per_year", "455/QĐ-UBND", "Cầm Văn Sơn"),
        ("max_trips_per_year", "812/QĐ-UBND", "Bạc Cầm Hoa"),
    }
    old = by_group(DIEN_BIEN, facts_of(DIEN_BIEN, trips(), replaced=False).values())
    assert (old - found(), found() - old) == (
        set(),
        {("max_delegation_size", "702/QĐ-UBND", None), ("report_deadline_working_days", "268-QĐ/TU", None)},
    )
    later = limits(SECOND, SECOND_RULES)
    early = by_group(DIEN_BIEN, [replace(f, limits=later) for f in facts().values()])
    assert found() - early == set() and {(k, n) for k, n, _ in early - found()} == {
        ("max_delegation_size", "205-QĐ/TU"),
        ("report_deadline_working_days", "112-QĐ/TU"),
        ("report_deadline_working_days", "168/QĐ-UBND"),
        ("report_deadline_working_days", "85/QĐ-BVĐK"),
        ("report_deadline_working_days", "310/QĐ-UBND"),
    }
    bare = DIEN_BIEN.without_make_up()
    assert by_group(bare, facts_of(bare, trips()).values()) - found() == {
        ("submission_lead_working_days", "853/QĐ-UBND", None)
    }
