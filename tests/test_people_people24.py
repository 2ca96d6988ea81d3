"""People in running text, session 24 (people24): classes met on blind41 and blind42 once they became development
data, then the rest of the corpus's people mistakes. Every sentence here is written for the test, none copied from a
corpus text."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def _person(text: str) -> tuple[str, str | None, str | None]:
    (person,) = find_people(text)
    return person.name, person.title, person.honorific


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn do Thiếu tá Lê Văn Bình, Đồn trưởng Đồn Biên phòng Sông Mã dẫn đầu.",
            ("Lê Văn Bình", "Đồn trưởng", "Thiếu tá"),
        ),
        (
            "Cùng đi có Đại úy Hà Quang Trung, Chính trị viên phó đơn vị.",
            ("Hà Quang Trung", "Chính trị viên phó", "Đại úy"),
        ),
        (
            "Đoàn do đồng chí Trung tá Vũ Minh Hải, Chính trị viên đơn vị làm trưởng đoàn.",
            ("Vũ Minh Hải", "Chính trị viên", "Trung tá"),
        ),
        (
            "Tiếp đoàn có Đại tá Trần Hữu Phúc - Đồn phó, cùng cán bộ chiến sĩ đơn vị.",
            ("Trần Hữu Phúc", "Đồn phó", "Đại tá"),
        ),
        (
            "Đoàn cán bộ Tỉnh đội Kampot do Thiếu tướng Sok Chan Dara - Tỉnh đội phó làm trưởng đoàn.",
            ("Sok Chan Dara", "Tỉnh đội phó", "Thiếu tướng"),
        ),
    ],
)
def test_people_border_guard_and_army_posts_after_a_rank(text: str, expected: tuple[str, str, str]) -> None:
    """A post station's and a unit's offices ("Đồn trưởng", "Chính trị viên", a province's army "Tỉnh đội phó") after
    a rank, which stays the honorific."""
    assert _person(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội bầu ban chấp hành mới. Ông Đỗ Văn Khải tiếp tục được tín nhiệm bầu làm Chủ tịch Hội.",
        "Bà Đỗ Văn Khải được tái bổ nhiệm làm Chủ tịch Hội.",
    ],
)
def test_people_the_office_a_reelection_gives(text: str) -> None:
    """ "X tiếp tục được tín nhiệm bầu làm Chủ tịch": re-elected, the person holds the office."""
    assert _people(text) == [("Đỗ Văn Khải", "Chủ tịch")]


def test_people_a_membership_in_a_later_chain_keeps_the_office_read_first() -> None:
    """The first mention's chain gives the office (memberships skipped); a later, longer chain that starts with
    another membership ("Ủy viên Hội đồng Nhà nước") does not make the membership the title."""
    text = (
        "Đoàn do ông Pedro Alonso Ruiz, Ủy viên Trung ương Đảng Cộng sản Cuba, Chủ tịch Hội Nông dân Cuba dẫn đầu. "
        "Sau đó, ông Pedro Alonso Ruiz, Ủy viên Trung ương Đảng Cộng sản Cuba, Ủy viên Hội đồng Nhà nước, Chủ "
        "tịch Hội Nông dân Cuba thăm một hợp tác xã."
    )
    assert _people(text) == [("Pedro Alonso Ruiz", "Chủ tịch")]


def test_people_a_judge_s_rank_before_the_court_s_office() -> None:
    """ "Thẩm phán tối cao, Chánh án …": the judge's rank is the chain's first office, as the labels take it."""
    text = "Đoàn do đồng chí Xổm Phon Văn-xay, Thẩm phán tối cao, Chánh án TAND khu vực miền Bắc Lào dẫn đầu."
    assert _people(text) == [("Xổm Phon Văn-xay", "Thẩm phán tối cao")]


def test_people_a_lao_name_s_last_word_is_not_cut_as_glued() -> None:
    """ "Đămpha" spells "Đăm" + "pha", two syllables, but after a word no Vietnamese syllable spells it ends a Lao
    name, not a name glued to the next word ("Nguyễn Sinh Hùngcó" still is)."""
    assert _people("Hôm qua, Chánh án Khămvănxítthị Đămpha ký văn bản.") == [("Khămvănxítthị Đămpha", "Chánh án")]
    assert _people("Phó Thủ tướng Nguyễn Sinh Hùngcó ý kiến.") == [("Nguyễn Sinh Hùng", "Phó Thủ tướng")]


def test_people_a_region_s_word_before_its_name() -> None:
    """ "tỉnh miền Trung": "miền" is a place word, so the region's one-word name is no part of the holder's."""
    text = "Đoàn làm việc với Thống đốc tỉnh miền Trung Lalith Perera."
    assert _people(text) == [("Lalith Perera", "Thống đốc")]


@pytest.mark.parametrize(
    "text",
    [
        "Dự có ông Lê Văn Học, Tổng Giám đốc Hệ thống Y tế Tâm An và lãnh đạo Bệnh viện Tâm Vương Gia Lai.",
        "Dự có lãnh đạo Bệnh viện Tâm Vương Gia Lai, Tổng Giám đốc Hệ thống Y tế Tâm An và ông Lê Văn Học.",
    ],
)
def test_people_a_body_s_name_ending_in_its_province_is_nobody(text: str) -> None:
    """ "Bệnh viện Tâm Vương Gia Lai": "Vương" is a family name, but after another capitalised word and before a
    province it is inside a hospital's name."""
    assert [name for name, _ in _people(text)] == ["Lê Văn Học"]


def test_people_a_name_after_a_youth_union_s_body_still_ends_in_a_town_s_name() -> None:
    """ "Trung ương Đoàn Nguyễn Long Hải": a name may spell a town ("Long Hải") after a body's family-name word."""
    assert _people("Bí thư Trung ương Đoàn Trần Long Hải phát biểu.") == [("Trần Long Hải", "Bí thư")]


def test_people_a_foreign_name_with_a_slip_in_every_word_is_one_person_with_the_same_office() -> None:
    """A letter added in one word and two swapped in the other ("Vladinmir Anderichenko" / "Vladimir Andreichenko"):
    one person when both mentions give the same office, two when they give none."""
    text = (
        "Đoàn do Ngài Dmitrij Aleksnadrov, Chủ tịch Hạ viện dẫn đầu. Chủ tịch Hạ viện Belarus Dmitriy Aleksandrov "
        "cảm ơn sự đón tiếp."
    )
    assert _people(text) == [("Dmitrij Aleksnadrov", "Chủ tịch")]
    assert len(_people("Có ông Dmitrij Aleksnadrov và ông Dmitriy Aleksandrov.")) == 2


def test_people_a_minister_president_is_one_compound_office() -> None:
    """ "Bộ trưởng, Thủ hiến vùng X" (a Belgian region's Minister-President): one office kept whole, as "Bộ trưởng,
    Chủ nhiệm"."""
    text = "Thủ tướng làm việc với ông Pieter Claes, Bộ trưởng, Thủ hiến vùng Wallonia, Bộ trưởng Kinh tế."
    assert _people(text) == [("Pieter Claes", "Bộ trưởng, Thủ hiến")]


@pytest.mark.parametrize(
    "text",
    [
        "Đây là chuyến thăm đầu tiên của ông Trần Quốc Bảo kể từ khi đắc cử Tổng Bí thư tại Đại hội.",
        "Ông Trần Quốc Bảo vừa tái đắc cử Tổng Bí thư.",
    ],
)
def test_people_the_office_an_election_gives(text: str) -> None:
    """ "X kể từ khi đắc cử Tổng Bí thư": the office follows the verb of election with no "làm"."""
    assert _people(text) == [("Trần Quốc Bảo", "Tổng Bí thư")]


def test_people_the_office_a_sentence_says_the_person_holds() -> None:
    """ "ông X (Y) là vị Tổng thống …": the office after "là", capitalised; "là cán bộ có nhiều kinh nghiệm" names
    none."""
    text = "Ông Ba-ta-ba-ya Ga-ma (Batabaya Gama) là vị Tổng thống đầu tiên thăm nước ta."
    assert _people(text) == [("Ba-ta-ba-ya Ga-ma", "Tổng thống")]
    assert _people("Đồng chí Lê Văn Phú là cán bộ có nhiều kinh nghiệm.") == [("Lê Văn Phú", None)]


def test_people_an_envoy_s_second_post_abroad_is_the_same_person_s() -> None:
    """ "Đại sứ Việt Nam tại X, Trưởng Phái đoàn Việt Nam tại EU Y": Viet Nam's seat abroad ends no chain; the first
    office is Y's title (while "Thứ trưởng Ngoại giao Hàn Quốc, Thị trưởng Busan Z" are two people's)."""
    text = "Đón đoàn có Đại sứ Việt Nam tại Vương quốc Bỉ, Trưởng Phái đoàn Việt Nam tại EU Lê Minh Đức và Phu nhân."
    assert _people(text) == [("Lê Minh Đức", "Đại sứ")]


def test_people_a_scientific_director_is_one_office() -> None:
    """ "X - Giám đốc khoa học, Trung tâm …": the field is the office's, not a unit."""
    text = "Đoàn do GS. TSKH. Petrov Oleg Ivanovich - Giám đốc khoa học, Trung tâm nghiên cứu thực phẩm dẫn đầu."
    assert _people(text) == [("Petrov Oleg Ivanovich", "Giám đốc khoa học")]


def test_people_a_khmer_name_after_its_office_s_district_and_a_dash() -> None:
    """ "Huyện trưởng huyện X - Soth Pi Sây": a name right after the office's locality and a spaced dash, foreign from
    its first word though the later ones spell Vietnamese syllables; the dash is no part of the unit."""
    (person,) = find_people("Nhân dịp Tết, Huyện trưởng huyện Romeashaek - Sokh Vi Sây chúc mừng năm mới.")
    assert (person.name, person.title, person.unit) == ("Sokh Vi Sây", "Huyện trưởng", "huyện Romeashaek")


def test_people_a_rarer_family_name_right_after_a_board_s_name() -> None:
    """ "Phó Trưởng Ban Tuyên giáo Từ Lương": two syllables from a family name the running-text list leaves out, right
    after the body's name in lower case, name its head as they do a minister's."""
    text = "Cùng đi có Phó Trưởng Ban Tuyên giáo Từ Khang và Phó Trưởng Ban Đối ngoại Nguyễn Anh Đức."
    assert _people(text) == [("Từ Khang", "Phó Trưởng ban"), ("Nguyễn Anh Đức", "Phó Trưởng ban")]


def test_people_a_board_s_head_named_before_the_name_gives_the_board_as_unit() -> None:
    """ "Phó Trưởng Ban Tuyên giáo X": title "Phó Trưởng ban", unit "Ban Tuyên giáo" (the labels' 'Trưởng ban X' rule),
    as when the office follows the name."""
    (person,) = find_people("Dự có Phó Trưởng Ban Tuyên giáo Trung ương Lê Văn Hòa.")
    assert (person.title, person.unit) == ("Phó Trưởng ban", "Ban Tuyên giáo Trung ương")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ông Trần Văn Hà, Giám đốc Công an tỉnh Hà Giang bày tỏ vui mừng.", "Công an tỉnh Hà Giang"),
        ("Bà Lê Thu Hà, Phó Chủ tịch UBND huyện Tân Kỳ tiếp đoàn tại trụ sở.", "UBND huyện Tân Kỳ"),
        ("Ông Lê Văn Tám, Chủ nhiệm Văn phòng Chính phủ vào ngày 3 tháng 8 đã ký.", "Văn phòng Chính phủ"),
        ("Ông Đỗ Văn An, Viện trưởng VKSND tối cao chỉ đạo các đơn vị.", "VKSND tối cao"),
        (
            "Ông Đỗ Văn An, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Giang phát biểu.",
            "Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Giang",
        ),
    ],
)
def test_people_a_unit_ends_where_the_story_s_verb_starts(text: str, unit: str) -> None:
    """What the office holder does after the unit ("bày tỏ", "tiếp đoàn", "vào ngày …", "chỉ đạo") is no part of the
    body's name; a steering board's own "Chỉ đạo" is."""
    (person,) = find_people(text)
    assert person.unit == unit


@pytest.mark.parametrize(
    "text",
    ["Có PGS.TS Đỗ Minh Hà, Hiệu trưởng.", "Có GS. TSKH. Đỗ Minh Hà - Hiệu trưởng.", "Có ThS Đỗ Minh Hà, Hiệu trưởng."],
)
def test_people_a_degree_before_the_name_is_no_honorific(text: str) -> None:
    """Degrees are dropped (the labels' convention); a rank stays the honorific."""
    assert _person(text) == ("Đỗ Minh Hà", "Hiệu trưởng", None)
    assert _person("Có Trung tướng Đỗ Minh Hà, Thứ trưởng.") == ("Đỗ Minh Hà", "Thứ trưởng", "Trung tướng")


def test_people_the_short_comrade_is_written_out() -> None:
    """ "đ/c X": honorific "đồng chí", as the labels write it."""
    assert _person("Tham dự có đ/c Lê Văn Hòa, Bí thư Tỉnh ủy.") == ("Lê Văn Hòa", "Bí thư", "đồng chí")
