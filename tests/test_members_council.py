"""A firm's members' council in a member's title: "Chủ tịch Hội đồng thành viên" ends in no delegation role
(sentences and rows written for this test)."""

from __future__ import annotations

from extractors.members import find_members

TABLE = (
    "Điều 1. Cử 02 người có tên sau đây đi công tác tại Nhật Bản từ ngày 05/10/2026 đến ngày 09/10/2026:\n"
    "TT\tHọ và tên\tChức vụ\tĐơn vị công tác\n"
    "1\tLâm Văn Khoa\tChủ tịch Hội đồng thành viên\tCông ty TNHH MTV Xổ số Sơn Lâm\n"
    "2\tTô Thị Nguyệt\tTổng Giám đốc\tCông ty TNHH MTV Xổ số Sơn Lâm\n"
    "Điều 2. Kinh phí do Công ty chi trả.\n"
)


def test_the_members_council_stays_in_the_title() -> None:
    found = {m.name: (m.title, m.unit, m.role) for m in find_members(TABLE)}
    assert found["Lâm Văn Khoa"] == ("Chủ tịch Hội đồng thành viên", "Công ty TNHH MTV Xổ số Sơn Lâm", None)
    assert found["Tô Thị Nguyệt"][0] == "Tổng Giám đốc"
