"""The Bộ Văn hóa, Thể thao và Du lịch 2026 blind scenario's labels, recomputed from its own texts and the 2026
calendar, without congvan.

Why: expected_findings.json was written by hand; a slip there would show as a false miss or extra of congvan. Here
every label is derived again as a reader of the texts would: the limits from the Quy chế quản lý đoàn ra that
Quyết định 152/QĐ-BVHTTDL issues, each checked against Công văn 2760/BVHTTDL-HTQT that says it in other words, whose
fifteen working days of lead apply to the delegations departing from 01/8/2026 (ten before); the heads of units by
the Quy chế's own list (a deputy only when Bí thư Đảng ủy of the unit, not a Phó Cục trưởng điều hành; the Thứ
trưởng out); a delegation's size without its diễn viên, nhạc công, vận động viên and huấn luyện viên; trips from the
decisions of three issuers (the Bộ, Cục Thể dục thể thao Việt Nam, Trường Đại học Văn hóa Hà Nội) in three layouts,
the cancelled one dropped and the amendment's withdrawn and added members applied; a firm paying only when domestic,
travel firms included; reports linked by the number they cite, or by the decision's date and the trip's start when
the number is transposed or left as "…"; the lead and the report deadlines in working days (holidays VN with its
make-up Saturday 22/8/2026)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

import pytest

from tests import scenario_texts as st
from tests.scenario_texts import FindingKey

BO_VHTTDL = st.ScenarioTexts("scenario_blind42", frozenset({dt.date(2026, 8, 22)}))
QUY_CHE, CONG_VAN = "00-1-qd-152-bvhttdl", "00-2-cv-2760-bvhttdl"
WORDS = {"hai": 2, "ba": 3, "năm": 5, "bảy": 7, "mười": 10, "mười hai": 12}
QUY_CHE_RULES = {
    "max_trips_per_year": r"được đi công tác nước ngoài không quá (\w+) \((\d+)\) lần trong một năm",
    "max_delegation_size": r"Mỗi đoàn có không quá (\w+ \w+) thành viên, kể cả phiên dịch",
    "max_countries_per_trip": r"không đến quá (\w+) \((\d+)\) nước; nước quá cảnh không tính là nước đến",
    "max_days_per_country": r"tại mỗi nước không quá (\w+) ngày, không kể ngày xuất cảnh và ngày nhập cảnh",
    "submission_lead_working_days": r"chậm nhất (\w+) \((\d+)\) ngày làm việc trước ngày dự kiến xuất cảnh",
    "report_deadline_working_days": r"trong thời hạn (\w+) ngày làm việc kể từ ngày về nước",
}
"""The Quy chế's sentence of each limit: words alone ("mười hai", "năm", "bảy") or words and digits ("hai (02)")."""
CONG_VAN_RULES = {
    "max_trips_per_year": r"không quá (\d+) lần/năm",
    "max_delegation_size": r"không quá (\d+) thành viên \(không tính diễn viên, nhạc công, vận động viên",
    "max_countries_per_trip": r"mỗi chuyến không quá (\d+) nước",
    "max_days_per_country": r"không quá (\d+) ngày tại mỗi nước",
    "submission_lead_working_days": r"chậm nhất (\d+) ngày làm việc trước ngày xuất cảnh, thay cho",
    "report_deadline_working_days": r"trong thời hạn (\d+) ngày làm việc kể từ ngày về nước",
}
"""The Công văn's wording of all six; it changes only the lead, from 01/8/2026."""
LIMITS = st.LaterLimits(
    BO_VHTTDL,
    WORDS,
    (QUY_CHE, QUY_CHE_RULES),
    (CONG_VAN, CONG_VAN_RULES),
    since=rf"áp dụng đối với các đoàn xuất cảnh từ ngày ({st.SLASH})",
    by="start",
    changed=("submission_lead_working_days",),
)

COUNTRY_FORMS = (
    "Nhật Bản: Nhật Bản; Đức: Cộng hòa Liên bang Đức; Pháp: Cộng hòa Pháp; Hàn Quốc: Đại Hàn Dân Quốc; Trung Quốc: "
    "Cộng hòa Nhân dân Trung Hoa; Hy Lạp: Cộng hòa Hy Lạp; Síp: Cộng hòa Síp; Man-ta: Cộng hòa Man-ta; Thái Lan: "
    "Vương quốc Thái Lan; Ô-xtrây-li-a: Ô-xtrây-li-a; Ấn Độ: Cộng hòa Ấn Độ; Lào: Cộng hòa Dân chủ Nhân dân Lào; Anh: "
    "Liên hiệp Vương quốc Anh và Bắc Ai-len; Nga: Liên bang Nga; Xinh-ga-po: Cộng hòa Xinh-ga-po; Hoa Kỳ: Hợp chủng "
    "quốc Hoa Kỳ; Campuchia: Vương quốc Campuchia; Tây Ban Nha: Vương quốc Tây Ban Nha; Bồ Đào Nha: Cộng hòa Bồ Đào "
    "Nha; I-ta-li-a: Cộng hòa I-ta-li-a; Thụy Sĩ: Liên bang Thụy Sĩ; Cu-ba: Cộng hòa Cu-ba"
)
COUNTRIES = st.country_forms(COUNTRY_FORMS)
"""A destination as the decisions write it → the label's name (Ca-ta and Pháp as transit stand outside `where`)."""
KEY_POSTS = re.compile(
    "|".join(
        (
            r"Chánh (Văn phòng Bộ)",
            r"Vụ trưởng (Vụ .+)",
            r"Cục trưởng (Cục .+)",
            r"Giám đốc ((?:Nhà hát|Bảo tàng|Trung tâm) .+)",
            r"Hiệu trưởng (Trường .+)",
            r"(?:Phó (?:Cục trưởng|Giám đốc), )?Bí thư Đảng ủy ((?:Cục|Nhà hát|Bảo tàng) .+)",
            r"Bí thư Đảng ủy, Phó Hiệu trưởng (Trường .+)",
        )
    )
)
"""Quy chế Điều 3.2's người đứng đầu, a group for the unit each heads: a) Chánh Văn phòng Bộ, Vụ trưởng; b) Cục
trưởng; c) Giám đốc of a nhà hát, bảo tàng, trung tâm; d) Hiệu trưởng; đ) Bí thư Đảng ủy, even a deputy (Điều 3.3).
Read on the whole title, so a plain deputy, a Phó Cục trưởng điều hành, a Phó Bí thư, the Thứ trưởng or the head of a
phòng, khoa or trung tâm written after its Cục matches none."""
PERFORMER = re.compile(r"(?:Diễn viên|Nhạc công|Vận động viên|Huấn luyện viên)\b")
"""Điều 5.1: the members of a troupe or team who do not count towards the twelve."""
FIRM_PAYS = re.compile(
    r"(?P<payer>Công ty [^;,.()]+?)(?: \((?P<note>[^)]*)\))? (?:tài trợ|đài thọ|chi trả)(?P<what>[^;.]*)"
)
"""A firm that pays ("Công ty X (note) tài trợ …"); the note in brackets may name its country."""
LISTED = re.compile(r"^\d+\. (?:Ông|Bà) (?P<name>[^,\n]+), (?P<title>.+?)(?: - Trưởng đoàn)?[;.]$", re.M)
HONORIFIC = r"(?:ông|bà|PGS\.TS\.|TS\.|ThS\.)"


class Decision(st.FormDecision):
    """A decision of the Bộ ("/QĐ-BVHTTDL"), of Cục Thể dục thể thao Việt Nam ("/QĐ-TDTT") or of Trường Đại học Văn
    hóa Hà Nội ("/QĐ-ĐHVHHN")."""

    @property
    def issuer(self) -> str:
        return self.number.split("/")[1]


FORM = st.DecisionForm(
    BO_VHTTDL,
    Decision,
    lambda body, article1: st.members_and_layout(article1, LISTED, st.RULED_MEMBERS, HONORIFIC),
    amends=r"Điều 1\. Điều chỉnh thành phần đoàn .+? Quyết định số (\S+)",
    declared=r"gồm (\d+) (?:người|thành viên)",
    honorific="(?:ông|bà)",
)
decisions, trips, reports = st.cited_trip_readers(BO_VHTTDL, FORM.read)


def key_unit(title: str) -> str | None:
    """The unit of which the title makes its holder a người đứng đầu, None for anyone else."""
    return st.head_unit(KEY_POSTS, title)


def countries(d: Decision) -> set[str]:
    return st.named_countries(d.where, COUNTRIES)


def counted_size(d: Decision) -> int:
    """The members Điều 5.1 counts: all but diễn viên, nhạc công, vận động viên and huấn luyện viên."""
    return sum(not PERFORMER.match(title) for _, title in d.members)


def paying_firms(d: Decision) -> list[tuple[str, bool]]:
    """Each firm Điều 2 has pay, and whether it is domestic (a country in its brackets makes it foreign)."""
    return [(m["payer"], m["note"] not in COUNTRIES.values()) for m in FIRM_PAYS.finditer(d.funding)]


def enterprise_pays(d: Decision) -> bool:
    """Quy chế Điều 6: a domestic firm paying, travel firms included; a foreign firm, government, museum,
    federation or festival paying is none, nor a firm that only books on the budget."""
    return any(domestic for _, domestic in paying_firms(d))


def facts_of(
    texts: st.ScenarioTexts, carried: Mapping[str, Decision], *, amended: bool = True
) -> dict[str, st.TripFacts]:
    """Each trip's facts; `amended=False`: the Quy chế's limits for all, as a reader who skips the Công văn would."""
    return st.facts_of(
        texts,
        carried,
        reports(),
        key_unit,
        countries,
        enterprise_pays,
        lambda d: LIMITS.of(d, amended=amended),
        size=counted_size,
    )


@cache
def facts() -> dict[str, st.TripFacts]:
    return facts_of(BO_VHTTDL, trips())


@cache
def found() -> set[FindingKey]:
    return st.recompute(BO_VHTTDL, facts().values())


def test_scenario_blind42_quy_che_and_cong_van_say_the_limits_in_other_words() -> None:
    """The Công văn's digits agree with the Quy chế's words but for the lead (fifteen for ten), for the departures
    from 01/8/2026."""
    assert LIMITS.base() == st.rule_limits(trips=2, size=12, days=5, countries=3, lead=10, report=7)
    later, since = LIMITS.amended()
    assert later == LIMITS.base() | {"submission_lead_working_days": 15}
    assert since == dt.date(2026, 8, 1)
    assert LIMITS.on(dt.date(2026, 7, 31)) == LIMITS.base()
    assert [st.issue_date(BO_VHTTDL.text(s)) for s in (QUY_CHE, CONG_VAN)] == [
        dt.date(2026, 1, 20),
        dt.date(2026, 7, 15),
    ]
    qc = BO_VHTTDL.text(QUY_CHE)
    assert qc.count("\f") == 1 and "\nSố: 152/QĐ-BVHTTDL\n" in qc and "Nơi nhận:\tBỘ TRƯỞNG\n" in qc
    assert "138 đoàn với 1.046 lượt người" in qc
    cv = st.squash(BO_VHTTDL.text(CONG_VAN))
    assert "đã tổ chức 64 đoàn ra" in cv and "9 hồ sơ gửi muộn" in cv


SCOPE = (
    "Người đứng đầu đơn vị thuộc Bộ (sau đây gọi chung là người đứng đầu) gồm:",
    "c) Giám đốc nhà hát, bảo tàng, trung tâm thuộc Bộ hoặc thuộc Cục;",
    "đ) Bí thư Đảng ủy của đơn vị có tổ chức đảng ủy.",
    "Cấp phó của người đứng đầu, kể cả Phó Cục trưởng điều hành, không thuộc diện này; cấp phó đồng thời là Bí thư "
    "Đảng ủy của đơn vị được tính như người đứng đầu.",
    "các Thứ trưởng thực hiện theo quy định của Bộ Chính trị và Ban Bí thư, không thuộc phạm vi điều chỉnh",
    "Diễn viên, nhạc công, vận động viên, huấn luyện viên của đoàn biểu diễn nghệ thuật, đoàn thể thao không tính vào "
    "số thành viên",
    "Không cử hai người đứng đầu của cùng một đơn vị tham gia cùng một đoàn.",
    "doanh nghiệp trong nước, kể cả doanh nghiệp kinh doanh dịch vụ lữ hành",
    "Doanh nghiệp chỉ cung cấp dịch vụ đặt vé, đặt phòng theo hợp đồng thanh toán từ ngân sách không được coi là tài "
    "trợ.",
)
"""Where the Quy chế says whom the limits bind (Điều 3), whom a delegation counts and may not join (Điều 5) and which
money is a domestic firm's (Điều 6)."""

POSTS = """
Cục trưởng Cục Du lịch Quốc gia Việt Nam | Cục Du lịch Quốc gia Việt Nam
Phó Cục trưởng Cục Du lịch Quốc gia Việt Nam | -
Phó Cục trưởng, Bí thư Đảng ủy Cục Du lịch Quốc gia Việt Nam | Cục Du lịch Quốc gia Việt Nam
Phó Cục trưởng điều hành Cục Di sản văn hóa | -
Cục trưởng Cục Hợp tác quốc tế | Cục Hợp tác quốc tế
Chánh Văn phòng Bộ | Văn phòng Bộ
Cục trưởng Cục Nghệ thuật biểu diễn | Cục Nghệ thuật biểu diễn
Phó Cục trưởng, Bí thư Đảng ủy Cục Nghệ thuật biểu diễn | Cục Nghệ thuật biểu diễn
Cục trưởng Cục Thể dục thể thao Việt Nam | Cục Thể dục thể thao Việt Nam
Phó Cục trưởng Cục Thể dục thể thao Việt Nam | -
Giám đốc Trung tâm Huấn luyện thể thao quốc gia Hà Nội | Trung tâm Huấn luyện thể thao quốc gia Hà Nội
Phó Giám đốc Trung tâm Thông tin du lịch, Cục Du lịch Quốc gia Việt Nam | -
Giám đốc Nhà hát Chèo Việt Nam | Nhà hát Chèo Việt Nam
Phó Giám đốc, Bí thư Đảng ủy Nhà hát Chèo Việt Nam | Nhà hát Chèo Việt Nam
Giám đốc Bảo tàng Lịch sử quốc gia | Bảo tàng Lịch sử quốc gia
Hiệu trưởng Trường Đại học Văn hóa Hà Nội | Trường Đại học Văn hóa Hà Nội
Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Văn hóa Hà Nội | Trường Đại học Văn hóa Hà Nội
Phó Bí thư Đảng ủy, Phó Hiệu trưởng Trường Đại học Văn hóa Hà Nội | -
Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch | -
Trưởng phòng Nghệ thuật Nhà hát Chèo Việt Nam | -
Diễn viên Nhà hát Chèo Việt Nam | -
"""
"""A title as the decisions write it | the unit of which it makes a người đứng đầu, "-" for none."""


def test_scenario_blind42_heads_follow_the_quy_che_list() -> None:
    qc = st.squash(BO_VHTTDL.text(QUY_CHE))
    assert [phrase for phrase in SCOPE if phrase not in qc] == []
    want = dict(row.split(" | ") for row in POSTS.strip().split("\n"))
    assert {t: key_unit(t) or "-" for t in want} == want
    read = {title for d in decisions().values() for _, title in d.members}
    assert set(want) - read == set()  # every title of the table is one a decision writes
    hien = {(d.issuer, d.layout) for d in trips().values() for name, _ in d.members if name == "Mẫn Đức Hiển"}
    assert hien == {("QĐ-ĐHVHHN", "prose"), ("QĐ-BVHTTDL", "list")}


def test_scenario_blind42_trips_after_the_cancellation_and_the_amendment() -> None:
    """1215 cancels 1188; 1046 withdraws the Bí thư of Cục Nghệ thuật biểu diễn from 1010 and adds the Cục trưởng
    Cục Hợp tác quốc tế, 1010 keeping its number."""
    assert st.changes(decisions()) == {"1215/QĐ-BVHTTDL": "1188/QĐ-BVHTTDL", "1046/QĐ-BVHTTDL": "1010/QĐ-BVHTTDL"}
    assert (len(decisions()), len(trips())) == (24, 21)
    assert "1188/QĐ-BVHTTDL" not in trips() and len(decisions()["1188/QĐ-BVHTTDL"].members) == 14
    before = [name for name, _ in decisions()["1010/QĐ-BVHTTDL"].members]
    after = [name for name, _ in trips()["1010/QĐ-BVHTTDL"].members]
    assert "Triệu Thị Ngân" in before and after == [n for n in before if n != "Triệu Thị Ngân"] + ["Vương Đình Khải"]
    st.check_trips(BO_VHTTDL, facts())
    st.check_bare_names(BO_VHTTDL, rf"(?:Ông|Bà|{HONORIFIC}) ")


SIGNERS = {
    "KT": "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như Điều 3;\tTHỨ TRƯỞNG\n",
    "BT": "Nơi nhận:\tBỘ TRƯỞNG\n- Như Điều 3;\n",
    "TDTT": "Nơi nhận:\tKT. CỤC TRƯỞNG\n- Như Điều 3;\tPHÓ CỤC TRƯỞNG\n",
    "ĐHVHHN": "Nơi nhận:\tHIỆU TRƯỞNG\n- Như Điều 3;\n",
}
"""How each signer closes a decision: a Thứ trưởng for the Bộ trưởng, the Bộ trưởng himself (the delegations the
Thứ trưởng leads), a Phó Cục trưởng for the Cục trưởng Cục Thể dục thể thao, the Hiệu trưởng."""


def test_scenario_blind42_three_issuers_three_layouts_and_four_signers() -> None:
    assert Counter(d.issuer for d in decisions().values()) == Counter({"QĐ-BVHTTDL": 20, "QĐ-TDTT": 1, "QĐ-ĐHVHHN": 3})
    assert Counter(d.layout for d in trips().values()) == Counter({"list": 15, "table": 3, "prose": 3})
    signed = Counter(
        next(k for k, s in SIGNERS.items() if s in BO_VHTTDL.text(stem)) for stem in BO_VHTTDL.stems("qd-")
    )
    assert signed == Counter({"KT": 17, "BT": 3, "TDTT": 1, "ĐHVHHN": 3})
    led_by_thu_truong = {n for n, d in trips().items() if d.members[0][1].startswith("Thứ trưởng")}
    assert {n for n in led_by_thu_truong if SIGNERS["BT"] in BO_VHTTDL.text(st.decision_stem(n))} == led_by_thu_truong


def test_scenario_blind42_troupes_and_teams_count_without_performers() -> None:
    """Four delegations carry performers or athletes; only the art troupe of 705 has more than twelve others."""
    sizes = {n: (len(d.members), counted_size(d)) for n, d in trips().items() if counted_size(d) < len(d.members)}
    assert sizes == {
        "268/QĐ-BVHTTDL": (25, 7),
        "705/QĐ-BVHTTDL": (24, 13),
        "214/QĐ-TDTT": (28, 7),
        "1249/QĐ-BVHTTDL": (16, 6),
    }
    assert {n for n, d in trips().items() if d.layout == "table"} == {"268/QĐ-BVHTTDL", "705/QĐ-BVHTTDL", "214/QĐ-TDTT"}
    interpreted = {n for n, d in trips().items() if any("Phiên dịch" in t for _, t in d.members)}
    assert "205/QĐ-BVHTTDL" in interpreted and len(trips()["205/QĐ-BVHTTDL"].members) == 12


def test_scenario_blind42_decisions_tell_payers_countries_and_transit() -> None:
    assert sorted(n for n, d in trips().items() if enterprise_pays(d)) == ["880/QĐ-BVHTTDL"]
    assert paying_firms(decisions()["1188/QĐ-BVHTTDL"]) == [("Công ty Cổ phần Tập đoàn Thể thao Hưng Thịnh", True)]
    assert paying_firms(trips()["1356/QĐ-BVHTTDL"]) == [("Công ty TNHH Du lịch Iberia Tours", False)]
    assert paying_firms(trips()["205/QĐ-BVHTTDL"]) == []  # the travel agency books on the budget
    assert "Lữ hành Hương Sen đặt vé" in trips()["205/QĐ-BVHTTDL"].funding
    where = {n: " + ".join(sorted(countries(d))) for n, d in trips().items() if len(countries(d)) > 1}
    assert where == {
        "418/QĐ-BVHTTDL": "Hy Lạp + Man-ta + Síp",
        "1249/QĐ-BVHTTDL": "Campuchia + Lào + Thái Lan",
        "1356/QĐ-BVHTTDL": "Bồ Đào Nha + I-ta-li-a + Thụy Sĩ + Tây Ban Nha",
    }
    assert "quá cảnh tại Đô-ha, Nhà nước Ca-ta" in trips()["418/QĐ-BVHTTDL"].article1
    assert "(quá cảnh tại Cộng hòa Pháp)" in trips()["1487/QĐ-BVHTTDL"].article1
    assert countries(trips()["1487/QĐ-BVHTTDL"]) == {"Cu-ba"}
    listed = "các nước: Cộng hòa Dân chủ Nhân dân Lào, Vương quốc Campuchia và Vương quốc Thái Lan từ ngày"
    assert listed in BO_VHTTDL.text("qd-1249")


def test_scenario_blind42_reports_link_by_number_or_by_date() -> None:
    """19 reports: one citing "Quyết định số …/QĐ-BVHTTDL" (the number left blank), one citing 1365 for 1356 (both
    linked by the decision's date and the trip's start), one citing a decision and its amendment; 214/QĐ-TDTT has
    none (late), 1487 none yet (not due)."""
    assert len({r.number for r in reports().values()}) == 19 and "1365/QĐ-BVHTTDL" not in decisions()
    assert st.linked_by_date(reports()) == {"26/BC-BTLSQG", "139/BC-DLQG"}
    assert reports()["925/QĐ-BVHTTDL"].number == "26/BC-BTLSQG"
    assert "BÁO CÁO\nKết quả chuyến công tác\n" in BO_VHTTDL.text("bc-26-btlsqg")
    assert "Quyết định số 1046/QĐ-BVHTTDL" in BO_VHTTDL.text("bc-71-ntbd")
    assert reports()["1010/QĐ-BVHTTDL"].how == "number"
    assert sorted(set(trips()) - set(reports())) == ["1487/QĐ-BVHTTDL", "214/QĐ-TDTT"]
    st.check_reports_tell_dates(BO_VHTTDL, facts(), rf"từ ngày ({st.DASHED}) đến ngày ({st.DASHED})")


@pytest.mark.parametrize("part", st.LABEL_PARTS)
def test_scenario_blind42_labels_are_the_recomputed_findings(part: str) -> None:
    st.check_labels(BO_VHTTDL, part, found(), set(decisions()), findings=13, traps=54)


LEADS = (
    ("198/QĐ-BVHTTDL", 10),  # Tết 16–20/2 off: exactly the Quy chế's ten
    ("536/QĐ-BVHTTDL", 9),  # the breach: 27/4, 30/4, 1/5 off
    ("571/QĐ-BVHTTDL", 10),  # 30/4, 1/5 off: exactly ten
    ("880/QĐ-BVHTTDL", 12),  # departs 13/7: the Quy chế's ten
    ("925/QĐ-BVHTTDL", 10),  # departs 27/7: ten, though issued the day before the Công văn
    ("996/QĐ-BVHTTDL", 15),  # Saturday 22/8 worked, 31/8–2/9 off: exactly the Công văn's fifteen
    ("214/QĐ-TDTT", 14),  # the breach: 31/8–2/9 off
    ("1487/QĐ-BVHTTDL", 15),  # 24/11 off: exactly fifteen
)
"""Decision, working days strictly between the Tờ trình and the departure."""
DUES = (
    ((2026, 3, 3), (2026, 3, 12)),
    ((2026, 4, 21), (2026, 5, 5)),  # 27/4, 30/4, 1/5 off
    ((2026, 8, 21), (2026, 9, 3)),  # 22/8 worked, 31/8–2/9 off
    ((2026, 11, 20), (2026, 12, 2)),  # 24/11 off
    ((2026, 12, 11), (2026, 12, 22)),  # after the check date
)
"""End of the trip, the seventh working day after it (the report's last day)."""


def test_scenario_blind42_boundaries_hold_on_the_calendar() -> None:
    off = ((1, 1), (2, 16), (2, 20), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24))
    BO_VHTTDL.check_calendar(*(dt.date(2026, m, d) for m, d in off))
    assert {number: facts()[number].lead for number, _ in LEADS} == dict(LEADS)
    short = trips()["536/QĐ-BVHTTDL"]
    assert short.submitted and short.start and st.weekdays_between(short.submitted, short.start) == 12
    assert BO_VHTTDL.without_make_up().lead(dt.date(2026, 8, 19), dt.date(2026, 9, 14)) == 14
    assert [BO_VHTTDL.nth_working_day_after(dt.date(*end), 7) for end, _ in DUES] == [dt.date(*d) for _, d in DUES]
    assert dt.date(2026, 12, 22) > dt.date.fromisoformat(BO_VHTTDL.expected()["as_of"])
    # Văn bản 12729/VPCP-KGVX moves 2/1 to Saturday 10/1, which `holidays` lacks: no Tờ trình or trip is that early.
    assert min(d.submitted for d in trips().values() if d.submitted) > dt.date(2026, 1, 10)


def test_scenario_blind42_every_text_has_its_scan() -> None:
    BO_VHTTDL.check_scans(45, required=False)


def misread(texts: st.ScenarioTexts = BO_VHTTDL, **reading: Any) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds and loses who reads the texts on `texts`'s calendar or otherwise (`st.reread`'s `reading`)."""
    return st.reread(texts, trips(), facts_of, found(), **reading)


def test_scenario_blind42_labels_hang_on_the_reading() -> None:
    """A reader who holds everyone to two trips flags the Thứ trưởng, the Phó Cục trưởng điều hành and a plain deputy;
    one who counts performers flags three more sizes; one who skips the amendment swaps Khải's third trip for two heads
    of Cục Nghệ thuật biểu diễn; one who keeps the cancelled decision flags its size, firm, missing report and a Cục
    trưởng's third; one who skips the Công văn loses the later lead; one who applies it from January flags twelve
    leads; one who forgets the make-up Saturday flags the lead of exactly fifteen and clears the late report."""
    everyone = misread(counted=lambda f: frozenset(name for name, _ in f.members))
    assert everyone[1] == set() and {(n, p) for _, n, p in everyone[0]} == {
        ("1487/QĐ-BVHTTDL", "Lạc Văn Thành"),
        ("1487/QĐ-BVHTTDL", "Trương Thị Hằng"),
        ("880/QĐ-BVHTTDL", "Lưu Minh Đức"),
    }
    heads_all = st.recompute(BO_VHTTDL, [replace(f, size=None) for f in facts().values()])
    assert {n for _, n, _ in heads_all - found()} == {"268/QĐ-BVHTTDL", "214/QĐ-TDTT", "1249/QĐ-BVHTTDL"}
    unamended = dict(trips()) | {"1010/QĐ-BVHTTDL": decisions()["1010/QĐ-BVHTTDL"]}
    assert misread(carried=unamended) == (
        {("no_two_key_leaders_same_unit", "1010/QĐ-BVHTTDL", None)},
        {("max_trips_per_year", "1010/QĐ-BVHTTDL", "Vương Đình Khải")},
    )
    uncancelled = dict(trips()) | {"1188/QĐ-BVHTTDL": decisions()["1188/QĐ-BVHTTDL"]}
    assert misread(carried=uncancelled) == (
        {
            ("max_delegation_size", "1188/QĐ-BVHTTDL", None),
            ("no_enterprise_funded", "1188/QĐ-BVHTTDL", None),
            ("report_deadline_working_days", "1188/QĐ-BVHTTDL", None),
            ("max_trips_per_year", "1188/QĐ-BVHTTDL", "Đoàn Quốc Vinh"),
        },
        set(),
    )
    old = st.recompute(BO_VHTTDL, facts_of(BO_VHTTDL, trips(), amended=False).values())
    assert (old - found(), found() - old) == (set(), {("submission_lead_working_days", "214/QĐ-TDTT", None)})
    early = misread(other={"submission_lead_working_days": 15})
    assert early[1] == set() and len(early[0]) == 12
    assert {k for k, _, _ in early[0]} == {"submission_lead_working_days"}
    assert misread(BO_VHTTDL.without_make_up()) == (
        {("submission_lead_working_days", "996/QĐ-BVHTTDL", None)},
        {("report_deadline_working_days", "968/QĐ-BVHTTDL", None)},
    )
