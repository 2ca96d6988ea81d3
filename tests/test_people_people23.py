"""People in running text, session 23 (people23): classes met on blind37 and blind38 once they became development
data. Every sentence here is written for the test, none copied from a corpus text."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn do GS. TSKH. Petrov Ivan Sergeevich - Giám đốc Viện Vật lý dẫn đầu.",
            [("Petrov Ivan Sergeevich", "Giám đốc")],
        ),
        (
            "Dự có PGS.TSKH Smirnova Olga Petrovna, Phó Viện trưởng Viện Hóa học.",
            [("Smirnova Olga Petrovna", "Phó Viện trưởng")],
        ),
    ],
)
def test_people_a_chain_of_degrees_is_no_part_of_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    """ "GS. TSKH." (tiến sĩ khoa học after a professor's title): degrees before the name, however many."""
    assert _people(text) == expected


def test_people_a_middle_initial_inside_a_foreign_name() -> None:
    text = "Cùng đi có TS. Anna K. Ivanova – Trưởng phòng Thí nghiệm, và ông John F. Miller, Cố vấn."
    assert _people(text) == [("Anna K. Ivanova", "Trưởng phòng"), ("John F. Miller", "Cố vấn")]


def test_people_a_stop_after_a_one_letter_given_name_is_no_initial() -> None:
    """ "ông Trần Văn A. Sau đó": the dot ends the sentence; the letter is the name's last word."""
    assert _people("Đón đoàn có ông Trần Văn A. Sau đó ông phát biểu.") == [("Trần Văn A", None)]


def test_people_the_office_after_a_comma_is_the_previous_items() -> None:
    """ "TS. X, Phó Viện trưởng, GS. Y, Phòng Z": each item starts with a degree, so the office between is X's and Y,
    named with a unit only, holds none."""
    text = "Tiếp đoàn có TS. Lê Văn Cường, Phó Viện trưởng, GS.TS. Đỗ Minh Khôi, Phòng Vật liệu."
    assert _people(text) == [("Lê Văn Cường", "Phó Viện trưởng"), ("Đỗ Minh Khôi", None)]


def test_people_a_deputy_of_an_abbreviated_office() -> None:
    """ "Phó TTg" (and "Phó TTgCP", the government's word glued on): a deputy of the office the abbreviation stands
    for, not the office itself."""
    assert _people("Kính gửi: - Phó TTg Lê Văn Hùng (để báo cáo);") == [("Lê Văn Hùng", "Phó Thủ tướng")]
    assert _people("- Phó TTgCP Lê Văn Hùng (để báo cáo);") == [("Lê Văn Hùng", "Phó Thủ tướng")]


def test_people_a_two_syllable_name_after_a_district_the_text_names() -> None:
    """ "Chủ tịch UBND huyện Tân Phước Lê Hòa đã …": a district the gazetteer may not know, written as "huyện Tân
    Phước" elsewhere in the text, then a name of two syllables from a family name."""
    text = (
        "Đoàn đến thăm nhân dân huyện Tân Phước. Tại buổi tiếp, Chủ tịch UBND huyện Tân Phước Lê Hòa đã báo cáo "
        "tình hình."
    )
    people = find_people(text)
    assert [(p.name, p.title, p.unit) for p in people] == [("Lê Hòa", "Chủ tịch", "UBND huyện Tân Phước")]


def test_people_listed_a_name_a_line_after_a_plural_honorific() -> None:
    """ "gồm có các ông:" then one name a line: the honorific says they are people, with no office of their own."""
    text = "Điều 1. Nay lập một Hội đồng gồm có các ông:\n\nLê Văn Bảo\n\nTrần Minh Châu\n\nĐiều 2. Thi hành."
    assert _people(text) == [("Lê Văn Bảo", None), ("Trần Minh Châu", None)]


def test_people_listed_on_one_line_after_a_plural_honorific_keep_their_offices() -> None:
    text = "Cử các ông: Lê Văn Bảo, Trần Minh Châu và Phạm Quốc Dũng.\nCác ông có trách nhiệm thi hành."
    assert _people(text) == [("Lê Văn Bảo", None), ("Trần Minh Châu", None), ("Phạm Quốc Dũng", None)]
    lines = "Thành phần gồm các ông:\n- Lê Văn Bảo, Giám đốc Sở Nội vụ\n- Trần Minh Châu\nCòn lại"
    assert _people(lines) == [("Lê Văn Bảo", "Giám đốc"), ("Trần Minh Châu", None)]


def test_people_one_name_after_a_plural_honorific_is_no_list() -> None:
    assert _people("Gửi các ông:\nHà Nội, ngày 5 tháng 5") == []


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Cử ông Lê Văn Bảo giữ chức Chánh Văn phòng Bộ Tư pháp.",
        "Điều 1. Ông Lê Văn Bảo, được cử làm Chánh Văn phòng Bộ Tư pháp.",
        "Ông Lê Văn Bảo được bổ nhiệm giữ chức Chánh Văn phòng Bộ Tư pháp từ ngày 1/3.",
    ],
)
def test_people_the_office_an_appointment_gives(text: str) -> None:
    """ "cử" (the older decrees' word for appointing) before the honorific, or the passive after the name: the person,
    with no office of their own, holds the office the sentence gives."""
    assert _people(text) == [("Lê Văn Bảo", "Chánh Văn phòng")]


def test_people_a_trip_the_person_is_sent_on_gives_no_office() -> None:
    assert _people("Ông Lê Văn Bảo được cử đi công tác tại Lào.") == [("Lê Văn Bảo", None)]


def test_people_the_old_orthography() -> None:
    """A title's words joined by hyphens ("Tổng-Thống"), the old southern style: read as the title, the hyphenated name
    after it kept as printed and one person with the same name spaced later."""
    text = "Nay đề cử cựu Tổng-Thống Phạm-văn-Lộc đi Đài-Bắc. Yêu cầu hỗ trợ nguyên Tổng Thống Phạm-Văn-Lộc."
    assert _people(text) == [("Phạm-văn-Lộc", "cựu Tổng thống")]


def test_people_a_kingdom_after_a_title_is_no_name() -> None:
    text = "Nhận lời mời của Thủ tướng Vương quốc Liên hiệp Anh Gioóc-đơn Brao, đoàn sẽ thăm."
    assert _people(text) == [("Gioóc-đơn Brao", "Thủ tướng")]


def test_people_whom_an_office_holder_meets_is_no_holder() -> None:
    """A headline "Trưởng ban X tiếp Đoàn …": the capitals after the verb name a delegation, not the office's holder
    ("Đoàn" is a family name too)."""
    assert _people("Trưởng ban Đối ngoại Trung ương tiếp Đoàn Đảng Xã hội Chile\n") == []


def test_people_a_foreign_name_again_without_its_first_given_name() -> None:
    text = (
        "Đoàn do ông Jose Luis Moreno, Phó Trưởng ban Quốc tế dẫn đầu. Ông Luis Moreno, Phó trưởng Ban Quốc tế, cảm ơn."
    )
    assert _people(text) == [("Jose Luis Moreno", "Phó Trưởng ban")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dự có Chủ tịch Nghị viện châu Âu Martin Schulz, cùng các đại biểu.", "Martin Schulz"),
        ("Dự có Chủ tịch Ủy ban châu Âu Giô-dê Ba-rô-xô, cùng các đại biểu.", "Giô-dê Ba-rô-xô"),
    ],
)
def test_people_europe_ends_the_body_not_a_family_name(text: str, name: str) -> None:
    """ "châu Âu Martin Schulz": "Âu" is a family name too, but one before a foreign name ends the body ("châu Âu")."""
    assert _people(text) == [(name, "Chủ tịch")]


def test_people_a_vietnamese_looking_part_between_transliterations() -> None:
    """ "Lo-răng Đơ Phe-buýt": a short part spelled like a syllable between hyphenated parts is the name's."""
    text = "Tiếp Bộ trưởng Ngoại giao Pháp Lo-răng Đơ Phe-buýt, Phó Thủ tướng nhấn mạnh."
    assert _people(text)[0] == ("Lo-răng Đơ Phe-buýt", "Bộ trưởng")


def test_people_the_office_an_election_gives() -> None:
    text = "Chúc mừng đồng chí Bun-mi Xay-nha-vông được bầu là Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Lào."
    people = find_people(text)
    assert [(p.name, p.title, p.unit) for p in people] == [("Bun-mi Xay-nha-vông", "Chủ tịch", "Hội Nông dân Lào")]


def test_people_a_professor_without_the_dot_and_an_office_in_lower_case() -> None:
    assert _people("Đi cùng có GS Lin Wei-Ming, tham tán của Văn phòng Đài Bắc.") == [("Lin Wei-Ming", "tham tán")]


def test_people_no_name_after_where_an_office_holder_comes_to_work() -> None:
    text = "Đoàn do GS. Kato Hiroshi, Viện trưởng đến làm việc tại Khoa Dược - Đại học Y Dược Thành phố Huế."
    assert _people(text) == [("Kato Hiroshi", "Viện trưởng")]
