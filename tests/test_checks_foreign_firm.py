"""A ban on domestic firms' money leaves out a foreign firm paying (issue 13, scenario 40's form: "doanh nghiệp, tổ
chức kinh tế trong nước" banned, "doanh nghiệp nước ngoài" left out; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.funding import find_funding
from pipeline.checks.run import run_checks
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
QUY_CHE = (
    "Số 51/QĐ-BĐS\n"
    "Điều 6. Kinh phí\n"
    "1. Không sử dụng kinh phí do doanh nghiệp, tổ chức kinh tế trong nước (kể cả tổ chức hành nghề luật sư, công "
    "chứng) tài trợ, hỗ trợ để tổ chức đoàn ra.\n"
    "2. Kinh phí do cơ quan, tổ chức, doanh nghiệp nước ngoài, tổ chức quốc tế tài trợ không thuộc trường hợp quy "
    "định tại khoản 1 Điều này.\n"
    "Điều 7. Mỗi đoàn không quá mười (10) người.\n"
)
DOMESTIC_WORDS = (
    "Số 52/BĐS-HTQT\n"
    "1. Tuyệt đối không nhận tài trợ của doanh nghiệp, tổ chức kinh tế trong nước để tổ chức đoàn ra.\n"
    "2. Mỗi đoàn không quá mười (10) người.\n"
)
VIETNAMESE_FIRMS = (
    "Số 54/QĐ-BĐS\n"
    "Điều 8. Kinh phí\n"
    "2. Không sử dụng kinh phí do doanh nghiệp Việt Nam, kể cả doanh nghiệp hoạt động dịch vụ đưa người lao động Việt "
    "Nam đi làm việc ở nước ngoài, tài trợ, chi trả cho đoàn ra dưới bất kỳ hình thức nào.\n"
    "Điều 9. Mỗi đoàn không quá mười (10) người.\n"
)
BOTH_WORDS = (
    "Số 55/UBND-NC\n"
    "1. Không cử cán bộ, công chức, viên chức đi nước ngoài do doanh nghiệp trong nước hoặc nước ngoài tổ chức, chi "
    "trả kinh phí.\n"
    "2. Mỗi đoàn không quá mười (10) người.\n"
)
EVERY_FIRM = (
    "Số 53-CT/TU\n"
    "3. Không cử cán bộ tham gia các đoàn đi nước ngoài do doanh nghiệp tổ chức, đài thọ kinh phí.\n"
    "4. Mỗi đoàn không quá mười (10) người.\n"
)


@pytest.mark.parametrize(
    ("sentence", "sponsor", "country"),
    [
        (
            "Điều 2. Kinh phí: Ngân sách nhà nước chi vé máy bay; Công ty Luật Hanbit (Hàn Quốc) đài thọ chi phí ăn, "
            "ở của đoàn tại Seoul theo thỏa thuận hợp tác đào tạo.",
            "Công ty Luật Hanbit",
            "Hàn Quốc",
        ),
        ("Kinh phí do Tập đoàn Minh Sơn của Nhật Bản tài trợ toàn bộ.", "Tập đoàn Minh Sơn của Nhật Bản", "Nhật Bản"),
        ("Kinh phí do Công ty Đông Phong (nước Cộng hòa Pháp) chi trả.", "Công ty Đông Phong", "Pháp"),
        # the aside says where it practises, the name holds a country: neither says the firm is foreign
        (
            "Kinh phí: Công ty Luật TNHH Quốc tế Bảo Tín (tổ chức hành nghề luật sư tại Hà Nội) tài trợ toàn bộ chi "
            "phí của đoàn.",
            "Công ty Luật TNHH Quốc tế Bảo Tín",
            None,
        ),
        ("Kinh phí do Công ty TNHH Điện tử Hàn Quốc Việt Nam tài trợ.", "Công ty TNHH Điện tử Hàn Quốc Việt Nam", None),
        # scenario 44's and 43's forms: the aside says what the firm is and where, or lists its place and country
        (
            "Điều 2. Kinh phí: Vé máy bay do ngân sách nhà nước bảo đảm; chi phí ăn, ở tại Nhật Bản do Công ty TNHH "
            "Hoa Anh Đào (doanh nghiệp Nhật Bản, trụ sở tại Ô-xa-ca) chi trả.",
            "Công ty TNHH Hoa Anh Đào",
            "Nhật Bản",
        ),
        ("Kinh phí do Công ty TNHH Kiku (trụ sở tại Ô-xa-ca) chi trả.", "Công ty TNHH Kiku", "Nhật Bản"),
        (
            "Công ty TNHH Thương mại Sổm Phon (tỉnh Phông Sa Lỳ, Lào) hỗ trợ chi phí đi lại cho đoàn.",
            "Công ty TNHH Thương mại Sổm Phon",
            "Lào",
        ),
        # a seat or a word at home, or two countries: not settled abroad
        (
            "Kinh phí: Công ty Cổ phần Nhân lực Sao Khuê (doanh nghiệp dịch vụ đưa người lao động Việt Nam đi làm "
            "việc ở nước ngoài, trụ sở tại Hà Nội) chi trả toàn bộ chi phí.",
            "Công ty Cổ phần Nhân lực Sao Khuê",
            None,
        ),
        (
            "Kinh phí do Công ty TNHH Đông Á (doanh nghiệp Việt Nam, trụ sở tại Ô-xa-ca) chi trả.",
            "Công ty TNHH Đông Á",
            None,
        ),
        (
            "Kinh phí do Công ty TNHH Đông Á (doanh nghiệp Hàn Quốc, trụ sở tại Ô-xa-ca) chi trả.",
            "Công ty TNHH Đông Á",
            None,
        ),
    ],
)
def test_a_paying_firms_country_is_read_only_when_the_words_say_it(
    sentence: str, sponsor: str, country: str | None
) -> None:
    funding = find_funding(sentence)
    assert funding is not None
    assert (funding.kind.value, funding.sponsor, funding.sponsor_country) == ("enterprise", sponsor, country)


def test_a_paying_firms_country_is_read_where_the_decision_first_names_it() -> None:
    decision = (
        "Căn cứ thư mời ngày 02/3/2026 của Công ty TNHH Hoa Anh Đào (Nhật Bản);\n"
        "Điều 2. Kinh phí: chi phí ăn, ở tại Nhật Bản do Công ty TNHH Hoa Anh Đào chi trả.\n"
    )
    funding = find_funding(decision)
    assert funding is not None
    assert (funding.sponsor, funding.sponsor_country) == ("Công ty TNHH Hoa Anh Đào", "Nhật Bản")
    # another mention placing it at home, or no aside at all, settles nothing
    at_home = decision.replace("Kinh phí:", "Kinh phí: Công ty TNHH Hoa Anh Đào (trụ sở tại Hà Nội) chi trả vé;")
    assert find_funding(at_home).sponsor_country is None  # type: ignore[union-attr]
    assert find_funding(decision.replace(" (Nhật Bản)", "")).sponsor_country is None  # type: ignore[union-attr]


def _enterprise_findings(text: str, number: str, issuer: str, inviter: str | None = None) -> set[str]:
    """The decisions breaking the firms ban of `text`: 10 paid by a Korean firm, 20 by a domestic one, each invited
    by `inviter`, or by the firm that pays when it is "payer"."""
    con = approved_2026(text, number, issuer, D(2026, 1, 5))
    staff = [Member("Lê Văn Tùng", "Cục Bổ trợ tư pháp", title="Phó Cục trưởng"), Member("Hà Thị Lan", "Vụ Pháp chế")]
    trips = [
        TripFact("10/QĐ-BĐS", D(2026, 3, 2), D(2026, 3, 6), ["Hàn Quốc"], staff, funding="enterprise"),
        TripFact("20/QĐ-BĐS", D(2026, 5, 4), D(2026, 5, 8), ["Hàn Quốc"], staff, funding="enterprise"),
    ]
    insert_trips(con, trips)
    foreign, domestic = ("Công ty Luật Hanbit", "Hàn Quốc", "10/QĐ-BĐS"), ("Công ty Luật Bảo Tín", None, "20/QĐ-BĐS")
    con.executemany("UPDATE trips SET sponsor = ?, sponsor_country = ? WHERE decision_number = ?", [foreign, domestic])
    con.execute("UPDATE trips SET inviter = CASE WHEN ? = 'payer' THEN sponsor ELSE ? END", [inviter, inviter])
    return {f.decision_number for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"}


def test_a_foreign_firm_paying_is_out_of_a_ban_on_domestic_firms_money() -> None:
    # by the exception after the ban, and by the ban's own words "trong nước"
    assert _enterprise_findings(QUY_CHE, "51/QĐ-BĐS", "Bộ Đông Sơn") == {"20/QĐ-BĐS"}
    assert _enterprise_findings(DOMESTIC_WORDS, "52/BĐS-HTQT", "Bộ Đông Sơn") == {"20/QĐ-BĐS"}
    # scenario 44's form: "doanh nghiệp Việt Nam" banned, no exception read
    assert _enterprise_findings(VIETNAMESE_FIRMS, "54/QĐ-BĐS", "Bộ Đông Sơn") == {"20/QĐ-BĐS"}


def test_a_foreign_firm_paying_breaks_a_ban_on_every_firms_money() -> None:
    assert _enterprise_findings(EVERY_FIRM, "53-CT/TU", "Tỉnh ủy Đông Sơn") == {"10/QĐ-BĐS", "20/QĐ-BĐS"}
    # scenario 34's form: "trong nước" beside "nước ngoài" bans both
    assert _enterprise_findings(BOTH_WORDS, "55/UBND-NC", "UBND tỉnh Đông Sơn") == {"10/QĐ-BĐS", "20/QĐ-BĐS"}


def test_a_foreign_firm_inviting_and_paying_is_out_of_a_ban_on_domestic_firms_money() -> None:
    # scenario 44's 412: "Căn cứ thư mời … của Công ty TNHH Sakura Kaigo (Nhật Bản)", the same firm paying
    assert _enterprise_findings(VIETNAMESE_FIRMS, "54/QĐ-BĐS", "Bộ Đông Sơn", "payer") == {"20/QĐ-BĐS"}
    assert _enterprise_findings(EVERY_FIRM, "53-CT/TU", "Tỉnh ủy Đông Sơn", "payer") == {"10/QĐ-BĐS", "20/QĐ-BĐS"}
    # another firm's invitation, whose country no one read, is still a firm's
    other = "Công ty TNHH Du lịch Đông Sơn"
    assert _enterprise_findings(VIETNAMESE_FIRMS, "54/QĐ-BĐS", "Bộ Đông Sơn", other) == {"10/QĐ-BĐS", "20/QĐ-BĐS"}


@pytest.mark.parametrize(
    ("aside", "severity"), [("doanh nghiệp nước ngoài", "review"), ("phía bạn", "review"), ("trụ sở tại Hà Nội", None)]
)
def test_a_firm_called_foreign_without_its_country_is_asked_about_not_judged(aside: str, severity: str | None) -> None:
    con = approved_2026(VIETNAMESE_FIRMS, "54/QĐ-BĐS", "Bộ Đông Sơn", D(2026, 1, 5))
    staff = [Member("Lê Văn Tùng", "Cục Bổ trợ tư pháp", title="Phó Cục trưởng")]
    insert_trips(con, [TripFact("10/QĐ-BĐS", D(2026, 3, 2), D(2026, 3, 6), ["Hàn Quốc"], staff, funding="enterprise")])
    text = f"Chi phí ăn, ở tại Hàn Quốc do Công ty TNHH Hanbit ({aside}) chi trả."
    con.execute("UPDATE trips SET sponsor = 'Công ty TNHH Hanbit', funding_text = ?", [text])
    found = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"]
    assert len(found) == 1
    to_check = found[0].evidence["to_check"]
    if severity == "review":
        assert found[0].severity == "review" and "Công ty TNHH Hanbit" in to_check and "trong nước" in to_check
    else:  # a seat at home: the firm is domestic as read, a breach
        assert found[0].severity != "review" and to_check is None


def test_a_paying_firms_country_is_read_from_the_decisions_preamble() -> None:
    """Scenario 50 (dev): the cooperative is placed in Japan only where its invitation is cited ("Căn cứ Thư mời của
    … (Nhật Bản)"), before "QUYẾT ĐỊNH:"; the trip's funding, read from the articles, takes its country from there."""
    from extractors.document import extract_fields
    from schemas.document import Document, Source

    text = (
        "UBND TỈNH SƠN LÂM\nSố: 45/QĐ-UBND\nSơn Lâm, ngày 10 tháng 7 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc cử đoàn đi công tác tại Nhật Bản\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LÂM\n"
        "Căn cứ Thư mời của Liên hiệp Hợp tác xã nông nghiệp JA Hoa (Nhật Bản);\nQUYẾT ĐỊNH:\n"
        "Điều 1. Cử ông Lâm Văn Khoa, Giám đốc Sở Nông nghiệp và Môi trường đi công tác tại Nhật Bản từ ngày "
        "03/8/2026 đến ngày 07/8/2026.\n"
        "Điều 2. Liên hiệp Hợp tác xã nông nghiệp JA Hoa đài thọ chi phí ăn, ở; các chi phí khác do ngân sách tỉnh "
        "bảo đảm.\n"
    )
    document = extract_fields(Document(source=Source(path="q.txt", sha256="c" * 64, pages=1), text=text))
    assert document.trip is not None
    assert (document.trip.sponsor, document.trip.sponsor_country) == (
        "Liên hiệp Hợp tác xã nông nghiệp JA Hoa",
        "Nhật Bản",
    )
