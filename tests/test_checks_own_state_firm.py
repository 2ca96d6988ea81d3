"""A ban on trips firms pay for that leaves out a state company sending its own people on its own money (issue 13,
scenario 24's form; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, dispatch, insert_trips

D = dt.date
CHI_THI = (
    "Số 11-CT/TU\n"
    "3. Không cử cán bộ tham gia các đoàn đi nước ngoài do doanh nghiệp tổ chức, đài thọ kinh phí. Các chương trình "
    "do tổ chức quốc tế mời và đài thọ được thực hiện theo quy định. Việc doanh nghiệp nhà nước của tỉnh cử người "
    "của doanh nghiệp đi công tác bằng kinh phí của chính doanh nghiệp không thuộc trường hợp quy định tại điểm này.\n"
    "4. Mỗi đoàn không quá mười (10) người.\n"
)
FIRM = "Tổng công ty Cấp nước Đông Sơn"


def test_the_sentence_leaving_a_state_companys_own_trips_out_is_the_bans_exception() -> None:
    (ban,) = [r for r in find_rules(CHI_THI) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value]
    assert ban.exception is not None and ban.exception.startswith("Việc doanh nghiệp nhà nước của tỉnh cử người")


def test_a_state_company_paying_for_its_own_people_is_no_breach_paying_for_others_is() -> None:
    con = approved_2026(CHI_THI, "11-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    own = [Member("Lê Văn Tùng", FIRM, title="Chủ tịch Hội đồng thành viên"), Member("Hà Thị Lan", FIRM)]
    trips = [
        TripFact("10/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 6), ["Đức"], own, funding="enterprise"),
        TripFact(
            "20/QĐ-UBND",
            D(2026, 5, 4),
            D(2026, 5, 8),
            ["Đức"],
            [*own, Member("Trần Văn Hải", "Sở Xây dựng")],
            funding="enterprise",
        ),
        TripFact("30/QĐ-UBND", D(2026, 7, 6), D(2026, 7, 10), ["Đức"], own, funding="enterprise"),
    ]
    insert_trips(con, trips)
    con.execute("UPDATE trips SET sponsor = ? WHERE decision_number IN ('10/QĐ-UBND', '20/QĐ-UBND')", [FIRM])
    con.execute("UPDATE trips SET sponsor = 'Công ty cổ phần Nước sạch Đông Sơn' WHERE decision_number = '30/QĐ-UBND'")
    found = {f.decision_number for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"}
    # 10: its own people on its own money; 20: it pays for a Sở's official too; 30: a joint-stock company
    assert found == {"20/QĐ-UBND", "30/QĐ-UBND"}


def test_a_scans_hyphen_in_a_members_unit_keeps_the_company_its_own() -> None:
    """Issue 13 (scenario 24's scans): "Tổng công-ty …" in a member's unit is the payer's name all the same."""
    con = approved_2026(CHI_THI, "11-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    own = [Member("Lê Văn Tùng", FIRM, title="Tổng Giám đốc"), Member("Hà Thị Lan", "Tổng công-ty Cấp nước Đông Sơn")]
    insert_trips(con, [TripFact("10/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 6), ["Đức"], own, funding="enterprise")])
    con.execute("UPDATE trips SET sponsor = ?", [FIRM])
    assert not [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"]


def test_the_article_s_scope_sentence_is_the_bans_exception_too() -> None:
    """Issue 13 (scenario 27's form): "… không thuộc phạm vi điều chỉnh của Điều này" leaves the company's own trips
    out of the article's ban as "không thuộc trường hợp quy định tại điểm này" does."""
    text = (
        "Số 05-QĐi/TU\n"
        "Điều 6. Kinh phí\n"
        "Không để doanh nghiệp mời đích danh hoặc chi trả kinh phí cho đoàn đi công tác nước ngoài. Được nhận tài trợ "
        "của tổ chức quốc tế theo quy định. Chuyến đi của người lao động công ty nhà nước do tỉnh làm chủ sở hữu, "
        "doanh nghiệp nhà nước bằng kinh phí của chính doanh nghiệp đó không thuộc phạm vi điều chỉnh của Điều này.\n"
        "Điều 7. Mỗi đoàn không quá mười (10) người.\n"
    )
    (ban,) = [r for r in find_rules(text) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value]
    assert ban.exception is not None and ban.exception.endswith("không thuộc phạm vi điều chỉnh của Điều này")
    own = [Member("Lê Văn Tùng", FIRM, title="Tổng giám đốc"), Member("Hà Thị Lan", FIRM)]
    assert not _firm_paid_breaches(
        text, "05-QĐi/TU", [TripFact("10/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 6), ["Đức"], own)]
    )


def test_a_plan_restating_the_ban_keeps_the_regulations_exception() -> None:
    """Issue 13 (scenario 29's form): the regulation's exception is the sentence after its ban ("… không thuộc
    trường hợp này"), and a later plan of the same province restating the ban without it leaves it in force."""
    regulation = (
        "Số 08-QĐi/TU\n"
        "Điều 5. Kinh phí\n"
        "Cán bộ không tham gia các đoàn đi nước ngoài do doanh nghiệp đài thọ kinh phí. Doanh nghiệp nhà nước cử "
        "người của chính doanh nghiệp đi công tác bằng kinh phí của doanh nghiệp không thuộc trường hợp này.\n"
        "Điều 6. Mỗi đoàn không quá mười (10) người.\n"
    )
    (ban,) = [r for r in find_rules(regulation) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value]
    assert ban.exception is not None and ban.exception.endswith("không thuộc trường hợp này")
    plan = "Số 40/KH-UBND\n3. Về kinh phí\n+ Không đề xuất các đoàn do doanh nghiệp đài thọ kinh phí.\n"
    con = approved_2026(regulation, "08-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    propose_rules(con, [dispatch(plan, "40/KH-UBND", "UBND tỉnh Đông Sơn", D(2026, 6, 1), sha="e" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    own = [Member("Lê Văn Tùng", FIRM, title="Chủ tịch Hội đồng thành viên"), Member("Hà Thị Lan", FIRM)]
    insert_trips(con, [TripFact("10/QĐ-UBND", D(2026, 9, 7), D(2026, 9, 11), ["Đức"], own, funding="enterprise")])
    con.execute("UPDATE trips SET sponsor = ?", [FIRM])
    rules = con.execute("SELECT count(*) FROM rules WHERE kind = 'no_enterprise_funded' AND status = 'active'")
    assert rules.fetchone() == (3,)  # the regulation's, the plan's and the shipped default
    assert not [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"]


def test_the_exception_after_a_second_clause_of_the_same_ban_is_still_the_bans() -> None:
    ban, exception = (
        "Không tham gia đoàn do doanh nghiệp tài trợ; không nhận lời mời đích danh của doanh nghiệp nước ngoài.",
        "Doanh nghiệp nhà nước cử người lao động của mình đi công tác bằng kinh phí của doanh nghiệp không thuộc "
        "trường hợp này",
    )
    text = f"Số 14-QC/TU\nĐiều 6. Kinh phí\n{ban} {exception}.\nĐiều 7. Mỗi đoàn không quá mười (10) người.\n"
    assert [r.exception for r in find_rules(text) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value] == [exception]


def test_a_later_item_exempting_a_delegation_of_the_firms_own_people_is_the_bans_exception() -> None:
    """Issue 13 (scenario 49's form): "3. Đoàn chỉ gồm người của một doanh nghiệp nhà nước …, do chính doanh nghiệp
    đó chi trả …, không thuộc trường hợp cấm tại khoản 2 Điều này" is item 2's exception: the company's own people on
    its money are no breach, a Sở's official on it still is."""
    text = (
        "Số 11-QĐ/TU\n"
        "Điều 5. Kinh phí\n"
        "1. Kinh phí của đoàn do ngân sách nhà nước bảo đảm.\n"
        "2. Không sử dụng kinh phí do doanh nghiệp hoạt động tại Việt Nam chi trả, kể cả doanh nghiệp do tỉnh làm chủ "
        "sở hữu.\n"
        "3. Đoàn chỉ gồm người của một doanh nghiệp nhà nước do tỉnh làm chủ sở hữu, do chính doanh nghiệp đó chi "
        "trả, không thuộc trường hợp cấm tại khoản 2 Điều này.\n"
        "Điều 6. Mỗi đoàn không quá mười (10) người.\n"
    )
    (ban,) = [r for r in find_rules(text) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value]
    assert ban.exception is not None and ban.exception.startswith("Đoàn chỉ gồm người của một doanh nghiệp")
    own = [Member("Lê Văn Tùng", FIRM, title="Tổng giám đốc"), Member("Hà Thị Lan", FIRM)]
    trips = [
        TripFact("10/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 6), ["Đức"], own),
        TripFact("20/QĐ-UBND", D(2026, 5, 4), D(2026, 5, 8), ["Đức"], [Member("Trần Văn Hải", "Sở Xây dựng")]),
    ]
    assert _firm_paid_breaches(text, "11-QĐ/TU", trips) == {"20/QĐ-UBND"}


def _firm_paid_breaches(
    text: str, number: str, trips: list[TripFact], firm: str = FIRM, funding_texts: dict[str, str] | None = None
) -> set[str]:
    """The decisions judged breaking the firms' money ban of `text` (Tỉnh ủy's, in force from 05/01/2026) when `firm`
    pays for each of `trips`, each decision's funding sentence the one `funding_texts` gives it."""
    con = approved_2026(text, number, "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    insert_trips(con, trips)
    con.execute("UPDATE trips SET sponsor = ?, funding = 'enterprise'", [firm])
    for decision, funding_text in (funding_texts or {}).items():
        con.execute("UPDATE trips SET funding_text = ? WHERE decision_number = ?", [funding_text, decision])
    return {f.decision_number for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"}


def test_a_state_firm_paying_only_its_own_peoples_costs_in_a_mixed_delegation_is_no_breach() -> None:
    """Issue 13 (scenario 51's form): "Chi phí của người thuộc doanh nghiệp do UBND tỉnh làm chủ sở hữu do chính doanh
    nghiệp đó chi trả không phải là tài trợ theo khoản 1 Điều này" exempts a person's costs, so a delegation with a
    Sở's official is no breach when the decision says the firm pays for its own two only; it still is when the firm
    pays for the Sở's official too, or for the whole delegation."""
    text = (
        "Số 12/2026/QĐ-UBND\n"
        "Điều 6. Kinh phí\n"
        "1. Nghiêm cấm nhận tài trợ của doanh nghiệp trong nước (kể cả doanh nghiệp nhà nước) cho đoàn ra.\n"
        "2. Đoàn được nhận kinh phí do tổ chức quốc tế mời và chi trả.\n"
        "3. Chi phí của người thuộc doanh nghiệp do UBND tỉnh làm chủ sở hữu do chính doanh nghiệp đó chi trả không "
        "phải là tài trợ theo khoản 1 Điều này.\n"
        "Điều 7. Mỗi đoàn không quá mười (10) người.\n"
    )
    firm = "Công ty TNHH MTV Cảng Đông Sơn"
    own = [Member("Lê Văn Tùng", firm, title="Giám đốc"), Member("Hà Thị Lan", f"Hội đồng thành viên {firm}")]
    mixed = [Member("Trần Văn Hải", "Sở Công Thương", title="Giám đốc"), *own]
    paying = {
        "10/QĐ-UBND": f"Kinh phí của ông Lê Văn Tùng và bà Hà Thị Lan do {firm} chi trả; kinh phí của các thành viên "
        "khác do ngân sách tỉnh bảo đảm.",
        "20/QĐ-UBND": f"Kinh phí của ông Trần Văn Hải và bà Hà Thị Lan do {firm} chi trả.",
        "30/QĐ-UBND": f"Kinh phí của đoàn do {firm} chi trả.",
    }
    trips = [TripFact(number, D(2026, 3, 2), D(2026, 3, 6), ["Đức"], mixed) for number in paying]
    assert _firm_paid_breaches(text, "12/2026/QĐ-UBND", trips, firm, paying) == {"20/QĐ-UBND", "30/QĐ-UBND"}
