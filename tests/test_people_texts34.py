"""People of central dispatches copied from the web (blind66 and blind67 as development): a deputy's word the copy
glued to the office, and a place's name that ends in two words a person's name could be. Texts written for these
tests in the forms such copies print."""

from __future__ import annotations

import pytest

from extractors.people import find_people
from extractors.titles import canonical


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("PhóThủ tướng Thường trực", "Phó Thủ tướng Thường trực"),
        ("QuyềnGiám đốc", "Quyền Giám đốc"),
        ("nguyên PhóThủ tướng", "nguyên Phó Thủ tướng"),
    ],
)
def test_a_deputy_word_glued_to_its_office_is_read_spaced(printed: str, title: str) -> None:
    assert canonical(printed) == title


def test_a_glued_deputy_title_before_a_name_is_the_deputys() -> None:
    text = "Về đề nghị của Ủy ban nhân dân tỉnh tại công văn số 12/UBND, PhóThủ tướng Thường trực Lê Văn Tâm có ý kiến"
    assert [(p.name, p.title) for p in find_people(text)] == [("Lê Văn Tâm", "Phó Thủ tướng Thường trực")]


def test_two_words_ending_a_places_name_are_no_person() -> None:
    text = "về việc thực hiện Dự án Khu đô thị Nam Hồ Tây, Phó Thủ tướng Trần Văn Bình có ý kiến như sau:"
    assert [(p.name, p.title) for p in find_people(text)] == [("Trần Văn Bình", "Phó Thủ tướng")]


def test_a_two_word_name_after_a_comma_is_still_read() -> None:
    text = "Theo báo cáo, Hồ Minh, Phó Chủ tịch tỉnh, đã chủ trì cuộc họp."
    assert [p.name for p in find_people(text)] == ["Hồ Minh"]
