"""Real texts of issue 12, fourth round (session 31): header and signature fields and citations read through a copy's
damage — an issuer whose head OCR marked wrong, a dateline's comma read as a period. The texts are made up for the
tests."""

import datetime as dt

from extractors.header import parse_header
from extractors.normalize import normalize_text
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
