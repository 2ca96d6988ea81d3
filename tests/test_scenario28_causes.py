"""Regressions for the classes behind the twenty-eighth blind scenario's misses on its scans, on texts of our own.

Why: a scan lost a decision's title ("QUYẾT ĐỊNH"), and its subject "Về việc cử cán bộ …" made it a công văn, so its
trip was never read. The Quy định's lead sentence wrapped inside a body's name ("… về Vụ" / "Tổ chức cán bộ chậm
nhất mười (10) ngày làm việc" / page break / "trước ngày dự kiến xuất cảnh") and was read as two clauses, neither
a rule: the lead of the first half of the year was lost.
"""

from __future__ import annotations

from extractors.docnumber import parse_number
from extractors.doctype import classify, in_articles
from extractors.header import parse_header
from extractors.rules import find_rules
from extractors.vntext import fold
from schemas.document import DocType

_TITLE_LOST = (
    "BỘ XÂY DỰNG\nSố: 412/QĐ-BXD\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 14 tháng 9 năm 2026\nVề việc cử cán bộ đi công tác nước ngoài\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Điều 1. Cử ông Lều Văn Quý, Vụ trưởng Vụ Kế hoạch, đi công tác tại Nhật Bản.\n"
    "Điều 2. Kinh phí: ngân sách nhà nước.\n"
)


def test_a_decision_whose_title_a_scan_lost_is_told_by_its_articles() -> None:
    assert parse_header(_TITLE_LOST, ocr=True).doc_type == DocType.QUYET_DINH
    abbreviated = _TITLE_LOST.replace("Về việc", "V/v")  # a công văn's mark, but the body is in articles
    assert parse_header(abbreviated, ocr=True).doc_type == DocType.QUYET_DINH
    as_letter = abbreviated.replace("Điều 1.", "1.").replace("Điều 2.", "2.")  # numbered items: no articles
    assert parse_header(as_letter, ocr=True).doc_type == DocType.CONG_VAN


def test_articles_keep_a_deciding_kind_under_a_subject_line() -> None:
    assert in_articles(fold("Điều 1. Cử ông A.\nĐiều 2. Kinh phí.")) is True
    assert in_articles(fold("Thực hiện Điều 1. của Nghị định, đề nghị:\n1. Sở A …")) is False
    number = parse_number("412/QĐ-BXD")
    assert classify(None, number, has_vv=True, abbreviated_vv=True, articled=True) == DocType.QUYET_DINH
    assert classify(None, number, has_vv=True, abbreviated_vv=True) == DocType.CONG_VAN


def test_a_rule_sentence_wrapped_after_a_body_s_kind_word_is_one_sentence() -> None:
    text = (
        "Điều 7. Hồ sơ cử đoàn\n"
        "1. Đơn vị gửi hồ sơ đề nghị cử đoàn về Sở\n"
        "Ngoại vụ chậm nhất mười hai (12) ngày làm việc\f"
        "trước ngày dự kiến xuất cảnh.\n"
    )
    (lead,) = find_rules(text)
    assert (lead.kind, lead.value) == ("submission_lead_working_days", 12)
    assert lead.sentence.startswith("Đơn vị gửi hồ sơ đề nghị cử đoàn về Sở Ngoại vụ chậm nhất")
    for heading in ("Điều 8. Báo cáo", "QUY ĐỊNH CHUNG"):
        headed = f"1. Mỗi đoàn không quá tám (08) người, do Văn phòng\n{heading}\n"
        assert [r.sentence for r in find_rules(headed)] == ["Mỗi đoàn không quá tám (08) người, do Văn phòng"]
