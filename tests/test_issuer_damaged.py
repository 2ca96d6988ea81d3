"""Issuer lines a web copy damaged or that are no body's name (issue 12): a note's heading, a bullet before the
body, a heading whose letters the copy's font dropped, a title's lines running on above the authority, an en dash.
The texts are made up for the tests."""

import pytest

from extractors.header import parse_header, running_name
from extractors.issuer import respaced_organ, restored_issuer

DATELINE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Kon Tum, ngày 03 tháng 5 năm 2021
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
"""


def test_a_bullet_before_the_body_is_no_part_of_its_name() -> None:
    header = parse_header("  • BỘ XÂY DỰNG\n" + DATELINE.replace("UBND", "BXD"))
    assert header.issuer == "Bộ Xây dựng"


def test_a_note_heading_is_never_an_issuer() -> None:
    page = """Hồ sơ đi công tác gồm hai bản.

GHI CHÚ:

 • Cán bộ nộp báo cáo trong vòng 15 ngày.

@2020 Trung tâm Đào tạo
Số 25 Lê Lợi, Kon Tum
"""
    assert parse_header(page).issuer is None


def test_a_heading_that_lost_its_first_letter_is_a_people_s_committee() -> None:
    header = parse_header("Y BAN NHÂN DÂN\nTỈNH KON TUM\n" + DATELINE)
    assert header.issuer == "UBND tỉnh Kon Tum"


def test_letters_dropped_in_the_header_are_read_from_the_authority_line() -> None:
    text = (
        "Y BAN NHÂN DÂN\nTNH KON TM\n" + DATELINE + "ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền.\n"
    )
    assert parse_header(text).issuer == "UBND tỉnh Kon Tum"


@pytest.mark.parametrize(
    ("damaged", "names", "expected"),
    [
        ("UBND tnh K Tum", ["UBND tỉnh Kon Tum"], "UBND tỉnh Kon Tum"),
        ("UBND tỉnh Kon Tum", ["UBND tỉnh"], "UBND tỉnh Kon Tum"),  # a shorter line names no other body
        ("UBND tnh Kon Tum", ["UBND tỉnh Gia Lai"], "UBND tnh Kon Tum"),  # another province: kept, not swapped
        ("Sở Nội vụ", ["Sở Nội vụ tỉnh Kon Tum"], "Sở Nội vụ"),  # a longer name is another reading, not a repair
    ],
)
def test_restored_issuer_needs_the_same_words_with_letters_whole(damaged: str, names: list[str], expected: str) -> None:
    assert restored_issuer(damaged, names) == expected


def test_a_title_running_on_above_the_authority_names_no_issuer() -> None:
    text = """NGHỊ QUYẾT SỐ 05-NQ NGÀY 02-3-1962
CỦA HỘI ĐỒNG NHÂN DÂN VỀ VIỆC CỬ
TRƯỞNG ĐOÀN ĐI THĂM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA BUN-GA-RI
HỘI ĐỒNG NHÂN DÂN
(KỲ HỌP THỨ 3)
Căn cứ vào đề nghị của Ủy ban hành chính;
QUYẾT ĐỊNH:
Cử ông Lê Văn Ba làm trưởng đoàn.
"""
    assert parse_header(text).issuer is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN – HUẾ", "UBND tỉnh Thừa Thiên - Huế"),
        ("BỘ VĂN HÓA — THÔNG TIN", "Bộ Văn hóa - Thông tin"),
    ],
)
def test_a_body_s_name_is_written_with_a_hyphen(heading: str, expected: str) -> None:
    assert running_name(heading) == expected


@pytest.mark.parametrize(
    ("header", "authority", "issuer"),
    [
        ("BỘ TÀI NGUYÊN VÀ | CỘNG HÒA", "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bộ Tài nguyên và Môi trường"),
        (
            "BỘ VĂN HÓA, THỂ THAO VÀ | CỘNG HÒA",
            "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "Bộ Văn hóa, Thể thao và Du lịch",
        ),
        (
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ | CỘNG HÒA",
            "BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "Bộ Lao động - Thương binh và Xã hội",
        ),
    ],
)
def test_a_cut_issuer_is_finished_by_the_authority_line(header: str, authority: str, issuer: str) -> None:
    text = (
        f"{header} XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-BX | Hà Nội, ngày 09 tháng 05 năm 2012 |\n"
        f"QUYẾT ĐỊNH\nVề việc cử cán bộ\n{authority}\nCăn cứ Nghị định số 1/2008/NĐ-CP;"
    )
    assert parse_header(text).issuer == issuer


def test_a_cut_issuer_nothing_finishes_is_null_with_an_error() -> None:
    text = (
        "BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-BX | Hà Nội, ngày 09 tháng 05 năm 2012 |\n"
        "QUYẾT ĐỊNH\nVề việc cử cán bộ\nCăn cứ Nghị định số 1/2008/NĐ-CP;"
    )
    header = parse_header(text)
    assert header.issuer is None
    assert any("cut" in error.message for error in header.errors)


_CUT_DATELINE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 7/QĐ-SNV\nHà Nội, ngày 5 tháng 8 năm 2024\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "BỘ VĂN HÓA, THỂ THAO",  # a list of fields stops before its "và"
        "SỞ KHOA HỌC, CÔNG NGHỆ",
        "BỘ LAO ĐỘNG - THƯƠNG BINH",  # a known name's pair stops before its "và"
        "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN",  # a province's name stops mid-name
        "UBND THÀNH PHỐ HỒ CHÍ",
        "UBND TP HỒ CHÍ",
        "TỈNH ỦY BÀ RỊA",
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN",  # a known name's pair cut after its "và"
        "SỞ KHOA HỌC VÀ CÔNG",
    ],
)
def test_an_issuer_cut_inside_its_name_is_null_with_an_error(head: str) -> None:
    """A web copy that lost the header cell's last line leaves a name that cannot end there; with no line under the
    title to finish it, the issuer is null and says why (written here)."""
    header = parse_header(f"{head}\n{_CUT_DATELINE}QUYẾT ĐỊNH\nVề việc cử cán bộ\n")
    assert header.issuer is None
    assert any("cut" in error.message for error in header.errors)


@pytest.mark.parametrize(
    ("head", "parent", "issuer"),
    [
        ("BỘ VĂN HÓA - THÔNG TIN", None, "Bộ Văn hóa - Thông tin"),  # a former ministry's whole name
        ("ỦY BAN NHÂN DÂN TỈNH HÀ TÂY", None, "UBND tỉnh Hà Tây"),  # a former province
        ("BỘ TÀI CHÍNH, BỘ NGOẠI GIAO", None, "Bộ Tài chính, Bộ Ngoại giao"),  # a second body, no list
        ("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN\nHUẾ", None, "UBND tỉnh Thừa Thiên Huế"),  # the name's end on its own line
        ("UBND TỈNH BÀ RỊA\n- VŨNG TÀU\nSỞ NGOẠI VỤ", "UBND tỉnh Bà Rịa - Vũng Tàu", "Sở Ngoại vụ"),
        ("BỘ LAO ĐỘNG\n- THƯƠNG BINH VÀ XÃ HỘI", None, "Bộ Lao động - Thương binh và Xã hội"),
        ("UBND TP. HỒ CHÍ\nMINH", None, "UBND TP. Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN TỈNH\nTHỪA THIÊN HUẾ", None, "UBND tỉnh Thừa Thiên Huế"),  # the level word ends the line
        ("ỦY BAN NHÂN DÂN HUYỆN\nĐIỆN BIÊN ĐÔNG", None, "UBND huyện Điện Biên Đông"),
        ("BỘ GIÁO DỤC", None, "Bộ Giáo dục"),  # a former ministry's whole name: no joint, no cut
        ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", None, "Bộ Kế hoạch và Đầu tư"),
    ],
)
def test_a_whole_name_and_a_name_that_goes_on_are_no_cut(head: str, parent: str | None, issuer: str) -> None:
    """Names that end where a cut one would not, and a name's end on the next line (a line opening with a dash goes
    on with the name above; a province's name finished by the next line), read whole (written here)."""
    header = parse_header(f"{head}\n{_CUT_DATELINE}QUYẾT ĐỊNH\nVề việc cử cán bộ\n")
    assert (header.parent_issuer, header.issuer) == (parent, issuer)


def test_a_cut_parent_body_is_null_with_an_error() -> None:
    header = parse_header(f"UBND TỈNH THỪA THIÊN\nSỞ NGOẠI VỤ\n{_CUT_DATELINE}QUYẾT ĐỊNH\nVề việc cử cán bộ\n")
    assert (header.parent_issuer, header.issuer) == (None, "Sở Ngoại vụ")
    assert any("parent body is cut" in error.message for error in header.errors)


def test_a_cut_list_is_finished_by_the_authority_line() -> None:
    text = (
        f"BỘ VĂN HÓA, THỂ THAO\n{_CUT_DATELINE}QUYẾT ĐỊNH\nVề việc cử cán bộ\n"
        "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCăn cứ Nghị định số 1/2008/NĐ-CP;"
    )
    assert parse_header(text).issuer == "Bộ Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize(
    ("read", "shown"),
    [
        ("Ủybannhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("Hộiđồngnhân dân xã Bản Lầu", "Hội đồng nhân dân xã Bản Lầu"),
        ("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai"),
    ],
)
def test_an_organ_name_ocr_glued_is_spaced_again(read: str, shown: str) -> None:
    """Issue 13 (blind scenario 15 scans): the rule's source was printed "Công văn của Ủybannhân dân tỉnh …"."""
    assert respaced_organ(read) == shown


REPORT_HEAD = """UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG CAO ĐẲNG CÔNG NGHỆ{speck}
{place}Số: 16/BC-CĐCN
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 11 tháng 9 năm 2026
BÁO CÁO
Kết quả chuyến công tác tại Nhật Bản
"""


def test_a_speck_read_as_a_comma_before_the_body_s_place_keeps_the_issuer() -> None:
    """A body's name puts no comma before the province it is of: the comma a scan's speck left at the line's end
    is no open list of fields, and the name is the one the clean copy prints."""
    clean = parse_header(REPORT_HEAD.format(speck="", place="VĨNH LONG\n"))
    specked = parse_header(REPORT_HEAD.format(speck=",", place="VĨNH LONG\n"))
    assert specked.issuer == clean.issuer == "Trường Cao đẳng công nghệ Vĩnh Long"
    assert specked.parent_issuer == "UBND tỉnh Vĩnh Long"


def test_a_comma_ending_the_header_with_nothing_under_it_is_still_a_cut_name() -> None:
    """The place's line lost too: the name stays cut, null with an error, never completed by a guess."""
    header = parse_header(REPORT_HEAD.format(speck=",", place=""))
    assert header.issuer is None
    assert any(e.code == "issuer.unreadable" for e in header.errors)


def test_a_list_of_fields_cut_after_its_comma_is_not_taken_for_a_place() -> None:
    """A field list cut after its comma ("BỘ VĂN HÓA," / "THỂ THAO"): the line under the comma is a field, not a
    province; the name stays cut."""
    header = parse_header("BỘ VĂN HÓA,\nTHỂ THAO\n" + DATELINE)  # a symbol naming no ministry
    assert header.issuer is None
