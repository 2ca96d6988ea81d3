"""Members addressed by an academic title or degree ("PGS.TS.", "GS.TSKH.", "ThS.", "NCS.") instead of "Ông/Bà"."""

import pytest

from extractors.members import find_members, parse_member


def test_academic_titles_before_names_in_a_numbered_list() -> None:
    text = (
        "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 02/3/2027 đến ngày 06/3/2027:\n"
        "1. GS.TSKH. Lạc Văn Tường, Viện trưởng Viện Cơ học - Trưởng đoàn;\n"
        "2. ThS. Ông Thị Lệ, chuyên viên Phòng Đối ngoại;\n"
        "3. NCS. Quách Hữu Định, nghiên cứu sinh Khoa Vật lý.\n"
        "Điều 2. Kinh phí do Trường chi trả.\n"
        "HIỆU TRƯỞNG\n"
        "\n"
        "PGS.TS. Đàm Quang Lực\n"
    )
    members = find_members(text)
    assert [m.name for m in members] == ["Lạc Văn Tường", "Ông Thị Lệ", "Quách Hữu Định"]
    assert members[0].title == "Viện trưởng" and members[0].role == "trưởng đoàn"


@pytest.mark.parametrize("degree", ["CNĐD.", "KTV."])
def test_a_nurses_or_technicians_degree_before_the_name(degree: str) -> None:
    text = (
        "Điều 1. Cử các viên chức có tên sau đây đi công tác tại Lào từ ngày 02/3/2027 đến ngày 06/3/2027:\n"
        "1. BS. Lục Văn Hải, Trưởng khoa Nội - Trưởng đoàn;\n"
        f"2. {degree} Mùa Thị Dung, Điều dưỡng trưởng khoa Nội.\n"
        "Điều 2. Kinh phí do Bệnh viện chi trả.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lục Văn Hải", "Mùa Thị Dung"]


def test_a_degree_after_the_honorific_is_no_part_of_the_name() -> None:
    member = parse_member("Bà TS. Khổng Thị Mơ, Trưởng khoa Hóa")
    assert member is not None and member.name == "Khổng Thị Mơ"


def test_a_title_without_its_dot_addresses_no_one() -> None:
    assert parse_member("TS Xyz Abc Giảng viên") is None


def test_academic_titles_in_running_text() -> None:
    text = (
        "Điều 1. Cử PGS.TS. Mạc Văn Toàn, Viện trưởng Viện Hải dương học (Trưởng đoàn); TS. Yên Thị Hoa, "
        "Phó Viện trưởng Viện Hải dương học và ThS. Chu Minh Khải, nghiên cứu viên Viện Hải dương học đi công tác "
        "tại Pháp từ ngày 01/6/2027 đến ngày 06/6/2027.\n"
    )
    members = find_members(text)
    assert [m.name for m in members] == ["Mạc Văn Toàn", "Yên Thị Hoa", "Chu Minh Khải"]
    assert members[0].role == "trưởng đoàn" and members[1].title == "Phó Viện trưởng"


def test_a_degree_cell_after_the_name_ends_it() -> None:
    member = parse_member("6 Tôn Nữ Hạnh ThS giảng viên Khoa Toán", named=True)
    assert member is not None and (member.name, member.title, member.unit) == ("Tôn Nữ Hạnh", "giảng viên", "Khoa Toán")


def test_medical_grades_and_honours_before_names_in_a_list() -> None:
    text = (
        "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Pháp từ ngày 02/3/2027 đến ngày 06/3/2027:\n"
        "1. TTƯT.PGS.TS.BS. Mẫn Văn Hòa, Giám đốc Bệnh viện - Trưởng đoàn;\n"
        "2. ThS.BSCKII Lạc Thị Hương, Phó Trưởng khoa Cấp cứu;\n"
        "3. BSCKI Khúc Văn Đông, bác sĩ Khoa Nội;\n"
        "4. BS.CKII Ninh Thị Mai, Trưởng khoa Nhi;\n"
        "5. DS. Tôn Thất Bảo, dược sĩ Khoa Dược;\n"
        "6. ĐD. Vi Thị Hoa, điều dưỡng Khoa Hồi sức;\n"
        "7. NGƯT. Cấn Văn Lợi, giảng viên.\n"
        "Điều 2. Kinh phí do Bệnh viện chi trả.\n"
    )
    members = find_members(text)
    assert [m.name for m in members] == [
        "Mẫn Văn Hòa",
        "Lạc Thị Hương",
        "Khúc Văn Đông",
        "Ninh Thị Mai",
        "Tôn Thất Bảo",
        "Vi Thị Hoa",
        "Cấn Văn Lợi",
    ]
    assert members[1].title == "Phó Trưởng khoa" and members[0].role == "trưởng đoàn"


def test_a_specialist_grade_in_running_text() -> None:
    text = (
        "Điều 1. Cử TS.BS. Giáp Văn Nhân, Trưởng khoa Xạ trị (Trưởng đoàn); ThS.BSCKII Đoàn Thị Hà, bác sĩ Khoa "
        "Ngoại vú và BSCKI Hầu Thùy Linh, bác sĩ Khoa Giải phẫu bệnh đi công tác tại Tây Ban Nha từ ngày "
        "19/10/2027 đến ngày 23/10/2027.\n"
    )
    assert [m.name for m in find_members(text)] == ["Giáp Văn Nhân", "Đoàn Thị Hà", "Hầu Thùy Linh"]


def test_a_specialist_grade_cell_after_the_name_ends_it() -> None:
    member = parse_member("3 Lạc Thị Lan BSCKII Trưởng khoa Nội thận", named=True)
    assert member is not None and (member.name, member.title) == ("Lạc Thị Lan", "Trưởng khoa")


def test_a_specialist_grade_as_ocr_reads_it() -> None:
    member = parse_member("3. ThS.BSCKTI Lạc Thị Thu Hà, bác sĩ Khoa Ngoại vú.")
    assert member is not None and (member.name, member.title) == ("Lạc Thị Thu Hà", "bác sĩ")


@pytest.mark.parametrize("grade", ["BSCKTT.", "BSCKII."])
def test_a_specialist_grade_whose_ii_ocr_read_tt(grade: str) -> None:
    member = parse_member(f"2. {grade} Lò Thị Vân, Trưởng phòng Nghiệp vụ Y, Sở Y tế.")
    assert member is not None and (member.name, member.title, member.unit) == (
        "Lò Thị Vân",
        "Trưởng phòng Nghiệp vụ Y",
        "Sở Y tế",
    )


def test_a_masters_degree_in_a_name_cell_is_not_unglued_into_the_name() -> None:
    """The name cell's glued-spaces repair put a space inside "ThS." ("Th S. Lò Thị Vân"): no member was read."""
    text = (
        "TT | Họ và tên | Chức vụ | Đơn vị\n"
        "1 | PGS.TS. Mạc Văn Tùng | Hiệu trưởng | Trường Đại học Sao Đỏ\n"
        "2 | ThS. Lò Thị Vân | Giảng viên | Trường Đại học Sao Đỏ\n"
        "3 | ThS.BS. Hà VănKiên | Bác sĩ | Trạm Y tế\n"
    )
    assert [(m.name, m.title) for m in find_members(text)] == [
        ("Mạc Văn Tùng", "Hiệu trưởng"),
        ("Lò Thị Vân", "Giảng viên"),
        ("Hà Văn Kiên", "Bác sĩ"),
    ]


def test_a_degree_column_under_a_glued_name_header() -> None:
    """OCR glued the header's "và tên": still the name column, so the degree cell is no part of the title, and
    a family name the lists lack is still a name (here "Phí", now listed too)."""
    text = (
        "TT | Họ vàtên | Học hàm, học vị | Chức vụ, đơn vị công tác\n"
        "1 | Bế Quang Huy | GS.TS. | Viện trưởng Viện Vệ sinh dịch tễ Trung ương (Trưởng đoàn)\n"
        "2 | Phí Thị Ngọc | ThS. | nghiên cứu viên Khoa Dịch tễ học, Viện Vệ sinh dịch tễ Trung ương\n"
        "Điều 2. Kinh phí do Viện chi trả.\n"
    )
    members = find_members(text)
    assert [(m.name, m.title) for m in members] == [
        ("Bế Quang Huy", "Viện trưởng"),
        ("Phí Thị Ngọc", "nghiên cứu viên Khoa Dịch tễ học"),
    ]
