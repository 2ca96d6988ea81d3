"""The Bộ Tài chính 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy định of Ban Thường vụ Đảng ủy Bộ
(Điều/khoản, numbers in words and digits, one sentence across a page break) and the later Quy chế, which shortens the
report deadline for delegations returning from its date; whose trips a year count from the key leaders the Quy định
lists ("… gồm: …": heads of the ministry's units, a deputy in charge of a unit without a head, the unit's party
secretary; other deputies, heads of units under a Cục and the ministry's leaders out), less the trips to negotiate a
loan under the Government's authorisation; the delegation's size without its interpreters; trips from three issuers'
decisions in four layouts with a cancellation, an extension and a postponement applied; reports linked by the numbers
they cite or, for a mistyped number or a date-only citation, by the decision's date and the trip's start; deadlines and
leads in working days (holidays VN with its make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

import pytest

from tests import scenario_texts as st

BTC = st.ScenarioTexts("scenario_blind28", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, QUY_CHE = "00-1-qdi-05-du", "00-2-qd-525-btc"
WORDS = {"hai": 2, "năm": 5, "bảy": 7, "chín": 9, "mười": 10}
QDI_RULES = {
    "max_trips_per_year": r"mỗi năm không quá (\w+) \((\d+)\) chuyến, tính theo năm dương lịch",
    "max_delegation_size": r"không vượt quá (\w+) \((\d+)\) người, không kể cán bộ làm nhiệm vụ phiên dịch",
    "max_countries_per_trip": r"Mỗi đoàn đi không quá (\w+) \((\d+)\) nước trong một chuyến công tác",
    "max_days_per_country": r"tại mỗi nước tối đa (\w+) \((\d+)\) ngày, không kể ngày đi và ngày về",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Chậm nhất sau (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước",
}
QC_RULES = {
    "max_delegation_size": r"có tối đa (\w+) \((\d+)\) người, không kể phiên dịch",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày kết thúc chuyến công tác",
}
QC_FROM = r"áp dụng đối với các đoàn về nước từ ngày (\d{1,2}/\d{1,2}/\d{4}), thay cho thời hạn mười \(10\)"
COUNTRIES = {
    "Nhật Bản": "Nhật Bản",
    "Phi-líp-pin": "Phi-líp-pin",
    "Xinh-ga-po": "Xinh-ga-po",
    "Trung Hoa": "Trung Quốc",
    "Trung Quốc": "Trung Quốc",
    "Hàn Quốc": "Hàn Quốc",
    "Ô-xtrây-li-a": "Ô-xtrây-li-a",
    "Thái Lan": "Thái Lan",
    "Pháp": "Pháp",
    "Liên bang Nga": "Nga",
    "Ca-na-đa": "Ca-na-đa",
    "Đức": "Đức",
    "Áo": "Áo",
    "Thụy Sĩ": "Thụy Sĩ",
    "Lào": "Lào",
    "Cam-pu-chia": "Cam-pu-chia",
    "Niu Di-lân": "Niu Di-lân",
    "Cu-ba": "Cu-ba",
    "Ấn Độ": "Ấn Độ",
}
"""A destination as the decisions write it (short, long form, or with a city) → the label's name; a transit ("quá
cảnh tại …") is no destination (Quy định Điều 4 khoản 2)."""
ACADEMIC = r"(?:PGS\.TS\.|TS\.|ThS\.)"
HONORIFIC = rf"(?:Đồng chí|Ông|Bà|ông|bà|{ACADEMIC})"
LIST_MEMBER = re.compile(rf"^\d+\. {HONORIFIC} (?P<name>[^,]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.MULTILINE)
TABLE_MEMBER = re.compile(
    r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+?)(?: \(Trưởng đoàn\))?\t(?P<unit>[^\t\n]+)$", re.MULTILINE
)
UNITS = (
    r"(?:Cục Thuế|Cục Hải quan|Kho bạc Nhà nước|Cục Quản lý nợ và Kinh tế đối ngoại|Ủy ban Chứng khoán Nhà nước"
    r"|Học viện Tài chính|Viện Chiến lược và Chính sách kinh tế – tài chính|Vụ Hợp tác quốc tế|Vụ Tổ chức cán bộ"
    r"|Văn phòng Bộ)"
)
"""The cục, vụ and equivalent units of the ministry (Quy định Điều 3 khoản 2); a Thuế tỉnh is a unit under a Cục."""
KEY_POSTS = (
    (
        re.compile(rf"^(?:Cục trưởng|Vụ trưởng|Tổng Giám đốc|Chủ tịch|Giám đốc|Viện trưởng|Chánh) (?P<unit>{UNITS})$"),
        None,
    ),
    (re.compile(rf"^Phó \S+(?: \S+)? phụ trách (?P<unit>{UNITS})$"), None),
    (re.compile(rf"^Bí thư (?:Đảng ủy|Chi bộ) (?P<unit>{UNITS})$"), None),
)
"""Điều 3 khoản 2's key leaders, each post of a title tried ("Phó Cục trưởng, Bí thư Đảng ủy Cục Thuế" is in)."""
FIRM = r"(?:Tổng công ty|Công ty|Tập đoàn|[Dd]oanh nghiệp)"
PAYS = re.compile(rf"{FIRM}[^;.]*?\b(?:đài thọ|chi trả|tài trợ|mời)\b")
NEGOTIATION = re.compile(r"^Mục đích chuyến công tác: đàm phán .+ theo ủy quyền của Chính phủ\.$", re.MULTILINE)


class Decision(st.FormDecision):
    @property
    def purpose(self) -> str:
        """Điều 1's line "Mục đích chuyến công tác: …", or ""."""
        m = re.search(r"^Mục đích chuyến công tác: .+$", self.article1, re.MULTILINE)
        return m[0] if m else ""


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member and the layout: numbered list (the party's, "party"), ruled table or prose."""
    members, layout = st.members_and_layout(article1, LIST_MEMBER, TABLE_MEMBER, HONORIFIC)
    party = layout == "list" and article1.startswith("Điều 1. Cử đoàn cán bộ của Đảng bộ")
    return members, "party" if party else layout


FORM = st.DecisionForm(BTC, Decision, read_members, where=r"(?:đi công tác|trao đổi kinh nghiệm) tại (.+?) từ ngày")
decisions, trips, reports = st.cited_trip_readers(BTC, FORM.read)


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"quá cảnh tại [^)]*", "", d.where), COUNTRIES)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a key leader under Điều 3 khoản 2, or None."""
    return st.key_post_unit(title, KEY_POSTS)


def enterprise_pays(d: Decision) -> bool:
    """Whether a clause of the funding article has an enterprise invite or pay (Điều 4 khoản 5, state-owned ones
    included); a clause that says "không" pays nothing, and a firm named elsewhere (the purpose) is no payer."""
    return any(PAYS.search(c) and not re.search(r"\bkhông\b", c) for c in re.split(r"[;.] ?", d.funding))


def counted(d: Decision) -> frozenset[str]:
    """Whose trips a year this trip counts: the key leaders, none on a loan negotiation under the Government's
    authorisation (Điều 3 khoản 4)."""
    if NEGOTIATION.search(d.purpose):
        return frozenset()
    return frozenset(name for name, title in d.members if key_unit(title))


def size(d: Decision) -> int:
    """The members the size limit counts: interpreters are not (Điều 4 khoản 1)."""
    return sum(not title.startswith("Phiên dịch") for _, title in d.members)


LIMITS = st.LaterLimits(
    BTC, WORDS, (QUY_DINH, QDI_RULES), (QUY_CHE, QC_RULES), QC_FROM, "end", ("report_deadline_working_days",)
)
"""The Quy định's limits, with the Quy chế's report deadline for the delegations returning from its date."""


@cache
def facts() -> dict[str, st.TripFacts]:
    return st.facts_of(
        BTC, trips(), reports(), key_unit, countries, enterprise_pays, LIMITS.of, counted=counted, size=size
    )


def lead(number: str) -> int:
    return facts()[number].lead


def test_scenario_blind28_quy_che_shortens_the_report_deadline_from_its_date() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=9, days=5, countries=2, lead=10, report=10)
    values, since = LIMITS.amended()
    assert values == {"max_delegation_size": 9, "submission_lead_working_days": 10, "report_deadline_working_days": 7}
    assert since == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30))["report_deadline_working_days"] == 10
    assert LIMITS.on(dt.date(2026, 7, 1))["report_deadline_working_days"] == 7
    assert "Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026" in BTC.text(QUY_CHE)
    assert st.issue_date(BTC.text(QUY_DINH)) == dt.date(2026, 1, 12)
    assert all(d.issued > dt.date(2026, 1, 12) for d in decisions().values())


def test_scenario_blind28_a_rule_sentence_runs_over_the_page_break() -> None:
    page1, page2 = BTC.text(QUY_DINH).split("\f")
    assert page1.rstrip().endswith("chậm nhất mười (10) ngày làm việc")
    assert page2.startswith("trước ngày dự kiến xuất cảnh")


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Cục trưởng Cục Thuế", "Cục Thuế"),
        ("Phó Cục trưởng Cục Thuế", None),
        ("Phó Cục trưởng, Bí thư Đảng ủy Cục Thuế", "Cục Thuế"),
        ("Phó Cục trưởng phụ trách Cục Quản lý nợ và Kinh tế đối ngoại", "Cục Quản lý nợ và Kinh tế đối ngoại"),
        ("Phó Cục trưởng Cục Quản lý nợ và Kinh tế đối ngoại", None),
        ("Trưởng Thuế tỉnh Bắc Ninh", None),
        ("Phó Trưởng Thuế tỉnh Bắc Ninh", None),
        ("Tổng Giám đốc Kho bạc Nhà nước", "Kho bạc Nhà nước"),
        ("Chủ tịch Ủy ban Chứng khoán Nhà nước", "Ủy ban Chứng khoán Nhà nước"),
        ("Phó Chủ tịch Ủy ban Chứng khoán Nhà nước", None),
        ("Giám đốc Học viện Tài chính", "Học viện Tài chính"),
        ("Phó Giám đốc, Bí thư Đảng ủy Học viện Tài chính", "Học viện Tài chính"),
        (
            "Viện trưởng Viện Chiến lược và Chính sách kinh tế – tài chính",
            "Viện Chiến lược và Chính sách kinh tế – tài chính",
        ),
        ("Phó Viện trưởng Viện Chiến lược và Chính sách kinh tế – tài chính", None),
        ("Vụ trưởng Vụ Hợp tác quốc tế", "Vụ Hợp tác quốc tế"),
        ("Phó Vụ trưởng Vụ Hợp tác quốc tế", None),
        ("Vụ trưởng Vụ Tổ chức cán bộ", "Vụ Tổ chức cán bộ"),
        ("Thứ trưởng Bộ Tài chính", None),
        ("Phó Bí thư Thường trực Đảng ủy Bộ Tài chính", None),
        ("Phó Chánh Văn phòng Đảng ủy Bộ Tài chính", None),
        ("Trưởng ban Hợp tác quốc tế, Cục Thuế", None),
        ("Phó Vụ trưởng Vụ Quản lý quỹ, Ủy ban Chứng khoán Nhà nước", None),
    ],
)
def test_scenario_blind28_key_leader_follows_dieu_3(title: str, unit: str | None) -> None:
    assert key_unit(title) == unit


def test_scenario_blind28_quy_dinh_words_its_scope_and_exceptions() -> None:
    text = st.squash(BTC.text(QUY_DINH))
    assert "Lãnh đạo chủ chốt quy định tại khoản 1 Điều này gồm: người đứng đầu các cục, vụ" in text
    assert "cấp phó được giao phụ trách, điều hành đơn vị khi chưa có người đứng đầu; bí thư đảng ủy" in text
    assert "người đứng đầu và cấp phó của các đơn vị trực thuộc cục (Thuế tỉnh, thành phố;" in text
    assert "Lãnh đạo Bộ, Bí thư, Phó Bí thư Đảng ủy Bộ thực hiện theo quy định của Bộ Chính trị" in text
    assert "Không tính vào số chuyến quy định tại khoản 1 Điều này các chuyến đi tham gia đàm phán" in text
    assert "kể cả doanh nghiệp nhà nước, doanh nghiệp có vốn nhà nước" in text
    assert {n for n, d in trips().items() if NEGOTIATION.search(d.purpose)} == {"268/QĐ-BTC"}
    assert "Mạc Đình Hưng" not in counted(trips()["268/QĐ-BTC"])


def test_scenario_blind28_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert len(decisions()) == 28 and len(trips()) == 24
    assert st.changes(decisions()) == {
        "631/QĐ-BTC": "598/QĐ-BTC",
        "917/QĐ-BTC": "884/QĐ-BTC",
        "958/QĐ-BTC": "925/QĐ-BTC",
    }
    assert size(decisions()["598/QĐ-BTC"]) == 11, "the cancelled delegation would have been over the limit"
    assert trips()["925/QĐ-BTC"].start == dt.date(2027, 1, 11)
    assert trips()["884/QĐ-BTC"].end == dt.date(2026, 11, 14)
    st.check_trips(BTC, facts())
    st.check_bare_names(BTC, rf"(?:{ACADEMIC}|đồng chí |ông |bà )")


def test_scenario_blind28_issuers_and_layouts_vary() -> None:
    by_issuer = {s: sum(n.endswith(s) for n in decisions()) for s in ("/QĐ-BTC", "-QĐ/ĐU", "/QĐ-CT")}
    assert by_issuer == {"/QĐ-BTC": 24, "-QĐ/ĐU": 1, "/QĐ-CT": 3}
    layouts = [d.layout for d in trips().values()]
    assert layouts.count("list") >= 12 and layouts.count("prose") >= 4 and layouts.count("table") >= 2
    assert "party" in layouts
    assert re.search(r"^Số 78-QĐ/ĐU$", BTC.text("qd-78-qd"), re.MULTILINE), "the party form has no colon"


def test_scenario_blind28_size_leaves_out_the_interpreters() -> None:
    assert {n: (len(d.members), size(d)) for n, d in trips().items() if size(d) != len(d.members)} == {
        "608/QĐ-BTC": (11, 10),
        "871/QĐ-BTC": (10, 9),
    }


def test_scenario_blind28_funding_names_firms_that_do_not_pay() -> None:
    paid = {n for n, d in trips().items() if enterprise_pays(d)}
    assert paid == {"760/QĐ-BTC"}
    assert "Tổng công ty Bảo hiểm Hưng Việt" in trips()["781/QĐ-BTC"].funding
    assert "không đài thọ chi phí của đoàn" in trips()["781/QĐ-BTC"].funding
    assert "Tập đoàn Tái bảo hiểm Munich Re" in trips()["735/QĐ-BTC"].purpose
    assert "không do doanh nghiệp nào mời hay đài thọ" in trips()["512/QĐ-BTC"].funding
    assert "không nhận tài trợ của bất kỳ doanh nghiệp nào" in trips()["802/QĐ-BTC"].funding


def test_scenario_blind28_transit_is_no_destination() -> None:
    assert countries(trips()["802/QĐ-BTC"]) == {"Ô-xtrây-li-a", "Niu Di-lân"}
    assert "Xinh-ga-po" in trips()["802/QĐ-BTC"].where
    assert countries(trips()["560/QĐ-BTC"]) == {"Pháp"}


def test_scenario_blind28_reports_link_and_two_need_more_than_the_cited_number() -> None:
    linked = {r.number: r for r in reports().values()}
    assert len(linked) == 20
    assert st.linked_by_date(reports()) == {"71/BC-QLN", "40/BC-HVTC"}
    assert linked["71/BC-QLN"].decisions == ("866/QĐ-BTC",)
    assert "868/QĐ-BTC" in BTC.text("bc-71-bc-qln") and "868/QĐ-BTC" not in decisions()
    assert linked["15/BC-TBN"].decisions == ("214/QĐ-CT", "229/QĐ-CT")
    assert linked["66/BC-VCL"].decisions == ("884/QĐ-BTC",)
    assert set(trips()) - set(reports()) == {"871/QĐ-BTC", "925/QĐ-BTC", "964/QĐ-BTC"}
    st.check_reports_tell_dates(
        BTC, {n: f for n, f in facts().items() if n != "229/QĐ-CT"}, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})"
    )


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind28_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BTC, part, st.recompute(BTC, facts().values()), set(decisions()), findings=14, traps=57)


def test_scenario_blind28_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    BTC.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    assert lead("215/QĐ-BTC") == 10  # Tết 16–20/2 inside
    assert lead("470/QĐ-BTC") == 8  # 27/4, 30/4, 1/5 inside
    assert st.weekdays_between(dt.date(2026, 4, 21), dt.date(2026, 5, 7)) == 11
    assert lead("779/QĐ-BTC") == 10  # the make-up Saturday 22/8 counted
    assert BTC.without_make_up().lead(dt.date(2026, 8, 14), dt.date(2026, 8, 28)) == 9
    assert lead("964/QĐ-BTC") == 8  # 24/11 off
    assert BTC.nth_working_day_after(dt.date(2026, 2, 28), 10) == dt.date(2026, 3, 13)
    assert BTC.nth_working_day_after(dt.date(2026, 6, 30), 10) == dt.date(2026, 7, 14)
    assert BTC.nth_working_day_after(dt.date(2026, 6, 30), 7) == dt.date(2026, 7, 9)
    assert BTC.nth_working_day_after(dt.date(2026, 7, 10), 7) == dt.date(2026, 7, 21)
    assert BTC.nth_working_day_after(dt.date(2026, 7, 10), 10) == dt.date(2026, 7, 24)
    assert BTC.nth_working_day_after(dt.date(2026, 8, 21), 7) == dt.date(2026, 9, 3)
    assert BTC.nth_working_day_after(dt.date(2026, 11, 12), 7) == dt.date(2026, 11, 23)
    assert BTC.nth_working_day_after(dt.date(2026, 11, 14), 7) == dt.date(2026, 11, 25)
    assert BTC.nth_working_day_after(dt.date(2026, 12, 11), 7) == dt.date(2026, 12, 22)


def test_scenario_blind28_every_text_has_its_scan() -> None:
    BTC.check_scans(50, required=False)


def test_scenario_blind28_labels_hang_on_the_exception_and_the_quy_che() -> None:
    """A reader who counts the loan negotiation flags Hưng one trip early; one who keeps the Quy định's ten days for
    every report misses the late reports of 688 and 866; one who forgets the interpreters' exclusion flags 871 too."""
    found = st.recompute(BTC, facts().values())
    no_exception = {
        n: replace(f, counted=frozenset(name for name, unit in f.members if unit)) for n, f in facts().items()
    }
    assert st.recompute(BTC, no_exception.values()) - found == {("max_trips_per_year", "866/QĐ-BTC", "Mạc Đình Hưng")}
    ten_days = {n: replace(f, limits=LIMITS.base()) for n, f in facts().items()}
    assert found - st.recompute(BTC, ten_days.values()) == {
        ("report_deadline_working_days", "688/QĐ-BTC", None),
        ("report_deadline_working_days", "866/QĐ-BTC", None),
    }
    everyone = {n: replace(f, size=None) for n, f in facts().items()}
    assert st.recompute(BTC, everyone.values()) - found == {("max_delegation_size", "871/QĐ-BTC", None)}
