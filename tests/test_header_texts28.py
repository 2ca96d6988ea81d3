"""Headers, numbers and signatures of web copies (texts28, blind49 as development): an en dash a typist set in a
symbol, a part joined by "&", an old ministry's "21-NV", the Thủ tướng's issuer on two lines and a site's page
mark glued before it, a mode line with both titles, a two-column foot run together line by line, an open letter, an
authority line in a copy with no header. Documents written for these tests in the forms such copies print."""

from __future__ import annotations

import pytest

from extractors.citations import find_citations
from extractors.docnumber import parse_number
from extractors.header import parse_header

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2217/SGDĐT –KT&KĐCL ngày 4 tháng 5", "2217/SGDĐT–KT&KĐCL"),  # a space before the dash, a "&" part
        ("518/BKHĐT-KTĐP &LT ngày 2 tháng 3", "518/BKHĐT-KTĐP&LT"),  # a typist's space before the "&"
        ("57/SGD&ĐT-VP về việc", "57/SGD&ĐT-VP"),
        ("88 –CP ngày 12 tháng 7 năm 1962", "88–CP"),  # an old decree's dash glued to its symbol
    ],
)
def test_a_symbol_keeps_its_en_dash_and_ampersand_parts(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "text",
    [
        "12/QĐ-UBND & Sở Tài chính",  # "&" before a word: the number ends
        "12/QĐ-UBND –Ban hành quy chế",  # a dash glued to a word in small letters
        "12/QĐ-UBND – UBND tỉnh đã giao",  # a sentence's dash set with spaces: no part of the number
    ],
)
def test_a_dash_or_ampersand_before_words_is_no_part_of_a_symbol(text: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == "12/QĐ-UBND"


def test_a_spaced_en_dash_on_the_number_line_is_the_symbols() -> None:
    text = (
        "SỞ Y TẾ\n" + _MOTTO + "Số: 731 /SYT – VP Cần Thơ, ngày 2 tháng 6 năm 2021\n"
        "V/v tăng cường phòng dịch\nKính gửi: Các bệnh viện.\n"
    )
    assert parse_header(text).number == "731/SYT–VP"


def test_a_citation_with_a_dash_after_a_space_is_read() -> None:
    text = "Căn cứ nghị định số 88 –CP ngày 12 tháng 7 năm 1962 của Hội đồng Chính phủ quy định nhiệm vụ của Bộ;"
    assert [(c.kind, c.number) for c in find_citations(text)] == [("nghi_dinh", "88–CP")]


def test_an_old_ministrys_number_of_two_capitals_is_read() -> None:
    text = "BỘ LAO ĐỘNG\n" + _MOTTO + "Số: 37-LĐ\nHà Nội, ngày 4 tháng 3 năm 1966\nQUYẾT ĐỊNH\nVề việc cấp giấy phép\n"
    assert parse_header(text).number == "37-LĐ"


@pytest.mark.parametrize("lead", ["", "Trang 1"])
def test_the_thu_tuong_on_two_lines_is_the_issuer(lead: str) -> None:
    text = (
        f"{lead}THỦ TƯỚNG\nCHÍNH PHỦ\nSố: 88/QĐ-TTg\n" + _MOTTO + "Hà Nội, ngày 9 tháng 5 năm 2012\n"
        "QUYẾT ĐỊNH\nVề việc tặng Bằng khen\n"
    )
    assert parse_header(text).issuer == "Thủ tướng Chính phủ"


_DECISION_HEAD = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 88/QĐ-TTg\n" + _MOTTO + "Hà Nội, ngày 9 tháng 5 năm 2012\nQUYẾT ĐỊNH\n"
_DISPATCH_HEAD = "SỞ Y TẾ\n" + _MOTTO + "Số: 731/SYT-VP\nCần Thơ, ngày 2 tháng 6 năm 2021\nV/v tăng cường phòng dịch\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mode line with both titles: the signer's own is the last
        (
            _DECISION_HEAD + "Về việc tặng Bằng khen\nĐiều 1. Tặng Bằng khen cho tập thể.\nNơi nhận:\n- Như Điều 1;\n"
            "- Lưu: VT.\nKT THỦ TƯỚNG PHÓ THỦ TƯỚNG\n(Đã ký)\nHoàng Văn Bình\n",
            ("Hoàng Văn Bình", "Phó Thủ tướng", "KT."),
        ),
        # a foot whose two columns ran together line by line: the block's pieces after the list's items
        (
            _DISPATCH_HEAD + "Kính gửi: Các bệnh viện.\nĐề nghị các đơn vị thực hiện.\n\nNơi nhận : GIÁM ĐỐC\n\n"
            "– Như trên;\n\n– Ban Giám đốc; (đã ký)\n\n– Các phòng; Trương Thị Hạnh\n\n– Lưu VT.\n",
            ("Trương Thị Hạnh", "Giám đốc", None),
        ),
    ],
)
def test_signature_blocks_run_together(text: str, expected: tuple[str, str, str | None]) -> None:
    signer = parse_header(text).signer
    assert signer is not None and (signer.name, signer.title, signer.mode) == expected


def test_a_foot_list_with_no_title_beside_it_gives_no_signer() -> None:
    text = (
        _DISPATCH_HEAD + "Kính gửi: Các bệnh viện.\nĐề nghị các đơn vị thực hiện.\n\nNơi nhận : Các bệnh viện\n\n"
        "– Như trên;\n\n– Các phòng; Trương Thị Hạnh\n"
    )
    assert parse_header(text).signer is None


def test_an_open_letter_has_its_header_and_signature_read() -> None:
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC\n\nĐại Lộc, ngày 3 tháng 1 năm 2022\n\nTHƯ NGỎ\n\n"
        "Vận động ủng hộ quỹ khuyến học\n\nKính gửi các doanh nghiệp trên địa bàn huyện.\n\nXin trân trọng cảm ơn!\n\n"
        "KÍNH THƯ\n\nCHỦ TỊCH UBND HUYỆN\n\nLê Văn Tâm\n"
    )
    header = parse_header(text)
    assert (header.issuer, str(header.issue_date), header.number) == ("UBND huyện Đại Lộc", "2022-01-03", None)
    assert header.signer is not None and (header.signer.name, header.signer.title) == ("Lê Văn Tâm", "Chủ tịch")


def test_an_authority_line_under_the_title_of_a_copy_with_no_header_gives_no_issuer() -> None:
    text = (
        "QUYẾT ĐỊNH\nVề việc tặng Bằng khen\n_____\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Bằng khen.\n"
    )
    assert parse_header(text).issuer is None


def test_an_authority_line_under_a_header_whose_cells_came_out_empty_is_the_issuer() -> None:
    text = (
        "|\n|\n" + _MOTTO + "Số: 88/QĐ-TTg\nHà Nội, ngày 9 tháng 5 năm 2012\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
    )
    assert parse_header(text).issuer == "Thủ tướng Chính phủ"
