"""People of blind19/blind20 as development (issue 12): a name again without its family name, a foreign name whose
word before its particle spells a place, an office after a comma that is the next name's. Sentences written here."""

import pytest

from extractors.people import find_people


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Tuấn Anh, Bộ trưởng Bộ Công thương, đi nước ngoài 13 lần. Năm 2016 ông Tuấn Anh tham gia 13 đoàn.",
        "Bộ trưởng Trần Tuấn Anh dự hội nghị. Sau đó, ông Tuấn Anh đã gặp các doanh nghiệp.",
    ],
)
def test_a_name_again_without_its_family_name_is_the_same_person(text: str) -> None:
    assert _found(text) == [("Trần Tuấn Anh", "Bộ trưởng")]


def test_two_people_sharing_given_names_with_other_families_stay_two() -> None:
    text = "Ông Trần Tuấn Anh, Bộ trưởng Bộ Công thương, và ông Lê Tuấn Anh, Giám đốc Sở Nội vụ, dự họp."
    assert [name for name, _ in _found(text)] == ["Trần Tuấn Anh", "Lê Tuấn Anh"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng sẽ hội đàm với Tổng thống Brazil Lula da Silva; hai bên ký kết.", "Lula da Silva"),
        ("Chuyến thăm theo lời mời của Tổng thống Brazil Lula da Silva.", "Lula da Silva"),
        ("Tổng thống Brazil Luiz Inácio Lula da Silva đón Thủ tướng.", "Luiz Inácio Lula da Silva"),
    ],
)
def test_a_word_before_a_particle_is_the_name_s(text: str, name: str) -> None:
    assert (name, "Tổng thống") in _found(text)


def test_the_office_after_a_comma_is_the_next_name_s() -> None:
    text = "Ra sân bay đón đoàn có Thủ hiến vùng Mandalay ông Ye Myint, Đại sứ Việt Nam tại Myanmar Chu Công Phùng."
    assert _found(text) == [("Ye Myint", "Thủ hiến"), ("Chu Công Phùng", "Đại sứ")]


def test_the_office_after_a_comma_is_the_person_s_when_no_name_follows() -> None:
    text = "Tiếp đoàn có ông Ye Myint, Đại sứ Myanmar tại Việt Nam, cùng các quan chức."
    assert ("Ye Myint", "Đại sứ") in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bí thư Tỉnh y Lê Quang TùngCh tch UBND tnh Võ Văn Hưng đã có bui tiếp.", "Lê Quang Tùng"),
        ("Phó Chủ nhiệm Trần Quốc ToảnPh tch Nguyễn Văn An đã đến.", "Trần Quốc Toản"),
        ("Chủ tịch Võ Văn HưngTh trưởng đã tiếp đoàn.", "Võ Văn Hưng"),
    ],
)
def test_a_glued_start_that_lost_its_vowels_is_no_part_of_the_name(text: str, name: str) -> None:
    assert _found(text)[0][0] == name
