"""Citations of kinds and numbers the corpus met first on blind69 (development since session 37): a diplomatic note
and its serial/year number, a foreign body's reference in slashed capitals, a department's code with a marked
capital and a digit in a party-style symbol. Sentences written for these tests in the forms the copies print."""

from __future__ import annotations

from extractors.docnumber import parse_number
from tests.citation_rows import cited as _cited


def test_a_diplomatic_note_is_cited_with_its_serial_and_year_dated_by_the_sentence_that_sends_it() -> None:
    text = "Ngày 28 tháng 5 năm 2003, Đại sứ quán Liên bang Thụy Sĩ gửi công hàm số 60/03 đến Cục Lãnh sự thông báo:"
    assert _cited(text) == [("cong_ham", "60/03", "2003-05-28")]


def test_a_note_without_a_number_and_a_day_and_month_after_another_kind_are_no_citation() -> None:
    assert _cited("hộ chiếu công vụ có công hàm của Cục Lãnh sự, sẽ được cấp sau 10 ngày") == []
    assert _cited("theo công văn số 12/03 về việc này") == []


def test_a_foreign_reference_in_slashed_capitals_is_read_whole_after_so() -> None:
    text = "Ngày 15/11/2012, Trung tâm Di sản Thế giới đã có Văn bản số CLT/WHC/PSM/12/AB/N°321 góp ý Hồ sơ."
    assert _cited(text) == [("van_ban", "CLT/WHC/PSM/12/AB/N°321", "2012-11-15")]


def test_a_short_lettered_number_still_needs_its_date() -> None:
    assert _cited("theo văn bản số ABC/12 gửi các đơn vị") == []


def test_a_department_code_with_a_marked_capital_and_a_digit_ends_the_symbol() -> None:
    text = "Về đề nghị của Bộ Ngoại giao (công văn số 2866-CV/NG-CÂu2 ngày 06 tháng 11 năm 2002), Phó Thủ tướng"
    assert _cited(text) == [("cong_van", "2866-CV/NG-CÂu2", "2002-11-06")]


def test_a_capitalised_word_glued_to_a_symbol_is_still_no_part_of_it() -> None:
    number = parse_number("367-QĐ/TWĐTN-VPĐOÀN TNCS")
    assert number is not None and number.number == "367-QĐ/TWĐTN-VP"


def test_a_documents_number_ending_the_copy_is_cited_as_printed() -> None:
    assert _cited("Quyết định này thay thế Quyết định số 73") == [("quyet_dinh", "73", None)]
    assert _cited("Căn cứ:\n- Chỉ thị số 29/2007\n") == [("chi_thi", "29/2007", None)]


def test_a_number_ending_the_copy_after_a_kind_whose_serial_names_nothing_alone_is_left() -> None:
    assert _cited("Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 31") == []


def test_a_bracket_numbering_the_document_its_sentence_dated_takes_that_date() -> None:
    text = (
        "trên cơ sở ý kiến của Bộ Nội vụ, ngày 13/5/2016, Bộ Giáo dục và Đào\ntạo đã có Công văn gửi các Bộ, ngành "
        "về việc tổ chức thi thăng hạng\nnăm 2016 (Công văn số 2102/BGDĐT-NGCBQLCSGD). Bộ đã triển khai."
    )
    assert _cited(text) == [("cong_van", "2102/BGDĐT-NGCBQLCSGD", "2016-05-13")]


def test_a_bracket_after_a_sentence_that_issued_no_document_of_its_kind_gets_no_date() -> None:
    assert _cited("Ngày 13/5/2016, Bộ đã họp về việc này (Công văn số 2102/BGDĐT-NG).") == [
        ("cong_van", "2102/BGDĐT-NG", None)
    ]
