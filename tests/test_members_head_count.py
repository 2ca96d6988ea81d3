"""A People's Council's delegation lists its members in prose with a head count before the colon ("Thành phần đoàn
gồm 06 người: ông A, …"), or under the leader's sentence as "Thành viên đoàn: ông A, …" (scenario 50 dev: none of
the one and four of five of the other were read). Sentences written for this test."""

from __future__ import annotations

from extractors.members import find_members

COUNTED = (
    "Điều 1. Cử đoàn Thường trực HĐND tỉnh Sơn Lâm thăm hữu nghị tỉnh Viêng Chăn, từ ngày 06/4/2026 đến ngày "
    "10/4/2026.\nThành phần đoàn gồm 03 người: ông Lâm Văn Khoa, Chủ tịch HĐND tỉnh, Trưởng đoàn; ông Tô Văn Bình, "
    "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh và bà Hà Thị Nguyệt, Chuyên viên Văn phòng HĐND tỉnh (phiên dịch).\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)
LED = (
    "Điều 1. Cử đoàn công tác của HĐND tỉnh Sơn Lâm do ông Lâm Văn Khoa, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn đi "
    "làm việc tại Nhật Bản, từ ngày 16/10/2026 đến ngày 21/10/2026. Thành viên đoàn: ông Lâm Văn Khoa, Phó Chủ tịch "
    "HĐND tỉnh; ông Tô Văn Bình, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; bà Hà Thị Nguyệt, Giảng viên Trường Đại "
    "học Sơn Lâm (phiên dịch).\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)


def test_a_head_count_before_the_colon_opens_the_list() -> None:
    assert [m.name for m in find_members(COUNTED)] == ["Lâm Văn Khoa", "Tô Văn Bình", "Hà Thị Nguyệt"]


def test_the_members_after_the_leaders_sentence_without_gom_are_read() -> None:
    assert [m.name for m in find_members(LED)] == ["Lâm Văn Khoa", "Tô Văn Bình", "Hà Thị Nguyệt"]


def test_a_head_count_with_no_list_after_it_names_no_one() -> None:
    assert find_members("Điều 1. Thành phần đoàn gồm 03 người: Văn phòng HĐND tỉnh sẽ thông báo sau.\n") == []
