"""The Bắc Ninh 2026 blind scenario's labels, recomputed from its own texts and the 2026 calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the party's Quy định 07-QĐi/TU (numbers
in words and digits, or digits only) and the later Công văn of UBND tỉnh, which asks twenty working days instead of
fifteen for the files of delegations departing from its date; two limits of trips a year, each with its own group —
the key leaders Điều 3 defines in an article of its own ("… là người đứng đầu và bí thư cấp ủy …", a bí thư who is a
deputy in; other deputies, phó bí thư, heads of units under a sở, hospital department heads, Ủy viên Ban Thường vụ
and the province's leaders out), and the Ủy viên Ban Thường vụ — less the trips "tháp tùng" a top leader's delegation;
the delegation's size with its interpreters; enterprise funding less a state company paying for its own people;
trips from two issuers' decisions in four layouts with a cancellation, an extension and a postponement applied;
reports linked by the numbers they cite or, for a mistyped number or a date-only citation, by the decision's date and
the trip's start; deadlines and leads in working days (holidays VN with its make-up Saturday 22/8/2026)."""

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

BAC_NINH = st.ScenarioTexts("scenario_blind33", frozenset({dt.date(2026, 8, 22)}))
QUY_DINH, CONG_VAN = "00-1-qdi-07-tu", "00-2-cv-2417-ubnd"
WORDS = {"hai": 2, "ba": 3, "mười": 10, "mười lăm": 15, "hai mươi": 20}
RULE_ARTICLES = (
    ("max_trips_per_year", 5, r"Lãnh đạo chủ chốt [\w ,]+? nước ngoài không quá (\w+) \((\d+)\) chuyến trong một năm"),
    ("max_delegation_size", 6, r"Mỗi đoàn không vượt quá (\w+) \((\d+)\) người, kể cả người phiên dịch và lái xe"),
    ("max_countries_per_trip", 6, r"Mỗi chuyến công tác không quá (\w+) \((\d+)\) nước, không tính nước quá cảnh"),
    ("max_days_per_country", 6, r"Thời gian lưu lại tại mỗi nước không quá (\d+) ngày, không kể ngày đi và ngày về"),
    ("submission_lead_working_days", 8, r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh"),
    ("report_deadline_working_days", 9, r"Trong thời hạn (\w+) \((\d+)\) ngày làm việc kể từ ngày về nước"),
)
"""Each limit of the Quy định: its rule kind, the article that states it and its sentence."""
QD_RULES = {kind: sentence for kind, _, sentence in RULE_ARTICLES}
STANDING = r"Ủy viên Ban Thường vụ Tỉnh ủy đi công tác nước ngoài không quá (\w+) \((\d+)\) chuyến trong một năm"
"""Điều 5 khoản 2: the second limit of trips a year, for another group than the key leaders."""
CV_LEAD = r"chậm nhất (\w+ \w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh, thay cho"
CV_REPLACES = r"thay cho thời hạn (\w+ \w+) \((\d+)\) ngày làm việc quy định tại Điều 8"
LIMITS = st.LaterLimits(
    BAC_NINH,
    WORDS,
    (QUY_DINH, QD_RULES),
    (CONG_VAN, {"submission_lead_working_days": CV_LEAD}),
    rf"Kể từ ngày ({st.SLASH}), đối với các đoàn xuất cảnh từ ngày này",
    "start",
    ("submission_lead_working_days",),
)
COUNTRIES = dict(
    line.split(" = ")
    for line in """
Nhật Bản = Nhật Bản
Hàn Quốc = Hàn Quốc
Trung Quốc = Trung Quốc
Cộng hòa Nhân dân Trung Hoa = Trung Quốc
Cộng hòa Dân chủ Nhân dân Lào = Lào
Vương quốc Cam-pu-chia = Cam-pu-chia
Ô-xtrây-li-a = Ô-xtrây-li-a
Cộng hòa Ấn Độ = Ấn Độ
Xinh-ga-po = Xinh-ga-po
Cộng hòa Pháp = Pháp
Vương quốc Bỉ = Bỉ
Vương quốc Hà Lan = Hà Lan
Cộng hòa Liên bang Đức = Đức
Ca-na-đa = Ca-na-đa
Hợp chủng quốc Hoa Kỳ = Hoa Kỳ
""".strip().split("\n")
)
"""A destination as the decisions write it → the label's name; a transit ("quá cảnh tại …") is no destination."""
DEGREE = r"(?:(?:TS|ThS|BSCKII|BS)\.)+"
LISTED = re.compile(
    rf"^\d+\. (?:(?:Ông|Bà|Đồng chí) )?(?:{DEGREE} )?(?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[;.]$", re.M
)
TABLE = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+)\t(?P<unit>[^\t\n]+)$", re.M)
STATE_COMPANY = "Công ty TNHH MTV Thủy lợi Nam Đuống Bắc Ninh"
UNIT_NAMES = (
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Ban Quản lý các khu công nghiệp tỉnh",
    "Bệnh viện Đa khoa tỉnh Bắc Ninh",
    STATE_COMPANY,
    "Hội Nông dân tỉnh",
)
BODY = "(" + "|".join(map(re.escape, UNIT_NAMES)) + ")"
"""The bodies of Điều 3 khoản 1 điểm a–d that the decisions name: sở and ban, the hospital, the state company, a
provincial mass organisation."""
KEY_POST = re.compile(
    "|".join(
        (
            rf"(?:Giám đốc|Trưởng|Chủ tịch Hội đồng thành viên|Chủ tịch) {BODY}",
            rf"(?:Phó Giám đốc(?:,| kiêm) )?Bí thư Đảng ủy(?:, Phó Giám đốc)? {BODY}",
            r"(?:Bí thư Đảng ủy|Chủ tịch (?:UBND|Ủy ban nhân dân)) ((?:xã|phường) .+)",
        )
    )
)
"""Điều 3, one alternative a group: the head of a body of điểm a–d; its party secretary, a deputy or not (khoản 2);
the Bí thư Đảng ủy and the Chủ tịch UBND of a xã or phường (điểm đ). The one group that matched names the body."""
PAYER = re.compile(r"(?P<payer>(?:Công ty|Tập đoàn) [^;,.]+?) (?:đài thọ|chi trả)")


class Decision(st.FormDecision):
    @property
    def escort(self) -> bool:
        """A trip "tháp tùng" a top leader's delegation, which Điều 3 khoản 4 leaves out of the trips a year."""
        return "tháp tùng" in self.article1

    @property
    def party(self) -> bool:
        return self.number.endswith("-QĐ/TU")


def read_members(body: str, article1: str) -> tuple[list[tuple[str, str]], str]:
    """A numbered list (the party's with "Đồng chí"), a ruled table in Điều 1 or annexed after the signature ("(có
    danh sách kèm theo)"), or running prose."""
    annexed = "(có danh sách kèm theo)" in article1
    members, layout = st.members_and_layout(article1, LISTED, TABLE, "(?:ông|bà)", rows=body if annexed else None)
    return members, "annex" if annexed else layout


FORM = st.DecisionForm(BAC_NINH, Decision, read_members, where=r"(?s)đi công tác tại (.+?)\s+từ ngày")
decisions, trips, reports = st.cited_trip_readers(BAC_NINH, FORM.read)


def key_unit(title: str) -> str | None:
    """The body of which this title makes its holder a key leader (Điều 3), None when khoản 3 leaves it out."""
    held = KEY_POST.fullmatch(title)
    return next(body for body in held.groups() if body) if held else None


def standing(title: str) -> bool:
    """An Ủy viên Ban Thường vụ Tỉnh ủy: under Điều 5 khoản 2, not a key leader even as head of a ban (khoản 3)."""
    return title.startswith("Ủy viên Ban Thường vụ Tỉnh ủy, ")


def key_leaders(d: Decision) -> frozenset[str]:
    return frozenset() if d.escort else frozenset(name for name, title in d.members if key_unit(title))


def standing_members(d: Decision) -> frozenset[str]:
    return frozenset() if d.escort else frozenset(name for name, title in d.members if standing(title))


def countries(d: Decision) -> set[str]:
    """The destinations Điều 1 names, a list over several lines too, less a transit ("quá cảnh tại …")."""
    return st.named_countries(re.sub(r"quá cảnh tại [^);]*", "", d.where), COUNTRIES)


def enterprise_pays(d: Decision) -> bool:
    """A firm pays or invites by name (Điều 7 khoản 1), unless a state company pays for its own people (khoản 2)."""
    named = re.search(r"mời đích danh của (?:Công ty|Tập đoàn)", d.funding)
    outsiders = [f for f in st.paying_firms(d.funding, PAYER) if not own_people(f, d.members)]
    return bool(named or outsiders)


def own_people(firm: str, members: list[tuple[str, str]]) -> bool:
    return firm == STATE_COMPANY and all(title.endswith(firm) for _, title in members)


@cache
def standing_limit() -> int:
    return st.stated_limit(st.squash(BAC_NINH.text(QUY_DINH)), STANDING, WORDS)


@cache
def facts_on(texts: st.ScenarioTexts) -> tuple[dict[str, st.TripFacts], dict[str, st.TripFacts]]:
    """Each trip twice: with its key leaders counted against Điều 5 khoản 1, and with its Ủy viên Ban Thường vụ
    against khoản 2 (the other kinds give the same findings both times)."""
    readers = (key_unit, countries, enterprise_pays)
    by_key = st.facts_of(texts, trips(), reports(), *readers, LIMITS.of, counted=key_leaders)
    by_standing = st.facts_of(
        texts,
        trips(),
        reports(),
        *readers,
        lambda d: {**LIMITS.of(d), "max_trips_per_year": standing_limit()},
        counted=standing_members,
    )
    return by_key, by_standing


def every_fact(texts: st.ScenarioTexts = BAC_NINH) -> list[st.TripFacts]:
    by_key, by_standing = facts_on(texts)
    return [*by_key.values(), *by_standing.values()]


@cache
def found() -> set[FindingKey]:
    return st.recompute(BAC_NINH, every_fact())


def test_scenario_blind33_cong_van_lengthens_the_lead_by_departure() -> None:
    assert LIMITS.base() == st.rule_limits(trips=2, size=10, days=6, countries=3, lead=15, report=10)
    assert standing_limit() == 3
    cv = st.squash(BAC_NINH.text(CONG_VAN))
    assert st.stated_limit(cv, CV_REPLACES, WORDS) == LIMITS.base()["submission_lead_working_days"]
    assert LIMITS.amended()[1] == dt.date(2026, 7, 1)
    assert LIMITS.on(dt.date(2026, 6, 30))["submission_lead_working_days"] == 15
    assert LIMITS.on(dt.date(2026, 7, 1))["submission_lead_working_days"] == 20
    assert st.issue_date(BAC_NINH.text(QUY_DINH)) == dt.date(2026, 1, 15)
    assert st.issue_date(BAC_NINH.text(CONG_VAN)) == dt.date(2026, 6, 19)
    assert "mỗi đoàn không quá 10 người (kể cả phiên dịch, lái xe), không quá 03 nước" in cv
    assert "63 đoàn với 418 lượt người" in cv and "21 đoàn" in cv


def test_scenario_blind33_quy_dinh_words_its_limits_and_page_break() -> None:
    text = st.squash(BAC_NINH.text(QUY_DINH))
    assert "không quá 06 ngày" in text and "sáu (06)" not in text
    assert st.stated_limit(text, r"trường hợp đột xuất .+?, không ít hơn (\d+) ngày làm việc", WORDS) == 5
    assert not any("đột xuất" in BAC_NINH.text(stem) for stem in BAC_NINH.stems("qd-"))
    page1, page2 = BAC_NINH.text(QUY_DINH).split("\f")
    assert "Điều 5." in page1 and page2.startswith("Điều 6. ")


KEY_LEADERS = """
Giám đốc Sở Công Thương | Sở Công Thương
Phó Giám đốc Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại Sở Công Thương | -
Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương | -
Chủ tịch UBND phường Từ Sơn | phường Từ Sơn
Chủ tịch Ủy ban nhân dân phường Từ Sơn | phường Từ Sơn
Phó Chủ tịch Ủy ban nhân dân phường Từ Sơn | -
Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Bắc Ninh | Bệnh viện Đa khoa tỉnh Bắc Ninh
Bí thư Đảng ủy, Phó Giám đốc Bệnh viện Đa khoa tỉnh Bắc Ninh | Bệnh viện Đa khoa tỉnh Bắc Ninh
Phó Giám đốc kiêm Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Bắc Ninh | Bệnh viện Đa khoa tỉnh Bắc Ninh
Giám đốc Bệnh viện Đa khoa tỉnh Bắc Ninh | Bệnh viện Đa khoa tỉnh Bắc Ninh
Trưởng khoa Nội tim mạch, Bệnh viện Đa khoa tỉnh Bắc Ninh | -
Giám đốc Nhà hát Dân ca Quan họ Bắc Ninh | -
Hiệu trưởng Trường Trung học phổ thông Chuyên Bắc Ninh | -
Trưởng Ban Quản lý các khu công nghiệp tỉnh | Ban Quản lý các khu công nghiệp tỉnh
Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh | -
Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy lợi Nam Đuống Bắc Ninh | Công ty TNHH MTV Thủy lợi Nam Đuống Bắc Ninh
Phó Giám đốc Công ty TNHH MTV Thủy lợi Nam Đuống Bắc Ninh | -
Chủ tịch Hội Nông dân tỉnh | Hội Nông dân tỉnh
Phó Chủ tịch Hội Nông dân tỉnh | -
Bí thư Đảng ủy xã Lục Ngạn | xã Lục Ngạn
Chủ tịch Ủy ban nhân dân xã Lục Ngạn | xã Lục Ngạn
Phó Chủ tịch Ủy ban nhân dân xã Lục Ngạn | -
Bí thư Đảng ủy phường Kinh Bắc | phường Kinh Bắc
Phó Bí thư Đảng ủy phường Việt Yên | -
Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy | -
Phó Chủ tịch Ủy ban nhân dân tỉnh | -
Chủ tịch Hiệp hội Làng nghề gỗ mỹ nghệ Từ Sơn | -
"""
"""Titles as the decisions write them | the body of which Điều 3 makes the holder a key leader ("-": none)."""


def test_scenario_blind33_key_leader_follows_dieu_3() -> None:
    want = dict(row.split(" | ") for row in KEY_LEADERS.strip().split("\n"))
    assert {title: key_unit(title) or "-" for title in want} == want
    assert [standing(t) for t in ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", "Tỉnh ủy viên")] == [
        True,
        False,
    ]


ARTICLES = (
    (
        "Điều 3. Lãnh đạo chủ chốt",
        "Lãnh đạo chủ chốt của cơ quan, đơn vị, địa phương theo Quy định này là người đứng đầu",
    ),
    ("Điều 3. Lãnh đạo chủ chốt", "Bí thư cấp ủy giữ chức vụ cấp phó của người đứng đầu (Phó Giám đốc, Phó Trưởng ban"),
    ("Điều 3. Lãnh đạo chủ chốt", "Những người sau đây không phải là lãnh đạo chủ chốt theo Quy định này: cấp phó của"),
    (
        "Điều 3. Lãnh đạo chủ chốt",
        "Ủy viên Ban Thường vụ Tỉnh ủy, kể cả khi đồng thời là người đứng đầu cơ quan, đơn vị",
    ),
    (
        "Điều 3. Lãnh đạo chủ chốt",
        "Chuyến công tác tháp tùng đoàn lãnh đạo cấp cao của Đảng, Nhà nước, Chính phủ không tính",
    ),
    (
        "Điều 5. Số chuyến đi trong năm",
        "Lãnh đạo chủ chốt của cơ quan, đơn vị, địa phương đi công tác nước ngoài không quá",
    ),
    ("Điều 5. Số chuyến đi trong năm", "Ủy viên Ban Thường vụ Tỉnh ủy đi công tác nước ngoài không quá ba (03) chuyến"),
    ("Điều 7. Kinh phí", "bằng kinh phí của chính doanh nghiệp thì không thuộc trường hợp quy định tại khoản 1"),
)
"""Where the Quy định draws each limit's scope: the key leaders in an article of their own (who is, who is not, the
trip not counted), the two groups' limits in Điều 5, the state company's exception in Điều 7."""


def test_scenario_blind33_quy_dinh_defines_its_scopes_in_their_own_articles() -> None:
    articles = {a.split("\n", 1)[0]: st.squash(a) for a in re.split(r"[\n\f](?=Điều \d+\. )", BAC_NINH.text(QUY_DINH))}
    assert [phrase for heading, phrase in ARTICLES if phrase not in articles[heading]] == []
    numbered = {int(m[1]): text for heading, text in articles.items() if (m := re.match(r"Điều (\d+)\.", heading))}
    assert [kind for kind, n, sentence in RULE_ARTICLES if not re.search(sentence, numbered[n])] == []
    assert sorted(n for n, d in trips().items() if d.escort) == ["648/QĐ-UBND"]


def test_scenario_blind33_trips_are_the_decisions_after_cancellation_extension_and_postponement() -> None:
    assert st.changes(decisions()) == {
        "640/QĐ-UBND": "575/QĐ-UBND",
        "992/QĐ-UBND": "880/QĐ-UBND",
        "1188/QĐ-UBND": "1150/QĐ-UBND",
    }
    assert (len(decisions()), len(trips()), len(decisions()["575/QĐ-UBND"].members)) == (30, 26, 13)
    moved = {n: (trips()[n].start, trips()[n].end) for n in ("880/QĐ-UBND", "1150/QĐ-UBND")}
    assert moved == {
        "880/QĐ-UBND": (dt.date(2026, 9, 14), dt.date(2026, 9, 21)),
        "1150/QĐ-UBND": (dt.date(2027, 1, 18), dt.date(2027, 1, 22)),
    }
    st.check_trips(BAC_NINH, facts_on(BAC_NINH)[0])
    st.check_bare_names(BAC_NINH, rf"(?:Ông|Bà|Đồng chí|{DEGREE})")


def test_scenario_blind33_two_issuers_four_layouts() -> None:
    issuers = Counter(re.sub(r"^\d+", "", n) for n in decisions())
    assert issuers == Counter({"/QĐ-UBND": 26, "-QĐ/TU": 4})
    layouts = Counter((d.party, d.layout) for d in trips().values())
    assert layouts == Counter(
        {(False, "list"): 12, (False, "table"): 5, (False, "prose"): 5, (True, "list"): 3, (True, "annex"): 1}
    )
    forms = {
        "qd-41-qd": "\nSố 41-QĐ/TU\n",
        "qd-845": "\tCHỦ TỊCH\n\tVương Đình Khải\n",
        "qd-168": "\tKT. CHỦ TỊCH\n\tPHÓ CHỦ TỊCH\n",
        "bc-07-sct": "\tTL. GIÁM ĐỐC\n\tCHÁNH VĂN PHÒNG\n",
        "bc-03-btgdv": "\tK/T TRƯỞNG BAN\n\tPHÓ TRƯỞNG BAN\n",
    }
    assert all(form in BAC_NINH.text(stem) for stem, form in forms.items())


def test_scenario_blind33_size_counts_interpreters() -> None:
    interpreted = {n: len(d.members) for n, d in trips().items() if any("Phiên dịch" in t for _, t in d.members)}
    assert interpreted == {"612/QĐ-UBND": 11, "845/QĐ-UBND": 9, "1010/QĐ-UBND": 5, "41-QĐ/TU": 10}


def test_scenario_blind33_funding_names_bodies_and_firms_that_do_not_pay() -> None:
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["560/QĐ-UBND", "960/QĐ-UBND"]
    assert "đến thăm Công ty Giáo dục IDP" in trips()["455/QĐ-UBND"].funding
    own = trips()["1136/QĐ-UBND"]
    outsider = ("Lê Văn A", "Phó Giám đốc Sở Nông nghiệp và Môi trường")
    assert (enterprise_pays(own), enterprise_pays(replace(own, members=[*own.members, outsider]))) == (False, True)


def test_scenario_blind33_country_lists_transit_and_two_countries() -> None:
    read = {n: countries(trips()[n]) for n in ("845/QĐ-UBND", "455/QĐ-UBND", "1065/QĐ-UBND", "250/QĐ-UBND")}
    assert read == {
        "845/QĐ-UBND": {"Pháp", "Bỉ", "Hà Lan", "Đức"},
        "455/QĐ-UBND": {"Ô-xtrây-li-a"},
        "1065/QĐ-UBND": {"Ca-na-đa", "Hoa Kỳ"},
        "250/QĐ-UBND": {"Trung Quốc"},
    }
    assert "các nước: Cộng hòa Pháp,\nVương quốc Bỉ,\nVương quốc Hà Lan và\nCộng hòa Liên bang Đức\n" in BAC_NINH.text(
        "qd-845"
    )


def test_scenario_blind33_reports_link_and_two_need_more_than_the_cited_number() -> None:
    by_number = {r.number: r.decisions for r in reports().values()}
    assert len(by_number) == 22
    assert (by_number["31/BC-SCT"], by_number["66/BC-BQLKCN"]) == (("240/QĐ-UBND", "250/QĐ-UBND"), ("880/QĐ-UBND",))
    assert st.linked_by_date(reports()) == {"23/BC-UBND", "27/BC-HND"}
    assert "709/QĐ-UBND" not in decisions() and "Quyết định số" not in BAC_NINH.text("bc-10-hnd")
    assert sorted(set(trips()) - set(reports())) == ["1042/QĐ-UBND", "1150/QĐ-UBND", "1210/QĐ-UBND"]
    told = {n: f for n, f in facts_on(BAC_NINH)[0].items() if n != "250/QĐ-UBND"}  # 31/BC-SCT tells 240's dates
    st.check_reports_tell_dates(BAC_NINH, told, rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind33_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BAC_NINH, part, found(), set(decisions()), findings=16, traps=64)


LEADS = (
    ("168/QĐ-UBND", 15, (2026, 2, 6), (2026, 3, 9), 20),  # Tết 16–20/2 inside
    ("410/QĐ-UBND", 13, (2026, 4, 23), (2026, 5, 18), 16),  # 27/4, 30/4, 1/5 inside: a breach a weekday count misses
    ("520/QĐ-UBND", 16, (2026, 5, 21), (2026, 6, 15), 16),  # before 1/7: fifteen suffice
    ("845/QĐ-UBND", 20, (2026, 8, 5), (2026, 9, 7), 22),  # the make-up Saturday 22/8 worked, 31/8–2/9 off
    ("1010/QĐ-UBND", 17, (2026, 9, 9), (2026, 10, 5), 17),  # after 1/7: twenty
    ("1210/QĐ-UBND", 20, (2026, 11, 5), (2026, 12, 7), 21),  # 24/11 off
)
"""Decision, lead in working days, Tờ trình, departure, weekdays between."""
DUES = (
    ((2026, 3, 13), (2026, 3, 27)),
    ((2026, 4, 18), (2026, 5, 6)),  # 27/4, 30/4, 1/5 off
    ((2026, 8, 21), (2026, 9, 8)),  # the make-up Saturday worked, 31/8–2/9 off
    ((2026, 9, 18), (2026, 10, 2)),  # 880's first return
    ((2026, 9, 21), (2026, 10, 5)),  # 880's extended return
    ((2026, 11, 13), (2026, 11, 30)),  # 24/11 off
    ((2026, 12, 12), (2026, 12, 25)),  # after the check date
)
"""Return and the last day for the report (ten working days)."""


def test_scenario_blind33_boundaries_hold_on_the_calendar() -> None:
    """The planted boundaries rest on the 2026 calendar as `holidays` (with its make-up Saturday) gives it."""
    BAC_NINH.check_calendar(dt.date(2026, 2, 16), dt.date(2026, 4, 27), dt.date(2026, 8, 31), dt.date(2026, 11, 24))
    leads = facts_on(BAC_NINH)[0]
    for number, lead, submitted, departure, weekdays in LEADS:
        assert (leads[number].lead, leads[number].start) == (lead, dt.date(*departure)), number
        assert st.weekdays_between(dt.date(*submitted), dt.date(*departure)) == weekdays, number
    assert [BAC_NINH.nth_working_day_after(dt.date(*back), 10) for back, _ in DUES] == [dt.date(*d) for _, d in DUES]


def test_scenario_blind33_every_text_has_its_scan() -> None:
    BAC_NINH.check_scans(54, required=False)


Change = Callable[[st.TripFacts], st.TripFacts]


def otherwise(
    texts: st.ScenarioTexts = BAC_NINH, key: Change = lambda f: f, every: Change = lambda f: f
) -> tuple[set[FindingKey], set[FindingKey]]:
    """The findings a reader adds and loses who reads the trips otherwise: on another calendar (`texts`), with the key
    leaders' facts of a trip changed (`key`), or every fact (`every`)."""
    by_key, by_standing = facts_on(texts)
    other = st.recompute(texts, [*map(every, map(key, by_key.values())), *map(every, by_standing.values())])
    return other - found(), found() - other


def counting(number: str, name: str) -> Change:
    """A reader who counts `name` among the key leaders of trip `number`."""
    return lambda f: replace(f, counted=(f.counted or frozenset()) | {name}) if f.number == number else f


def test_scenario_blind33_labels_hang_on_the_definitions() -> None:
    """A reader who counts the tháp tùng trip flags Hùng a trip early; one who holds the Ủy viên Ban Thường vụ to the
    key leaders' two flags both a trip early; one who leaves the interpreter out loses the size finding; one who
    forgets the make-up Saturday flags a lead of exactly twenty and misses a late report; one who skips the Công văn
    misses a lead; one who merges the two Nguyễn Văn Hùng by name flags the Phó Chủ tịch xã."""
    hung = "Nguyễn Văn Hùng"
    assert otherwise(key=counting("648/QĐ-UBND", hung)) == ({("max_trips_per_year", "790/QĐ-UBND", hung)}, set())
    two = otherwise(every=lambda f: replace(f, limits={**f.limits, "max_trips_per_year": 2}))
    assert two == (
        {("max_trips_per_year", "35-QĐ/TU", "Giáp Thị Thu Hà"), ("max_trips_per_year", "41-QĐ/TU", "Nguyễn Đức Thọ")},
        set(),
    )
    spoken = otherwise(every=lambda f: replace(f, size=sum(n != "Nguyễn Thu Hường" for n, _ in f.members)))
    assert spoken == (set(), {("max_delegation_size", "612/QĐ-UBND", None)})
    assert otherwise(BAC_NINH.without_make_up()) == (
        {("submission_lead_working_days", "845/QĐ-UBND", None)},
        {("report_deadline_working_days", "700/QĐ-UBND", None)},
    )
    fifteen = otherwise(every=lambda f: replace(f, limits={**f.limits, "submission_lead_working_days": 15}))
    assert fifteen == (set(), {("submission_lead_working_days", "1010/QĐ-UBND", None)})
    assert otherwise(key=counting("1042/QĐ-UBND", hung)) == ({("max_trips_per_year", "1042/QĐ-UBND", hung)}, set())
