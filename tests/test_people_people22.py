"""People in running text, session 22 (people22): classes met on blind35 once it became development data. Every
sentence here is written for the test, none copied from a corpus text."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_people_a_plural_office_goes_to_each_listed_holder() -> None:
    """ "các nghị sỹ … gồm: Ông A, Ủy ban X; các ông B và C, Ủy ban Y; bà D": each holder named with an honorific
    holds the list's office, the committee after the name is the unit, and the second of a pair is one of them."""
    text = (
        "Cùng đoàn có các nghị sỹ thuộc đảng Minju gồm: Ông Kim Min Su, Ủy ban Ngoại giao; các ông Lee Jun Ho và "
        "Choi Dae Sung, Ủy ban Kinh tế; bà Han So Ra."
    )
    people = find_people(text)
    assert [(p.name, p.title) for p in people] == [
        ("Kim Min Su", "Nghị sỹ"),
        ("Lee Jun Ho", "Nghị sỹ"),
        ("Choi Dae Sung", "Nghị sỹ"),
        ("Han So Ra", "Nghị sỹ"),
    ]
    assert people[0].unit == "Ủy ban Ngoại giao"
    assert people[2].unit == "Ủy ban Kinh tế"


def test_people_a_listed_holder_with_an_office_of_their_own_keeps_it() -> None:
    text = "Đón đoàn có các thượng nghị sỹ gồm: ông John Miller, Chủ tịch Ủy ban Đối ngoại; bà Anna Brown."
    assert _people(text) == [("John Miller", "Chủ tịch"), ("Anna Brown", "Thượng nghị sỹ")]


def test_people_the_plural_office_ends_with_its_sentence() -> None:
    text = "Có mặt các nghị sỹ: ông Kim Min Su. Sau đó bà Han So Ra phát biểu."
    assert _people(text) == [("Kim Min Su", "Nghị sỹ"), ("Han So Ra", None)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("do ông Sok Dara, Phó Tổng Chưởng lý dẫn đầu", "Sok Dara", "Phó Tổng Chưởng lý"),
        ("Thiếu tướng Keo Sophal, Tỉnh đội trưởng tỉnh Takeo, tiếp đoàn", "Keo Sophal", "Tỉnh đội trưởng"),
        ("do đồng chí Trần Văn Bình, Tổng Kiểm toán Nhà nước dẫn đầu", "Trần Văn Bình", "Tổng Kiểm toán Nhà nước"),
        ("có Đại biện lâm thời Đại sứ quán Hungary tại Việt Nam Peter Kovacs.", "Peter Kovacs", "Đại biện lâm thời"),
    ],
)
def test_people_offices_of_foreign_and_state_bodies(text: str, name: str, title: str) -> None:
    """A deputy prosecutor general, a provincial military commander, the State Auditor General (one office, the body in
    its name) and a chargé d'affaires are offices."""
    assert _people(text) == [(name, title)]


def test_people_a_glued_name_after_a_rank_and_before_an_office() -> None:
    """ "Đại tướng SokPhalla, Tổng Tư lệnh …": one word, its parts' capitals kept, between a rank and an office."""
    people = find_people("Đại tướng SokPhalla, Tổng Tư lệnh quân đội, trao huân chương")
    assert [(p.name, p.title, p.honorific) for p in people] == [("SokPhalla", "Tổng Tư lệnh", "Đại tướng")]


def test_people_a_plain_word_after_a_rank_is_no_glued_name() -> None:
    assert find_people("Đại tá Ninh, Chỉ huy trưởng, phát biểu") == []


def test_people_a_local_leader_from_a_family_name_no_list_holds() -> None:
    """ "Bí thư Huyện ủy Tây Giang Rơ Châm Sáu": a highland name after the district, which the text also writes after
    "huyện"."""
    text = "Đoàn đại biểu huyện Tây Giang sang thăm Lào. Bí thư Huyện ủy Tây Giang Rơ Châm Sáu đã phát biểu."
    people = find_people(text)
    assert [(p.name, p.title, p.unit) for p in people] == [("Rơ Châm Sáu", "Bí thư", "Huyện ủy Tây Giang")]


def test_people_a_local_leader_needs_the_place_written_as_a_place() -> None:
    """Without "huyện Tây Giang" elsewhere nothing says where the place ends and the name starts."""
    assert find_people("Bí thư Huyện ủy Tây Giang Rơ Châm Sáu đã phát biểu.") == []


def test_people_a_local_leader_cut_by_the_excerpt_is_nobody() -> None:
    text = "Đoàn huyện Tây Giang sang thăm Lào. Bí thư Huyện ủy Tây Giang Rơ Châm Sá"
    assert find_people(text) == []


def test_people_a_civil_service_grade_is_no_part_of_the_name() -> None:
    """ "ThS. CVCC. Lê Văn Hòa": the grade (chuyên viên cao cấp) abbreviated with its dot before the name."""
    text = "Đoàn do ThS. CVCC. Lê Văn Hòa, Phó Trưởng khoa, làm Trưởng đoàn đi học tập."
    assert _people(text) == [("Lê Văn Hòa", "Phó Trưởng khoa")]


def test_people_a_russian_named_by_given_name_and_patronymic_is_one_person() -> None:
    text = (
        "Tôi gặp ông Sergei Ivanov, Tổng Lãnh sự Nga tại Đà Nẵng. Tôi cảm ơn ông Sergei Petrovich vì sự giúp đỡ, "
        "và bà Olga Smirnova."
    )
    assert _people(text) == [("Sergei Ivanov", "Tổng Lãnh sự"), ("Olga Smirnova", None)]


def test_people_a_patronymic_with_another_given_name_is_another_person() -> None:
    text = "Tôi gặp ông Sergei Ivanov, Tổng Lãnh sự Nga. Ông Pavel Petrovich, Phó Tổng Lãnh sự, cũng dự."
    assert _people(text) == [("Sergei Ivanov", "Tổng Lãnh sự"), ("Pavel Petrovich", "Phó Tổng Lãnh sự")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đoàn do Tổng lãnh sự Nhật Bản tại Đà Nẵng – ông SATO Kenji dẫn đầu", "SATO Kenji", "Tổng Lãnh sự"),
        (
            "Hiệu trưởng trường Đại học Nagoya Gakuin – GS. Tanaka Ichiro tặng quà cho đoàn",
            "Tanaka Ichiro",
            "Hiệu trưởng",
        ),
    ],
)
def test_people_an_office_before_a_dash_and_the_honorific(text: str, name: str, title: str) -> None:
    """A caption or lead writes the office, a dash, then the holder with an honorific or a degree."""
    assert _people(text) == [(name, title)]


def test_people_an_office_before_a_dash_with_a_verb_is_no_holders() -> None:
    assert _people("Thị trưởng thành phố đã phát biểu – ông Peter Braun cho biết thêm") == [("Peter Braun", None)]


def test_people_a_family_name_after_a_place_word_is_a_place() -> None:
    """ "tại thành phố La Hay, Đại sứ …": "La" is a family name, but after "thành phố" the words are a place's."""
    text = "Ngày 5/8, tại thành phố La Hay, Đại sứ Việt Nam tại Hà Lan Trần Thị Mai đã tiếp đoàn."
    assert _people(text) == [("Trần Thị Mai", "Đại sứ")]


def test_people_a_province_the_text_writes_as_a_place_holds_no_office() -> None:
    """A former province (not in the gazetteer) after "tỉnh" in an office is the office's place when the text also
    writes it in an address; without the address the same words after the office are its holder's name."""
    text = (
        "Nay sáp nhập xã Tân Lập thuộc huyện Văn Chấn, tỉnh Hoàng Liên Sơn. Chủ tịch Uỷ ban nhân dân tỉnh Hoàng Liên "
        "Sơn chịu trách nhiệm thi hành."
    )
    assert find_people(text) == []
    assert _people("Chủ tịch Uỷ ban nhân dân tỉnh Hoàng Văn Sơn chịu trách nhiệm thi hành.") == [
        ("Hoàng Văn Sơn", "Chủ tịch")
    ]


def test_people_a_rank_ends_the_run_before_it() -> None:
    """ "Bộ Nội vụ Campuchia Trung tướng X": "Trung" is the rank's, not a name after the country; the unit goes on over
    the comma before its ministry, and the chain's first office is the holder's title (people24)."""
    text = (
        "Ngày 5/3, Phó Tổng cục trưởng Tổng cục Cảnh sát, Người phát ngôn Tổng cục Cảnh sát, Bộ Nội vụ Campuchia "
        "Trung tướng Sok Phal cho biết"
    )
    assert _people(text) == [("Sok Phal", "Phó Tổng cục trưởng")]


def test_people_no_name_read_after_an_honorific_and_an_office() -> None:
    """ "Xét đề nghị ông Trưởng phòng TCCB QUYẾT ĐỊNH": the office's holder is not named."""
    assert find_people("Xét đề nghị của ông Trưởng phòng TCCB-HC QUYẾT ĐỊNH Điều 1. Ban hành quy chế") == []


def test_people_the_previous_items_office_is_not_the_next_persons() -> None:
    """A list "A – office unit, B – unit": B, written with a degree and no office, has none (not A's)."""
    text = "cùng PGS. Lê Văn An – Phó Trưởng khoa Khoa Ngôn ngữ Anh, TS. Trần Thị Bình – Khoa Ngôn ngữ Anh."
    assert _people(text)[:2] == [("Lê Văn An", "Phó Trưởng khoa"), ("Trần Thị Bình", None)]


def test_people_a_gulf_sheikh_is_the_honorific() -> None:
    text = "theo lời mời của Thủ tướng Qatar Sheikh Khalid Bin Khalifa Al Thani, đoàn sẽ thăm"
    assert _people(text) == [("Khalid Bin Khalifa Al Thani", "Thủ tướng")]


def test_people_a_chinese_envoy_named_after_the_host_country() -> None:
    assert _people("Dự lễ có Đại sứ Trung Quốc tại Việt Nam Hùng Minh cùng các đại biểu.") == [("Hùng Minh", "Đại sứ")]


def test_people_an_office_written_before_a_name_the_text_names_with_an_honorific() -> None:
    """ "do Phó Trưởng ban Sok Chenda dẫn đầu", then "Bà Sok Chenda cảm ơn": the honorific says the words after the
    office are a name, though no high office and no family name the patterns know."""
    text = "Đoàn làm việc với Ban Tuyên huấn do Phó Trưởng ban Sok Chenda dẫn đầu. Bà Sok Chenda cảm ơn đoàn."
    assert _people(text) == [("Sok Chenda", "Phó Trưởng ban")]


def test_people_the_office_before_the_name_is_the_first_of_its_chain() -> None:
    text = "Bà Sok Chenda cảm ơn đoàn. Dự buổi tiếp có Phó Bí thư, Trưởng ban Sok Chenda và các cán bộ."
    assert _people(text) == [("Sok Chenda", "Phó Bí thư")]


def test_people_a_name_inside_an_awards_name_is_nobody() -> None:
    text = "Điều 3. Các thành viên Hội đồng giải thưởng Trần Đại Nghĩa, Vụ trưởng Vụ Tổ chức chịu trách nhiệm thi hành."
    assert find_people(text) == []
