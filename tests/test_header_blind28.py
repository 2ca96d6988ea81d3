"""Header, issuer and signer classes met in blind25, blind26 and blind28 as development splits (issue 12): a whole
decision flattened onto one line whose number is left blank for the pen, a hospital under its province's
department on that line, a signature block run between the "Nơi nhận" list and an attachment's title, and a
signing title with its qualifier. Each text is written here in the layouts offices print, not copied from the
corpus."""

import pytest

from extractors.header import parse_header
from extractors.issuer import shared_locality, split_bodies
from extractors.signer_text import SIGNING_TITLE_RE
from schemas.document import DocType

_FLAT_DECISION = (
    "SỞ Y TẾ HÀ TĨNH BỆNH VIỆN ĐA KHOA Số: /QĐ-BVĐK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
    "Hà Tĩnh, ngày tháng 3 năm 2024 QUYẾT ĐỊNH Về việc thành lập Tổ kiểm tra hồ sơ bệnh án GIÁM ĐỐC BỆNH VIỆN ĐA "
    "KHOA HÀ TĨNH Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 2/3/2020 của UBND tỉnh Hà Tĩnh; QUYẾT ĐỊNH Điều 1. "
    "Thành lập Tổ kiểm tra. Điều 2. Quyết định có hiệu lực từ ngày ký. Nơi nhận: - Như Điều 2; - Lưu VT, KHTH. "
    "GIÁM ĐỐC Lê Văn Hùng QUY ĐỊNH Hoạt động của Tổ kiểm tra (Ban hành kèm theo Quyết định số /QĐ-BVĐK)\n"
)


def test_a_decision_on_one_line_whose_number_is_left_blank_is_a_decision() -> None:
    header = parse_header(_FLAT_DECISION)
    assert header.doc_type is DocType.QUYET_DINH
    assert (header.number, header.symbol) == (None, "QĐ-BVĐK")


def test_a_hospital_after_its_provinces_department_on_one_line_is_the_issuer_under_that_parent() -> None:
    header = parse_header(_FLAT_DECISION)
    assert (header.issuer, header.parent_issuer) == ("Bệnh viện Đa khoa", "Sở Y tế Hà Tĩnh")


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        ("SỞ Y TẾ BỆNH VIỆN PHỔI", ["SỞ Y TẾ", "BỆNH VIỆN PHỔI"]),
        ("SỞ Y TẾ QUẢNG NAM BỆNH VIỆN MẮT", ["SỞ Y TẾ QUẢNG NAM", "BỆNH VIỆN MẮT"]),
        ("SỞ Y TẾ BỆNH VIỆN", ["SỞ Y TẾ BỆNH VIỆN"]),  # a head ends no heading
        ("TRUNG TÂM KIỂM SOÁT BỆNH VIỆN", ["TRUNG TÂM KIỂM SOÁT BỆNH VIỆN"]),
        ("SỞ KHÁM CHỮA BỆNH VIỆN TIM", ["SỞ KHÁM CHỮA BỆNH VIỆN TIM"]),  # no department's name before it
    ],
)
def test_a_line_is_cut_at_a_hospital_only_after_a_whole_department(heading: str, bodies: list[str]) -> None:
    assert split_bodies(heading) == bodies


def test_the_signer_between_the_recipients_list_and_an_attachments_title_on_one_line() -> None:
    signer = parse_header(_FLAT_DECISION).signer
    assert signer is not None
    assert (signer.name, signer.title, signer.mode) == ("Lê Văn Hùng", "Giám đốc", None)


def test_a_name_running_into_capitals_in_a_sentence_is_no_signer() -> None:
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ Y TẾ\nSố: 15/SYT-NV\nHà Tĩnh, ngày 4 tháng 3 năm 2024\nV/v cử cán bộ\n"
        "Kính gửi: các đơn vị\nTheo đề nghị của Giám đốc Lê Văn Hùng THÔNG BÁO như sau: cử cán bộ dự lớp.\n"
    )
    assert parse_header(text).signer is None


def test_a_signing_title_keeps_its_qualifier() -> None:
    assert SIGNING_TITLE_RE.fullmatch("BÍ THƯ THƯỜNG TRỰC") is not None
    assert SIGNING_TITLE_RE.fullmatch("Phó Chủ tịch Thường trực") is not None
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH Số: 40-QĐ/TWĐTN-VP Hà Nội, ngày 2 tháng 5 năm 2014 QUYẾT "
        "ĐỊNH Về việc ban hành quy chế Điều 1. Ban hành quy chế. Nơi nhận: - Như Điều 1; - Lưu VP. TM. BAN BÍ THƯ "
        "TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC (đã ký) Trần Văn Nam QUY CHẾ làm việc\n"
    )
    signer = parse_header(text).signer
    assert signer is not None
    assert (signer.name, signer.title, signer.mode) == ("Trần Văn Nam", "Bí thư Thường trực", "TM.")


def test_a_deputys_block_with_the_heads_body_between_its_titles_and_a_signed_mark_before_the_name() -> None:
    text = (
        "TÒA ÁN NHÂN DÂN\nTỐI CAO\nSố: 12/TATC\nHà Nội, ngày 3 tháng 4 năm 1996\nQUYẾT ĐỊNH\nVề việc cử cán bộ\n"
        "Điều 1. Cử ông Lê Văn A đi công tác.\n\nK/T CHÁNH ÁN\n\nTÒA ÁN NHÂN DÂN TỐI CAO\n\nPHÓ CHÁNH ÁN\n\n"
        "Đã ký: Hoàng Văn Bình\n"
    )
    signer = parse_header(text).signer
    assert signer is not None
    assert (signer.name, signer.title, signer.mode) == ("Hoàng Văn Bình", "Phó Chánh án", "KT.")


def test_two_body_lines_between_a_title_and_a_name_make_no_block() -> None:
    text = (
        "BỘ NGOẠI GIAO\nSố: 12/BNG-LS\nHà Nội, ngày 3 tháng 4 năm 2016\nV/v hộ chiếu\nKính gửi: các Sở\n"
        "Nội dung công văn.\n\nGIÁM ĐỐC\n\nSỞ NGOẠI VỤ HÀ NỘI\n\nSỞ TƯ PHÁP HÀ NỘI\n\nĐã ký: Hoàng Văn Bình\n"
    )
    signer = parse_header(text).signer
    assert signer is None or signer.name is None


def test_a_joint_heading_with_its_locality_printed_once_gives_it_to_each_body() -> None:
    text = (
        "THƯỜNG TRỰC\nHĐND - UBND TỈNH YÊN BÁI\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 03/QC-TT.HĐND-UBND\n|\nYên Bái, ngày 2 tháng 4 năm 2020\n"
        "|\nQUY CHẾ\nPhối hợp công tác\n"
    )
    assert parse_header(text).issuer == "Thường trực HĐND tỉnh Yên Bái - UBND tỉnh Yên Bái"


@pytest.mark.parametrize(
    ("issuer", "shared"),
    [
        ("HĐND - UBND huyện Mê Linh", "HĐND huyện Mê Linh - UBND huyện Mê Linh"),
        ("UBND tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu"),
        ("Bộ Văn hóa - Thông tin", "Bộ Văn hóa - Thông tin"),
        ("Bộ Y tế - UBND tỉnh Nam Định", "Bộ Y tế - UBND tỉnh Nam Định"),
    ],
)
def test_a_locality_printed_once_is_shared_only_by_local_bodies_without_one(issuer: str, shared: str) -> None:
    assert shared_locality(issuer) == shared


def _bare_plan(author: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/KH-UBND\n|\n"
        "Nam Định, ngày 3 tháng 4 năm 2021\n|\nThực hiện Chỉ thị số 5/CT-TTg của Thủ tướng Chính phủ, "
        f"{author} Kế hoạch thực hiện trên địa bàn tỉnh Nam Định như sau:\n"
    )


def test_a_bare_headers_body_that_names_itself_the_author_with_its_level_is_completed_by_the_place() -> None:
    header = parse_header(_bare_plan("UBND tỉnh xây dựng"))
    assert header.issuer == "UBND tỉnh Nam Định"


def test_another_bodys_level_in_a_sentence_completes_nothing() -> None:
    header = parse_header(_bare_plan("theo chỉ đạo của UBND tỉnh, UBND xây dựng"))
    assert header.issuer is None
    assert "issuer.incomplete" in [error.code for error in header.errors]


def test_a_chairmans_header_without_its_locality_is_no_issuer() -> None:
    text = (
        "CHỦ TỊCH ỦY BAN\nNHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 12/2025/QĐ-CTUBND |\n"
        "Nam Định, ngày 3 tháng 11 năm 2025 |\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    )
    header = parse_header(text)
    assert header.issuer is None
    assert "issuer.incomplete" in [error.code for error in header.errors]


def test_a_title_naming_its_authority_on_its_own_line_is_no_body() -> None:
    text = (
        "QUYẾT ĐỊNH CỦA TỔNG THANH TRA CHÍNH PHỦ\nBan hành Quy chế đối ngoại\nTỔNG THANH TRA CHÍNH PHỦ\n"
        "Căn cứ Luật Thanh tra;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế đối ngoại.\n"
    )
    header = parse_header(text)
    assert header.parent_issuer is None
    assert header.issuer is None or "Quyết định" not in header.issuer


def test_a_dateline_before_the_title_on_a_header_flattened_onto_one_line_is_read_without_the_headings_capitals() -> (
    None
):
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 40-QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 2 tháng 5 năm 2014 QUYẾT "
        "ĐỊNHVề việc ban hành quy chế Điều 1. Ban hành quy chế.\n"
    )
    header = parse_header(text)
    assert (str(header.issue_date), header.place) == ("2014-05-02", "Hà Nội")


def test_a_city_abbreviation_stays_in_the_place() -> None:
    text = "SỞ NGOẠI VỤ\nSố: 12/SNgV-LS\nTP Hồ Chí Minh, ngày 2 tháng 5 năm 2014\nV/v cử đoàn\n"
    assert parse_header(text).place == "TP Hồ Chí Minh"
