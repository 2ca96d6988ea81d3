"""Joint headers, boards of the Party's Central Committee, organising boards and titles joined with their subject
(issue 12, blind19/blind20 as development). Headers written here in the layouts the copies use."""

import pytest

from extractors.header import parse_header
from extractors.issuer import central_board, continues_name, joint_issuer

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("heading", "number", "bodies"),
    [
        (
            "TÒA ÁN NHÂN DÂN TỐI CAO VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            "02-TANDTC-VKSNDTC/TTLT",
            ("TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"),
        ),
        ("BỘ CÔNG AN BỘ QUỐC PHÒNG", "05/2020/TTLT-BCA-BQP", ("BỘ CÔNG AN", "BỘ QUỐC PHÒNG")),
        (
            "ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI",
            "03/QCPH/UBND-UBMTTQ",
            ("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI"),
        ),
    ],
)
def test_joint_issuer_when_the_number_abbreviates_both_bodies(heading: str, number: str, bodies: tuple) -> None:
    assert joint_issuer(heading, number) == bodies


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "1234/TCHQ-GSQL"),  # a body under its parent
        ("UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ", "45/SNgV-LS"),
        ("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "02/2011/TTLT-VPCP-BNV"),  # printed joint already
        ("TÒA ÁN NHÂN DÂN TỐI CAO VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "12/TANDTC"),  # one body's number
    ],
)
def test_no_joint_issuer_otherwise(heading: str, number: str) -> None:
    assert joint_issuer(heading, number) is None


@pytest.mark.parametrize(
    ("parent", "board", "name"),
    [
        ("Ban Chấp hành Trung ương", "Ủy ban Kiểm tra", "Ủy ban Kiểm tra Trung ương"),
        ("Ban Chấp hành Trung ương", "Ban Nội chính", "Ban Nội chính Trung ương"),
        ("Ban Chấp hành Trung ương", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương"),
        ("Ban Chấp hành Trung ương", "Đoàn TNCS Hồ Chí Minh", None),
        ("Tỉnh ủy Lạng Sơn", "Ban Tổ chức", None),
    ],
)
def test_central_board(parent: str, board: str, name: str | None) -> None:
    assert central_board(parent, board) == name


@pytest.mark.parametrize(
    ("previous", "heading", "goes_on"),
    [
        ("BAN TỔ CHỨC", "ĐẠI HỘI ĐẠI BIỂU", True),
        ("BAN CHỈ ĐẠO", "HỘI NGHỊ XÚC TIẾN ĐẦU TƯ", True),
        ("ĐẠI HỘI ĐẠI BIỂU", "CÁC DÂN TỘC THIỂU SỐ VIỆT NAM", True),
        ("BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN", False),
        ("BAN TỔ CHỨC", "TIỂU BAN KHÁNH TIẾT", False),
    ],
)
def test_continues_name(previous: str, heading: str, goes_on: bool) -> None:
    assert continues_name(previous, heading) is goes_on


def test_joint_header_on_two_lines() -> None:
    text = (
        "TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc\n"
        "Số: 02-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1990\n\nTHÔNG TƯ LIÊN TỊCH\n"
    )
    header = parse_header(text)
    assert header.issuer is not None and header.parent_issuer is None
    assert header.issuer.casefold() == "tòa án nhân dân tối cao - viện kiểm sát nhân dân tối cao"


def test_joint_header_with_a_shared_locality() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH GIA LAI\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 03/QCPH/UBND-UBMTTQ\n|\nGia Lai, ngày 02 tháng 3 năm 2019\n|\nQUY CHẾ\n"
        "PHỐI HỢP CÔNG TÁC\n"
    )
    assert parse_header(text).issuer == "UBND tỉnh Gia Lai - Ủy ban MTTQ Việt Nam tỉnh Gia Lai"


@pytest.mark.parametrize(
    ("board", "issuer"), [("ỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Trung ương"), ("BAN DÂN VẬN", "Ban Dân vận Trung ương")]
)
def test_board_under_the_central_committee(board: str, issuer: str) -> None:
    text = (
        f"BAN CHẤP HÀNH TRUNG ƯƠNG\n{board}\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 07-HD/TW\n"
        "Hà Nội, ngày 18 tháng 12 năm 2018\nHƯỚNG DẪN\n"
    )
    header = parse_header(text)
    assert (header.issuer, header.parent_issuer) == (issuer, "Ban Chấp hành Trung ương")


def test_sub_committee_of_an_organising_board() -> None:
    text = (
        "BAN TỔ CHỨC\nĐẠI HỘI THỂ DỤC THỂ THAO\nTOÀN QUỐC LẦN THỨ IX\nTIỂU BAN TUYÊN TRUYỀN\n-------\n"
        + _MOTTO
        + "Số: 05/BTC-TT\n"
        "V/v tuyên truyền Đại hội\nHà Nội, ngày 08 tháng 09 năm 2021\n"
    )
    header = parse_header(text)
    assert header.issuer == "Tiểu ban Tuyên truyền"
    assert header.parent_issuer is not None and header.parent_issuer.casefold() == (
        "ban tổ chức đại hội thể dục thể thao toàn quốc lần thứ ix"
    )


@pytest.mark.parametrize(
    ("line", "kind", "subject"),
    [
        ("QUY ĐỊNH về hoạt động đối ngoại của Ban", "quy_dinh", "về hoạt động đối ngoại của Ban"),
        ("QUYẾT ĐỊNH Về việc cử cán bộ đi công tác", "quyet_dinh", "Về việc cử cán bộ đi công tác"),
        ("KẾ HOẠCH V/v tổ chức đoàn ra năm 2024", "ke_hoach", "V/v tổ chức đoàn ra năm 2024"),
    ],
)
def test_title_joined_with_its_subject_under_a_number(line: str, kind: str, subject: str) -> None:
    text = f"BỘ NỘI VỤ\n{_MOTTO}Số: 06-QĐ/BNV\nHà Nội, ngày 08 tháng 8 năm 2013\n{line}\n- Căn cứ Luật số 1;\n"
    header = parse_header(text)
    assert (header.doc_type, header.subject) == (kind, subject)


def test_no_title_from_a_site_line_without_a_number() -> None:
    text = "KT BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A\n\nCÔNG VĂN Về việc chương trình văn hóa\n\nKính gửi: Bộ Ngoại giao\n"
    assert parse_header(text).doc_type != "cong_van" or parse_header(text).subject != "Về việc chương trình văn hóa"


@pytest.mark.parametrize("key", ["issuer", "parent_issuer"])
def test_a_body_name_is_compared_whatever_dash_it_is_printed_with(key: str) -> None:
    from pipeline.evaluate.scoring import load_field_plugins

    compare = load_field_plugins()[key]
    assert compare({key: "Tiểu ban Thi đua – Khen thưởng"}) == compare({key: "Tiểu ban Thi đua - Khen thưởng"})
    assert compare({key: "Bộ Văn hóa — Thông tin"}) == compare({key: "BỘ VĂN HÓA - THÔNG TIN"})
    assert compare({key: "Bộ Văn hóa - Thông tin"}) != compare({key: "Bộ Văn hóa, Thông tin"})
