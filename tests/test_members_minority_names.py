"""Members whose family names are those of the northern mountains' peoples (Hmông, Dao, Giáy …), in a member
table whose cell borders a plain text lost, and the list items a folded family name must not take for a name."""

from __future__ import annotations

from extractors.members import find_members

_TABLE = (
    "Điều 1. Cử đoàn công tác của Sở Nông nghiệp đi làm việc tại tỉnh Phông Sa Lỳ (Lào).\n"
    "Danh sách đoàn:\n"
    "STT Họ và tên Chức vụ, đơn vị\n"
    "1 Lù Văn Páo Phó Giám đốc Sở Nông nghiệp và Môi trường - Trưởng đoàn\n"
    "2 Sần Thị Mỷ Trưởng phòng Trồng trọt, Sở Nông nghiệp và Môi trường\n"
    "3 Chẻo Văn Lìn Chuyên viên Chi cục Kiểm lâm\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)


def names(text: str) -> list[str]:
    return [m.name for m in find_members(text)]


def test_numbered_rows_under_a_header_need_no_known_family_name() -> None:
    assert names(_TABLE) == ["Lù Văn Páo", "Sần Thị Mỷ", "Chẻo Văn Lìn"]


def test_a_listed_hmong_or_dao_family_name_starts_a_numbered_item_without_a_header() -> None:
    text = _TABLE.replace("STT Họ và tên Chức vụ, đơn vị\n", "")
    assert "Chẻo Văn Lìn" in names(text)


def test_a_family_name_listed_only_as_written_is_read_as_written_before_a_title() -> None:
    text = _TABLE.replace("STT Họ và tên Chức vụ, đơn vị\n", "")
    assert "Sần Thị Mỷ" in names(text)


def test_an_unlisted_family_name_without_a_header_is_not_guessed() -> None:
    text = _TABLE.replace("STT Họ và tên Chức vụ, đơn vị\n", "").replace("Sần Thị", "San Thị")
    assert "San Thị Mỷ" not in names(text)


def test_rows_after_the_table_are_not_name_cells() -> None:
    text = _TABLE.replace("Điều 2.", "Nơi nhận:\n1 Ban Quản lý Khu kinh tế tỉnh;\nĐiều 2.")
    assert names(text) == ["Lù Văn Páo", "Sần Thị Mỷ", "Chẻo Văn Lìn"]
