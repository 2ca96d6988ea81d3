"""Members and people in running sentences: prose lists, party memberships before the post, units that
end where the sentence goes on, filing items of "Nơi nhận", and the inviter."""

from __future__ import annotations

import pytest

from extractors.members import find_members, parse_member
from extractors.paragraphs import blank_filing_items, blank_recipients
from extractors.people import find_people
from extractors.trips import find_inviter
from extractors.units import title_and_unit


def members(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.title, m.unit) for m in find_members(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Điều 1. Cho phép các ông, bà có tên sau đây đi công tác tại Thái Lan từ ngày 03 đến ngày 07 "
            "tháng 6 năm 2025: ông Trịnh Văn Bách, Phó Giám đốc Sở Y tế, trưởng đoàn; bà Ma Thị Duyên, "
            "Chuyên viên Sở Y tế.\nĐiều 2. Kinh phí do ngân sách tỉnh bảo đảm.",
            [("Trịnh Văn Bách", "Phó Giám đốc", "Sở Y tế"), ("Ma Thị Duyên", "Chuyên viên", "Sở Y tế")],
        ),
        (
            "Điều 1. Cử các ông/bà có tên sau đi học tập kinh nghiệm tại Lào: ông Đinh Công Lực, Giám đốc "
            "Sở Xây dựng; bà Hầu Thị Mai, Trưởng phòng Quy hoạch, Sở Xây dựng.",
            [("Đinh Công Lực", "Giám đốc", "Sở Xây dựng"), ("Hầu Thị Mai", "Trưởng phòng Quy hoạch", "Sở Xây dựng")],
        ),
        (  # the committee membership is not the post; "Trưởng Ban X" is post and body at once
            "Điều 1. Cử đồng chí Vi Văn Thạo, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy, dẫn đầu đoàn sang "
            "thăm tỉnh Hủa Phăn (Lào).",
            [("Vi Văn Thạo", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy")],
        ),
        (  # the unit ends where the clause goes on, and the bare locality word is the issuer's
            "Điều 1. Cho phép ông Lăng Văn Tú, Phó Giám đốc Sở Nội vụ tỉnh, được xuất cảnh sang Nhật Bản.",
            [("Lăng Văn Tú", "Phó Giám đốc", "Sở Nội vụ")],
        ),
        (  # a family name the short list lacked, in a table row
            "1\tThạch Thị Sa Rết\tChuyên viên\tSở Công Thương",
            [("Thạch Thị Sa Rết", "Chuyên viên", "Sở Công Thương")],
        ),
        (  # "Lưu" items of Nơi nhận are where copies are kept, never members
            "Điều 1. Cử ông Đặng Quốc Hiển, Giám đốc Sở Tư pháp đi công tác tại Lào.\nNơi nhận:\n"
            "- Như Điều 3;\n- Lưu Văn phòng Tỉnh ủy.\n- Lưu: VT, NC.",
            [("Đặng Quốc Hiển", "Giám đốc", "Sở Tư pháp")],
        ),
        (  # an office whose name holds a comma, before its ward (scenario 39's QĐ 158): the comma is the name's
            "Điều 1. Cho phép đoàn công tác của phường Mỹ Tho gồm: ông Nguyễn Thành Đạt, Bí thư Đảng ủy phường Mỹ "
            "Tho (trưởng đoàn) và ông Đinh Văn Tới, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Mỹ Tho đi công "
            "tác tại Campuchia.",
            [
                ("Nguyễn Thành Đạt", "Bí thư", "Đảng ủy phường Mỹ Tho"),
                ("Đinh Văn Tới", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị", "phường Mỹ Tho"),
            ],
        ),
        (  # a unit head after the comma opens the unit, its own comma and all
            "Điều 1. Cử bà Hầu Thị Mai, Chuyên viên Phòng Tổng hợp, Sở Văn hóa, Thể thao và Du lịch đi Lào.",
            [("Hầu Thị Mai", "Chuyên viên", "Phòng Tổng hợp, Sở Văn hóa, Thể thao và Du lịch")],
        ),
    ],
)
def test_members_in_sentences(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Phùng Đức Mạnh, Giám đốc Sở Công Thương làm trưởng đoàn.",
            [("Phùng Đức Mạnh", "Giám đốc", "Sở Công Thương")],
        ),
        (
            "đồng chí Tòng Thị Hoa, Huyện ủy viên, Phó Trưởng Ban Dân vận Huyện ủy, đã báo cáo.",
            [("Tòng Thị Hoa", "Phó Trưởng ban", "Ban Dân vận Huyện ủy")],
        ),
        (
            "bà Kha Thị Nhàn, Phó Trưởng ban Ban Quản lý dự án, được cử đi.",
            [("Kha Thị Nhàn", "Phó Trưởng ban", "Ban Quản lý dự án")],
        ),
    ],
)
def test_people_title_and_unit_in_sentences(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == expected


def test_a_scan_s_second_page_opening_with_its_recipients_names_no_member() -> None:
    """Issue 13 (scenario 18 scans, QĐ-TU 136): page 2 opened with "Nơi nhận:", glued to the page break, so its
    "- Lưu Văn phòng Tỉnh ủy." was not blanked and read as the only member ("Lưu Văn"), hiding the seven the
    decision names inline."""
    text = (
        "Điều 1. Cử đoàn công tác gồm các đồng chí: Đoàn Văn Sang, Chủ tịch Ủy ban Mặt\n"
        "trận Tổ quốc Việt Nam tỉnh (Trưởng đoàn); Kim Thị Sóc Phi, Chuyên viên, Cơ quan Ủy\n"
        "ban MTTQ Việt Nam tỉnh đi công tác tại tỉnh Chăm-pa-xắc, nước Cộng hòa Dân chủ Nhân dân Lào.\n"
        "Điều 2. Các đồng chí có tên tại Điều 1 thi hành Quyết định này.\fNơi nhận:\n"
        "- Như Điều 3,\n- Lưu Văn phòng Tỉnh ủy."
    )
    assert [m.name for m in find_members(text)] == ["Đoàn Văn Sang", "Kim Thị Sóc Phi"]
    assert "Lưu Văn" not in blank_filing_items(text)


def test_inline_members_a_semicolon_read_as_a_colon_before_a_person() -> None:
    """Issue 13 (scenario 18 scans, QĐ 1768): OCR read the ";" before the third member as ":", which went into the
    second's unit; a label's value after a colon ("đơn vị: Sở …") stays the member's."""
    text = (
        "Điều 1. Cử đoàn công tác gồm các ông, bà: Dương Thị Kim Loan, Phó Giám đốc\n"
        "Sở Công Thương (Trưởng đoàn); Võ Hoàng Nam, Chuyên viên Phòng Quản lý\n"
        "Công nghiệp, Sở Công Thương: Mạc Thị Ánh Hồng, Phó Trưởng phòng Kế hoạch -\n"
        "Tài chính, Sở Công Thương đi công tác tại Thủ đô Băng Cốc, Vương quốc Thái Lan."
    )
    assert [(m.name, m.unit) for m in find_members(text)] == [
        ("Dương Thị Kim Loan", "Sở Công Thương"),
        ("Võ Hoàng Nam", "Phòng Quản lý Công nghiệp, Sở Công Thương"),
        ("Mạc Thị Ánh Hồng", "Sở Công Thương"),
    ]
    labelled = "Điều 1. Cử các ông, bà: Võ Hoàng Nam, chức vụ: Chuyên viên, đơn vị: Sở Công Thương đi công tác tại Lào."
    assert [(m.name, m.title, m.unit) for m in find_members(labelled)] == [
        ("Võ Hoàng Nam", "Chuyên viên", "Sở Công Thương")
    ]


@pytest.mark.parametrize(
    ("title", "unit", "expected"),
    [
        ("Giám đốc", "Sở Tài chính thành phố", ("Giám đốc", "Sở Tài chính")),
        ("Chủ tịch", "UBND tỉnh", ("Chủ tịch", "UBND tỉnh")),  # the locality is the UBND's name
        ("Trưởng Ban", "Nội chính Tỉnh ủy", ("Trưởng ban", "Ban Nội chính Tỉnh ủy")),
        ("Phó Trưởng ban", "Ban Quản lý Khu kinh tế", ("Phó Trưởng ban", "Ban Quản lý Khu kinh tế")),
        ("Chuyên viên", "Sở Y tế, đã tham gia", ("Chuyên viên", "Sở Y tế")),
    ],
)
def test_title_and_unit(title: str, unit: str, expected: tuple[str, str]) -> None:
    assert title_and_unit(title, unit) == expected


def test_filing_items_blanked_keeping_offsets_and_the_signature_column() -> None:
    text = "Nơi nhận:\n- Sở Ngoại vụ;\n- Lưu: VT.        Nguyễn Thị Hằng\nĐiều 4. Lưu Văn Khánh thi hành."
    blanked = blank_filing_items(text)
    assert len(blanked) == len(text)
    assert "Lưu: VT" not in blanked and "Nguyễn Thị Hằng" in blanked and "Sở Ngoại vụ" in blanked
    assert "Lưu Văn Khánh" in blanked  # outside the Nơi nhận block a Lưu is a person


def test_recipients_are_no_members_of_a_delegation_named_in_prose() -> None:
    """Issue 13 (scenario 28, six decisions): the members named in running prose ("Cử ông A, …; bà B, … và ông C, …
    đi công tác tại …") were lost to the "Nơi nhận" items, a list whose "- Vụ Tổ chức cán bộ;" read as a person
    "Vụ Tổ" (a unit's "Vụ" folds to the family name "Vũ")."""
    text = (
        "Điều 1. Cử ông Hà Minh Tường, Vụ trưởng Vụ Pháp chế (trưởng đoàn); bà Lục Thị Hoài, Phó Vụ trưởng Vụ Pháp\n"
        "chế và ông Kiều Đức Toàn, Chuyên viên Vụ Pháp chế đi công tác tại Nhật Bản từ ngày 04/5/2026.\n"
        "Điều 2. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\n"
        "Nơi nhận:\n- Như Điều 2;\n- Vụ Tổ chức cán bộ;\n- Vụ Hợp tác quốc tế;\n- Lưu: VT, PC.\n"
    )
    assert [m.name for m in find_members(text)] == ["Hà Minh Tường", "Lục Thị Hoài", "Kiều Đức Toàn"]


def test_recipients_blanked_up_to_the_archive_copy_keeping_the_signature_and_an_appendix() -> None:
    text = (
        "Nơi nhận:\n- Vụ Tổ chức cán bộ;        KT. BỘ TRƯỞNG\n- Lưu: VT.\n\nDANH SÁCH ĐOÀN\n"
        "- Ông Vũ Văn Cần, Vụ trưởng Vụ Pháp chế."
    )
    blanked = blank_recipients(text)
    assert len(blanked) == len(text)
    assert "Vụ Tổ" not in blanked and "Lưu" not in blanked and "KT. BỘ TRƯỞNG" in blanked
    assert "Vũ Văn Cần" in blanked  # the list after the archive copy is no recipient


@pytest.mark.parametrize(
    ("item", "title", "unit"),
    [
        ("10. Bà Lò Thị Thơm, Phiên dịch viên Vụ Hợp tác quốc tế.", "Phiên dịch viên", "Vụ Hợp tác quốc tế"),
        ("3. Ông Ma Văn Tiến, Nghiên cứu viên chính Viện Kinh tế.", "Nghiên cứu viên chính", "Viện Kinh tế"),
    ],
)
def test_interpreter_and_researcher_posts(item: str, title: str, unit: str) -> None:
    """Issue 13 (scenario 28): "Phiên dịch viên" read as "Phiên dịch" with "viên" opening the unit, and "Nghiên
    cứu viên" as no post: a post is read whole, so an interpreter is told apart by it."""
    member = parse_member(item)
    assert member is not None and (member.title, member.unit) == (title, unit)


@pytest.mark.parametrize(
    ("text", "inviter"),
    [
        ("Theo lời mời của Công ty Sunwoo Foods và đề nghị của Sở Công Thương,", "Công ty Sunwoo Foods"),
        ("Theo thư mời của Đại học Khon Kaen và Tờ trình số 12/TTr-SGD,", "Đại học Khon Kaen"),
        ("Theo lời mời của Hội Hữu nghị Việt - Lào và Campuchia, ", "Hội Hữu nghị Việt - Lào và Campuchia"),
    ],
)
def test_inviter_ends_before_the_next_basis(text: str, inviter: str) -> None:
    assert find_inviter(text) == inviter


@pytest.mark.parametrize(
    ("item", "title", "unit"),
    [
        # the blind scenario's QĐ 201/512/702: a deputy who is also party secretary
        (
            "Ông Nguyễn Đình Toàn, Phó Giám đốc, Bí thư Đảng ủy Sở Nông nghiệp và Phát triển nông thôn - Trưởng đoàn;",
            "Phó Giám đốc, Bí thư Đảng ủy",
            "Sở Nông nghiệp và Phát triển nông thôn",
        ),
        ("Ông Hồ Văn Dũng, Phó Giám đốc, Bí thư Chi bộ;", "Phó Giám đốc, Bí thư Chi bộ", None),
        ("Ông Vũ Văn Phong, Phó Giám đốc Sở Y tế, Bí thư Đảng ủy;", "Phó Giám đốc, Bí thư Đảng ủy", "Sở Y tế"),
        ("Ông Lê Văn Hòa, Giám đốc kiêm Bí thư Đảng ủy Sở Tài chính;", "Giám đốc kiêm Bí thư Đảng ủy", "Sở Tài chính"),
        # the first role's unit named by its kind alone ("Phó Giám đốc Sở, Bí thư Đảng ủy Sở X")
        (
            "Ông Hoàng Văn Bình, Phó Giám đốc Sở, Bí thư Đảng ủy Sở Nông nghiệp và Môi trường;",
            "Phó Giám đốc Sở, Bí thư Đảng ủy",
            "Sở Nông nghiệp và Môi trường",
        ),
        (
            "Ông Lê Văn Cường, Phó Trưởng ban, Bí thư Chi bộ Ban Dân tộc;",
            "Phó Trưởng ban, Bí thư Chi bộ",
            "Ban Dân tộc",
        ),
        # the unit named after each role: the second role joins the title when its unit is the first's
        (
            "Bà Trần Thị Mai, Phó Giám đốc Sở Xây dựng, Bí thư Đảng ủy Sở Xây dựng;",
            "Phó Giám đốc, Bí thư Đảng ủy",
            "Sở Xây dựng",
        ),
        (
            "Ông Lê Văn An, Phó Chủ tịch Ủy ban nhân dân xã Phong Điền kiêm Bí thư Đảng ủy xã Phong Điền;",
            "Phó Chủ tịch, Bí thư Đảng ủy",
            "Ủy ban nhân dân xã Phong Điền",
        ),
        (
            "Ông Lê Văn An, Phó Giám đốc Sở Tài chính đồng thời là Bí thư Đảng ủy Sở Tài chính;",
            "Phó Giám đốc, Bí thư Đảng ủy",
            "Sở Tài chính",
        ),
        (  # another unit's party post: not joined (whose key leader it makes them is not this unit's)
            "Ông Lê Văn An, Phó Giám đốc Sở Tài chính, Bí thư Chi bộ Phòng Ngân sách;",
            "Phó Giám đốc",
            "Sở Tài chính, Bí thư Chi bộ Phòng Ngân sách",
        ),
        # the first role names its own part of the unit, the second the unit (issue 13, blind scenario 17's 1893)
        (
            "TS. Lý Văn Tiến, Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy Viện Vệ sinh dịch tễ Trung ương;",
            "Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy",
            "Viện Vệ sinh dịch tễ Trung ương",
        ),
        # the first role's council has no name of its own (scenario 22's 4288): the council is the unit's
        (
            "PGS.TS. Đỗ Văn Hùng, Chủ tịch Hội đồng trường, Bí thư Đảng ủy Trường Đại học Lâm nghiệp;",
            "Chủ tịch Hội đồng trường, Bí thư Đảng ủy",
            "Trường Đại học Lâm nghiệp",
        ),
        (
            "Ông Lê Văn Tâm, Chủ tịch Hội đồng quản trị, Bí thư Đảng ủy Công ty Giống cây trồng Trung ương;",
            "Chủ tịch Hội đồng quản trị, Bí thư Đảng ủy",
            "Công ty Giống cây trồng Trung ương",
        ),
        # the party post first, its committee bare: the second role is read with its own unit (scenario 27's 1205)
        (
            "Ông Đàm Văn Khải, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Cấp nước Đông Sơn;",
            "Bí thư Đảng ủy, Chủ tịch",
            "Hội đồng thành viên Tổng công ty Cấp nước Đông Sơn",
        ),
        (
            "Bà Lý Thị Hằng, Bí thư Chi bộ, Phó Trưởng phòng Kế hoạch, Sở Công Thương;",
            "Bí thư Chi bộ, Phó Trưởng phòng Kế hoạch",
            "Sở Công Thương",
        ),
        # one role: unchanged
        ("Bà Lê Thị Bình, Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ;", "Trưởng phòng Hợp tác quốc tế", "Sở Ngoại vụ"),
        (
            "Ông Lê Văn Bá, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch;",
            "Phó Giám đốc",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
        (  # "Bảo" is a word of the office's name here, not a newspaper ("Báo") starting the unit
            "Ông Trần Văn Khoa, Phó Trưởng phòng Trồng trọt và Bảo vệ thực vật, Sở Nông nghiệp và Phát triển "
            "nông thôn;",
            "Phó Trưởng phòng Trồng trọt và Bảo vệ thực vật",
            "Sở Nông nghiệp và Phát triển nông thôn",
        ),
        ("Ông Hồ Văn Tú, Giám đốc, Sở Tài chính;", "Giám đốc", "Sở Tài chính"),
    ],
)
def test_members_joined_roles_stay_in_the_title(item: str, title: str, unit: str | None) -> None:
    member = parse_member(item)
    assert member is not None
    assert (member.title, member.unit) == (title, unit)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # one "Chức vụ, đơn vị" column closing with the delegation role
            "TT | Họ và tên | Chức vụ, đơn vị\n"
            "1 | Nguyễn Thị Lan Anh | Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng đoàn\n"
            "2 | Đậu Thị Thu | Diễn viên, Nhà hát Nghệ thuật truyền thống tỉnh",
            [
                ("Nguyễn Thị Lan Anh", "Giám đốc", "Sở Văn hóa, Thể thao và Du lịch", "trưởng đoàn"),
                ("Đậu Thị Thu", "Diễn viên", "Nhà hát Nghệ thuật truyền thống", None),
            ],
        ),
        (  # separate columns, the role in the title cell in brackets
            "STT | Họ và tên | Chức vụ | Đơn vị\n"
            "1 | Thiều Văn Cường | Phó Giám đốc (Trưởng đoàn) | Sở Y tế\n"
            "2 | Lê Văn Hiếu | Nhạc công | Nhà hát Ca múa nhạc tỉnh",
            [
                ("Thiều Văn Cường", "Phó Giám đốc", "Sở Y tế", "trưởng đoàn"),
                ("Lê Văn Hiếu", "Nhạc công", "Nhà hát Ca múa nhạc tỉnh", None),
            ],
        ),
    ],
)
def test_members_role_closing_the_title_cell(table: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [(m.name, m.title, m.unit, m.role) for m in find_members(table)] == expected


@pytest.mark.parametrize("title", ["Giáo viên", "Diễn viên", "Kỹ thuật viên", "Huấn luyện viên"])
def test_members_occupations_are_titles(title: str) -> None:
    member = parse_member(f"5. Bà Võ Thị Thanh Hà, {title} Trường THPT chuyên Hà Tĩnh;")
    assert member is not None
    assert (member.title, member.unit) == (title, "Trường THPT chuyên Hà Tĩnh")


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Cử ông Võ Quang Huy, Giám đốc Sở Nông nghiệp và Môi trường làm Trưởng đoàn, cùng ông Lê Đình "
        "Phong, Chi cục trưởng Chi cục Thủy lợi và bà Bùi Thị Yến, Chuyên viên Phòng Kế hoạch - Tài chính đi công "
        "tác tại tỉnh Tottori, Nhật Bản.",
        "Điều 1. Cử ông Võ Quang Huy, Giám đốc Sở Nông nghiệp và Môi trường (Trưởng đoàn) cùng với ông Lê Đình "
        "Phong, Chi cục trưởng Chi cục Thủy lợi; bà Bùi Thị Yến, Chuyên viên Phòng Kế hoạch - Tài chính đi công "
        "tác tại Nhật Bản.",
    ],
)
def test_members_joined_by_cung_with_the_head_named_first(text: str) -> None:
    found = find_members(text)
    assert [m.name for m in found] == ["Võ Quang Huy", "Lê Đình Phong", "Bùi Thị Yến"]
    assert (found[0].title, found[0].unit, found[0].role) == ("Giám đốc", "Sở Nông nghiệp và Môi trường", "trưởng đoàn")
    assert (found[1].title, found[1].unit) == ("Chi cục trưởng", "Chi cục Thủy lợi")


_THREE = [
    ("Lê Văn Tám", "Giám đốc", "Sở Xây dựng"),
    ("Hoàng Thị Mai", "Trưởng phòng Quy hoạch", "Sở Xây dựng"),
    ("Vũ Đức Long", "Chuyên viên", "Sở Xây dựng"),
]


@pytest.mark.parametrize(
    "text",
    [
        # "gồm các đồng chí:" in the sentence, members joined by "; "
        "Điều 1. Cử đoàn công tác của tỉnh gồm các đồng chí: đồng chí Lê Văn Tám, Giám đốc Sở Xây dựng; đồng chí "
        "Hoàng Thị Mai, Trưởng phòng Quy hoạch, Sở Xây dựng; đồng chí Vũ Đức Long, Chuyên viên Sở Xây dựng đi công "
        "tác tại Lào từ ngày 02/5/2025.",
        # "các đồng chí sau" and a late colon
        "Điều 1. Cử các đồng chí sau đi công tác tại Lào: đồng chí Lê Văn Tám, Giám đốc Sở Xây dựng; đồng chí Hoàng "
        "Thị Mai, Trưởng phòng Quy hoạch, Sở Xây dựng; đồng chí Vũ Đức Long, Chuyên viên Sở Xây dựng.",
        # a count and no honorific before each member
        "Điều 1. Cử đoàn công tác gồm 03 đồng chí: Lê Văn Tám, Giám đốc Sở Xây dựng; Hoàng Thị Mai, Trưởng phòng "
        "Quy hoạch, Sở Xây dựng; Vũ Đức Long, Chuyên viên Sở Xây dựng đi công tác tại Lào.",
        # one member a line, no numbers, after the opening's colon
        "Điều 1. Thành lập đoàn công tác đi Lào gồm các đồng chí có tên sau:\nĐồng chí Lê Văn Tám, Giám đốc Sở Xây "
        "dựng;\nĐồng chí Hoàng Thị Mai, Trưởng phòng Quy hoạch, Sở Xây dựng;\nĐồng chí Vũ Đức Long, Chuyên viên Sở "
        "Xây dựng.\nĐiều 2. Kinh phí do ngân sách tỉnh bảo đảm.",
        # a list going on across a page break, the next page's number on its own line
        "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Lào:\n1. Ông Lê Văn Tám, Giám đốc Sở Xây dựng;\n"
        "2. Bà Hoàng Thị Mai, Trưởng phòng Quy hoạch, Sở Xây\f2\ndựng;\n3. Ông Vũ Đức Long, Chuyên viên Sở Xây dựng.",
        # labels, "và", a sentence across a page break ("- 2 -"), and OCR's "Cứ"/"bả" with a lost comma
        "Điều 1. Cử ông Lê Văn Tám, chức vụ: Giám đốc Sở Xây dựng, bà Hoàng Thị Mai, chức vụ: Trưởng phòng Quy\f"
        "- 2 -\nhoạch, Sở Xây dựng và ông Vũ Đức Long, chức vụ: Chuyên viên Sở Xây dựng đi công tác tại Lào.",
        "Điều 1. Cứ ông Lê Văn Tám Giám đốc Sở Xây dựng, bả Hoàng Thị Mai Trưởng phòng Quy hoạch Sở Xây dựng và "
        "ông Vũ Đức Long, Chuyên viên Sở Xây dựng đi công tác tại Lào.",
    ],
)
def test_members_in_running_text(text: str) -> None:
    assert members(text) == _THREE


def test_members_named_in_running_text_wrapped_on_a_scan() -> None:
    """A scan wraps "Cử bà A, Giám đốc Sở … và" / "ông B, Trưởng phòng …" at the margin: the second line goes on
    with the sentence, it opens no list item; a seal's speck ("2)") over the signature starts no item either,
    so the signer's name never becomes a member."""
    text = (
        "Xét đề nghị của Sở Xây dựng tại Tờ trình số\n"
        "17/TTr-SXD ngày 02/3/2025.\n"
        "Điều 1. Cử bà Lò Thị Hạnh, Giám đốc Sở Xây dựng và\n"
        "ông Vi Đức Mạnh, Trưởng phòng Quy hoạch, Sở Xây dựng đi công tác tại\n"
        "Thái Lan từ ngày 14/4/2025 đến ngày 18/4/2025.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n2)\nNông Văn Khải\n"
    )
    assert members(text) == [
        ("Lò Thị Hạnh", "Giám đốc", "Sở Xây dựng"),
        ("Vi Đức Mạnh", "Trưởng phòng Quy hoạch", "Sở Xây dựng"),
    ]


def test_members_of_a_delegation_named_by_its_leader_and_escorts() -> None:
    """ "Cử đoàn … do đồng chí A, …, làm Trưởng đoàn đi …. Tháp tùng đồng chí … có ông B, … và bà C, …": the
    leader and the escorts, who go as "tháp tùng" (a trips-per-year rule may leave such trips out)."""
    text = (
        "Điều 1. Cử đoàn công tác của tỉnh do đồng chí Hà Văn Lợi, Phó Chủ tịch UBND tỉnh, làm Trưởng đoàn đi "
        "thăm tỉnh Hủa Phăn, Lào từ ngày 02/6/2025 đến ngày 04/6/2025. Tháp tùng đồng chí Phó Chủ tịch UBND "
        "tỉnh có ông Lục Văn Tám, Giám đốc Sở Ngoại vụ,\nvà bà Đàm Thị Nga, Chuyên viên Văn phòng UBND tỉnh.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả."
    )
    found = find_members(text)
    assert [(m.name, m.title, m.role) for m in found] == [
        ("Hà Văn Lợi", "Phó Chủ tịch", "trưởng đoàn"),
        ("Lục Văn Tám", "Giám đốc", "tháp tùng"),
        ("Đàm Thị Nga", "Chuyên viên", "tháp tùng"),
    ]
    # an account of such a trip in a report ("đoàn công tác do ông A …") names no members of a decision
    assert find_members("Thực hiện Quyết định số 5/QĐ-UBND, đoàn công tác do ông Hà Văn Lợi làm Trưởng đoàn.") == []


def test_members_listed_after_the_leader_sentence() -> None:
    """ "Cử đoàn … do ông A, … làm Trưởng đoàn đi …. Thành phần đoàn gồm ông A, …; bà B, …" (the leader again) or
    "Thành viên đoàn gồm các đồng chí: B, …; C, …" (the others only): the members are in the second sentence, and
    reading the leader alone lost them."""
    again = (
        "Điều 1. Cử đoàn đại biểu tỉnh do ông Lý Văn Hùng, Chủ tịch UBND tỉnh làm Trưởng đoàn đi hội đàm tại châu "
        "Văn Sơn từ ngày 09/3/2026 đến ngày 12/3/2026. Thành phần đoàn gồm ông Lý Văn Hùng, Chủ tịch UBND tỉnh; "
        "bà Hà Thị Mai, Giám đốc Sở Ngoại vụ và ông Lò Văn Tám, Chuyên viên Sở Ngoại vụ (phiên dịch).\n\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả."
    )
    assert [m.name for m in find_members(again)] == ["Lý Văn Hùng", "Hà Thị Mai", "Lò Văn Tám"]
    others = (
        "Điều 1. Cử đoàn đại biểu Tỉnh ủy do đồng chí Lý Văn Hùng, Phó Bí thư Tỉnh ủy làm trưởng đoàn đi thăm, làm "
        "việc tại Côn Minh từ ngày 16/11/2026 đến ngày 20/11/2026. Thành viên đoàn gồm các đồng chí: Hà Thị Mai, "
        "Trưởng Ban Dân vận Tỉnh ủy; Lò Văn Tám, Chuyên viên Văn phòng Tỉnh ủy và Vi Thị Hoa, Chuyên viên Sở "
        "Ngoại vụ (phiên dịch).\n\nĐiều 2. Kinh phí do ngân sách Đảng bảo đảm."
    )
    assert [(m.name, m.title) for m in find_members(others)] == [
        ("Lý Văn Hùng", "Phó Bí thư"),
        ("Hà Thị Mai", "Trưởng ban"),
        ("Lò Văn Tám", "Chuyên viên"),
        ("Vi Thị Hoa", "Chuyên viên"),
    ]
    # a later paragraph's "đoàn gồm" is not this delegation's list
    apart = again.replace("12/3/2026. Thành phần", "12/3/2026.\nĐiều 2. Thành phần")
    assert [m.name for m in find_members(apart)] == ["Lý Văn Hùng"]


def test_members_escorts_after_a_colon_and_a_side_role() -> None:
    """ "Tháp tùng đồng chí … có: ông B, …; ông C, … và bà D, … (kiêm phiên dịch)": the colon does not hide the
    escorts, and "(kiêm phiên dịch)" is her role, not part of her unit."""
    text = (
        "Điều 1. Cử Đoàn đại biểu tỉnh do đồng chí Đặng Văn Hòa, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đi thăm và "
        "làm việc tại tỉnh Hủa Phăn, Lào từ ngày 18/5/2026 đến ngày 20/5/2026.\nTháp tùng đồng chí Phó Chủ tịch UBND "
        "tỉnh có: ông Lò Văn Tám, Giám đốc Sở Công Thương; ông Vi Văn Ba, Giám đốc Sở Y tế và bà Lê Thị Nga, "
        "Chuyên viên Sở Ngoại vụ (kiêm phiên dịch).\n\nĐiều 2. Kinh phí do ngân sách tỉnh chi trả."
    )
    assert [(m.name, m.unit, m.role) for m in find_members(text)] == [
        ("Đặng Văn Hòa", "UBND tỉnh", "trưởng đoàn"),
        ("Lò Văn Tám", "Sở Công Thương", "tháp tùng"),
        ("Vi Văn Ba", "Sở Y tế", "tháp tùng"),
        ("Lê Thị Nga", "Sở Ngoại vụ", "phiên dịch"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Điều 1. Cử đoàn công tác của Sở Y tế đi dự Hội thảo tại Kyoto, Nhật Bản từ ngày 16/11/2026 đến ngày\n"
        "18/11/2026, gồm:",
        "Điều 1. Cử 03 cán bộ Sở Y tế đi học tập kinh nghiệm tại Nhật Bản, gồm các ông, bà có tên dưới đây:\n"
        "Họ và tên Chức vụ Đơn vị",
    ],
)
def test_members_in_unnumbered_lines_led_by_an_honorific(opening: str) -> None:
    """A borderless table OCR read as lines (its tabs lost): each row "Ông/Bà X  Title  Unit", no number. The
    Lạng Sơn scenario's QĐ 1655 gave no member at all."""
    text = (
        f"{opening}\n"
        "Ông Dương Văn Tiến Giám đốc Sở Y tế, Trưởng đoàn\n"
        "Bà Bế Thị Hạnh Trưởng khoa Kiểm soát nhiễm khuẩn, Bệnh viện Đa\n"
        "khoa tỉnh\n"
        "Ông Chu Văn Thắng Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả."
    )
    members = find_members(text)
    assert [m.name for m in members] == ["Dương Văn Tiến", "Bế Thị Hạnh", "Chu Văn Thắng"]
    assert members[0].title == "Giám đốc" and members[0].role == "trưởng đoàn"
    assert members[2].title == "Phó Giám đốc"


def test_an_honorific_line_without_an_opening_is_no_list() -> None:
    """Without "gồm:" or a header row above, a line starting "Ông X, Giám đốc …" is a sentence, not a list."""
    text = "Điều 3. Giao Sở Ngoại vụ hướng dẫn thủ tục.\nÔng Dương Văn Tiến Giám đốc Sở Y tế chịu trách nhiệm."
    assert find_members(text) == []


def test_a_date_wrapped_to_a_lines_head_is_no_item_number() -> None:
    """QĐ 1397 on the scan: "… từ ngày 07/9/2026 đến ngày\n15/9/2026. Ông Lăng Văn Phúc làm Trưởng đoàn." — read
    as item 15, a one-member list hid both members of the sentence."""
    text = (
        "Điều 1. Cử ông Lăng Văn Phúc, Giám đốc Sở Khoa học và Công nghệ\n"
        "và bà Hứa Thị Thanh Tâm, Chuyên viên Phòng Quản lý khoa học, Sở Khoa\n"
        "học và Công nghệ đi khảo sát tại các nước: Lào, Thái Lan từ ngày 07/9/2026 đến ngày\n"
        "15/9/2026. Ông Lăng Văn Phúc làm Trưởng đoàn.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lăng Văn Phúc", "Hứa Thị Thanh Tâm"]


@pytest.mark.parametrize("name", ["Lộc Thị Nguyệt", "Vy Thị Kim Liên", "Mông Văn Páo"])
def test_a_name_column_takes_family_names_the_lists_lack(name: str) -> None:
    """Tày, Nùng and Dao family names ("Lộc") are missing from the family-name lists; in the column the table's
    header calls the name, the cell is a name anyway (QĐ 527 lost two of its ten)."""
    table = (
        "STT | Họ và tên | Chức vụ, đơn vị\n"
        "1 | Chu Thị Hồng Nhung | Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng đoàn\n"
        f"2 | {name} | Diễn viên, Trung tâm Văn hóa, Điện ảnh và Du lịch tỉnh\n"
    )
    assert [m.name for m in find_members(table)] == ["Chu Thị Hồng Nhung", name]


def test_members_list_ends_without_the_signers_garbled_name() -> None:
    """The last item's unit wrapped onto a line ending in a colon ("Đào tạo:") still belongs to it, and the
    signer's name OCR cut to "ờng Thị Hoa" (folded "ong …", like "Ông") is no member."""
    text = (
        "Điều 1. Cử 02 cán bộ đi học tập kinh nghiệm tại Sydney, Ô-xtrây-li-a, gồm:\n"
        "1. Ông Nguyễn Văn Khiêm, Giám đốc Sở Giáo dục và Đào tạo - Trưởng đoàn;\n"
        "2. Bà Vũ Thị Lan Anh, Chuyên viên Phòng Giáo dục phổ thông, Sở Giáo dục và\nĐào tạo:\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nờng Thị Hoa"
    )
    assert [(m.name, m.unit) for m in find_members(text)] == [
        ("Nguyễn Văn Khiêm", "Sở Giáo dục và Đào tạo"),
        ("Vũ Thị Lan Anh", "Phòng Giáo dục phổ thông, Sở Giáo dục và Đào tạo"),
    ]


@pytest.mark.parametrize("speck", ["ết", "z", "nĩ"])
def test_members_list_item_whose_number_ocr_turned_into_letters(speck: str) -> None:
    """OCR read "3. Ông …" as "ết Ông …": a lower-case fragment of up to three letters before a capitalised
    honorific is the item's lost number, so the member stays; a longer word before "ông" does not open one."""
    text = (
        "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Hàn Quốc:\n"
        "1. Bà Trương Thị Diệu Linh, Trưởng phòng Kế hoạch, Sở Khoa học và Công nghệ;\n"
        "2. Ông Quan Văn Bảo, Chuyên viên Phòng Kế hoạch, Sở Khoa học và Công nghệ;\n"
        f"{speck} Ông Sầm Đức Vĩnh, Chuyên viên Phòng Quản lý công nghệ, Sở Khoa học và Công nghệ.\n"
        "Thời gian: từ ngày 03 đến ngày 07 tháng 11 năm 2025.\n"
    )
    assert [m.name for m in find_members(text)] == ["Trương Thị Diệu Linh", "Quan Văn Bảo", "Sầm Đức Vĩnh"]
    assert parse_member(f"{speck} Ông Sầm Đức Vĩnh, Chuyên viên") is not None
    assert parse_member("cùng với ông Sầm Đức Vĩnh") is None


def test_members_last_of_a_list_after_a_unit_with_sang() -> None:
    """ "sáng" in a unit ("Đổi mới sáng tạo") folds to "sang" (to a country) but does not end the list: the member
    after "; và bà …" is kept; "sang Lào" still ends it."""
    members = find_members(
        "Điều 1. Cử bà Đỗ Thị Mơ, Giám đốc Trung tâm Khởi nghiệp sáng tạo, Trưởng đoàn; ông Hà Văn Lộc, Phó Trưởng "
        "phòng Sáng kiến; và ông Kiều Văn Tú, Chuyên viên Văn phòng Sở sang Lào từ ngày 02/3/2026 đến ngày 05/3/2026."
    )
    assert [(m.name, m.unit) for m in members] == [
        ("Đỗ Thị Mơ", "Trung tâm Khởi nghiệp sáng tạo"),
        ("Hà Văn Lộc", "Sáng kiến"),
        ("Kiều Văn Tú", "Văn phòng Sở"),
    ]


def test_members_table_cell_with_two_roles_of_one_unit_and_the_delegation_role() -> None:
    text = (
        "Điều 1. Cử các đồng chí có tên sau đây đi công tác tại Lào:\n"
        "STT | Họ và tên | Chức vụ\n"
        "1 | Hoàng Văn Nam | Giám đốc Sở Xây dựng\n"
        "2 | Trần Thị Mai | Phó Giám đốc Sở Xây dựng, Bí thư Đảng ủy Sở Xây dựng, Trưởng đoàn\n"
        "Điều 2. Kinh phí do ngân sách chi trả."
    )
    director, deputy = find_members(text)
    assert (director.title, director.unit) == ("Giám đốc", "Sở Xây dựng")
    assert (deputy.title, deputy.unit, deputy.role) == ("Phó Giám đốc, Bí thư Đảng ủy", "Sở Xây dựng", "trưởng đoàn")


@pytest.mark.parametrize("speck", ["2<", "1>", "3~", "2 «"])
def test_members_a_seal_speck_before_the_signer_opens_no_list(speck: str) -> None:
    """Issue 13 (blind scenario 10's scan of 3102): the seal over the signer's title read as a number and a sign;
    the signer's name below it was taken as the only member and the prose list above it was lost."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Cử ông Hoàng Văn Nam, Giám đốc Sở Xây dựng; bà Lê Thị Mai, chuyên viên\n"
        "Văn phòng Sở Xây dựng đi công tác tại Nhật Bản từ ngày 08/11/2026 đến ngày 13/11/2026.\n"
        "Điều 2. Kinh phí do ngân sách thành phố chi trả.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
        f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n.ÀN/\n{speck}\n—._nt “\nTrần Văn Tiến"
    )
    assert [m.name for m in find_members(text)] == ["Hoàng Văn Nam", "Lê Thị Mai"]


@pytest.mark.parametrize("number", ["1-", "1 -", "1 –", "1.", "1)"])
def test_members_numbered_with_a_dash_still_open_a_list(number: str) -> None:
    """A seal's "2<" opens no item, but "1- Ông A" and "2 - Bà B" do."""
    text = (
        "Điều 1. Cử các ông, bà có tên sau đi công tác tại Lào:\n"
        f"{number} Ông Hoàng Văn Nam, Giám đốc Sở Xây dựng;\n"
        f"{number.replace('1', '2')} Bà Lê Thị Mai, chuyên viên Văn phòng Sở Xây dựng.\n"
        "Điều 2. Kinh phí do ngân sách chi trả."
    )
    assert [m.name for m in find_members(text)] == ["Hoàng Văn Nam", "Lê Thị Mai"]


@pytest.mark.parametrize(
    ("item", "name", "title"),
    [
        (
            "4. Bà Trương Thị Diệu, vợ đồng chí Đặng Hữu Lộc, đi cùng Đoàn, kinh phí tự túc.",
            "Trương Thị Diệu",
            "vợ đồng chí Đặng Hữu Lộc",
        ),
        (
            "- Ông Lê Văn Bình, chồng bà Nguyễn Thị Lan (Phó Giám đốc, Sở Y tế);",
            "Lê Văn Bình",
            "chồng bà Nguyễn Thị Lan (Phó Giám đốc, Sở Y tế)",
        ),
        ("3. Bà Hoàng Thị Mai, Phu nhân đồng chí Chủ tịch;", "Hoàng Thị Mai", "Phu nhân đồng chí Chủ tịch"),
        (
            "5. Ông Trần Minh Khoa, con trai của ông Trần Văn Hùng, Giám đốc Sở Xây dựng;",
            "Trần Minh Khoa",
            "con trai của ông Trần Văn Hùng",
        ),
    ],
)
def test_members_a_relative_of_a_member_is_titled_by_the_relation(item: str, name: str, title: str) -> None:
    """Issue 13 (blind scenario 11, class 2): "vợ đồng chí X" after a name says who the member is (a relative, which
    the relatives' rule reads in the title), not a unit; a name or a post that only looks like a kinship word
    stays as it was."""
    member = parse_member(item)
    assert member is not None
    assert (member.name, member.title, member.unit) == (name, title, None)


def test_members_a_kinship_word_in_a_name_or_unit_is_no_relation() -> None:
    """Only a kinship word followed by whose relative it is ("vợ đồng chí …") makes a relation."""
    member = parse_member("2. Ông Võ Văn Con, Chuyên viên Sở Tài chính")
    assert member is not None and (member.title, member.unit) == ("Chuyên viên", "Sở Tài chính")


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("3. Ksor Thị Hạnh - Chuyên viên Phòng Kế hoạch, Sở Nông nghiệp và Môi trường", "Ksor Thị Hạnh"),
        ("2. Rơ Mah Thuận - Chuyên viên Sở Y tế", "Rơ Mah Thuận"),
        ("1. Siu H'Nhi - Phó Giám đốc Sở Y tế", "Siu H'Nhi"),
        ("5. Rah Lan Chung - Chuyên viên Sở Ngoại vụ", "Rah Lan Chung"),
        ("6. Kpă Thị Hương - Viên chức Trung tâm Y tế", "Kpă Thị Hương"),
        ("7. Y Moan Êban - Phó Chủ tịch UBND xã Ea Tam", "Y Moan Êban"),
        ("8. H'Hen Niê - Chuyên viên Sở Văn hóa", "H'Hen Niê"),
    ],
)
def test_members_a_central_highlands_name_without_honorific_is_a_member(item: str, name: str) -> None:
    """Issue 13 (blind scenario 11, class 6): Jrai, Êđê and other Central Highlands names ("Ksor", "Rơ Mah", "Siu",
    "Y …", "H'…") start a member's name in a list that gives no "Ông/Bà", as a Kinh family name does."""
    member = parse_member(item)
    assert member is not None and member.name == name


def test_members_scan_the_first_item_s_number_read_as_strokes_and_a_colon_for_a_semicolon() -> None:
    """Issue 13 (blind scenario 11, class 6): OCR read "1." as "II" (the first member was lost) and a line's ";" as
    ":" (the next line, led by "Ông", was joined to it): both members are read."""
    text = (
        "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Ô-xtrây-li-a (thành phố Sydney):\n"
        "II Ông Bùi Xuân Quang, Giám đốc Sở Giáo dục và Đào tạo;\n"
        "2. Bà Lạc Thị Thu Hà, Phó Giám đốc Sở Giáo dục và Đào tạo;\n"
        "Ông Rơ Châm Phiên, Nghệ nhân cồng chiêng:\n"
        "Ông Nay Y Lâm, Nghệ nhân đàn Trưng;\n"
        "Bà Lê Thị Thanh Trúc, Diễn viên Nhà hát Nghệ thuật truyền thống tỉnh.\n"
        "Thời gian: từ ngày 08/6/2026 đến ngày 15/6/2026."
    )
    assert [m.name for m in find_members(text)] == [
        "Bùi Xuân Quang",
        "Lạc Thị Thu Hà",
        "Rơ Châm Phiên",
        "Nay Y Lâm",
        "Lê Thị Thanh Trúc",
    ]


def test_members_scan_the_first_item_s_number_read_as_a_stroke_and_a_digit() -> None:
    """Issue 13 (scenario 18): OCR read "1." as "I8" under the seal's edge and the head of the delegation was lost
    (his third trip of the year was then not seen)."""
    text = (
        "Thành phần đoàn gồm 03 ông, bà có tên sau:\n"
        "I8 Ông Lê Văn Tám, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng đoàn;\n"
        "2. Ông Đinh Công Hậu, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh;\n"
        "3. Bà Phạm Thị Kim Cúc, Phó Trưởng phòng, Sở Công Thương.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lê Văn Tám", "Đinh Công Hậu", "Phạm Thị Kim Cúc"]


@pytest.mark.parametrize("speck", ["I8", "l1.", "!7"])
def test_members_scan_the_first_item_s_stroke_with_its_dot_read_as_a_digit(speck: str) -> None:
    """Issue 13 (scenario 18 scans, QĐ 1285): "1." read as "I8" before "Ông": the delegation's leader was lost."""
    text = (
        "Thành phần đoàn gồm 03 ông, bà có tên sau:\n"
        f"{speck} Ông Trịnh Văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng đoàn;\n"
        "2. Ông Đinh Công Hậu, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh;\n"
        "3. Ông Tăng Chí Thiện, Giám đốc Sở Công Thương."
    )
    members = find_members(text)
    assert [m.name for m in members] == ["Trịnh Văn Khải", "Đinh Công Hậu", "Tăng Chí Thiện"]
    assert members[0].role == "trưởng đoàn"


def test_members_a_word_before_an_honorific_is_no_speck() -> None:
    """Only strokes, or a stroke and a digit, are a misread number: a word ("In") before "Ông" opens no item."""
    text = "Thành phần đoàn gồm:\nIn Ông Trịnh Văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh;"
    assert find_members(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Điều 1. Cử ông Trần Văn Phúc, Giám đốc Sở Nông nghiệp và Môi trường, dẫn đầu đoàn gồm ông Nguyễn Hoàng "
            "Khải, Phó Giám đốc Sở và bà Võ Thị Ngọc Hân, Phó Trưởng phòng Kế hoạch - Tài chính, đi Hà Lan.",
            ["Trần Văn Phúc", "Nguyễn Hoàng Khải", "Võ Thị Ngọc Hân"],
        ),
        (
            "Điều 1. Cử bà Lê Thị Hoa, Giám đốc Sở Y tế làm Trưởng đoàn gồm ông Phạm Văn Bình, Trưởng phòng Nghiệp vụ "
            "Y, đi Nhật Bản.",
            ["Lê Thị Hoa", "Phạm Văn Bình"],
        ),
        (
            "Điều 1. Cử đoàn gồm ông Đỗ Văn An, Giám đốc Sở Tư pháp và bà Mai Thị Lan, Chuyên viên, đi Lào.",
            ["Đỗ Văn An", "Mai Thị Lan"],
        ),
    ],
)
def test_members_a_leader_then_the_delegation_he_leads(text: str, names: list[str]) -> None:
    """Issue 13 (blind scenario 12): "Cử ông A, …, dẫn đầu đoàn gồm ông B, … và bà C, …": B is a member of his own,
    not part of A's title."""
    assert [m.name for m in find_members(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TT  Họ và tên                  Chức vụ / Đơn vị\n"
            "1   Thạch Thị Sa Rinh          Giám đốc Sở VHTTDL, Trưởng đoàn\n"
            "2   Nguyễn Thành Tâm           Đạo diễn, Đoàn ca múa nhạc dân tộc\n"
            "3   Thạch Ngọc Hiếu            Kỹ thuật âm thanh\n"
            "4   Danh Chanh Tha             Nhạc công, Nhà hát Nghệ thuật Khmer\n",
            ["Thạch Thị Sa Rinh", "Nguyễn Thành Tâm", "Thạch Ngọc Hiếu", "Danh Chanh Tha"],
        ),
        (
            "STT  Họ tên              Chức vụ\n"
            "01   Đặng Hữu Nghĩa      Giám đốc Sở Xây dựng (Trưởng đoàn)\n"
            "02   Sơn Văn Ren         Phó Giám đốc, Bí thư Đảng ủy Sở Xây dựng\n",
            ["Đặng Hữu Nghĩa", "Sơn Văn Ren"],
        ),
        (
            "Số TT   Họ và tên         Chức danh         Đơn vị\n"
            "1.      Lê Văn Tám        Phó Giám đốc      Sở Tài chính\n"
            "2.      Võ Thị Hai        Chuyên viên       Sở Tài chính\n",
            ["Lê Văn Tám", "Võ Thị Hai"],
        ),
    ],
)
def test_members_in_a_table_aligned_with_spaces(text: str, expected: list[str]) -> None:
    """Issue 13 (blind scenario 12): columns aligned with spaces are cells; a title starting with a capital ("Đạo
    diễn", "Kỹ thuật âm thanh") is not the name's last word, and Khmer family names (Sơn, Danh) start a name."""
    members = find_members(text)
    assert [m.name for m in members] == expected
    assert members[0].title is not None and members[0].title.startswith(("Giám đốc", "Phó Giám đốc"))


_OANH = "Bà Trương Thị Kiều Oanh | Trưởng phòng Nghiệp vụ Y, Sở Y tế"


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # the header's border between STT and the name lost, one row's drawn: the row's number is its own cell
        ("STT Họ và tên | Chức vụ, đơn vị", ["1 Bà Phan Ngọc Diễm | Giám đốc Sở Y tế, Trưởng đoàn", f"4 | {_OANH}"]),
        # the header's border drawn, the rows' lost: each row's name cell starts with its number
        ("STT | Họ và tên | Chức vụ, đơn vị", ["1 Bà Phan Ngọc Diễm | Giám đốc Sở Y tế, Trưởng đoàn", f"4. {_OANH}"]),
        # both ways in one table, the number column headed "TT"
        ("TT | Họ và tên | Chức vụ, đơn vị", ["1 | Bà Phan Ngọc Diễm | Giám đốc Sở Y tế, Trưởng đoàn", f"4 {_OANH}"]),
        # no heading over the numbers, one row's number in a cell of its own
        ("Họ và tên | Chức vụ, đơn vị", ["1 Bà Phan Ngọc Diễm | Giám đốc Sở Y tế, Trưởng đoàn", f"2. | {_OANH}"]),
    ],
)
def test_members_a_table_whose_number_border_a_scan_drew_in_some_rows_only(header: str, rows: list[str]) -> None:
    """Issue 13 (scenario 12's 205 on scans): OCR drew "|" between a row's number and the name in some rows and not
    in others, or not in the header: a row off the header's count by that border is counted as the header, so no
    row is lost (its name cell the number alone) and no title is taken for a name ("Giám đốc Sở Y tế" → "Phó
    Giám")."""
    text = f"Điều 1. Cử 02 cán bộ có tên dưới đây đi công tác Singapore:\n{header}\n" + "\n".join(rows) + "\n"
    members = find_members(text)
    assert [(m.name, m.title, m.unit) for m in members] == [
        ("Phan Ngọc Diễm", "Giám đốc", "Sở Y tế"),
        ("Trương Thị Kiều Oanh", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Điều 1. Cử ông Nguyễn Hữu Phát, Trưởng ban Ban Quản lý Khu kinh tế, Trưởng đoàn; cùng bà Bùi Thị Lan, "
            "Phó Trưởng ban; ông Lê Văn Toàn, Trưởng phòng Xúc tiến đầu tư; đi công tác tại Lào từ ngày 16/03/2026 "
            "đến ngày 24/03/2026.",
            ["Nguyễn Hữu Phát", "Bùi Thị Lan", "Lê Văn Toàn"],
        ),
        (
            "Điều 1. Cử bà Lê Thị Ngân, Phó Giám đốc Sở Tài chính, Trưởng đoàn; cùng với ông Trần Quốc Bảo, "
            "Trưởng phòng Quản lý ngân sách; đi công tác tại Xinh-ga-po.",
            ["Lê Thị Ngân", "Trần Quốc Bảo"],
        ),
        (
            "Điều 1. Cử đồng chí Lê Đình Cường, Chủ tịch UBND xã Trung Lý, Trưởng đoàn; cùng đồng chí Lò Văn Pẩng, "
            "Phó Chủ tịch UBND xã; và bà Hà Thị Tuân, Công chức Văn phòng - Thống kê xã đi công tác tại Lào.",
            ["Lê Đình Cường", "Lò Văn Pẩng", "Hà Thị Tuân"],
        ),
        (  # "; cùng đi có …" names no member: the people after it are not the delegation's
            "Điều 1. Cử ông Tống Thanh Bình, Giám đốc Sở Khoa học và Công nghệ, Trưởng đoàn; cùng đi có đại "
            "diện doanh nghiệp đi công tác tại Trung Quốc.",
            ["Tống Thanh Bình"],
        ),
    ],
)
def test_a_member_after_the_leader_opened_by_cung(text: str, names: list[str]) -> None:
    """Issue 13 (blind scenario 13): "…, Trưởng đoàn; cùng bà B, <title>; ông C, …" names B as a member."""
    assert [m.name for m in find_members(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table row whose cells a text copy joined with spaces: the title opens right after the name
        (
            "DANH SÁCH ĐOÀN\n1 Ông Chamaléa Minh Nghệ nhân đàn đá, Nhà hát Nghệ thuật truyền thống tỉnh Thành viên\n"
            "2 Bà Thân Thị Ngọc Diệp Diễn viên Nhà hát Nghệ thuật truyền thống tỉnh Thành viên\n",
            ("Chamaléa Minh", "Nghệ nhân đàn đá"),
        ),
        ("Cử ông Nguyễn Văn Tâm Nghệ nhân ưu tú, Nhà hát tỉnh đi công tác.", ("Nguyễn Văn Tâm", "Nghệ nhân ưu tú")),
        ("Cử bà Đinh Thị Nghệ, Chuyên viên Sở Văn hóa đi công tác.", ("Đinh Thị Nghệ", "Chuyên viên")),
    ],
)
def test_an_artisan_is_a_title_not_a_name(text: str, expected: tuple[str, str]) -> None:
    """Scenario 14 (dev): "Nghệ nhân" (an artisan, as "Nghệ sĩ") opens the title; a name may still end in "Nghệ"."""
    assert members(text)[0][:2] == expected


@pytest.mark.parametrize("number", ["1;", "1 ;", "1."])
def test_an_item_number_whose_dot_ocr_read_as_a_semicolon(number: str) -> None:
    """Scenario 14 scans (dev): "1." read "1;" still opens the list's first item (its member was lost)."""
    text = (
        "Điều 1. Cử Đoàn công tác của Ủy ban nhân dân xã Phước Hà đi Lào, gồm các thành viên sau:\n"
        f"{number} Ông Mang Văn Tùng, Chủ tịch UBND xã Phước Hà - Trưởng đoàn;\n"
        "2. Bà Pinăng Thị Loan, Phó Chủ tịch UBND xã Phước Hà;\n"
        "- Thời gian công tác: từ ngày 09/11/2026 đến ngày 13/11/2026.\n"
    )
    assert [m.name for m in find_members(text)] == ["Mang Văn Tùng", "Pinăng Thị Loan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Điều 1. Cử ông Hà Văn Lộc, Giám đốc Sở Y tế và bà Ông Thị Hoa, Chuyên viên Sở Y tế đi công tác tại Lào.",
            "Ông Thị Hoa",
        ),
        ("Điều 1. Cử bà Ông Thị Hoa, Chuyên viên Sở Y tế đi công tác tại Lào.", "Ông Thị Hoa"),
        (
            "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Lào:\n1. Ông Thị Hoa, Chuyên viên Sở Y tế.",
            "Ông Thị Hoa",
        ),
        (
            "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Lào:\n1. Ông Trần Văn Hòa, Chuyên viên Sở Y tế.",
            "Trần Văn Hòa",
        ),
    ],
)
def test_members_family_name_that_is_an_honorific(text: str, name: str) -> None:
    """ "Ông" (a family name) after "bà", or before "Thị" and a given name (no name opens with "Thị"), is the
    name's: "Ông Thị Hoa", not "Thị Hoa"; before a complete name it stays the honorific."""
    assert [m.name for m in find_members(text)][-1] == name


def test_members_posts_in_brackets_after_the_names() -> None:
    """Running prose may put each post in brackets after the name, the delegation's role last inside them: the
    bracket holds the title and unit, not a unit starting with "("."""
    members = find_members(
        "Điều 1. Cử ông Trần Văn Khải (Chủ tịch UBND xã Hòa Bình, trưởng đoàn), bà Lê Thị Thu (Phó Giám đốc Sở "
        "Y tế) và ông Phạm Văn Đông (chuyên viên Văn phòng Sở Y tế) đi công tác tại Lào từ ngày 02/3/2026 đến ngày "
        "03/3/2026."
    )
    assert [(m.name, m.title, m.unit, m.role) for m in members] == [
        ("Trần Văn Khải", "Chủ tịch", "UBND xã Hòa Bình", "trưởng đoàn"),
        ("Lê Thị Thu", "Phó Giám đốc", "Sở Y tế", None),
        ("Phạm Văn Đông", "chuyên viên", "Văn phòng Sở Y tế", None),
    ]


def test_members_a_given_name_sang_does_not_end_the_list() -> None:
    """ "Sang" capitalised after a family and middle name is a given name, not "sang" (to a country): the people
    named after him are members too; the lower-case "sang Lào" still ends the list."""
    members = find_members(
        "Điều 1. Cử ông Võ Minh Sang (Bí thư Đảng ủy xã Hòa Bình), bà Lê Thị Thu (Chủ tịch UBND xã Hòa Bình) "
        "sang Lào trong ngày 17/7/2026."
    )
    assert [(m.name, m.title) for m in members] == [("Võ Minh Sang", "Bí thư"), ("Lê Thị Thu", "Chủ tịch")]


@pytest.mark.parametrize(
    ("item", "unit", "role"),
    [
        ("Đồng chí Lò Văn Khánh, Giám đốc Sở Xây dựng - thành viên tháp tùng;", "Sở Xây dựng", "tháp tùng"),
        ("Đồng chí Lò Văn Khánh, Giám đốc Sở Xây dựng, tháp tùng.", "Sở Xây dựng", "tháp tùng"),
        ("Đồng chí Lò Văn Khánh, Giám đốc Sở Xây dựng - thành viên;", "Sở Xây dựng", "thành viên"),
    ],
)
def test_a_member_going_as_an_escort_has_the_escorts_role(item: str, unit: str, role: str) -> None:
    """Issue 13 (scenario 24): "- thành viên tháp tùng" closing an entry is the role "tháp tùng" (the escort a
    trips-per-year exception may leave out), not part of the unit ("Sở Xây dựng thành viên tháp tùng")."""
    member = parse_member(item)
    assert member is not None and (member.unit, member.role) == (unit, role)


@pytest.mark.parametrize("label", [".", ","])
def test_members_list_item_whose_number_a_photocopys_edge_took_leaving_its_dot(label: str) -> None:
    """A photocopy's edge took the items' digits and left their dots (". Ông A, Trưởng Đoàn …"): the dot alone is the
    item's lost number, so a member whose post the titles do not type stays."""
    text = (
        "Điều 1. Cử đoàn công tác đi Nhật Bản từ ngày 17/8/2026 đến ngày 21/8/2026, gồm các ông (bà) có tên sau:\n"
        "1. Bà Lý Thị Thảo, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng\nđoàn;\n"
        f"{label} Ông Trương Văn Duy, Trưởng Đoàn Nghệ thuật tỉnh;\n"
        f"{label} Bà Vũ Ngọc Trâm, Diễn viên Đoàn Nghệ thuật tỉnh.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lý Thị Thảo", "Trương Văn Duy", "Vũ Ngọc Trâm"]


def test_a_central_delegation_the_members_join_names_no_member() -> None:
    """The leader of another delegation between "Cử đoàn" and "do" ("… tham gia Đoàn của Bộ …, do ông X dẫn đầu")
    leads the body the members join: no member of the trip."""
    text = (
        "Điều 1. Cử đoàn công tác của tỉnh, tham gia Đoàn của Bộ Công Thương, do ông Vương Đình Huệ, Thứ trưởng "
        "dẫn đầu, đi xúc tiến thương mại tại Hàn Quốc từ ngày 02/5/2026 đến ngày 09/5/2026."
    )
    assert members(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # scenario 46's QĐ 960: the unit's comma before "do", and "đi biểu diễn" ending the last entry
            "Điều 1. Cử đoàn công tác của Sở Văn hóa, Thể thao và Du lịch do bà Đàm Thị Thu, Giám đốc Sở làm "
            "trưởng đoàn, cùng ông Kiều Văn Lâm, Phó Giám đốc Sở và bà Tăng Thị Yến, diễn viên Nhà hát Chèo tỉnh, "
            "đi biểu diễn nghệ thuật tại Cộng hòa Séc từ ngày 02/5/2026 đến ngày 09/5/2026.\n\nĐiều 2. Kinh phí "
            "do ngân sách tỉnh bảo đảm.",
            [
                ("Đàm Thị Thu", "Giám đốc", "Sở"),
                ("Kiều Văn Lâm", "Phó Giám đốc", "Sở"),
                ("Tăng Thị Yến", "diễn viên", "Nhà hát Chèo"),
            ],
        ),
        (  # scenario 46's QĐ 1105-QĐ/TU: bare members after "cùng các đồng chí", the last after "và"
            "Điều 1. Cử đồng chí Khúc Văn Sơn, Bí thư Tỉnh ủy, làm trưởng đoàn, cùng các đồng chí Mạc Văn Bình, "
            "Giám đốc Sở Công Thương; Lục Văn Khoa, Phó Chánh Văn phòng Tỉnh ủy và Vi Thị Hạnh, chuyên viên Văn "
            "phòng Tỉnh ủy đi làm việc tại Nhật Bản từ ngày 13/4/2026 đến ngày 19/4/2026.",
            [
                ("Khúc Văn Sơn", "Bí thư", "Tỉnh ủy"),
                ("Mạc Văn Bình", "Giám đốc", "Sở Công Thương"),
                ("Lục Văn Khoa", "Phó Chánh Văn phòng", "Tỉnh ủy"),
                ("Vi Thị Hạnh", "chuyên viên", "Văn phòng Tỉnh ủy"),
            ],
        ),
    ],
)
def test_members_of_an_inline_delegation_led_by_its_leader(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Issue 13 (scenario 46): "Cử đoàn công tác của Sở Văn hóa, Thể thao và Du lịch do bà A, …" names its members
    after the unit's comma; "cùng các đồng chí B, …; C, … và D, …" names bare members after the plural honorific,
    each one, the last no part of the unit before "và"."""
    assert members(text) == expected


def test_members_of_a_delegation_whose_leader_a_sentence_of_its_own_names() -> None:
    """Issue 13 (scenario 49's form): "Cử đoàn … từ ngày … đến ngày …. Đoàn do bà A, … làm Trưởng đoàn; thành viên
    gồm bà B, …": the leader, named in the sentence after the one sending the delegation, is its first member; a
    report's "Đoàn do ông A …" with no delegation sent before it names none."""
    text = (
        "Điều 1. Cử đoàn đại biểu tỉnh thăm, làm việc tại Nhật Bản từ ngày 18/5/2026 đến ngày 22/5/2026. Đoàn do bà "
        "Lê Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn; thành viên gồm bà Đỗ Thị Thu Hà, Giám đốc Sở "
        "Ngoại vụ và ông Ngô Quang Huy, Giám đốc Sở Xây dựng.\nĐiều 2. Kinh phí do ngân sách tỉnh bảo đảm."
    )
    assert [(m.name, m.title, m.role) for m in find_members(text)] == [
        ("Lê Thị Hồng Nhung", "Phó Chủ tịch", "trưởng đoàn"),
        ("Đỗ Thị Thu Hà", "Giám đốc", None),
        ("Ngô Quang Huy", "Giám đốc", None),
    ]
    assert find_members("Thực hiện Quyết định số 5/QĐ-UBND. Đoàn do ông Hà Văn Lợi làm Trưởng đoàn.") == []
