"""The Ninh Bình 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Tỉnh ủy
(Điều/khoản, numbers in words and digits) and the later Quy chế of UBND tỉnh, which lowers the days in each country
for delegations departing from its effective date; whose trips a year count from the key leaders the Quy định defines
("… là người đứng đầu …, gồm …", cấp phó out, a deputy who is bí thư cấp ủy or is given charge of the body in, a
company's Giám đốc under a Chủ tịch công ty out), less a trip that joins a central ministry's delegation; trips from
five issuers' decisions in five layouts with a cancellation, an extension and a postponement applied; funding read
clause by clause (a firm paying part is a breach, a negated or a visited firm is not); reports linked by the numbers
they cite or, for a mistyped number or a date-only citation, by the decision's date and the trip's start; deadlines
and leads in working days (holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from tests import scenario_texts as st

NINH_BINH = st.ScenarioTexts("scenario_blind25", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, QUY_CHE = "00-1-qdi-09-tu", "00-2-qd-1268-ubnd"
WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"không đi công tác nước ngoài quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"số lượng thành viên mỗi đoàn tối đa (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_countries_per_trip": r"Mỗi chuyến công tác đi không quá (\w+) \((\d+)\) nước, nước chỉ quá cảnh không tính",
    "max_days_per_country": r"làm việc tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_RULES = {
    "max_delegation_size": r"mỗi đoàn có tối đa (\w+) \((\d+)\) người, kể cả trưởng đoàn",
    "max_days_per_country": r"làm việc tại mỗi nước không quá (\w+) \((\d+)\) ngày, không kể thời gian đi và về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_FROM = rf"áp dụng đối với các đoàn xuất cảnh từ ngày ({st.DASHED}), thay cho thời gian năm \(05\) ngày"
COUNTRIES = {
    **{
        name: name
        for name in (
            "Nhật Bản",
            "Lào",
            "Hà Lan",
            "Hàn Quốc",
            "Ô-xtrây-li-a",
            "Pháp",
            "Ấn Độ",
            "Xinh-ga-po",
            "Đức",
            "Áo",
            "Thụy Sĩ",
            "I-ta-li-a",
            "Thái Lan",
            "Ma-lai-xi-a",
            "Trung Quốc",
            "Cam-pu-chia",
            "Anh",
            "In-đô-nê-xi-a",
            "Các Tiểu vương quốc Ả-rập Thống nhất",
        )
    },
    "Đại Hàn Dân Quốc": "Hàn Quốc",
}
"""A destination as the decisions write it (inside the state's long form) → the label's name; a transit ("(quá cảnh
tại …)") is no destination (Quy định Điều 4 khoản 2)."""
ACADEMIC = r"(?:PGS\.TS\.|ThS\.BS\.|BSCKII\.|BSCKI\.|CNĐD\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:Đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]+)$", re.MULTILINE
)
PROVINCE = "tỉnh Ninh Bình"
BQL = "Ban Quản lý các khu công nghiệp tỉnh"
KEY_POSTS = (
    (re.compile(r"(?:^|, )Bí thư Tỉnh ủy$"), PROVINCE),
    (re.compile(r"^Chủ tịch (?:UBND|Ủy ban nhân dân) tỉnh$"), PROVINCE),
    (re.compile(r"(?:^|, )(?:Giám đốc|Phó Giám đốc phụ trách|Bí thư Đảng ủy|Bí thư Chi bộ) (?P<unit>Sở .+)$"), None),
    (re.compile(r"^Trưởng [Bb]an (?:Ban )?Quản lý các khu công nghiệp tỉnh$"), BQL),
    (re.compile(r"(?:^|, )(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) (?P<unit>(?:xã|phường) .+)$"), None),
    (re.compile(r"(?:^|, )(?:Hiệu trưởng|Giám đốc|Bí thư Đảng ủy) (?P<unit>(?:Trường Đại học|Bệnh viện) .+)$"), None),
    (re.compile(r"(?:^|, )(?:Chủ tịch công ty|Chủ tịch|Bí thư Đảng ủy) (?P<unit>Công ty .+)$"), None),
)
"""Quy định Điều 3 khoản 2's key leaders with the unit they lead: the head of the party committee and the head of the
body; a cấp phó only when bí thư of the same body or given charge of it ("Phó Giám đốc phụ trách"); a company's
Giám đốc (under its Chủ tịch công ty) never. A post after a comma counts ("Phó Giám đốc, Bí thư Đảng ủy Sở …")."""
FIRM = r"(?:Tổng công ty|Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYER = re.compile(rf"\bdo (?P<payer>{FIRM}[^;.]*?) (?:tổ chức hay )?(?:đài thọ|chi trả|tài trợ)")
CENTRAL = re.compile(r"tham gia Đoàn công tác của Bộ [^,]+? do (?:Bộ trưởng|Thứ trưởng) [^,]+? làm trưởng đoàn")


class Decision(st.FormDecision):
    @property
    def central(self) -> bool:
        """The trip joins a central ministry's delegation (Điều 3 khoản 3)."""
        return bool(CENTRAL.search(self.article1))


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    return st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, rf"(?:ông|bà|{ACADEMIC})", body)


FORM = st.DecisionForm(NINH_BINH, Decision, read_members, where=r" tại (.+?) từ ngày")
decisions, trips, reports = st.cited_trip_readers(NINH_BINH, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"\(quá cảnh tại [^)]*\)", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 3 khoản 2, or None."""
    for pattern, unit in KEY_POSTS:
        m = pattern.search(title)
        if m:
            return unit or m["unit"]
    return None


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has a firm pay all or part (Điều 5); a negated clause ("không do doanh
    nghiệp nào … tài trợ") pays nothing, and a firm that is visited or pays only for its own people is no payer."""
    for clause in re.split(r"[;.] ?", d.funding):
        m = PAYER.search(clause)
        if m and not re.search(r"\bkhông\s*$", clause[: m.start()]):
            return True
    return False


def counted(d: Decision) -> frozenset[str] | None:
    """Whose trips a year this trip counts: nobody's when it joins a central ministry's delegation (Điều 3 khoản 3),
    else the key leaders' (None)."""
    return frozenset() if d.central else None


LIMITS = st.LaterLimits(
    NINH_BINH, WORDS, (QUY_DINH, QDI_RULES), (QUY_CHE, QC_RULES), QC_FROM, "start", ("max_days_per_country",)
)
"""The Quy định's limits, with the Quy chế's days in a country for the delegations departing from its date."""


def all_facts(
    texts: st.ScenarioTexts = NINH_BINH, *, central_counts: bool = False, with_quy_che: bool = True
) -> dict[str, st.TripFacts]:
    """Every trip's facts; the flags show what a reader who ignores the central-delegation exception or the Quy chế
    would count."""
    return st.facts_of(
        texts,
        trips(),
        reports(),
        key_unit,
        countries,
        enterprise_pays,
        lambda d: LIMITS.of(d, amended=with_quy_che),
        counted=None if central_counts else counted,
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return all_facts()


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind25_quy_che_lowers_the_days_in_a_country_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=5, countries=3, lead=10, report=10)
    values, since = LIMITS.amended()
    assert values == {
        "max_delegation_size": 10,
        "max_days_per_country": 4,
        "submission_lead_working_days": 10,
        "report_deadline_working_days": 10,
    }
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30))["max_days_per_country"] == 5
    assert LIMITS.on(dt.date(2026, 7, 1))["max_days_per_country"] == 4
    assert "Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026" in NINH_BINH.text(QUY_CHE)
    assert st.issue_date(NINH_BINH.text(QUY_DINH)) == dt.date(2026, 1, 12)
    assert st.issue_date(NINH_BINH.text(QUY_CHE)) == dt.date(2026, 6, 16)
    assert all(d.issued > dt.date(2026, 1, 12) for d in decisions().values())


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", PROVINCE),
        ("Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", None),
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", None),
        ("Giám đốc Sở Công Thương", "Sở Công Thương"),
        ("Giám đốc Sở Tài chính", "Sở Tài chính"),
        ("Phó Giám đốc Sở Công Thương", None),
        ("Phó Giám đốc phụ trách Sở Xây dựng", "Sở Xây dựng"),
        ("Phó Giám đốc Sở Xây dựng", None),
        ("Phó Giám đốc, Bí thư Đảng ủy Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Trưởng phòng Quản lý du lịch, Sở Văn hóa, Thể thao và Du lịch", None),
        ("Trưởng Ban Quản lý các khu công nghiệp tỉnh", BQL),
        ("Trưởng Ban Ban Quản lý các khu công nghiệp tỉnh", BQL),
        ("Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh", None),
        ("Bí thư Đảng ủy phường Hoa Lư", "phường Hoa Lư"),
        ("Chủ tịch UBND phường Phủ Lý", "phường Phủ Lý"),
        ("Phó Bí thư Đảng ủy, Phó Chủ tịch UBND phường Nam Định", None),
        ("Chánh Văn phòng HĐND và UBND phường Phủ Lý", None),
        ("Hiệu trưởng Trường Đại học Hoa Lư", "Trường Đại học Hoa Lư"),
        ("Bí thư Đảng ủy Trường Đại học Hoa Lư", "Trường Đại học Hoa Lư"),
        ("Phó Hiệu trưởng", None),
        ("Hiệu trưởng Trường Trung học phổ thông chuyên Lương Văn Tụy", None),
        ("Giám đốc Bệnh viện Đa khoa tỉnh Ninh Bình", "Bệnh viện Đa khoa tỉnh Ninh Bình"),
        ("Phó Giám đốc Bệnh viện Đa khoa tỉnh Ninh Bình", None),
        ("Chủ tịch Công ty TNHH MTV Thủy lợi Nam Ninh Bình", "Công ty TNHH MTV Thủy lợi Nam Ninh Bình"),
        ("Chủ tịch công ty Công ty TNHH MTV Thủy lợi Nam Ninh Bình", "Công ty TNHH MTV Thủy lợi Nam Ninh Bình"),
        ("Giám đốc Công ty TNHH MTV Thủy lợi Nam Ninh Bình", None),
        ("Phó Trưởng Ban Tổ chức Tỉnh ủy", None),
    ],
)
def test_scenario_blind25_key_leader_follows_dieu_3(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind25_quy_dinh_words_its_scope_and_exception() -> None:
    text = st.squash(NINH_BINH.text(QUY_DINH))
    assert "Lãnh đạo chủ chốt quy định tại Quy định này là người đứng đầu cấp ủy và người đứng đầu cơ quan" in text
    assert "Cấp phó của người đứng đầu và giám đốc doanh nghiệp có chủ tịch công ty không thuộc diện này" in text
    assert "cấp phó được giao phụ trách cơ quan, đơn vị khi chưa có người đứng đầu thì được xác định" in text
    assert "Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi tham gia đoàn công tác của bộ" in text
    assert "do doanh nghiệp tổ chức, đài thọ toàn bộ hoặc một phần chi phí" in text
    assert {n for n, d in trips().items() if d.central} == {"1105/QĐ-UBND"}
    assert key_unit(dict(trips()["1105/QĐ-UBND"].members)["Vũ Đức Thắng"]) == "Sở Công Thương"


def test_scenario_blind25_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 29 and len(trips()) == 25
    assert st.changes(decisions()) == {
        "730/QĐ-UBND": "641/QĐ-UBND",
        "1071/QĐ-UBND": "958/QĐ-UBND",
        "2290/QĐ-UBND": "2186/QĐ-UBND",
    }
    assert len(decisions()["641/QĐ-UBND"].members) == 11, "the cancelled delegation was over the limit"
    assert (trips()["958/QĐ-UBND"].end, trips()["2186/QĐ-UBND"].start) == (dt.date(2026, 5, 31), dt.date(2027, 1, 11))
    st.check_trips(NINH_BINH, facts())
    st.check_bare_names(NINH_BINH, rf"(?:{ACADEMIC}|đồng chí |ông |bà )")


def test_scenario_blind25_issuers_and_layouts_vary() -> None:
    suffixes = ("/QĐ-UBND", "-QĐ/TU", "/QĐ-ĐHHL", "/QĐ-BVĐK", "/QĐ-BQLKCN")
    assert {s: sum(n.endswith(s) for n in decisions()) for s in suffixes} == {
        "/QĐ-UBND": 24,
        "-QĐ/TU": 1,
        "/QĐ-ĐHHL": 2,
        "/QĐ-BVĐK": 1,
        "/QĐ-BQLKCN": 1,
    }
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 14 and layouts.count("prose") >= 4 and layouts.count("table") >= 3
    assert st.decision_stem("31-QĐ/TU") == "qd-31-qd"


def test_scenario_blind25_funding_names_firms_that_do_not_pay() -> None:
    assert {n for n, d in trips().items() if enterprise_pays(d)} == {"1590/QĐ-UBND"}
    assert "một phần" not in trips()["1590/QĐ-UBND"].funding, "partial payment is read, not written out"
    assert "Vé máy bay quốc tế do ngân sách tỉnh chi trả" in trips()["1590/QĐ-UBND"].funding
    assert "không do doanh nghiệp nào tổ chức hay tài trợ" in trips()["1838/QĐ-UBND"].funding
    assert "Cơ quan Doanh nghiệp Hà Lan (RVO)" in trips()["598/QĐ-UBND"].funding
    assert "tự chi trả chi phí của doanh nghiệp mình" in trips()["2104/QĐ-UBND"].funding
    for number, firm in (("1142/QĐ-UBND", "Tập đoàn Canon"), ("205/QĐ-BQLKCN", "Tập đoàn Sembcorp")):
        assert firm in NINH_BINH.text(st.decision_stem(number)) and firm not in trips()[number].funding


def test_scenario_blind25_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 21
    assert {n for n, r in linked.items() if r.how != "number"} == {"73/BC-BVĐK", "44/BC-UBND"}
    assert linked["73/BC-BVĐK"].decisions == ("1488/QĐ-UBND",)
    assert "1448/QĐ-UBND" in NINH_BINH.text("bc-73-bvdk") and "1448/QĐ-UBND" not in decisions()
    assert linked["58/BC-ĐHHL"].decisions == ("97/QĐ-ĐHHL", "141/QĐ-ĐHHL")
    assert linked["37/BC-UBND"].decisions == ("958/QĐ-UBND",)
    assert linked["102/BC-UBND"].decisions == ("31-QĐ/TU",)


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind25_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(NINH_BINH, part, st.recompute(NINH_BINH, facts().values()), set(decisions()), findings=15, traps=60)


def test_scenario_blind25_exceptions_and_the_quy_che_decide_labels() -> None:
    """A reader who counts the central-delegation trip flags Thắng one trip early; one who keeps the Quy định's five
    days a country after 01/7 misses a 5-day stay; one without the make-up Saturday flags a lead of exactly ten."""
    found = st.recompute(NINH_BINH, facts().values())
    eager = st.recompute(NINH_BINH, all_facts(central_counts=True).values())
    assert eager - found == {("max_trips_per_year", "1402/QĐ-UBND", "Vũ Đức Thắng")}
    lax = st.recompute(NINH_BINH, all_facts(with_quy_che=False).values())
    assert found - lax == {("max_days_per_country", "1402/QĐ-UBND", None)}
    bare = st.recompute(NINH_BINH.without_make_up(), all_facts(NINH_BINH.without_make_up()).values())
    assert bare - found == {("submission_lead_working_days", "1663/QĐ-UBND", None)}


def test_scenario_blind25_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` and its make-up Saturday give it."""
    NINH_BINH.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("345/QĐ-UBND") == 10  # Tết 16–20/2 inside
    assert lead("866/QĐ-UBND") == 7  # 27/4, 30/4, 1/5 inside
    assert st.weekdays_between(dt.date(2026, 4, 17), dt.date(2026, 5, 4)) == 10
    assert lead("1201/QĐ-UBND") == lead("2104/QĐ-UBND") == 10
    assert lead("1663/QĐ-UBND") == 10  # the make-up Saturday 22/8 counted
    assert NINH_BINH.without_make_up().lead(dt.date(2026, 8, 10), dt.date(2026, 8, 24)) == 9
    assert lead("205/QĐ-BQLKCN") == 10  # 24/11 off
    assert lead("1975/QĐ-UBND") == 9
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 5, 9), 10) == dt.date(2026, 5, 22)
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 6, 26), 10) == dt.date(2026, 7, 10)
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 7, 10), 10) == dt.date(2026, 7, 24)  # the joint report: 28/7
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 7, 17), 10) == dt.date(2026, 7, 31)
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 8, 10), 10) == dt.date(2026, 8, 22)  # a working Saturday
    assert NINH_BINH.without_make_up().nth_working_day_after(dt.date(2026, 8, 10), 10) == dt.date(2026, 8, 24)
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 8, 21), 10) == dt.date(2026, 9, 8)
    assert NINH_BINH.nth_working_day_after(dt.date(2026, 12, 4), 10) == dt.date(2026, 12, 18)
    as_of = dt.date.fromisoformat(NINH_BINH.expected()["as_of"])
    assert facts()["418/QĐ-BVĐK"].report is None and as_of == dt.date(2026, 12, 14)
    assert facts()["1488/QĐ-UBND"].report == reports()["1488/QĐ-UBND"]


def test_scenario_blind25_every_text_has_its_scan() -> None:
    NINH_BINH.check_scans(52, required=True)
