"""Members named without "Ông/Bà" whose family name is a rarer one that, without its marks, is a common word:
taken only as written and only with a title after the name (`extractors.members._family_first`)."""

from __future__ import annotations

import pytest

from extractors.members import find_members

_RUNNING = (
    "Điều 1. Cử các đồng chí: Lê Văn An, Giám đốc Sở Văn hóa và Thể thao, Trưởng đoàn; {second}, Chuyên viên "
    "Sở Văn hóa và Thể thao; và Hoàng Thị Mai, Chuyên viên Sở Ngoại vụ đi công tác tại Nhật Bản từ ngày "
    "06/4/2026 đến ngày 10/4/2026."
)


def names(text: str) -> list[str]:
    return [m.name for m in find_members(text)]


@pytest.mark.parametrize(
    "second",
    # the Thái names of the north-west (scenario 43's "Cà Thị Thoa, chuyên viên …"), Kinh and Hmông ones
    ["Dư Thị Cẩm Tú", "Ôn Văn Hùng", "Ứng Thị Lan", "Khâu Văn Bình", "Ngụy Thị Hà", "Cà Thị Thoa", "Lèo Văn Khum"],
)
def test_a_rarer_family_name_as_written_before_a_title_is_a_member(second: str) -> None:
    assert names(_RUNNING.format(second=second)) == ["Lê Văn An", second, "Hoàng Thị Mai"]


@pytest.mark.parametrize("second", ["Du Lịch Biển", "Dự Kiến Mới", "Du Thị Cẩm Tú", "Ổn Định Chung", "Cả Đoàn Cùng"])
def test_a_look_alike_without_the_family_names_marks_is_no_member(second: str) -> None:
    assert names(_RUNNING.format(second=second)) == ["Lê Văn An", "Hoàng Thị Mai"]


def test_a_rarer_family_name_with_no_title_after_it_is_no_member() -> None:
    text = _RUNNING.format(second="Dư Thị Cẩm Tú").replace(", Chuyên viên Sở Văn hóa và Thể thao;", ";")
    assert names(text) == ["Lê Văn An", "Hoàng Thị Mai"]


def test_a_numbered_item_of_a_hmong_family_name_as_written_is_a_member() -> None:
    text = (
        "Điều 1. Cử các ông, bà sau đi công tác tại Lào:\n"
        "1. Bàn Văn Sơn, Phó Giám đốc Sở Dân tộc và Tôn giáo, Trưởng đoàn;\n"
        "2. Ban Quản lý Khu kinh tế, Phó Giám đốc Sở Ngoại vụ;\n"
        "3. Sình Thị Dua, Chuyên viên Sở Dân tộc và Tôn giáo.\n"
    )
    assert names(text) == ["Bàn Văn Sơn", "Sình Thị Dua"]


_TABLE = (
    "Điều 1. Cử đoàn công tác gồm 03 thành viên đi công tác tại Nhật Bản từ ngày 06/4/2026 đến ngày 10/4/2026.\n"
    "TT\tHọ và tên\tChức vụ\tĐơn vị\n"
    "1\t{first}\tGiám đốc\tBan Quản lý dự án\n"
    "2\t{second}\tPhó Giám đốc\tBan Quản lý dự án\n"
    "3\t{third}\tChuyên viên\tBan Quản lý dự án\n"
)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # scenario 22's 2251: a table naming no one "Ông" but one, before a name of no known family: of the family Ông
        (("Ông Ích Khang", "Thạch Thị Vân", "Tô Văn Khải"), ["Ông Ích Khang", "Thạch Thị Vân", "Tô Văn Khải"]),
        (("Bà Ích Lan", "Thạch Thị Vân", "Tô Văn Khải"), ["Bà Ích Lan", "Thạch Thị Vân", "Tô Văn Khải"]),
        # before a known family name it is the honorific
        (("Ông Lê Khang", "Thạch Thị Vân", "Tô Văn Khải"), ["Lê Khang", "Thạch Thị Vân", "Tô Văn Khải"]),
        # a table that addresses everyone: honorifics
        (("Ông Ích Khang", "Bà Thạch Thị Vân", "Ông Tô Văn Khải"), ["Ích Khang", "Thạch Thị Vân", "Tô Văn Khải"]),
    ],
)
def test_a_lone_ong_in_a_table_before_no_family_name_is_the_family_name(
    cells: tuple[str, str, str], expected: list[str]
) -> None:
    first, second, third = cells
    assert names(_TABLE.format(first=first, second=second, third=third)) == expected
