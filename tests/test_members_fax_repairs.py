"""A fax's losses in a member table read back: an H or a T without its crossbar in a name ("1iạnh", "1hị"), a unit
word garbled into no syllable where the document prints the unit whole elsewhere, a speck before the role."""

from __future__ import annotations

import pytest

from extractors.members import find_members, parse_member
from extractors.ocr_titles import respell_unit

_TABLE = (
    "TT | Họ và tên | Chức vụ, đơn vị công tác | Ghi chú\n"
    "1 | Phạm Văn Tài | Hiệu trưởng Trường Cao đẳng Kỹ thuật Bắc Ninh | k Trưởng đoàn\n"
    "2 | Đỗ Thị {given} | Phó Hiệu trưởng Trường Cao đẳng Kỹ thuật Bắc Ninh | Thành viên\n"
)


@pytest.mark.parametrize(("read", "name"), [("1iằng", "Hằng"), ("Iiồng", "Hồng"), ("lIuy", "Huy")])
def test_a_given_name_whose_h_lost_its_crossbar_is_a_known_name_with_h(read: str, name: str) -> None:
    members = find_members(_TABLE.format(given=read))
    assert [m.name for m in members] == ["Phạm Văn Tài", f"Đỗ Thị {name}"]


@pytest.mark.parametrize("read", ["1hị", "Ihị", "|hị"])
def test_a_t_that_lost_its_crossbar_is_a_known_name_with_t(read: str) -> None:
    member = parse_member(f"3. Bà Mạc {read} Lụa, Phó Chi cục trưởng Chi cục Thủy lợi;")
    assert member is not None and (member.name, member.title) == ("Mạc Thị Lụa", "Phó Chi cục trưởng")


@pytest.mark.parametrize("read", ["lhị", "Ihqz"])  # a small "l" is a letter; no known name with T
def test_one_stem_that_makes_no_known_name_with_t_stays_as_read(read: str) -> None:
    member = parse_member(f"3. Bà Mạc {read} Lụa, Phó Chi cục trưởng Chi cục Thủy lợi;")
    assert member is None or not member.name.startswith("Mạc T")


def test_two_stems_that_make_no_known_name_with_h_stay_as_read() -> None:
    # no H is made of the stems; the name cut short after "Thị" is no member (session 26: a wrong member)
    assert parse_member("Đỗ Thị 1iqzt, Chuyên viên Sở Y tế") is None


def test_a_speck_before_the_role_cell_is_no_part_of_the_role() -> None:
    assert find_members(_TABLE.format(given="Hằng"))[0].role == "trưởng đoàn"


_DECISION = (
    "Theo đề nghị của Hiệu trưởng Trường Cao đẳng Kỹ thuật Bắc Ninh tại Tờ trình số 12/TTr-CĐKT.\n"
    "Điều 1. Cử đoàn công tác gồm:\n"
)


def test_a_garbled_unit_word_is_spelt_as_the_document_prints_the_unit() -> None:
    unit = "Trường Cao đẳng Kỹ thuật Bắc Nỉnhq"
    assert respell_unit(unit, _DECISION) == "Trường Cao đẳng Kỹ thuật Bắc Ninh"


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("Trường Cao đẳng Kỹ thuật Bắc Nình", _DECISION),  # a syllable: maybe another unit, never respelt
        ("Trường Cao đẳng Kỹ thuật Bắc Nỉnhq", "Trường Cao đẳng Kỹ thuật Bắc Ninh, Trường Cao đẳng Kỹ thuật Bắc Linh"),
        ("Trường Cao đẳng Kỹ thuật Bắc Nỉnhq", "Trường Cao đẳng Kỹ thuật Bắc Giang"),  # too far
        ("Trường Cao đẳng Y tế Nỉnhq", _DECISION),  # the unit's other words are not there
    ],
)
def test_a_unit_is_kept_as_read_unless_one_close_syllable_stands_in_the_same_words(unit: str, text: str) -> None:
    assert respell_unit(unit, text) == unit


def test_a_bar_glued_before_the_honorific_is_no_part_of_the_member() -> None:
    """A stamp's frame read as "|" after the "; " that ends the member before (scenario 23's 24-QĐ/TU, its lost line
    read again): the member after it was lost."""
    text = (
        "Điều 1. Cử đồng chí Lò Văn Quyết, Phó Bí thư Tỉnh ủy (trưởng đoàn);|đồng chí Mạc\n"
        "Thị Hằng, Bí thư Đảng ủy xã Mai Châu đi công tác tại nước Lào."
    )
    assert [m.name for m in find_members(text)] == ["Lò Văn Quyết", "Mạc Thị Hằng"]


@pytest.mark.parametrize("speck", ["SẲ", "ø."])
def test_an_item_number_read_as_two_capitals_or_a_letter_with_its_dot_is_a_speck(speck: str) -> None:
    """Issue 13 (session 26 scans): "3." read "SẲ", "5." read "ø.": the member after it was lost."""
    text = (
        "Điều 1. Cử đoàn công tác gồm 04 người có tên sau đây đi công tác tại Cộng hòa Liên bang Đức:\n"
        "1. Ông Vũ Văn Tiến, Cục trưởng Cục Hóa chất - Trưởng đoàn;\n"
        "2. Ông Hà Minh Sơn, Phó Cục trưởng Cục Hóa chất;\n"
        f"{speck} Bà Phan Thị Kim Lan, Phó Cục trướng Cục Hóa chất;\n"
        "4. Ông Trịnh Quang Lâm, Trưởng phòng Kỹ thuật an toàn, Cục Hóa chất.\n"
        "Điều 2. Kinh phí do ngân sách nhà nước chi trả."
    )
    assert [m.name for m in find_members(text)] == ["Vũ Văn Tiến", "Hà Minh Sơn", "Phan Thị Kim Lan", "Trịnh Quang Lâm"]


def test_a_capitalised_word_before_an_honorific_is_still_no_speck() -> None:
    assert find_members("Thành phần đoàn gồm:\nIn Ông Trịnh Văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh;") == []


def test_a_specialist_grade_whose_i_was_read_as_t_still_addresses_the_member() -> None:
    member = parse_member("2. BSCKT. Kha Văn Lộc, Trưởng khoa Hồi sức tích cực;")
    assert member is not None and member.name == "Kha Văn Lộc"


def test_a_degree_with_its_s_read_as_a_section_sign_names_the_second_member_inline() -> None:
    text = (
        "Điều 1. Cử TS. Âu Văn Khánh, Phó Hiệu trưởng Trường Đại học Điện lực (trưởng đoàn) và Th§. Nông Thị Thảo, "
        "Giảng viên Khoa Quản lý năng lượng, Trường Đại học Điện lực đi công tác tại Hàn Quốc từ ngày 13/4/2026.\n"
        "Điều 2. Kinh phí do Trường chi trả."
    )
    assert [m.name for m in find_members(text)] == ["Âu Văn Khánh", "Nông Thị Thảo"]


def test_a_dot_read_for_the_comma_after_a_name_ends_it_before_a_title_and_nothing_else() -> None:
    """Issue 13 (session 26 scans): "Bà Mai Thị Hằng. Trưởng phòng …" gave the member "Mai Thị" before; where the
    words after the dot are no title the name's end is unsure, and a cut name would be a wrong member."""
    member = parse_member("2. Bà Mai Thị Hằng. Trưởng phòng Quản lý thương mại, Sở Công Thương;")
    assert member is not None and (member.name, member.title) == ("Mai Thị Hằng", "Trưởng phòng Quản lý thương mại")
    assert parse_member("2. Bà Mai Thị Hằng. Trưởng /@zn }ý thương mại, Sở Công Thương;") is None
    tail = parse_member("3. Ông Phùng Đức Anh.")
    assert tail is not None and tail.name == "Phùng Đức Anh"


def test_list_items_with_a_stamp_frames_bar_before_their_numbers_stay_one_list() -> None:
    """Issue 13 (session 26 scans): a received stamp's frame read as a bar before items 1 and 2 ("| 1: Ông …",
    "| 2| Ông …") made them table rows, and item 3, outside the frame, was lost."""
    text = (
        "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản:\n"
        "| 1: Ông Quách Văn Lợi, Phó Giám đốc phụ trách Sở Xây dựng - Trưởng đoàn;\n"
        "| 2| Ông Vi Văn Khoa, Trưởng phòng Quy hoạch - Kiến trúc, Sở Xây dựng;\n"
        "3. Bà Âu Thị Phương, Chuyên viên Phòng Quản lý nhà, Sở Xây dựng.\n"
        "Điều 2. Kinh phí do cơ quan Nhật Bản đài thọ.\n"
    )
    assert [m.name for m in find_members(text)] == ["Quách Văn Lợi", "Vi Văn Khoa", "Âu Thị Phương"]


def test_a_name_cut_after_thi_by_a_garbled_word_is_no_member() -> None:
    assert parse_member("2. Bà Phan Thị Kin¡ anh, Phó Cục trưởng Cục Điện lực.") is None
    member = parse_member("2. Bà Phan Thị Kim Anh, Phó Cục trưởng Cục Điện lực.")
    assert member is not None and member.name == "Phan Thị Kim Anh"


def test_a_table_row_with_its_number_after_the_frame_stays_a_table_row() -> None:
    text = (
        "Điều 1. Cử đoàn công tác gồm các ông, bà có tên sau:\n"
        "| TT | Họ và tên | Chức vụ, đơn vị |\n"
        "| 1 | Ông Nguyễn Hữu Tâm | Giám đốc Sở Nông nghiệp và Môi trường, Trưởng đoàn |\n"
        "| 2 | Bà Đoàn Thị Thu Hà | Phó Giám đốc Sở Nông nghiệp và Môi trường |\n"
    )
    members = find_members(text)
    assert [(m.name, m.title) for m in members] == [("Nguyễn Hữu Tâm", "Giám đốc"), ("Đoàn Thị Thu Hà", "Phó Giám đốc")]


@pytest.mark.parametrize(
    ("lead", "kept"), [("Œœ ¬I1 CƠI +> C2 Œ", True), ("Căn cứ khoản", False), ("Sở Nội vụ", False)]
)
def test_a_stamps_garble_before_an_items_number_leaves_the_member_in_the_list(lead: str, kept: bool) -> None:
    """Issue 13 (scenario 34's QĐ 612 scan): a stamp over the line read as symbols before its number ("Œœ ¬I1 CƠI +>
    C2 Œ 2 . Ông Điểu Thanh Sơn, …"): the member was lost. Words before the number (no stamp's symbol) are no
    garble: the line is no item."""
    text = (
        "Điều 1. Cử đoàn công tác của Đoàn Nghệ thuật tỉnh gồm 03 người đi công tác tại Nhật Bản, gồm:\n"
        "1. Bà Lý Thị Thanh Thảo, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng đoàn;\n"
        f"{lead} 2 . Ông Điểu Thanh Sơn, Nhạc công Đoàn Nghệ thuật tỉnh;\n"
        "3. Ông Đặng Hữu Phúc, Nhạc công Đoàn Nghệ thuật tỉnh.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả."
    )
    names = [m.name for m in find_members(text)]
    assert ("Điểu Thanh Sơn" in names) is kept
    assert {"Lý Thị Thanh Thảo", "Đặng Hữu Phúc"} <= set(names)
