"""A công văn copied without its "Số:" line is still a công văn (its issuer, date and signer read), while a
news page that quotes a subject stays a news page. Every text is written for the test."""

import pytest

from extractors.header import parse_header
from schemas.document import DocType

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BODY = (
    "\nKính gửi: Các Bộ, ngành.\n\nBộ Ngoại giao đề nghị các cơ quan thực hiện./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        ("VĂN PHÒNG CHÍNH PHỦ\n-------\nV/v: Quản lý đoàn ra năm 2014\n" + MOTTO, "Văn phòng Chính phủ"),
        ("BỘ NGOẠI GIAO\nV/v tăng cường quản lý đoàn ra\n" + MOTTO, "Bộ Ngoại giao"),
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + MOTTO + "V/v cử cán bộ đi công tác Lào\n", "UBND tỉnh Quảng Trị"),
    ],
)
def test_a_dispatch_without_its_number_line(head: str, issuer: str) -> None:
    header = parse_header(head + "Hà Nội, ngày 5 tháng 3 năm 2014\n" + BODY + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Minh")
    assert header.doc_type is DocType.CONG_VAN
    assert header.issuer == issuer
    assert header.issue_date is not None and header.issue_date.isoformat() == "2014-03-05"
    assert header.signer is not None and (header.signer.name, header.signer.title) == ("Lê Văn Minh", "Thứ trưởng")


@pytest.mark.parametrize(
    "text",
    [
        "Tin tức - Sự kiện\nBộ Ngoại giao hướng dẫn quản lý đoàn ra\nV/v quản lý đoàn ra, Bộ yêu cầu các đơn vị …\n",
        "TIN TỨC\nV/v quản lý đoàn ra được Văn phòng Chính phủ thông báo hôm qua.\n",
    ],
)
def test_a_news_page_quoting_a_subject_stays_news(text: str) -> None:
    header = parse_header(text + "Nội dung bài viết nói về đoàn ra.\n")
    assert header.doc_type is DocType.OTHER and header.issuer is None


def test_a_title_wrapped_before_a_cited_number_gives_no_number() -> None:
    """A programme copied from its title on: "KẾ HOẠCH\nSỐ 52-KH/TU NGÀY …" names the plan it carries out."""
    text = (
        "CHƯƠNG TRÌNH\nHÀNH ĐỘNG THỰC HIỆN KẾ HOẠCH\nSỐ 52-KH/TU NGÀY 3 THÁNG 5 NĂM 2021 CỦA TỈNH ỦY VỀ ĐỐI NGOẠI\n"
        "Căn cứ Kế hoạch số 52-KH/TU ngày 3 tháng 5 năm 2021 của Tỉnh ủy, UBND tỉnh ban hành Chương trình.\n"
    )
    header = parse_header(text)
    assert header.number is None and header.issuer is None


OLD_BODY = "\nThủ tướng hai nước đã hội đàm thân mật./.\n"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        # the Democratic Republic's motto is a motto, never the issuer
        (
            "PHỦ THỦ TƯỚNG\n******\nVIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh phúc\nSố: 239-TTg\n",
            "Phủ Thủ tướng",
        ),
        ("PHỦ THỦ TƯỚNG VIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh phúc\nSố: 239-TTg\n", "Phủ Thủ tướng"),
        # no number and no title of a known kind: the slogan line under a body in capitals makes it a header
        (
            "HỘI ĐỒNG CHÍNH PHỦ\n\nVIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập – Tự do - Hạnh phúc\n******\n",
            "Hội đồng Chính phủ",
        ),
        ("HỘI ĐỒNG NHÀ NƯỚC\n" + MOTTO, "Hội đồng Nhà nước"),
        ("CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA Độc lập - Tự do - Hạnh phúc\nSố: 12-LCT\n", "Chủ tịch nước"),
        # a body's name ending on a line of its own
        ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n" + MOTTO + "Số: 12/NHNN-HTQT\n", "Ngân hàng Nhà nước Việt Nam"),
        # the old state's name inside a body's name is no motto
        (
            "ĐẠI SỨ QUÁN NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA TẠI LÀO\n" + MOTTO,
            "Đại sứ quán nước Việt Nam Dân chủ Cộng hòa tại Lào",
        ),
    ],
)
def test_an_old_header(head: str, issuer: str) -> None:
    header = parse_header(head + "Hà Nội, ngày 14 tháng 05 năm 1960\nTUYÊN BỐ CHUNG\n" + OLD_BODY)
    assert header.issuer is not None and header.issuer.casefold() == issuer.casefold()
    assert header.issue_date is not None and header.issue_date.isoformat() == "1960-05-14"


def test_a_news_page_naming_the_old_state_in_running_text_stays_news() -> None:
    text = "TIN TỨC\nChủ tịch nước Việt Nam Dân chủ Cộng hòa đã tiếp đoàn ngày 14 tháng 5 năm 1960.\n"
    header = parse_header(text + OLD_BODY)
    assert (header.issuer, header.issue_date) == (None, None)
