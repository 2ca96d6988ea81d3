"""People in running text (the development splits' leftovers, session 38): a foreign name run into the office
after it with no comma, a second office joined by "và" inside a first office's unit, a head of government's deputy
whose unit is a name, and the governor of a capital ("Đô trưởng"). Sentences written for these tests in the forms
news items print."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # rt-1473: "Đại" begins the office after the name, no comma between
        ("Về phía Nhật Bản có ngài Ito Naoki Đại sứ Nhật Bản tại Việt Nam.", ("Ito Naoki", "Đại sứ")),
        (
            "Về phía Nhật Bản có ông Fuji Hisayuki, Trưởng Phòng đối ngoại, ngài Ito Naoki Đại sứ Nhật Bản tại Việt"
            " Nam, ngài Sugano Yuichi, Trưởng đại diện JICA.",
            ("Ito Naoki", "Đại sứ"),
        ),
        ("Tiếp đoàn có ông Nguyễn Văn Đại, Giám đốc Sở Ngoại vụ.", ("Nguyễn Văn Đại", "Giám đốc")),  # a given name
    ],
)
def test_a_foreign_names_last_word_that_begins_its_office_is_the_offices(
    text: str, person: tuple[str, str | None]
) -> None:
    assert person in _people(text)
    assert person[0] == "Nguyễn Văn Đại" or not any(name.endswith(" Đại") for name, _ in _people(text))


def test_an_office_after_va_in_a_units_name_is_the_next_names() -> None:
    text = (
        "Bà Jana Vildumetzova, Tỉnh trưởng tỉnh Karlovy Vary, Chủ tịch Hiệp hội các Tỉnh trưởng của Cộng hòa Séc và"
        " Thị trưởng thành phố Petr Kulhanek (Pét Cun-ha-nếch) vui mừng chào đón đoàn."
    )  # rt-1463: "các Tỉnh trưởng" inside the association's name is passed over, "và Thị trưởng" ends the unit
    assert ("Petr Kulhanek", "Thị trưởng") in _people(text)
    assert ("Petr Kulhanek", "Chủ tịch") not in _people(text)


def test_a_head_of_governments_deputy_whose_unit_is_a_name_is_that_persons_office() -> None:
    text = (
        "Bí thư Thành ủy đã hội kiến Chủ tịch Quốc hội Samdech Heng Samrin, Chủ tịch Thượng viện Campuchia Samdech"
        " Say Chhum, Phó Thủ tướng Men Sam An."
    )  # rt-1445
    people = _people(text)
    assert ("Say Chhum", "Chủ tịch") in people and ("Men Sam An", "Phó Thủ tướng") in people
    assert ("Say Chhum", "Phó Thủ tướng") not in people


def test_a_local_offices_unit_a_gazetteer_lacks_stays_a_unit() -> None:
    text = "Ông Xiền Bun Phôn Xa Vạt, Trưởng bản Chà Căm Nhay, huyện Thà Tèng cho biết rất vui mừng."  # rt-656
    assert ("Xiền Bun Phôn Xa Vạt", "Trưởng bản") in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Bí thư đã có cuộc hội đàm với Đô trưởng Phnom Penh Pa Socheatevong. Hai bên đã trao đổi.",
            ("Pa Socheatevong", "Đô trưởng"),
        ),  # rt-1445
        (
            "Đoàn đã chào xã giao Phó Đô trưởng Thủ đô Viêng Chăn Khăm Phăn Phôm Ma Thắt.",
            ("Khăm Phăn Phôm Ma Thắt", "Phó Đô trưởng"),
        ),
    ],
)
def test_a_capitals_governor_is_an_office(text: str, person: tuple[str, str | None]) -> None:
    assert person in _people(text)


def test_a_seat_on_the_central_military_commission_is_a_membership_before_the_post() -> None:
    text = (
        "Nhận lời mời của Thượng tướng Thường Vạn Toàn, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Ủy viên Quân ủy"
        " Trung ương, Bộ trưởng Bộ Quốc phòng nước Cộng hòa nhân dân Trung Hoa, đoàn sang thăm."
    )  # rt-1505
    assert _people(text) == [("Thường Vạn Toàn", "Bộ trưởng")]


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua tại Hoàng Cung, Thủ tướng Nguyễn Tấn Dũng có cuộc hội đàm với Quốc vương.",  # rt-1443
        "Buổi gặp mặt diễn ra tại Nguyễn Văn Cừ, Thủ tướng Nguyễn Tấn Dũng phát biểu.",  # a street named after someone
    ],
)
def test_capitalised_words_after_tai_name_a_place_no_person(text: str) -> None:
    assert ("Nguyễn Tấn Dũng", "Thủ tướng") in _people(text)
    assert not any(title == "Thủ tướng" and name != "Nguyễn Tấn Dũng" for name, title in _people(text))


def test_a_units_country_after_its_comma_then_a_dashed_holder() -> None:
    text = "Thống đốc tỉnh Artermisa, Cuba - Ricardo Concepcion Rodriguez - cám ơn lãnh đạo Thành phố."  # rt-1458
    assert _people(text) == [("Ricardo Concepcion Rodriguez", "Thống đốc")]
