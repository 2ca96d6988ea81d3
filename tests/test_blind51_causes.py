"""Regressions for the causes of the fifty-first blind scenario's misses and extras, on sentences of our own.

Why: each case here made a wrong finding or lost a member on a hand-written scenario (Quảng Trị 2026): a decision
amending one clause of a regulation, its article naming the regulation's whole title and issuing decision before
"như sau:", gave no rule, so the old days-per-country limit judged trips after the new one took over; a party
decision naming its members after "Cùng đi có các đồng chí:" without an honorific each kept the leader alone. On its
scans, an amendment whose subject line a stamp garbled ("Quyết định số 520/QĐ-UB NĐ ngày 59/6/2 26") cited the
amended decision without a date though its first article cites it whole, so the trip whose number was unread could
not be found and kept the member the amendment replaced; a speck after the ";" of the basis before "Xét … Tờ trình"
joined the two lines and the submission's date was lost.
"""

from __future__ import annotations

import datetime as dt

from extractors.amendments import find_amendment
from extractors.members import find_members
from extractors.rule_changes import REPLACES, find_rule_changes
from extractors.rules import extract_rules, find_rules
from extractors.trips import find_submission
from schemas.document import DocType, Document, Source

AMENDING = (
    "Số: 07/2026/QĐ-UBND\n"
    "Đông Sơn, ngày 10 tháng 6 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Sửa đổi khoản 2 Điều 4 Quy định quản lý đoàn ra của tỉnh Đông Sơn ban hành kèm theo Quyết định số "
    "30/2025/QĐ-UBND ngày 15/12/2025 của UBND tỉnh\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Sửa đổi khoản 2 Điều 4 Quy định quản lý đoàn ra của tỉnh Đông Sơn ban hành kèm theo Quyết định số "
    "30/2025/QĐ-UBND ngày 15/12/2025 của UBND tỉnh như sau:\n"
    '"2. Thời gian làm việc tại mỗi nước đến không quá 08 (tám) ngày, kể cả ngày đi và ngày về."\n'
    "Điều 2. Hiệu lực thi hành\n"
    "1. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.\n"
    "2. Khoản 2 Điều 4 sửa đổi tại Điều 1 áp dụng đối với các đoàn xuất cảnh kể từ ngày 01/8/2026.\n"
)


def test_an_amendment_naming_the_regulations_whole_title_before_its_new_wording_states_the_new_limit() -> None:
    document = Document(
        source=Source(path="a.txt", sha256="a" * 64, pages=1),
        text=AMENDING,
        doc_type=DocType.QUYET_DINH,
        number="07/2026/QĐ-UBND",
    )
    (rule,) = extract_rules(document).rules
    assert (rule.kind, rule.value, str(rule.effective_from)) == ("max_days_per_country", 8.0, "2026-08-01")
    changes = [c for c in find_rule_changes(AMENDING, "07/2026/QĐ-UBND") if c.sentence.startswith("2. Thời gian")]
    assert [(c.action, c.citation.number, str(c.start.date if c.start else None)) for c in changes] == [
        (REPLACES, "30/2025/QĐ-UBND", "2026-08-01")
    ]


def test_members_named_bare_after_cung_di_co_cac_dong_chi_are_read() -> None:
    text = (
        "Điều 1. Cử đoàn đại biểu tỉnh Đông Sơn do đồng chí Lê Văn Tùng, Phó Bí thư Tỉnh ủy làm Trưởng đoàn thăm hữu "
        "nghị tỉnh Xiêng Khoảng, Lào, từ ngày 05/10/2026 đến ngày 09/10/2026. Cùng đi có các đồng chí: Hà Văn Nam, "
        "Bí thư Đảng ủy xã Tân Lập; Trần Thị Lan, Phó Giám đốc Sở Ngoại vụ; Nguyễn Thị Hoa, chuyên viên Sở Ngoại vụ, "
        "phiên dịch.\n\nĐiều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
    )
    members = [(m.name, m.title) for m in find_members(text)]
    assert members == [
        ("Lê Văn Tùng", "Phó Bí thư"),
        ("Hà Văn Nam", "Bí thư"),
        ("Trần Thị Lan", "Phó Giám đốc"),
        ("Nguyễn Thị Hoa", "chuyên viên"),
    ]


def test_an_amendment_whose_subject_lost_the_cited_date_cites_the_decision_as_its_article_does() -> None:
    text = (
        "Số: 61/QĐ-UBND\n"
        "QUYẾT ĐỊNH\n"
        "Điều chỉnh thành phần và thời gian của đoàn công tác đi Nhật Bản\n"
        "tại Quyết định số 420/QĐ-UB NĐ ngày 59/6/2 26 4 Chủ tịch UBND tỉnh\n"
        "Căn cứ Quyết định số 420/QĐ-UBND ngày 30/6/2026 của Chủ tịch UBND tỉnh về việc cử đoàn công tác;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Điều chỉnh Điều 1 Quyết định số 420/QĐ-UBND ngày 30/6/2026 của Chủ tịch UBND tỉnh như sau:\n"
        "1. Thay ông Lê Văn Tùng, Giám đốc Sở Ngoại vụ bằng bà Hà Thị Lan, Phó Giám đốc Sở Ngoại vụ.\n"
        "Điều 2. Các nội dung khác của Quyết định số 420/QĐ-UBND giữ nguyên.\n"
    )
    amendment = find_amendment(text, "61/QĐ-UBND")
    assert amendment is not None
    assert (amendment.citation.number, amendment.citation.date) == ("420/QĐ-UBND", dt.date(2026, 6, 30))
    assert amendment.removed == ["Lê Văn Tùng"]


def test_the_submission_after_a_speck_that_joined_it_to_the_basis_before_is_read() -> None:
    preamble = (
        "Căn cứ Thư mời của Cơ quan Hợp tác Quốc tế Nhật Bản ngày 15/4/2026; 1141 Xét đề nghị của Giám đốc Sở Công "
        "Thương tại Tờ trình số\n27/TTr-SCT ngày 28/4/2026.\n"
    )
    assert find_submission(preamble, dt.date(2026, 5, 6)) == (dt.date(2026, 4, 28), None)


def test_a_scans_amendment_wrapping_the_regulations_title_over_lines_still_gives_its_new_wording() -> None:
    wrapped = AMENDING.replace("Quy định quản lý đoàn ra của tỉnh Đông Sơn ban hành kèm theo Quyết định số\n", "")
    wrapped = wrapped.replace(
        "Điều 1. Sửa đổi khoản 2 Điều 4 Quy định quản lý đoàn ra của tỉnh Đông Sơn ban hành kèm theo Quyết định số ",
        "Điều 1. Sửa đối khoản 2 Điều 4 Quy định quản lý đoàn ra của tính Đông\nSơn ban hành kèm theo Quyết định số\n",
    )
    document = Document(
        source=Source(path="a.pdf", sha256="a" * 64, pages=1),
        text=wrapped,
        doc_type=DocType.QUYET_DINH,
        number="07/2026/QĐ-UBND",
    )
    assert [(r.kind, r.value) for r in extract_rules(document).rules] == [("max_days_per_country", 8.0)]


def test_a_state_firms_own_costs_exception_read_with_a_scans_phai() -> None:
    text = (
        "Số 12/2026/QĐ-UBND\n"
        "Điều 6. Kinh phí\n"
        "1. Nghiêm cấm nhận tài trợ của doanh nghiệp trong nước cho đoàn ra.\n"
        "2. Chỉ phí của người thuộc doanh nghiệp do UBND tính làm chủ sở hữu do chính doanh nghiệp đó chỉ trả không "
        "phái là tài trợ theo khoản 1 Điều này.\n"
        "Điều 7. Mỗi đoàn không quá mười (10) người.\n"
    )
    (ban,) = [r for r in find_rules(text) if r.kind == "no_enterprise_funded"]
    assert ban.exception is not None and ban.exception.endswith("không phái là tài trợ theo khoản 1 Điều này")
