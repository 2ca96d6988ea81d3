"""A funding ban limited to some trades ("doanh nghiệp kinh doanh dược, trang thiết bị y tế"): the trades read from its
sentence, stored with the rule, and used by the check — a firm of the trade breaks it, one of another trade does not,
one whose trade is not told is asked about (issue 13, scenario 48's 1075/QĐ-BYT; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.firm_kinds import banned_firm_kinds
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, get_rule
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
QUY_CHE = (
    "Số 77/QĐ-BĐS\n"
    "Điều 5. Kinh phí\n"
    "2. Nghiêm cấm nhận tài trợ, đài thọ toàn bộ hoặc một phần chi phí đoàn ra từ doanh nghiệp kinh doanh dược, "
    "trang thiết bị y tế, kể cả doanh nghiệp nước ngoài và văn phòng đại diện của doanh nghiệp đó tại Việt Nam.\n"
    "Điều 6. Mỗi đoàn không quá mười (10) người.\n"
)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (QUY_CHE.splitlines()[2], ["dược", "trang thiết bị y tế"]),
        ("Không nhận tài trợ của doanh nghiệp sản xuất, kinh doanh thuốc lá.", ["thuốc lá"]),
        (
            "Không nhận tài trợ của doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông và doanh nghiệp có dự "
            "án tại tỉnh.",
            ["xây dựng", "giao thông"],
        ),
        ("Không sử dụng kinh phí do doanh nghiệp kinh doanh dược tài trợ cho đoàn ra.", ["dược"]),
        # every firm: no trade, or a trade of a firm the ban includes besides, or a place
        ("Không cử cán bộ tham gia các đoàn đi nước ngoài do doanh nghiệp tổ chức, đài thọ kinh phí.", []),
        (
            "Không sử dụng kinh phí do doanh nghiệp Việt Nam, kể cả doanh nghiệp hoạt động dịch vụ đưa người lao động "
            "đi làm việc ở nước ngoài, tài trợ.",
            [],
        ),
        ("Không nhận kinh phí do doanh nghiệp kinh doanh tại Việt Nam tài trợ.", []),
    ],
)
def test_a_bans_trades_are_read_from_its_sentence(sentence: str, kinds: list[str]) -> None:
    assert banned_firm_kinds(sentence) == kinds


def test_the_trades_are_stored_with_the_rule_and_shown() -> None:
    (ban,) = [r for r in find_rules(QUY_CHE) if r.kind == "no_enterprise_funded"]
    assert ban.firm_kinds == ["dược", "trang thiết bị y tế"]
    con = approved_2026(QUY_CHE, "77/QĐ-BĐS", "Bộ Đông Sơn", D(2026, 1, 5))
    query = "SELECT rule_id FROM rules WHERE kind = 'no_enterprise_funded' AND origin = 'extracted'"
    (rule_id,) = [r for (r,) in con.execute(query).fetchall()]
    rule = get_rule(con, rule_id)
    assert rule.firm_kinds == ["dược", "trang thiết bị y tế"]
    assert any(line.startswith("firms banned: those in dược, trang thiết bị y tế") for line in describe(rule))


def _judged(text: str, number: str, sponsor: str, funding_text: str) -> tuple[str, str | None] | None:
    """The severity and what to check of the finding on one trip a firm pays under `text`'s ban, or None."""
    con = approved_2026(text, number, "Bộ Đông Sơn", D(2026, 1, 5))
    staff = [Member("Lê Văn Tùng", "Cục Phòng bệnh", title="Phó Cục trưởng"), Member("Hà Thị Lan", "Cục Phòng bệnh")]
    insert_trips(con, [TripFact("10/QĐ-BĐS", D(2026, 3, 2), D(2026, 3, 6), ["Đức"], staff, funding="enterprise")])
    con.execute("UPDATE trips SET sponsor = ?, funding_text = ?", [sponsor, funding_text])
    found = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"]
    assert len(found) <= 1
    return (found[0].severity, found[0].evidence["to_check"]) if found else None


@pytest.mark.parametrize(
    ("sponsor", "aside", "outcome"),
    [
        ("Công ty TNHH Thiết bị Y tế Phương Nam", " (nhà phân phối thiết bị chẩn đoán hình ảnh)", "breach"),
        ("Công ty Helvimed Pharma AG (Thụy Sĩ) tại Hà Nội", "", "breach"),
        ("Công ty TNHH Minh Khang", " (nhà phân phối thiết bị xét nghiệm)", "breach"),
        ("Tập đoàn Sao Bắc", " (doanh nghiệp viễn thông, công nghệ thông tin)", None),
        ("Công ty Cổ phần Xây dựng Hòa Bình", "", None),
        ("Công ty TNHH Minh Khang", "", "review"),
        ("Công ty TNHH Công nghệ Minh Khang", "", "review"),  # "công nghệ" alone tells no trade
    ],
)
def test_a_firm_is_judged_by_its_trade_under_a_ban_on_some_trades(
    sponsor: str, aside: str, outcome: str | None
) -> None:
    funding_text = f"{sponsor}{aside} đài thọ vé máy bay cho đoàn."
    judged = _judged(QUY_CHE, "77/QĐ-BĐS", sponsor, funding_text)
    if outcome is None:
        assert judged is None
    elif outcome == "review":
        assert judged is not None and judged[0] == "review"
        assert judged[1] is not None and "chỉ cấm doanh nghiệp kinh doanh dược, trang thiết bị y tế" in judged[1]
    else:
        assert judged == ("breach", None)


def test_a_ban_on_every_firm_still_takes_a_telecom_groups_money_for_a_firms() -> None:
    every = QUY_CHE.replace("doanh nghiệp kinh doanh dược, trang thiết bị y tế, kể cả", "doanh nghiệp, kể cả")
    sponsor = "Tập đoàn Sao Bắc"
    judged = _judged(every, "77/QĐ-BĐS", sponsor, f"{sponsor} (doanh nghiệp viễn thông) đài thọ vé máy bay.")
    assert judged == ("breach", None)
