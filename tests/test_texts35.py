"""Real texts of issue 12, fourth round (session 31): header and signature fields and citations read through a copy's
damage — an issuer whose head OCR marked wrong, a dateline's comma read as a period. The texts are made up for the
tests."""

import datetime as dt

from extractors.citations import find_citations
from extractors.header import parse_header
from extractors.normalize import drop_markup_marks, normalize_text
from schemas.errors import ErrorCode

MOTTO = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{cell} Độc lập - Tự do - Hạnh phúc\n"
BODY = "\n\nV/v báo cáo định kỳ\n\nKính gửi: Các Cục Hải quan\n\nThực hiện chỉ đạo, {name} đề nghị báo cáo.\n"


def test_an_issuer_whose_head_lost_its_marks_is_spelt_as_the_text_writes_it_else_null() -> None:
    top = MOTTO.format(cell="TỎNG CỤC HẢI QUAN") + "Số: 15/TCHQ-VP"
    header = parse_header(normalize_text(top + BODY.format(name="Tổng cục Hải quan")))
    assert header.issuer == "Tổng cục Hải quan"
    header = parse_header(normalize_text(top + BODY.format(name="cơ quan")))
    assert header.issuer is None
    assert ErrorCode.ISSUER_UNREADABLE in [error.code for error in header.errors]
    whole = MOTTO.format(cell="TỔNG CỤC HẢI QUAN") + "Số: 15/TCHQ-VP"
    assert parse_header(normalize_text(whole + BODY.format(name="cơ quan"))).issuer == "Tổng cục Hải quan"


def test_a_datelines_comma_read_as_a_period_still_gives_place_and_date() -> None:
    top = MOTTO.format(cell="TỔNG CỤC HẢI QUAN") + "Số: 15/TCHQ-VP Đà Nẵng. ngày 3 tháng 4 năm 2022"
    header = parse_header(normalize_text(top + BODY.format(name="")))
    assert (header.place, header.issue_date) == ("Đà Nẵng", dt.date(2022, 4, 3))


def test_an_amending_laws_phrase_where_the_copy_stops_names_no_law() -> None:
    text = "Căn cứ Nghị định số 7/2011/NĐ-CP ngày 2/3/2011 quy định chi tiết Luật Du lịch và Luật sửa đổi, bổ sung\n"
    assert [(c.kind, c.text) for c in find_citations(text)] == [
        ("nghi_dinh", "Nghị định số 7/2011/NĐ-CP ngày 2/3/2011"),
        ("luat", "Luật Du lịch"),
    ]
    whole = "Căn cứ Luật sửa đổi, bổ sung Luật Du lịch ngày 5/6/2018;"
    assert [c.kind for c in find_citations(whole)] == ["luat"]


def test_a_copy_without_a_header_signed_at_its_end_gives_title_and_name() -> None:
    text = "Nhà trường thông báo lịch nghỉ Tết đến toàn thể giáo viên.\nHIỆU TRƯỞNG\n(Đã ký)\nTrần Thị Lan\n"
    header = parse_header(normalize_text(text))
    assert header.signer is not None
    assert (header.signer.title, header.signer.name, header.signer.mode) == ("Hiệu trưởng", "Trần Thị Lan", None)
    news = "Nhà trường thông báo lịch nghỉ Tết đến toàn thể giáo viên.\nTrần Thị Lan\n"
    assert parse_header(normalize_text(news)).signer is None  # a by-line alone signs nothing


def test_a_ministers_enacting_formula_names_the_issuer_of_a_flattened_thong_tu() -> None:
    text = (
        "Thông tư Số: 9/2016/TT-BYT Quy định về khám sức khỏe.\n\n"
        "1. BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số: 9/2016/TT-BYT Hà Nội, ngày 3 tháng 5 năm 2016 THÔNG TƯ Quy định về khám sức khỏe Căn cứ Luật Khám "
        "bệnh, chữa bệnh; Bộ trưởng Bộ Y tế ban hành Thông tư quy định về khám sức khỏe.\n"
    )
    assert parse_header(normalize_text(text)).issuer == "Bộ Y tế"


def test_a_bare_council_whose_own_authority_line_prints_tinh_takes_the_datelines_province() -> None:
    top = "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    top += "Số: 12/NQ-HĐND | Kon Tum, ngày 4 tháng 5 năm 2017 |\n"
    standing = "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
    assert parse_header(normalize_text(top + standing)).issuer == "HĐND tỉnh Kon Tum"
    city = "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
    assert parse_header(normalize_text(top + city)).issuer is None  # a city's council dates from its own name


def test_a_leaked_html_links_code_is_dropped_in_normalisation() -> None:
    text = 'Căn cứ Quyết định số 5/2019/QĐ-UBND">5/2019/QĐ-UBND ngày 2/1/2019; "Sở" và ">" giữ nguyên.'
    assert drop_markup_marks(text) == 'Căn cứ Quyết định số 5/2019/QĐ-UBND ngày 2/1/2019; "Sở" và ">" giữ nguyên.'


def test_a_datelines_place_may_be_a_numbered_district() -> None:
    text = "ỦY BAN NHÂN DÂN QUẬN 5\n\nSố: 12/QĐ-UBND\n\nQuận 5, ngày 9 tháng 3 năm 2007\n\nQUYẾT ĐỊNH\nVề thi đua\n"
    header = parse_header(normalize_text(text))
    assert (header.place, header.issue_date) == ("Quận 5", dt.date(2007, 3, 9))


def test_a_copy_starting_at_its_title_takes_number_and_date_from_its_regulations_bracket() -> None:
    text = (
        "QUYẾT ĐỊNH\nBan hành Quy chế làm việc\nGIÁM ĐỐC SỞ NGOẠI VỤ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.\nQUY CHẾ\nLÀM VIỆC CỦA SỞ\n"
        "(Ban hành kèm theo Quyết định số 45/2012/QĐ-SNgV\nngày 7 tháng 9 năm 2012 của Giám đốc Sở Ngoại vụ)\n"
        "Chương I\nQUY ĐỊNH CHUNG\n"
    )
    header = parse_header(normalize_text(text))
    assert (header.number, header.issue_date) == ("45/2012/QĐ-SNgV", dt.date(2012, 9, 7))
    sentence = text.replace("QUY CHẾ\nLÀM VIỆC CỦA SỞ\n(Ban hành kèm theo", "Sở thực hiện kèm theo")
    assert parse_header(normalize_text(sentence)).number is None  # no regulation's title: no bracket of its own
