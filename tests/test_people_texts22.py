"""People issue 12 (texts22): a person named first by one office and later by a chain takes the chain's first
office, as the labels' convention says (samples/real/texts/README.md, People). Phrasings written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.unit) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch UBND tỉnh Lê Văn Hùng tiếp Đại sứ Nhật Bản\n\nSáng 3/4, đồng chí Lê Văn Hùng - Phó Bí thư Tỉnh "
            "ủy, Chủ tịch UBND tỉnh đã tiếp ngài Đại sứ.",
            ("Lê Văn Hùng", "Phó Bí thư", "Tỉnh ủy"),
        ),
        (
            "Trưởng Ban Dân vận Trung ương Hoàng Thị Lan thăm Lào\nĐồng chí Hoàng Thị Lan, Ủy viên Bộ Chính trị, "
            "Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương. Ảnh tư liệu",
            ("Hoàng Thị Lan", "Bí thư", "Trung ương Đảng"),
        ),
        (
            "Chủ tịch Phan Quốc Bảo tiếp khách Cuba\nNgày 2/9, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch "
            "UBND thành phố Phan Quốc Bảo đã tiếp đoàn.",
            ("Phan Quốc Bảo", "Phó Bí thư", "Thành ủy"),
        ),
    ],
)
def test_a_later_chain_gives_its_first_office(text: str, expected: tuple[str, str, str]) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a delegation's role is no office a chain starts with
            "Phó Chủ tịch UBND thành phố Đỗ Thị Hạnh dẫn đoàn.\nBà Mary Lee tiếp Trưởng đoàn, Phó Chủ tịch UBND "
            "thành phố Đỗ Thị Hạnh tại trụ sở.",
            ("Đỗ Thị Hạnh", "Phó Chủ tịch"),
        ),
        (  # the offices before a name belong to the name before them
            "Đại sứ Ngô Minh Tâm thăm Thiên Tân.\nTại cuộc hội kiến đồng chí Lý Hồng Trung, Ủy viên Bộ Chính trị, Bí "
            "thư Thành ủy Thiên Tân, Đại sứ Ngô Minh Tâm chúc mừng.",
            ("Ngô Minh Tâm", "Đại sứ"),
        ),
        (  # a chain that does not name the first office keeps it
            "Bộ trưởng Trần Văn Sơn thăm Cuba.\nĐại tướng Trần Văn Sơn, Ủy viên Bộ Chính trị, Phó Trưởng ban Chỉ đạo "
            "Trung ương, đã hội đàm.",
            ("Trần Văn Sơn", "Bộ trưởng"),
        ),
    ],
)
def test_a_chain_that_is_not_the_persons_keeps_the_first_title(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], expected[1]) in [(name, title) for name, title, _ in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Vũ Đức Thịnh, Quyền Bí thư Huyện ủy chủ trì cuộc họp.", ("Vũ Đức Thịnh", "Bí thư")),
        ("Dự có bà Lý Thu Hà, Quyền Trưởng ban Hợp tác quốc tế của Học viện.", ("Lý Thu Hà", "Trưởng ban")),
        ("Quyền Giám đốc Sở Ngoại vụ Đinh Văn Tú dẫn đầu đoàn.", ("Đinh Văn Tú", "Giám đốc")),
    ],
)
def test_an_acting_holders_word_is_no_part_of_the_title(text: str, expected: tuple[str, str]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == [expected]


def test_a_lower_case_acting_word_after_the_name_is_left_out() -> None:
    text = "Đại diện trường có PGS. TS. Somchai Wongsa, quyền Hiệu trưởng, và các giảng viên."
    assert [(name, title) for name, title, _ in people(text)] == [("Somchai Wongsa", "Hiệu trưởng")]


def test_a_doctors_degree_before_the_name_is_no_office_when_one_follows() -> None:
    text = "Bác sĩ Chuyên khoa II Trần Minh Đức – Giám đốc Bệnh viện đã cảm ơn đoàn."
    assert people(text) == [("Trần Minh Đức", "Giám đốc", "Bệnh viện")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phái đoàn do Tổng lãnh sự Hàn Quốc tại Đà Nẵng – ông Kim Soo Hyun dẫn đầu đã thăm bệnh viện.",
            ("Kim Soo Hyun", "Tổng Lãnh sự"),
        ),
        (
            "Phái đoàn do Tổng lãnh sự Nhật Bản tại Đà Nẵng – ông SATO Kenji dẫn đầu đã thăm bệnh viện.",
            ("SATO Kenji", "Tổng Lãnh sự"),
        ),
    ],
)
def test_an_office_before_a_dash_and_the_honorific_is_the_holders(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(name, title) for name, title, _ in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiếp đoàn có Bộ trưởng Quốc phòng Lào Đại tướng Somsak Inthavong.",
            ("Somsak Inthavong", "Bộ trưởng", "Quốc phòng Lào"),
        ),
        ("Dự có Thứ trưởng Bộ Công an Thượng tướng Lê Văn Tâm.", ("Lê Văn Tâm", "Thứ trưởng", "Bộ Công an")),
    ],
)
def test_an_office_right_before_a_rank_is_the_rank_holders(text: str, expected: tuple[str, str, str]) -> None:
    """The rank's first word ("Đại", "Thượng", "Trung") is no end of a name read after the office's unit."""
    assert people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự lễ có Đại biện lâm thời Hungary Tamas Szabo.", ("Tamas Szabo", "Đại biện lâm thời", "Hungary")),
        (
            "Ông Lê Quang Vinh, Đại biện lâm thời Đại sứ quán Việt Nam tại Chile, cho biết.",
            ("Lê Quang Vinh", "Đại biện lâm thời", "Đại sứ quán Việt Nam"),
        ),
        ("Dự có Đại sứ Trung Quốc tại Việt Nam Tống Đào.", ("Tống Đào", "Đại sứ", "Trung Quốc tại Việt Nam")),
    ],
)
def test_envoys_in_viet_nam(text: str, expected: tuple[str, str, str]) -> None:
    """A chargé d'affaires is an office; a Chinese name of two syllables after the post's seat, Viet Nam."""
    assert people(text) == [expected]
