"""People of dev21 (issue 12): a title shared by a list after "các đồng chí", a membership shared by a list whose
names have posts of their own, a clergy rank before a name of two words, a birth year between a name and its office.
Sentences written here."""

import pytest

from extractors.people import find_people


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize("honorific", ["đồng chí", "ông", "vị"])
def test_a_title_after_cac_and_an_honorific_is_every_listed_name_s(honorific: str) -> None:
    text = f"Tới dự có các {honorific} nguyên Chủ tịch nước Trần Văn Hùng, Lê Minh Tâm; Thủ tướng Phạm Quốc Bảo."
    assert _found(text) == [
        ("Trần Văn Hùng", "nguyên Chủ tịch nước"),
        ("Lê Minh Tâm", "nguyên Chủ tịch nước"),
        ("Phạm Quốc Bảo", "Thủ tướng"),
    ]


def test_a_shared_membership_gives_way_to_each_name_s_post() -> None:
    text = (
        "Cùng đi có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Văn Hùng - Trưởng Ban Tổ chức Tỉnh ủy; "
        "Lê Minh Tâm, Giám đốc Sở Tài chính."
    )
    assert _found(text) == [("Trần Văn Hùng", "Trưởng ban"), ("Lê Minh Tâm", "Giám đốc")]


def test_a_shared_office_stays_when_the_next_words_are_the_next_person_s_office() -> None:
    text = "Dự họp có các Phó Thủ tướng: Trần Văn Hùng, Lê Minh Tâm, Bộ trưởng Bộ Tài chính Phạm Quốc Bảo."
    assert _found(text) == [
        ("Trần Văn Hùng", "Phó Thủ tướng"),
        ("Lê Minh Tâm", "Phó Thủ tướng"),
        ("Phạm Quốc Bảo", "Bộ trưởng"),
    ]


@pytest.mark.parametrize("rank", ["Hòa thượng", "Thượng tọa", "Linh mục", "Thiếu tướng"])
def test_a_rank_makes_a_two_word_name_a_person_without_an_office(rank: str) -> None:
    text = f"Đoàn do {rank} Danh Sóc dẫn đầu đã đến thăm và chúc Tết."
    people = find_people(text)
    assert [(p.name, p.title, p.honorific) for p in people] == [("Danh Sóc", None, rank)]


@pytest.mark.parametrize("text", ["Hòa thượng trụ trì chùa Khmer đón đoàn.", "Linh mục quản xứ Tân Định dự lễ."])
def test_a_rank_before_no_name_is_no_person(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("born", ["sinh năm 1975", "SN 1975", "sinh ngày 02/3/1975"])
def test_a_birth_year_between_name_and_office_is_passed_over(born: str) -> None:
    text = f"Bổ nhiệm ông Trần Văn Hùng, {born}, Trưởng phòng Kế hoạch, giữ chức Phó Giám đốc Sở."
    assert _found(text) == [("Trần Văn Hùng", "Trưởng phòng")]
