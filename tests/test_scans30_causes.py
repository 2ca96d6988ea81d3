"""Scenarios 31 and 32 on their scans (issue 13): what OCR changed, each on a short hand-written text."""

from extractors.members import find_members


def test_item_numbers_whose_dot_a_scan_read_as_a_comma_open_items() -> None:
    text = (
        "Điều 1. Cử 03 viên chức có tên sau đây đi công tác tại Hàn Quốc từ ngày 05/10/2027 đến ngày 09/10/2027:\n"
        "I, PGS.TS. Mạc Văn Thành, Phó Hiệu trưởng Trường Đại học Đông Sơn, Trưởng đoàn;\n"
        "2, TS. Lã Thị Ngân, Trưởng khoa Hóa, Trường Đại học Đông Sơn;\n"
        "3, ThS. Ông Văn Lộc, Chuyên viên Phòng Hợp tác quốc tế, Trường Đại học Đông Sơn.\n"
    )
    assert [m.name for m in find_members(text)] == ["Mạc Văn Thành", "Lã Thị Ngân", "Ông Văn Lộc"]


def test_a_number_and_comma_before_no_one_addressed_opens_no_item() -> None:
    text = (
        "Điều 1. Cử ông Mạc Văn Thành, Phó Hiệu trưởng Trường Đại học Đông Sơn đi công tác tại Hàn Quốc theo mục\n"
        "2, 3 và 4 của Kế hoạch hợp tác năm 2027.\n"
    )
    assert [m.name for m in find_members(text)] == ["Mạc Văn Thành"]


def test_a_lone_small_letter_inside_a_name_cell_is_a_speck() -> None:
    """A received stamp's ink read as a letter between a name's words: the row's member is still read."""
    text = (
        "TT | Họ và tên | Chức vụ | Đơn vị công tác\n"
        "1 | Khúc Văn Tài | Phó Giám đốc | Sở Xây dựng\n"
        "2 | Mông ạ Thị Hoa | Chánh Văn phòng | Sở Xây dựng\n"
    )
    assert [m.name for m in find_members(text)] == ["Khúc Văn Tài", "Mông Thị Hoa"]
