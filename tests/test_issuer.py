"""Issuers from web copies that flattened the two-column header (issue 12).

The header texts below are the first lines of real public copies, as found:
- QĐ 60/2002/QĐ-TTg, legal-library copy (thuviennhadat.vn): each table cell broken into short lines, a lone
  "|" closing the cell ("THỦ\\nTƯỚNG CHÍNH PHỦ\\n********\\n|\\nCỘNG\\nHOÀ XÃ HỘI ...").
- QĐ 09/2011/QĐ-UBND of Quảng Ngãi, legal-library copy (thuvienphapluat.vn), same layout.
- CT 15/CT-UBND of Hà Nội (hethongphapluat.com): "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ... |".
"""

import pytest

from extractors.header import parse_header
from extractors.issuer import join_table_cells, split_bodies

TTG_60_2002 = (
    "THỦ\nTƯỚNG CHÍNH PHỦ\n********\n|\nCỘNG\nHOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "********\n|\nSố:\n60/2002/QĐ-TTg\n|\nHà\nNội, ngày 13 tháng 5 năm 2002\n|\nQUYẾT ĐỊNH\n"
    "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/ QĐ-TTG NGÀY 13 THÁNG 5\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ\n"
)
QUANG_NGAI_09_2011 = (
    "ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
    "Hạnh phúc\n---------------\n|\nSố:\n09/2011/QĐ-UBND\n|\nQuảng\nNgãi, ngày 04 tháng 5 năm 2011\n|\n"
    "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ XÉT, CHO PHÉP SỬ DỤNG THẺ ĐI LẠI CỦA DOANH NHÂN\n"
)

# Written here, in the layout of a legal-library copy whose "|" closes each cell after its last words.
MINISTRY_PIPE_AFTER_WORDS = (
    "BỘ\nNGOẠI GIAO |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2021/TT-BNG |\nHà Nội, ngày 05 tháng 3 "
    "năm 2021 |\nTHÔNG TƯ\nHướng dẫn việc cử cán bộ đi công tác nước ngoài\n"
)
ROW_PER_LINE = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/2019/QĐ-UBND | Huế, ngày 2 tháng 4 năm 2019 |\n"
)


def test_a_pipe_after_a_cells_last_words_closes_the_cell() -> None:
    joined = join_table_cells(MINISTRY_PIPE_AFTER_WORDS)
    assert joined.splitlines()[:2] == ["BỘ NGOẠI GIAO |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"]
    assert parse_header(MINISTRY_PIPE_AFTER_WORDS).issuer == "Bộ Ngoại giao"


def test_a_whole_table_row_on_one_line_is_not_joined() -> None:
    assert join_table_cells(ROW_PER_LINE) == ROW_PER_LINE


def test_issuer_cells_broken_over_lines_are_joined_in_place() -> None:
    joined = join_table_cells(QUANG_NGAI_09_2011)
    assert len(joined) == len(QUANG_NGAI_09_2011)
    assert joined.splitlines()[:3] == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI -------", "|", joined.splitlines()[2]]
    assert joined.endswith("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ XÉT, CHO PHÉP SỬ DỤNG THẺ ĐI LẠI CỦA DOANH NHÂN\n")


@pytest.mark.parametrize(
    ("text", "issuer", "number", "place"),
    [
        (TTG_60_2002, "Thủ tướng Chính phủ", "60/2002/QĐ-TTg", "Hà Nội"),
        (QUANG_NGAI_09_2011, "UBND tỉnh Quảng Ngãi", "09/2011/QĐ-UBND", "Quảng Ngãi"),
    ],
)
def test_issuer_from_a_broken_header_table(text: str, issuer: str, number: str, place: str) -> None:
    header = parse_header(text)
    assert (header.issuer, header.parent_issuer, header.number, header.place) == (issuer, None, number, place)


def test_issuer_before_the_motto_on_one_line() -> None:
    header = parse_header(
        "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số: 27/CT-TTg Hà Nội, ngày 25 tháng 6 năm 2020\nCHỈ THỊ\nVề việc tăng cường\n"
    )
    assert (header.issuer, header.number) == ("Thủ tướng Chính phủ", "27/CT-TTg")


def test_issuer_first_cell_of_a_pipe_row() -> None:
    """The cell lost its locality ("UBND" alone): no issuer of its own, null with an error (texts8; was "UBND")."""
    header = parse_header(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/CT-UBND | Hà Nội, ngày 25 tháng 12 năm 2018 |\n"
        "CHỈ THỊ\nVỀ VIỆC CHẤN CHỈNH\n"
    )
    assert header.issuer is None and "issuer.incomplete" in {e.code for e in header.errors}


def test_issuer_parent_and_body_on_one_line() -> None:
    header = parse_header(
        "UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/SNgV-LS\nV/v đoàn ra\n"
        "Lạng Sơn, ngày 5 tháng 3 năm 2020\n"
    )
    assert (header.parent_issuer, header.issuer) == ("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ")


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        ("UBND TỈNH LẠNG SƠN SỞ NGOẠI VỤ", ["UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ"]),
        ("TỈNH ỦY LẠNG SƠN BAN TỔ CHỨC", ["TỈNH ỦY LẠNG SƠN", "BAN TỔ CHỨC"]),
        ("BỘ NGOẠI GIAO CỤC LÃNH SỰ", ["BỘ NGOẠI GIAO", "CỤC LÃNH SỰ"]),
        ("UBND THÀNH PHỐ HẢI PHÒNG SỞ NGOẠI VỤ", ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NGOẠI VỤ"]),
        ("UBND THÀNH PHỐ HẢI PHÒNG", ["UBND THÀNH PHỐ HẢI PHÒNG"]),
        ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", ["ỦY BAN NHÂN DÂN TỈNH BẾN TRE"]),
        ("BAN THƯỜNG VỤ TỈNH ỦY", ["BAN THƯỜNG VỤ TỈNH ỦY"]),
        ("VĂN PHÒNG CHÍNH PHỦ", ["VĂN PHÒNG CHÍNH PHỦ"]),
    ],
)
def test_issuer_split_bodies(heading: str, bodies: list[str]) -> None:
    assert split_bodies(heading) == bodies


def test_issuer_bare_body_completed_from_the_authority_line() -> None:
    """QĐ 06/2014/QĐ-UBND of Cà Mau (hethongphapluat.com copy): the header row lost "TỈNH CÀ MAU"; the line
    under the title names the authority in full."""
    header = parse_header(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 06/2014/QĐ-UBND | Cà Mau, ngày 21 tháng 03 năm 2014 |\n"
        "BAN HÀNH QUY CHẾ QUẢN LÝ THỐNG NHẤT CÁC HOẠT ĐỘNG ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH CÀ MAU\n"
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
    )
    assert (header.issuer, header.place) == ("UBND tỉnh Cà Mau", "Cà Mau")


def test_issuer_bare_body_completed_from_an_authority_line_missing_a_word() -> None:
    """A header written for this test: the authority line under the title drops "DÂN" by a slip; its
    locality is still the issuer's. A line naming another body (Tỉnh ủy) completes nothing."""
    header = parse_header(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 12/2019/QĐ-UBND | Phan Rang, ngày 02 tháng 04 năm 2019 |\n"
        "QUYẾT ĐỊNH\nVỀ QUẢN LÝ ĐOÀN RA TRÊN ĐỊA BÀN TỈNH NINH THUẬN\n"
        "ỦY BAN NHÂN TỈNH NINH THUẬN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert header.issuer == "UBND tỉnh Ninh Thuận"
    other = parse_header(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 12/2019/QĐ-UBND | Phan Rang, ngày 02 tháng 04 năm 2019 |\n"
        "QUYẾT ĐỊNH\nVỀ QUẢN LÝ ĐOÀN RA\nBAN THƯỜNG VỤ TỈNH ỦY NINH THUẬN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert other.issuer != "UBND tỉnh ủy Ninh Thuận" and "Ninh Thuận" not in (other.issuer or "")


@pytest.mark.parametrize(
    ("authority", "issuer"),
    [
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "UBND tỉnh Yên Bái"),
        ("CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN MƯỜNG LA", "UBND huyện Mường La"),
    ],
)
def test_issuer_bare_body_completed_from_its_chairmans_authority_line(authority: str, issuer: str) -> None:
    """A header written for this test: the bare "ỦY BAN NHÂN DÂN" cell under a chairman's decision, whose authority
    line names the body after its holder's office; the chairman decides for that body."""
    header = parse_header(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 802/QĐ-UBND | Yên Bái, ngày 14 tháng 6 năm 2016 |\n"
        "V/V CỬ CÁN BỘ ĐI CÔNG TÁC NƯỚC NGOÀI\n"
        f"{authority}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert header.issuer == issuer


BORN_DIGITAL_WITH_TABLE_RULES = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: /TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày tháng 11 năm 2024\nTHÔNG BÁO\n"
    "Về việc tham dự Hội nghị đánh giá Chương trình mục tiêu quốc gia\n"
    "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi\n"
    "Thực hiện Công văn số 2003/UBDT-VPCTMTQG ngày 01/11/2024 của\n"
    "Ủy ban Dân tộc về việc tham dự Hội nghị đánh giá Chương trình mục tiêu\n"
    "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi\n"
    "| , do Ủy viên Bộ Chính trị\ntrị, Bí thư Trung ương Đảng, Phó Thủ tướng Thường trực Chính phủ - |\n"
    "Trưởng Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia chủ trì - |\n"
)


def test_a_pipe_ending_a_body_line_far_below_the_header_joins_nothing() -> None:
    """A born-digital PDF's text layer with table rules in its body (rs_02): no header cell is that long."""
    assert join_table_cells(BORN_DIGITAL_WITH_TABLE_RULES) == BORN_DIGITAL_WITH_TABLE_RULES
    header = parse_header(BORN_DIGITAL_WITH_TABLE_RULES)
    assert (header.doc_type, header.issuer) == ("thong_bao", "UBND tỉnh Quảng Ngãi")


# Written here in the layout of a web copy whose header cells came out as empty "|" lines.
_EMPTY_CELLS = "|\n|\nSố: {number} |\n{place}, ngày 25 tháng 07 năm 2013 |\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n"


@pytest.mark.parametrize(
    ("number", "place", "body", "issuer"),
    [
        # the enacting formula after the legal bases, broken over lines as the copy broke it
        (
            "45/2013/QĐ-TTg",
            "Hà Nội",
            "Căn cứ Luật Tổ chức Chính phủ;\nXét đề\nnghị của Bộ trưởng Bộ Công Thương;\nThủ\ntướng Chính phủ "
            "quyết định ban hành Quy chế kèm theo.\n",
            "Thủ tướng Chính phủ",
        ),
        (
            "12/2015/QĐ-UBND",
            "Cà Mau",
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nXét đề nghị của Giám đốc Sở Ngoại vụ,\nCHỦ TỊCH ỦY BAN "
            "NHÂN DÂN TỈNH CÀ MAU QUYẾT ĐỊNH:\nĐiều 1.",
            "UBND tỉnh Cà Mau",
        ),
        (
            "05/2019/QĐ-BNG",
            "Hà Nội",
            "Căn cứ Nghị định số 81/2022/NĐ-CP;\nTheo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,\nBộ trưởng Bộ Ngoại "
            "giao quyết định:\nĐiều 1.",
            "Bộ Ngoại giao",
        ),
        # the authority's own line under the title
        (
            "07/2014/QĐ-UBND",
            "Bến Tre",
            "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nCăn cứ Luật Tổ chức HĐND và UBND;\n",
            "UBND tỉnh Bến Tre",
        ),
    ],
)
def test_issuer_from_the_authority_when_the_header_cells_are_empty(
    number: str, place: str, body: str, issuer: str
) -> None:
    header = parse_header(_EMPTY_CELLS.format(number=number, place=place) + body)
    assert header.issuer == issuer


@pytest.mark.parametrize(
    "body",
    [
        # a proposal's author is no authority; "quyết định" as a noun enacts nothing
        "Xét đề nghị của Bộ trưởng Bộ Công Thương quyết định việc này;\nĐiều 1.",
        "Căn cứ Luật Tổ chức Chính phủ;\nThực hiện quyết định của Thủ tướng Chính phủ,\nĐiều 1.",
    ],
)
def test_no_issuer_without_an_authority_that_enacts(body: str) -> None:
    assert parse_header(_EMPTY_CELLS.format(number="45/2013/QĐ-TTg", place="Hà Nội") + body).issuer is None


def test_issuer_second_line_between_the_motto_lines_of_a_flattened_row() -> None:
    """A page that flattened the header row by row, with a list number in front (written here)."""
    header = parse_header(
        "1. UBND TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc "
        "Số: 77/SNgV-LS Quy Nhơn, ngày 09 tháng 8 năm 2015 V/v cử cán bộ đi công tác nước ngoài năm 2015 Kính "
        "gửi: Các sở, ban, ngành\n"
    )
    assert (header.parent_issuer, header.issuer, header.number) == ("UBND tỉnh Bình Định", "Sở Ngoại vụ", "77/SNgV-LS")
    assert (header.place, str(header.issue_date)) == ("Quy Nhơn", "2015-08-09")  # a long line, yet no paragraph


@pytest.mark.parametrize(
    ("number_line", "number"),
    [
        ("-------Sớ: 12/2014/QĐ-UBND", "12/2014/QĐ-UBND"),  # glued to the rule, a wrong tone mark
        ("S: 12/2014/QĐ-UBND", "12/2014/QĐ-UBND"),  # a copy that lost the "ố"
    ],
)
def test_damaged_number_label_is_no_issuer(number_line: str, number: str) -> None:
    header = parse_header(
        f"ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n{number_line}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKon Tum, ngày 3 tháng 4 năm 2014\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    )
    assert (header.issuer, header.number) == ("UBND tỉnh Kon Tum", number)


def test_date_of_a_dateline_whose_place_the_copy_damaged() -> None:
    """A page that lost letters of the place ("Kon m" for "Kon Tum"): the date is read, the place is not."""
    header = parse_header(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\nSố: 12/2014/QĐ-UBND\n\nKon m, ngày 3 tháng 4 năm 2014\n\n"
        "QUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    )
    assert (str(header.issue_date), header.place) == ("2014-04-03", None)


@pytest.mark.parametrize(
    ("second", "issuer"),
    [("BAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy"), ("VĂN PHÒNG", "Văn phòng Tỉnh ủy"), ("XESY TRE", None)],
)
def test_issuer_under_a_party_committee_is_a_body_or_null(second: str, issuer: str | None) -> None:
    """The line under "TỈNH ỦY X" names a body of it; a seal or decoration read as letters names none: the issuer
    is then null with an error, the committee kept as parent, never "Xesy tre Tỉnh ủy"."""
    header = parse_header(
        f"TỈNH ỦY BẮC KẠN\n{second}\nSố 31-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Kạn, ngày 05 tháng 02 năm 2026\n"
        "QUYẾT ĐỊNH\nvề việc cử cán bộ đi công tác nước ngoài\n"
    )
    assert (header.issuer, header.parent_issuer) == (issuer, "Tỉnh ủy Bắc Kạn")
    assert ("issuer.unreadable" in {e.code for e in header.errors}) == (issuer is None)
