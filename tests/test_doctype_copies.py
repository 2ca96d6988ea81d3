"""doc_type of copies without a header (issue 12, blind21/22 as development): an attachment's title run onto one line
with the decision it is issued with, a copy starting at "Điều 1" under a page title with kind and number; and a header
flattened onto one line whose issuer's second line stands between the motto's lines. Texts written here."""

import pytest

from extractors.doctype import copied_title_type, title_type
from extractors.header import parse_header
from extractors.issuer import split_cells
from schemas.document import DocType


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (
            ["QUY ĐỊNH VỀ QUẢN LÝ ĐOÀN RA TẠI TRƯỜNG (Ban hành kèm theo Quyết định số ... / QĐ-ĐH ngày ...) Chương I"],
            DocType.QUY_DINH,
        ),
        (["QUY CHẾ LÀM VIỆC CỦA SỞ NGOẠI VỤ (Ban hành kèm theo Quyết định số 12/QĐ-SNV)"], DocType.QUY_CHE),
        (
            ["Quyết định - 404/QĐ-TTg Về việc thành lập Tổ công tác", "Điều 1. Thành lập Tổ công tác gồm:"],
            DocType.QUYET_DINH,
        ),
        (["Quyết định số 15/QĐ-UBND về việc cử cán bộ", "Điều 1. Cử ông Nguyễn Văn A đi Lào."], DocType.QUYET_DINH),
        (["Chỉ thị 05/CT-UBND về tăng cường quản lý", "Điều 1. Các sở, ngành thực hiện"], DocType.CHI_THI),
    ],
)
def test_copies_named_by_their_own_title(lines: list[str], kind: DocType) -> None:
    assert copied_title_type(lines) is kind


@pytest.mark.parametrize(
    "lines",
    [
        ["Quyết định - 404/QĐ-TTg Về việc thành lập Tổ công tác", "Tổ công tác gồm 13 thành viên."],  # no Điều 1
        ["Quyết định - 404/NĐ-CP Về việc thành lập Tổ công tác", "Điều 1. Thành lập"],  # the type names another kind
        ["Quy định về quản lý đoàn ra (Ban hành kèm theo Quyết định số 5/QĐ-UBND)"],  # not in capitals
        ["Tỉnh ban hành QUY ĐỊNH mới về đoàn ra"],
    ],
)
def test_headlines_and_mentions_name_no_type(lines: list[str]) -> None:
    assert copied_title_type(lines) is None


def test_a_copy_without_a_header_gets_its_type_and_no_number() -> None:
    header = parse_header("Quyết định - 404/QĐ-TTg Về việc thành lập Tổ công tác\nĐiều 1. Thành lập Tổ công tác gồm:\n")
    assert (header.doc_type, header.number) == (DocType.QUYET_DINH, None)


@pytest.mark.parametrize(
    ("heading", "second", "bodies"),
    [
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC ĐÀ NẴNG", "ĐẠI HỌC ĐÀ NẴNG", ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẠI HỌC ĐÀ NẴNG"]),
        ("BỘ Y TẾ BỆNH VIỆN BẠCH MAI", "BỆNH VIỆN BẠCH MAI", ["BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI"]),
        ("UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ", "SỞ NGOẠI VỤ", ["UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ"]),
        ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "TỈNH BẾN TRE", ["ỦY BAN NHÂN DÂN TỈNH BẾN TRE"]),
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC ĐÀ NẴNG", None, ["BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC ĐÀ NẴNG"]),
    ],
)
def test_cells_joined_across_the_motto_are_cut_at_their_border(
    heading: str, second: str | None, bodies: list[str]
) -> None:
    assert split_cells(heading, second) == bodies


def test_a_header_flattened_with_the_issuer_around_the_motto() -> None:
    header = parse_header(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐẠI HỌC HUẾ Độc lập - Tự do - Hạnh phúc"
        " Số: 15/QĐ-ĐHH Hà Nội, ngày 3 tháng 4 năm 2020 QUYẾT ĐỊNH Về việc cử viên chức đi học tập ở nước ngoài\n"
        "Căn cứ Luật Viên chức;\n"
    )
    issuers = [(name or "").casefold() for name in (header.issuer, header.parent_issuer)]  # the casing is another's
    assert (header.doc_type, header.number, issuers) == (
        DocType.QUYET_DINH,
        "15/QĐ-ĐHH",
        ["đại học huế", "bộ giáo dục và đào tạo"],
    )


def test_an_archive_copy_opening_with_its_title_and_number_in_capitals() -> None:
    text = (
        "NGHỊ QUYẾT SỐ 25-NQ/TVQH NGÀY 3-4-1962\n"
        "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI VỀ VIỆC CỬ ĐẠI SỨ\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
        "Căn cứ vào Điều 53 của Hiến pháp;\n"
        "QUYẾT ĐỊNH:\n"
        "Cử ông Nguyễn Văn A làm Đại sứ.\n"
    )
    assert parse_header(text).doc_type is DocType.NGHI_QUYET


def test_a_first_line_naming_another_kinds_number_is_no_title() -> None:
    text = "NGHỊ QUYẾT SỐ 25-QĐ/TVQH NGÀY 3-4-1962\nCăn cứ vào Hiến pháp;\nQUYẾT ĐỊNH:\nCử ông A làm Đại sứ.\n"
    assert parse_header(text).doc_type is DocType.QUYET_DINH


def test_a_report_of_what_a_trip_brought_back_is_a_report_without_its_number() -> None:
    """Issue 13 (scenario 16 scans): "BÁO CÁO THU HOẠCH" names a report when the number's pen-filled digits, whose
    "BC" would say so, were not read."""
    text = (
        "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG ĐẠI HỌC Y Độc lập - Tự do - Hạnh phúc\nSố:\n"
        "ƒ /BC-ĐHY Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026\nBÁO CÁO THU HOẠCH\n"
        "Chuyến công tác tại Nhật Bản\nKính gửi: Giám đốc Đại học Quốc gia.\n"
    )
    assert parse_header(text).doc_type is DocType.BAO_CAO
    assert title_type("BÁO CÁO THU HOẠCH") is DocType.BAO_CAO and title_type("THU HOẠCH") is None
