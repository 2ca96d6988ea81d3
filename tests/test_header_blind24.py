"""Header classes met in blind24 (issue 12, texts21): a joint header whose first ministry's name holds "MÔI TRƯỜNG",
a general department printed above its provincial department in one cell, the Party's central office, a footnote
mark on a consolidated text's title, a title broken over lines under the motto, and "TP." in a body's name. Each
header is written here, in the layouts offices print, not copied from the corpus."""

import pytest

from extractors.doctype import title_type
from extractors.header import parse_header
from extractors.issuer import central_board, split_bodies
from pipeline.evaluate.scoring import load_field_plugins
from schemas.document import DocType

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NAM ĐỊNH", ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NAM ĐỊNH"]),
        ("TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH LẠNG SƠN", ["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH LẠNG SƠN"]),
        ("TỔNG CỤC THUẾ CỤC THUẾ TỈNH NGHỆ AN", ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NGHỆ AN"]),
        ("TỔNG CỤC THỐNG KÊ", ["TỔNG CỤC THỐNG KÊ"]),
        ("TỔNG CỤC PHÒNG CHỐNG THIÊN TAI", ["TỔNG CỤC PHÒNG CHỐNG THIÊN TAI"]),
    ],
)
def test_split_at_a_general_departments_unit_never_inside_moi_truong(heading: str, bodies: list[str]) -> None:
    assert split_bodies(heading) == bodies


def test_a_joint_header_on_one_line_keeps_a_ministry_named_with_moi_truong_whole() -> None:
    text = (
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG - BỘ NGOẠI GIAO\nSố: 12/2003/TTLT/BTNMT-BNG\n"
        f"{_MOTTO}Hà Nội, ngày 3 tháng 4 năm 2003\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn việc trao đổi mẫu vật\n"
    )
    assert parse_header(text).issuer == "Bộ Tài nguyên và Môi trường - Bộ Ngoại giao"


def test_a_general_department_above_its_provincial_department_in_one_pipe_cell() -> None:
    text = (
        "TỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN TỈNH QUẢNG NINH\n-------\n|\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
        "Số: 2207/HQQN-NV\nV/v thủ tục tạm nhập\n|\nQuảng Ninh, ngày 9 tháng 3 năm 2021\n|\nKính gửi: Công ty X\n"
    )
    header = parse_header(text)
    assert (header.issuer, header.parent_issuer) == ("Cục Hải quan tỉnh Quảng Ninh", "Tổng cục Hải quan")


def test_the_office_under_the_central_committee_is_the_partys_central_office() -> None:
    assert central_board("Ban Chấp hành Trung ương", "Văn phòng") == "Văn phòng Trung ương Đảng"
    assert central_board("Tỉnh ủy Nam Định", "Văn phòng") is None
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 25-CV/VPTW\n"
        "Hà Nội, ngày 4 tháng 6 năm 2015\nV/v gửi tài liệu hội nghị\n"
    )
    header = parse_header(text)
    assert (header.issuer, header.parent_issuer) == ("Văn phòng Trung ương Đảng", "Ban Chấp hành Trung ương")


@pytest.mark.parametrize(
    ("line", "kind"),
    [("THÔNG BÁO[2]", DocType.THONG_BAO), ("CHỈ THỊ [1]", DocType.CHI_THI), ("QUYẾT ĐỊNH[x]", None)],
)
def test_a_footnote_mark_after_a_title_is_no_part_of_it(line: str, kind: DocType | None) -> None:
    assert title_type(line) == kind


def test_a_consolidated_decision_headed_with_a_footnote_mark_is_a_decision() -> None:
    text = (
        "BỘ NGOẠI GIAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 05/VBHN-BNG\nHà Nội, ngày 2 tháng 5 năm 2022\nQUYẾT ĐỊNH[1]\nBan hành quy chế cử cán bộ đi công tác\n"
    )
    header = parse_header(text)
    assert (header.doc_type, header.number) == (DocType.QUYET_DINH, "05/VBHN-BNG")


def test_a_title_broken_over_lines_under_the_motto_gives_the_kind_and_the_issuer_above() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
        "QUY ĐỊNH TIẾP\nCÔNG DÂN\nCỦA ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA\nChương I\nĐiều 1. Phạm vi\n"
    )
    header = parse_header(text)
    assert (header.doc_type, header.issuer, header.number) == (DocType.QUY_DINH, "UBND phường An Hòa", None)


def test_a_motto_followed_by_a_sentence_names_no_kind() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\n|\n|\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n|\n"
        "Quyết định này có hiệu lực từ ngày ký\n"
    )
    assert parse_header(text).doc_type == DocType.OTHER


@pytest.mark.parametrize("key", ["issuer", "parent_issuer"])
def test_tp_is_compared_as_thanh_pho_in_a_body_name(key: str) -> None:
    compare = load_field_plugins()[key]
    assert compare({key: "Sở Y tế TP.Cần Thơ"}) == compare({key: "Sở Y tế Thành phố Cần Thơ"})
    assert compare({key: "Công an TP. Đà Nẵng"}) == compare({key: "Công an thành phố Đà Nẵng"})
    assert compare({key: "Cục Thuế TP Hải Phòng"}) == compare({key: "Cục Thuế thành phố Hải Phòng"})
    assert compare({key: "Cục Thuế TP Hải Phòng"}) != compare({key: "Cục Thuế tỉnh Hải Phòng"})
    assert compare({key: "Công ty TPC"}) != compare({key: "Công ty thành phố C"})
