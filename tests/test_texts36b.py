"""People and destinations, session 32 (texts36b, blind58 + blind59 as development): foreign office holders named
after a country whose words are also a name's ("Tây Ban Nha", "Bồ Đào Nha"), a head of state's second office, a
trip told in a semicolon's clause, a locality head's place and holder, a host's invitation, and old spellings of
countries and capitals. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people
from extractors.places import code_of, find_places


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.unit) for p in find_people(text)]


def _places(text: str) -> list[tuple[str, str]]:
    return [(place.name, place.country) for place in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn đã gặp Chủ tịch Thượng viện Tây Ban Nha Pedro Rollan.",
            [("Pedro Rollan", "Chủ tịch", "Thượng viện Tây Ban Nha")],
        ),
        (
            "Đoàn hội kiến Tổng Bí thư Đảng Cộng sản Tây Ban Nha Enrique Martos Lopez.",
            [("Enrique Martos Lopez", "Tổng Bí thư", "Đảng Cộng sản Tây Ban Nha")],
        ),
        (
            "Theo lời mời của Tổng thống Cộng hòa Dominicana Pedro Antonio Marte, đoàn lên đường.",
            [("Pedro Antonio Marte", "Tổng thống", "Cộng hòa Dominicana")],
        ),
    ],
)
def test_a_foreign_holder_after_a_country_whose_words_look_like_a_name_or_a_body(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected  # "Ban" (a board) ends no name inside "Tây Ban Nha"


def test_a_family_name_inside_a_country_starts_no_name() -> None:
    assert _people("Trong thời gian thăm Bồ Đào Nha, Thủ tướng sẽ dự diễn đàn doanh nghiệp.") == []


@pytest.mark.parametrize(
    ("text", "title", "unit"),
    [
        (
            "Theo lời mời của Tổng thống Cộng hòa Chi-lê, Chủ tịch APEC năm 2019 Sebastián Piñera, đoàn lên đường.",
            "Tổng thống",
            "Cộng hòa Chi-lê",
        ),
        # two heads of state: two people's offices, the name is the second one's
        ("Đoàn đã gặp Tổng thống Pháp, Thủ tướng Đức Olaf Scholz.", "Thủ tướng", "Đức"),
    ],
)
def test_a_head_of_state_office_starts_the_chain_of_the_same_holder(text: str, title: str, unit: str) -> None:
    assert [(p.title, p.unit) for p in find_people(text)] == [(title, unit)]


def test_a_chain_of_other_offices_in_a_country_still_names_the_last_holder() -> None:
    text = "Đoàn làm việc với Thứ trưởng Ngoại giao Hàn Quốc, Thị trưởng thành phố Busan, Đại sứ Kim Min-soo."
    assert [(p.name, p.title) for p in find_people(text)] == [("Kim Min-soo", "Đại sứ")]


def test_a_clause_after_a_semicolon_goes_on_with_the_trip_of_the_sentence() -> None:
    text = (
        "Sáng 5/3, Phó Thủ tướng rời Hà Nội lên đường dự Hội nghị cấp cao; tiến hành các hoạt động song phương tại "
        "Sao Paulo, Brazil từ ngày 5-7/3."
    )
    assert _places(text) == [("Sao Paulo", "BR"), ("Brazil", "BR")]


@pytest.mark.parametrize(
    "text",
    [
        "Sở đã tổng kết năm 2024; tiến hành các hoạt động song phương tại Sao Paulo, Brazil.",
        # a list's next item, no clause of the delegation's
        "Cùng tham gia đoàn có đại diện các phòng của thành phố; một số doanh nghiệp tại Hàn Quốc.",
    ],
)
def test_a_clause_after_a_semicolon_with_no_trip_of_its_subject_sends_nobody(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng đã thăm tỉnh Shizuoka, tiếp Thị trưởng thành phố Hamamatsu Nakano Yusuke.",
        "Bộ trưởng đã thăm tỉnh Shizuoka, tiếp Thống đốc tỉnh Shizuoka Omura Kenji.",
    ],
)
def test_a_locality_heads_place_and_its_holders_name_are_no_stop(text: str) -> None:
    assert _places(text) == [("Shizuoka", "JP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thống đốc cũng trân trọng mời lãnh đạo tỉnh sang thăm Hiroshima để trao đổi.", []),
        ("Theo lời mời của Thống đốc, đoàn sang thăm tỉnh Hiroshima từ ngày 3/5.", [("Hiroshima", "JP")]),
        ("Đoàn được mời sang thăm Lào từ ngày 3/5.", [("Lào", "LA")]),
        ("Đoàn được Bộ Ngoại giao Lào mời sang thăm Lào từ ngày 3/5.", [("Lào", "LA")]),
        ("Theo thư mời của Bộ Ngoại giao Lào, đoàn sang thăm Lào từ ngày 3/5.", [("Lào", "LA")]),
    ],
)
def test_a_hosts_invitation_sends_nobody(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_old_spellings_of_bulgaria_its_capital_and_the_dominican_republic() -> None:
    assert (code_of("Bungari"), code_of("Cộng hòa Dominicana")) == ("BG", "DO")
    assert _places("Đoàn đã đến thủ đô Xôphia, bắt đầu chuyến thăm chính thức Bungari.") == [
        ("Xôphia", "BG"),
        ("Bungari", "BG"),
    ]


def test_the_old_doctorate_pts_before_a_name_names_a_person() -> None:
    text = "Ban do đồng chí Lê Văn Hòa, Thứ trưởng Bộ Thủy lợi làm trưởng ban, PTS Đặng Quốc Tuấn làm phó ban."
    assert ("Đặng Quốc Tuấn", None, None) in _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name no list holds, after a house committee's name
        (
            "Phó Chủ nhiệm Ủy ban Kinh tế Đôn Minh Tuấn phát biểu.",
            [("Đôn Minh Tuấn", "Phó Chủ nhiệm", "Ủy ban Kinh tế")],
        ),
        # the person an honorific names after a body is no holder of the office before it
        (
            "Ông Lê Văn Hòa, Vụ trưởng, làm ủy viên Ủy ban thay đồng chí Đoàn Phương.",
            [("Lê Văn Hòa", "Vụ trưởng", None), ("Đoàn Phương", None, None)],
        ),
    ],
)
def test_a_name_after_a_committee_of_a_house(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_foreign_name_after_a_region_ending_a_departments_name() -> None:
    text = "Đoàn làm việc với Vụ trưởng Vụ Đông Nam Á Thandiwe Mokoena, Bộ Ngoại giao Nam Phi."
    assert _people(text)[0][:2] == ("Thandiwe Mokoena", "Vụ trưởng")


def test_a_plural_title_before_a_list_of_foreign_names_holds_for_each() -> None:
    text = "Đoàn đặt hoa tại tượng đài các Tư lệnh Augusto Sandino, Rigoberto Perez và Đại tá Julio Buitrago."
    assert [(p.name, p.title, p.honorific) for p in find_people(text)] == [
        ("Augusto Sandino", "Tư lệnh", None),
        ("Rigoberto Perez", "Tư lệnh", None),
        ("Julio Buitrago", "Tư lệnh", "Đại tá"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kính gửi Tổng thống Xuvácnô, nước Cộng hoà Inđônêxia,", [("Xuvácnô", "Tổng thống", None)]),
        ("Thủ tướng Chínhphủ đã ký quyết định.", []),  # two syllables a web copy glued: no name
        ("Kính gửi Thủ tướng Campuchia,", []),  # a country
    ],
)
def test_a_head_of_state_named_by_one_word(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn đến thăm, làm việc với lãnh đạo các tỉnh Savannakhet và Salavan thuộc Trung Lào.",
            [("Savannakhet", "LA"), ("Salavan", "LA"), ("Lào", "LA")],
        ),
        ("Đoàn sang thăm các nước Trung Mỹ từ ngày 3/5.", []),  # a part of the Americas, no country
    ],
)
def test_a_country_named_with_its_part_is_the_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_region_of_japan_the_press_names() -> None:
    text = "Nhân chuyến công tác dự Triển lãm EXPO ở vùng Kansai, tỉnh Hyogo - Nhật Bản, đoàn đã làm việc."
    assert ("Kansai", "JP") in _places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pedro is a town too; a head of government's office is placed by a country alone
        ("Đoàn hội kiến Thủ tướng Pedro Sánchez Castejón.", [("Pedro Sánchez Castejón", "Thủ tướng", None)]),
        ("Đoàn gặp Thị trưởng Paris Anne Hidalgo.", [("Anne Hidalgo", "Thị trưởng", "Paris")]),  # a mayor's city
    ],
)
def test_a_town_that_starts_a_head_of_governments_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected
