"""People issue 12 left (people21): an opposition's leader, a counsellor's field, foreign names whose syllables look
Vietnamese right after a high office, and four-word Spanish names. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đã gặp ông Mark Tully, lãnh tụ phe đối lập Australia.", ("Mark Tully", "lãnh tụ phe đối lập")),
        ("Đoàn đã gặp bà Anne Rowe, Lãnh đạo phe đối lập Canada, tại Ottawa.", ("Anne Rowe", "Lãnh đạo phe đối lập")),
    ],
)
def test_an_opposition_leader_is_an_office(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Nguyễn Văn Hòa, Tham tán Kinh tế Đại sứ quán Việt Nam tại Hàn Quốc, cho biết.",
            ("Nguyễn Văn Hòa", "Tham tán Kinh tế"),
        ),
        (
            "Ông Ben Hart, Tham tán Thương mại và Đầu tư Chính phủ Canada tại Việt Nam làm trưởng đoàn.",
            ("Ben Hart", "Tham tán Thương mại và Đầu tư"),
        ),
        (
            "Ông Trần Văn Hải, Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản, cho biết.",
            ("Trần Văn Hải", "Tham tán Công sứ"),
        ),
    ],
)
def test_a_counsellors_field_is_part_of_the_title(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiếp đoàn có Phó Tỉnh trưởng Chăn Vuthy cùng các sở ngành.", ("Chăn Vuthy", "Phó Tỉnh trưởng")),
        ("Đoàn chào Tổng Tư lệnh Min Aung Hlaing tại thủ đô.", ("Min Aung Hlaing", "Tổng Tư lệnh")),
    ],
)
def test_a_foreign_name_with_vietnamese_looking_syllables_right_after_a_high_office(
    text: str, expected: tuple[str, str]
) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Bộ Giao thông vận tải đã chỉ đạo các đơn vị.",
        "Đại sứ EU Giorgio Aliberti bày tỏ vui mừng.",
    ],
)
def test_a_body_or_an_acronym_is_no_foreign_name(text: str) -> None:
    assert all(name in ("Giorgio Aliberti",) for name, _ in people(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn chào Chủ tịch nước Cuba, Chủ tịch nước Miguel Ángel Ruiz Bermúdez tại La Habana.",
            ("Miguel Ángel Ruiz Bermúdez", "Chủ tịch nước"),
        ),
        ("Đoàn gặp Chủ tịch Thượng viện Ana Pastor Julián Díaz tại Madrid.", ("Ana Pastor Julián Díaz", "Chủ tịch")),
    ],
)
def test_a_spanish_name_of_four_foreign_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in people(text)


def test_a_foreign_holder_right_after_a_councils_place_word() -> None:
    assert people("Đoàn gặp Chủ tịch Hội đồng tỉnh Sato Kenji, người đã thăm Hà Nội.") == [("Sato Kenji", "Chủ tịch")]


@pytest.mark.parametrize("text", ["Đoàn làm việc với Phó Chủ tịch tỉnh Savannakhet.", "Chủ tịch UBND tỉnh Hà Giang"])
def test_a_place_after_a_place_word_is_no_holder(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GS. Takeshi Mori – Phó Hiệu trưởng Trường Đại học Kyoto giao lưu với đoàn.",
            ("Takeshi Mori", "Phó Hiệu trưởng"),
        ),
        ("Đoàn gặp PGS. Lê Văn Minh, Hiệu trưởng Trường Đại học Vinh.", ("Lê Văn Minh", "Hiệu trưởng")),
    ],
)
def test_a_professors_degree_alone_goes_before_a_name(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Mozambique chào đón Phó Thủ tướng Lê Văn Thành tại thủ đô.", ("Lê Văn Thành", "Phó Thủ tướng")),
        ("Tổng thống Lào hội kiến Chủ tịch Quốc hội Trần Thanh Mẫn.", ("Trần Thanh Mẫn", "Chủ tịch")),
    ],
)
def test_a_greeting_verb_ends_the_first_titles_phrase(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


def test_an_assistant_is_an_office_and_of_gives_the_name_to_the_next_title() -> None:
    text = (
        "Ông Park Min - Trợ lý trưởng của chủ tịch Quốc hội Hàn Quốc Lee Jun-ho, ông Choi Sung - Trợ lý Ban chính sách."
    )
    assert people(text) == [("Park Min", "Trợ lý trưởng"), ("Lee Jun-ho", "Chủ tịch"), ("Choi Sung", "Trợ lý")]


def test_a_region_after_a_continent_and_a_dash_is_nobody() -> None:
    text = "Ông Kang Hoon - Phó Giám đốc Ban Các vấn đề Châu Á - Thái Bình Dương của Văn phòng Quốc hội."
    assert people(text) == [("Kang Hoon", "Phó Giám đốc")]


def test_a_chains_first_office_whose_body_has_a_comma() -> None:
    text = (
        "Dự có Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản "
        "Nguyễn Đắc Vinh."
    )
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == [
        ("Nguyễn Đắc Vinh", "Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục của Quốc hội")
    ]


def test_a_title_after_a_comma_is_a_new_link_of_the_chain() -> None:
    text = "Ông Tô Lâm, Bộ trưởng Bộ Công an, Đại tướng, dự lễ."
    assert people(text) == [("Tô Lâm", "Bộ trưởng")]
