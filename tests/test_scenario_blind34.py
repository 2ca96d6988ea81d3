"""The Đồng Nai 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the table of the party's Quy chế
09-QC/TU (Nội dung | Mức tối đa, words and digits or digits only) and the report deadline that the later Công văn of
UBND tỉnh replaces for the delegations ending their programme from its date; two limits of trips a year, one for the
posts the Quy chế lists in Mục A of its Phụ lục (a bí thư đảng ủy who is a deputy head in; Mục B out), one for the
other cán bộ "thuộc diện Ban Thường vụ Tỉnh ủy quản lý" that Điều 2 khoản 3 names by management level; the trips of
Điều 6 (with a central leader's delegation, an ASEAN meeting on the central budget) not counted; the delegation with
its interpreter; enterprise funding less a state company paying for its own staff; trips from two issuers' decisions
in four layouts with a cancellation, an extension and a postponement applied; reports linked by the numbers they
cite or by the decision's date and the trip's start; deadlines and leads in working days (holidays VN with its
make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

DONG_NAI = st.ScenarioTexts("scenario_blind34", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qc-09-tu", "00-2-cv-1860-ubnd"
ANNEXED, STATE_COMPANY = "(có danh sách kèm theo)", "Công ty TNHH MTV Cấp nước Phước Bình"
WORDS = {"Hai": 2, "Ba": 3, "Chín": 9, "mười": 10, "mười lăm": 15, "bảy": 7}
ROW_TOPICS = {"lãnh đạo chủ chốt": "max_trips_per_year", "thành viên": "max_delegation_size"} | {
    "nước đến": "max_countries_per_trip",
    "lưu lại": "max_days_per_country",
}
"""The rows of the table in Điều 5 (STT | Nội dung | Mức tối đa) that set a limit for everyone a kind binds, by a word
of their Nội dung; row 2, the Ban Thường vụ's group, is read apart (`GROUP_ROW`)."""
CELL = r"(?:(\w+) \()?(\d+)\)?"
"""A Mức tối đa cell: "Hai (02) lần/năm", or digits only: "05 ngày"."""


def table_rows(text: str) -> dict[str, str]:
    """Rule kind → the sentence of its row as the squashed text reads it (Nội dung, then the cell's number)."""
    rows = re.findall(r"^\d\t([^\t\n]+)\t[^\t\n]+$", text, re.M)
    return {
        kind: rf"{re.escape(content)} {CELL}"
        for content in rows
        for topic, kind in ROW_TOPICS.items()
        if topic in content
    }


IN_PROSE = {
    "submission_lead_working_days": r"trước ngày dự kiến xuất cảnh ít nhất (\w+ \w+) \((\d+)\) ngày làm việc",
    "report_deadline_working_days": r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày đoàn kết thúc",
}
"""The lead (Điều 8) and the report (Điều 9), in the Quy chế's prose."""
QD_RULES = table_rows(DONG_NAI.text(QUY_CHE)) | IN_PROSE
GROUP_ROW = r"\d [\w ]+ cán bộ khác thuộc diện Ban Thường vụ Tỉnh ủy quản lý (\w+) \((\d+)\) lần/năm"
CV_REPORT = r"\"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày đoàn kết thúc chương trình"
CV_SINCE = rf"Thay thế khoản 1 Điều 9 .+? kể từ ngày ({st.SLASH})"
CV_OLD = r"trước ngày \d+/\d+/\d{4} tiếp tục thực hiện thời hạn (\w+) \((\d+)\) ngày làm việc"
REPLACED = "report_deadline_working_days"
LIMITS = st.LaterLimits(
    DONG_NAI, WORDS, (QUY_CHE, QD_RULES), (CONG_VAN, {REPLACED: CV_REPORT}), CV_SINCE, by="end", changed=(REPLACED,)
)
"""The Công văn's seven working days hold for the delegations whose programme abroad ends on or after its date."""
COUNTRY_FORMS = (
    "Trung Quốc: Cộng hòa Nhân dân Trung Hoa, Trung Quốc; Hàn Quốc: Đại Hàn Dân Quốc, Hàn Quốc; Nhật Bản: Nhật Bản; "
    "Lào: Cộng hòa Dân chủ Nhân dân Lào; Cam-pu-chia: Vương quốc Cam-pu-chia; Xinh-ga-po: Xinh-ga-po; Ấn Độ: Cộng hòa "
    "Ấn Độ; Ô-xtrây-li-a: Ô-xtrây-li-a; Ca-na-đa: Ca-na-đa; Hoa Kỳ: Hợp chủng quốc Hoa Kỳ; "
    "I-ta-li-a: Cộng hòa I-ta-li-a; Thụy Sĩ: Liên bang Thụy Sĩ; Áo: Cộng hòa Áo"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is none."""
CELLS = "\t".join(rf"(?P<{cell}>[^\t\n]+)" for cell in ("name", "post", "unit"))
RULED = re.compile(rf"^\d+\t{CELLS}$", re.M)
"""A row of a ruled list of members (TT | Họ và tên | Chức vụ | Đơn vị)."""
NUMBERED = re.compile(
    r"^\d+\. (?:Ông|Bà|Đồng chí) (?:(?:TS|ThS|BSCKII)\. )?(?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[.;]$",
    re.M,
)
PROVINCIAL = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Quản lý các Khu công nghiệp Đồng Nai",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Bệnh viện Đa khoa Đồng Nai",
    "Trường Đại học Đồng Nai",
)
"""The sở, ban, đoàn thể, hospital and university of Mục A dòng 1–4 that the decisions name."""
AMONG = "(" + "|".join(map(re.escape, PROVINCIAL)) + ")"
LOCAL = r"((?:xã|phường) [\w ]+)"
MUC_A = re.compile(
    "|".join(
        (
            rf"(?:Giám đốc|Trưởng ban|Hiệu trưởng|Chủ tịch) {AMONG}",
            rf"Chủ tịch ({re.escape(STATE_COMPANY)})",
            rf"(?:Phó (?:Hiệu trưởng|Giám đốc)(?:, | kiêm ))?Bí thư Đảng ủy(?:, Phó (?:Hiệu trưởng|Giám đốc))? {AMONG}",
            rf"(?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) {LOCAL}",
        )
    )
)
"""Mục A of the Phụ lục, a group for each line it reads: heads of provincial bodies (dòng 1–4), the state company's
Chủ tịch (dòng 5), a bí thư who may be a deputy head (dòng 7), Bí thư Đảng ủy and Chủ tịch UBND of a xã, phường
(dòng 6)."""
BTV_GROUP = re.compile(
    "|".join(
        (
            rf"Phó (?:Giám đốc|Trưởng ban|Hiệu trưởng|Chủ tịch) {AMONG}",
            r"Phó Trưởng (?:Ban|ban Ban) [\w ]+ Tỉnh ủy",
            rf"Phó (?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) {LOCAL}",
        )
    )
)
"""Điều 2 khoản 3's other cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý: the deputies of provincial bodies and of
the ban of the Tỉnh ủy, Phó Bí thư and Phó Chủ tịch UBND of xã, phường (not the state company's deputies)."""
FIRM_PAYS = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?) (?:đài thọ|chi trả)")


class Decision(st.FormDecision):
    @property
    def not_counted(self) -> bool:
        """Điều 6: with a central leader's delegation, or an ASEAN meeting the central budget pays for."""
        asean = "ASEAN" in self.article1 and "ngân sách trung ương" in self.funding
        return "đi theo đoàn" in self.article1 or asean

    @property
    def party(self) -> bool:
        return self.number.endswith("-QĐ/TU")


FORM = st.DecisionForm(
    DONG_NAI,
    Decision,
    lambda body, a1: st.members_and_layout(a1, NUMBERED, RULED, "(?:ông|bà)", rows=body if ANNEXED in a1 else None),
    where=r"(?s)đi công tác tại (.+?)\s+từ ngày",
)
decisions, trips, reports = st.cited_trip_readers(DONG_NAI, FORM.read)


def key_unit(title: str) -> str | None:
    """The body of which the title's post is in Mục A, None for Mục B."""
    m = MUC_A.fullmatch(title)
    return next((g for g in m.groups() if g), None) if m else None


def in_btv_group(title: str) -> bool:
    return key_unit(title) is None and bool(BTV_GROUP.fullmatch(title))


def counted_by(post: str) -> Callable[[Decision], frozenset[str]]:
    """Whose trips a year a decision counts, for the Mục A posts ("key") or Điều 2 khoản 3's group ("group")."""
    holds = (lambda t: key_unit(t) is not None) if post == "key" else in_btv_group
    return lambda d: frozenset() if d.not_counted else frozenset(n for n, t in d.members if holds(t))


def countries(d: Decision) -> set[str]:
    return st.named_countries(re.sub(r"quá cảnh tại [^);]*", "", d.where), COUNTRIES)


def enterprise_pays(d: Decision) -> bool:
    """Điều 7 khoản 1: a firm pays, or a foreign firm invites by name; khoản 2: the state company's own people on its
    own money are no breach."""
    if re.search(r"thư mời đích danh của (?:Công ty|Tập đoàn)", d.funding):
        return True
    own = {STATE_COMPANY} if all(t.endswith(STATE_COMPANY) for _, t in d.members) else set()
    return bool(set(st.paying_firms(d.funding, FIRM_PAYS)) - own)


@cache
def group_limit() -> int:
    return st.stated_limit(st.squash(DONG_NAI.text(QUY_CHE)), GROUP_ROW, WORDS)


@cache
def facts_on(texts: st.ScenarioTexts) -> tuple[dict[str, st.TripFacts], dict[str, st.TripFacts]]:
    """Every trip read twice: its Mục A posts against dòng 1 of the table, its Ban Thường vụ group against dòng 2."""
    readers = (key_unit, countries, enterprise_pays)
    key = st.facts_of(texts, trips(), reports(), *readers, LIMITS.of, counted=counted_by("key"))
    group = st.facts_of(
        texts,
        trips(),
        reports(),
        *readers,
        lambda d: LIMITS.of(d) | {"max_trips_per_year": group_limit()},
        counted=counted_by("group"),
    )
    return key, group


def findings_of(texts: st.ScenarioTexts, *readings: list[st.TripFacts]) -> set[FindingKey]:
    """The findings of each reading of the trips, recomputed apart: a person's trips a year are counted within one
    reading, so two people of one name in the two groups stay two."""
    return set().union(*(st.recompute(texts, facts) for facts in readings))


@cache
def found() -> set[FindingKey]:
    return findings_of(DONG_NAI, *(list(facts.values()) for facts in facts_on(DONG_NAI)))


def test_scenario_blind34_cong_van_replaces_the_report_deadline_by_the_trip_end() -> None:
    cv = st.squash(DONG_NAI.text(CONG_VAN))
    base, (later, since) = LIMITS.base(), LIMITS.amended()
    assert (base, group_limit()) == (st.rule_limits(trips=2, size=9, days=5, countries=2, lead=15, report=10), 3)
    assert (later[REPLACED], since, st.stated_limit(cv, CV_OLD, WORDS)) == (7, dt.date(2026, 7, 1), base[REPLACED])
    around = [LIMITS.on(since + dt.timedelta(days=k))[REPLACED] for k in (-1, 0)]
    dated = [st.issue_date(DONG_NAI.text(stem)) for stem in (QUY_CHE, CONG_VAN)]
    assert (around, dated) == ([10, 7], [dt.date(2026, 1, 20), dt.date(2026, 6, 15)])
    assert "không quá 09 người, tính cả phiên dịch; không quá 02 nước" in cv and "71 đoàn với 402 lượt" in cv


PLACES = (
    ("Điều 2.", "Chức danh lãnh đạo chủ chốt là các chức danh được liệt kê tại Mục A Phụ lục"),
    ("Điều 2.", "Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý, ngoài những người giữ chức danh tại Mục A Phụ lục"),
    ("Điều 4.", "Không cử đồng thời hai người giữ chức danh lãnh đạo chủ chốt của cùng một cơ quan"),
    ("Điều 5.", "STT Nội dung Mức tối đa"),
    ("Điều 6.", "Chuyến tham dự hội nghị ASEAN bằng kinh phí của tỉnh, của cơ quan, đơn vị vẫn được tính"),
    ("Điều 7.", "bằng nguồn kinh phí của chính doanh nghiệp không thuộc trường hợp quy định tại khoản 1"),
    ("Phụ lục", "bí thư đảng ủy giữ chức vụ cấp phó của người đứng đầu (Phó Giám đốc, Phó Hiệu trưởng)"),
    ("Phụ lục", "Ủy viên Ban Thường vụ Tỉnh ủy (kể cả khi đồng thời là người đứng đầu ban của Tỉnh ủy)"),
)
"""Where the Quy chế says who each limit binds: the definitions in Điều 2, the limits in the table of Điều 5, the
trips not counted in Điều 6, the posts in the Phụ lục after the page break."""


def test_scenario_blind34_quy_che_puts_limits_in_a_table_and_posts_in_an_appendix() -> None:
    body, appendix = DONG_NAI.text(QUY_CHE).split("\f")
    parts = {p.split(" ", 2)[0] + " " + p.split(" ", 2)[1]: st.squash(p) for p in re.split(r"\n(?=Điều \d+\. )", body)}
    parts["Phụ lục"] = st.squash(appendix)
    assert [phrase for where, phrase in PLACES if phrase not in parts[where]] == []
    limits = " ".join(parts[f"Điều {n}."] for n in (5, 8, 9))
    assert [kind for kind, row in QD_RULES.items() if not re.search(row, limits)] == []
    assert len(QD_RULES) == 6 and re.search(GROUP_ROW, parts["Điều 5."])
    assert "05 ngày" in parts["Điều 5."] and "năm (05)" not in parts["Điều 5."]
    assert sorted(n for n, d in trips().items() if d.not_counted) == ["560/QĐ-UBND"]
    assert "ASEAN" in trips()["395/QĐ-UBND"].article1


POSTS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | group
Giám đốc Trung tâm Xúc tiến Thương mại, Sở Công Thương | -
Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường | -
Trưởng ban Ban Quản lý các Khu công nghiệp Đồng Nai | Ban Quản lý các Khu công nghiệp Đồng Nai
Phó Trưởng ban Ban Quản lý các Khu công nghiệp Đồng Nai | group
Hiệu trưởng Trường Đại học Đồng Nai | Trường Đại học Đồng Nai
Phó Hiệu trưởng, Bí thư Đảng ủy Trường Đại học Đồng Nai | Trường Đại học Đồng Nai
Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Đồng Nai | Trường Đại học Đồng Nai
Phó Hiệu trưởng kiêm Bí thư Đảng ủy Trường Đại học Đồng Nai | Trường Đại học Đồng Nai
Phó Hiệu trưởng Trường Đại học Đồng Nai | group
Trưởng phòng Hợp tác quốc tế, Trường Đại học Đồng Nai | -
Hiệu trưởng Trường Trung học phổ thông chuyên Lương Thế Vinh | -
Giám đốc Bệnh viện Đa khoa Đồng Nai | Bệnh viện Đa khoa Đồng Nai
Chủ tịch Công ty TNHH MTV Cấp nước Phước Bình | Công ty TNHH MTV Cấp nước Phước Bình
Phó Giám đốc Công ty TNHH MTV Cấp nước Phước Bình | -
Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | Hội Liên hiệp Phụ nữ tỉnh
Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | group
Chủ tịch Ủy ban nhân dân xã Long Thành | xã Long Thành
Phó Chủ tịch Ủy ban nhân dân xã Long Thành | group
Bí thư Đảng ủy phường Đồng Xoài | phường Đồng Xoài
Chủ tịch Ủy ban nhân dân phường Đồng Xoài | phường Đồng Xoài
Phó Chủ tịch Ủy ban nhân dân xã Bù Đăng | group
Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | group
Phó Trưởng ban Ban Tổ chức Tỉnh ủy | group
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy | -
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Ban Tổ chức Tỉnh ủy | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
"""
"""A title as the decisions write it | the body whose Mục A post it is, "group" for Điều 2 khoản 3, "-" for none."""


def test_scenario_blind34_posts_follow_the_appendix_and_the_management_level() -> None:
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or ("group" if in_btv_group(t) else "-") for t in want} == want


def test_scenario_blind34_trips_after_cancellation_extension_and_postponement() -> None:
    """628 cancels 600 (13 members, no trip), 702 extends 660 to 5/10, 845 moves 820 into January 2027."""
    changed = sorted(st.changes(decisions()).items())
    assert changed == [("628/QĐ-UBND", "600/QĐ-UBND"), ("702/QĐ-UBND", "660/QĐ-UBND"), ("845/QĐ-UBND", "820/QĐ-UBND")]
    counts = [len(decisions()), len(trips()), len(decisions()["600/QĐ-UBND"].members)]
    moved = [trips()["660/QĐ-UBND"].end, trips()["820/QĐ-UBND"].start]
    assert (counts, moved) == ([34, 30, 13], [dt.date(2026, 10, 5), dt.date(2027, 1, 11)])
    st.check_trips(DONG_NAI, facts_on(DONG_NAI)[0])
    st.check_bare_names(DONG_NAI, r"(?:Ông|Bà|Đồng chí|TS\.|ThS\.|BSCKII\.)")


def test_scenario_blind34_two_issuers_and_their_layouts() -> None:
    assert Counter(re.sub(r"^\d+", "", n) for n in decisions()) == Counter({"/QĐ-UBND": 30, "-QĐ/TU": 4})
    layouts = Counter((d.party, ANNEXED in d.article1, d.layout) for d in trips().values())
    assert layouts == Counter(
        {
            (False, False, "list"): 14,
            (False, False, "table"): 6,
            (False, False, "prose"): 6,
            (True, False, "list"): 3,
            (True, True, "table"): 1,
        }
    )
    forms = {
        "qd-38-qd": "\nSố 38-QĐ/TU\n",
        "qd-684": "Nơi nhận:\tCHỦ TỊCH\n",
        "qd-160": "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n",
        "bc-21-sct": "\tTL. GIÁM ĐỐC\n- UBND tỉnh (b/c);\tCHÁNH VĂN PHÒNG\n",
        "bc-14-ubnd-budang": "\tKT. CHỦ TỊCH\n",
        "00-1-qc-09-tu": "\nSố 09-QC/TU\n",
    }
    assert [stem for stem, form in forms.items() if form not in DONG_NAI.text(stem)] == []


def test_scenario_blind34_decisions_tell_interpreters_payers_and_countries() -> None:
    """What the trips' own articles decide: who interprets (and counts in the size), which payers are firms, which
    names are destinations (a list over three lines, a transit, two countries, two cities of one)."""
    told = {
        n: (
            sum("Phiên dịch" in t for _, t in d.members),
            len(d.members),
            enterprise_pays(d),
            " + ".join(sorted(countries(d))),
        )
        for n, d in trips().items()
    }
    assert {n: size for n, (spoken, size, _, _) in told.items() if spoken} == {
        "420/QĐ-UBND": 4,
        "612/QĐ-UBND": 10,
        "38-QĐ/TU": 9,
        "760/QĐ-UBND": 3,
    }
    assert sorted(n for n, (*_, firm, _) in told.items() if firm) == ["245/QĐ-UBND", "715/QĐ-UBND"]
    where = [told[n][3] for n in ("684/QĐ-UBND", "520/QĐ-UBND", "640/QĐ-UBND", "38-QĐ/TU")]
    assert where == ["I-ta-li-a + Thụy Sĩ + Áo", "Ô-xtrây-li-a", "Ca-na-đa + Hoa Kỳ", "Trung Quốc"]
    assert "các nước: Cộng hòa I-ta-li-a,\nLiên bang Thụy Sĩ và\nCộng hòa Áo\ntừ ngày" in DONG_NAI.text("qd-684")
    assert "Cơ quan Xúc tiến Doanh nghiệp" in trips()["738/QĐ-UBND"].funding
    company = trips()["660/QĐ-UBND"]
    with_official = replace(company, members=[*company.members, ("Lê Văn A", "Phó Giám đốc Sở Công Thương")])
    assert [enterprise_pays(company), enterprise_pays(with_official)] == [False, True]


def test_scenario_blind34_reports_link_by_number_or_by_date() -> None:
    """26 reports: one on two decisions, one naming a decision and its extension, one citing a mistyped number and one
    a date alone (linked by the decision's date and the trip's start); three trips have none."""
    linked = {r.number: r.decisions for r in reports().values()}
    two = [linked["21/BC-SCT"], linked["09/BC-CTCN"]]
    assert (len(linked), two) == (26, [("160/QĐ-UBND", "172/QĐ-UBND"), ("660/QĐ-UBND",)])
    assert st.linked_by_date(reports()) == {"19/BC-SNNMT", "26/BC-UBND"}
    assert "425/QĐ-UBND" not in decisions() and "Quyết định số" not in DONG_NAI.text("bc-12-ubnd-longthanh")
    unreported = sorted(set(trips()) - set(reports()))
    assert unreported == ["715/QĐ-UBND", "805/QĐ-UBND", "820/QĐ-UBND"]
    first = dict(facts_on(DONG_NAI)[0])  # a copy: the facts are cached
    del first["172/QĐ-UBND"]  # 21/BC-SCT tells 160's dates first, then 172's
    st.check_reports_tell_dates(DONG_NAI, first, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind34_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(DONG_NAI, part, found(), set(decisions()), findings=17, traps=57)


LEADS = (
    ("160/QĐ-UBND", 15, 20),  # Tết 16–20/2 inside
    ("352/QĐ-UBND", 12, 15),  # 27/4, 30/4, 1/5 inside: a breach a weekday count misses
    ("27-QĐ/TU", 15, 17),  # Saturday 22/8 worked, 31/8–2/9 off
    ("760/QĐ-UBND", 13, 13),
    ("805/QĐ-UBND", 15, 16),  # 24/11 off
)
"""Decision, lead in working days, weekdays between the Tờ trình and departure."""
DUES = (
    ((2026, 4, 16), 10, (2026, 5, 5)),  # 27/4, 30/4, 1/5 off
    ((2026, 6, 19), 10, (2026, 7, 3)),  # ended before 1/7: ten
    ((2026, 8, 21), 7, (2026, 9, 3)),  # the make-up Saturday worked, 31/8–2/9 off
    ((2026, 9, 19), 7, (2026, 9, 29)),
    ((2026, 10, 5), 7, (2026, 10, 14)),  # 660's extended end
    ((2026, 11, 13), 7, (2026, 11, 25)),  # 24/11 off
    ((2026, 12, 18), 7, (2026, 12, 29)),  # after the check date
)
"""End of the programme abroad, working days allowed, the last day for the report."""


def test_scenario_blind34_boundaries_hold_on_the_calendar() -> None:
    DONG_NAI.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 9, 1), dt.date(2026, 11, 24))
    key = facts_on(DONG_NAI)[0]
    for number, lead, weekdays in LEADS:
        assert key[number].lead == lead, number
        assert st.weekdays_between(trips()[number].submitted, key[number].start) == weekdays, number  # type: ignore[arg-type]
    assert [DONG_NAI.nth_working_day_after(dt.date(*end), n) for end, n, _ in DUES] == [dt.date(*d) for *_, d in DUES]


def test_scenario_blind34_every_text_has_its_scan() -> None:
    DONG_NAI.check_scans(62, required=False)


Counting = Callable[[Decision], frozenset[str]]


def misread(
    texts: st.ScenarioTexts = DONG_NAI, counted: dict[str, Counting] | None = None, limits: dict[str, int] | None = None
) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar, counts a group's trips otherwise
    (`counted`: "key" or "group" → whose trips a decision counts) or holds every trip to other `limits`."""
    readings = []
    for post, facts in zip(("key", "group"), facts_on(texts), strict=True):
        count = (counted or {}).get(post)
        readings.append(
            [
                replace(f, counted=count(trips()[f.number]) if count else f.counted, limits=f.limits | (limits or {}))
                for f in facts.values()
            ]
        )
    other = findings_of(texts, *readings)
    return other - found(), found() - other


def test_scenario_blind34_labels_hang_on_the_reading() -> None:
    """A reader who counts the trip with the Phó Chủ tịch nước flags Đức a trip early; one who holds the Ban Thường vụ's
    group to the key leaders' two flags its third trips; one who leaves the interpreter out loses the size finding;
    one who forgets the make-up Saturday flags a lead of exactly fifteen and misses a late report; one who skips the
    Công văn misses two late reports; one who merges the two Trần Văn Bình flags the Chủ tịch phường a trip early."""
    every = lambda d: frozenset(n for n, t in d.members if key_unit(t))  # noqa: E731 — Điều 6 ignored
    assert misread(counted={"key": every}) == ({("max_trips_per_year", "560/QĐ-UBND", "Phạm Văn Đức")}, set())
    two = misread(limits={"max_trips_per_year": 2})
    assert two[1] == set() and {(n, p) for _, n, p in two[0]} == {
        ("738/QĐ-UBND", "Tô Thị Mỹ Linh"),
        ("640/QĐ-UBND", "Dương Văn Tài"),
        ("48-QĐ/TU", "Đào Văn Khải"),
        ("780/QĐ-UBND", "Nguyễn Thị Thu Ba"),
    }
    assert misread(limits={"max_delegation_size": 10}) == (set(), {("max_delegation_size", "612/QĐ-UBND", None)})
    assert misread(DONG_NAI.without_make_up()) == (
        {("submission_lead_working_days", "27-QĐ/TU", None)},
        {("report_deadline_working_days", "612/QĐ-UBND", None)},
    )
    assert misread(limits={"report_deadline_working_days": 10}) == (
        set(),
        {("report_deadline_working_days", "612/QĐ-UBND", None), ("report_deadline_working_days", "640/QĐ-UBND", None)},
    )
    binh = {"key": lambda d: counted_by("key")(d) | {n for n, t in d.members if n == "Trần Văn Bình"}}
    assert misread(counted=binh) == ({("max_trips_per_year", "38-QĐ/TU", "Trần Văn Bình")}, set())
